"""`/ws/assessment` and `/ws/chat` (SPEC §5), and the MCQ messages on `/ws/session/{id}`.

`/ws/assessment?test_id=...` finds or creates the session of (the token's user, the
assessment) and serves its multiple-choice run through `server.mcq_runs`; a reconnect from
any device resumes it. `/ws/chat` is the help chat alone. Both close idle sockets.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Final
from weakref import WeakValueDictionary

from aiohttp import web

from server.auth import Principal
from server.clock import start_clock
from server.errors import ApiError
from server.hub import Connection
from server.mcq_runs import runs_of, window_reason
from server.models import Assessment, Session, User
from server.pack_store import find_assessment, pack_of
from server.packs import McqError, help_reply
from server.services import SERVICES, Services
from server.sessions import create_session, user_for
from server.ws_frames import CLOSE_AUTH, CLOSE_DENIED, CLOSE_INVALID, close_with, read_messages
from server.ws_session import accept, handles
from viva.protocol import Message, now_iso

__all__ = ["IDLE_SECONDS", "assessment_socket", "chat_socket", "mcq_lifetime"]

logger = logging.getLogger(__name__)

IDLE_SECONDS: float = 30 * 60
"""A socket that sends nothing for this long is closed (1000, "idle")."""

_CLOSED_STATUSES: Final = ("completed", "expired")

_user_locks: WeakValueDictionary[tuple[int, str], asyncio.Lock] = WeakValueDictionary()


class _Refused(Exception):
    """The socket must close: `code` and a readable `reason`."""

    def __init__(self, code: int, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


async def mcq_lifetime(app: web.Application) -> AsyncIterator[None]:
    """App cleanup context: listen for pauses on the bus; stop every clock at shutdown."""
    runs = runs_of(app[SERVICES])
    runs.subscribe()
    yield
    await runs.close()


# --- /ws/assessment ---------------------------------------------------------------------


@dataclass
class _Binding:
    session_id: int
    assessment_id: int
    slug: str

    def names(self, test_id: str | int) -> bool:
        return str(test_id).strip() in (self.slug, str(self.assessment_id))


async def assessment_socket(request: web.Request) -> web.WebSocketResponse:
    """Serve one structured-assessment connection until it closes."""
    services = request.app[SERVICES]
    ws, who, why = await accept(request)
    if who is None:
        return await close_with(ws, CLOSE_AUTH, f"authentication failed: {why}")
    conn = Connection(ws, who, kind="assessment")
    services.metrics.ws_connections.labels("assessment").inc()
    binding: list[_Binding] = []
    try:
        test_id = request.query.get("test_id")
        if test_id:
            binding.append(await _bind(services, conn, test_id))
        conn.send("auth_success", {"user_id": who.user, "session_id": conn.session_id,
                                   "connection_id": conn.id, "timestamp": now_iso(), "acked": {}})

        async def handle(msg: Message) -> None:
            await _assessment_message(services, conn, binding, msg)

        await _serve(services, conn, handle)
    except _Refused as exc:
        await conn.close()
        await close_with(ws, exc.code, exc.reason)
    finally:
        services.hub.remove(conn)
        services.metrics.ws_connections.labels("assessment").dec()
        if conn.session_id is not None:
            runs_of(services).poke(conn.session_id)
        await conn.close()
    return ws


async def _bind(services: Services, conn: Connection, test_id: str | int) -> _Binding:
    """Attach the connection to the session of (its user, the assessment), or refuse."""
    assessment = await find_assessment(test_id)
    if assessment is None:
        raise _Refused(CLOSE_INVALID, f"invalid test_id: there is no assessment {str(test_id)[:40]!r}")
    pack = pack_of(assessment)
    if pack.mcq is None or not pack.mcq.questions:
        raise _Refused(CLOSE_INVALID, f"invalid test_id: '{pack.slug}' has no multiple-choice questions")
    now = datetime.now(UTC)
    if not pack.is_available(now):
        raise _Refused(CLOSE_DENIED, f"access denied: outside the assessment's window; "
                                     f"{window_reason(pack, now)}")
    session = await _session_for(services, conn.principal, assessment)
    if session.status in _CLOSED_STATUSES or (session.mcq_state or {}).get("completed"):
        raise _Refused(CLOSE_DENIED, "access denied: this assessment is already completed")
    conn.session_id = session.id
    await start_clock(services, session.id)
    services.hub.add(conn)
    runs_of(services).watch(session.id)
    return _Binding(session.id, assessment.id, assessment.slug)


async def _session_for(services: Services, who: Principal, assessment: Assessment) -> Session:
    """The user's session for this assessment: found (the latest), or created."""
    key = (id(services), who.user)
    lock = _user_locks.get(key)
    if lock is None:
        lock = _user_locks[key] = asyncio.Lock()
    async with lock:
        user = await user_for(who.user, who.name or who.user, who.role)
        if who.role == "candidate" and who.session_id is not None:
            own = await Session.get_or_none(id=who.session_id, assessment_id=assessment.id)
            if own is not None:
                return own
        found = await (Session.filter(candidate_id=user.id, assessment_id=assessment.id)
                       .order_by("-id").first())
        if found is not None:
            return found
        session, _ = await create_session(services, assessment=assessment, name=user.name,
                                          email=user.email, user_key=who.user)
        session.meta = {**(session.meta or {}), "kind": "mcq"}
        await session.save(update_fields=["meta"])
        return session


