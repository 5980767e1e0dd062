"""Start-up of the candidate companion: `viva tui` from spawn to first paint, and its memory.

Starts a demo-style `viva server` (SQLite under a temporary directory, offline examiner),
opens a session, then runs `python -m viva tui --invite ...` several times on a
pseudo-terminal of 80x24 and measures, for each run:

- first paint: from spawning the process to the first frame showing the companion's tabs,
  and the CPU time the process had used by then (a figure a busy machine inflates less);
- connected: to the status line saying "connected";
- resident memory (VmRSS and VmHWM from /proc) once connected.

A separate probe runs the companion headless, in `viva join` mode (watcher included), until
it is connected, and lists every server-only module it loaded: there must be none.

Usage: python benchmarks/tui_start.py [--runs N]
Target: first paint <= 1 s.
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tui.demo import DemoServer

FORBIDDEN = ("server", "aiohttp.web", "tortoise", "asyncpg", "redis", "chromadb", "langchain")

_PROBE = """
import asyncio, json, sys, tempfile
from pathlib import Path
from tui.candidate import CandidateApp
from viva.invite import parse_invite

class Probe(CandidateApp):
    def on_connection_changed(self, event):
        super().on_connection_changed(event)
        if event.status.connected:
            self.set_timer(0.5, lambda: self.run_worker(self.action_quit()))

root = Path(tempfile.mkdtemp())
(root / "main.py").write_text("print('hi')\\n")
Probe(parse_invite(sys.argv[1]), workspace=root, watch=True).run(headless=True)
print(json.dumps(sorted(sys.modules)))
"""


def _rss(pid: int) -> tuple[int, int]:
    fields: dict[str, int] = {}
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("VmRSS", "VmHWM"):
            fields[key] = int(value.split()[0]) * 1024
    return fields.get("VmRSS", 0), fields.get("VmHWM", 0)


def _cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


_BASELINE = """
from textual.app import App
from textual.widgets import Static

class Bare(App):
    def compose(self):
        yield Static("Questions \u25cf connected")

Bare().run()
"""
"""The least Textual app that paints the same words: what this machine charges for Textual."""


def one_run(invite: str, timeout: float = 30.0,
            command: list[str] | None = None) -> tuple[float, float, float, int, int]:
    """Spawn `viva tui` (or `command`) on a pty: seconds to first paint, its CPU seconds,
    seconds to connected, RSS and peak RSS."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "80", "LINES": "24"}
    started = time.perf_counter()
    proc = subprocess.Popen(command or [sys.executable, "-m", "viva", "tui", "--invite", invite],
                            stdin=slave, stdout=slave, stderr=slave, env=env, cwd=REPO,
                            start_new_session=True)
    os.close(slave)
    seen = b""
    painted = connected = None
    cpu = 0.0
    try:
        while time.perf_counter() - started < timeout and connected is None:
            ready, _, _ = select.select([master], [], [], 0.05)
            if not ready:
                continue
            try:
                seen += os.read(master, 65536)
            except OSError:
                break
            now = time.perf_counter() - started
            if painted is None and b"Questions" in seen:
                painted = now
                cpu = _cpu(proc.pid)
            if painted is not None and b"connected" in seen and b"\xe2\x97\x8f" in seen:
                connected = now
        if painted is None or connected is None:
            raise RuntimeError(f"viva tui did not paint and connect within {timeout} s")
        rss, peak = _rss(proc.pid)
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        os.close(master)
    return painted, cpu, connected, rss, peak


def loaded_server_modules(invite: str) -> list[str]:
    """Server-only modules the companion (with its watcher) loads while connecting."""
    out = subprocess.run([sys.executable, "-c", _PROBE, invite], capture_output=True, text=True,
                         cwd=REPO, timeout=60, check=False)
    if out.returncode != 0:
        raise RuntimeError(f"the probe failed:\n{out.stderr[-2000:]}")
    modules = json.loads(out.stdout.strip().splitlines()[-1])
    return [m for m in modules if any(m == f or m.startswith(f + ".") or
                                      (f == "langchain" and m.startswith(f)) for f in FORBIDDEN)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="viva-tui-bench-") as tmp:
        server = DemoServer.start(Path(tmp))
        try:
            server.wait_ready()
            import httpx

            token = server.admin_token()
            resp = httpx.post(server.url + "/sessions/", json={
                "assessment": "demo", "candidate": {"name": "bench"}},
                headers={"Authorization": f"Bearer {token}"}, timeout=30)
            resp.raise_for_status()
            invite = resp.json()["invite"]
            one_run(invite)  # warm the file system caches, as a second start would be
            runs = [one_run(invite) for _ in range(args.runs)]
            bare = [one_run("", command=[sys.executable, "-c", _BASELINE])
                    for _ in range(args.runs)]
            forbidden = loaded_server_modules(invite)
        finally:
            server.stop()
    paint = [r[0] * 1000 for r in runs]
    cpu = [r[1] * 1000 for r in runs]
    conn = [r[2] * 1000 for r in runs]
    rss = [r[3] / 2**20 for r in runs]
    peak = [r[4] / 2**20 for r in runs]
    print(f"viva tui start-up, {args.runs} runs on an 80x24 pty")
    print(f"{'first paint':<14} median {statistics.median(paint):6.0f} ms   max {max(paint):6.0f} ms"
          "   (target <= 1000 ms)")
    print(f"{'  CPU by then':<14} median {statistics.median(cpu):6.0f} ms   max {max(cpu):6.0f} ms"
          f"   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print(f"{'bare Textual':<14} median {statistics.median(r[0] for r in bare) * 1000:6.0f} ms"
          f"   CPU {statistics.median(r[1] for r in bare) * 1000:6.0f} ms   (the same pty, an app "
          "with one Static: the floor on this machine)")
    print(f"{'connected':<14} median {statistics.median(conn):6.0f} ms   max {max(conn):6.0f} ms")
    print(f"{'RSS':<14} median {statistics.median(rss):6.1f} MB   peak {max(peak):6.1f} MB")
    print("server modules loaded by the companion (join mode, watcher included): "
          + (", ".join(forbidden) if forbidden else "none"))
    ok = not forbidden and statistics.median(paint) <= 1000
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
