"""A real `viva server` in a subprocess, for the suites that drive one from outside (scale,
watcher): a free loopback port, an environment that the caller's shell cannot leak into, a
wait until `GET /` answers, and stop, SIGKILL, SIGSTOP or a restart on the same port and
database. Each suite subclasses `ServerProcess` for what only it needs (its database, its
secret)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import KW_ONLY, dataclass, field
from pathlib import Path
from typing import Any, Final

import httpx

__all__ = ["VIVA", "ServerProcess", "free_port"]

VIVA: Final = Path(sys.executable).with_name("viva")
"""The `viva` console script of the interpreter running the tests."""


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class ServerProcess:
    """`viva server --port PORT` in a subprocess, run from `home`, logging to `home/server.log`."""

    home: Path
    database_url: str
    redis_url: str = ""
    """Empty: no Redis (the server runs on its own)."""
    env_extra: dict[str, str] = field(default_factory=dict)
    """Set last, over everything else in the environment."""
    _: KW_ONLY
    secret: str
    """SECRET_KEY of the server; `token` signs with it."""
    port: int = field(default_factory=free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}"

    def env(self) -> dict[str, str]:
        """The caller's environment without its VIVA_*/OPENAI_* settings, plus this server's."""
        env = {k: v for k, v in os.environ.items() if not k.startswith(("VIVA_", "OPENAI_"))}
        env.update(DATABASE_URL=self.database_url, SECRET_KEY=self.secret, REDIS_URL=self.redis_url,
                   VIVA_DATA_DIR=str(self.home / "data"), VIVA_EXAMINER="offline",
                   CHROMA_PERSIST_DIRECTORY=str(self.home / "chroma"),
                   MIN_TIME_BETWEEN_INTERACTIONS="3600", OPENAI_API_KEY="", OPENAI_BASE_URL="",
                   PYTHONUNBUFFERED="1")
        env.update(self.env_extra)
        return env

    def launch(self) -> None:
        """Start the process without waiting for it to answer."""
        self.home.mkdir(parents=True, exist_ok=True)
        with open(self.home / "server.log", "ab") as log:
            self.proc = subprocess.Popen([str(VIVA), "server", "--port", str(self.port)],
                                         cwd=self.home, env=self.env(), stdout=log, stderr=log)

    def wait_ready(self, timeout: float = 60) -> None:
        """Wait until `GET /` answers; fail with the log if the process exits or time is up."""
        assert self.proc is not None
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"viva server exited: {self.log_tail()}")
            try:
                if httpx.get(self.url + "/", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.05)
        raise RuntimeError(f"viva server did not start: {self.log_tail()}")

    def start(self, timeout: float = 60) -> ServerProcess:
        """Launch and wait until ready."""
        self.launch()
        self.wait_ready(timeout)
        return self

    def log_tail(self, chars: int = 4000) -> str:
        """The end of the server's log (empty before the first launch)."""
        path = self.home / "server.log"
        return path.read_text(errors="replace")[-chars:] if path.exists() else ""

    def kill(self) -> None:
        """SIGKILL: no shutdown hooks, nothing flushed."""
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        """SIGTERM, then SIGKILL if it has not exited within ten seconds."""
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()

    def pause(self) -> None:
        """SIGSTOP: sockets stay open but nothing answers, like a network that went dark."""
        assert self.proc
        self.proc.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """SIGCONT after `pause`."""
        assert self.proc
        self.proc.send_signal(signal.SIGCONT)

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def token(self, role: str = "admin", *, session_id: int | None = None,
              name: str | None = None) -> str:
        """A token for `role` that this server accepts."""
        from server.core.auth import mint_token  # tests may import the server; clients never do

        return mint_token(self.secret, role=role, name=name or role, session_id=session_id)

    def request(self, method: str, path: str, role: str = "admin", **kwargs: Any) -> httpx.Response:
        """An HTTP request to this server as `role`."""
        headers = {"Authorization": f"Bearer {self.token(role)}"}
        return httpx.request(method, self.url + path, headers=headers, timeout=10, **kwargs)

    def create_session(self, name: str = "ana") -> dict[str, Any]:
        """A new session for candidate `name`, as the admin; the server's answer."""
        resp = self.request("POST", "/sessions/", json={"candidate": {"name": name}})
        assert resp.status_code == 201, resp.text
        return dict(resp.json())
