"""The examiner under load: acks never wait for it, and it redoes no work it has done."""

from __future__ import annotations

import random
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from tests.conftest import Api
from tests.support.examining import (
    LOAD,
    PAIRS,
    connect,
    questions,
    recv,
    service,
    settle,
    start_app,
    update,
)


async def test_updates_are_acked_and_stored_while_every_examiner_slot_is_taken(
        aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> None:
    """With the examiner saturated the candidate is still acked; the question follows later."""
    api = await start_app(aiohttp_client, sqlite_url, tmp_path)
    examiner = service(api)
    s = await api.create_session()
    ws = await connect(api, s)
    slots = examiner._slots
    held = 0
    while not slots.locked():  # take every slot, as a burst of other sessions would
        await slots.acquire()
        held += 1
    try:
        for seq, text in enumerate((PAIRS, PAIRS + LOAD), start=1):
            await ws.send_json(update("main.py", seq, text))
            ack = (await recv(ws, "ack", timeout=5))["data"]
            assert ack["seq"] == seq
        assert (await api.files(s["session_id"]))["main.py"] == PAIRS + LOAD
        assert await questions(api, s["session_id"]) == []
    finally:
        for _ in range(held):
            slots.release()
    question = (await recv(ws, "question"))["data"]
    assert question["path"] == "main.py"
    await settle(api)
    assert len(await questions(api, s["session_id"])) == 1
    await ws.close()


async def test_open_questions_counts_unanswered_questions_of_an_active_session_only(
        api: Api) -> None:
    """One round trip gives what two did: None unless active, else the unanswered count."""
    from server.examining.service import _open_questions
    from server.storage.models import Interaction, Session

    s = await api.create_session()
    sid = s["session_id"]
    assert await _open_questions(sid) == 0
    now = datetime.now(UTC)
    for response in (None, "an answer", None):
        await Interaction.create(session_id=sid, path="main.py", line=1, identifier="f",
                                 skill="complexity", kind="function", question="Why?",
                                 expected=[], facts={}, asked_at=now, response=response)
    other = await api.create_session(name="bo")
    await Interaction.create(session_id=other["session_id"], path="main.py", line=1,
                             identifier="f", skill="complexity", kind="function",
                             question="Why?", expected=[], facts={}, asked_at=now)
    assert await _open_questions(sid) == 2
    await Session.filter(id=sid).update(status="paused")
    assert await _open_questions(sid) is None
    assert await _open_questions(10**9) is None


def _work() -> Any:
    from server.examining.state import AskingLimits, SessionWork

    return SessionWork(AskingLimits(3, 0))


def _stored(path: str, version: int, after: str | None) -> Any:
    from server.live.ingest import StoredChange

    return StoredChange(1, path, version, version, "watcher", "full", None, after, "", 1, 0, 1,
                        len(after or ""), datetime.now(UTC))


def test_the_running_line_count_always_equals_a_full_recount() -> None:
    """Edits, deletions and questions in any order: the cached count matches from scratch."""
    from server.examiner import lines_since_question

    rng = random.Random(7)
    work = _work()
    work.snapshot = {"a.py": "x = 1\n", "gone.py": "old\n"}
    versions: dict[str, int] = {}
    for step in range(300):
        path = rng.choice(["a.py", "b.py", "c.txt", "gone.py"])
        versions[path] = versions.get(path, 0) + 1
        lines = [f"line {rng.randrange(12)}\n" for _ in range(rng.randrange(8))]
        after = None if rng.random() < 0.15 else "".join(lines)
        work.apply([_stored(path, versions[path], after)])
        assert work.lines_since_question() == lines_since_question(work.snapshot, work.current)
        if step % 37 == 36:
            work.asked_now(f"question {step}", datetime.now(UTC))
            assert work.lines_since_question() == 0


def test_findings_are_kept_until_either_text_changes() -> None:
    """Known findings come back only for the exact (snapshot, current) texts they came from."""
    from server.examiner import analyse

    work = _work()
    work.snapshot = {"main.py": PAIRS}
    work.apply([_stored("main.py", 1, PAIRS + LOAD), _stored("notes.txt", 1, "hello\n")])
    changed = work.changed_files()
    assert [c[0] for c in changed] == ["main.py", "notes.txt"]
    path, before, after = changed[0]
    assert work.known_findings(path, before, after) is None
    found = analyse(path, before, after)
    work.keep_findings(path, before, after, found)
    assert work.known_findings(path, before, after) is found
    work.apply([_stored("main.py", 2, PAIRS + LOAD + "\n# more\n")])
    path, before, after = work.changed_files()[0]
    assert work.known_findings(path, before, after) is None
    work.asked_now("a question", datetime.now(UTC))
    assert work.changed_files() == []


async def test_a_round_analyses_only_the_files_edited_since_the_last_one(
        aiohttp_client: Any, sqlite_url: str, tmp_path: Path, monkeypatch: Any) -> None:
    """Two changed files, then one edited again: the second round analyses just that one."""
    from server.examiner import analyse
    from server.examining import service as examining

    api = await start_app(aiohttp_client, sqlite_url, tmp_path)
    examiner = service(api)
    analysed: list[str] = []

    def counting(path: str, before: str | None, after: str) -> Any:
        analysed.append(path)
        return analyse(path, before, after)

    monkeypatch.setattr(examining, "analyse", counting)
    work = _work()
    work.apply([_stored("a.py", 1, PAIRS), _stored("b.py", 1, LOAD)])
    first, _ = await examiner._analyse(work)
    assert sorted(analysed) == ["a.py", "b.py"]
    work.apply([_stored("b.py", 2, LOAD + "\n\ndef more(x):\n    return x * 2\n")])
    analysed.clear()
    second, _ = await examiner._analyse(work)
    assert analysed == ["b.py"]
    fresh = analyse("a.py", None, PAIRS) + analyse("b.py", None, work.current["b.py"])
    assert second == fresh and first != second