async def _assessment_message(services: Services, conn: Connection, binding: list[_Binding],
                              msg: Message) -> None:
    runs = runs_of(services)
    if msg.type == "start_assessment":
        test_id = msg.data.test_id
        if not binding:
            binding.append(await _bind(services, conn, test_id))
        elif not binding[0].names(test_id):
            raise McqError("wrong_test", f"this connection is for '{binding[0].slug}'; "
                                         "open another connection for another assessment")
        await runs.start(conn, binding[0].session_id, test_id)
    elif msg.type == "chat_message":
        question = await runs.current_question(binding[0].session_id) if binding else None
        conn.send("system_message", {"message": help_reply(msg.data.message, current_question=question),
                                     "timestamp": now_iso(), "from": "help"})
    elif msg.type in ("get_question", "submit_answer"):
        if not binding:
            raise McqError("not_started", "send start_assessment with a test_id first")
        if msg.type == "get_question":
            await runs.get_question(conn, binding[0].session_id)
        else:
            await runs.submit(conn, binding[0].session_id, str(msg.data.question_id),
                              msg.data.selected_option)
    else:
        conn.send("error", {"error": f"{msg.type!r} is not accepted on /ws/assessment",
                            "code": "unsupported_type", "timestamp": now_iso()})


# --- /ws/chat ---------------------------------------------------------------------------


async def chat_socket(request: web.Request) -> web.WebSocketResponse:
    """Serve one help-chat connection until it closes."""
    services = request.app[SERVICES]
    ws, who, why = await accept(request)
    if who is None:
        return await close_with(ws, CLOSE_AUTH, f"authentication failed: {why}")
    conn = Connection(ws, who, kind="chat")
    services.metrics.ws_connections.labels("chat").inc()
    conn.send("auth_success", {"user_id": who.user, "session_id": None, "connection_id": conn.id,
                               "timestamp": now_iso(), "acked": {}})

    async def handle(msg: Message) -> None:
        if msg.type != "chat_message":
            conn.send("error", {"error": f"{msg.type!r} is not accepted on /ws/chat; send "
                                         "chat_message", "code": "unsupported_type",
                                "timestamp": now_iso()})
            return
        question = await _open_question(services, who)
        conn.send("system_message", {"message": help_reply(msg.data.message, current_question=question),
                                     "timestamp": now_iso(), "from": "help"})

    try:
        await _serve(services, conn, handle)
    finally:
        services.metrics.ws_connections.labels("chat").dec()
        await conn.close()
    return ws


async def _open_question(services: Services, who: Principal) -> dict[str, object] | None:
    """The question on the user's screen in their latest running assessment, if any."""
    user = await User.get_or_none(key=who.user)
    if user is None:
        return None
    sessions = await (Session.filter(candidate_id=user.id, status__in=["active", "paused"])
                      .order_by("-id").limit(20))
    runs = runs_of(services)
    for session in sessions:
        if session.mcq_state and not session.mcq_state.get("completed"):
            question = await runs.current_question(session.id)
            if question is not None:
                return question
    return None


# --- the message loop shared by both sockets ---------------------------------------------


async def _serve(services: Services, conn: Connection,
                 handle: Callable[[Message], Awaitable[None]]) -> None:
    """Answer each valid message with `handle` until the socket closes; refusals as `error`."""
    async for msg in read_messages(services, conn, limit_rate=True, idle=IDLE_SECONDS):
        if msg.type == "heartbeat":
            conn.send("heartbeat_ack", {"timestamp": now_iso()})
            continue
        try:
            await handle(msg)
        except (McqError, ApiError) as exc:
            conn.send("error", {"error": exc.message, "code": exc.code, "timestamp": now_iso()})
        except _Refused:
            raise
        except Exception:
            logger.exception("handling %s failed", msg.type)
            conn.send("error", {"error": "the message could not be handled; it has been logged",
                                "code": "internal_error", "timestamp": now_iso()})


# --- the same MCQ messages on /ws/session/{id} ------------------------------------------


async def _on_session(conn: Connection, step: Awaitable[None]) -> None:
    try:
        await step
    except McqError as exc:
        conn.send("error", {"error": exc.message, "code": exc.code, "timestamp": now_iso()})


@handles("start_assessment")
async def start_assessment(services: Services, conn: Connection, session: Session, msg: Message) -> None:
    """`start_assessment` on the candidate channel: the session's own multiple-choice run."""
    runs = runs_of(services)
    await session.fetch_related("assessment")
    assessment = session.assessment
    test_id = msg.data.test_id
    if assessment is not None and str(test_id).strip() not in (assessment.slug, str(assessment.id)):
        conn.send("error", {"error": f"this session's assessment is '{assessment.slug}', not "
                                     f"{str(test_id)[:40]!r}", "code": "wrong_test",
                            "timestamp": now_iso()})
        return
    await _on_session(conn, runs.start(conn, session.id, test_id))


@handles("get_question")
async def get_question(services: Services, conn: Connection, session: Session, msg: Message) -> None:
    """`get_question` on the candidate channel."""
    await _on_session(conn, runs_of(services).get_question(conn, session.id))


@handles("submit_answer")
async def submit_answer(services: Services, conn: Connection, session: Session, msg: Message) -> None:
    """`submit_answer` on the candidate channel."""
    data = msg.data
    await _on_session(conn, runs_of(services).submit(conn, session.id, str(data.question_id),
                                                     data.selected_option))
