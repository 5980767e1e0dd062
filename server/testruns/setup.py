"""Building the process's test runs: the sandbox chosen once, the pool, how results are told."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Final

from redis.asyncio import Redis

from server.core.settings import Settings
from server.live.events import Events
from server.testruns.queue import TestQueue, stream_name
from server.testruns.sandbox import make_executor
from server.testruns.service import Publish, TestRuns

__all__ = ["build_test_runs", "publisher", "server_paths"]

logger = logging.getLogger(__name__)

_SETTLE_SECONDS: Final = 0.5


def server_paths(settings: Settings) -> list[Path]:
    """What candidate code must never see: the data directory, the SQLite file, Chroma's files."""
    paths = [settings.data_dir, Path(settings.chroma_persist_directory)]
    if settings.database_url.startswith("sqlite://") and ":memory:" not in settings.database_url:
        paths.append(Path(settings.database_url[len("sqlite://"):].split("?", 1)[0]))
    return [p.absolute() for p in paths]


def build_test_runs(settings: Settings, events: Events, *,
                    queued: Callable[[], int], redis: Redis | None = None) -> TestRuns:
    """The process's test runs: the sandbox chosen once, a bounded pool, results published as
    session events. `queued` counts the updates this process has yet to store. With
    `VIVA_TEST_EXECUTOR=queue`, runs are enqueued on `redis` for `viva worker` processes."""
    if settings.test_executor == "queue":
        if redis is None:
            raise RuntimeError("VIVA_TEST_EXECUTOR=queue needs REDIS_URL")
        queue = TestQueue(redis, stream_name(settings.redis_channel))
        runs = TestRuns(None, "", publisher(events), workers=1, timeout=settings.test_timeout,
                        memory_mb=settings.test_memory_mb, settle=_settler(queued), queue=queue)
        events.bus.subscribe(runs.on_event)  # the workers' results end the waits
        return runs
    executor, reason = make_executor(settings.sandbox, forbidden=server_paths(settings))
    if executor is None:
        (logger.error if settings.sandbox == "bwrap" else logger.warning)("test runs refused: %s", reason)
    return TestRuns(executor, reason, publisher(events), workers=settings.test_workers,
                    timeout=settings.test_timeout, memory_mb=settings.test_memory_mb,
                    settle=_settler(queued))


def publisher(events: Events) -> Publish:
    """How runs tell proctors (every event) and candidates (results only, visible tests)."""
    async def publish(session_id: int, kind: str, staff: dict[str, Any],
                      candidate: dict[str, Any] | None) -> None:
        await events.emit(session_id, kind, staff, to="all" if candidate is not None else "proctors",
                          message=(kind, candidate) if candidate is not None else None,
                          store=kind == "test_result")
    return publish


def _settler(queued: Callable[[], int]) -> Callable[[], Awaitable[None]]:
    """Wait up to half a second for the updates this process has queued to be stored.

    A watcher's save and the companion's `run_tests` come on different sockets: the run should
    see the save. Bounded, so a busy ingest delays a run a little and never holds it up.
    """
    async def settle() -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + _SETTLE_SECONDS
        while queued() and loop.time() < deadline:
            await asyncio.sleep(0.01)
    return settle
