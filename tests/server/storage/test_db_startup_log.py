"""A server starting says nothing of a shutdown: the migrator's connections close quietly."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest


async def test_opening_and_migrating_the_database_logs_no_shutdown(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from server.storage.db import close_db, init_db

    caplog.set_level(logging.INFO)
    await init_db(f"sqlite://{tmp_path}/viva.db", connection="startlog")
    try:
        said = [r.getMessage() for r in caplog.records]
        assert not any("shutdown" in line.lower() for line in said), said
        assert logging.getLogger("tortoise").level == logging.NOTSET  # left as it was
    finally:
        await close_db("startlog")
