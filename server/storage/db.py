"""Database lifetime: Tortoise config, migrations at start, and closing."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sqlite3
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, Final

import asyncpg
from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.backends.base.config_generator import expand_db_url
from tortoise.exceptions import BaseORMException, DBConnectionError, IntegrityError
from tortoise.exceptions import ValidationError as FieldValueError

from server.core.errors import StoreUnavailable
from server.storage.models import User

__all__ = [
    "FieldValueError", "close_db", "ensure_admin", "init_db", "ping", "recover_pool",
    "store_unavailable", "tortoise_config",
]

logger = logging.getLogger(__name__)

_OPEN: dict[str, BaseDBAsyncClient] = {}
"""Clients opened by `init_db`, by connection name."""

_MIGRATION_LOCK: Final = 0x7669_7661_6D69_6772
"""Key of the PostgreSQL advisory lock held while migrating ("vivamigr"); advisory locks are
per database, so servers on other databases never wait for it."""

_POSTGRES_ENGINES: Final = frozenset({"tortoise.backends.asyncpg", "tortoise.backends.psycopg"})


def tortoise_config(url: str, connection: str = "default") -> dict[str, Any]:
    """The Tortoise config for `url`; `connection` names it (distinct per backend in tests)."""
    return {
        "connections": {connection: url},
        "apps": {
            "viva": {
                "models": ["server.storage.models"],
                "default_connection": connection,
                "migrations": "server.storage.migrations",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


def _ensure_sqlite_dir(url: str) -> None:
    if url.startswith("sqlite://") and ":memory:" not in url:
        path = url[len("sqlite://"):].split("?", 1)[0]
        if path:
            Path(path).parent.mkdir(parents=True, exist_ok=True)


@asynccontextmanager
async def _migrating_alone(url: str) -> AsyncIterator[None]:
    """Hold the migration lock of `url`'s database for the duration, on PostgreSQL.

    Servers started together on one empty database would otherwise all create the same tables
    and all but one fail. The lock is session-level, on a connection of its own that Tortoise's
    pool never sees; closing that connection releases it too, should the unlock itself fail.
    SQLite needs nothing more: its database is one local file that one server process uses in
    practice (servers that share a database share a PostgreSQL one), so there is no race to
    serialise.
    """
    db = expand_db_url(url)
    if db["engine"] not in _POSTGRES_ENGINES:
        yield
        return
    creds = db["credentials"]
    conn = await asyncpg.connect(host=creds.get("host"), port=creds.get("port"),
                                 user=creds.get("user"), password=creds.get("password"),
                                 database=creds.get("database"), ssl=creds.get("ssl"))
    try:
        if not await conn.fetchval("SELECT pg_try_advisory_lock($1)", _MIGRATION_LOCK):
            logger.info("waiting for another server to finish migrating the database")
            await conn.execute("SELECT pg_advisory_lock($1)", _MIGRATION_LOCK)
        try:
            yield
        finally:
            await conn.execute("SELECT pg_advisory_unlock($1)", _MIGRATION_LOCK)
    finally:
        await conn.close()


@contextlib.contextmanager
def _quiet(name: str) -> Iterator[None]:
    """The logger `name` says only warnings and worse meanwhile."""
    log = logging.getLogger(name)
    level = log.level
    log.setLevel(max(logging.WARNING, level))
    try:
        yield
    finally:
        log.setLevel(level)


async def init_db(url: str, *, connection: str = "default", migrate: bool = True) -> None:
    """Open the database and apply pending migrations (one process at a time on PostgreSQL)."""
    _ensure_sqlite_dir(url)
    config = tortoise_config(url, connection)
    try:
        if migrate:
            from tortoise.migrations.api.migrate import migrate as run_migrations

            async with _migrating_alone(url):
                await run_migrations(config=config)
                # the migrator leaves Tortoise half set up for queries: start it afresh,
                # without its "Tortoise-ORM shutdown" line in the log of a server starting
                with _quiet("tortoise"):
                    await Tortoise.close_connections()
        await Tortoise.init(config=config)
        _OPEN[connection] = connections.get(connection)
    except (OSError, BaseORMException, asyncpg.PostgresError, asyncpg.InterfaceError) as exc:
        raise StoreUnavailable(f"cannot open the database: {exc}") from exc


async def close_db(connection: str | None = None) -> None:
    """Close the connections `init_db` opened (all of them, or the one named)."""
    # Tortoise keeps its connection registry in a context variable, so a close from
    # another task (aiohttp's cleanup, a test's teardown) would not see it: close the
    # clients we kept instead.
    names = [connection] if connection else list(_OPEN)
    for name in names:
        client = _OPEN.pop(name, None)
        if client is not None:
            await client.close()
    await Tortoise.close_connections()


_UNAVAILABLE: Final = (
    OSError,  # refused, reset, timed out
    DBConnectionError,
    asyncpg.PostgresConnectionError,  # 08xxx, and a connection closed under a query
    asyncpg.exceptions.OperatorInterventionError,  # 57xxx: shutting down, starting up, terminated
    asyncpg.exceptions.InsufficientResourcesError,  # 53xxx: too many connections, disk full
    asyncpg.exceptions.TransactionRollbackError,  # 40xxx: serialization failure, deadlock
    asyncpg.exceptions.ReadOnlySQLTransactionError,  # 25006: a read-only database or standby
    asyncpg.exceptions.ObjectNotInPrerequisiteStateError,  # 55000: not accepting connections
    asyncpg.InterfaceError,
    asyncpg.InternalClientError,
)
"""Errors meaning the database cannot serve now (it may later), not that the request is wrong."""

_SQLITE_UNAVAILABLE: Final = ("locked", "disk i/o", "unable to open", "readonly", "read-only")
"""Words of a `sqlite3.OperationalError` that mean the file cannot be written now."""


def _chain(exc: BaseException) -> list[BaseException]:
    """`exc` and what caused it (Tortoise wraps the driver's error), innermost last."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen and len(seen) < 8:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def store_unavailable(exc: BaseException) -> bool:
    """Whether `exc` says the database cannot serve now (down, restarting, read-only),
    rather than that the query or its values are wrong."""
    for err in _chain(exc):
        if isinstance(err, _UNAVAILABLE):
            return True
        if isinstance(err, sqlite3.OperationalError) and \
                any(word in str(err).lower() for word in _SQLITE_UNAVAILABLE):
            return True
    return False


def _read_only(exc: BaseException) -> bool:
    return any(isinstance(e, asyncpg.exceptions.ReadOnlySQLTransactionError) for e in _chain(exc))


def _client(connection: str) -> BaseDBAsyncClient | None:
    client = _OPEN.get(connection)
    if client is None:
        try:
            client = connections.get(connection)
        except (KeyError, BaseORMException):
            return None
    return client


async def recover_pool(exc: BaseException | None, connection: str = "default") -> None:
    """After `exc` (None: unconditionally), let every pooled PostgreSQL connection be opened
    afresh: a connection opened while the database was read-only stays read-only (its
    `default_transaction_read_only` is read once, at connect), and one whose server went
    away is dead. Idle connections reconnect at their next use, busy ones when released."""
    if exc is not None and not store_unavailable(exc):
        return
    client = _client(connection)
    pool = getattr(client, "_pool", None) if client is not None else None
    if isinstance(pool, asyncpg.Pool):
        if exc is not None and _read_only(exc):
            logger.warning("the database refused a write as read-only: reopening its connections")
        await pool.expire_connections()


async def ping(connection: str = "default", timeout: float = 3) -> None:
    """Check that the named connection can write: `SELECT 1`, and on PostgreSQL that the
    connection is not read-only; raises `StoreUnavailable` (or the driver's error) when not.

    A read-only answer makes the pool reopen its connections and asks once more, so a
    database that is writable again is reported so at once, and its writes resume."""
    client = connections.get(connection)
    if client.capabilities.dialect != "postgres":
        await asyncio.wait_for(client.execute_query("SELECT 1"), timeout=timeout)
        return
    for attempt in range(2):
        _, rows = await asyncio.wait_for(client.execute_query("SHOW transaction_read_only"),
                                         timeout=timeout)
        if not rows or str(rows[0][0]).lower() != "on":
            return
        await recover_pool(None, connection)
        if attempt:
            break
    raise StoreUnavailable("the database is read-only: writes are refused")


async def ensure_admin(key: str) -> bool:
    """Create the first admin user unless an admin exists; True when this call created it.

    Servers starting together on a fresh database race here: exactly one of them wins.
    """
    if await User.filter(role="admin").exists():
        return False
    try:
        await User.create(key=key, name="admin", role="admin")
    except IntegrityError:  # another server created it first
        return False
    return True
