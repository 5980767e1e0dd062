"""/ws/assessment: the whole multiple-choice flow, its clocks, resumption, pauses and refusals."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from server.keys import MCQ
from server.packs.mcq import GRACE_SECONDS
from server.storage.models import Session
from server.ws import assessment as ws_assessment
from tests.conftest import Api, make_settings
from tests.support.assessments import (
    ANSWERS,
    DIFFICULTY,
    answer,
    closed_with,
    load_pack,
    open_assessment,
    recv,
    send,
    short_pack,
    start,
    wrong,
)
from tests.support.clock import ManualClock


@pytest.fixture
async def timed(aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> tuple[Api, ManualClock]:
    """The real app on SQLite, its time a clock the test moves."""
    from server.app import create_app

    clock = ManualClock()
    settings = make_settings(sqlite_url, tmp_path)
    client = await aiohttp_client(create_app(settings, connection="sqlite", announce=False, now=clock))
    return Api(client, settings), clock


def later(api: Api, clock: ManualClock, session_id: int, seconds: float) -> None:
    """Move the time on and wake the session's clock to look at it."""
    clock.advance(seconds)
    api.client.server.app[MCQ].poke(session_id)


async def answer_key(api: Api, slug: str) -> dict[str, str]:
    """Question id -> correct letter, read as admin over REST."""
    body = await (await api.client.get(f"/assessments/{slug}", headers=api.auth())).json()
    return {q["id"]: "ABCDEFGH"[q["answer"]] for q in body["pack"]["mcq"]["questions"]}


async def test_the_shipped_backend_assessment_runs_to_completion_with_results(api: Api) -> None:
    key = await answer_key(api, "backend-mcq")
    ws = await open_assessment(api, "backend-mcq")
    auth = await recv(ws, "auth_success")
    started, question = await start(ws, "backend-mcq")
    assert started["test_name"] and started["total_questions"] == 20
    assert started["time_limit_minutes"] == 40 and auth["data"]["session_id"] == started["session_id"]
    assert set(question) >= {"question_id", "node_id", "question_text", "options", "time_limit_seconds",
                             "question_number", "total_questions", "skill_being_tested",
                             "difficulty_level"}
    for number in range(1, 21):
        assert question["question_number"] == number
        feedback = await answer(ws, question["question_id"], key[question["question_id"]])
        assert feedback["is_correct"] and feedback["explanation"]
        assert feedback["progress"]["answered"] == number
        progress = await recv(ws, "progress_update")
        assert progress["data"]["answered"] == number
        if number < 20:
            question = (await recv(ws, "question"))["data"]
    done = (await recv(ws, "assessment_completed"))["data"]
    assert done["results"]["correct"] == 20 and done["results"]["percent"] == 100.0
    assert done["next_steps"] and done["message"]
    assert (await recv(ws, "session_state"))["data"]["status"] == "completed"
    await ws.close()


async def test_difficulty_rises_after_a_right_answer_and_falls_after_a_wrong_one(sqlite_api: Api) -> None:
    api = sqlite_api
    await load_pack(api, short_pack())
    ws = await open_assessment(api, "short")
    _, q = await start(ws, "short")
    levels = [q["difficulty_level"]]
    for right in (True, True, False):
        qid = q["question_id"]
        feedback = await answer(ws, qid, ANSWERS[qid] if right else wrong(ANSWERS[qid]))
        assert feedback["is_correct"] is right
        q = (await recv(ws, "question"))["data"]
        levels.append(q["difficulty_level"])
    assert levels[1] > levels[0] and levels[2] > levels[1] and levels[3] < levels[2]
    assert levels == [DIFFICULTY["q1"], DIFFICULTY["q2"], DIFFICULTY["q3"], 1]
    await ws.close()


async def test_a_question_that_times_out_counts_as_unanswered_and_the_next_is_pushed(
        timed: tuple[Api, ManualClock]) -> None:
    api, clock = timed
    await load_pack(api, short_pack(seconds=1))
    ws = await open_assessment(api, "short")
    started, first = await start(ws, "short")
    later(api, clock, started["session_id"], 1 + GRACE_SECONDS + 0.1)
    notice = await recv(ws, "system_message", timeout=4)
    assert "unanswered" in notice["data"]["message"]
    progress = (await recv(ws, "progress_update"))["data"]
    assert progress["answered"] == 1
    second = (await recv(ws, "question"))["data"]
    assert second["question_id"] != first["question_id"] and second["question_number"] == 2
    await ws.close()


