"""`/ws/proctor`: the proctors' live feed and their actions (SPEC §5)."""

from __future__ import annotations

from aiohttp import web

from server.keys import CLOSER, DB_CONNECTION, EVENTS, HUB, SESSIONS, TESTS
from server.live.hub import ClientSocket
from server.sessions.lifecycle import get_session, session_summary
from server.storage.models import Session
from server.ws.frames import close_with, read_messages
from server.ws.socket import open_socket, registered, serve, welcome
from viva.protocol import (
    CloseCode,
    FeedEvent,
    Message,
    ProtocolError,
    SessionEvent,
    SessionsSnapshot,
    SystemMessage,
    now_iso,
    parse_client_frame,
)

__all__ = ["proctor_socket"]

_ACTIONS = {"pause_session": "paused", "resume_session": "active", "end_session": "completed"}


async def proctor_socket(request: web.Request) -> web.WebSocketResponse:
    """Serve one proctor connection: snapshot, then every session event."""
    app = request.app
    ws, who = await open_socket(request)
    if who is None:
        return ws
    if not who.is_staff:
        return await close_with(ws, CloseCode.DENIED, "access denied: the proctor feed is for admins and proctors")
    conn = ClientSocket(ws, who, kind="proctor")
    sessions = await Session.all().order_by("-id").limit(500)
    welcome(conn)
    conn.send(SessionsSnapshot(sessions=[await session_summary(s, staff=True) for s in sessions]))

    async def act(msg: Message) -> None:
        await _act(app, conn, msg)

    async with registered(app, conn, "proctor"):
        await serve(conn, read_messages(app, conn, parse=_parse_action), act,
                    db_connection=app[DB_CONNECTION])
    return ws


def _parse_action(text: str) -> Message:
    """A heartbeat or a proctor action; anything else counts as an invalid frame."""
    msg = parse_client_frame(text, allow_legacy=False)
    acts = msg.type in ("watch", "unwatch", "send_message", "run_tests", *_ACTIONS)
    if msg.type != "heartbeat" and (not acts or getattr(msg.data, "session_id", None) is None):
        raise ProtocolError(f"{msg.type!r} is not a proctor action", "unsupported_type", "type")
    return msg


async def _act(app: web.Application, conn: ClientSocket, msg: Message) -> None:
    data = msg.data
    sid = data.session_id
    session = await get_session(sid)
    if msg.type == "watch":
        conn.watching.add(sid)
        summary = await session_summary(session, staff=True)
        conn.send(SessionEvent(session_id=sid, event=FeedEvent(
            type="watching", data=summary.model_dump(mode="json"), ts=now_iso())))
    elif msg.type == "unwatch":
        conn.watching.discard(sid)
    elif msg.type == "run_tests":  # visible and hidden tests; results reach proctors as events
        await app[TESTS].start(sid, "proctor", include_hidden=True)
    elif msg.type == "send_message":
        text = data.message
        await app[EVENTS].emit(sid, "proctor_message", {"message": text, "by": conn.principal.name},
                               to="all", message=SystemMessage(message=text, timestamp=now_iso(),
                                                               sender="proctor"))
    else:
        status = _ACTIONS[msg.type]
        await app[SESSIONS].set_status(session, status, by=conn.principal.name)
        if status == "completed":
            await _close_candidates(app, sid)
            await app[CLOSER].close_out(sid, "finish")


async def _close_candidates(app: web.Application, session_id: int) -> None:
    for cand in list(app[HUB].session_connections(session_id)):
        await cand.close()
        await cand.ws.close(code=CloseCode.DENIED, message=b"access denied: the session is completed")
