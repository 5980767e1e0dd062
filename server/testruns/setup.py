"""Building the process's test runs: the sandbox chosen once, the pool, how results are told."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from redis.asyncio import Redis

from server.core.settings import Settings
from server.live.events import Events
from server.testruns.numbers import number_of_run
from server.testruns.queue import RunQueue, stream_name
from server.testruns.sandbox import make_executor
from server.testruns.service import Publish, SandboxRuns
from server.testruns.snippetqueue import SnippetQueue
from viva.protocol import TestResult

__all__ = ["build_test_runs", "publisher", "server_paths"]

logger = logging.getLogger(__name__)


def server_paths(settings: Settings) -> list[Path]:
    """What candidate code must never see: the data directory, the SQLite file, Chroma's files."""
    paths = [settings.data_dir, Path(settings.chroma_persist_directory)]
    if settings.database_url.startswith("sqlite://") and ":memory:" not in settings.database_url:
        paths.append(Path(settings.database_url[len("sqlite://"):].split("?", 1)[0]))
    return [p.absolute() for p in paths]


def build_test_runs(settings: Settings, events: Events, *,
                    stored_through: Callable[[int], Awaitable[None]],
                    redis: Redis | None = None) -> SandboxRuns:
    """The process's test runs: the sandbox chosen once, a bounded pool, results published as
    session events, a run's end on the bus. `stored_through(session_id)` resolves once the
    updates of the session this process has received are stored: a watcher's save and the
    companion's `run_tests` come on different sockets, and the run should see the save. With
    `VIVA_TEST_EXECUTOR=queue`, runs are enqueued on `redis` for `viva worker` processes."""
    if settings.test_executor == "queue":
        if redis is None:
            raise RuntimeError("VIVA_TEST_EXECUTOR=queue needs REDIS_URL")
        stream = stream_name(settings.redis_channel)
        # the workers' results (and run ends) come over the bus and end the waits here; the
        # workers run `POST /grade`'s snippets too
        return SandboxRuns(None, "", publisher(events), workers=1, timeout=settings.test_timeout,
                        memory_mb=settings.test_memory_mb, settle=stored_through,
                        bus=events.bus, queue=RunQueue(redis, stream),
                        snippet_queue=SnippetQueue(redis, stream))
    executor, reason = make_executor(settings.sandbox, forbidden=server_paths(settings))
    if executor is None:
        (logger.error if settings.sandbox == "bwrap" else logger.warning)("test runs refused: %s", reason)
    return SandboxRuns(executor, reason, publisher(events), workers=settings.test_workers,
                    timeout=settings.test_timeout, memory_mb=settings.test_memory_mb,
                    settle=stored_through, bus=events.bus)


def publisher(events: Events) -> Publish:
    """How runs tell proctors (every event) and candidates (results only, visible tests), each
    with the run's `number` in its session (what people are shown), from a server or a worker."""
    async def publish(session_id: int, kind: str, staff: dict[str, Any],
                      candidate: TestResult | None) -> None:
        if isinstance(staff.get("run_id"), int):
            number = await number_of_run(session_id, staff["run_id"])
            staff = {**staff, "number": number}
            candidate = candidate.model_copy(update={"number": number}) if candidate is not None else None
        await events.emit(session_id, kind, staff, to="all" if candidate is not None else "proctors",
                          message=candidate, store=kind == "test_result")
    return publish
