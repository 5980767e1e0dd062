"""The candidate companion against the real server: each flow a candidate goes through."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from candidate_harness import (
    SentFrames,
    connected,
    invite_for,
    publish,
    text_of,
    wait_for,
    workspace_with,
)
from textual.widgets import Input, TabbedContent

from tui.candidate import CandidateApp
from tui.candidate.session import format_remaining
from tui.candidate.widgets import (
    AnswerBox,
    CardAnswer,
    ChatPanel,
    McqPanel,
    ProctorBanner,
    QuestionCard,
)

SIZE = (100, 32)

SOLUTION = '''\
def top_words(text, n):
    counts = {}
    for word in text.split():
        counts[word] = counts.get(word, 0) + 1
    ranked = sorted(counts.items(), key=lambda p: (-p[1], p[0]))
    return ranked[:n]
'''


def _cards(app: CandidateApp) -> list[QuestionCard]:
    return list(app.query(QuestionCard))


async def test_a_saved_change_brings_a_question_that_typing_answers_and_the_score_shows(
        sqlite_api, tmp_path: Path) -> None:
    """`viva join`: the watcher sends the file, the examiner asks, the answer is graded."""
    session = await sqlite_api.create_session()
    root = workspace_with(tmp_path, {})
    app = CandidateApp(invite_for(sqlite_api, session), workspace=root, watch=True)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        (root / "words.py").write_text(SOLUTION)
        card = (await wait_for(pilot, lambda: _cards(app), what="a question"))[0]
        assert card.asked.path == "words.py" and card.asked.line is not None
        assert app.query_one("#tabs", TabbedContent).active == "questions"
        await wait_for(pilot, lambda: isinstance(app.focused, AnswerBox), what="the answer box's focus")
        assert app.query(".card-code")  # the excerpt, read from the workspace
        await pilot.press(*"It returns an empty list for empty text and sorts ties by word")
        await pilot.press("enter")
        await wait_for(pilot, lambda: card.has_class("-evaluated"), what="the evaluation")
        assert "Score" in text_of(card.query_one(".card-evaluation"))
        assert "empty list" in text_of(card.query_one(".card-answer"))
        await wait_for(pilot, lambda: app.pending_changes.count == 0 and app.status_bar.pending == 0)
    resp = await sqlite_api.client.get(f"/sessions/{session['session_id']}/timeline",
                                       headers=sqlite_api.auth())
    answers = [e for e in (await resp.json())["events"] if e["type"] == "answer"]
    assert answers and answers[0]["response"].startswith("It returns an empty list")
    assert answers[0]["score"] is not None


async def test_a_question_shows_the_code_it_points_at_with_the_line_marked(
        sqlite_api, tmp_path: Path) -> None:
    """The excerpt comes from the workspace file, around the question's line."""
    session = await sqlite_api.create_session()
    root = workspace_with(tmp_path, {"main.py": "".join(f"x{i} = {i}\n" for i in range(1, 21))})
    app = CandidateApp(invite_for(sqlite_api, session), workspace=root)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await publish(sqlite_api, session["session_id"], "question", {
            "interaction_id": 99, "question": "Why x10?", "path": "main.py", "line": 10,
            "skill": "naming"})
        card = (await wait_for(pilot, lambda: _cards(app), what="the question"))[0]
        await wait_for(pilot, lambda: card.query(".card-code"), what="the card's excerpt")
        code = card.query_one(".card-code").content
        assert code.line_range == (7, 13) and code.highlight_lines == {10}
        assert "main.py:10" in text_of(card.query_one(".card-title"))


