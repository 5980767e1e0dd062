"""The examiner's questions inside the editor: diagnostics at their line, hover text, answers
through `viva.answer`, evaluations and proctor messages as `window/showMessage`."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from lsp_harness import eventually, invite_for
from lsprotocol import types

pytestmark = pytest.mark.slow

CODE = "import sys\n\nseen = set()\nfor line in sys.stdin:\n    seen.add(line)\n"


async def publish(api: Any, session: dict[str, Any], type_: str, data: dict[str, Any]) -> None:
    """What the examiner does: a message to every candidate connection of the session."""
    from server.keys import BUS

    await api.client.app[BUS].publish(
        {"session_id": session["session_id"], "to": "session", "type": type_, "data": data})


async def connected_editor(api: Any, session: dict[str, Any], start_editor: Any, root=None):
    """An editor with CODE open in app.py, once the server has it (so the bridge is connected)."""
    editor = await start_editor(invite_for(api, session), root)
    uri = editor.open("app.py", CODE)
    deadline = time.monotonic() + 10
    while (await api.files(session["session_id"])).get("app.py") != CODE:
        assert time.monotonic() < deadline, "app.py never reached the server"
        await asyncio.sleep(0.03)
    return editor, uri


def hover(editor: Any, uri: str, line: int) -> Any:
    return editor.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(line, 2)))


QUESTION = {"interaction_id": 41, "question": "Why is `seen` a set rather than a list?",
            "path": "app.py", "line": 3, "skill": "data-structures"}


async def test_a_question_is_an_information_diagnostic_at_its_line_with_hover_text(
        sqlite_api, start_editor):
    session = await sqlite_api.create_session()
    editor, uri = await connected_editor(sqlite_api, session, start_editor)
    await publish(sqlite_api, session, "question", QUESTION)

    [diag] = await eventually(lambda: editor.diagnostics.get(uri), what="the question's diagnostic")
    assert diag.range.start.line == 2 and diag.range.end.line == 2
    assert (diag.range.start.character, diag.range.end.character) == (0, len("seen = set()"))
    assert diag.severity == types.DiagnosticSeverity.Information
    assert diag.source == "viva" and diag.code == 41
    assert QUESTION["question"] in diag.message
    await eventually(lambda: editor.shown("viva question 41 about app.py line 3",
                                          types.MessageType.Info), what="the question as a message")

    shown = await hover(editor, uri, 2)
    assert QUESTION["question"] in shown.contents.value
    assert "viva.answer" in shown.contents.value and "data-structures" in shown.contents.value
    assert await hover(editor, uri, 0) is None


async def test_viva_answer_with_bad_arguments_is_refused_with_a_reason(sqlite_api, start_editor):
    session = await sqlite_api.create_session()
    editor, _ = await connected_editor(sqlite_api, session, start_editor)
    for arguments in ([], [41], [41, "   "], [None, "an answer"]):
        with pytest.raises(Exception, match=r"viva\.answer"):
            await editor.client.workspace_execute_command_async(types.ExecuteCommandParams(
                command="viva.answer", arguments=arguments))
    assert editor.client._server.returncode is None


async def test_proctor_messages_and_session_state_are_shown_in_the_editor(sqlite_api, start_editor):
    session = await sqlite_api.create_session()
    editor, _ = await connected_editor(sqlite_api, session, start_editor)
    await publish(sqlite_api, session, "system_message", {"message": "Ten minutes left."})
    await publish(sqlite_api, session, "session_state", {"status": "paused"})
    await eventually(lambda: editor.shown("Ten minutes left.", types.MessageType.Info), what="message")
    await eventually(lambda: editor.shown("paused", types.MessageType.Warning), what="pause")


async def test_open_questions_are_shown_again_after_the_editor_restarts(sqlite_api, start_editor, tmp_path):
    session = await sqlite_api.create_session()
    root = tmp_path / "task"
    editor, uri = await connected_editor(sqlite_api, session, start_editor, root)
    await publish(sqlite_api, session, "question", QUESTION)
    await eventually(lambda: editor.diagnostics.get(uri), what="the question's diagnostic")
    await editor.stop()

    again = await start_editor(invite_for(sqlite_api, session), root)
    [diag] = await eventually(lambda: again.diagnostics.get(uri), what="the question, again")
    assert diag.code == 41 and diag.range.start.line == 2


@pytest.mark.parametrize(("case", "line"), [
    ("wrong-signature", "The server does not accept this invite (Signature verification failed)"),
    ("expired-token", "This invite has expired: ask whoever sent it for a new one."),
    ("finished-session", "This session is complete: there is nothing more to do here."),
])
async def test_a_refused_invite_is_one_error_message_and_the_editor_keeps_being_served(
        sqlite_api, start_editor, case, line):
    """One clear line about what to do, said once (the socket and `GET /join` both refuse)."""
    from server.core.auth import mint_token

    session = await sqlite_api.create_session()
    token = session["candidate_token"]
    if case == "wrong-signature":  # the server closes with 4001
        token = mint_token("another-secret-key-that-is-long-enough-for-hs256", role="candidate",
                           name="ana", session_id=session["session_id"], ttl_minutes=10)
    elif case == "expired-token":  # 4001 too, and 401 from GET /join
        token = sqlite_api.token("candidate", name="ana", session_id=session["session_id"],
                                 ttl=-1)
    else:  # the session is over: 4003
        resp = await sqlite_api.client.post(f"/sessions/{session['session_id']}/finish",
                                            headers=sqlite_api.auth())
        assert resp.status < 300, await resp.text()
    editor = await start_editor(f"http://127.0.0.1:{sqlite_api.client.server.port}/join/{token}")
    refused = await eventually(lambda: editor.shown(line, types.MessageType.Error),
                               what="the refusal")
    uri = editor.open("a.py", "x = 1\n")
    assert await hover(editor, uri, 0) is None  # still answering requests
    assert editor.client._server.returncode is None
    errors = [m.message for m in editor.messages if m.type == types.MessageType.Error]
    assert errors == refused and len(refused) == 1  # said once
    assert "authentication failed" not in refused[0]


async def test_on_connect_the_replayed_conversation_announces_only_what_is_still_open(
        sqlite_api, start_editor):
    """A graded question stays closed, an answered one shows as answered, the open one is
    announced once; an answer given elsewhere turns its diagnostic to answered, silently.
    Each is named by its number in the session, as the companion numbers it (Q3 there is
    "question 3" here), not by its interaction id."""
    from datetime import UTC, datetime

    from server.storage.models import Interaction

    earlier = await sqlite_api.create_session("bo")  # ids 1 to 4 go to another session
    for n in range(4):
        await Interaction.create(session_id=earlier["session_id"], path="x.py", line=1,
                                 question=f"Other {n}?", asked_at=datetime.now(UTC))
    session = await sqlite_api.create_session()
    sid, now = session["session_id"], datetime.now(UTC)
    await Interaction.create(session_id=sid, path="app.py", line=1, question="Why sys?",
                                      asked_at=now, response="stdin.", answered_at=now,
                                      evaluation="Fine.", score=7)
    waiting = await Interaction.create(session_id=sid, path="app.py", line=3,
                                       question="Why a set?", asked_at=now, response="Speed.",
                                       answered_at=now)
    open_ = await Interaction.create(session_id=sid, path="app.py", line=4,
                                     question="Why a loop?", asked_at=now)
    editor, uri = await connected_editor(sqlite_api, session, start_editor)

    def shown_codes() -> dict[Any, str]:
        return {d.code: d.message for d in editor.diagnostics.get(uri) or []}

    await eventually(lambda: set(shown_codes()) == {waiting.id, open_.id},
                     what="the two unevaluated questions' diagnostics")
    assert "answered" in shown_codes()[waiting.id] and "answered" not in shown_codes()[open_.id]
    assert open_.id == 7
    await eventually(lambda: editor.shown("viva question 3 about app.py line 4"),
                     what="the open question, as the companion's Q3")
    shown = await hover(editor, uri, 3)
    assert "**viva question 3**" in shown.contents.value and "question 7" not in shown.contents.value
    await publish(sqlite_api, session, "system_message", {"message": "marker one"})
    await eventually(lambda: editor.shown("marker one"), what="the marker")
    assert not editor.shown("viva question 1 ")
    assert not editor.shown("viva question 2 ")
    assert not editor.shown("scored")

    other = await sqlite_api.ws(session)
    await other.send_json({"type": "response_submitted",
                           "data": {"interaction_id": open_.id, "response": "Each line once."}})
    await eventually(lambda: shown_codes().get(open_.id, "").endswith("evaluation)")
                     or open_.id not in shown_codes(), what="the open question answered")
    await eventually(lambda: editor.shown("answer to question 3 scored"), what="its grade")
    assert len(editor.shown("viva question 3 ")) == 1
    await other.close()
