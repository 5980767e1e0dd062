"""What every REST handler shares: who is asking, what they may see, the body, the path."""

from __future__ import annotations

import json
from typing import Any

from aiohttp import web
from pydantic import BaseModel, ValidationError

from server.core.auth import Principal
from server.core.errors import BadRequest, Forbidden, Invalid, NotFound
from server.keys import SETTINGS, TOKENS
from viva.protocol import decimal_id

__all__ = ["base_url", "principal_of", "read_json", "require_session_access", "session_id_of",
           "validate"]


def principal_of(request: web.Request, *roles: str) -> Principal:
    """The request's verified principal, optionally required to hold one of `roles`."""
    header = request.headers.get("Authorization", "")
    token = header[7:].strip() if header[:7].lower() == "bearer " else request.query.get("token")
    who = request.app[TOKENS].verify(token)
    if roles:
        who.require(*roles)
    return who


def require_session_access(who: Principal, session_id: int, *, staff_only: bool = False) -> None:
    """Raise Forbidden unless `who` may see this session."""
    if staff_only and not who.is_staff:
        raise Forbidden("only admins and proctors may do this", "forbidden")
    if not who.may_see(session_id):
        raise Forbidden("this token does not reach that session", "forbidden_session")


async def read_json(request: web.Request) -> Any:
    """The request body as JSON, or a 400 that says why not."""
    raw = await request.read()
    if not raw:
        raise BadRequest("a JSON body is required", "missing_body")
    try:
        return json.loads(raw)
    except (ValueError, RecursionError) as exc:
        raise BadRequest(f"the body is not valid JSON: {exc}", "invalid_json") from None


def validate(model: type[BaseModel], body: Any) -> Any:
    """Validate `body` against `model`, or a 422 naming the field."""
    try:
        return model.model_validate(body)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"]) or "body"
        raise Invalid(f"'{loc}': {err['msg']}", "invalid_fields", field=loc) from None


def session_id_of(request: web.Request) -> int:
    """The `{id}` path parameter as an int, or 404."""
    raw = request.match_info["id"]
    number = decimal_id(raw)
    if number is None:
        raise NotFound(f"there is no session {raw!r}", "session_not_found")
    return number


def base_url(request: web.Request) -> str:
    """The server's public base URL, as configured or as the request reached it."""
    configured = request.app[SETTINGS].public_url
    return (configured or f"{request.scheme}://{request.host}").rstrip("/")
