"""Test runs through the job queue (`VIVA_TEST_EXECUTOR=queue`): real Redis (a stream of its own
per test), real PostgreSQL, real bubblewrap, `viva worker` as real subprocesses."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import (
    REDIS_URL,
    Api,
    drop_pg_database,
    make_settings,
    need_redis,
    new_pg_database,
)
from tests.support.testruns import candidate, load_pack, recv

SLOW_TEST = "import time\n\n\ndef test_slowly():\n    time.sleep(4)\n    assert True\n"
"""A visible test that takes long enough to kill its worker in the middle."""


@pytest.fixture
def channel() -> Iterator[str]:
    """A bus channel (and so a queue stream) of this test's own; its keys removed after."""
    need_redis()
    name = f"viva-test-{uuid.uuid4().hex[:10]}"
    yield name
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.delete(f"{name}:testruns", f"{name}:testruns:runs", f"{name}:testruns:snippets",
                  f"{name}:testruns:snippets:workers")
    client.close()


@pytest.fixture
async def qapi(aiohttp_client: Any, tmp_path: Path, channel: str) -> AsyncIterator[Api]:
    """The real app on PostgreSQL with `VIVA_TEST_EXECUTOR=queue` and the calculator pack."""
    from server.app import create_app

    url = await new_pg_database()
    settings = make_settings(url, tmp_path, VIVA_TEST_TIMEOUT=15, VIVA_TEST_MEMORY_MB=256,
                             REDIS_URL=REDIS_URL, VIVA_REDIS_CHANNEL=channel, VIVA_TEST_EXECUTOR="queue")
    client = await aiohttp_client(create_app(settings, connection="pg", announce=False))
    api = Api(client, settings)
    await load_pack(api)
    yield api
    await client.close()
    await drop_pg_database(url)


