"""A small bounded job queue shared by a pool of worker threads.

Producers call submit(); workers call take() and mark each job done. close() lets the workers
drain what is left and stop.
"""

from __future__ import annotations

import threading
from collections import deque
from dataclasses import dataclass, field


class Closed(Exception):
    """The queue was closed and has nothing left to hand out."""


@dataclass
class Job:
    name: str
    payload: dict = field(default_factory=dict)


class JobQueue:
    def __init__(self, capacity: int = 64) -> None:
        self._capacity = capacity
        self._jobs: deque[Job] = deque()
        self._lock = threading.Lock()
        self._not_full = threading.Condition(self._lock)
        self._not_empty = threading.Condition(self._lock)
        self._idle = threading.Condition(self._lock)
        self._running = 0
        self._closed = False
        self._started = threading.Event()

    def submit(self, job: Job) -> None:
        with self._not_full:
            while len(self._jobs) >= self._capacity and not self._closed:
                self._not_full.wait()
            if self._closed:
                raise Closed()
            self._jobs.append(job)
            self._not_empty.notify_all()

    def take(self) -> Job:
        with self._not_empty:
            if not self._jobs and not self._closed:
                self._not_empty.wait()
            if self._closed and not self._jobs:
                raise Closed()
            job = self._jobs.popleft()
            self._running += 1
            self._not_full.notify()
            return job

    def done(self, job: Job) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and not self._jobs:
                self._idle.notify_all()

    def join(self) -> None:
        with self._idle:
            self._idle.wait_for(lambda: self._running == 0 and not self._jobs)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            self._not_empty.notify_all()
            self._not_full.notify_all()

    def wait_started(self, timeout: float = 5.0) -> bool:
        if not self._started.is_set():
            self._started.wait(timeout)
        return self._started.is_set()

    def mark_started(self) -> None:
        self._started.set()


def worker(queue: JobQueue, results: list[str], handle) -> None:
    queue.mark_started()
    while True:
        try:
            job = queue.take()
        except Closed:
            return
        try:
            results.append(handle(job))
        finally:
            queue.done(job)


def run(jobs: list[Job], handle, workers: int = 4) -> list[str]:
    queue = JobQueue()
    results: list[str] = []
    threads = [threading.Thread(target=worker, args=(queue, results, handle), daemon=True)
               for _ in range(workers)]
    for t in threads:
        t.start()
    for job in jobs:
        queue.submit(job)
    queue.join()
    queue.close()
    for t in threads:
        t.join()
    return results
