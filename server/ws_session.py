"""`/ws/session/{id}`: the candidate channel of SPEC §5 (watcher, TUI and editor at once)."""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import Any, Final, cast

from aiohttp import web

from server.auth import Principal, TokenError
from server.clock import start_clock
from server.conversation import replay
from server.hub import Connection
from server.ingest import Outcome
from server.models import Session
from server.services import SERVICES, Services
from server.ws_frames import CLOSE_AUTH, CLOSE_DENIED, close_with, read_messages
from viva.protocol import CodeUpdate, FileDeleted, Message, decimal_id, now_iso, parse_client_frame

__all__ = ["HANDLERS", "accept", "handles", "session_socket"]

logger = logging.getLogger(__name__)

MAX_IN_FLIGHT: Final = 256
"""Updates of one socket waiting to be stored before the server stops reading it."""

Handler = Callable[[Services, Connection, Session, Message], Awaitable[None]]
HANDLERS: dict[str, Handler] = {}
"""Handlers for the non-file messages of the candidate channel, by type (other modules add theirs)."""


async def accept(request: web.Request) -> tuple[web.WebSocketResponse, Principal | None, str]:
    """Open the socket and verify its `?token=`; the principal is None when refused."""
    settings = request.app[SERVICES].settings
    ws = web.WebSocketResponse(max_msg_size=settings.max_message_bytes * 4, autoping=True)
    await ws.prepare(request)
    try:
        return ws, request.app[SERVICES].verify(request.query.get("token")), ""
    except TokenError as exc:
        return ws, None, exc.message


async def session_socket(request: web.Request) -> web.WebSocketResponse:
    """Serve one candidate connection until it closes."""
    services = request.app[SERVICES]
    ws, who, why = await accept(request)
    if who is None:
        return await close_with(ws, CLOSE_AUTH, f"authentication failed: {why}")
    raw_id = request.match_info["session_id"]
    number = decimal_id(raw_id)
    session = await Session.get_or_none(id=number) if number is not None else None
    if session is None or not who.may_see(session.id):
        return await close_with(ws, CLOSE_DENIED, "access denied: this token does not reach that session")
    if session.status in ("completed", "expired"):
        return await close_with(ws, CLOSE_DENIED, f"access denied: the session is {session.status}")
    if who.role == "candidate":
        await start_clock(services, session.id)
    conn = Connection(ws, who, session_id=session.id)
    conn.status = session.status
    services.hub.add(conn)
    services.metrics.ws_connections.labels("session").inc()
    assert services.ingestor is not None
    conn.send("auth_success", {"user_id": who.user, "session_id": session.id,
                               "connection_id": conn.id, "timestamp": now_iso(),
                               "acked": await services.ingestor.acked(session.id),
                               "status": session.status})
    await replay(conn, session.id)
    try:
        await _serve(services, conn, session)
    finally:
        services.hub.remove(conn)
        services.metrics.ws_connections.labels("session").dec()
        await conn.close()
    return ws


async def _serve(services: Services, conn: Connection, session: Session) -> None:
    in_flight: deque[asyncio.Future[Outcome]] = deque()
    async for msg in read_messages(services, conn, parse=parse_client_frame, limit_rate=True,
                                   backlog=in_flight):
        if msg.legacy:
            conn.legacy = True
        try:
            await _dispatch(services, conn, session, msg, in_flight)
        except _Closed:
            break
        except Exception as exc:
            logger.exception("handling %s on session %s failed", msg.type, session.id)
            code = getattr(exc, "code", "internal_error")
            text = getattr(exc, "message", "the message could not be handled; it has been logged")
            conn.send("error", {"error": text, "code": code, "timestamp": now_iso(),
                                **_answering(msg)})
        while len(in_flight) > MAX_IN_FLIGHT:
            # not `await in_flight[0]`: a done future returns without yielding, its callback
            # that removes it never runs, and this loop would spin and stall the whole process
            await asyncio.wait([in_flight[0]])
    for fut in list(in_flight):  # let stored updates be acked on a socket still open
        await asyncio.wait([fut], timeout=5)


class _Closed(Exception):
    """The handler closed the socket."""


async def _dispatch(services: Services, conn: Connection, session: Session, msg: Message,
                    in_flight: deque[asyncio.Future[Outcome]]) -> None:
    if msg.type in ("code_update", "file_deleted"):
        if conn.status in ("completed", "expired"):
            await close_with(conn.ws, CLOSE_DENIED, f"access denied: the session is {conn.status}", conn=conn)
            raise _Closed
        data = msg.data
        if msg.legacy:
            data = CodeUpdate(path=session.main_file, seq=time.time_ns() // 1000,
                              client_id=f"legacy-{conn.principal.user}"[:128],
                              content=msg.data["code"])
        _enqueue(services, conn, session.id, data, in_flight)
        return
    if msg.type == "heartbeat":
        conn.send("heartbeat_ack", {"timestamp": now_iso()})
        return
    if msg.type == "run_tests" and in_flight:
        # updates sent before `run_tests` on this socket are in the run (an editor saves, then runs)
        await asyncio.wait(list(in_flight), timeout=5)
    handler = HANDLERS.get(msg.type)
    if handler is None:
        conn.send("error", {"error": f"{msg.type!r} is not accepted on the candidate channel",
                            "code": "unsupported_type", "timestamp": now_iso()})
        return
    about = _answering(msg)
    await handler(services, cast(Connection, _Replying(conn, about)) if about else conn,
                  session, msg)


def _answering(msg: Message) -> dict[str, Any]:
    """What an error about `msg` names: the question of a refused answer, so a client
    holding several answers can tell which one was refused."""
    if msg.type == "response_submitted":
        return {"interaction_id": msg.data.interaction_id}
    return {}


class _Replying:
    """`conn` as one handler sees it: the error frames it sends carry `about` as well.

    The handler of `response_submitted` (server/ws_examiner.py) answers a refusal itself,
    so the question is added here. Setting an attribute fails (no `__dict__`) rather than
    setting it on this wrapper instead of the connection.
    """

    __slots__ = ("_about", "_conn")

    def __init__(self, conn: Connection, about: dict[str, Any]) -> None:
        self._conn = conn
        self._about = about

    def send(self, type_: str, data: dict[str, Any] | None = None) -> None:
        if type_ == "error":
            data = {**(data or {}), **self._about}
        self._conn.send(type_, data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def _enqueue(services: Services, conn: Connection, session_id: int,
             data: CodeUpdate | FileDeleted, in_flight: deque[asyncio.Future[Outcome]]) -> None:
    assert services.ingestor is not None
    started = time.perf_counter()
    fut = services.ingestor.enqueue(session_id, data)
    in_flight.append(fut)

    def answered(f: asyncio.Future[Outcome]) -> None:
        if f in in_flight:
            in_flight.remove(f)
        if f.cancelled():
            return
        out = f.result()
        if out.kind == "ack":
            services.metrics.ack_latency.observe(time.perf_counter() - started)
            conn.send("ack", {"client_id": out.client_id, "seq": out.seq, "sha256": out.sha256,
                              "path": out.path})
        elif out.kind == "resync":
            conn.send("resync", {"path": out.path, "sha256": out.sha256, "seq": out.seq})
        else:
            conn.send("error", {"error": out.error, "code": out.code, "timestamp": now_iso(),
                                "seq": out.seq, "path": out.path})

    fut.add_done_callback(answered)


def handles(type_: str) -> Callable[[Handler], Handler]:
    """Register a handler for a candidate-channel message type."""
    def register(fn: Handler) -> Handler:
        HANDLERS[type_] = fn
        return fn
    return register
