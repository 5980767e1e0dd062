"""Harness for the scale and fault tests: real `viva server` processes, candidate clients that
stream updates over real sockets and remember what was acked, and private PostgreSQL and Redis
instances that a test may stop without touching the shared ones."""

from __future__ import annotations

import asyncio
import contextlib
import glob
import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

from tests.conftest import SECRET
from tests.support.servers import ServerProcess as _ServerProcess
from tests.support.servers import free_port
from viva.diffs import sha256_text


def token(role: str = "admin", *, session_id: int | None = None, name: str | None = None) -> str:
    """A token signed with the tests' secret."""
    from server.core.auth import mint_token

    return mint_token(SECRET, role=role, name=name or role, session_id=session_id)


def redis_db_url(base: str = "redis://127.0.0.1:6379") -> str:
    """The shared Redis on a random database index (1-15), so keys never meet another run's."""
    return f"{base}/{1 + uuid.uuid4().int % 15}"


@dataclass
class ServerProcess(_ServerProcess):
    """`viva server` on PostgreSQL (and Redis, if given), signed with the tests' secret."""

    secret: str = field(default=SECRET, kw_only=True)


def update_frame(path: str, seq: int, client_id: str, content: str) -> str:
    return json.dumps({"type": "code_update", "data": {
        "path": path, "seq": seq, "client_id": client_id, "content": content,
        "sha256": sha256_text(content)}})


@dataclass
class StreamingClient:
    """A candidate client that streams whole-content updates and, like the real client's outbox,
    keeps every unacked one and resends it after an `error` answer or a reconnect."""

    servers: list[str]
    """Base ws:// URLs to connect to, in turn (a load balancer without stickiness)."""
    session_id: int
    token: str
    client_id: str = field(default_factory=lambda: "c-" + uuid.uuid4().hex[:8])
    path: str = ""
    interval: float = 0.01
    acked: set[int] = field(default_factory=set)
    sent: int = 0
    errors: list[str] = field(default_factory=list)
    disconnects: int = 0
    next_seq: int = 1
    pending: dict[int, str] = field(default_factory=dict)
    refused: set[int] = field(default_factory=set)
    last_ack: float = 0.0

    def __post_init__(self) -> None:
        self.path = self.path or f"{self.client_id}.py"

    def content(self, seq: int) -> str:
        return "".join(f"line {i} of {self.client_id}\n" for i in range(seq % 40)) + f"seq = {seq}\n"

    async def run(self, stop: asyncio.Event, drain_seconds: float = 30) -> None:
        """Stream until `stop` is set; then resend until everything sent is acked (or time is up)."""
        turn = 0
        deadline: float | None = None
        async with aiohttp.ClientSession() as http:
            while True:
                if stop.is_set():
                    deadline = deadline or time.monotonic() + drain_seconds
                    if not self.pending or time.monotonic() > deadline:
                        return
                base = self.servers[turn % len(self.servers)]
                turn += 1
                url = f"{base}/ws/session/{self.session_id}?token={self.token}"
                try:
                    async with http.ws_connect(url, timeout=aiohttp.ClientWSTimeout(ws_close=2)) as ws:
                        await self._connected(ws, stop, drain_seconds)
                except (TimeoutError, aiohttp.ClientError, OSError):
                    pass
                self.disconnects += 1
                await asyncio.sleep(0.2)

    async def _connected(self, ws: aiohttp.ClientWebSocketResponse, stop: asyncio.Event,
                         drain_seconds: float) -> None:
        first = await ws.receive(timeout=10)
        if first.type != aiohttp.WSMsgType.TEXT or json.loads(first.data).get("type") != "auth_success":
            return
        self.refused.clear()
        for seq in sorted(self.pending):  # the outbox: resend what was never acked
            await ws.send_str(self.pending[seq])
        reader = asyncio.create_task(self._read(ws))
        last_resend = time.monotonic()
        try:
            while not reader.done():
                now = time.monotonic()
                if self.refused and now - last_resend > 0.3:
                    last_resend = now
                    for seq in sorted(self.refused & self.pending.keys()):
                        await ws.send_str(self.pending[seq])
                    self.refused.clear()
                if stop.is_set():
                    if not self.pending:
                        return
                    if now - max(last_resend, self.last_ack) > 2.0:  # nothing answered: ask again
                        last_resend = now
                        for seq in sorted(self.pending):
                            await ws.send_str(self.pending[seq])
                    await asyncio.sleep(0.05)
                    continue
                seq = self.next_seq
                self.next_seq += 1
                frame = update_frame(self.path, seq, self.client_id, self.content(seq))
                self.pending[seq] = frame
                self.sent += 1
                await ws.send_str(frame)
                await asyncio.sleep(self.interval)
        finally:
            reader.cancel()
            await asyncio.gather(reader, return_exceptions=True)

    async def _read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                break
            frame = json.loads(msg.data)
            data = frame.get("data") or {}
            if frame.get("type") == "ack" and data.get("client_id") == self.client_id:
                seq = int(data["seq"])
                self.acked.add(seq)
                self.pending.pop(seq, None)
                self.last_ack = time.monotonic()
            elif frame.get("type") == "error":
                self.on_error(data)
            elif frame.get("type") == "resync":  # our whole-content updates never need one
                self.errors.append("resync")


    def on_error(self, data: dict[str, Any]) -> None:
        """An `error` frame: noted, and the update it names sent again."""
        self.errors.append(str(data.get("code")))
        if isinstance(data.get("seq"), int):
            self.refused.add(data["seq"])