async def test_multiple_choice_counts_down_and_a_key_sends_the_answer(
        sqlite_api, tmp_path: Path) -> None:
    """Keys 1-4/A-D choose; the countdown runs from time_limit_seconds; progress shows."""
    now = [1000.0]
    session = await sqlite_api.create_session()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path, clock=lambda: now[0])
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        sent = SentFrames(app)
        await publish(sqlite_api, session["session_id"], "question", {
            "question_id": "q1", "node_id": "basics", "question_text": "2 + 2?",
            "options": ["3", "4", "5", "22"], "time_limit_seconds": 30, "question_number": 2,
            "total_questions": 4, "skill_being_tested": "Arithmetic", "difficulty_level": 1})
        mcq = app.query_one(McqPanel)
        await wait_for(pilot, lambda: mcq.display and mcq.question_id == "q1")
        await wait_for(pilot, lambda: app.focused is mcq, what="the options' focus")
        assert not app.query_one(AnswerBox).display
        assert "0:30 left" in text_of(mcq.query_one("#mcq-countdown"))
        assert "Question 2 of 4" in text_of(mcq.query_one("#mcq-heading"))
        assert mcq.query_one("#mcq-progress").percentage == 0.25
        now[0] += 12
        app._tick()
        assert "0:18 left" in text_of(mcq.query_one("#mcq-countdown"))
        await pilot.press("b")
        await wait_for(pilot, lambda: sent.of_type("submit_answer"))
        assert sent.of_type("submit_answer") == [{"question_id": "q1", "selected_option": "B"}]
        await pilot.press("3")  # one answer per question
        assert len(sent.of_type("submit_answer")) == 1
        await publish(sqlite_api, session["session_id"], "answer_feedback", {
            "question_id": "q1", "is_correct": True, "correct_option": "B", "selected_option": "B",
            "explanation": "Two and two make four.", "score_gained": 20, "total_score": 20,
            "time_taken_seconds": 12.0, "progress": {"answered": 2, "total": 4, "percent": 50.0}})
        await wait_for(pilot, lambda: app.query(".note.-feedback"))
        assert "Correct" in text_of(app.query_one(".note.-feedback"))
        assert mcq.query_one("#mcq-progress").percentage == 0.5


async def test_a_multiple_choice_question_closes_when_its_time_runs_out(
        sqlite_api, tmp_path: Path) -> None:
    """At zero the options no longer answer; the server sends the next question."""
    now = [1000.0]
    session = await sqlite_api.create_session()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path, clock=lambda: now[0])
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        sent = SentFrames(app)
        await publish(sqlite_api, session["session_id"], "question", {
            "question_id": "q2", "question_text": "Pick one", "options": ["a", "b", "c", "d"],
            "time_limit_seconds": 5, "question_number": 1, "total_questions": 2})
        mcq = app.query_one(McqPanel)
        await wait_for(pilot, lambda: mcq.question_id == "q2")
        now[0] += 6
        app._tick()
        assert mcq.timed_out
        assert "Time is up" in text_of(mcq.query_one("#mcq-countdown"))
        await pilot.press("a")
        assert sent.of_type("submit_answer") == []
        await publish(sqlite_api, session["session_id"], "question", {
            "question_id": "q3", "question_text": "Next", "options": ["x", "y"],
            "time_limit_seconds": 5, "question_number": 2, "total_questions": 2})
        await wait_for(pilot, lambda: mcq.question_id == "q3" and not mcq.timed_out)
        await pilot.press("2")
        await wait_for(pilot, lambda: sent.of_type("submit_answer"))
        assert sent.of_type("submit_answer")[0]["selected_option"] == "B"


async def test_the_help_chat_answers_and_proctor_words_stand_out(sqlite_api, tmp_path: Path) -> None:
    """A chat question gets the help's reply in the chat; a proctor's message gets a banner."""
    session = await sqlite_api.create_session()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await pilot.press("f3")
        assert isinstance(app.focused, Input) and app.focused.id == "chat-input"
        await pilot.press(*"how do I sort by two keys?", "enter")
        chat = app.query_one(ChatPanel)
        await wait_for(pilot, lambda: chat.waiting == 0, what="the help's reply")
        lines = [text_of(w) for w in chat.query(".chat-line")]
        assert lines[0].startswith("you: how do I sort") and lines[1].startswith("help: ")
        banner = app.query_one(ProctorBanner)
        assert not banner.display
        await publish(sqlite_api, session["session_id"], "system_message", {
            "message": "Ten minutes left.", "timestamp": "now", "from": "proctor"})
        await wait_for(pilot, lambda: banner.display, what="the banner")
        assert "Ten minutes left." in text_of(banner)
        assert len(chat.query(".chat-line")) == 2  # not taken for a chat reply
        await pilot.press("escape")
        assert not banner.display


