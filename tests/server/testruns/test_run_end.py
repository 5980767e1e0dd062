"""A test run's end is an event: published on the bus as `RunEnded`, so a process waiting for a
run that another one carries out wakes when it ends instead of polling the database."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from server.keys import BUS
from server.live.bus import BusEvent
from server.storage.models import TestRun
from server.testruns.service import RunEnded, SandboxRuns
from tests.conftest import Api, make_settings
from tests.support.testruns import candidate, load_pack


@pytest.fixture
async def bare(aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> AsyncIterator[Api]:
    """The real app on SQLite, the calculator pack loaded, runs refused (no sandbox)."""
    from server.app import create_app

    settings = make_settings(sqlite_url, tmp_path, VIVA_SANDBOX="off")
    client = await aiohttp_client(create_app(settings, connection="sqlite", announce=False))
    api = Api(client, settings)
    await load_pack(api)
    yield api


def test_the_run_end_message_round_trips_and_ignores_other_messages() -> None:
    assert RunEnded.of(RunEnded(12).event()) == RunEnded(12)
    assert RunEnded.of({"type": "test_result", "to": "all", "data": {"run_id": 12}}) is None
    assert RunEnded.of({**RunEnded(12).event(), "data": {"run_id": "12"}}) is None


async def test_a_run_s_end_is_published_on_the_bus(bare: Api) -> None:
    ended: asyncio.Queue[RunEnded] = asyncio.Queue()

    async def hear(event: BusEvent) -> None:
        if (message := RunEnded.of(event)) is not None:
            ended.put_nowait(message)

    bare.client.server.app[BUS].subscribe(hear)
    ana = await candidate(bare)
    started, result = await ana.run_tests()
    assert result["status"] == "unavailable"
    assert await asyncio.wait_for(ended.get(), 5) == RunEnded(started["run_id"])
    await ana.ws.close()


async def test_a_waiter_in_another_process_wakes_on_the_run_s_end(bare: Api) -> None:
    app = bare.client.server.app

    async def publish(*_: Any) -> None:
        """This other process tells no one anything."""

    # another process's test runs, on the same bus (as every process is, through Redis)
    other = SandboxRuns(None, "not here", publish, workers=1, timeout=3, memory_mb=64, bus=app[BUS])
    session = await bare.create_session("ana", assessment="sandbox-calc")
    run = await TestRun.create(session_id=session["session_id"], trigger="candidate",
                               status="running", started_at=datetime.now(UTC))
    waiter = asyncio.create_task(other.wait(run.id))
    while run.id not in other._ended:  # it listens before it looks at the database
        await asyncio.sleep(0)
        assert not waiter.done()
    # the row still says `running`: only the message can end this wait in time
    await app[BUS].publish(RunEnded(run.id).event())
    await asyncio.wait_for(waiter, 2)
    assert other._ended == {}
