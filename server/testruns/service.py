"""Test runs of sessions: claimed in the database, executed in a bounded pool, results published.

- One run at a time per session, across every server process: a partial unique index lets
  only one `running` row exist per session; whoever loses the insert reports the winner's id.
- A bounded pool per process (`VIVA_TEST_WORKERS`): the sandbox is an asyncio subprocess,
  so the event loop only waits on its pipes and every other session is served meanwhile.
- Any process can run any session's tests: the workspace is rebuilt from storage.
- With a queue (`VIVA_TEST_EXECUTOR=queue`, `queue.py`) the server only claims the run and
  enqueues it; a `viva worker` executes it (`worker.py`) and stores and publishes its result.
- What the candidate sees is `view(run, staff=False)`: the run's visible part, which ran in
  its own sandbox apart from the hidden files and cases, copied field by field from an
  allow-list; nothing of a hidden part reaches it.
- A run's end is an event: its task in the running process, and `RunEnded` on the bus for a
  waiter in another process. Before a run reads the workspace it awaits `settle(session_id)`:
  the ingest's "stored up to here" of that session.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, Final

from redis.exceptions import RedisError
from tortoise.exceptions import IntegrityError

from server.core.errors import Conflict, ServiceUnavailable
from server.live.bus import Bus, BusEvent
from server.packs.model import Task, Tests
from server.storage.models import Session, TestRun
from server.storage.packs import pack_of
from server.storage.workspace import rebuild
from server.testruns.queue import QueueFull, RunQueue
from server.testruns.runner import RUN_DIR_PREFIX, RunOutcome, limits_for, run_tests_in_sandbox
from server.testruns.sandbox import ONE_OFF_SLOT, Executor, slot_of
from server.testruns.snippetqueue import SnippetQueue
from server.testruns.snippets import MAX_CODE, SnippetRunner
from viva.protocol import TestResult

__all__ = ["QUEUED", "Publish", "RunEnded", "SandboxRuns", "candidate_part", "candidate_result",
           "compute_outcome",
           "last_run_summary", "store_outcome", "view"]

logger = logging.getLogger(__name__)

Publish = Callable[[int, str, dict[str, Any], TestResult | None], Awaitable[None]]
"""`publish(session_id, kind, staff_data, candidate_result)`: tell proctors, and the candidate
when `candidate_result` is not None."""

_STALE_AFTER: Final = 120.0
"""Seconds past its time limit after which a `running` run without a lease is taken as lost."""

LEASE: Final = 15.0
"""Seconds a run's heartbeat holds: a run whose owner has not renewed it for longer is lost."""

HEARTBEAT: Final = 3.0
"""How often an owner renews the lease of its runs."""

_LOST_END_CHECK: Final = 5.0
"""Seconds between looks at the database while waiting for another process's run: its
`RunEnded` can be lost (published while Redis was down, it reached only its own process;
or that process died before publishing it)."""


@dataclass(frozen=True, slots=True)
class RunEnded:
    """A test run finished (whatever its status): a bus message for the server processes."""

    TYPE: ClassVar[str] = "test_run_ended"
    TO: ClassVar[str] = "server"

    run_id: int

    def event(self) -> BusEvent:
        """As published on the bus."""
        return {"session_id": None, "type": self.TYPE, "to": self.TO, "data": {"run_id": self.run_id}}

    @classmethod
    def of(cls, event: BusEvent) -> RunEnded | None:
        """The run end `event` carries, or None when it is another message."""
        if event.get("type") != cls.TYPE or event.get("to") != cls.TO:
            return None
        run_id = (event.get("data") or {}).get("run_id")
        return cls(run_id) if isinstance(run_id, int) else None

QUEUED: Final = "queued"
"""The owner of a run waiting in the queue for a worker."""

_QUEUE_WAIT: Final = 3600.0
"""Seconds a server waits for a queued run's result (beyond its time limit) before giving up."""


