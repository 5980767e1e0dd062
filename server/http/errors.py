"""The middleware that answers every failure of a REST request in the one shape of SPEC §4."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from server.core.errors import ApiError, StoreUnavailable
from server.keys import DB_CONNECTION
from server.storage.db import FieldValueError, recover_pool, store_unavailable

__all__ = ["error_middleware", "json_error"]

logger = logging.getLogger(__name__)


def json_error(status: int, message: str, code: str, **extra: Any) -> web.Response:
    """The one error shape of SPEC §4."""
    body = {"error": message, "code": code, **extra}
    return web.Response(status=status, text=json.dumps(body, default=str),
                        content_type="application/json")


_HTTP_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
               405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
               415: "unsupported_media_type", 422: "invalid_fields", 429: "too_many_requests"}

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Answer every failure with the error shape; log the unexpected ones once, here."""
    try:
        return await handler(request)
    except ApiError as exc:
        return json_error(exc.status, exc.message, exc.code, **exc.extra)
    except FieldValueError as exc:  # a query value that cannot fit its column: bad input
        return json_error(400, f"a value does not fit: {exc}"[:300], "invalid_value")
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code = _HTTP_CODES.get(exc.status, "http_error")
        message = exc.reason if exc.status != 404 else f"no such path: {request.path}"
        if exc.status == 413:
            message = "request body is too large"
        return json_error(exc.status, message, code)
    except Exception as exc:
        if store_unavailable(exc):  # down, restarting or read-only: 503, and the pool heals
            logger.warning("database unavailable on %s %s: %r", request.method, request.path, exc)
            await recover_pool(exc, request.app.get(DB_CONNECTION, "default"))
            failure = StoreUnavailable("the database is unavailable; try again shortly")
            return json_error(failure.status, failure.message, failure.code)
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return json_error(500, "internal error; it has been logged", "internal_error")
