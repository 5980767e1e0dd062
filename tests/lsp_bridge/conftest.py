"""Fixtures for the language server's tests (see lsp_harness)."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from lsp_harness import Editor, RestartableServer

from tests.conftest import Api, make_settings

StartEditor = Callable[..., Awaitable[Editor]]


@pytest.fixture
async def start_editor(tmp_path: Path) -> AsyncIterator[StartEditor]:
    """Start editors running `viva lsp`; every one still running is shut down at the end."""
    editors: list[Editor] = []

    async def start(invite: str, root: Path | None = None) -> Editor:
        workspace = root or tmp_path / f"workspace-{len(editors)}"
        workspace.mkdir(parents=True, exist_ok=True)
        editor = Editor(workspace, invite, tmp_path / f"lsp-{len(editors)}.log")
        editors.append(editor)
        return await editor.start()

    yield start
    for editor in editors:
        await editor.stop()


@pytest.fixture
async def restartable_server(sqlite_url: str, tmp_path: Path) -> AsyncIterator[RestartableServer]:
    """The real app on a fixed port; a test may stop it and start it again."""
    server = RestartableServer(make_settings(sqlite_url, tmp_path))
    await server.start()
    yield server
    await server.stop()


@pytest.fixture
async def eager_api(aiohttp_client: Any, sqlite_url: str, tmp_path: Path) -> Api:
    """The real app whose examiner asks after every changed line, without waiting."""
    from server.app import create_app

    settings = make_settings(sqlite_url, tmp_path, MIN_CODE_CHANGE_LINES=1,
                             MIN_TIME_BETWEEN_INTERACTIONS=0)
    return Api(await aiohttp_client(create_app(settings, connection="sqlite", announce=False)),
               settings)
