"""Every socket's life in one place: opened and its token checked, registered with the hub and
the metrics, served behind one error boundary, and torn down.

A handler answers a message by sending frames on its connection; it refuses by raising:
`ApiError` (or the engine's `McqError`) becomes an `error` frame with its code, `Refused`
closes the socket with an application code, and anything else is logged and answered with
`internal_error`. The socket stays open in every case but `Refused`.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

from aiohttp import web

from server.core.auth import Principal, TokenError
from server.core.errors import ApiError
from server.keys import HUB, METRICS, SETTINGS, TOKENS
from server.live.hub import ClientSocket
from server.packs import McqError
from server.storage.db import recover_pool, store_unavailable
from server.ws.frames import close_with
from viva.protocol import AuthSuccess, CloseCode, HeartbeatAck, Message, error_data, now_iso

__all__ = ["Refused", "open_socket", "registered", "serve", "welcome"]

logger = logging.getLogger(__name__)


class Refused(Exception):
    """The socket must close: with `code` and a readable `reason`."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


async def open_socket(request: web.Request) -> tuple[web.WebSocketResponse, Principal | None]:
    """Open the socket and verify its `?token=`; the principal is None (and the socket closed
    with 4001) when the token is refused."""
    ws = web.WebSocketResponse(max_msg_size=request.app[SETTINGS].max_message_bytes * 4,
                               autoping=True)
    await ws.prepare(request)
    try:
        return ws, request.app[TOKENS].verify(request.query.get("token"))
    except TokenError as exc:
        await close_with(ws, CloseCode.AUTH_FAILED, exc.message)
        return ws, None


def welcome(conn: ClientSocket, *, acked: dict[str, int] | None = None,
            status: str | None = None) -> None:
    """Send `auth_success`: who the token is, the session (if any) and this connection's id;
    the candidate channel adds what is stored of each client (`acked`) and the `status`."""
    extra = {"status": status} if status is not None else {}
    conn.send(AuthSuccess(user_id=conn.principal.user, session_id=conn.session_id,
                          connection_id=conn.id, timestamp=now_iso(), acked=acked or {}, **extra))


@asynccontextmanager
async def registered(app: web.Application, conn: ClientSocket, channel: str) -> AsyncIterator[None]:
    """While open, the socket is counted under `channel` and the hub delivers to it (once it
    belongs to a session, or is a proctor's); at the end its queued frames are written."""
    hub, gauge = app[HUB], app[METRICS].ws_connections.labels(channel)
    hub.add(conn)
    gauge.inc()
    try:
        yield
    finally:
        hub.remove(conn)
        gauge.dec()
        await conn.close()


async def serve(conn: ClientSocket, messages: AsyncIterator[Message],
                handle: Callable[[Message], Awaitable[None]], *,
                about: Callable[[Message], dict[str, Any]] = lambda msg: {},
                db_connection: str = "default") -> None:
    """Answer heartbeats, and every other message with `handle`, until the socket closes.

    This is the socket's error boundary; `about(msg)` adds to an `error` frame what it is about
    (the question of a refused answer, so a client holding several can tell which). A
    database that cannot serve is answered `store_unavailable` (the client may send the
    message again) and its pool (`db_connection`) reopened.
    """
    async for msg in messages:
        if msg.legacy:  # the client speaks the older flat form: answer it in kind from now on
            conn.legacy = True
        if msg.type == "heartbeat":
            conn.send(HeartbeatAck(timestamp=now_iso()))
            continue
        try:
            await handle(msg)
        except Refused as exc:
            await close_with(conn.ws, exc.code, exc.reason, conn=conn)
            return
        except (ApiError, McqError) as exc:
            conn.send(error_data(exc.message, exc.code, **about(msg)))
        except Exception as exc:
            if store_unavailable(exc):  # the client may send it again: say so, and heal the pool
                logger.warning("database unavailable handling %s: %r", msg.type, exc)
                await recover_pool(exc, db_connection)
                conn.send(error_data("the database is unavailable; try again shortly",
                                     "store_unavailable", **about(msg)))
                continue
            logger.exception("handling %s on a %s socket failed", msg.type, conn.kind)
            conn.send(error_data("the message could not be handled; it has been logged",
                                 "internal_error", **about(msg)))
