"""The session clock: time left under an assessment's limit, pauses, and expiry.

A session's time runs from the candidate's first connection (`started_at`: an invite sent
days ahead must not expire unopened); time spent paused does not count (`paused_seconds`
holds the finished pauses, `paused_at` the one under way). When the time left reaches zero
the session expires: its status becomes `expired`, the candidate's sockets and the proctors
hear `session_state {status: "expired"}`, the report is written, and further code updates
are refused like after a finish.

Every server sweeps for overdue sessions (`VIVA_CLOCK_INTERVAL` seconds apart); the move to
`expired` is one conditional UPDATE, so with several servers exactly one of them announces it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import UTC, datetime

from aiohttp import web

from server.errors import StoreUnavailable
from server.models import Session
from server.services import SERVICES, Services

__all__ = ["active_seconds", "expire_overdue", "paused_for", "session_clock", "start_clock",
           "time_left"]

logger = logging.getLogger(__name__)

CLOSED = ("completed", "expired")


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


async def start_clock(session_id: int) -> None:
    """Start the session's clock, if it has not started: its candidate has connected."""
    await Session.filter(id=session_id, started_at__isnull=True).update(
        started_at=datetime.now(UTC))


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


async def expire_overdue(services: Services) -> list[int]:
    """Expire every active session whose time is up; the ids this call expired."""
    from server.sessions import emit

    now = datetime.now(UTC)
    candidates = await (Session.filter(status="active", started_at__isnull=False,
                                       assessment__time_limit_minutes__gt=0)
                        .prefetch_related("assessment"))
    expired: list[int] = []
    for session in candidates:
        if time_left(session, now) != 0.0:
            continue
        moved = await Session.filter(id=session.id, status="active").update(
            status="expired", finished_at=now)
        if not moved:  # paused, finished or expired by someone else meanwhile
            continue
        expired.append(session.id)
        await emit(services, session.id, "session_state", {"status": "expired", "by": "clock"},
                   to="all", message=("session_state", {"status": "expired",
                                                        "time_left_seconds": 0.0}))
    if services.examiner is not None:  # once every expiry is announced: reports take longer
        for sid in expired:
            await services.examiner.generate_report(sid)
    return expired


async def session_clock(app: web.Application) -> AsyncIterator[None]:
    """Cleanup context: sweep for overdue sessions until the app stops."""
    services = app[SERVICES]

    async def sweep_forever() -> None:
        while True:
            await asyncio.sleep(services.settings.clock_interval)
            try:
                for sid in await expire_overdue(services):
                    logger.info("session %s expired: its time limit was reached", sid)
            except StoreUnavailable as exc:
                logger.warning("cannot check session time limits: %s", exc)
            except Exception:  # the next sweep tries again; one failure must not end them
                logger.exception("checking session time limits failed")

    task = asyncio.create_task(sweep_forever(), name="session-clock")
    yield
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)
