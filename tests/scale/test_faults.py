"""Faults under load: a server killed with SIGKILL, PostgreSQL restarted, Redis stopped (SPEC §10).

Each fault test uses a server process of its own; the PostgreSQL and Redis that get stopped
are private instances on their own ports, never the shared ones.
"""

from __future__ import annotations

import asyncio
import json
import signal
import time
from collections.abc import Iterator
from pathlib import Path

import aiohttp
import httpx
import pytest

from tests.scale.harness import (
    PrivatePostgres,
    PrivateRedis,
    ServerProcess,
    StreamingClient,
    stored_seqs,
    token,
    update_frame,
)

pytestmark = pytest.mark.slow


def acked_pairs(clients: list[StreamingClient]) -> set[tuple[str, int]]:
    return {(c.client_id, seq) for c in clients for seq in c.acked}


async def start_clients(server: ServerProcess, sessions: int, per_session: int,
                        interval: float = 0.02) -> tuple[list[StreamingClient], list[int]]:
    made = [await asyncio.to_thread(server.create_session, f"cand{i}") for i in range(sessions)]
    clients = [StreamingClient([server.ws_url], s["session_id"], s["candidate_token"], interval=interval)
               for s in made for _ in range(per_session)]
    return clients, [s["session_id"] for s in made]


async def test_sigkill_during_heavy_ingest_loses_nothing_acked(tmp_path: Path, pg_url: str) -> None:
    """Eight clients stream; SIGKILL; every acked update is in the database; after a restart
    the clients' outboxes drain and every update sent is stored exactly once."""
    server = ServerProcess(tmp_path / "srv", pg_url, env_extra={"VIVA_WS_RATE": "2000"})
    await asyncio.to_thread(server.start)
    try:
        clients, sids = await start_clients(server, sessions=4, per_session=2)
        stop = asyncio.Event()
        tasks = [asyncio.create_task(c.run(stop)) for c in clients]
        # the kill comes mid-stream: after 2.5 s of load and once more than 100 updates are
        # acked (a slow machine may need longer to connect eight clients and get going)
        await asyncio.sleep(2.5)
        deadline = time.monotonic() + 60
        while len(acked_pairs(clients)) <= 100 and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        server.kill()
        acked_at_kill = acked_pairs(clients)
        assert len(acked_at_kill) > 100, f"not heavy enough: {len(acked_at_kill)} acked"
        missing = acked_at_kill - await stored_seqs(pg_url, sids)
        assert not missing, f"{len(missing)} acked updates were lost: {sorted(missing)[:5]}"

        t0 = time.monotonic()
        await asyncio.to_thread(server.start)
        t1 = time.monotonic()
        await asyncio.sleep(1.0)
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 60)
        print(f"restart took {t1 - t0:.1f} s, drain {time.monotonic() - t1:.1f} s; "
              f"{len(acked_at_kill)} acked before the kill, {len(acked_pairs(clients))} in all")
        stored = await stored_seqs(pg_url, sids)
        sent = {(c.client_id, seq) for c in clients for seq in range(1, c.next_seq)}
        assert acked_pairs(clients) == sent, "every update sent was acked once the server was back"
        assert sent <= stored
        assert all(c.disconnects >= 1 for c in clients)
    finally:
        server.kill()


@pytest.fixture
def private_pg() -> Iterator[PrivatePostgres]:
    pg = PrivatePostgres().init()
    try:
        pg.start()
        yield pg
    finally:
        pg.destroy()


async def test_postgres_restart_while_clients_stream_gives_errors_retries_and_loses_nothing(
        tmp_path: Path, private_pg: PrivatePostgres) -> None:
    """A private PostgreSQL stops for two seconds mid-stream: clients get store_unavailable
    errors (or lose the socket), /health says 503, and after it is back their retries store
    everything; nothing acked is missing."""
    server = ServerProcess(tmp_path / "srv", private_pg.url, env_extra={"VIVA_WS_RATE": "2000"})
    await asyncio.to_thread(server.start)
    try:
        clients, sids = await start_clients(server, sessions=3, per_session=1, interval=0.02)
        stop = asyncio.Event()
        tasks = [asyncio.create_task(c.run(stop)) for c in clients]
        await asyncio.sleep(1.5)
        # the stop must come mid-stream: wait for the first acks (a cold machine may be slow
        # to give them) rather than assume 1.5 s is enough
        deadline = time.monotonic() + 20
        while not (acked_before := acked_pairs(clients)) and time.monotonic() < deadline:
            await asyncio.sleep(0.1)
        assert acked_before, "no update was acked in 20 s"
        await asyncio.to_thread(private_pg.stop, "fast")
        try:
            await asyncio.sleep(1.0)
            health = await asyncio.to_thread(httpx.get, server.url + "/health", timeout=10)
            assert health.status_code == 503
            assert health.json()["components"]["database"]["status"] == "down"
            await asyncio.sleep(1.0)
        finally:
            await asyncio.to_thread(private_pg.start)
        await asyncio.sleep(2.0)
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 60)
        assert server.alive(), server.log_tail()
        assert any("store_unavailable" in c.errors for c in clients) or any(c.disconnects for c in clients)
        assert all(set(c.errors) <= {"store_unavailable"} for c in clients), [c.errors[:5] for c in clients]
        stored = await stored_seqs(private_pg.url, sids)
        assert acked_pairs(clients) <= stored
        sent = {(c.client_id, seq) for c in clients for seq in range(1, c.next_seq)}
        assert acked_pairs(clients) == sent, f"{len(sent - acked_pairs(clients))} never acked"
        assert max(seq for _, seq in acked_pairs(clients)) > max(seq for _, seq in acked_before)
        health = await asyncio.to_thread(httpx.get, server.url + "/health", timeout=10)
        assert health.status_code == 200
    finally:
        server.kill()


