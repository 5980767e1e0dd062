"""Migrations at server start on PostgreSQL: servers starting together on one empty database
take turns, so each succeeds and the schema is made once."""

from __future__ import annotations

import asyncio
import pkgutil
import sys
import uuid
from collections.abc import AsyncIterator

import asyncpg
import pytest

from tests.conftest import PG_DSN, drop_pg_database, need_pg

TABLES = {"tortoise_migrations", "user", "challenge", "assessment", "session", "change", "event",
          "interaction", "report"}

# Each child imports everything first, says so, and migrates only when told: the two
# migrations then start within a millisecond or so of each other, not a second apart.
MIGRATE = """
import asyncio, sys
from server.storage.db import close_db, init_db

async def main(url):
    print("ready", flush=True)
    sys.stdin.readline()
    await init_db(url, connection="migrate_race")
    await close_db()

asyncio.run(main(sys.argv[1]))
"""


def _migration_names() -> list[str]:
    import server.storage.migrations

    return sorted(m.name for m in pkgutil.iter_modules(server.storage.migrations.__path__))


def _dsn(url: str) -> str:
    return url.replace("postgres://", "postgresql://", 1)


@pytest.fixture
async def empty_pg_url() -> AsyncIterator[str]:
    """A new PostgreSQL database with no tables at all (not cloned from the migrated template)."""
    need_pg()
    name = f"viva_m_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(_dsn(PG_DSN))
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()
    url = PG_DSN.rsplit("/", 1)[0] + f"/{name}"
    yield url
    await drop_pg_database(url)


async def _migrate_in_two_processes(url: str) -> list[tuple[int, str]]:
    procs = [await asyncio.create_subprocess_exec(
        sys.executable, "-c", MIGRATE, url, stdin=asyncio.subprocess.PIPE,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT) for _ in range(2)]
    try:
        for proc in procs:
            assert proc.stdout is not None
            line = await asyncio.wait_for(proc.stdout.readline(), 60)
            assert line == b"ready\n", line + await proc.stdout.read()
        for proc in procs:
            assert proc.stdin is not None
            proc.stdin.write(b"go\n")
            await proc.stdin.drain()
        outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 60)
    finally:
        for proc in procs:
            if proc.returncode is None:
                proc.kill()
                await proc.wait()
    return [(p.returncode or 0, out.decode(errors="replace")) for p, (out, _) in zip(procs, outputs, strict=False)]


async def test_two_processes_migrating_one_empty_database_both_succeed(empty_pg_url: str) -> None:
    """Both `init_db` calls return; every migration is recorded once and every table exists once."""
    results = await _migrate_in_two_processes(empty_pg_url)

    assert [code for code, _ in results] == [0, 0], "\n\n".join(out for _, out in results)
    conn = await asyncpg.connect(_dsn(empty_pg_url))
    try:
        applied = await conn.fetch("SELECT name, count(*) AS n FROM tortoise_migrations "
                                   "WHERE app = 'viva' GROUP BY name")
        tables = await conn.fetch("SELECT table_name FROM information_schema.tables "
                                  "WHERE table_schema = 'public'")
    finally:
        await conn.close()
    assert sorted(r["name"] for r in applied) == _migration_names()
    assert all(r["n"] == 1 for r in applied), applied
    assert {r["table_name"] for r in tables} >= TABLES


async def test_the_migration_lock_is_held_while_migrating_and_released_after_a_failure(
        empty_pg_url: str) -> None:
    """Another session cannot take the lock inside `_migrating_alone`, and can once it has raised."""
    from server.storage.db import _MIGRATION_LOCK, _migrating_alone

    other = await asyncpg.connect(_dsn(empty_pg_url))
    try:
        with pytest.raises(RuntimeError, match="migration failed"):
            async with _migrating_alone(empty_pg_url):
                assert await other.fetchval("SELECT pg_try_advisory_lock($1)", _MIGRATION_LOCK) is False
                raise RuntimeError("migration failed")
        assert await other.fetchval("SELECT pg_try_advisory_lock($1)", _MIGRATION_LOCK) is True
    finally:
        await other.close()
