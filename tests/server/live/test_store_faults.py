"""The database failing under the live server, for real, on this test's own PostgreSQL database:
its connections terminated and refused, or the database made read-only and writable again.

Only the test's own database is touched (`ALTER DATABASE` on it, `pg_terminate_backend` of
its own backends): the shared cluster's settings and other databases are left alone.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import asyncpg
import pytest

from tests.conftest import PG_DSN, Api, drop_pg_database, make_settings, new_pg_database
from viva.diffs import sha256_text


@pytest.fixture
async def pg_api(aiohttp_client: Any, tmp_path: Path) -> AsyncIterator[tuple[Api, str]]:
    """The real app on a fresh PostgreSQL database; the database's name."""
    from server.app import create_app

    url = await new_pg_database()
    settings = make_settings(url, tmp_path)
    client = await aiohttp_client(create_app(settings, connection="pg", announce=False))
    yield Api(client, settings), url.rsplit("/", 1)[1]
    await client.close()
    await _admin(f'ALTER DATABASE "{url.rsplit("/", 1)[1]}" WITH ALLOW_CONNECTIONS true')
    await drop_pg_database(url)


async def _admin(*sql: str) -> None:
    conn = await asyncpg.connect(PG_DSN.replace("postgres://", "postgresql://", 1))
    try:
        for statement in sql:
            await conn.execute(statement)
    finally:
        await conn.close()


def _terminate(name: str) -> str:
    return (f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}' "
            "AND pid <> pg_backend_pid()")


def _update(path: str, seq: int, content: str) -> str:
    return json.dumps({"type": "code_update", "data": {
        "path": path, "seq": seq, "client_id": "w", "content": content,
        "sha256": sha256_text(content)}})


async def _answer(ws: Any) -> dict[str, Any]:
    """The next ack, resync or error."""
    async with asyncio.timeout(15):
        while True:
            frame = json.loads((await ws.receive()).data)
            if frame["type"] in ("ack", "resync", "error"):
                return dict(frame)


async def test_an_update_the_database_refuses_is_named_in_its_error_and_stored_on_resend(
        pg_api: tuple[Api, str]) -> None:
    """Connections cut and refused (asyncpg errors Tortoise does not wrap): the error names
    the update's seq and path, and the same update resent once the database is back is
    stored with its text, not acked as a no-op from a cache that believed it stored."""
    api, name = pg_api
    session = await api.create_session()
    ws = await api.ws(session)
    await ws.send_str(_update("a.py", 1, "x = 1\n"))
    assert (await _answer(ws))["type"] == "ack"
    await _admin(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS false', _terminate(name))
    try:
        await ws.send_str(_update("a.py", 2, "x = 2\n"))
        frame = await _answer(ws)
        assert frame["type"] == "error", frame
        assert frame["data"]["code"] == "store_unavailable"
        assert frame["data"]["seq"] == 2 and frame["data"]["path"] == "a.py", frame
    finally:
        await _admin(f'ALTER DATABASE "{name}" WITH ALLOW_CONNECTIONS true')
    for _ in range(20):  # the client's outbox resends until acked
        await ws.send_str(_update("a.py", 2, "x = 2\n"))
        frame = await _answer(ws)
        if frame["type"] == "ack":
            break
        assert frame["data"]["seq"] == 2
        await asyncio.sleep(0.2)
    assert frame["type"] == "ack" and frame["data"]["seq"] == 2, frame
    assert (await api.files(session["session_id"]))["a.py"] == "x = 2\n"
    await ws.close()


async def test_after_a_read_only_spell_writes_resume_and_health_tells_the_truth(
        pg_api: tuple[Api, str]) -> None:
    """Connections opened while the database is read-only stay read-only: while it is,
    writes answer 503 and /health 503; once it is writable, writes resume by themselves."""
    api, name = pg_api
    await api.create_session("before")
    await _admin(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on', _terminate(name))
    try:
        health = await api.client.get("/health")
        assert health.status == 503, await health.text()
        assert (await health.json())["components"]["database"]["status"] == "down"
        resp = await api.client.post("/sessions/", json={"candidate": {"name": "during"}},
                                     headers=api.auth())
        assert resp.status == 503, await resp.text()
        assert (await resp.json())["code"] == "store_unavailable"
    finally:
        await _admin(f'ALTER DATABASE "{name}" SET default_transaction_read_only = off')
    statuses = []
    for _ in range(5):  # a client retries a 503; the pool must heal within a try or two
        resp = await api.client.post("/sessions/", json={"candidate": {"name": "after"}},
                                     headers=api.auth())
        statuses.append(resp.status)
        if resp.status == 201:
            break
    assert statuses[-1] == 201, statuses
    assert len(statuses) <= 2, statuses
    health = await api.client.get("/health")
    assert health.status == 200, await health.text()


async def test_after_a_read_only_spell_the_ingest_stores_again(pg_api: tuple[Api, str]) -> None:
    """The ingest's pooled connections heal too: an update refused while read-only is named
    and stored once resent after the database is writable."""
    api, name = pg_api
    session = await api.create_session()
    ws = await api.ws(session)
    await ws.send_str(_update("a.py", 1, "x = 1\n"))
    assert (await _answer(ws))["type"] == "ack"
    await _admin(f'ALTER DATABASE "{name}" SET default_transaction_read_only = on', _terminate(name))
    try:
        await ws.send_str(_update("a.py", 2, "x = 2\n"))
        frame = await _answer(ws)
        assert frame["type"] == "error" and frame["data"]["seq"] == 2, frame
        assert frame["data"]["code"] == "store_unavailable"
    finally:
        await _admin(f'ALTER DATABASE "{name}" SET default_transaction_read_only = off')
    answers = []
    for _ in range(5):
        await ws.send_str(_update("a.py", 2, "x = 2\n"))
        answers.append((frame := await _answer(ws))["type"])
        if frame["type"] == "ack":
            break
    assert answers[-1] == "ack" and len(answers) <= 2, answers
    assert (await api.files(session["session_id"]))["a.py"] == "x = 2\n"
    await ws.close()