class Workers:
    """`viva worker` subprocesses on the test's database and queue, each in its own group."""

    def __init__(self, api: Api, tmp_path: Path) -> None:
        self.env = {**os.environ, "DATABASE_URL": api.settings.database_url, "REDIS_URL": REDIS_URL,
                    "VIVA_REDIS_CHANNEL": api.settings.redis_channel, "VIVA_TEST_TIMEOUT": "15",
                    "VIVA_TEST_MEMORY_MB": "256", "VIVA_DATA_DIR": str(tmp_path / "worker"),
                    "SECRET_KEY": "unused-by-workers-but-long-enough-000000"}
        self.procs: list[subprocess.Popen[bytes]] = []
        self.logs: list[Any] = []
        self.tmp_path = tmp_path

    def start(self) -> subprocess.Popen[bytes]:
        log = open(self.tmp_path / f"worker-{len(self.procs)}.log", "wb")  # noqa: SIM115
        self.logs.append(log)
        proc = subprocess.Popen([sys.executable, "-m", "viva", "worker", "--concurrency", "1"],
                                env=self.env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        self.procs.append(proc)
        return proc

    @staticmethod
    def kill(proc: subprocess.Popen[bytes]) -> None:
        """SIGKILL the worker and everything it started (its sandbox too)."""
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def close(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.wait(timeout=10)
        for log in self.logs:
            log.close()


@pytest.fixture
def workers(qapi: Api, tmp_path: Path) -> Iterator[Workers]:
    w = Workers(qapi, tmp_path)
    yield w
    w.close()


async def _owner_is(run_id: int, pid: int, timeout: float = 30) -> None:
    """Wait until the worker process `pid` holds the run's lease."""
    from server.storage.models import TestRun

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        run = await TestRun.get(id=run_id)
        if run.owner and run.owner.split(":")[1:2] == [str(pid)]:
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"worker {pid} never took run {run_id}")


async def test_a_run_goes_through_the_queue_to_a_worker(qapi: Api, workers: Workers) -> None:
    """The server only enqueues; a `viva worker` runs it; the candidate's socket gets the result."""
    from server.storage.models import TestRun

    proc = workers.start()
    ana = await candidate(qapi)
    started, result = await ana.run_tests(timeout=60)
    assert started["status"] == "running"
    assert result["status"] == "passed" and (result["passed"], result["failed"]) == (1, 0)
    assert result["cases"][0]["name"] == "test_add"
    assert result["number"] == 1  # numbered in its session, as a run on the server is
    run = await TestRun.get(id=result["run_id"])
    assert run.owner is not None and run.owner.split(":")[1] == str(proc.pid)  # not this process
    # a proctor's run (hidden tests too) goes the same way
    resp = await qapi.client.post(f"/sessions/{ana.id}/test-runs", headers=qapi.auth())
    assert resp.status == 202
    run_id = (await resp.json())["run_id"]
    deadline = time.monotonic() + 60
    while (run := await TestRun.get(id=run_id)).status == "running" and time.monotonic() < deadline:
        await asyncio.sleep(0.2)
    assert run.status == "passed" and any(c.get("hidden") for c in run.cases or [])
    # the final run at finish: the server waits for the worker's result, then writes the report
    await ana.ws.send_json({"type": "finish", "data": {}})
    while (final := (await recv(ana.ws, "test_result", timeout=60))["data"])["run_id"] == run_id:
        pass  # the proctor's run's result, shown to the candidate too
    assert final["trigger"] == "finish" and final["status"] == "passed" and final["number"] == 3
    await recv(ana.ws, "report_ready", timeout=60)
    await ana.ws.close()


@pytest.mark.slow
async def test_a_worker_killed_mid_run_has_its_job_retried_by_another(qapi: Api, workers: Workers) -> None:
    """SIGKILL the worker during the run: after its lease lapses another worker runs it again."""
    from server.storage.models import TestRun

    first = workers.start()
    ana = await candidate(qapi)
    await ana.write("test_slow.py", SLOW_TEST)
    await ana.ws.send_json({"type": "run_tests", "data": {}})
    run_id = (await recv(ana.ws, "test_run"))["data"]["run_id"]
    await _owner_is(run_id, first.pid)
    await asyncio.sleep(1.0)  # inside the sandbox now
    workers.kill(first)
    second = workers.start()
    result = (await recv(ana.ws, "test_result", timeout=90))["data"]
    assert result["run_id"] == run_id and result["status"] == "passed", result
    assert (result["passed"], result["failed"]) == (2, 0)
    run = await TestRun.get(id=run_id)
    assert run.owner is not None and run.owner.split(":")[1] == str(second.pid)
    await ana.ws.close()


async def test_a_job_whose_retry_is_used_up_is_an_error_with_the_reason(qapi: Api, tmp_path: Path) -> None:
    """Handed out a third time (two consumers took it and vanished): ended as `error`, said why."""
    from redis.asyncio import Redis

    from server.live.bus import RedisBus
    from server.live.events import Events
    from server.testruns.queue import RunQueue, stream_name
    from server.testruns.setup import publisher
    from server.testruns.worker import Worker

    ana = await candidate(qapi)
    await ana.ws.send_json({"type": "run_tests", "data": {}})
    run_id = (await recv(ana.ws, "test_run"))["data"]["run_id"]
    redis = Redis.from_url(REDIS_URL, decode_responses=True)
    bus = RedisBus(redis, channel=qapi.settings.redis_channel)
    await bus.start()
    try:
        queue = RunQueue(redis, stream_name(qapi.settings.redis_channel))
        assert await queue.take("gone-1", lease_ms=0, block_ms=1000) is not None  # delivery 1
        assert await queue.take("gone-2", lease_ms=0, block_ms=1000) is not None  # delivery 2
        worker = Worker(queue, None, "no sandbox here", publisher(Events(bus)), concurrency=1,
                        timeout=15, memory_mb=256)
        job = await queue.take(worker.instance, lease_ms=0, block_ms=1000)  # delivery 3
        assert job is not None and job[1] == run_id
        await worker.handle(*job, slot=0)
        result = (await recv(ana.ws, "test_result", timeout=20))["data"]
        assert result["run_id"] == run_id and result["status"] == "error"
        assert "stopped during the run, 2 times" in result["reason"]
        assert await queue.length() == 0 and not await queue.holds(run_id)
    finally:
        await bus.close()
        await redis.aclose()
    await ana.ws.close()


async def test_a_full_queue_answers_clearly(qapi: Api) -> None:
    """Past the bound: REST answers 503 `queue_full`, the socket's `test_run` says so, and the
    session can ask again once there is room."""
    from server.keys import TESTS

    tests = qapi.client.app[TESTS]
    assert tests.queue is not None
    tests.queue.max_jobs = 1
    ana = await candidate(qapi)
    bo = await candidate(qapi, name="bo")
    resp = await qapi.client.post(f"/sessions/{ana.id}/test-runs", headers=qapi.auth())
    assert resp.status == 202
    resp = await qapi.client.post(f"/sessions/{bo.id}/test-runs", headers=qapi.auth())
    assert resp.status == 503
    body = await resp.json()
    assert body["code"] == "queue_full" and "full" in body["error"]
    await bo.ws.send_json({"type": "run_tests", "data": {}})
    started = (await recv(bo.ws, "test_run"))["data"]
    assert started["status"] == "error" and started["code"] == "queue_full" and started["run_id"] is None
    tests.queue.max_jobs = 2  # room again: bo's refused runs left nothing behind
    resp = await qapi.client.post(f"/sessions/{bo.id}/test-runs", headers=qapi.auth())
    assert resp.status == 202
    await ana.ws.close()
    await bo.ws.close()


def test_queue_without_redis_is_refused_at_start(tmp_path: Path) -> None:
    """`VIVA_TEST_EXECUTOR=queue` needs REDIS_URL: `viva server` says so and exits 2."""
    env = {**os.environ, "VIVA_TEST_EXECUTOR": "queue", "REDIS_URL": "", "VIVA_DATA_DIR": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "viva", "server", "--port", "0"], env=env, check=False,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "VIVA_TEST_EXECUTOR=queue needs REDIS_URL" in done.stderr
    done = subprocess.run([sys.executable, "-m", "viva", "worker"], env=env, check=False, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 2 and "REDIS_URL" in done.stderr


def test_a_worker_runs_at_most_as_many_at_once_as_it_has_sandbox_uids(tmp_path: Path) -> None:
    """A process has 64 sandbox uids and keeps one for one-off runs: `--concurrency 64` would
    share a uid with another process's runs, and a run's end kills every process of its uid."""
    env = {**os.environ, "VIVA_TEST_EXECUTOR": "queue", "REDIS_URL": "redis://127.0.0.1:6379/0",
           "VIVA_DATA_DIR": str(tmp_path)}
    for bad in ("0", "64"):
        done = subprocess.run([sys.executable, "-m", "viva", "worker", "--concurrency", bad], env=env,
                              check=False, capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and "--concurrency must be 1 to 63" in done.stderr


async def test_a_run_held_by_a_live_worker_is_not_run_again(qapi: Api) -> None:
    """A job taken over while its run's lease is fresh: not run, not acked, left to its holder."""
    from datetime import UTC, datetime

    from redis.asyncio import Redis

    from server.live.bus import LocalBus
    from server.live.events import Events
    from server.storage.models import TestRun
    from server.testruns.queue import RunQueue, stream_name
    from server.testruns.setup import publisher
    from server.testruns.worker import Worker

    ana = await candidate(qapi)
    await ana.ws.send_json({"type": "run_tests", "data": {}})
    run_id = (await recv(ana.ws, "test_run"))["data"]["run_id"]
    redis = Redis.from_url(REDIS_URL, decode_responses=True)
    try:
        queue = RunQueue(redis, stream_name(qapi.settings.redis_channel))
        assert await queue.take("holder", lease_ms=0, block_ms=1000) is not None
        holder = "otherhost:1:abcd"  # another machine's live worker: its heartbeat is fresh
        await TestRun.filter(id=run_id).update(owner=holder, heartbeat_at=datetime.now(UTC))
        worker = Worker(queue, None, "no sandbox here", publisher(Events(LocalBus())), concurrency=1,
                        timeout=15, memory_mb=256)
        job = await queue.take(worker.instance, lease_ms=0, block_ms=1000)
        assert job is not None and job[1] == run_id
        await worker.handle(*job, slot=0)
        run = await TestRun.get(id=run_id)
        assert run.status == "running" and run.owner == holder and worker.finished == 0
        assert await queue.holds(run_id)
    finally:
        await redis.aclose()
    await ana.ws.close()


async def test_sessions_are_served_in_turn_one_entry_each(qapi: Api) -> None:
    """Asked in the order A, B, A again, C: one entry per session, taken first in, first out."""
    from redis.asyncio import Redis

    from server.keys import TESTS
    from server.testruns.queue import RunQueue, stream_name

    tests = qapi.client.app[TESTS]
    a, b, c = [await candidate(qapi, name=n) for n in ("a", "b", "c")]
    run_a, created = await tests.start(a.id, "proctor", include_hidden=True)
    assert created
    run_b, _ = await tests.start(b.id, "proctor", include_hidden=True)
    again, created = await tests.start(a.id, "candidate", include_hidden=False)
    assert not created and again.id == run_a.id  # A's second ask: its queued run, no new entry
    run_c, _ = await tests.start(c.id, "proctor", include_hidden=True)
    redis = Redis.from_url(REDIS_URL, decode_responses=True)
    try:
        queue = RunQueue(redis, stream_name(qapi.settings.redis_channel))
        assert await queue.length() == 3
        order = [job[1] for _ in range(3) if (job := await queue.take("w", lease_ms=60000, block_ms=500))]
        assert order == [run_a.id, run_b.id, run_c.id]
    finally:
        await redis.aclose()
    for s in (a, b, c):
        await s.ws.close()


async def test_a_failing_run_on_a_worker_asks_about_the_failing_test(qapi: Api,
                                                                    workers: Workers) -> None:
    """A run a worker executed is a question about its failing test, as a run on the server is
    (the server that enqueued it asks, once the worker's result comes back on the bus)."""
    from tests.server.testruns.test_failing_test_questions import BROKEN, PACK_TWO, read_for

    await load_pack(qapi, {**PACK_TWO, "slug": "sandbox-calc-two"})
    workers.start()
    ana = await candidate(qapi, "sandbox-calc-two")
    await ana.write("calc.py", BROKEN)
    _, result = await ana.run_tests(timeout=60)
    assert result["status"] == "failed" and result["failed"] == 2
    asked: list[str] = []  # a question about the code itself may come first
    deadline = time.monotonic() + 20
    while not any(q.startswith("`test_add` fails with") for q in asked) and \
            (left := deadline - time.monotonic()) > 0:
        frames = await read_for(ana.ws, left, until="question")
        asked += [f["data"]["question"] for f in frames if f["type"] == "question"]
    assert [q for q in asked if q.startswith("`test_add` fails with")], asked
    await ana.ws.close()


SNIPPET = ("def add(item, bucket=[]):\n    bucket.append(item)\n    return bucket\n\n\n"
           "add(1)\nprint(add(2), len(add(3)))\n")
SNIPPET_GRADE = {"question": "What does the print show, and why?", "code": SNIPPET, "language": "python",
                 "key_points": ["the default list is created once and shared by every call",
                                "each call appends to the same list"]}
FLUENT_WRONG_OUTPUT = ("It prints [2] 1: the default list is created once per call, so every call "
                       "appends to its own fresh list, and each list holds a single item.")


async def _grade(api: Api, answer: str) -> dict[str, Any]:
    resp = await api.client.post("/grade", json={**SNIPPET_GRADE, "answer": answer}, headers=api.auth())
    assert resp.status == 200, await resp.text()
    return dict(await resp.json())


async def test_a_queue_server_has_its_snippets_run_by_a_worker(qapi: Api, workers: Workers) -> None:
    """A server that runs no code asks a worker what `POST /grade`'s code prints: the stated
    output is checked against the worker's run, as a server with a sandbox checks it."""
    from server.keys import TESTS

    tests = qapi.client.app[TESTS]
    assert tests.executor is None and tests.snippet_queue is not None
    workers.start()
    redis = tests.snippet_queue.redis
    deadline = time.monotonic() + 30
    while not await redis.exists(tests.snippet_queue.workers):  # the worker says it takes them
        assert time.monotonic() < deadline, "the worker never said it takes snippets"
        await asyncio.sleep(0.1)
    reply = await _grade(qapi, FLUENT_WRONG_OUTPUT)
    assert any(m.startswith("Run, the code prints '[1, 2, 3] 3'") for m in reply["misconceptions"]), reply
    right = await _grade(qapi, "It prints [1, 2, 3] 3: the default list is created once and every "
                               "call appends to that same shared list.")
    assert right["misconceptions"] == [] and right["score"] >= reply["score"] + 2, (right, reply)


async def test_with_no_worker_a_queue_server_grades_at_once_without_a_run(qapi: Api) -> None:
    """No worker takes snippets: the answer is graded without the run, and nothing waits."""
    started = time.monotonic()
    reply = await _grade(qapi, FLUENT_WRONG_OUTPUT)
    assert time.monotonic() - started < 5
    assert not any(m.startswith("Run,") for m in reply["misconceptions"]), reply


async def test_snippet_requests_are_bounded_expire_and_answer_only_where_asked(channel: str) -> None:
    """Past `max_waiting` a server does not wait; a worker drops a request its server stopped
    waiting for, and one whose answer would go anywhere but the answers' keys."""
    import json

    from redis.asyncio import Redis

    from server.testruns.queue import stream_name
    from server.testruns.snippetqueue import SnippetQueue

    redis = Redis.from_url(REDIS_URL, decode_responses=True)
    snippets = SnippetQueue(redis, stream_name(channel), max_waiting=1)
    try:
        assert await snippets.ask("print(1)", "python", wait=0.2) is None  # no worker: not even asked
        assert await redis.llen(snippets.requests) == 0
        await snippets.alive("test")
        assert await snippets.ask("print(1)", "python", wait=1) is None  # asked; nobody answered
        assert await redis.llen(snippets.requests) == 1
        started = time.monotonic()
        assert await snippets.ask("print(2)", "python", wait=10) is None  # full: refused at once
        assert time.monotonic() - started < 2 and await redis.llen(snippets.requests) == 1
        assert await snippets.take(block_seconds=1) is None  # its server stopped waiting
        forged = {"code": "print(3)", "language": "python", "answer": "viva:sessions",
                  "deadline": time.time() + 60}
        await redis.lpush(snippets.requests, json.dumps(forged), "not json")
        assert await snippets.take(block_seconds=1) is None
        assert await snippets.take(block_seconds=1) is None
        asked = asyncio.create_task(snippets.ask("print(4)", "python", wait=10))
        while (request := await snippets.take(block_seconds=1)) is None:
            pass
        assert (request.code, request.language) == ("print(4)", "python")
        await snippets.answer(request, "4\n")
        assert await asked == "4\n"
    finally:
        await redis.aclose()
