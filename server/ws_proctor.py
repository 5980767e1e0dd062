"""`/ws/proctor`: the proctors' live feed and their actions (SPEC §5)."""

from __future__ import annotations

import logging

from aiohttp import web

from server.errors import ApiError
from server.hub import Connection
from server.models import Session
from server.services import SERVICES, Services
from server.sessions import emit, get_session, session_summary, set_status
from server.testruns.routes import proctor_run_tests
from server.ws_frames import CLOSE_AUTH, CLOSE_DENIED, close_with, read_messages
from server.ws_session import accept
from viva.protocol import Message, ProtocolError, now_iso, parse_client_frame

__all__ = ["proctor_socket"]

logger = logging.getLogger(__name__)

_ACTIONS = {"pause_session": "paused", "resume_session": "active", "end_session": "completed"}


async def proctor_socket(request: web.Request) -> web.WebSocketResponse:
    """Serve one proctor connection: snapshot, then every session event."""
    services = request.app[SERVICES]
    ws, who, why = await accept(request)
    if who is None:
        return await close_with(ws, CLOSE_AUTH, f"authentication failed: {why}")
    if not who.is_staff:
        return await close_with(ws, CLOSE_DENIED, "access denied: the proctor feed is for admins and proctors")
    conn = Connection(ws, who, kind="proctor")
    sessions = await Session.all().order_by("-id").limit(500)
    conn.send("auth_success", {"user_id": who.user, "session_id": None, "connection_id": conn.id,
                               "timestamp": now_iso(), "acked": {}})
    conn.send("sessions_snapshot", {"sessions": [await session_summary(s, staff=True) for s in sessions]})
    services.hub.add(conn)
    services.metrics.ws_connections.labels("proctor").inc()
    try:
        async for msg in read_messages(services, conn, parse=_parse_action):
            try:
                await _act(services, conn, msg)
            except ApiError as exc:
                conn.send("error", {"error": exc.message, "code": exc.code, "timestamp": now_iso()})
            except Exception:
                logger.exception("proctor action failed")
                conn.send("error", {"error": "the action failed; it has been logged",
                                    "code": "internal_error", "timestamp": now_iso()})
    finally:
        services.hub.remove(conn)
        services.metrics.ws_connections.labels("proctor").dec()
        await conn.close()
    return ws


def _parse_action(text: str) -> Message:
    """A heartbeat or a proctor action; anything else counts as an invalid frame."""
    msg = parse_client_frame(text, allow_legacy=False)
    acts = msg.type in ("watch", "unwatch", "send_message", "run_tests", *_ACTIONS)
    if msg.type != "heartbeat" and (not acts or getattr(msg.data, "session_id", None) is None):
        raise ProtocolError(f"{msg.type!r} is not a proctor action", "unsupported_type", "type")
    return msg


async def _act(services: Services, conn: Connection, msg: Message) -> None:
    data = msg.data
    if msg.type == "heartbeat":
        conn.send("heartbeat_ack", {"timestamp": now_iso()})
        return
    sid = data.session_id
    session = await get_session(sid)
    if msg.type == "watch":
        conn.watching.add(sid)
        conn.send("session_event", {"session_id": sid, "event": {
            "type": "watching", "data": await session_summary(session, staff=True), "ts": now_iso()}})
    elif msg.type == "unwatch":
        conn.watching.discard(sid)
    elif msg.type == "run_tests":  # the result reaches every proctor as session events
        await proctor_run_tests(services, conn, sid)
    elif msg.type == "send_message":
        text = data.message
        await emit(services, sid, "proctor_message", {"message": text, "by": conn.principal.name},
                   to="all", message=("system_message", {"message": text, "timestamp": now_iso(),
                                                         "from": "proctor"}))
    else:
        status = _ACTIONS[msg.type]
        await set_status(services, session, status, by=conn.principal.name)
        if status == "completed":
            await _close_candidates(services, sid)
            await services.run_final_tests(sid, "finish")
            if services.examiner is not None:
                await services.examiner.generate_report(sid)


async def _close_candidates(services: Services, session_id: int) -> None:
    for cand in list(services.hub.session_connections(session_id)):
        await cand.close()
        await cand.ws.close(code=CLOSE_DENIED, message=b"access denied: the session is completed")
