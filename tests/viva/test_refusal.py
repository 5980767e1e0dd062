"""Refusals read as one line on what to do: each rule with the cases it must and must not match."""

from __future__ import annotations

import base64
import json
import time

import pytest

from viva.refusal import RULES, Refusal


def _token(**claims: object) -> str:
    body = base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    return f"e30.{body}.sig"


@pytest.mark.parametrize(("code", "reason", "kind"), [
    (4001, "authentication failed: the token has expired; ask for a new one", "invite_expired"),
    (401, '{"error": "the token has expired; ask for a new one", "code": "token_expired"}',
     "invite_expired"),
    (4001, "authentication failed: the token is not valid: Signature verification failed",
     "invite_invalid"),
    (401, "", "invite_invalid"),
    (4003, "access denied: the session is completed", "session_completed"),
    (4003, "access denied: the session is expired", "session_expired"),
    (4003, "access denied: this token does not reach that session", "wrong_session"),
    (4003, "access denied: outside the assessment's window; it opens at 9:00", "window_closed"),
    (403, "", "denied"),
])
def test_each_refusal_is_read_from_its_code_and_reason(code: int, reason: str, kind: str) -> None:
    refusal = Refusal.of(code, reason)
    assert refusal.kind == kind
    assert "authentication failed" not in refusal.line and "access denied" not in refusal.line
    assert refusal.line.endswith(".") and "\n" not in refusal.line


def test_the_token_s_own_expiry_makes_an_expired_invite_whatever_the_wording() -> None:
    past, future = _token(exp=time.time() - 5), _token(exp=time.time() + 3600)
    assert Refusal.of(4001, "token refused", token=past).kind == "invite_expired"
    assert Refusal.of(4001, "token refused", token=future).kind == "invite_invalid"
    assert Refusal.of(4003, "token refused", token=past).kind == "denied"  # not the token's fault


def test_an_expired_session_is_not_an_expired_invite_and_ends_the_session_only() -> None:
    assert Refusal.of(4003, "access denied: the session is expired").session_over
    assert not Refusal.of(4001, "authentication failed: the token has expired").session_over


def test_the_lines_say_what_to_do() -> None:
    assert Refusal.of(4001, "the token has expired").line == \
        "This invite has expired: ask whoever sent it for a new one."
    assert Refusal.of(4001, "authentication failed: authentication failed: the token is not "
                            "valid: Not enough segments").line.startswith(
        "The server does not accept this invite (Not enough segments)")
    assert {r.kind for r in RULES} >= {"invite_expired", "invite_invalid", "session_completed"}

