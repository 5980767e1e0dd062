"""Shared parts of the test-run tests: a small pack with tests, a real app on PostgreSQL, and a
candidate who writes files and asks for a run over a real socket."""

from __future__ import annotations

import asyncio
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType

from tests.conftest import Api
from viva.diffs import sha256_text

COMMAND = "python -m pytest -q -p no:cacheprovider -o junit_family=xunit1 --junitxml={junit}"

PACK: dict[str, Any] = {
    "slug": "sandbox-calc",
    "title": "Calculator with tests",
    "time_limit_minutes": 30,
    "task": {
        "description": "Make `add` add.",
        "main_file": "calc.py",
        "files": {
            "calc.py": "def add(a, b):\n    return a + b\n",
            "test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n",
        },
    },
    "tests": {
        "command": COMMAND,
        "timeout_seconds": 10,  # generous: sandboxed runs go at idle priority on a busy machine
        "memory_mb": 256,
        "hidden_files": {
            "test_secret_cases.py": "from calc import add\n\n\ndef test_add_negative_numbers():\n"
                                    "    assert add(-2, -3) == -5\n",
        },
        "reference_files": {"calc.py": "def add(a, b):\n    return a + b\n"},
    },
}
"""Runs in about half a second; hidden test names contain `secret_cases` / `negative`."""

HIDDEN_MARKERS = ("test_secret_cases", "test_add_negative_numbers")


def update(path: str, seq: int, content: str, client: str = "c1") -> dict[str, Any]:
    """A whole-content `code_update` frame."""
    return {"type": "code_update", "data": {"path": path, "seq": seq, "client_id": client,
                                            "content": content, "sha256": sha256_text(content)}}


async def recv(ws: Any, type_: str, timeout: float = 20) -> dict[str, Any]:
    """The next message of `type_`, skipping others."""
    deadline = time.monotonic() + timeout
    while True:
        msg = await ws.receive(timeout=max(0.1, deadline - time.monotonic()))
        assert msg.type == WSMsgType.TEXT, f"expected text, got {msg.type} {msg.data}"
        data = json.loads(msg.data)
        if data.get("type") == type_:
            return data


async def load_pack(api: Api, pack: dict[str, Any] | None = None) -> None:
    """Load the pack over REST."""
    resp = await api.client.post("/assessments", json=pack or PACK, headers=api.auth())
    assert resp.status in (200, 201), await resp.text()


@dataclass
class Candidate:
    """One session and its candidate socket."""

    api: Api
    session: dict[str, Any]
    ws: Any
    seq: int = 0

    @property
    def id(self) -> int:
        return int(self.session["session_id"])

    async def write(self, path: str, content: str) -> None:
        """Store a file and wait for its ack."""
        self.seq += 1
        await self.ws.send_json(update(path, self.seq, content))
        ack = await recv(self.ws, "ack")
        assert ack["data"]["seq"] == self.seq

    async def run_tests(self, timeout: float = 30) -> tuple[dict[str, Any], dict[str, Any]]:
        """`run_tests` on the socket: the `test_run` answer and the `test_result` that follows."""
        await self.ws.send_json({"type": "run_tests", "data": {}})
        started = await recv(self.ws, "test_run")
        result = await recv(self.ws, "test_result", timeout=timeout)
        assert result["data"]["run_id"] == started["data"]["run_id"]
        return started["data"], result["data"]


async def candidate(api: Api, slug: str = "sandbox-calc", name: str = "ana") -> Candidate:
    """A new session on `slug` with its candidate socket open."""
    session = await api.create_session(name, assessment=slug)
    ws = await api.ws(session)
    await recv(ws, "auth_success")
    return Candidate(api, session, ws)


@dataclass
class AckWatch:
    """Another session writing every 50 ms while a run goes: every write's ack latency."""

    other: Candidate
    latencies: list[float] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)
    _task: asyncio.Task[None] | None = None

    async def _loop(self) -> None:
        while not self._stop.is_set():
            started = time.perf_counter()
            await self.other.write("notes.py", f"x = {self.other.seq}\n")
            self.latencies.append(time.perf_counter() - started)
            await asyncio.sleep(0.05)

    def start(self) -> None:
        self._task = asyncio.create_task(self._loop())

    async def stop(self) -> None:
        self._stop.set()
        assert self._task is not None
        await self._task

    def check(self) -> None:
        """The other session was served normally all along."""
        assert len(self.latencies) >= 3, "the other session's writes did not go through"
        worst = max(self.latencies)
        assert worst < 1.5, f"an ack of another session took {worst:.2f}s during the run"


def sandbox_processes() -> list[int]:
    """Pids of processes running as one of this server process's sandbox uids right now."""
    from server.testruns.sandbox import SANDBOX_UID_BASE

    low = SANDBOX_UID_BASE + (os.getpid() % 1000) * 64  # as SandboxRuns numbers its slots
    found = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                uid = entry.stat().st_uid
            except OSError:
                continue
            if low <= uid < low + 64:
                found.append(int(entry.name))
    return found


def leftover_run_dirs(since: set[str]) -> set[str]:
    """This process's run directories (viva-run-<pid>-*) in the temp dir that were not there
    before (other processes on the machine may be running their own)."""
    import tempfile

    now = {p.name for p in Path(tempfile.gettempdir()).glob(f"viva-run-{os.getpid()}-*")}
    return now - since
