"""Database lifetime: Tortoise config, migrations at start, and closing."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from tortoise import Tortoise, connections
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import BaseORMException

from server.errors import StoreUnavailable

__all__ = ["close_db", "init_db", "tortoise_config"]

logger = logging.getLogger(__name__)

_OPEN: dict[str, BaseDBAsyncClient] = {}
"""Clients opened by `init_db`, by connection name."""


def tortoise_config(url: str, connection: str = "default") -> dict[str, Any]:
    """The Tortoise config for `url`; `connection` names it (distinct per backend in tests)."""
    return {
        "connections": {connection: url},
        "apps": {
            "viva": {
                "models": ["server.models"],
                "default_connection": connection,
                "migrations": "server.migrations",
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


async def init_db(url: str, *, connection: str = "default", migrate: bool = True) -> None:
    """Open the database and apply pending migrations."""
    _ensure_sqlite_dir(url)
    config = tortoise_config(url, connection)
    try:
        if migrate:
            from tortoise.migrations.api.migrate import migrate as run_migrations

            await run_migrations(config=config)
            # the migrator leaves Tortoise half set up for queries: start it afresh
            await Tortoise.close_connections()
        await Tortoise.init(config=config)
        _OPEN[connection] = connections.get(connection)
    except (OSError, BaseORMException) as exc:
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
