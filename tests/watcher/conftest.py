"""Fixtures for the watcher's end-to-end tests (see watcher_harness)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from watcher_harness import REPO, LiveServer, WatcherProcess

from tests.support.servers import VIVA


@contextmanager
def _started_server(tmp_path_factory) -> Iterator[LiveServer]:
    """A fresh server of its own, stopped at the end (resumed first if a test paused it)."""
    if not (REPO / "server" / "app.py").exists() or not VIVA.exists():
        pytest.skip("needs server/app.py and the `viva` command")
    server = LiveServer(tmp_path_factory.mktemp("server"))
    server.start()
    try:
        yield server
    finally:
        if server.proc and server.proc.poll() is None:
            server.resume()  # a test may have left it stopped with SIGSTOP
        server.stop()


@pytest.fixture
def live_server(tmp_path_factory) -> Iterator[LiveServer]:
    """A fresh server of its own (for tests that kill or pause it)."""
    with _started_server(tmp_path_factory) as server:
        yield server


@pytest.fixture(scope="module")
def shared_server(tmp_path_factory) -> Iterator[LiveServer]:
    """One server for a test module whose tests never kill it."""
    with _started_server(tmp_path_factory) as server:
        yield server


@pytest.fixture
def run_watcher(tmp_path) -> Iterator[Any]:
    """Start watcher subprocesses; every one left running is killed at the end."""
    started: list[WatcherProcess] = []

    def start(root: Path, invite: str, *extra: str, **kwargs: Any) -> WatcherProcess:
        proc = WatcherProcess(root, invite, tmp_path / f"watcher-{len(started)}.log", *extra,
                              **kwargs)
        started.append(proc.start())
        return proc

    yield start
    for proc in started:
        proc.kill()
