"""Sessions: creation, state changes, the events they emit, and their public summaries."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, datetime
from typing import Any, Final

from tortoise.functions import Count

from server.core.auth import Tokens
from server.core.errors import Conflict, NotFound
from server.core.settings import Settings
from server.live.events import Events
from server.packs.mcq_report import results
from server.packs.mcq_state import McqState
from server.sessions.clock import CLOSED, paused_for, time_left
from server.storage.models import Assessment, Change, Interaction, Session, User
from server.storage.packs import pack_of
from server.testruns.service import last_run_summary
from viva.protocol import SessionState, SessionSummary

__all__ = ["CLOSED", "INVITE_DAYS", "STATUSES", "Sessions", "get_session", "session_summary", "user_for"]

STATUSES = ("active", "paused", "completed", "expired")
INVITE_DAYS: Final = 14
"""How long an invite lasts when its assessment has no `available_until`."""


async def get_session(session_id: int) -> Session:
    """The session, or NotFound."""
    session = await Session.get_or_none(id=session_id).prefetch_related("candidate", "assessment")
    if session is None:
        raise NotFound(f"there is no session {session_id}", "session_not_found")
    return session


async def user_for(key: str, name: str, role: str, email: str | None = None) -> User:
    """The user with `key`, created on first sight."""
    user, _ = await User.get_or_create(key=key, defaults={"name": name[:200], "role": role,
                                                           "email": email})
    return user


class Sessions:
    """Creates sessions and moves their status, telling their connections and the proctors."""

    def __init__(self, settings: Settings, tokens: Tokens, events: Events) -> None:
        self.settings = settings
        self.tokens = tokens
        self.events = events

    def invite_minutes(self, assessment: Assessment | None, now: datetime | None = None) -> int:
        """How long an invite to `assessment` lasts: until its window closes (`available_until`)
        plus its time limit, else `INVITE_DAYS`; never less than the staff tokens' lifetime
        or twice the time limit."""
        limit = assessment.time_limit_minutes if assessment else 0
        floor = max(self.settings.access_token_expire_minutes, 2 * limit)
        until = pack_of(assessment).available_until if assessment is not None else None
        if until is None:
            return max(floor, INVITE_DAYS * 24 * 60)
        left = (until - (now or datetime.now(UTC))).total_seconds() / 60
        return max(floor, math.ceil(left) + limit)

    async def create(self, *, assessment: Assessment | None, name: str, email: str | None,
                     user_key: str | None = None, ttl_minutes: int | None = None
                     ) -> tuple[Session, str]:
        """A new session for a candidate, and the candidate's token for it (lasting
        `ttl_minutes`, else as `invite_minutes` says)."""
        # an email names one person; a bare name does not (two candidates may both be "Ana"),
        # so without an email each session gets a user of its own
        key = user_key or (f"candidate:{email.strip().lower()}" if email
                           else f"candidate:{name.strip().lower()}:{uuid.uuid4().hex[:12]}")
        candidate = await user_for(key, name, "candidate", email)
        main_file = "main.py"
        if assessment is not None:
            task = (assessment.pack or {}).get("task") or {}
            files = list((task.get("files") or {}).keys())
            main_file = task.get("main_file") or (files[0] if files else main_file)
        session = await Session.create(candidate=candidate, assessment=assessment,
                                       main_file=main_file)
        token = self.tokens.mint(role="candidate", name=name, user=key, session_id=session.id,
                                 ttl_minutes=ttl_minutes or self.invite_minutes(assessment))
        await self.events.emit(session.id, "session_created", {
            "candidate": name, "assessment": assessment.slug if assessment else None},
            to="proctors")
        return session, token

    async def set_status(self, session: Session, status: str, *, by: str) -> None:
        """Move a session to `status`, tell its candidate connections and the proctors."""
        if session.status in CLOSED and status != session.status:
            raise Conflict(f"session {session.id} is already {session.status}", "session_closed")
        # another server (or the candidate's first connection) may have moved the clock
        await session.refresh_from_db(fields=["started_at", "paused_at", "paused_seconds"])
        now = datetime.now(UTC)
        session.status = status
        if status == "paused":
            session.paused_at = session.paused_at or now
        elif session.paused_at is not None:  # the pause ends: it does not count against the limit
            session.paused_seconds = (session.paused_seconds or 0.0) + paused_for(session, now)
            session.paused_at = None
        if status in CLOSED:
            session.finished_at = session.finished_at or now
        await session.save(update_fields=["status", "paused_at", "paused_seconds", "finished_at"])
        shown = {"paused": "paused", "active": "resumed"}.get(status, status)
        await session.fetch_related("assessment")
        left = time_left(session, now)
        await self.events.emit(session.id, "session_state",
                               {"status": shown, "by": by, "time_left_seconds": left}, to="all",
                               message=SessionState(status=shown, time_left_seconds=left))
        await self.events.status_changed(session.id, status)


def quiz_summary(session: Session) -> dict[str, Any] | None:
    """The figures of the session's multiple-choice quiz (None when it took none): right,
    answered, total, percent, score, seconds taken, and whether it is over."""
    if not session.mcq_state or session.assessment is None:
        return None
    pack = pack_of(session.assessment)
    if pack.mcq is None:
        return None
    found = results(pack, McqState.model_validate(session.mcq_state))
    return {"correct": found["correct"], "answered": found["answered"],
            "unanswered": found["unanswered"], "total": found["total_questions"],
            "percent": found["percent"], "score": found["score"],
            "time_taken_seconds": found["time_taken_seconds"], "completed": found["completed"]}


async def session_summary(session: Session, *, staff: bool = False) -> SessionSummary:
    """The public view of a session: state, activity, the code questions' average score
    (out of 10), the quiz's figures, flags, the last test run's figures (a candidate's view
    counts visible tests only; `staff` counts hidden ones too)."""
    await session.fetch_related("candidate", "assessment")
    stats = await (Interaction.filter(session_id=session.id)
                   .annotate(n=Count("id")).values("n"))
    asked = stats[0]["n"] if stats else 0
    open_q = await Interaction.filter(session_id=session.id, response__isnull=True).count()
    scores = [score for (score,) in await Interaction.filter(
        session_id=session.id, score__isnull=False).values_list("score")]
    edits = await Change.filter(session_id=session.id).count()
    assessment = session.assessment
    return SessionSummary(
        id=session.id,
        session_id=session.id,
        status=session.status,
        candidate={"name": session.candidate.name, "email": session.candidate.email},
        assessment=assessment.slug if assessment else None,
        assessment_title=assessment.title if assessment else None,
        time_limit_minutes=assessment.time_limit_minutes if assessment else None,
        time_left_seconds=time_left(session),
        main_file=session.main_file,
        created_at=session.created_at.isoformat(),
        started_at=session.started_at.isoformat() if session.started_at else None,
        last_activity=session.last_activity.isoformat() if session.last_activity else None,
        finished_at=session.finished_at.isoformat() if session.finished_at else None,
        questions_asked=asked,
        open_questions=open_q,
        score=round(sum(scores) / len(scores), 2) if scores else None,
        quiz=quiz_summary(session),
        edits=edits,
        flags=session.flags or [],
        last_test_run=await last_run_summary(session.id, staff=staff),
    )
