"""`/ws/session/{id}`: the candidate channel of SPEC §5 (watcher, companion and editor at once).

Code updates go to the ingest and are acked once stored; every other message type is answered
by the handler `HANDLERS` names for it.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final

from aiohttp import web

from server.core.errors import Invalid
from server.examining.conversation import replay
from server.keys import DB_CONNECTION, EVENTS, INGESTOR, METRICS
from server.live.hub import ClientSocket
from server.live.ingest import UpdateReply
from server.packs.model import blocked_by, reserved_paths
from server.sessions.clock import CLOSED, start_clock
from server.storage.models import Session
from server.storage.packs import pack_of
from server.ws import assessment, candidate
from server.ws.frames import close_with, read_messages
from server.ws.socket import Refused, open_socket, registered, serve, welcome
from viva.protocol import (
    Ack,
    CloseCode,
    CodeUpdate,
    FileDeleted,
    Message,
    Resync,
    decimal_id,
    error_data,
    parse_client_frame,
)

__all__ = ["HANDLERS", "MAX_IN_FLIGHT", "session_socket"]

MAX_IN_FLIGHT: Final = 256
"""Updates of one socket waiting to be stored before the server stops reading it."""

Handler = Callable[[web.Application, ClientSocket, Session, Message], Awaitable[None]]

HANDLERS: Mapping[str, Handler] = {
    "response_submitted": candidate.on_response_submitted,
    "finish": candidate.on_finish,
    "chat_message": candidate.on_chat_message,
    "run_tests": candidate.on_run_tests,
    "start_assessment": assessment.on_start_assessment,
    "get_question": assessment.on_get_question,
    "submit_answer": assessment.on_submit_answer,
}
"""The candidate channel's messages other than code updates and heartbeats, by type."""


async def session_socket(request: web.Request) -> web.WebSocketResponse:
    """Serve one candidate connection until it closes."""
    app = request.app
    ws, who = await open_socket(request)
    if who is None:
        return ws
    number = decimal_id(request.match_info["session_id"])
    session = await Session.get_or_none(id=number) if number is not None else None
    if session is None or not who.may_see(session.id):
        return await close_with(ws, CloseCode.DENIED, "access denied: this token does not reach that session")
    if session.status in CLOSED:
        return await close_with(ws, CloseCode.DENIED, f"access denied: the session is {session.status}")
    if who.role == "candidate":
        await start_clock(app[EVENTS], session.id)
    conn = ClientSocket(ws, who, session_id=session.id)
    conn.status = session.status
    async with registered(app, conn, "session"):
        welcome(conn, acked=await app[INGESTOR].acked(session.id), status=session.status)
        await replay(conn, session.id)
        channel = _Channel(app, conn, session)
        await serve(conn, read_messages(app, conn, parse=parse_client_frame, limit_rate=True,
                                        backlog=channel.in_flight),
                    channel.handle, about=_answering, db_connection=app[DB_CONNECTION])
        await channel.drain()
    return ws


def _answering(msg: Message) -> dict[str, Any]:
    """What an error about `msg` names: the question of a refused answer."""
    if msg.type == "response_submitted":
        return {"interaction_id": msg.data.interaction_id}
    if msg.type == "code_update" and not msg.legacy:
        return {"path": msg.data.path, "seq": msg.data.seq, "client_id": msg.data.client_id}
    return {}


class _Channel:
    """One candidate socket's messages: code updates in flight to the ingest, the rest handled."""

    def __init__(self, app: web.Application, conn: ClientSocket, session: Session) -> None:
        self.app = app
        self.conn = conn
        self.session = session
        self.in_flight: deque[asyncio.Future[UpdateReply]] = deque()
        self._reserved: tuple[frozenset[str], dict[str, str]] | None = None

    async def handle(self, msg: Message) -> None:
        """Enqueue a code update (waiting while too many are in flight), or hand the message
        to its handler."""
        if msg.type in ("code_update", "file_deleted"):
            if msg.type == "code_update" and not msg.legacy:
                await self._check_path(msg.data.path)
            self._update(msg)
            while len(self.in_flight) > MAX_IN_FLIGHT:
                # not `await in_flight[0]`: a done future returns without yielding, its callback
                # that removes it never runs, and this loop would spin and stall the process
                await asyncio.wait([self.in_flight[0]])
            return
        # `run_tests`: the updates sent before it are in the run (an editor saves, then runs),
        # as the run awaits the ingest's `stored_through` of the session before it reads files
        handler = HANDLERS.get(msg.type)
        if handler is None:
            self.conn.send(error_data(f"{msg.type!r} is not accepted on the candidate channel",
                                      "unsupported_type"))
            return
        await handler(self.app, self.conn, self.session, msg)

    async def _check_path(self, path: str) -> None:
        """Refuse a path that would shadow or block one of the pack's test files."""
        if self._reserved is None:
            await self.session.fetch_related("assessment")
            pack = pack_of(self.session.assessment) if self.session.assessment is not None else None
            self._reserved = (reserved_paths(pack), dict(pack.task.files) if pack and pack.task else {}) \
                if pack is not None else (frozenset(), {})
        reserved, starter = self._reserved
        if reserved and blocked_by(path, reserved, starter) is not None:
            raise Invalid(f"{path!r} would shadow or block one of the assessment's test files; "
                          "choose another path", "invalid_field", field="path")

    async def drain(self) -> None:
        """Let stored updates be acked on a socket still open."""
        for fut in list(self.in_flight):
            await asyncio.wait([fut], timeout=5)

    def _update(self, msg: Message) -> None:
        conn = self.conn
        if conn.status in CLOSED:
            raise Refused(CloseCode.DENIED, f"access denied: the session is {conn.status}")
        data: CodeUpdate | FileDeleted = msg.data
        if msg.legacy:
            data = CodeUpdate(path=self.session.main_file, seq=time.time_ns() // 1000,
                              client_id=f"legacy-{conn.principal.user}"[:128],
                              content=msg.data["code"])
        started = time.perf_counter()
        fut = self.app[INGESTOR].enqueue(self.session.id, data)
        self.in_flight.append(fut)
        ack_latency = self.app[METRICS].ack_latency

        def answered(f: asyncio.Future[UpdateReply]) -> None:
            if f in self.in_flight:
                self.in_flight.remove(f)
            if f.cancelled():
                return
            out = f.result()
            if out.kind == "ack":
                ack_latency.observe(time.perf_counter() - started)
                conn.send(Ack(client_id=out.client_id, seq=out.seq, sha256=out.sha256,
                              path=out.path))
            elif out.kind == "resync":
                conn.send(Resync(path=out.path, sha256=out.sha256, seq=out.seq))
            else:
                conn.send(error_data(out.error, out.code, seq=out.seq, path=out.path))

        fut.add_done_callback(answered)
