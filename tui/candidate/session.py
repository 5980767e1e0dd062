"""What the companion learns about its session over REST: title, task, clock.

httpx is imported on first use, not at start-up (it costs the first paint a noticeable
fraction of a second).

`GET /join/{token}` gives the title, the task (Markdown) and its starter files; `GET /sessions/{id}` with the
candidate's token gives the time left, counted down locally from then on; each
`session_state` (paused, resumed, expired) brings the server's figure again, so a pause
stops the clock. (A server that gives no time left has it counted from the start time
and the limit.)
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from viva.invite import Invite
from viva.refusal import Refusal
from viva.starter import starter_files_of

__all__ = ["SessionInfo", "SessionRefused", "SessionStatus", "SessionUnavailable",
           "fetch_session_info", "finish_session", "format_remaining"]


class SessionStatus(StrEnum):
    """Where the session stands, as the companion shows it (SPEC §5 `session_state`)."""

    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    EXPIRED = "expired"

    @property
    def over(self) -> bool:
        """The session has ended: nothing more can be answered, run or finished."""
        return self in (SessionStatus.COMPLETED, SessionStatus.EXPIRED)

    @classmethod
    def of(cls, word: str | None) -> SessionStatus | None:
        """The status the server's word names (`resumed`: active again); None for a word
        that names none."""
        if word == "resumed":
            return cls.ACTIVE
        return next((status for status in cls if status == word), None)


class SessionUnavailable(Exception):
    """The server could not be asked, or refused to answer."""


class SessionRefused(Exception):
    """The server refused the invite (401 or 403): asking again cannot help."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(refusal.line)
        self.refusal = refusal


@dataclass(frozen=True, slots=True)
class SessionInfo:
    """The session as the candidate sees it."""

    session_id: int
    status: str = "active"
    title: str = ""
    task: str = ""
    """The task's description, Markdown."""
    candidate: str = ""
    assessment: str | None = None
    """The assessment's slug: what `start_assessment` names for its multiple-choice part."""
    has_tests: bool = False
    """Whether the assessment has tests the candidate can run (F6)."""
    has_quiz: bool = False
    """Whether the assessment has a multiple-choice test (F5)."""
    starter_files: dict[str, str] = field(default_factory=dict)
    """The task's starter files, `{path: content}`, for `viva join` to write."""
    main_file: str | None = None
    time_limit_minutes: int | None = None
    started_at: float | None = None
    """When the session was created, Unix time."""
    time_left_seconds: float | None = None
    """The server's time left under the limit, as it was at `as_of`."""
    as_of: float | None = None
    """When `time_left_seconds` was true, Unix time."""

    @property
    def deadline(self) -> float | None:
        """When the time runs out, Unix time; None without a limit."""
        if self.time_limit_minutes is None or self.started_at is None:
            return None
        return self.started_at + 60 * self.time_limit_minutes

    def remaining(self, now: float) -> float | None:
        """Seconds left at `now`; None without a limit. Frozen while paused."""
        if self.status == "expired":
            return 0.0
        if self.time_left_seconds is not None and self.as_of is not None:
            if self.status in ("paused", "completed"):
                return self.time_left_seconds
            return max(0.0, self.time_left_seconds - (now - self.as_of))
        deadline = self.deadline
        return None if deadline is None else max(0.0, deadline - now)

    def with_state(self, status: str, time_left_seconds: Any, now: float) -> SessionInfo:
        """This session after a `session_state`: its status and, if told, the time left."""
        status = "active" if status == "resumed" else status
        if isinstance(time_left_seconds, int | float) and not isinstance(time_left_seconds, bool):
            return replace(self, status=status, time_left_seconds=float(time_left_seconds),
                           as_of=now)
        if self.status == "paused" and status == "active" and self.as_of is not None:
            # an older server says nothing of the time left: the pause still did not count
            return replace(self, status=status, as_of=now)
        return replace(self, status=status)


def format_remaining(seconds: float) -> str:
    """`1:02:03`, `14:05` or `0:09`."""
    whole = int(seconds + 0.999)  # show 0:00 only when the time is really up
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def _epoch(raw: Any) -> float | None:
    if not isinstance(raw, str):
        return None
    try:
        moment = datetime.fromisoformat(raw)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.timestamp()


def _error_of(resp: Any) -> tuple[str, str]:
    """The server's error sentence and machine code (SPEC §4's error body)."""
    try:
        body = resp.json()
        return str(body.get("error", "")), str(body.get("code", ""))
    except (ValueError, AttributeError):
        return str(resp.text)[:200], ""


async def fetch_session_info(invite: Invite, *, timeout: float = 10.0,
                             clock: Callable[[], float] = time.time) -> SessionInfo:
    """Ask the server about the invite's session; SessionUnavailable when it cannot answer."""
    import httpx

    headers = {"Authorization": f"Bearer {invite.token}"}
    try:
        async with httpx.AsyncClient(base_url=invite.server, timeout=timeout) as http:
            join, state = await asyncio.gather(
                http.get(f"/join/{invite.token}"),
                http.get(f"/sessions/{invite.session_id}", headers=headers))
        if join.status_code in (401, 403):
            error, code = _error_of(join)
            raise SessionRefused(Refusal.of(join.status_code, error, error_code=code,
                                            token=invite.token))
        join.raise_for_status()
        about: dict[str, Any] = join.json()
        summary: dict[str, Any] = state.json() if state.status_code == 200 else {}
    except (httpx.HTTPError, ValueError) as exc:
        raise SessionUnavailable(str(exc) or type(exc).__name__) from exc
    limit = summary.get("time_limit_minutes", about.get("time_limit_minutes"))
    left = summary.get("time_left_seconds")
    time_left = (float(left) if isinstance(left, int | float) and not isinstance(left, bool)
                 else None)
    return SessionInfo(
        session_id=int(about.get("session_id", invite.session_id)),
        status=str(summary.get("status") or about.get("status") or "active"),
        title=str(about.get("assessment_title") or ""),
        task=str(about.get("task") or ""),
        candidate=str(about.get("candidate") or ""),
        assessment=about.get("assessment") or None,
        # a server that does not say: any assessment may have tests (it refuses if not)
        has_tests=bool(about.get("tests", about.get("assessment"))),
        has_quiz=bool(about.get("quiz", about.get("assessment"))),  # not said: maybe
        starter_files=starter_files_of(about),
        main_file=summary.get("main_file"),
        time_limit_minutes=int(limit) if limit else None,
        started_at=_epoch(summary.get("created_at")),
        time_left_seconds=time_left,
        as_of=clock() if time_left is not None else None,
    )


async def finish_session(invite: Invite, *, timeout: float = 60.0) -> dict[str, Any]:
    """`POST /sessions/{id}/finish` with the candidate's token; the server's answer."""
    import httpx

    try:
        async with httpx.AsyncClient(base_url=invite.server, timeout=timeout) as http:
            resp = await http.post(f"/sessions/{invite.session_id}/finish",
                                   headers={"Authorization": f"Bearer {invite.token}"})
        resp.raise_for_status()
        body: dict[str, Any] = resp.json()
    except (httpx.HTTPError, ValueError) as exc:
        raise SessionUnavailable(str(exc) or type(exc).__name__) from exc
    return body