async def test_a_late_answer_gets_question_expired(timed: tuple[Api, ManualClock]) -> None:
    api, clock = timed
    await load_pack(api, short_pack(seconds=1))
    ws = await open_assessment(api, "short")
    _, first = await start(ws, "short")
    clock.advance(2.2)
    await ws.send_json(send("submit_answer", question_id=first["question_id"],
                            selected_option=ANSWERS[first["question_id"]]))
    error = (await recv(ws, "error"))["data"]
    assert error["code"] == "question_expired"
    assert "too late" in error["error"] and "not counted" in error["error"]
    await ws.close()


async def test_the_overall_time_limit_ends_the_assessment(timed: tuple[Api, ManualClock]) -> None:
    api, clock = timed
    await load_pack(api, short_pack(seconds=60, minutes=1))
    ws = await open_assessment(api, "short")
    started, first = await start(ws, "short")
    await answer(ws, first["question_id"], ANSWERS[first["question_id"]])
    await recv(ws, "question")
    await ws.close()
    # The candidate was away until the last second of the assessment's time.
    session = await Session.get(id=started["session_id"])
    soon = (clock() + timedelta(seconds=0.5)).isoformat()
    session.mcq_state = {**session.mcq_state, "deadline": soon, "current_deadline": soon}
    await session.save(update_fields=["mcq_state"])
    ws = await open_assessment(api, "short")
    await recv(ws, "auth_success")
    later(api, clock, started["session_id"], 0.5 + GRACE_SECONDS + 0.1)
    done = (await recv(ws, "assessment_completed", timeout=4))["data"]
    assert done["results"]["completion_reason"] == "time_up"
    assert done["results"]["correct"] == 1 and done["results"]["unanswered"] == 1
    assert done["message"].startswith("Time is up")
    await ws.close()


async def test_a_reconnect_from_another_device_resumes_the_same_question_with_less_time(
        timed: tuple[Api, ManualClock]) -> None:
    api, clock = timed
    await load_pack(api, short_pack(seconds=30))
    ws = await open_assessment(api, "short")
    _, q1 = await start(ws, "short")
    await answer(ws, q1["question_id"], ANSWERS[q1["question_id"]])
    q2 = (await recv(ws, "question"))["data"]
    await ws.close()
    clock.advance(1.1)
    other_device = api.token("proctor", name="taker")
    ws = await open_assessment(api, "short", token=other_device)
    started, again = await start(ws, "short")
    assert started["resumed"] is True and started["answered"] == 1
    assert again["question_id"] == q2["question_id"] and again["question_number"] == 2
    assert again["time_limit_seconds"] < q2["time_limit_seconds"]
    await ws.send_json(send("get_question"))
    assert (await recv(ws, "question"))["data"]["question_id"] == q2["question_id"]
    await ws.close()


async def test_a_proctor_pause_freezes_the_clock_until_resume(timed: tuple[Api, ManualClock]) -> None:
    api, clock = timed
    await load_pack(api, short_pack(seconds=2))
    ws = await open_assessment(api, "short")
    started, q1 = await start(ws, "short")
    sid = started["session_id"]
    proctor = await api.client.ws_connect(f"/ws/proctor?token={api.token('proctor')}")
    await proctor.send_json(send("pause_session", session_id=sid))
    assert (await recv(ws, "session_state"))["data"]["status"] == "paused"
    later(api, clock, sid, 3.5)  # longer than the question's two seconds plus grace
    await ws.send_json(send("get_question"))
    frozen = (await recv(ws, "question"))["data"]
    assert frozen["question_id"] == q1["question_id"] and frozen["time_limit_seconds"] >= 1
    await ws.send_json(send("submit_answer", question_id=q1["question_id"], selected_option="A"))
    assert (await recv(ws, "error"))["data"]["code"] == "assessment_paused"
    await proctor.send_json(send("resume_session", session_id=sid))
    assert (await recv(ws, "session_state"))["data"]["status"] == "resumed"
    feedback = await answer(ws, q1["question_id"], ANSWERS[q1["question_id"]])
    assert feedback["is_correct"] and feedback["time_taken_seconds"] < 2
    await proctor.close()
    await ws.close()


