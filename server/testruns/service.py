"""Test runs of sessions: claimed in the database, executed in a bounded pool, results published.

- One run at a time per session, across every server process: a partial unique index lets
  only one `running` row exist per session; whoever loses the insert reports the winner's id.
- A bounded pool per process (`VIVA_TEST_WORKERS`): the sandbox is an asyncio subprocess,
  so the event loop only waits on its pipes and every other session is served meanwhile.
- Any process can run any session's tests: the workspace is rebuilt from storage.
- What the candidate sees is `view(run, staff=False)`: visible cases only, counts and status
  from those, no output of a run that included hidden tests.
- A run's end is an event: its task in the running process, and `RunEnded` on the bus for a
  waiter in another process. Before a run reads the workspace it awaits `settle(session_id)`:
  the ingest's "stored up to here" of that session.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, ClassVar, Final

from tortoise.exceptions import IntegrityError

from server.core.errors import Conflict
from server.live.bus import Bus, BusEvent
from server.packs.model import Tests
from server.storage.models import Session, TestRun
from server.storage.packs import pack_of
from server.storage.workspace import rebuild
from server.testruns.runner import Outcome, limits_for, run_tests_in_sandbox
from server.testruns.sandbox import Executor

__all__ = ["Publish", "RunEnded", "TestRuns", "last_run_summary", "view"]

logger = logging.getLogger(__name__)

Publish = Callable[[int, str, dict[str, Any], dict[str, Any] | None], Awaitable[None]]
"""`publish(session_id, kind, staff_data, candidate_data)`: tell proctors, and the candidate
when `candidate_data` is not None."""

_STALE_AFTER: Final = 120.0
"""Seconds past its time limit after which a `running` run is taken as lost with its server."""

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


def view(run: TestRun, *, staff: bool) -> dict[str, Any]:
    """A run as `test_result` data (SPEC §5): staff see every case, a candidate the visible ones."""
    cases = [dict(c) for c in run.cases or []]
    hidden = [c for c in cases if c.get("hidden")]
    shown = cases if staff else [c for c in cases if not c.get("hidden")]
    if not staff:
        for case in shown:
            case.pop("hidden", None)
    passed = sum(c["outcome"] == "passed" for c in shown)
    failed = sum(c["outcome"] == "failed" for c in shown)
    errors = sum(c["outcome"] == "error" for c in shown)
    status = run.status
    if not staff and hidden and status in ("passed", "failed", "error"):
        # the candidate's status is that of the tests it may see
        status = "failed" if failed else "error" if errors else "passed"
    data: dict[str, Any] = {
        "run_id": run.id, "trigger": run.trigger, "status": status, "passed": passed,
        "failed": failed, "errors": errors, "duration_ms": run.duration_ms, "cases": shown,
        "output_tail": run.output_tail if staff or not run.include_hidden else "",
        "reason": run.reason,
        "started_at": run.started_at.isoformat() if run.started_at else None,
        "finished_at": run.finished_at.isoformat() if run.finished_at else None,
    }
    if staff:
        data["hidden_passed"] = sum(c["outcome"] == "passed" for c in hidden)
        data["hidden_total"] = len(hidden)
        data["include_hidden"] = run.include_hidden
    return data


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


class TestRuns:
    """The server's test runs; one per process, built in the app's lifetime."""

    __test__ = False

    def __init__(self, executor: Executor | None, unavailable_reason: str, publish: Publish, *,
                 workers: int, timeout: float, memory_mb: int,
                 settle: Callable[[int], Awaitable[None]] | None = None,
                 bus: Bus | None = None) -> None:
        self.executor = executor
        self.settle = settle
        """Waits until the session's updates received so far are stored, before a run reads them."""
        self.bus = bus
        """Where a run's end is told to the other processes (and heard from them)."""
        self._ended: dict[int, asyncio.Future[None]] = {}
        """Runs of other processes waited on here: resolved by their `RunEnded`."""
        if bus is not None:
            bus.subscribe(self._on_bus)
        self.unavailable_reason = unavailable_reason
        self.publish = publish
        self.timeout = timeout
        self.memory_mb = memory_mb
        self._slots: asyncio.Queue[int] = asyncio.Queue()
        base = (os.getpid() % 1000) * 64  # sandbox uids distinct from another process's
        for slot in range(workers):
            self._slots.put_nowait(base + slot)
        self._tasks: dict[int, asyncio.Task[None]] = {}

    async def tests_of(self, session_id: int) -> Tests | None:
        """The `[tests]` of the session's assessment, if it has any."""
        session = await Session.get_or_none(id=session_id).prefetch_related("assessment")
        if session is None or session.assessment is None:
            return None
        return pack_of(session.assessment).tests

    async def start(self, session_id: int, trigger: str, *, include_hidden: bool) -> tuple[TestRun, bool]:
        """Claim and start a run; when one is already running, that one and False."""
        tests = await self.tests_of(session_id)
        if tests is None:
            raise Conflict("this session's assessment has no tests to run", "no_tests")
        for _ in range(3):
            try:
                run = await TestRun.create(session_id=session_id, trigger=trigger, status="running",
                                           include_hidden=include_hidden, started_at=datetime.now(UTC))
            except IntegrityError:
                current = await TestRun.get_or_none(session_id=session_id, status="running")
                if current is None:  # it finished between the insert and this read
                    continue
                if not await self._reap_if_stale(current):
                    return current, False
                continue
            await self.publish(session_id, "test_run",
                               {"run_id": run.id, "trigger": trigger, "status": "running"}, None)
            task = asyncio.create_task(self._execute(run, tests), name=f"test-run-{run.id}")
            self._tasks[run.id] = task
            task.add_done_callback(self._forget(run.id))
            return run, True
        raise Conflict("the session's test run could not be started; try again", "busy")

    async def run_final(self, session_id: int, trigger: str) -> TestRun | None:
        """Run visible and hidden tests and wait for the result (at finish or expiry)."""
        if await self.tests_of(session_id) is None:
            return None
        for _ in range(3):
            run, created = await self.start(session_id, trigger, include_hidden=True)
            await self.wait(run.id)
            if created or run.include_hidden:
                return await TestRun.get(id=run.id)
        return None

    async def wait(self, run_id: int) -> None:
        """Return once the run has finished, on this process or another."""
        task = self._tasks.get(run_id)
        if task is not None:
            await asyncio.shield(task)
            return
        loop = asyncio.get_running_loop()
        ended = self._ended.setdefault(run_id, loop.create_future())  # before looking: none missed
        deadline = loop.time() + self.timeout + _STALE_AFTER
        try:
            while loop.time() < deadline:
                if ended.done() or not await TestRun.filter(id=run_id, status="running").exists():
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(asyncio.shield(ended), _LOST_END_CHECK)
        finally:
            if self._ended.get(run_id) is ended:
                del self._ended[run_id]

    async def _on_bus(self, event: BusEvent) -> None:
        """Bus handler: wake whoever waits here for a run that ended in another process."""
        ended = RunEnded.of(event)
        if ended is not None:
            waiter = self._ended.get(ended.run_id)
            if waiter is not None and not waiter.done():
                waiter.set_result(None)

    def _forget(self, run_id: int) -> Callable[[asyncio.Task[None]], None]:
        def forget(_task: asyncio.Task[None]) -> None:
            self._tasks.pop(run_id, None)
        return forget

    async def _reap_if_stale(self, run: TestRun) -> bool:
        """Mark a run whose server stopped as an error; True when it was."""
        if run.id in self._tasks:
            return False
        if datetime.now(UTC) - run.started_at < timedelta(seconds=self.timeout + _STALE_AFTER):
            return False
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
        try:
            outcome = await self._outcome(run, tests)
        except Exception as exc:  # the run must end, whatever went wrong around it
            logger.exception("test run %s failed", run.id)
            outcome = Outcome(status="error", reason=f"the run could not be carried out: {type(exc).__name__}")
        await self._finish(run, outcome)

    async def _outcome(self, run: TestRun, tests: Tests) -> Outcome:
        if self.executor is None:
            return Outcome(status="unavailable", reason=self.unavailable_reason)
        if self.settle is not None:
            await self.settle(run.session_id)  # type: ignore[attr-defined]
        files = await workspace_for_run(run.session_id)  # type: ignore[attr-defined]
        limits = limits_for(tests, timeout=self.timeout, memory_mb=self.memory_mb)
        slot = await self._slots.get()
        try:
            return await run_tests_in_sandbox(self.executor, files, tests, limits,
                                              include_hidden=run.include_hidden, slot=slot)
        finally:
            self._slots.put_nowait(slot)

    async def _finish(self, run: TestRun, outcome: Outcome) -> None:
        run.status = outcome.status
        run.cases = outcome.cases
        run.passed, run.failed, run.errors = outcome.counts()
        run.duration_ms = outcome.duration_ms
        run.output_tail = outcome.output_tail
        run.reason = outcome.reason
        run.finished_at = datetime.now(UTC)
        await run.save()
        sid: int = run.session_id  # type: ignore[attr-defined]
        staff = {**view(run, staff=True), "kind": "test_result"}
        await self.publish(sid, "test_result", staff, view(run, staff=False))
        await self._ended_everywhere([run.id])

    async def close(self) -> None:
        """Stop the runs of this process (their sandboxes die with them)."""
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
