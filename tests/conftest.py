"""Shared fixtures: real databases (SQLite and the PostgreSQL here), the real app on loopback.

`db_url` is parametrised over both backends; each PostgreSQL test gets a fresh database
cloned from a migrated template, so tests never see each other's rows.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

PG_DSN = os.environ.get("VIVA_TEST_PG", "postgres://postgres@127.0.0.1:5432/postgres")
REDIS_URL = os.environ.get("VIVA_TEST_REDIS", "redis://127.0.0.1:6379/0")
SECRET = "test-secret-key-that-is-long-enough-for-hs256"


def _reachable(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


PG_UP = _reachable("127.0.0.1", 5432)
REDIS_UP = _reachable("127.0.0.1", 6379)


def pytest_sessionstart(session: pytest.Session) -> None:
    """In CI a missing PostgreSQL or Redis is a failure, never a skip."""
    if os.environ.get("CI") == "true":
        missing = [n for n, up in (("PostgreSQL 127.0.0.1:5432", PG_UP), ("Redis 127.0.0.1:6379", REDIS_UP)) if not up]
        if missing:
            raise pytest.UsageError(f"required services are not reachable: {', '.join(missing)}")


def need_pg() -> None:
    """Skip (locally) or fail (CI) without PostgreSQL."""
    if not PG_UP:
        if os.environ.get("CI") == "true":
            pytest.fail("PostgreSQL is required in CI")
        pytest.skip("PostgreSQL is not running on 127.0.0.1:5432")


def need_redis() -> None:
    """Skip (locally) or fail (CI) without Redis."""
    if not REDIS_UP:
        if os.environ.get("CI") == "true":
            pytest.fail("Redis is required in CI")
        pytest.skip("Redis is not running on 127.0.0.1:6379")


_TEMPLATE: dict[str, str] = {}


async def _pg_admin(sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(PG_DSN.replace("postgres://", "postgresql://"))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def _pg_template() -> str:
    """A migrated database to clone, made once per test run."""
    if "name" not in _TEMPLATE:
        from server.storage.db import close_db, init_db

        name = f"viva_tmpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        await _pg_admin(f'CREATE DATABASE "{name}"')
        await init_db(PG_DSN.rsplit("/", 1)[0] + f"/{name}", connection="pg_template")
        await close_db()
        _TEMPLATE["name"] = name
    return _TEMPLATE["name"]


async def new_pg_database() -> str:
    """A fresh, migrated PostgreSQL database; its URL."""
    need_pg()
    template = await _pg_template()
    name = f"viva_t_{uuid.uuid4().hex[:12]}"
    await _pg_admin(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return PG_DSN.rsplit("/", 1)[0] + f"/{name}"


async def drop_pg_database(url: str) -> None:
    """Drop a database made by `new_pg_database`."""
    name = url.rsplit("/", 1)[1]
    await _pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Drop the template database; failing to is harmless, so say so and carry on."""
    if "name" in _TEMPLATE:
        import asyncpg

        name = _TEMPLATE["name"]
        try:
            asyncio.run(_pg_admin(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        except (OSError, asyncpg.PostgresError) as exc:
            print(f"\nleft the template database {name} behind: {exc}", file=sys.stderr)


@pytest.fixture(params=["sqlite", "postgres"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A fresh database URL, once for SQLite and once for PostgreSQL."""
    if request.param == "sqlite":
        yield f"sqlite://{tmp_path}/viva.db"
        return
    url = await new_pg_database()
    yield url
    await drop_pg_database(url)


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    """A fresh SQLite database URL."""
    return f"sqlite://{tmp_path}/viva.db"


def make_settings(db_url: str, tmp_path: Path, **overrides: Any) -> Any:
    """Settings for a test server: fixed secret, everything under tmp_path, offline examiner."""
    from server.core.settings import Settings

    values: dict[str, Any] = {
        "DATABASE_URL": db_url, "SECRET_KEY": SECRET, "VIVA_DATA_DIR": str(tmp_path / ".viva"),
        "CHROMA_PERSIST_DIRECTORY": str(tmp_path / "chroma"), "VIVA_EXAMINER": "offline",
        "OPENAI_API_KEY": None, "OPENAI_BASE_URL": None, "REDIS_URL": None,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)


def connection_name(db_url: str) -> str:
    """Tortoise caches SQL per connection name: one name per backend."""
    return "pg" if db_url.startswith("postgres") else "sqlite"


@dataclass
class Api:
    """A test client for the real app, with tokens at hand."""

    client: Any
    settings: Any

    def token(self, role: str = "admin", *, session_id: int | None = None, name: str | None = None,
              ttl: float = 60) -> str:
        from server.core.auth import mint_token

        user = f"candidate:{name}" if role == "candidate" and name else None
        return mint_token(SECRET, role=role, name=name, user=user, session_id=session_id, ttl_minutes=ttl)

    def auth(self, role: str = "admin", **kw: Any) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token(role, **kw)}"}

    async def create_session(self, name: str = "ana", assessment: str | None = None) -> dict[str, Any]:
        resp = await self.client.post("/sessions/", json={"assessment": assessment, "candidate": {"name": name}},
                                      headers=self.auth())
        assert resp.status == 201, await resp.text()
        return await resp.json()

    async def files(self, session_id: int) -> dict[str, str]:
        resp = await self.client.get(f"/sessions/{session_id}/files", headers=self.auth())
        assert resp.status == 200, await resp.text()
        return {p: v["content"] for p, v in (await resp.json()).items()}

    async def ws(self, session: dict[str, Any], **kw: Any) -> Any:
        path = f"/ws/session/{session['session_id']}?token={session['candidate_token']}"
        return await self.client.ws_connect(path, **kw)


@pytest.fixture
async def api(aiohttp_client: Any, db_url: str, tmp_path: Path) -> Api:
    """The real app on loopback, on each backend."""
    from server.app import create_app

    settings = make_settings(db_url, tmp_path)
    client = await aiohttp_client(create_app(settings, connection=connection_name(db_url), announce=False))
    return Api(client, settings)


@pytest.fixture
async def sqlite_api(aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> Api:
    """The real app on loopback, on SQLite only (for tests whose subject is not storage)."""
    from server.app import create_app

    settings = make_settings(sqlite_url, tmp_path)
    client = await aiohttp_client(create_app(settings, connection="sqlite", announce=False))
    return Api(client, settings)


@pytest.fixture
def free_port() -> Iterator[int]:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    yield port
