"""A `viva worker`: takes test runs from the queue, runs them in its own sandbox, stores and
publishes their results; with a sandbox, it runs `POST /grade`'s snippets too (`snippetqueue`).

- Its inputs come from the database (DATABASE_URL): the workspace as stored, the pack's tests
  and files. The job holds only the run's id.
- No run executes twice at once: before running, the worker takes the run's lease in the
  database (owner and heartbeat, as a server's local runs have), only from the queue or from
  an owner whose heartbeat lapsed; it stores the result only while it still holds the lease.
- A job handed out a third time (its worker died, and the retry's worker died too) is ended
  as `error` with the reason.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from datetime import UTC, datetime, timedelta
from typing import Final

from tortoise.expressions import Q

from server.storage.models import TestRun
from server.testruns.queue import RunQueue
from server.testruns.runner import RunOutcome
from server.testruns.sandbox import ONE_OFF_SLOT, Executor, slot_of
from server.testruns.service import (
    HEARTBEAT,
    LEASE,
    QUEUED,
    Publish,
    compute_outcome,
    store_outcome,
)
from server.testruns.snippetqueue import SnippetQueue
from server.testruns.snippets import SnippetRunner

__all__ = ["MAX_DELIVERIES", "Worker"]

logger = logging.getLogger(__name__)

MAX_DELIVERIES: Final = 2
"""A run is tried at most this often: once, and once more elsewhere if its worker was lost."""

_BLOCK_MS: Final = 1000
_SNIPPET_BLOCK_SECONDS: Final = 1


class Worker:
    """One worker process: `concurrency` runs at once, each in its own sandbox slot."""

    def __init__(self, queue: RunQueue, executor: Executor | None, unavailable_reason: str,
                 publish: Publish, *, concurrency: int, timeout: float, memory_mb: int,
                 snippets: SnippetQueue | None = None) -> None:
        self.queue = queue
        self.snippets = snippets if executor is not None else None
        """Where snippets are asked of the workers; only a worker with a sandbox takes them."""
        self.executor = executor
        self.unavailable_reason = unavailable_reason
        self.publish = publish
        self.concurrency = concurrency
        self.timeout = timeout
        self.memory_mb = memory_mb
        self.instance = f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"
        """This worker's consumer name and its owner id on the runs it holds."""
        self._held: dict[int, str] = {}
        """Run id → stream entry, for the runs this worker is executing."""
        self.finished = 0

    async def run(self, stop: asyncio.Event) -> None:
        """Take and run jobs until `stop` is set."""
        await self.queue.ensure_group()
        loops = [asyncio.create_task(self._loop(stop, slot_of(n))) for n in range(self.concurrency)]
        if self.snippets is not None:
            loops.append(asyncio.create_task(self._snippet_loop(stop, self.snippets)))
        beat = asyncio.create_task(self._heartbeat(stop))
        try:
            await asyncio.gather(*loops)
        finally:
            beat.cancel()
            for task in loops:
                task.cancel()
            await asyncio.gather(beat, *loops, return_exceptions=True)

    async def _loop(self, stop: asyncio.Event, slot: int) -> None:
        while not stop.is_set():
            try:
                job = await self.queue.take(self.instance, lease_ms=int(LEASE * 1000), block_ms=_BLOCK_MS)
            except Exception:  # Redis away for a moment: wait, then try again
                logger.exception("taking a job failed")
                await asyncio.sleep(1.0)
                continue
            if job is not None:
                await self.handle(*job, slot=slot)

    async def _snippet_loop(self, stop: asyncio.Event, snippets: SnippetQueue) -> None:
        """Run the snippets servers ask for, one at a time, in this process's one-off slot."""
        assert self.executor is not None
        runner = SnippetRunner(self.executor)
        while not stop.is_set():
            try:
                request = await snippets.take(block_seconds=_SNIPPET_BLOCK_SECONDS)
            except Exception:  # Redis away for a moment: wait, then try again
                logger.exception("taking a snippet failed")
                await asyncio.sleep(1.0)
                continue
            if request is None:
                continue
            seen = None
            try:
                seen = await runner.observe(request.code, request.language, slot=slot_of(ONE_OFF_SLOT))
            except Exception:  # one snippet's failure is its answer's lost run, no more
                logger.exception("a snippet's run failed")
            try:
                await snippets.answer(request, seen.output if seen is not None else None)
            except Exception:  # the server waiting grades without the run
                logger.exception("answering a snippet failed")

    async def _heartbeat(self, stop: asyncio.Event) -> None:
        while not stop.is_set():
            if self.snippets is not None:
                with contextlib.suppress(Exception):  # the next beat says it again
                    await self.snippets.alive(self.instance)
            if self._held:
                with contextlib.suppress(Exception):  # a hiccup must not end the runs
                    await TestRun.filter(id__in=list(self._held), status="running",
                                         owner=self.instance).update(heartbeat_at=datetime.now(UTC))
                    await self.queue.touch(self.instance, list(self._held.values()))
            await asyncio.sleep(HEARTBEAT)

    async def handle(self, entry_id: str, run_id: int, *, slot: int) -> None:
        """Run one job: lease the run, execute it, store and publish the result, ack."""
        run = await TestRun.get_or_none(id=run_id)
        if run is None or run.status != "running":  # ended meanwhile (or never stored)
            await self.queue.done(entry_id, run_id)
            return
        if await self.queue.deliveries(entry_id) > MAX_DELIVERIES:
            await self._give_up(run, entry_id)
            return
        if not await self._lease(run_id):
            return  # a live worker holds it: its entry stays with the queue
        self._held[run_id] = entry_id
        try:
            run = await TestRun.get(id=run_id)
            outcome = await compute_outcome(self.executor, self.unavailable_reason, run,
                                            timeout=self.timeout, memory_mb=self.memory_mb, slot=slot)
            if await store_outcome(run, outcome, self.publish, owner=self.instance):
                self.finished += 1
        finally:
            self._held.pop(run_id, None)
        await self.queue.done(entry_id, run_id)

    async def _lease(self, run_id: int) -> bool:
        """Take the run's lease: from the queue, or from an owner whose heartbeat lapsed."""
        now = datetime.now(UTC)
        lapsed = now - timedelta(seconds=LEASE)
        moved = await TestRun.filter(Q(owner=QUEUED) | Q(heartbeat_at__lt=lapsed) | Q(heartbeat_at=None),
                                     id=run_id, status="running").update(owner=self.instance,
                                                                        heartbeat_at=now)
        return bool(moved)

    async def _give_up(self, run: TestRun, entry_id: str) -> None:
        """End a run whose workers were lost `MAX_DELIVERIES` times, with the reason."""
        reason = (f"the worker running these tests stopped during the run, {MAX_DELIVERIES} times; "
                  "not retried again")
        outcome = RunOutcome(status="error", reason=reason)
        outcome.candidate = RunOutcome(status="error", reason=reason)
        if await self._lease(run.id):
            await store_outcome(await TestRun.get(id=run.id), outcome, self.publish, owner=self.instance)
        else:
            return  # a live worker still holds it
        await self.queue.done(entry_id, run.id)
