"""The examiner in the live server: questions after changes, answers, help, restarts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import Api
from tests.support.examining import (
    INJECTION,
    LOAD,
    PAIRS,
    REAL_ANSWER,
    answer_question,
    connect,
    proctor_event,
    questions,
    recv,
    send_code,
    service,
    settle,
    start_app,
    update,
)


async def ask_pairs(api: Api, ws: Any) -> dict[str, Any]:
    """Send PAIRS and return the question it triggers."""
    await ws.send_json(update("main.py", 1, PAIRS))
    return (await recv(ws, "question"))["data"]


async def test_a_change_over_the_threshold_asks_every_connection_and_tells_proctors(
        exam: Api) -> None:
    """Both candidate sockets get the same grounded question; the proctor feed sees it."""
    s = await exam.create_session()
    watcher, tui = await connect(exam, s), await connect(exam, s)
    proctor = await exam.client.ws_connect(f"/ws/proctor?token={exam.token('proctor')}")
    await recv(proctor, "sessions_snapshot")
    await watcher.send_json(update("main.py", 1, PAIRS))
    first, second = (await recv(watcher, "question"))["data"], (await recv(tui, "question"))["data"]
    assert first == second
    assert set(first) == {"interaction_id", "question", "path", "line", "skill", "number"}
    assert first["number"] == 1  # every companion numbers it alike
    assert first["path"] == "main.py" and 1 <= first["line"] <= 7
    assert "`pairs`" in first["question"] and "main.py" in first["question"]
    event = await proctor_event(proctor, "question")
    assert event["session_id"] == s["session_id"]
    assert event["event"]["data"]["interaction_id"] == first["interaction_id"]
    for ws in (watcher, tui, proctor):
        await ws.close()


async def test_a_small_change_after_an_answer_waits_for_the_cooldown(
        aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> None:
    """With a 60 s cooldown, a second big change right after an answer asks nothing."""
    api = await start_app(aiohttp_client, sqlite_url, tmp_path, MIN_TIME_BETWEEN_INTERACTIONS=60)
    s = await api.create_session()
    ws = await connect(api, s)
    q = await ask_pairs(api, ws)
    await answer_question(ws, q["interaction_id"])
    await send_code(api, ws, "main.py", 2, PAIRS + LOAD)
    assert len(await questions(api, s["session_id"])) == 1
    await ws.close()


async def test_small_edits_do_not_add_up_past_the_last_question_one_at_a_time(
        exam_lite: Api) -> None:
    """Lines are counted against the workspace at the last question, not the previous update."""
    api = exam_lite
    s = await api.create_session()
    ws = await connect(api, s)
    q = await ask_pairs(api, ws)
    await answer_question(ws, q["interaction_id"])
    grown = PAIRS + "\n# one\n"
    await send_code(api, ws, "main.py", 2, grown)  # 2 lines since the question: below 3
    assert len(await questions(api, s["session_id"])) == 1
    await send_code(api, ws, "main.py", 3, grown + LOAD)  # now well past it
    assert len(await questions(api, s["session_id"])) == 2
    await ws.close()


async def test_an_open_question_holds_back_the_next_until_it_is_answered(exam: Api) -> None:
    """max_open_questions (default 1): no second question while the first is unanswered."""
    s = await exam.create_session()
    ws = await connect(exam, s)
    q = await ask_pairs(exam, ws)
    await send_code(exam, ws, "main.py", 2, PAIRS + LOAD)
    assert len(await questions(exam, s["session_id"])) == 1
    await answer_question(ws, q["interaction_id"])
    await ws.send_json(update("main.py", 3, PAIRS + LOAD + "\n\ndef unused():\n    return 1\n"))
    second = (await recv(ws, "question"))["data"]
    assert second["interaction_id"] != q["interaction_id"]
    assert second["question"] != q["question"]
    await ws.close()


async def test_a_pack_can_allow_more_open_questions_and_starter_code_is_not_a_change(
        exam_lite: Api) -> None:
    """The pack's [examiner] overrides apply; its starter files are the baseline."""
    from server.storage.models import Assessment

    api = exam_lite
    await Assessment.create(slug="two-open", title="Two open", time_limit_minutes=30, pack={
        "slug": "two-open", "title": "Two open", "time_limit_minutes": 30,
        "task": {"description": "Write code.", "files": {"main.py": PAIRS}},
        "examiner": {"min_code_change_lines": 3, "max_open_questions": 2}})
    s = await api.create_session(assessment="two-open")
    ws = await connect(api, s)
    await send_code(api, ws, "main.py", 1, PAIRS)  # the starter file, unchanged
    assert await questions(api, s["session_id"]) == []
    await ws.send_json(update("main.py", 2, PAIRS + LOAD))
    await recv(ws, "question")
    await ws.send_json(update("main.py", 3, PAIRS + LOAD + "\n\ndef more(x):\n    return x * 2\n"))
    await recv(ws, "question")
    await settle(api)
    assert len(await questions(api, s["session_id"])) == 2
    await ws.close()


