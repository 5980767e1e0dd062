"""`/ws/assessment` and `/ws/chat` (SPEC §5), and the MCQ messages on `/ws/session/{id}`.

`/ws/assessment?test_id=...` finds or creates the session of (the token's user, the
assessment) and serves its multiple-choice run through `server.mcq.runs`; a reconnect from
any device resumes it. `/ws/chat` is the help chat alone. Both close idle sockets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from aiohttp import web

from server.keys import DB_CONNECTION, EVENTS, HUB, MCQ
from server.live.hub import ClientSocket
from server.mcq.runs import window_reason
from server.packs import McqError, help_reply
from server.sessions.clock import CLOSED, start_clock
from server.storage.models import Session
from server.storage.packs import find_assessment, pack_of
from server.ws.frames import close_with, read_messages
from server.ws.socket import Refused, open_socket, registered, serve, welcome
from viva.protocol import CloseCode, Message, SystemMessage, error_data, now_iso

__all__ = ["IDLE_SECONDS", "assessment_socket", "chat_socket", "on_get_question",
           "on_start_assessment", "on_submit_answer"]

IDLE_SECONDS: float = 30 * 60
"""A socket that sends nothing for this long is closed (1000, "idle")."""

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
    app = request.app
    ws, who = await open_socket(request)
    if who is None:
        return ws
    conn = ClientSocket(ws, who, kind="assessment")
    binding: list[_Binding] = []
    try:
        async with registered(app, conn, "assessment"):
            test_id = request.query.get("test_id")
            if test_id:
                binding.append(await _bind(app, conn, test_id))
            welcome(conn)

            async def handle(msg: Message) -> None:
                await _assessment_message(app, conn, binding, msg)

            await serve(conn, read_messages(app, conn, limit_rate=True, idle=IDLE_SECONDS), handle,
                        db_connection=app[DB_CONNECTION])
    except Refused as exc:  # refused at connect, by its `test_id`
        await close_with(ws, exc.code, exc.reason)
    if conn.session_id is not None:
        app[MCQ].poke(conn.session_id)
    return ws


async def _bind(app: web.Application, conn: ClientSocket, test_id: str | int) -> _Binding:
    """Attach the connection to the session of (its user, the assessment), or refuse."""
    assessment = await find_assessment(test_id)
    if assessment is None:
        raise Refused(CloseCode.INVALID, f"invalid test_id: there is no assessment {str(test_id)[:40]!r}")
    pack = pack_of(assessment)
    if pack.mcq is None or not pack.mcq.questions:
        raise Refused(CloseCode.INVALID, f"invalid test_id: '{pack.slug}' has no multiple-choice questions")
    now = app[MCQ].now()
    if not pack.is_available(now):
        raise Refused(CloseCode.DENIED, f"access denied: outside the assessment's window; "
                                    f"{window_reason(pack, now)}")
    session = await app[MCQ].session_for(conn.principal, assessment)
    if session.status in CLOSED or (session.mcq_state or {}).get("completed"):
        raise Refused(CloseCode.DENIED, "access denied: this assessment is already completed")
    conn.session_id = session.id
    await start_clock(app[EVENTS], session.id)
    app[HUB].add(conn)
    app[MCQ].watch(session.id)
    return _Binding(session.id, assessment.id, assessment.slug)


async def _assessment_message(app: web.Application, conn: ClientSocket, binding: list[_Binding],
                              msg: Message) -> None:
    runs = app[MCQ]
    if msg.type == "start_assessment":
        test_id = msg.data.test_id
        if not binding:
            binding.append(await _bind(app, conn, test_id))
        elif not binding[0].names(test_id):
            raise McqError("wrong_test", f"this connection is for '{binding[0].slug}'; "
                                         "open another connection for another assessment")
        await runs.start(conn, binding[0].session_id, test_id)
    elif msg.type == "chat_message":
        question = await runs.current_question(binding[0].session_id) if binding else None
        conn.send(_help(msg.data.message, question))
    elif msg.type in ("get_question", "submit_answer"):
        if not binding:
            raise McqError("not_started", "send start_assessment with a test_id first")
        if msg.type == "get_question":
            await runs.get_question(conn, binding[0].session_id)
        else:
            await runs.submit(conn, binding[0].session_id, str(msg.data.question_id),
                              msg.data.selected_option)
    else:
        conn.send(error_data(f"{msg.type!r} is not accepted on /ws/assessment", "unsupported_type"))


def _help(text: str, question: dict[str, Any] | None) -> SystemMessage:
    """Help's answer to a `chat_message` (concepts, never the open question's answer)."""
    return SystemMessage(message=help_reply(text, current_question=question), timestamp=now_iso(),
                         sender="help")


# --- /ws/chat ---------------------------------------------------------------------------


async def chat_socket(request: web.Request) -> web.WebSocketResponse:
    """Serve one help-chat connection until it closes."""
    app = request.app
    ws, who = await open_socket(request)
    if who is None:
        return ws
    conn = ClientSocket(ws, who, kind="chat")
    welcome(conn)

    async def handle(msg: Message) -> None:
        if msg.type != "chat_message":
            conn.send(error_data(f"{msg.type!r} is not accepted on /ws/chat; send chat_message",
                                 "unsupported_type"))
            return
        question = await app[MCQ].open_question(who.user)
        conn.send(_help(msg.data.message, question))

    async with registered(app, conn, "chat"):
        await serve(conn, read_messages(app, conn, limit_rate=True, idle=IDLE_SECONDS), handle,
                        db_connection=app[DB_CONNECTION])
    return ws


# --- the same MCQ messages on /ws/session/{id} ------------------------------------------


async def on_start_assessment(app: web.Application, conn: ClientSocket, session: Session,
                              msg: Message) -> None:
    """`start_assessment` on the candidate channel: the session's own multiple-choice run."""
    await session.fetch_related("assessment")
    assessment = session.assessment
    test_id = msg.data.test_id
    if assessment is not None and str(test_id).strip() not in (assessment.slug, str(assessment.id)):
        raise McqError("wrong_test", f"this session's assessment is '{assessment.slug}', not "
                                     f"{str(test_id)[:40]!r}")
    await app[MCQ].start(conn, session.id, test_id)


async def on_get_question(app: web.Application, conn: ClientSocket, session: Session,
                          msg: Message) -> None:
    """`get_question` on the candidate channel."""
    await app[MCQ].get_question(conn, session.id)


async def on_submit_answer(app: web.Application, conn: ClientSocket, session: Session,
                           msg: Message) -> None:
    """`submit_answer` on the candidate channel."""
    data = msg.data
    await app[MCQ].submit(conn, session.id, str(data.question_id), data.selected_option)
