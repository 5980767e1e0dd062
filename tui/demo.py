"""`viva demo`: the whole product on one machine, from nothing.

A `viva server` subprocess on a free loopback port keeps its state under `~/.viva-demo`
(SQLite, the secret key, a local ChromaDB, the offline examiner, the in-process bus), all
set through the child's environment, so nothing here imports the server. The demo then
mints an admin token (`viva token`, same environment), opens a session of the `demo`
pack, writes the task's starter files into a fresh workspace folder (from the invite, with
`viva.starter`, as `viva join` and `viva lsp` do), and runs the candidate companion with
its watcher on that folder, as `viva join` does. Quitting the
companion (ctrl+q or ctrl+c) stops the server.
"""

from __future__ import annotations

import argparse
import getpass
import importlib.util
import os
import shlex
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final

import httpx

from viva.invite import Invite, parse_invite
from viva.starter import starter_files_of, write_starter_files

__all__ = ["DemoServer", "demo_commands", "run_demo", "viva_executable"]

PACK: Final = "demo"
"""The shipped pack the demo session uses."""
MIN_TIME_BETWEEN_QUESTIONS: Final = 20
"""Seconds between questions: short, so a newcomer sees one soon after starting to type."""
START_TIMEOUT: Final = 120.0
"""Seconds the server may take to come up (the first start creates the database)."""
STOP_TIMEOUT: Final = 10.0
_PR_SET_PDEATHSIG: Final = 1
"""prctl(2) option: the signal this process gets when its parent dies."""


def demo_home() -> Path:
    """Where the demo keeps its state: `~/.viva-demo`, or `./viva-demo` without a home."""
    try:
        home = Path.home()
        if os.access(home, os.W_OK):
            return home / ".viva-demo"
    except RuntimeError:
        pass
    return Path.cwd() / "viva-demo"


def server_env(data_dir: Path) -> dict[str, str]:
    """The server child's environment: everything embedded under `data_dir`, offline."""
    env = dict(os.environ)
    env.update({
        "DATABASE_URL": f"sqlite://{data_dir / 'viva.db'}",
        "VIVA_DATA_DIR": str(data_dir),
        "CHROMA_PERSIST_DIRECTORY": str(data_dir / "chroma"),
        "CHROMA_URL": "",
        "REDIS_URL": "",
        "VIVA_EXAMINER": "offline",
        "OPENAI_API_KEY": "",
        "OPENAI_BASE_URL": "",
        "SECRET_KEY": "",  # generated once into the data dir, kept between demos
        "VIVA_PUBLIC_URL": "",
        "MIN_TIME_BETWEEN_INTERACTIONS": str(MIN_TIME_BETWEEN_QUESTIONS),
        "PYTHONUNBUFFERED": "1",
    })
    return env