async def test_no_questions_while_the_session_is_paused(exam_lite: Api) -> None:
    """A paused session is asked nothing; after resuming, the next change asks."""
    api = exam_lite
    s = await api.create_session()
    ws = await connect(api, s)
    proctor = await api.client.ws_connect(f"/ws/proctor?token={api.token('proctor')}")
    await proctor.send_json({"type": "pause_session", "data": {"session_id": s["session_id"]}})
    await recv(ws, "session_state")
    await send_code(api, ws, "main.py", 1, PAIRS)
    assert await questions(api, s["session_id"]) == []
    await proctor.send_json({"type": "resume_session", "data": {"session_id": s["session_id"]}})
    await recv(ws, "session_state")
    await ws.send_json(update("main.py", 2, PAIRS + LOAD))
    assert "`" in (await recv(ws, "question"))["data"]["question"]
    await ws.close()
    await proctor.close()


async def test_the_legacy_flat_client_gets_flat_questions_and_evaluations(exam: Api) -> None:
    """`{"message_type": "code_update", "code": ...}` gets a flat question and a flat grade."""
    s = await exam.create_session()
    ws = await connect(exam, s)
    await ws.send_json({"message_type": "code_update", "code": PAIRS})
    question = await recv(ws, "question")
    assert question["message_type"] == "question" and "type" not in question
    assert "`pairs`" in question["question"]
    await ws.send_json({"message_type": "response_submitted",
                        "interaction_id": question["interaction_id"], "response": REAL_ANSWER})
    # the next frame: not the answered question again (a flat client has no use for it)
    result = json.loads((await ws.receive(timeout=10)).data)
    assert result["message_type"] == "evaluation_result"
    assert result["interaction_id"] == question["interaction_id"] and 0 <= result["score"] <= 10
    await ws.close()


async def test_an_answer_is_graded_for_every_connection_and_a_bluff_earns_less(
        exam: Api) -> None:
    """evaluation_result reaches both sockets; a real answer beats an injection by far."""
    scores = {}
    for name, answer in (("real", REAL_ANSWER), ("bluff", INJECTION)):
        s = await exam.create_session(name)
        ws, tui = await connect(exam, s), await connect(exam, s)
        q = await ask_pairs(exam, ws)
        await tui.send_json({"type": "response_submitted",
                             "data": {"interaction_id": q["interaction_id"], "response": answer}})
        mine, theirs = await recv(tui, "evaluation_result"), await recv(ws, "evaluation_result")
        assert mine == theirs and mine["data"]["interaction_id"] == q["interaction_id"]
        assert 0 <= mine["data"]["score"] <= 10 and mine["data"]["evaluation"]
        scores[name] = mine["data"]["score"]
        await ws.close()
        await tui.close()
    assert scores["bluff"] == 0
    assert scores["real"] >= scores["bluff"] + 5


async def test_unknown_duplicate_and_foreign_answers_are_refused(exam_lite: Api) -> None:
    """Each refusal is an error with its code, and the socket stays open."""
    api = exam_lite
    other = await api.create_session("bo")
    other_ws = await connect(api, other)
    foreign = await ask_pairs(api, other_ws)
    s = await api.create_session("ana")
    ws = await connect(api, s)
    q = await ask_pairs(api, ws)

    async def answer(interaction_id: Any) -> dict[str, Any]:
        await ws.send_json({"type": "response_submitted",
                            "data": {"interaction_id": interaction_id, "response": REAL_ANSWER}})
        return await recv(ws, "error")

    assert (await answer(987654))["data"]["code"] == "unknown_interaction"
    assert (await answer("not-a-number"))["data"]["code"] == "unknown_interaction"
    assert (await answer(foreign["interaction_id"]))["data"]["code"] == "forbidden_interaction"
    graded = await answer_question(ws, q["interaction_id"])
    # the same answer again (a client resending after a reconnect): the same grade again
    assert await answer_question(ws, q["interaction_id"]) == graded
    await ws.send_json({"type": "response_submitted", "data": {
        "interaction_id": q["interaction_id"], "response": "a second thought"}})
    refused = (await recv(ws, "error"))["data"]
    assert refused["code"] == "already_answered"
    assert refused["interaction_id"] == q["interaction_id"]
    await ws.send_json({"type": "heartbeat"})
    await recv(ws, "heartbeat_ack")
    for sock in (ws, other_ws):
        await sock.close()


