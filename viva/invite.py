"""Invites: `http(s)://HOST[:PORT]/join/<candidate-token>`, the token carrying the session id.

Exceptions:
    InviteError -- an invite or server/session/token triple that cannot be used.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

__all__ = ["Invite", "InviteError", "parse_invite", "token_claims"]


class InviteError(ValueError):
    """An invite that cannot be used, with the reason."""


@dataclass(frozen=True, slots=True)
class Invite:
    """Where a candidate client connects, and with what token."""

    server: str
    """Base URL of the server, e.g. `http://127.0.0.1:8000`, no trailing slash."""
    token: str
    session_id: int

    @property
    def ws_url(self) -> str:
        """The candidate channel `/ws/session/{id}?token=...`."""
        base = "wss" + self.server[5:] if self.server.startswith("https") else "ws" + self.server[4:]
        return f"{base}/ws/session/{self.session_id}?token={quote(self.token, safe='')}"

    @property
    def url(self) -> str:
        """The invite as a URL."""
        return f"{self.server}/join/{self.token}"


def token_claims(token: str) -> dict[str, Any]:
    """The claims of a signed token, read without checking the signature (the server checks)."""
    parts = token.split(".")
    if len(parts) != 3:
        raise InviteError("the token is not a signed viva token")
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (ValueError, json.JSONDecodeError) as exc:
        raise InviteError("the token is not a signed viva token") from exc
    if not isinstance(claims, dict):
        raise InviteError("the token is not a signed viva token")
    return claims


def parse_invite(invite: str | None = None, *, server: str | None = None,
                 session: int | str | None = None, token: str | None = None) -> Invite:
    """Build an Invite from an invite URL, or from `server`, `session` and `token`."""
    if invite:
        parts = urlsplit(invite.strip())
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InviteError(f"an invite is an http(s) URL ending in /join/<token>, not {invite!r}")
        prefix, sep, tok = parts.path.rpartition("/join/")
        if not sep or not tok or "/" in tok:
            raise InviteError(f"an invite is an http(s) URL ending in /join/<token>, not {invite!r}")
        server = f"{parts.scheme}://{parts.netloc}{prefix}"
        token = tok
    if not server or not token:
        raise InviteError("give an invite URL, or --server with --token (or set VIVA_TOKEN)")
    if not server.startswith(("http://", "https://")):
        raise InviteError(f"--server must be an http(s) URL, not {server!r}")
    if session is None:
        sid = token_claims(token).get("sid")
        if sid is None:
            raise InviteError("the token names no session; pass --session")
        session = sid
    try:
        session_id = int(session)
    except (TypeError, ValueError):
        raise InviteError(f"session id must be a number, not {session!r}") from None
    return Invite(server=server.rstrip("/"), token=token, session_id=session_id)