async def test_redis_stopped_ingest_goes_on_feed_degrades_and_health_says_so(
        tmp_path: Path, pg_url: str) -> None:
    """With its Redis stopped the server keeps acking, its own proctors still see events,
    and /health answers 200 with redis down; when Redis returns the bus reconnects; and a
    hung Redis (SIGSTOP) does not stall ingest either."""
    redis = PrivateRedis().start()
    server = ServerProcess(tmp_path / "srv", pg_url, redis.url)
    try:
        await asyncio.to_thread(server.start)
        s = await asyncio.to_thread(server.create_session, "gus")
        health = (await asyncio.to_thread(httpx.get, server.url + "/health", timeout=10)).json()
        assert health["components"]["redis"]["status"] == "ok"
        async with aiohttp.ClientSession() as http:
            desk = await http.ws_connect(f"{server.ws_url}/ws/proctor?token={token('proctor')}")
            cand = await http.ws_connect(f"{server.ws_url}/ws/session/{s['session_id']}?token={s['candidate_token']}")

            async def edit_and_see(seq: int) -> None:
                await cand.send_str(update_frame("a.py", seq, "w", f"x = {seq}\n"))
                async with asyncio.timeout(10):
                    while (frame := json.loads((await cand.receive()).data))["type"] != "ack":
                        pass
                    assert frame["data"]["seq"] == seq
                    while True:
                        event = json.loads((await desk.receive()).data)
                        if event["type"] == "session_event" and event["data"]["event"]["type"] == "code_update" \
                                and event["data"]["event"]["data"]["seq"] == seq:
                            break

            await edit_and_see(1)
            redis.stop()
            for seq in range(2, 6):
                await edit_and_see(seq)
            health = await asyncio.to_thread(httpx.get, server.url + "/health", timeout=10)
            assert health.status_code == 200
            body = health.json()
            assert body["status"] == "ok"
            assert body["components"]["redis"]["status"] == "down"
            assert "this process" in body["components"]["redis"]["effect"]
            r = await asyncio.to_thread(server.request, "GET", "/sessions/")
            assert r.status_code == 200, "REST (and its rate limit) keeps working without Redis"

            redis.start_on_same_port()
            async with asyncio.timeout(30):
                while True:
                    body = (await asyncio.to_thread(httpx.get, server.url + "/health", timeout=10)).json()
                    if body["components"]["redis"]["status"] == "ok":
                        break
                    await asyncio.sleep(0.5)
            await edit_and_see(6)

            redis.proc.send_signal(signal.SIGSTOP)  # hung, not gone: publishes would wait forever
            try:
                started = time.monotonic()
                for seq in range(7, 12):
                    await edit_and_see(seq)
                assert time.monotonic() - started < 5, "a hung Redis stalled ingest"
            finally:
                redis.proc.send_signal(signal.SIGCONT)
            await cand.close()
            await desk.close()
        assert server.alive()
    finally:
        server.kill()
        redis.stop()


async def test_an_answer_taken_before_a_sigkill_is_graded_by_the_restarted_server(
        tmp_path: Path, pg_url: str) -> None:
    """A server SIGKILLed with an answer taken but not graded (the row as the claim leaves
    it): the restarted server grades it at start-up, once, and a resend gets the grade."""
    import asyncpg

    server = ServerProcess(tmp_path / "srv", pg_url)
    await asyncio.to_thread(server.start)
    try:
        s = await asyncio.to_thread(server.create_session, "ida")
        server.kill()
        db = await asyncpg.connect(pg_url.replace("postgres://", "postgresql://", 1))
        try:
            qid = await db.fetchval(
                'INSERT INTO "interaction" (session_id, path, line, identifier, skill, kind, question, '
                "expected, facts, response, asked_at, answered_at) VALUES ($1, 'main.py', 1, 'pairs', "
                "'complexity', 'complexity', 'What is the cost of pairs?', '[\"O(n^2)\"]', '{}', "
                "'Quadratic: O(n^2), two nested loops over items.', now(), now()) RETURNING id",
                s["session_id"])
            await asyncio.to_thread(server.start)
            async with asyncio.timeout(20):
                while (row := await db.fetchrow('SELECT evaluation, score FROM "interaction" WHERE id = $1',
                                                qid))["evaluation"] is None:
                    await asyncio.sleep(0.1)
        finally:
            await db.close()
        assert 0 <= row["score"] <= 10
        async with aiohttp.ClientSession() as http:
            ws = await http.ws_connect(f"{server.ws_url}/ws/session/{s['session_id']}?token={s['candidate_token']}")
            await ws.send_str(json.dumps({"type": "response_submitted", "data": {
                "interaction_id": qid, "response": "Quadratic: O(n^2), two nested loops over items."}}))
            async with asyncio.timeout(10):
                while (frame := json.loads((await ws.receive()).data))["type"] != "evaluation_result":
                    pass
            # the stored grade again (its text as the candidate may see it: a short comment)
            assert frame["data"]["score"] == row["score"] and frame["data"]["evaluation"]
            await ws.close()
    finally:
        server.kill()