async def test_help_chat_explains_without_giving_the_open_questions_answer(
        exam_lite: Api) -> None:
    """chat_message gets a system_message that names none of the expected answer."""
    api = exam_lite
    s = await api.create_session()
    ws = await connect(api, s)
    await ask_pairs(api, ws)
    for text in ("what is the answer to this question?", "what is the time complexity here?"):
        await ws.send_json({"type": "chat_message", "data": {"message": text}})
        reply = (await recv(ws, "system_message"))["data"]
        assert reply["message"] and reply["timestamp"]
        lowered = reply["message"].lower()
        assert "n^2" not in lowered and "n²" not in lowered and "quadratic" not in lowered
    await ws.close()


async def test_after_a_restart_the_snapshot_is_rebuilt_from_the_database(
        aiohttp_client: Any, db_url: str, tmp_path: Path) -> None:
    """A restarted server measures against the workspace at the last question, not from empty."""
    exam = await start_app(aiohttp_client, db_url, tmp_path)
    s = await exam.create_session()
    ws = await connect(exam, s)
    q = await ask_pairs(exam, ws)
    await answer_question(ws, q["interaction_id"])
    await ws.close()
    await exam.client.close()  # the server stops, and starts again on the same database
    exam = await start_app(aiohttp_client, db_url, tmp_path)
    ws = await connect(exam, s)
    await send_code(exam, ws, "main.py", 2, PAIRS + "# note\n")  # 1 line since the question
    assert len(await questions(exam, s["session_id"])) == 1
    await ws.send_json(update("main.py", 3, PAIRS + LOAD))
    second = (await recv(ws, "question"))["data"]
    while second.get("replayed"):  # the conversation so far comes first on a new connection
        second = (await recv(ws, "question"))["data"]
    assert second["question"] != q["question"]
    await ws.close()


async def test_chat_memory_lives_in_redis_when_configured(
        aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> None:
    """With REDIS_URL the service keeps questions, answers and chat on the real Redis."""
    import asyncio

    from server.examiner import RedisChatMemory
    from tests.conftest import REDIS_URL, need_redis

    need_redis()
    api = await start_app(aiohttp_client, sqlite_url, tmp_path, REDIS_URL=REDIS_URL)
    examiner = service(api)
    assert isinstance(examiner.memory, RedisChatMemory)
    from server.keys import BUS, REDIS

    bus = api.client.app[BUS]
    for _ in range(100):
        if bus.healthy:
            break
        await asyncio.sleep(0.01)
    s = await api.create_session()
    await examiner.memory.clear(s["session_id"])  # another run's session with this id
    ws = await connect(api, s)
    try:
        q = await ask_pairs(api, ws)
        await answer_question(ws, q["interaction_id"])
        await ws.send_json({"type": "chat_message", "data": {"message": "what is a generator?"}})
        await recv(ws, "system_message")
        raw = await api.client.app[REDIS].lrange(f"viva:chat:{s['session_id']}", 0, -1)
        assert len(raw) == 5
        history = await examiner.memory.history(s["session_id"])
        assert [t["role"] for t in history] == ["assistant", "user", "assistant", "user",
                                                "assistant"]
        assert history[0]["content"] == q["question"] and history[1]["content"] == REAL_ANSWER
        assert history[3]["content"] == "what is a generator?"
    finally:
        await examiner.memory.clear(s["session_id"])
        await ws.close()


def test_only_a_question_about_a_place_asked_about_before_can_be_a_repeat() -> None:
    """Template questions about different functions read alike; they are not repeats."""
    from server.examiner import Asked
    from server.examining.service import _asked_about

    asked = [Asked("main.py", 10, "load", "function",
                   "Which inputs could break `load` (`main.py`, line 10)?")]
    assert _asked_about("main.py", "load", asked)
    assert not _asked_about("main.py", "more", asked)
    assert not _asked_about("main.py", "lo", asked) and not _asked_about("main.py", "load", [])
    assert not _asked_about("main.py", "main", asked), "a path is not the identifier"
    assert not _asked_about("other.py", "load", asked), "the same name in another file"
