"""Fixtures of the server suites: the real app with the examiner asking after 3 changed lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Api
from tests.support.examining import start_app


@pytest.fixture
async def exam(aiohttp_client: Any, db_url: str, tmp_path: Path) -> Api:
    """The app on each backend, asking after 3 changed lines with no cooldown."""
    return await start_app(aiohttp_client, db_url, tmp_path)


@pytest.fixture
async def exam_lite(aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> Api:
    """The same on SQLite only, for tests whose subject is not storage."""
    return await start_app(aiohttp_client, sqlite_url, tmp_path)
