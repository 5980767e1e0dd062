"""The receive loop every socket shares, and the close codes it ends with (SPEC §5).

Binary frames, frames over `VIVA_MAX_MESSAGE_BYTES` and frames that do not parse each get
an `error` answer and the socket stays open; the tenth invalid frame in a row closes it
with 4004. Each endpoint reads its messages through `read_messages` and keeps its own
rules (what a message may be, rate limits, idle timeout) as arguments.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Final

from aiohttp import WSMessage, WSMsgType, web

from server.keys import METRICS, SETTINGS
from viva.protocol import CloseCode, Message, ProtocolError, error_data, parse_client_frame

if TYPE_CHECKING:
    from server.live.hub import ClientSocket

__all__ = ["MAX_INVALID_IN_A_ROW", "RateLimiter", "close_with", "read_messages"]

MAX_INVALID_IN_A_ROW: Final = 10
"""Invalid frames in a row after which the socket is closed with `CloseCode.INVALID`."""

_ENDED: Final = (WSMsgType.CLOSE, WSMsgType.CLOSING, WSMsgType.CLOSED, WSMsgType.ERROR)


class RateLimiter:
    """A token bucket: `rate` messages a second on average, bursts of `burst`."""

    def __init__(self, rate: float, burst: float) -> None:
        self.rate, self.burst = rate, burst
        self.tokens = burst
        self.stamp = time.monotonic()

    def allow(self) -> bool:
        """Take one token if there is one."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


async def close_with(ws: web.WebSocketResponse, code: int, reason: str, *,
                     conn: ClientSocket | None = None) -> web.WebSocketResponse:
    """Close with an application code and a readable reason (cut to fit a close frame).

    With `conn`, what is queued for it (the `error` answers that led here) is written first.
    """
    if conn is not None:
        await conn.close()
    await ws.close(code=code, message=reason.encode()[:120])
    return ws


def _strict(text: str) -> Message:
    """Parse a frame of the current form only."""
    return parse_client_frame(text, allow_legacy=False)


async def read_messages(app: web.Application, conn: ClientSocket, *,
                        parse: Callable[[str], Message] = _strict, limit_rate: bool = False,
                        backlog: Sequence[Awaitable[object]] = (),
                        idle: float | None = None) -> AsyncIterator[Message]:
    """Yield each valid message until the socket closes or this loop closes it.

    Invalid frames never reach the caller: they are answered and counted here, so every
    socket refuses them with the same `error` frames and the same 4004.

    Args:
        parse: a text frame to a message, or `ProtocolError`; the default refuses the older
            flat form, which only the candidate channel speaks.
        limit_rate: hold the socket to `VIVA_WS_RATE`: past it, close with
            `CloseCode.RATE_LIMITED`...
        backlog: ...unless something here is pending (updates not yet stored): then the
            sender waits for the oldest, slowed but not cut off (SPEC §10).
        idle: seconds of silence after which the socket is closed (`CloseCode.IDLE`, "idle").
    """
    settings, metrics = app[SETTINGS], app[METRICS]
    limiter = RateLimiter(settings.ws_rate_per_second, settings.ws_rate_per_second * 4)
    invalid = 0
    while (frame := await _next_frame(conn, idle)) is not None:
        if limit_rate and not await _within_rate(limiter, backlog, conn):
            return
        try:
            msg = parse(_text_of(frame, settings.max_message_bytes))
        except ProtocolError as exc:
            invalid += 1
            metrics.ws_errors.labels(exc.code).inc()
            conn.send(error_data(exc.message, exc.code, exc.field))
            if invalid >= MAX_INVALID_IN_A_ROW:
                await close_with(conn.ws, CloseCode.INVALID,
                                 "invalid message format: too many invalid messages in a row",
                                 conn=conn)
                return
            continue
        invalid = 0
        metrics.ws_messages.labels(msg.type).inc()
        yield msg


async def _next_frame(conn: ClientSocket, idle: float | None) -> WSMessage | None:
    """The next data frame; None once the socket is closing (closed here after `idle`)."""
    try:
        frame = await conn.ws.receive(timeout=idle)
    except TimeoutError:
        await close_with(conn.ws, CloseCode.IDLE, "idle", conn=conn)
        return None
    return None if frame.type in _ENDED else frame


async def _within_rate(limiter: RateLimiter, backlog: Sequence[Awaitable[object]],
                       conn: ClientSocket) -> bool:
    """Whether to go on reading; False once the socket is closed for its rate."""
    if limiter.allow():
        return True
    if backlog:  # a fast sender waits for storage instead of being cut off (SPEC §10)
        await backlog[0]
        return True
    await close_with(conn.ws, CloseCode.RATE_LIMITED, "rate limited: too many messages; slow down", conn=conn)
    return False


def _text_of(frame: WSMessage, limit: int) -> str:
    """The frame's text, refused before parsing when binary or over `limit`."""
    if frame.type != WSMsgType.TEXT:
        raise ProtocolError("binary frames are not accepted; send JSON text", "binary_frame")
    if len(frame.data) > limit:
        raise ProtocolError(f"message is {len(frame.data)} bytes; the limit is {limit} "
                            "(VIVA_MAX_MESSAGE_BYTES)", "message_too_large")
    text: str = frame.data
    return text
