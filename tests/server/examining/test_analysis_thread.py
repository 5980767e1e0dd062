"""The examiner's analysis runs one at a time (CPython 3.11's `ast.parse` fails in several
threads at once), and a round whose analysis fails is tried again, not lost."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import pytest

from tests.conftest import Api
from tests.support.examining import PAIRS, connect, recv, update


async def test_sessions_analysed_together_never_parse_in_two_threads_at_once(
        exam_lite: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    import server.examining.service as service

    real = service.analyse
    lock = threading.Lock()
    running = peak = 0
    threads: set[str] = set()

    def counted(*args: Any) -> Any:
        nonlocal running, peak
        with lock:
            running += 1
            peak = max(peak, running)
            threads.add(threading.current_thread().name)
        try:
            time.sleep(0.05)  # a large file: long enough for a second round to start meanwhile
            return real(*args)
        finally:
            with lock:
                running -= 1

    monkeypatch.setattr(service, "analyse", counted)
    sessions = [await exam_lite.create_session(f"c{i}") for i in range(6)]
    sockets = [await connect(exam_lite, s) for s in sessions]
    for ws in sockets:
        await ws.send_json(update("main.py", 1, PAIRS))
    for ws in sockets:
        assert (await recv(ws, "question"))["data"]["interaction_id"]
        await ws.close()
    assert peak == 1, f"{peak} analyses ran at once in {sorted(threads)}"


async def test_a_round_whose_analysis_fails_is_tried_again(
        exam_lite: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    import server.examining.service as service

    real = service.analyse
    failures = [SystemError("AST constructor recursion depth mismatch (before=1, after=2)")]

    def flaky(*args: Any) -> Any:
        if failures:
            raise failures.pop()
        return real(*args)

    monkeypatch.setattr(service, "analyse", flaky)
    s = await exam_lite.create_session()
    ws = await connect(exam_lite, s)
    await ws.send_json(update("main.py", 1, PAIRS))
    async with asyncio.timeout(10):  # no further change comes: the round itself is retried
        question = (await recv(ws, "question"))["data"]
    assert not failures and question["interaction_id"]
    await ws.close()