async def stored_seqs(database_url: str, session_ids: list[int]) -> set[tuple[str, int]]:
    """(client_id, seq) of every stored change of these sessions, read straight from PostgreSQL."""
    import asyncpg

    conn = await asyncpg.connect(database_url.replace("postgres://", "postgresql://", 1))
    try:
        rows = await conn.fetch('SELECT client_id, seq FROM "change" WHERE session_id = ANY($1::int[])',
                                session_ids)
    finally:
        await conn.close()
    return {(r["client_id"], int(r["seq"])) for r in rows}


# --- private PostgreSQL and Redis -------------------------------------------------------------


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    if not found:
        import pytest

        pytest.skip(f"PostgreSQL's {name} is not installed")
    return found[-1]


class PrivatePostgres:
    """A throwaway PostgreSQL cluster on its own port, owned by the test (safe to restart)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="viva-pg-"))
        self.data = self.dir / "data"
        self._as_user: list[str] = []
        if os.geteuid() == 0:  # initdb refuses to run as root
            shutil.chown(self.dir, "postgres", "postgres")
            self._as_user = ["runuser", "-u", "postgres", "--"]

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *args: str, timeout: float = 60) -> None:
        subprocess.run([*self._as_user, *args], check=True, timeout=timeout,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def init(self) -> PrivatePostgres:
        self._run(_pg_bin("initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                  "--no-sync", "-E", "UTF8")
        return self

    def start(self) -> None:
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-w", "-l", str(self.dir / "pg.log"),
                  "-o", f"-p {self.port} -k {self.dir} -c listen_addresses=127.0.0.1 -c fsync=off",
                  "start")

    def stop(self, mode: str = "fast") -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-w", "-m", mode, "stop")

    def destroy(self) -> None:
        self.stop("immediate")
        shutil.rmtree(self.dir, ignore_errors=True)


class PrivateRedis:
    """A throwaway redis-server on its own port (safe to stop)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> PrivateRedis:
        exe = shutil.which("redis-server")
        if exe is None:
            import pytest

            pytest.skip("redis-server is not installed")
        self.proc = subprocess.Popen([exe, "--bind", "127.0.0.1", "--port", str(self.port),
                                      "--save", "", "--appendonly", "no"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), 0.2):
                return self
            time.sleep(0.02)
        raise RuntimeError("private redis-server did not start")

    def start_on_same_port(self) -> PrivateRedis:
        """Bring it back after `stop` (empty: it keeps nothing)."""
        return self.start()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)