async def test_the_status_shows_a_dropped_connection_and_its_return(
        sqlite_api, tmp_path: Path) -> None:
    """The server drops every socket: reconnecting, then connected again."""
    from server.keys import HUB

    session = await sqlite_api.create_session()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        # the client knows first; the bar hears it through a posted message
        await wait_for(pilot, lambda: "● connected" in text_of(app.status_bar),
                       what="the bar to show the connection")
        await sqlite_api.client.server.app[HUB].close_all(code=1012, message="restart")
        await wait_for(pilot, lambda: "reconnecting" in text_of(app.status_bar),
                       timeout=5, what="the reconnecting state")
        await wait_for(pilot, lambda: "● connected" in text_of(app.status_bar),
                       what="the connection to come back")


async def test_session_state_and_time_left_come_from_the_server(sqlite_api, tmp_path: Path) -> None:
    """The time left is the server's and counts down; a proctor's pause stops it at once."""
    resp = await sqlite_api.client.post("/sessions/", headers=sqlite_api.auth(), json={
        "assessment": "demo", "candidate": {"name": "ana"}})
    session = await resp.json()
    now = [time.time()]
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path, clock=lambda: now[0])
    desk = await sqlite_api.client.ws_connect(f"/ws/proctor?token={sqlite_api.token('proctor')}")
    ref = {"session_id": session["session_id"]}
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        assert app.info.time_limit_minutes == 15 and app.info.title
        assert 14 * 60 < app.info.remaining(now[0]) <= 15 * 60
        now[0] += 60
        assert 13 * 60 < app.info.remaining(now[0]) <= 14 * 60
        await desk.send_json({"type": "pause_session", "data": ref})
        await wait_for(pilot, lambda: app.state == "paused")
        assert "paused" in text_of(app.status_bar)
        frozen = app.info.remaining(now[0])
        assert 14 * 60 < frozen <= 15 * 60  # the server's figure: one real second went by
        now[0] += 600
        assert app.info.remaining(now[0]) == frozen
        await desk.send_json({"type": "resume_session", "data": ref})
        await wait_for(pilot, lambda: app.state == "active")
        assert app.info.remaining(now[0]) == pytest.approx(frozen, abs=5)
        now[0] += 30
        app._tick()
        assert format_remaining(app.info.remaining(now[0])) in text_of(app.status_bar)
    await desk.close()


async def test_a_time_warning_shows_as_time_and_resets_the_countdown(sqlite_api, tmp_path: Path) -> None:
    """The server's clock warns at five minutes left; the companion says so and counts from it."""
    from datetime import timedelta

    from server.keys import CLOCK
    from server.storage.models import Session

    resp = await sqlite_api.client.post("/sessions/", headers=sqlite_api.auth(), json={
        "assessment": "demo", "candidate": {"name": "ana"}})
    session = await resp.json()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        row = await Session.get(id=session["session_id"])
        await Session.filter(id=row.id).update(started_at=row.started_at - timedelta(seconds=601))
        warned = (await sqlite_api.client.server.app[CLOCK].check()).warned
        assert warned == [(row.id, 5)]
        note = await wait_for(pilot, lambda: list(app.query(".note.-clock")),
                              what="the time warning")
        assert text_of(note[0]) == "Time: 5 minutes left."
        assert text_of(app.query_one(ProctorBanner)) == "Time: 5 minutes left."  # not the proctor's
        assert 280 < app.info.remaining(app.clock()) <= 299
        assert "4:" in text_of(app.status_bar)  # 4:5x left
    # the companion's outbox (its answers) lives beside the watcher's, and outlives a quit
    assert (tmp_path / ".viva" / "tui" / "outbox.db").exists()


async def test_finishing_asks_first_then_waits_for_the_report(sqlite_api, tmp_path: Path) -> None:
    """F10 asks; "n" keeps working; "y" finishes and the report is announced."""
    session = await sqlite_api.create_session()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await pilot.press("f10")
        await wait_for(pilot, lambda: app.screen.id != "_default" and
                       app.screen.query("#finish-dialog"))
        await pilot.press("n")
        await wait_for(pilot, lambda: not app.screen.query("#finish-dialog"))
        assert app.state == "active"
        await pilot.press("f10")
        await wait_for(pilot, lambda: app.screen.query("#finish-dialog"))
        await pilot.press("y")
        await wait_for(pilot, lambda: app.status_bar.note == "report ready", timeout=30,
                       what="report_ready")
        assert app.state == "completed" and app.query_one(AnswerBox).disabled
        assert app.query_one(AnswerBox).placeholder == "Nothing more can be answered here"
    resp = await sqlite_api.client.get(f"/sessions/{session['session_id']}/report/",
                                       headers=sqlite_api.auth())
    assert resp.status == 200


