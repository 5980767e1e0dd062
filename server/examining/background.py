"""The examiner's background work: tasks nobody awaits, and the few slots they share.

Nothing the examiner does is awaited by the candidate: every piece of work is a task of its
own, logged when it fails (it has no caller to answer), waited for at shutdown for a moment
and then cancelled. Database, Redis and CPU work runs inside `Background.slots`; model
calls run outside them.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, Final

__all__ = ["Background"]

logger = logging.getLogger(__name__)

_SLOTS: Final = 2
"""Sessions this process examines at once (loading, trigger checks, analysis, publishing,
grading). The database pool holds a handful of connections; the examiner never takes more
than this many, so the ingest writer, whose commit is the candidate's ack, finds one free."""
_CLOSE_WAIT: Final = 5.0
"""Seconds running work is given to finish at shutdown before it is cancelled."""


class Background:
    """The examiner's running tasks, and the slots their store work takes turns in."""

    def __init__(self, slots: int = _SLOTS) -> None:
        self.slots = asyncio.Semaphore(slots)
        """Held for database, Redis and CPU work; never across a model call."""
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, work: Coroutine[Any, Any, Any], what: str) -> asyncio.Task[Any]:
        """Run work as a task of its own, logging (not raising) when it fails."""
        async def guarded() -> None:
            try:
                await work
            except asyncio.CancelledError:
                raise
            except Exception:  # background work has no caller to answer: log it here
                logger.exception("examiner: %s failed", what)

        task = asyncio.create_task(guarded(), name=f"examiner {what}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def idle(self) -> None:
        """Wait until every task, and every task those start, is done."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        """Let running work finish for a moment, then cancel the rest."""
        if self._tasks:
            _, late = await asyncio.wait(list(self._tasks), timeout=_CLOSE_WAIT)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
