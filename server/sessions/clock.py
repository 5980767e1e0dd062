"""The session clock: time left under an assessment's limit, pauses, and expiry.

A session's time runs from the candidate's first connection (`started_at`: an invite sent
days ahead must not expire unopened); time spent paused does not count (`paused_seconds`
holds the finished pauses, `paused_at` the one under way). When the time left reaches zero
the session expires: its status becomes `expired`, the candidate's sockets and the proctors
hear `session_state {status: "expired"}`, the report is written, and further code updates
are refused like after a finish. Before that, at 5 minutes and at 1 minute left (those
shorter than the limit), the candidate gets a `system_message` from `clock`.

Every server checks the clocks (`VIVA_CLOCK_INTERVAL` seconds apart); each expiry and each
warning is one conditional UPDATE, so with several servers exactly one of them announces it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Final

from tortoise.expressions import Q

from server.core.errors import StoreUnavailable
from server.live.events import Events
from server.storage.models import Session
from viva.protocol import SessionState, SystemMessage, frame_data

__all__ = ["CLOSED", "WARN_AT_MINUTES", "ClockChecks", "SessionClock", "active_seconds",
           "paused_for", "start_clock", "time_left"]

logger = logging.getLogger(__name__)

CLOSED: Final = ("completed", "expired")
"""The statuses a session never leaves."""
WARN_AT_MINUTES: Final = (5, 1)
"""Minutes left at which the candidate is warned."""


@dataclass
class ClockChecks:
    """What one check of the clocks did."""

    expired: list[int] = field(default_factory=list)
    warned: list[tuple[int, int]] = field(default_factory=list)
    """(session id, minutes left) of each warning sent."""


def _limit_seconds(session: Session) -> float | None:
    assessment = session.assessment
    minutes = assessment.time_limit_minutes if assessment is not None else 0
    return 60.0 * minutes if minutes and minutes > 0 else None


def active_seconds(session: Session, now: datetime) -> float:
    """Seconds the session's clock has run, pauses not counted; frozen while paused or closed."""
    if session.started_at is None:
        return 0.0
    end = max(session.paused_at or session.finished_at or now, session.started_at)
    return max(0.0, (end - session.started_at).total_seconds() - (session.paused_seconds or 0.0))


def paused_for(session: Session, now: datetime) -> float:
    """Seconds of the pause under way that fell after the clock started."""
    if session.paused_at is None or session.started_at is None:
        return 0.0
    return max(0.0, (now - max(session.paused_at, session.started_at)).total_seconds())


async def start_clock(events: Events, session_id: int) -> None:
    """Start the session's clock, if it has not started: its candidate has connected."""
    now = datetime.now(UTC)
    if await Session.filter(id=session_id, started_at__isnull=True).update(started_at=now):
        session = await Session.get(id=session_id).prefetch_related("assessment")
        await events.emit(session_id, "clock_started", {"time_left_seconds": time_left(session, now)})


def time_left(session: Session, now: datetime | None = None) -> float | None:
    """Seconds left under the assessment's time limit; None when there is no limit.

    The session's `assessment` must be fetched.
    """
    limit = _limit_seconds(session)
    if limit is None:
        return None
    if session.status == "expired":
        return 0.0
    return max(0.0, limit - active_seconds(session, now or datetime.now(UTC)))


def _warning_due(session: Session, left: float) -> int | None:
    """The warning (minutes left) this session should get now, if one is due."""
    limit = _limit_seconds(session) or 0.0
    due = [m for m in WARN_AT_MINUTES if left <= 60 * m < limit]
    if not due:
        return None
    minutes = min(due)
    return minutes if session.warned_minutes is None or minutes < session.warned_minutes else None


class SessionClock:
    """Checks every session's clock: warns those whose time runs short, expires those whose
    time is up, then hands each expired session to `on_expired` (final tests, the report)."""

    def __init__(self, events: Events, *, interval: float,
                 on_expired: Callable[[int], Awaitable[object]]) -> None:
        self.events = events
        self.interval = interval
        self.on_expired = on_expired
        self._task: asyncio.Task[None] | None = None

    async def check(self) -> ClockChecks:
        """Warn the sessions whose time runs short and expire those whose time is up."""
        now = datetime.now(UTC)
        sessions = await (Session.filter(status="active", started_at__isnull=False,
                                         assessment__time_limit_minutes__gt=0)
                          .prefetch_related("assessment"))
        done = ClockChecks()
        for session in sessions:
            left = time_left(session, now)
            if left is None:
                continue
            if left == 0.0:
                if await self._expire(session, now):
                    done.expired.append(session.id)
            elif ((minutes := _warning_due(session, left)) is not None
                  and await self._warn(session, minutes, left, now)):
                done.warned.append((session.id, minutes))
        for sid in done.expired:  # once every expiry is announced: tests and reports take longer
            await self.on_expired(sid)
        return done

    async def _expire(self, session: Session, now: datetime) -> bool:
        moved = await Session.filter(id=session.id, status="active").update(
            status="expired", finished_at=now)
        if not moved:  # paused, finished or expired by someone else meanwhile
            return False
        state = SessionState(status="expired", time_left_seconds=0.0)
        await self.events.emit(session.id, "session_state", {**frame_data(state), "by": "clock"},
                               to="all", message=state)
        await self.events.status_changed(session.id, "expired")
        return True

    async def _warn(self, session: Session, minutes: int, left: float, now: datetime) -> bool:
        moved = await Session.filter(
            Q(warned_minutes__isnull=True) | Q(warned_minutes__gt=minutes),
            id=session.id, status="active").update(warned_minutes=minutes)
        if not moved:
            return False
        text = f"{minutes} minute{'s' if minutes != 1 else ''} left."
        await self.events.emit(session.id, "time_warning",
                               {"minutes_left": minutes, "time_left_seconds": left},
                               to="all", message=SystemMessage(
                                   message=text, timestamp=now.isoformat(), sender="clock",
                                   time_left_seconds=left))
        return True

    def start(self) -> None:
        """Check the clocks every `interval` seconds until `close`."""
        self._task = asyncio.create_task(self._sweep_forever(), name="session-clock")

    async def close(self) -> None:
        """Stop checking."""
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)

    async def _sweep_forever(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            try:
                for sid in (await self.check()).expired:
                    logger.info("session %s expired: its time limit was reached", sid)
            except StoreUnavailable as exc:
                logger.warning("cannot check session time limits: %s", exc)
            except Exception:  # the next sweep tries again; one failure must not end them
                logger.exception("checking session time limits failed")
