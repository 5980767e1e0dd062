"""A server's refusal of an invite, as one line that says what to do.

Every client (the companion, `viva watch`, `viva lsp`) ends the attempt with the same line
when the server refuses its token: a socket closed with 4001 or 4003, or a request answered
401 or 403. `Refusal.of(...)` reads which refusal it is from the close code or status, the
server's reason or error code, and the token itself (an expired `exp` claim is an expired
invite whatever the server's wording); `RULES` is the table of refusals, first match wins.
The words are read here, at the edge, once: past it a refusal is its `RefusalKind`, and
`Refusal.session_ended` says, typed, whether the session itself is what ended.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal

from viva.invite import InviteError, token_claims

__all__ = ["RULES", "Refusal", "RefusalKind", "RefusalRule", "SessionEnd"]

AUTH_CODES: Final = frozenset({4001, 401})
"""The token itself was refused: forged, cut short, expired."""
DENIED_CODES: Final = frozenset({4003, 403})
"""The token is good but does not open this session (now)."""
_DETAIL_PREFIXES: Final = ("authentication failed: ", "access denied: ", "the token is not valid: ")

SessionEnd = Literal["completed", "expired"]
"""How a session ended, when a refusal says that it has."""


class RefusalKind(StrEnum):
    """Which refusal it was: what a client decides on (the line is for people)."""

    INVITE_EXPIRED = "invite_expired"
    INVITE_INVALID = "invite_invalid"
    SESSION_COMPLETED = "session_completed"
    SESSION_EXPIRED = "session_expired"
    WRONG_SESSION = "wrong_session"
    WINDOW_CLOSED = "window_closed"
    DENIED = "denied"


_SESSION_ENDS: Final[dict[RefusalKind, SessionEnd]] = {
    RefusalKind.SESSION_COMPLETED: "completed", RefusalKind.SESSION_EXPIRED: "expired"}
"""The refusals that say the session is over, not the invite at fault."""


@dataclass(frozen=True, slots=True)
class RefusalRule:
    """One kind of refusal: which codes, which words in the server's reason, the line shown."""

    kind: RefusalKind
    codes: frozenset[int]
    words: tuple[str, ...]
    """Any of these in the server's reason or error code (lower case); empty: any reason."""
    line: str
    """What the candidate reads; `{detail}` is the server's reason, shortened."""


RULES: Final[tuple[RefusalRule, ...]] = (
    RefusalRule(RefusalKind.INVITE_EXPIRED, AUTH_CODES, ("expired",),
                "This invite has expired: ask whoever sent it for a new one."),
    RefusalRule(RefusalKind.INVITE_INVALID, AUTH_CODES, (),
                "The server does not accept this invite ({detail}): check that you copied "
                "all of it, or ask for a new one."),
    RefusalRule(RefusalKind.SESSION_COMPLETED, DENIED_CODES, ("completed",),
                "This session is complete: there is nothing more to do here."),
    RefusalRule(RefusalKind.SESSION_EXPIRED, DENIED_CODES, ("expired",),
                "This session's time is up: it has ended, and nothing more is recorded."),
    RefusalRule(RefusalKind.WRONG_SESSION, DENIED_CODES, ("does not reach", "another session",
                                                "forbidden_session"),
                "This invite does not open this session: use the invite exactly as you were "
                "sent it."),
    RefusalRule(RefusalKind.WINDOW_CLOSED, DENIED_CODES, ("window",),
                "This assessment cannot be taken now ({detail}): ask whoever invited you."),
    RefusalRule(RefusalKind.DENIED, DENIED_CODES, (),
                "The server refused this session ({detail}): ask whoever invited you."),
)
"""Refusals, most specific first. Examples (code, reason → kind):
4001 "authentication failed: the token has expired; ask for a new one" → invite_expired;
4001 "authentication failed: the token is not valid: Signature verification failed" →
invite_invalid; 4003 "access denied: the session is completed" → session_completed;
4003 "access denied: the session is expired" → session_expired; 4003 "access denied: this
token does not reach that session" → wrong_session; 403 "" → denied."""


def _detail(reason: str) -> str:
    text = reason.strip()
    changed = True
    while changed:
        changed = False
        for prefix in _DETAIL_PREFIXES:
            if text.lower().startswith(prefix):
                text, changed = text[len(prefix):], True
    text = text.split(";")[0].strip().rstrip(".")
    return text[:120] or "no reason given"


def _unwrapped(reason: str, error_code: str) -> tuple[str, str]:
    """A reason that is a REST error body (`{"error", "code"}`) as its sentence and code."""
    if reason.lstrip().startswith("{"):
        try:
            body = json.loads(reason)
        except ValueError:
            return reason, error_code
        if isinstance(body, dict):
            return str(body.get("error", "")), str(body.get("code", error_code))
    return reason, error_code


def _token_expired(token: str | None, now: float) -> bool:
    if not token:
        return False
    try:
        exp = token_claims(token).get("exp")
    except InviteError:
        return False
    return isinstance(exp, int | float) and not isinstance(exp, bool) and exp <= now


@dataclass(frozen=True, slots=True)
class Refusal:
    """Which refusal it was, and the one line that says what to do."""

    kind: RefusalKind
    line: str
    """What the candidate reads: for display, never to decide on."""
    code: int
    reason: str

    @property
    def session_ended(self) -> SessionEnd | None:
        """How the session ended (complete, or its time is up), when that is the refusal:
        then it is not the invite's fault."""
        return _SESSION_ENDS.get(self.kind)

    @property
    def session_over(self) -> bool:
        """The session has ended: not the invite's fault."""
        return self.session_ended is not None

    @classmethod
    def of(cls, code: int, reason: str = "", *, error_code: str = "", token: str | None = None,
           now: float | None = None) -> Refusal:
        """The refusal a close `code` (4001, 4003) or HTTP status (401, 403) with the server's
        `reason` (and REST `error_code`, e.g. `token_expired`) means, for this `token`."""
        reason, error_code = _unwrapped(reason, error_code)
        said = f"{reason} {error_code}".lower()
        auth = code in AUTH_CODES
        if auth and _token_expired(token, time.time() if now is None else now):
            said += " expired"
        for rule in RULES:
            if code in rule.codes and (not rule.words or any(w in said for w in rule.words)):
                return cls(rule.kind, rule.line.format(detail=_detail(reason)), code, reason)
        rule = RULES[1] if auth else RULES[-1]  # a status outside both sets: treat by family
        return cls(rule.kind, rule.line.format(detail=_detail(reason) if reason
                                                else f"HTTP {code}"), code, reason)