async def test_outside_the_availability_window_the_socket_closes_with_4003(sqlite_api: Api) -> None:
    api = sqlite_api
    past = (datetime.now(UTC) - timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    future = (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    await load_pack(api, short_pack("closed", window=f'available_until = "{past}"'))
    await load_pack(api, short_pack("later", window=f'available_from = "{future}"'))
    for slug, words in (("closed", "closed at"), ("later", "opens at")):
        ws = await open_assessment(api, slug)
        code, reason = await closed_with(ws)
        assert code == 4003 and "window" in reason and words in reason


async def test_a_completed_assessment_refuses_a_reconnect_with_4003(sqlite_api: Api) -> None:
    api = sqlite_api
    await load_pack(api, short_pack())
    ws = await open_assessment(api, "short")
    _, q = await start(ws, "short")
    for number in range(5):
        await answer(ws, q["question_id"], ANSWERS[q["question_id"]])
        if number < 4:
            q = (await recv(ws, "question"))["data"]
    await recv(ws, "assessment_completed")
    await ws.close()
    ws = await open_assessment(api, "short")
    code, reason = await closed_with(ws)
    assert code == 4003 and "completed" in reason


async def test_a_candidate_token_takes_the_assessment_in_its_own_session(sqlite_api: Api) -> None:
    api = sqlite_api
    await load_pack(api, short_pack())
    invite = await api.create_session("cleo", assessment="short")
    ws = await open_assessment(api, "short", token=invite["candidate_token"])
    assert (await recv(ws, "auth_success"))["data"]["session_id"] == invite["session_id"]
    started, _ = await start(ws, "short")
    assert started["session_id"] == invite["session_id"]
    await ws.close()


async def test_the_mcq_messages_also_work_on_the_candidate_channel(sqlite_api: Api) -> None:
    api = sqlite_api
    await load_pack(api, short_pack(task=True))
    invite = await api.create_session("dan", assessment="short")
    ws = await api.ws(invite)
    await recv(ws, "auth_success")
    await ws.send_json(send("get_question"))
    assert (await recv(ws, "error"))["data"]["code"] == "not_started"
    _, q = await start(ws, "short")
    feedback = await answer(ws, q["question_id"], ANSWERS[q["question_id"]])
    assert feedback["is_correct"]
    await recv(ws, "progress_update")
    assert (await recv(ws, "question"))["data"]["question_number"] == 2
    await ws.close()


async def test_every_device_of_the_session_sees_the_feedback_and_next_question(sqlite_api: Api) -> None:
    api = sqlite_api
    await load_pack(api, short_pack())
    one = await open_assessment(api, "short")
    _, q = await start(one, "short")
    two = await open_assessment(api, "short")
    await recv(two, "auth_success")
    await answer(one, q["question_id"], ANSWERS[q["question_id"]])
    assert (await recv(two, "answer_feedback"))["data"]["question_id"] == q["question_id"]
    nxt = (await recv(two, "question"))["data"]
    assert nxt["question_id"] == (await recv(one, "question"))["data"]["question_id"]
    await one.close()
    await two.close()


async def test_bad_frames_get_errors_and_ten_in_a_row_close_with_4004(sqlite_api: Api) -> None:
    api = sqlite_api
    ws = await open_assessment(api, "backend-mcq")
    await recv(ws, "auth_success")
    await ws.send_str("not json")
    assert (await recv(ws, "error"))["data"]["code"] == "invalid_json"
    await ws.send_json(send("submit_answer", question_id="x"))
    assert (await recv(ws, "error"))["data"]["code"] == "missing_field"
    await ws.send_json(send("heartbeat"))
    assert (await recv(ws, "heartbeat_ack"))["data"]["timestamp"]
    for _ in range(10):
        await ws.send_bytes(b"\x00")
    code, reason = await closed_with(ws)
    assert code == 4004 and "invalid" in reason


async def test_no_token_or_unknown_test_closes_the_socket(sqlite_api: Api) -> None:
    api = sqlite_api
    ws = await api.client.ws_connect("/ws/assessment?test_id=backend-mcq")
    assert (await closed_with(ws))[0] == 4001
    ws = await api.client.ws_connect("/ws/assessment?test_id=backend-mcq&token=forged")
    assert (await closed_with(ws))[0] == 4001
    ws = await open_assessment(api, "no-such-test")
    code, reason = await closed_with(ws)
    assert code == 4004 and "no-such-test" in reason


async def test_a_test_id_may_come_with_start_assessment_and_be_a_numeric_id(sqlite_api: Api) -> None:
    api = sqlite_api
    summary = await load_pack(api, short_pack())
    token = api.token("proctor", name="late-binder")
    ws = await api.client.ws_connect(f"/ws/assessment?token={token}")
    assert (await recv(ws, "auth_success"))["data"]["session_id"] is None
    await ws.send_json(send("get_question"))
    assert (await recv(ws, "error"))["data"]["code"] == "not_started"
    started, _ = await start(ws, str(summary["id"]))
    assert started["test_name"] == "Short test short"
    await ws.close()


async def test_an_idle_connection_is_closed(sqlite_api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ws_assessment, "IDLE_SECONDS", 0.3)
    ws = await open_assessment(sqlite_api, "backend-mcq")
    await recv(ws, "auth_success")
    code, reason = await closed_with(ws)
    assert code == 1000 and reason == "idle"


def _option_texts(question: dict[str, Any]) -> list[str]:
    return [text.lower() for text in question["options"]]


async def test_the_help_chat_explains_but_never_gives_the_current_answer(sqlite_api: Api) -> None:
    api = sqlite_api
    await load_pack(api, short_pack())
    ws = await open_assessment(api, "short", name="asker")
    _, q = await start(ws, "short")
    chat = await api.client.ws_connect(f"/ws/chat?token={api.token('proctor', name='asker')}")
    await recv(chat, "auth_success")
    right = q["options"]["ABCD".index(ANSWERS[q["question_id"]])]
    asks = ["what is the answer?", "is it B?", f"is it {right}?", "which option is correct",
            "what is idempotency?", "how long do I have?"]
    for text in asks:
        await chat.send_json(send("chat_message", message=text))
        reply = (await recv(chat, "system_message"))["data"]["message"].lower()
        assert reply and not any(option in reply for option in _option_texts(q)), (text, reply)
    await chat.send_json(send("get_question"))
    assert (await recv(chat, "error"))["data"]["code"] == "unsupported_type"
    await chat.close()
    await ws.send_json(send("chat_message", message="just tell me the answer"))
    reply = (await recv(ws, "system_message"))["data"]["message"].lower()
    assert "can't" in reply and not any(option in reply for option in _option_texts(q))
    await ws.close()


async def test_the_candidate_channel_refuses_a_start_outside_the_window(sqlite_api: Api) -> None:
    api = sqlite_api
    past = (datetime.now(UTC) - timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    await load_pack(api, short_pack("gone", task=True, window=f'available_until = "{past}"'))
    invite = await api.create_session("eve", assessment="gone")
    ws = await api.ws(invite)
    await recv(ws, "auth_success")
    await ws.send_json(send("start_assessment", test_id="gone"))
    error = (await recv(ws, "error"))["data"]
    assert error["code"] == "outside_window" and "closed at" in error["error"]
    await ws.send_json(send("start_assessment", test_id="backend-mcq"))
    assert (await recv(ws, "error"))["data"]["code"] == "wrong_test"
    await ws.close()


async def test_an_answer_racing_another_server_s_save_is_applied_once_on_fresh_state(
        api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another server saves the run between this step's read and its save: the save changes
    nothing, the step runs again on the fresh state, and the candidate hears one feedback."""
    from server.mcq.runs import McqRuns

    await load_pack(api, short_pack())
    ws = await open_assessment(api, "short")
    started, q = await start(ws, "short")
    sid = started["session_id"]
    real_save = McqRuns._save
    raced: list[int] = []

    async def save_just_after_another_server(self: McqRuns, run: Any) -> None:
        if not raced:  # another server's step commits between our read and our save
            raced.append(run.rev)
            await Session.filter(id=sid).update(mcq_rev=run.rev + 1)
        await real_save(self, run)

    monkeypatch.setattr(McqRuns, "_save", save_just_after_another_server)
    feedback = await answer(ws, q["question_id"], ANSWERS[q["question_id"]])
    assert feedback["is_correct"] and feedback["progress"]["answered"] == 1
    await recv(ws, "question")
    assert not [m for m in await _pending(ws) if m.get("type") == "answer_feedback"]
    row = await Session.get(id=sid)
    assert raced and row.mcq_rev == raced[0] + 2  # theirs, then ours, once
    assert len(row.mcq_state["answered"]) == 1
    await ws.close()


async def _pending(ws: Any) -> list[dict[str, Any]]:
    """Frames already waiting on the socket."""
    frames = []
    while True:
        try:
            frames.append(await recv(ws, timeout=0.3))
        except TimeoutError:
            return frames
