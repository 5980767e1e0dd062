"""Candidate-channel messages the examiner answers: `response_submitted`, `finish`, `chat_message`.

Importing this module registers the handlers with `server.ws_session`.
"""

from __future__ import annotations

from server.errors import ApiError
from server.examining import examiner_of
from server.hub import Connection
from server.models import Session
from server.services import Services
from server.sessions import get_session, set_status
from server.ws_session import handles
from viva.protocol import Message, now_iso

__all__ = ["on_chat_message", "on_finish", "on_response_submitted"]


@handles("response_submitted")
async def on_response_submitted(services: Services, conn: Connection, session: Session,
                                msg: Message) -> None:
    """Take the answer; `evaluation_result` follows on every connection of the session."""
    try:
        await examiner_of(services).submit_answer(session.id, msg.data.interaction_id,
                                                msg.data.response)
    except ApiError as exc:  # a refused answer is the client's mistake: tell that socket only
        conn.send("error", {"error": exc.message, "code": exc.code, "timestamp": now_iso()})


@handles("finish")
async def on_finish(services: Services, conn: Connection, session: Session, msg: Message) -> None:
    """Complete the session and store its report; `report_ready` follows."""
    fresh = await get_session(session.id)
    if fresh.status not in ("completed", "expired"):
        await set_status(services, fresh, "completed", by=conn.principal.role)
        await services.run_final_tests(session.id, "finish")
    await examiner_of(services).generate_report(session.id)


@handles("chat_message")
async def on_chat_message(services: Services, conn: Connection, session: Session,
                          msg: Message) -> None:
    """Help that explains and never solves; answered with `system_message`."""
    await examiner_of(services).chat(session.id, msg.data.message)