async def test_a_proctors_report_during_the_session_does_not_end_it(
        sqlite_api, tmp_path: Path) -> None:
    """`report_ready` alone is not the end: the answer box and F10 stay, until `session_state`."""
    session = await sqlite_api.create_session()
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        resp = await sqlite_api.client.post(f"/sessions/{session['session_id']}/generate-report",
                                            headers=sqlite_api.auth())
        assert resp.status in (200, 201), await resp.text()
        await publish(sqlite_api, session["session_id"], "system_message", {"message": "after"})
        await wait_for(pilot, lambda: app.query(".note.-proctor"), what="the next message")
        assert app.state == "active" and app.status_bar.note != "report ready"
        assert not app.query_one(AnswerBox).disabled
        assert app.check_action("finish", ()) is True
        await pilot.press("f10")
        await wait_for(pilot, lambda: app.screen.query("#finish-dialog"), what="F10's question")
        await pilot.press("n")
        await publish(sqlite_api, session["session_id"], "session_state", {"status": "completed"})
        await publish(sqlite_api, session["session_id"], "report_ready",
                      {"session_id": session["session_id"]})
        await wait_for(pilot, lambda: app.status_bar.note == "report ready", what="the end")
        assert app.state == "completed" and app.query_one(AnswerBox).disabled


async def test_a_companion_that_joins_later_shows_the_whole_conversation_and_keeps_in_step(
        sqlite_api, tmp_path: Path) -> None:
    """Questions asked before it opened, their answers and grades, numbered as elsewhere;
    an answer typed in another companion shows here as answered, then graded."""
    from datetime import UTC, datetime

    from server.storage.models import Interaction

    session = await sqlite_api.create_session()
    sid, now = session["session_id"], datetime.now(UTC)
    await Interaction.create(session_id=sid, path="a.py", line=1, question="Why a dict?",
                             asked_at=now, response="Lookups are O(1).", answered_at=now,
                             evaluation="Right: constant-time lookups.", score=8)
    await Interaction.create(session_id=sid, path="a.py", line=5, question="Why sort?",
                             asked_at=now, response="For ties.", answered_at=now)
    third = await Interaction.create(session_id=sid, path="b.py", line=2,
                                     question="Why a set?", asked_at=now)
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: len(app.query(".card-title")) == 3, what="three questions")
        cards = _cards(app)
        assert [c.number for c in cards] == [1, 2, 3]
        assert [text_of(c.query_one(".card-title")).split()[0] for c in cards] == ["Q1", "Q2", "Q3"]
        assert "Lookups are O(1)." in text_of(cards[0].query_one(".card-answer"))
        assert "Score 8/10" in text_of(cards[0].query_one(".card-evaluation"))
        assert cards[1].answered and "For ties." in text_of(cards[1].query_one(".card-answer"))
        assert not cards[2].answered and app.questions.answer_box.target is cards[2]
        assert "Q3" in app.questions.answer_box.placeholder
        other = await sqlite_api.ws(session)  # another companion answers Q3
        await other.send_json({"type": "response_submitted",
                               "data": {"interaction_id": third.id, "response": "Membership."}})
        await wait_for(pilot, lambda: cards[2].answered, what="Q3 shown answered")
        assert "Membership." in text_of(cards[2].query_one(".card-answer"))
        await wait_for(pilot, lambda: cards[2].has_class("-evaluated"), what="Q3's grade")
        assert len(_cards(app)) == 3 and app.questions.answer_box.target is not cards[2]
        await other.close()
        # a reconnect replays the conversation again: the same three cards, nothing doubled
        from server.keys import HUB

        await sqlite_api.client.server.app[HUB].close_all(code=1012, message="restart")
        await wait_for(pilot, lambda: not app.client.status.connected, timeout=5)
        await connected(pilot, app)
        await publish(sqlite_api, sid, "system_message", {"message": "after the replay"})
        await wait_for(pilot, lambda: app.query(".note.-proctor"), what="the next message")
        assert [c.number for c in _cards(app)] == [1, 2, 3]
        assert cards[2].has_class("-evaluated")


