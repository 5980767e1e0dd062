"""Errors the API answers with (`server.http.errors` and `server.ws.socket` turn them into one shape).

    ApiError                 -- any answer that is not a success: status, code, sentence
    ├── BadRequest           -- 400
    ├── Unauthorized         -- 401
    ├── Forbidden            -- 403
    ├── NotFound             -- 404
    ├── Conflict             -- 409
    ├── PayloadTooLarge      -- 413
    ├── Invalid              -- 422
    └── TooManyRequests      -- 429
    StoreUnavailable         -- the database (or another store) cannot be reached: 503
    ServiceUnavailable       -- the server cannot take this now (a full test queue): 503
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ApiError", "BadRequest", "Conflict", "Forbidden", "Invalid", "NotFound",
    "PayloadTooLarge", "ServiceUnavailable", "StoreUnavailable", "TooManyRequests", "Unauthorized",
]


class ApiError(Exception):
    """An error answered as `{"error", "code"}` with `status`."""

    status = 400
    code = "bad_request"

    def __init__(self, message: str, code: str | None = None, **extra: Any) -> None:
        super().__init__(message)
        self.message = message
        if code:
            self.code = code
        self.extra = extra


class BadRequest(ApiError):
    status, code = 400, "bad_request"


class Unauthorized(ApiError):
    status, code = 401, "unauthorized"


class Forbidden(ApiError):
    status, code = 403, "forbidden"


class NotFound(ApiError):
    status, code = 404, "not_found"


class Conflict(ApiError):
    status, code = 409, "conflict"


class PayloadTooLarge(ApiError):
    status, code = 413, "payload_too_large"


class Invalid(ApiError):
    status, code = 422, "invalid_fields"


class TooManyRequests(ApiError):
    status, code = 429, "too_many_requests"


class StoreUnavailable(ApiError):
    status, code = 503, "store_unavailable"


class ServiceUnavailable(ApiError):
    status, code = 503, "service_unavailable"
