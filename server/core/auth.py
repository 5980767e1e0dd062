"""Signed tokens (PyJWT): roles admin, proctor and candidate; a candidate's scoped to one
session, or (no session) a user's own for assessments, challenges and help chat."""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from typing import Any, Final, Literal

import jwt

from server.core.errors import Forbidden, Unauthorized

__all__ = ["ROLES", "Principal", "TokenError", "Tokens", "mint_token", "verify_token"]

Role = Literal["admin", "proctor", "candidate"]
ROLES: Final[tuple[str, ...]] = ("admin", "proctor", "candidate")


class TokenError(Unauthorized):
    """A token that is missing, forged, expired or malformed."""


@dataclass(frozen=True, slots=True)
class Principal:
    """Who a verified token speaks for."""

    user: str
    """Stable user key (the token's `sub`)."""
    role: str
    name: str
    session_id: int | None = None

    @property
    def is_staff(self) -> bool:
        """Admins and proctors see every session."""
        return self.role in ("admin", "proctor")

    def require(self, *roles: str) -> None:
        """Raise Forbidden unless this principal has one of `roles`."""
        if self.role not in roles:
            raise Forbidden(f"this needs the role {' or '.join(roles)}; the token is a {self.role}'s")

    def may_see(self, session_id: int) -> bool:
        """Staff see any session; a candidate only their own."""
        return self.is_staff or (self.role == "candidate" and self.session_id == session_id)


def mint_token(key: str, *, role: str, name: str | None = None, user: str | None = None,
               session_id: int | None = None, ttl_minutes: float = 480,
               algorithm: str = "HS256") -> str:
    """A signed token for `role`; a candidate token without a session is a user's own (SPEC §2)."""
    if role not in ROLES:
        raise ValueError(f"role must be one of {', '.join(ROLES)}")
    now = int(time.time())
    claims: dict[str, Any] = {
        "sub": user or f"{role}:{name or role}",
        "role": role,
        "name": name or role,
        "iat": now,
        "exp": now + int(ttl_minutes * 60),
        "jti": uuid.uuid4().hex[:16],
    }
    if session_id is not None:
        claims["sid"] = int(session_id)
    return jwt.encode(claims, key, algorithm=algorithm)


def verify_token(key: str, token: str | None, algorithm: str = "HS256") -> Principal:
    """The principal of a valid token; TokenError when it is missing, forged or expired."""
    if not token:
        raise TokenError("a token is required: send 'Authorization: Bearer <token>'", "missing_token")
    try:
        claims = jwt.decode(token, key, algorithms=[algorithm],
                            options={"require": ["exp", "sub", "role"]})
    except jwt.ExpiredSignatureError:
        raise TokenError("the token has expired; ask for a new one", "token_expired") from None
    except jwt.PyJWTError as exc:
        raise TokenError(f"the token is not valid: {exc}", "invalid_token") from None
    role = claims.get("role")
    sid = claims.get("sid")
    # A candidate token without `sid` is a user's own: it reaches no session (may_see).
    if role not in ROLES or (sid is not None and not isinstance(sid, int)):
        raise TokenError("the token's role or session is not valid", "invalid_token")
    return Principal(user=str(claims["sub"]), role=role, name=str(claims.get("name", "")),
                     session_id=sid if isinstance(sid, int) else None)


class Tokens:
    """The server's signing key and algorithm: tokens minted and verified with them."""

    def __init__(self, key: str, algorithm: str = "HS256") -> None:
        self._key = key
        self.algorithm = algorithm

    def mint(self, *, role: str, name: str | None = None, user: str | None = None,
             session_id: int | None = None, ttl_minutes: float = 480) -> str:
        """A signed token (see `mint_token`)."""
        return mint_token(self._key, role=role, name=name, user=user, session_id=session_id,
                          ttl_minutes=ttl_minutes, algorithm=self.algorithm)

    def verify(self, token: str | None) -> Principal:
        """The principal of `token` (TokenError when invalid)."""
        return verify_token(self._key, token, self.algorithm)