async def test_an_answer_shown_as_queued_is_shown_as_taken_once_the_server_has_it(
        sqlite_api, tmp_path: Path) -> None:
    """The server's word that the answer was taken clears "(queued until reconnected)"."""
    from datetime import UTC, datetime

    from server.storage.models import Interaction

    session = await sqlite_api.create_session()
    row = await Interaction.create(session_id=session["session_id"], path="b.py", line=2,
                                   question="Why a set?", asked_at=datetime.now(UTC))
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: app.query(".card-answer"), what="the question")
        card = _cards(app)[0]
        card.answer = CardAnswer("Membership.", queued=True)  # as typed while the network was down
        assert "queued" in text_of(card.query_one(".card-answer"))
        other = await sqlite_api.ws(session)  # the outbox's resend, as the server sees it
        await other.send_json({"type": "response_submitted",
                               "data": {"interaction_id": row.id, "response": "Membership."}})
        await wait_for(pilot, lambda: "queued" not in text_of(card.query_one(".card-answer")),
                       what="the answer shown as taken")
        assert "Membership." in text_of(card.query_one(".card-answer"))
        await other.close()


async def test_a_grade_that_overtakes_its_question_lands_on_the_one_card_of_that_question(
        sqlite_api, tmp_path: Path) -> None:
    """A companion connecting while an answer is graded may get the live evaluation_result
    before the replay's question: one card, the question's own text and number, the answer
    and the score on it, and typing goes to the question still open."""
    from datetime import UTC, datetime

    from server.storage.models import Interaction

    session = await sqlite_api.create_session()
    sid, now = session["session_id"], datetime.now(UTC)
    first = await Interaction.create(session_id=sid, path="a.py", line=1, question="Why a dict?",
                                     asked_at=now)
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        await wait_for(pilot, lambda: _cards(app), what="the open question")
        second = await Interaction.create(session_id=sid, path="b.py", line=4, question="Why sort?",
                                          asked_at=now, response="For ties.", answered_at=now,
                                          evaluation="Right.", score=8)
        await publish(sqlite_api, sid, "evaluation_result", {  # the live grade: no number
            "interaction_id": second.id, "evaluation": "Right.", "score": 8})
        await publish(sqlite_api, sid, "question", {  # the replay's copy, after it
            "interaction_id": second.id, "question": "Why sort?", "path": "b.py", "line": 4,
            "skill": "algorithms", "number": 2, "response": "For ties.", "replayed": True})
        await wait_for(pilot, lambda: len(_cards(app)) == 2 and not _cards(app)[1].unseen,
                       what="the question on its card")
        await pilot.pause()
        card = _cards(app)[1]
        assert card.number == 2 and "Q2  b.py:4" in text_of(card.query_one(".card-title"))
        assert text_of(card.query_one(".card-question")) == "Why sort?"
        assert "For ties." in text_of(card.query_one(".card-answer"))
        assert "Score 8/10" in text_of(card.query_one(".card-evaluation"))
        assert app.questions.answer_box.target is _cards(app)[0]
        assert _cards(app)[0].interaction_id == first.id


async def test_a_question_published_during_the_replay_keeps_its_place_among_the_others(
        sqlite_api, tmp_path: Path) -> None:
    """A live question (Q3) that reaches a new companion before the replay of Q1 and Q2 is
    shown after them, as numbered."""
    session = await sqlite_api.create_session()
    sid = session["session_id"]
    app = CandidateApp(invite_for(sqlite_api, session), workspace=tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await connected(pilot, app)
        for n, iid in ((3, 903), (1, 901), (2, 902)):
            await publish(sqlite_api, sid, "question", {
                "interaction_id": iid, "question": f"Why {n}?", "path": "a.py", "line": n,
                "skill": "s", "number": n, "replayed": n != 3})
        await wait_for(pilot, lambda: len(_cards(app)) == 3, what="three questions")
        await pilot.pause()
        assert [c.number for c in _cards(app)] == [1, 2, 3]
        assert [text_of(c.query_one(".card-question")) for c in _cards(app)] == [
            "Why 1?", "Why 2?", "Why 3?"]
