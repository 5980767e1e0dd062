"""Fixtures for the scale tests: a fresh PostgreSQL database and a Redis namespace per test."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator

import pytest

from tests.conftest import drop_pg_database, need_redis, new_pg_database
from tests.scale.harness import redis_db_url


@pytest.fixture
async def pg_url() -> AsyncIterator[str]:
    """A fresh, migrated database on the shared PostgreSQL."""
    url = await new_pg_database()
    yield url
    await drop_pg_database(url)


@pytest.fixture
def redis_env() -> dict[str, str]:
    """REDIS_URL on a random database index and a channel of this test's own.

    Pub/sub ignores database indexes, so the channel is what keeps another test run's events
    (whose session ids may equal ours) out of this test's feed.
    """
    need_redis()
    return {"REDIS_URL": redis_db_url(), "VIVA_REDIS_CHANNEL": f"viva:test:{uuid.uuid4().hex}"}
