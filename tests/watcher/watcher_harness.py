"""Harness for the watcher's end-to-end tests: a real `viva server` in a subprocess on SQLite
(see tests/support/servers.py), a real watcher in another, and a check that the server's files
equal the disk."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.support.servers import ServerProcess

REPO = Path(__file__).resolve().parents[2]
SECRET = "watcher-tests-secret-key-0123456789abcdef"


@dataclass
class LiveServer(ServerProcess):
    """`viva server` on its own SQLite file under `home`, without Redis."""

    database_url: str = ""
    """Left empty: `home/viva.db`."""
    secret: str = field(default=SECRET, kw_only=True)

    def __post_init__(self) -> None:
        self.database_url = self.database_url or f"sqlite://{self.home / 'viva.db'}"

    def files(self, session_id: int) -> dict[str, str]:
        """The session's files as the server has them: path to content."""
        resp = self.request("GET", f"/sessions/{session_id}/files")
        assert resp.status_code == 200, resp.text
        return {path: entry["content"] for path, entry in resp.json().items()}


class WatcherProcess:
    """`python -m watcher DIR --invite ... --json` in a subprocess, its events in a file."""

    def __init__(self, root: Path, invite: str, log: Path, *extra: str,
                 command: tuple[str, ...] = (sys.executable, "-m", "watcher")) -> None:
        self.root, self.invite, self.log, self.extra = root, invite, log, extra
        self.command = command
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> WatcherProcess:
        with open(self.log, "ab") as out:
            self.proc = subprocess.Popen(
                [*self.command, str(self.root), "--invite", self.invite, "--json", *self.extra],
                cwd=REPO, stdout=out, stderr=out)
        return self

    def events(self) -> list[dict[str, Any]]:
        lines = self.log.read_text(errors="replace").splitlines() if self.log.exists() else []
        out = []
        for line in lines:
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError:
                continue  # a traceback line on stderr
        return out

    def wait_for(self, event: str, count: int = 1, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while sum(e["event"] == event for e in self.events()) < count:
            assert self.proc and self.proc.poll() is None, self.log.read_text()[-3000:]
            assert time.monotonic() < deadline, f"no {event!r} event: {self.log.read_text()[-3000:]}"
            time.sleep(0.02)

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> int:
        assert self.proc
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            return self.proc.wait(15)
        return self.proc.returncode


def disk_files(root: Path, *, leave_out: set[str] = frozenset()) -> dict[str, str]:
    """Every UTF-8 text file under `root` outside .git/ and .viva/, minus `leave_out`."""
    found = {}
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in (".git", ".viva")]
        for name in filenames:
            full = Path(dirpath) / name
            rel = full.relative_to(root).as_posix()
            if rel in leave_out:
                continue
            data = full.read_bytes()
            if b"\0" in data:
                continue
            try:
                found[rel] = data.decode("utf-8")
            except UnicodeDecodeError:
                continue
    return found


def wait_converged(server: LiveServer, session_id: int, root: Path, *,
                   leave_out: set[str] = frozenset(), timeout: float = 20) -> dict[str, str]:
    """Wait until the server's files equal the disk; return them (or fail with the difference)."""
    deadline = time.monotonic() + timeout
    while True:
        want = disk_files(root, leave_out=leave_out)
        try:
            have = server.files(session_id)
        except httpx.HTTPError:
            have = {}
        if have == want:
            return have
        if time.monotonic() > deadline:
            missing = sorted(set(want) - set(have))[:10]
            extra = sorted(set(have) - set(want))[:10]
            differ = sorted(p for p in set(want) & set(have) if want[p] != have[p])[:10]
            pytest.fail(f"server never matched the disk: missing {missing}, extra {extra}, "
                        f"differing {differ}")
        time.sleep(0.05)
