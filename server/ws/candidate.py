"""What the candidate channel answers besides code updates: answers, finish, help, test runs.

Each handler raises `ApiError` to refuse; `server.ws.socket.serve` answers the refusal.
"""

from __future__ import annotations

from aiohttp import web

from server.core.errors import ServiceUnavailable
from server.keys import CLOSER, EXAMINER, TESTS
from server.live.hub import ClientSocket
from server.storage.models import Session
from server.testruns.numbers import number_of_run
from viva.protocol import Message, TestRunStarted

__all__ = ["on_chat_message", "on_finish", "on_response_submitted", "on_run_tests"]


async def on_response_submitted(app: web.Application, conn: ClientSocket, session: Session,
                                msg: Message) -> None:
    """Take the answer; `evaluation_result` follows on every connection of the session."""
    await app[EXAMINER].submit_answer(session.id, msg.data.interaction_id, msg.data.response)


async def on_finish(app: web.Application, conn: ClientSocket, session: Session,
                    msg: Message) -> None:
    """Complete the session and store its report; `report_ready` follows."""
    await app[CLOSER].finish(session.id, by=conn.principal.role)


async def on_chat_message(app: web.Application, conn: ClientSocket, session: Session,
                          msg: Message) -> None:
    """Help that explains and never solves; answered with `system_message`."""
    await app[EXAMINER].chat(session.id, msg.data.message)


async def on_run_tests(app: web.Application, conn: ClientSocket, session: Session,
                       msg: Message) -> None:
    """The candidate's `run_tests`: `test_run` at once, `test_result` to every socket later."""
    try:
        run, _ = await app[TESTS].start(session.id, "candidate", include_hidden=False)
    except ServiceUnavailable as exc:  # a full (or unreachable) test queue: said on `test_run`
        conn.send(TestRunStarted(run_id=None, status="error", trigger="candidate", code=exc.code,
                          reason=exc.message))
        return
    conn.send(TestRunStarted(run_id=run.id, status="running", trigger=run.trigger,
                      number=await number_of_run(session.id, run.id)))