def free_port() -> int:
    """A TCP port free on loopback right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _die_with_parent_hook() -> Callable[[], None] | None:
    """A pre-exec hook asking Linux for SIGTERM in the server when the demo dies; None if not Linux.

    Without it a demo killed outright (its terminal closed, SIGKILL) leaves the server running.
    libc is loaded here, in the parent, so the forked child makes one foreign call and takes
    no lock (no import, no dlopen) that another thread could have held at fork time.
    """
    try:
        import ctypes

        prctl = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # not Linux: the demo's own stop() still ends it
        return None

    def die_with_parent() -> None:
        prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)

    return die_with_parent


@dataclass
class DemoServer:
    """A `viva server` child process and what it takes to talk to it."""

    data_dir: Path
    port: int
    process: subprocess.Popen[bytes]
    log: IO[bytes]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @classmethod
    def start(cls, data_dir: Path, port: int | None = None) -> DemoServer:
        """Start the server; its output goes to `data_dir/server.log`."""
        data_dir.mkdir(parents=True, exist_ok=True)
        port = port or free_port()
        log = open(data_dir / "server.log", "ab")  # noqa: SIM115 - closed in stop()
        process = subprocess.Popen(
            [sys.executable, "-m", "viva", "server", "--host", "127.0.0.1", "--port", str(port)],
            env=server_env(data_dir), cwd=data_dir, stdin=subprocess.DEVNULL, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True,  # our ctrl+c is not its ctrl+c
            # Both callers start the server before any thread exists; the hook is one libc call.
            preexec_fn=_die_with_parent_hook())  # noqa: PLW1509 -- see the line above
        return cls(data_dir, port, process, log)

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        """Wait until `GET /` answers; RuntimeError with the log's tail if it never does."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"the server exited with {self.process.returncode}:\n"
                                   + self.log_tail())
            try:
                if httpx.get(self.url + "/", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        raise RuntimeError(f"the server did not answer within {timeout:.0f} s:\n" + self.log_tail())

    def admin_token(self) -> str:
        """Mint an admin token with the server's own secret (`viva token`)."""
        result = subprocess.run(
            [sys.executable, "-m", "viva", "token", "--role", "admin", "--name", "demo",
             "--ttl", str(24 * 60)],
            env=server_env(self.data_dir), cwd=self.data_dir, capture_output=True, text=True,
            timeout=60, check=False)
        if result.returncode != 0:
            raise RuntimeError(f"viva token failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def log_tail(self, lines: int = 15) -> str:
        """The last lines the server wrote."""
        self.log.flush()
        try:
            text = (self.data_dir / "server.log").read_text(errors="replace")
        except OSError:
            return ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        """Stop the server gracefully (SIGTERM), killing it if it does not stop in time."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.log.close()


def open_session(server: str, token: str, candidate: str) -> tuple[Invite, dict[str, str]]:
    """A session of the demo pack; its invite and the task's starter files, as the invite
    gives them to any candidate (`GET /join/{token}`)."""
    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=server, headers=headers, timeout=30) as http:
        resp = http.post("/sessions/", json={"assessment": PACK, "candidate": {"name": candidate}})
        resp.raise_for_status()
        invite = parse_invite(resp.json()["invite"])
        join = http.get(f"/join/{invite.token}")
        join.raise_for_status()
    return invite, starter_files_of(join.json())


def write_workspace(root: Path, files: dict[str, str]) -> Path:
    """A new workspace folder with the starter files, written as `viva join` writes them."""
    root.mkdir(parents=True, exist_ok=True)
    write_starter_files(root, files)
    return root


def viva_executable() -> str:
    """How to run this very `viva` from any shell: an absolute path, never a bare `viva`.

    The demo often runs from a virtualenv that is not active (`make demo`), so `viva` is
    not on the PATH of the terminal the user opens next.
    """
    beside = Path(sys.executable).parent / "viva"  # the venv's (or the prefix's) own script
    if beside.is_file() and os.access(beside, os.X_OK):
        return shlex.quote(str(beside.absolute()))
    started = Path(sys.argv[0])
    if started.name == "viva" and started.is_file():  # e.g. a `pip install --user` script
        return shlex.quote(str(started.absolute()))
    return f"{shlex.quote(sys.executable)} -m viva"


def demo_commands(server: str, token_file: Path, session_id: int) -> dict[str, str]:
    """The commands the demo prints, ready to paste into any shell: proctor and report."""
    viva = viva_executable()
    auth = f"--server {shlex.quote(server)} --token \"$(cat {shlex.quote(str(token_file))})\""
    return {"proctor": f"{viva} proctor {auth}",
            "report": f"{viva} report {session_id} {auth}"}


def intro_text(workspace: Path, commands: dict[str, str], main_file: str | None) -> str:
    """What the demo says before the task: where to code, how to watch as a proctor."""
    target = workspace / main_file if main_file else workspace
    return (f"> **viva demo.** Open `{target}` in your editor and code: every save is "
            "streamed to the server, and questions about what you write appear under "
            "**Questions** (F2).\n\n"
            f"> Proctor console, in another terminal: `{commands['proctor']}`\n\n"
            f"> The session's report, while the demo runs: `{commands['report']}`\n\n")


def run_demo(args: argparse.Namespace) -> int:
    """Start the embedded server, a session and a workspace; run the companion; stop it all."""
    if importlib.util.find_spec("aiohttp") is None or importlib.util.find_spec("tortoise") is None:
        print("viva demo runs a server on this machine, and its dependencies are not "
              "installed; run: pip install 'viva[server]'", file=sys.stderr)
        return 2
    data_dir = demo_home()
    print(f"viva demo: starting a server (state in {data_dir}) …", flush=True)
    server = DemoServer.start(data_dir)
    try:
        server.wait_ready()
        token = server.admin_token()
        token_file = data_dir / "admin-token"
        token_file.write_text(token + "\n")
        token_file.chmod(0o600)
        invite, files = open_session(server.url, token, _candidate_name())
        workspace = write_workspace(data_dir / f"workspace-{invite.session_id}", files)
        main_file = "main.py" if "main.py" in files else next(iter(files), None)
        commands = demo_commands(server.url, token_file, invite.session_id)
        print(f"  server     {server.url}   (log: {data_dir / 'server.log'})\n"
              f"  workspace  {workspace}   <- open it in your editor\n"
              f"  proctor    {commands['proctor']}\n"
              f"  report     {commands['report']}   (while the demo runs)\n"
              f"  invite     {invite.url}", flush=True)
        from tui.candidate import CandidateApp

        app = CandidateApp(invite, workspace=workspace, watch=True,
                           intro=intro_text(workspace, commands, main_file))
        code = app.run() or 0
        print(f"viva demo: stopped. Your workspace stays in {workspace}.")
        return code
    except (RuntimeError, httpx.HTTPError) as exc:
        print(f"viva demo: {exc}", file=sys.stderr)
        return 1
    finally:
        server.stop()


def _candidate_name() -> str:
    try:
        return getpass.getuser() or "demo candidate"
    except (KeyError, OSError):
        return "demo candidate"