CANDIDATE_CASE_FIELDS: Final = ("name", "outcome", "message", "path", "line", "judge")
"""What a candidate sees of one case (an allow-list: nothing else is copied)."""

CANDIDATE_FIELDS: Final = ("status", "passed", "failed", "errors", "duration_ms", "output_tail", "reason")


def candidate_part(outcome: RunOutcome) -> dict[str, Any]:
    """The candidate's view of a run, built from its visible part alone (allow-listed fields)."""
    cases = [{k: c.get(k) for k in CANDIDATE_CASE_FIELDS} for c in outcome.cases if not c.get("hidden")]
    passed, failed, errors = outcome.counts(cases)
    return {"status": outcome.status, "passed": passed, "failed": failed, "errors": errors,
            "duration_ms": outcome.duration_ms, "output_tail": outcome.output_tail,
            "reason": outcome.reason, "cases": cases}


def _times(run: TestRun) -> dict[str, Any]:
    return {"started_at": run.started_at.isoformat() if run.started_at else None,
            "finished_at": run.finished_at.isoformat() if run.finished_at else None}


def _candidate_view(run: TestRun) -> dict[str, Any]:
    base: dict[str, Any] = {"run_id": run.id, "trigger": run.trigger, **_times(run)}
    part = run.candidate
    if part is None:  # still running, or stored before runs had a candidate part
        status = run.status if run.status in ("running", "unavailable") or not run.include_hidden \
            else "error"
        cases = [] if run.include_hidden else [
            {k: c.get(k) for k in CANDIDATE_CASE_FIELDS} for c in run.cases or [] if not c.get("hidden")]
        part = {"status": status, "passed": sum(c["outcome"] == "passed" for c in cases),
                "failed": sum(c["outcome"] == "failed" for c in cases),
                "errors": sum(c["outcome"] == "error" for c in cases), "duration_ms": run.duration_ms,
                "output_tail": "" if run.include_hidden else run.output_tail,
                "reason": "" if run.include_hidden else run.reason, "cases": cases}
    base.update({k: part.get(k) for k in CANDIDATE_FIELDS})
    base["cases"] = [{k: c.get(k) for k in CANDIDATE_CASE_FIELDS} for c in part.get("cases") or []]
    return base


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def remove_orphan_dirs() -> None:
    """Remove the run directories of this host's server processes that are gone."""
    for path in Path(tempfile.gettempdir()).glob(f"{RUN_DIR_PREFIX}*"):
        pid = path.name[len(RUN_DIR_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and not _alive(int(pid)):
            if os.path.ismount(path):  # a run directory is a tmpfs where the server could mount one
                subprocess.run(["umount", "-l", str(path)], check=False, capture_output=True, timeout=10)
            shutil.rmtree(path, ignore_errors=True)


def candidate_result(run: TestRun) -> TestResult:
    """A finished run's `test_result` message to its candidate (`view` without `staff`)."""
    return TestResult.model_validate(_candidate_view(run))


def view(run: TestRun, *, staff: bool) -> dict[str, Any]:
    """A run as `test_result` data (SPEC §5): staff see every case; a candidate sees the run's
    visible part, which ran apart from anything hidden (built from an allow-list)."""
    if not staff:
        return _candidate_view(run)
    cases = [dict(c) for c in run.cases or []]
    hidden = [c for c in cases if c.get("hidden")]
    return {
        "run_id": run.id, "trigger": run.trigger, "status": run.status,
        "passed": sum(c["outcome"] == "passed" for c in cases),
        "failed": sum(c["outcome"] == "failed" for c in cases),
        "errors": sum(c["outcome"] == "error" for c in cases), "duration_ms": run.duration_ms,
        "cases": cases, "output_tail": run.output_tail, "reason": run.reason, **_times(run),
        "hidden_passed": sum(c["outcome"] == "passed" for c in hidden), "hidden_total": len(hidden),
        "include_hidden": run.include_hidden,
        "influenced": any(c.get("judge") != "server" for c in cases) or not cases,
    }


async def workspace_for_run(session_id: int) -> dict[str, str]:
    """The workspace now, plus the starter files (the visible tests among them) it never had.

    A starter file the candidate deleted stays deleted; one their client never sent (a watcher
    started in another directory, an editor that only syncs open files) is the pack's version.
    """
    session = await Session.get(id=session_id).prefetch_related("assessment")
    task = pack_of(session.assessment).task if session.assessment is not None else None
    states = await rebuild(session_id)
    files = {p: s.content for p, s in states.items() if s.content is not None}
    for path, text in (task.files if task else {}).items():
        if path not in states:
            files[path] = text
    return files


async def last_run_summary(session_id: int, *, staff: bool) -> dict[str, Any] | None:
    """The latest finished run's figures (no cases, no output) as `view` gives them, or None."""
    run = await TestRun.filter(session_id=session_id).exclude(status="running").order_by("-id").first()
    if run is None:
        return None
    data = view(run, staff=staff)
    for key in ("cases", "output_tail"):
        data.pop(key)
    return data


async def tests_and_task(session_id: int) -> tuple[Tests | None, Task | None]:
    """The `[tests]` and `[task]` of the session's assessment (None when it has none)."""
    session = await Session.get_or_none(id=session_id).prefetch_related("assessment")
    if session is None or session.assessment is None:
        return None, None
    pack = pack_of(session.assessment)
    return pack.tests, pack.task


async def compute_outcome(executor: Executor | None, unavailable_reason: str, run: TestRun, *,
                          timeout: float, memory_mb: int, slot: int) -> RunOutcome:
    """Run `run`'s tests in the sandbox, on the workspace as stored; never raises."""
    try:
        if executor is None:
            unavailable = RunOutcome(status="unavailable", reason=unavailable_reason)
            unavailable.candidate = unavailable
            return unavailable
        sid: int = run.session_id  # type: ignore[attr-defined]
        tests, task = await tests_and_task(sid)
        if tests is None:
            raise LookupError("the session's assessment has no tests")
        files = await workspace_for_run(sid)
        limits = limits_for(tests, timeout=timeout, memory_mb=memory_mb)
        return await run_tests_in_sandbox(executor, files, tests, limits,
                                          include_hidden=run.include_hidden, slot=slot,
                                          starter=task.files if task else {},
                                          main_file=task.main_path if task else None)
    except Exception as exc:  # the run must end, whatever went wrong around it
        logger.exception("test run %s failed", run.id)
        outcome = RunOutcome(status="error", reason=f"the run could not be carried out: {type(exc).__name__}")
        outcome.candidate = RunOutcome(status="error", reason=outcome.reason)
        return outcome


async def store_outcome(run: TestRun, outcome: RunOutcome, publish: Publish, *, owner: str | None = None) -> bool:
    """Store a run's result and publish it; with `owner`, only while that owner holds the run
    (False, nothing stored, when it lost it)."""
    run.status = outcome.status
    run.cases = outcome.cases
    run.passed, run.failed, run.errors = outcome.counts()
    run.duration_ms = outcome.duration_ms
    run.output_tail = outcome.output_tail
    run.reason = outcome.reason
    run.candidate = candidate_part(outcome.candidate) if outcome.candidate is not None else None
    run.finished_at = datetime.now(UTC)
    if owner is None:
        await run.save()
    else:
        fields = ("status", "cases", "passed", "failed", "errors", "duration_ms", "output_tail",
                  "reason", "candidate", "finished_at")
        moved = await TestRun.filter(id=run.id, status="running", owner=owner).update(
            **{f: getattr(run, f) for f in fields})
        if not moved:
            return False
    sid: int = run.session_id  # type: ignore[attr-defined]
    staff = {**view(run, staff=True), "kind": "test_result"}
    await publish(sid, "test_result", staff, candidate_result(run))
    return True


class SandboxRuns:
    """The server's test runs; one per process, built in the app's lifetime."""

    def __init__(self, executor: Executor | None, unavailable_reason: str, publish: Publish, *,
                 workers: int, timeout: float, memory_mb: int,
                 settle: Callable[[int], Awaitable[None]] | None = None,
                 bus: Bus | None = None, queue: RunQueue | None = None,
                 snippet_queue: SnippetQueue | None = None) -> None:
        self.executor = executor
        self.queue = queue
        """With a queue, runs are enqueued for `viva worker` processes instead of run here."""
        self.snippet_queue = snippet_queue
        """With no sandbox here, where snippets are asked of the workers."""
        self.settle = settle
        """Waits until the session's updates received so far are stored, before a run reads them."""
        self.bus = bus
        """Where a run's end is told to the other processes (and heard from them)."""
        self._ended: dict[int, asyncio.Future[None]] = {}
        """Runs of other processes waited on here: resolved by their `RunEnded`."""
        self._enqueued: set[int] = set()
        """Runs this process handed to the queue whose result has not come back yet."""
        self.finished: Callable[[int], None] | None = None
        """Told the session of each run whose result came in: one this process executed, once
        published, or one it enqueued, once the worker's result is heard on the bus."""
        if bus is not None:
            bus.subscribe(self._on_bus)
        self.unavailable_reason = unavailable_reason
        self.publish = publish
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._slots: asyncio.Queue[int] = asyncio.Queue()
        for slot in range(workers):  # sandbox uids distinct from another process's
            self._slots.put_nowait(slot_of(slot))
        self._snippets = SnippetRunner(executor) if executor is not None else None
        self._snippet_turn = asyncio.Lock()
        """Snippets run one at a time, in this process's one-off slot."""
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self.instance = f"{socket.gethostname()[:60]}:{os.getpid()}:{secrets.token_hex(4)}"
        """This process's owner id on the runs it starts."""
        self._beat: asyncio.Task[None] | None = None

    async def observe(self, code: str, language: str) -> str | None:
        """What a snippet prints when run in this process's sandbox (`POST /grade`'s `code`):
        None where this process runs nothing (no sandbox, or runs go to workers), or the
        snippet gave no steady output (see `snippets`). A server whose runs go to workers asks
        them (see `snippetqueue`); Redis away costs the run, not the answer."""
        if self._snippets is None:
            if self.snippet_queue is None or not code.strip() or len(code) > MAX_CODE:
                return None
            try:
                return await self.snippet_queue.ask(code, language)
            except (RedisError, OSError):
                logger.warning("a snippet could not be asked of the workers", exc_info=True)
                return None
        async with self._snippet_turn:
            seen = await self._snippets.observe(code, language, slot=slot_of(ONE_OFF_SLOT))
        return seen.output if seen is not None else None

    async def recover(self) -> int:
        """At start: end every run left `running` by a server that is gone (this host's dead
        processes at once, others once their lease lapsed) and remove their directories."""
        ended = 0
        for run in await TestRun.filter(status="running"):
            if await self._reap_if_stale(run):
                ended += 1
        remove_orphan_dirs()
        return ended

    def _ensure_heartbeat(self) -> None:
        if self._beat is None or self._beat.done():
            self._beat = asyncio.create_task(self._heartbeat(), name="test-run-heartbeat")

    async def _heartbeat(self) -> None:
        while self._tasks:
            with contextlib.suppress(Exception):  # a database hiccup must not end the runs
                await TestRun.filter(id__in=list(self._tasks), status="running").update(
                    heartbeat_at=datetime.now(UTC))
            await asyncio.sleep(HEARTBEAT)

    async def tests_of(self, session_id: int) -> Tests | None:
        """The `[tests]` of the session's assessment, if it has any."""
        return (await tests_and_task(session_id))[0]

    async def start(self, session_id: int, trigger: str, *, include_hidden: bool) -> tuple[TestRun, bool]:
        """Claim and start a run; when one is already running, that one and False."""
        tests = await self.tests_of(session_id)
        if tests is None:
            raise Conflict("this session's assessment has no tests to run", "no_tests")
        for _ in range(3):
            try:
                now = datetime.now(UTC)
                run = await TestRun.create(session_id=session_id, trigger=trigger, status="running",
                                           include_hidden=include_hidden, started_at=now,
                                           owner=QUEUED if self.queue else self.instance,
                                           heartbeat_at=now)
            except IntegrityError:
                current = await TestRun.get_or_none(session_id=session_id, status="running")
                if current is None:  # it finished between the insert and this read
                    continue
                if not await self._reap_if_stale(current):
                    return current, False
                continue
            if self.queue is not None:
                if self.settle is not None:  # the worker reads the workspace as stored
                    await self.settle(session_id)
                await self._enqueue(run)
            await self.publish(session_id, "test_run",
                               {"run_id": run.id, "trigger": trigger, "status": "running"}, None)
            if self.queue is not None:
                return run, True
            task = asyncio.create_task(self._execute(run, tests), name=f"test-run-{run.id}")
            self._tasks[run.id] = task
            task.add_done_callback(self._forget(run.id))
            self._ensure_heartbeat()
            return run, True
        raise Conflict("the session's test run could not be started; try again", "busy")

    async def _enqueue(self, run: TestRun) -> None:
        """Hand a claimed run to the queue; a full queue (or no Redis) gives the claim back."""
        assert self.queue is not None
        try:
            await self.queue.enqueue(run.id)
            self._enqueued.add(run.id)
        except QueueFull as exc:
            await run.delete()
            raise ServiceUnavailable(f"the test queue is full ({exc}); try again in a moment",
                                     "queue_full") from exc
        except Exception as exc:  # Redis unreachable: the run must not stay `running` unseen
            await run.delete()
            raise ServiceUnavailable("the test queue cannot be reached; try again in a moment",
                                     "queue_unavailable") from exc

    async def run_final(self, session_id: int, trigger: str) -> TestRun | None:
        """Run visible and hidden tests and wait for the result (at finish or expiry)."""
        if await self.tests_of(session_id) is None:
            return None
        for _ in range(3):
            run, created = await self._start_final(session_id, trigger)
            await self.wait(run.id)
            if created or run.include_hidden:
                return await TestRun.get(id=run.id)
        return None

    async def settle_final(self, session_id: int) -> None:
        """Return once no final run of the session (hidden tests included) is still running: a
        second `finish` (the candidate's over REST after a slow one over the socket) then
        writes the report with its result, not before it."""
        running = await TestRun.get_or_none(session_id=session_id, status="running",
                                            include_hidden=True)
        if running is not None:
            await self.wait(running.id)

    async def _start_final(self, session_id: int, trigger: str) -> tuple[TestRun, bool]:
        """`start`, waiting its turn while the queue is full (a final run is never dropped)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _QUEUE_WAIT
        while True:
            try:
                return await self.start(session_id, trigger, include_hidden=True)
            except ServiceUnavailable:
                if loop.time() > deadline:
                    raise
                await asyncio.sleep(1.0)

    async def wait(self, run_id: int) -> None:
        """Return once the run has finished, on this process or another."""
        task = self._tasks.get(run_id)
        if task is not None:
            await asyncio.shield(task)
            return
        loop = asyncio.get_running_loop()
        ended = self._ended.setdefault(run_id, loop.create_future())  # before looking: none missed
        deadline = loop.time() + self.timeout + (_QUEUE_WAIT if self.queue else _STALE_AFTER)
        try:
            while loop.time() < deadline:
                if ended.done():
                    return
                run = await TestRun.get_or_none(id=run_id, status="running")
                if run is None or await self._reap_if_stale(run):  # done, or its server is gone
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(ended), _LOST_END_CHECK)
        finally:
            if self._ended.get(run_id) is ended:
                del self._ended[run_id]

    async def _on_bus(self, event: BusEvent) -> None:
        """Bus handler: wake whoever waits here for a run that ended in another process (its
        `RunEnded`, or the `test_result` a `viva worker` publishes once it stored the result)."""
        ended = RunEnded.of(event)
        run_id = ended.run_id if ended is not None else (event.get("data") or {}).get("run_id") \
            if event.get("type") == "test_result" and event.get("to") == "proctors" else None
        waiter = self._ended.get(run_id) if isinstance(run_id, int) else None
        if waiter is not None and not waiter.done():
            waiter.set_result(None)
        if ended is None and run_id in self._enqueued:  # a worker's result: told here once
            self._enqueued.discard(run_id)
            session_id = event.get("session_id")
            if self.finished is not None and isinstance(session_id, int):
                self.finished(session_id)

    def _forget(self, run_id: int) -> Callable[[asyncio.Task[None]], None]:
        def forget(_task: asyncio.Task[None]) -> None:
            self._tasks.pop(run_id, None)
        return forget

    def _lost(self, run: TestRun) -> bool:
        """Whether the server running `run` is gone: a dead process of this host, a lapsed lease,
        or (a run stored before leases) far past its time limit."""
        now = datetime.now(UTC)
        owner = (run.owner or "").split(":")
        if len(owner) == 3 and owner[0] == socket.gethostname()[:60] and owner[1].isdigit():
            if run.owner == self.instance:
                return True  # ours, yet not among our tasks: its task is gone
            if not _alive(int(owner[1])):
                return True
        if run.heartbeat_at is not None:
            return now - run.heartbeat_at > timedelta(seconds=LEASE)
        return now - run.started_at > timedelta(seconds=self.timeout + _STALE_AFTER)

    async def _reap_if_stale(self, run: TestRun) -> bool:
        """Mark a run whose server stopped as an error; True when it was."""
        if run.id in self._tasks or not self._lost(run):
            return False
        if self.queue is not None:
            with contextlib.suppress(Exception):  # Redis unreachable: the queue may still hold it
                if not await self.queue.holds(run.id):
                    return await self._end_lost(run)
            return False  # the queue answers for it: retried, or ended, by a worker
        return await self._end_lost(run)

    async def _end_lost(self, run: TestRun) -> bool:
        moved = await TestRun.filter(id=run.id, status="running").update(
            status="error", reason="the server running these tests stopped", finished_at=datetime.now(UTC))
        if moved:
            await self._ended_everywhere([run.id])
        return bool(moved)

    async def _ended_everywhere(self, run_ids: list[int]) -> None:
        """Tell every process's waiters that these runs ended."""
        if self.bus is not None:
            for run_id in run_ids:
                await self.bus.publish(RunEnded(run_id).event())

    async def _execute(self, run: TestRun, tests: Tests) -> None:
        if self.settle is not None and self.executor is not None:
            await self.settle(run.session_id)  # type: ignore[attr-defined]
        slot = await self._slots.get()
        try:
            outcome = await compute_outcome(self.executor, self.unavailable_reason, run,
                                            timeout=self.timeout, memory_mb=self.memory_mb, slot=slot)
        finally:
            self._slots.put_nowait(slot)
        await store_outcome(run, outcome, self.publish)
        await self._ended_everywhere([run.id])
        if self.finished is not None:
            self.finished(run.session_id)  # type: ignore[attr-defined]

    async def close(self) -> None:
        """Stop the runs of this process (their sandboxes die with them)."""
        if self._beat is not None:
            self._beat.cancel()
            await asyncio.gather(self._beat, return_exceptions=True)
        ids, tasks = list(self._tasks), list(self._tasks.values())
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        if ids:  # not left `running` until another server takes them as stale
            with contextlib.suppress(Exception):
                await TestRun.filter(id__in=ids, status="running").update(
                    status="error", reason="the server stopped during the run",
                    finished_at=datetime.now(UTC))
                await self._ended_everywhere(ids)
