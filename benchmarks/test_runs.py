"""Test-run benchmark: latency of a run, the sandbox's own cost, and what runs do to everyone else.

Starts one `viva server` on a fresh PostgreSQL database and measures:

1. `run_tests` -> `test_result` over the socket for the shipped Python take-home with its
   reference solution written in (15 tests, pytest): median and p99 over `--runs` runs;
2. the sandbox's overhead: the take-home's pytest command and a bare `true`, each run
   `--runs` times directly (a plain subprocess in the same directory, at the sandbox's
   niceness) and in bubblewrap;
   the difference of the medians is the overhead (target: at most 50 ms);
3. ack latency of 50 other sessions (an update every 200 ms each) for `--seconds` on an idle
   server, then for `--seconds` while 2 sessions run their tests back to back: p50/p99 of
   both and their ratio (target: p99 within 1.5x of idle).

Usage: python benchmarks/test_runs.py [--runs 10] [--seconds 8] [--sessions 50]
       [--pg postgres://postgres@127.0.0.1:5432/postgres]
Figures depend on the machine; on a shared one, say so with them.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from server.core.auth import mint_token
from server.packs import shipped_pack
from server.testruns.runner import write_tree
from server.testruns.sandbox import NICENESS, BwrapExecutor, SandboxLimits, make_executor
from viva.diffs import sha256_text

SECRET = "test-runs-benchmark-secret-key-0123456789abcdef"
VIVA = Path(sys.executable).with_name("viva")


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else float("nan")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def _admin_sql(pg: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(pg.replace("postgres://", "postgresql://"))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


class Candidate:
    """A session's socket that writes files and counts ack latency."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.seq = 0
        self.pending: dict[int, float] = {}
        self.latencies: list[float] = []
        self.results: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for msg in self.ws:
            data = json.loads(msg.data)
            if data["type"] == "ack":
                sent = self.pending.pop(data["data"]["seq"], None)
                if sent is not None:
                    self.latencies.append(time.perf_counter() - sent)
            elif data["type"] in ("test_result", "test_run", "error"):
                await self.results.put(data)

    async def write(self, path: str, content: str) -> None:
        self.seq += 1
        self.pending[self.seq] = time.perf_counter()
        await self.ws.send_json({"type": "code_update", "data": {
            "path": path, "seq": self.seq, "client_id": "bench", "content": content,
            "sha256": sha256_text(content)}})

    async def run_tests(self) -> dict[str, Any]:
        await self.ws.send_json({"type": "run_tests", "data": {}})
        while True:
            data = await self.results.get()
            if data["type"] == "test_result":
                return dict(data["data"])
            if data["type"] == "error":
                raise RuntimeError(data["data"])


async def _candidates(http: aiohttp.ClientSession, base: str, n: int) -> list[Candidate]:
    admin = {"Authorization": f"Bearer {mint_token(SECRET, role='admin', name='bench', ttl_minutes=60)}"}
    out = []
    for i in range(n):
        async with http.post(f"{base}/sessions/", headers=admin, json={
                "assessment": "python-takehome", "candidate": {"name": f"c{i}"}}) as resp:
            session = await resp.json()
        ws = await http.ws_connect(f"{base.replace('http', 'ws')}/ws/session/{session['session_id']}"
                                   f"?token={session['candidate_token']}")
        await ws.receive()  # auth_success
        out.append(Candidate(ws))
    return out


async def _writers(cands: list[Candidate], seconds: float) -> list[float]:
    for c in cands:
        c.latencies.clear()

    async def loop(c: Candidate) -> None:
        until = time.perf_counter() + seconds
        while time.perf_counter() < until:
            await c.write("notes.py", f"n = {c.seq}\n")
            await asyncio.sleep(0.2)

    await asyncio.gather(*(loop(c) for c in cands))
    await asyncio.sleep(1)  # the last acks
    return [x for c in cands for x in c.latencies]


async def _bare(work: Path, line: str, env: dict[str, str]) -> float:
    started = time.perf_counter()
    # at the sandbox's own CPU priority, so the difference is the sandbox's cost alone
    proc = await asyncio.create_subprocess_exec("nice", "-n", str(NICENESS), "/bin/sh", "-c", line,
                                                cwd=work, env=env,
                                                stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.STDOUT)
    await proc.communicate()
    return time.perf_counter() - started


async def _overhead(runs: int) -> None:
    pack = shipped_pack("python-takehome")
    assert pack.tests is not None and pack.task is not None
    executor, why = make_executor("bwrap")
    if not isinstance(executor, BwrapExecutor):
        print(f"sandbox overhead: not measured: {why}")
        return
    top = Path(tempfile.mkdtemp(prefix="viva-bench-"))
    work = top / "work"
    work.mkdir()
    write_tree(work, {**pack.task.files, **pack.tests.reference_files})
    env = {**executor.environment(), "HOME": str(top)}
    limits = SandboxLimits(wall_seconds=60)
    for label, line in (("pytest (15 tests)", pack.tests.command), ("true", "true")):
        bare, boxed = [], []
        for i in range(runs):
            junit = f"/tmp/viva-bench-junit-{i}.xml"
            bare.append(await _bare(work, line.replace("{junit}", junit), env))
            started = time.perf_counter()
            await executor.run(work, line.replace("{junit}", junit), limits)
            boxed.append(time.perf_counter() - started)
        b, s = statistics.median(bare) * 1000, statistics.median(boxed) * 1000
        print(f"sandbox overhead, {label}: bare median {b:.0f} ms, sandboxed median {s:.0f} ms, "
              f"overhead {s - b:.0f} ms ({runs} runs each, alternating)")


async def _server_figures(args: argparse.Namespace) -> None:
    name = f"viva_bench_tr_{uuid.uuid4().hex[:8]}"
    await _admin_sql(args.pg, f'CREATE DATABASE "{name}"')
    home = Path(tempfile.mkdtemp(prefix="viva-bench-"))
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": args.pg.rsplit("/", 1)[0] + f"/{name}", "SECRET_KEY": SECRET,
           "VIVA_DATA_DIR": str(home / ".viva"), "VIVA_EXAMINER": "offline", "REDIS_URL": "",
           "MIN_CODE_CHANGE_LINES": "100000", "VIVA_RATE_PER_MINUTE": "100000"}
    log = open(home / "server.log", "wb")  # noqa: SIM115, ASYNC230 - closed below; a benchmark's setup
    proc = subprocess.Popen([str(VIVA), "server", "--port", str(port)], cwd=home, env=env,  # noqa: ASYNC220
                            stdout=log, stderr=log)
    base = f"http://127.0.0.1:{port}"
    try:
        async with aiohttp.ClientSession() as http:
            for _ in range(300):
                try:
                    async with http.get(f"{base}/health") as resp:
                        if resp.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.2)
            pack = shipped_pack("python-takehome")
            assert pack.tests is not None
            runners = await _candidates(http, base, 2)
            for c in runners:
                await c.write("solution.py", pack.tests.reference_files["solution.py"])
            await asyncio.sleep(0.5)
            times, statuses = [], set()
            for _ in range(args.runs):
                started = time.perf_counter()
                result = await runners[0].run_tests()
                times.append(time.perf_counter() - started)
                statuses.add(result["status"])
            print(f"run_tests -> test_result ({result['passed']} visible tests, statuses {sorted(statuses)}): "
                  f"median {statistics.median(times) * 1000:.0f} ms, p99 {_pct(times, 0.99) * 1000:.0f} ms "
                  f"over {args.runs} runs")
            others = await _candidates(http, base, args.sessions)
            # warm-up, untimed: each session's first sync and first question (ChromaDB's import)
            await _writers(others, args.seconds)
            idle = await _writers(others, args.seconds)
            stop = asyncio.Event()
            runs_done = 0

            async def keep_running(c: Candidate) -> None:
                nonlocal runs_done
                while not stop.is_set():
                    await c.run_tests()
                    runs_done += 1

            busy_tasks = [asyncio.create_task(keep_running(c)) for c in runners]
            busy = await _writers(others, args.seconds)
            stop.set()
            await asyncio.gather(*busy_tasks)
            i99, b99 = _pct(idle, 0.99) * 1000, _pct(busy, 0.99) * 1000
            print(f"ack latency of {args.sessions} other sessions, idle: p50 {_pct(idle, 0.5) * 1000:.1f} ms, "
                  f"p99 {i99:.1f} ms ({len(idle)} acks)")
            print(f"ack latency of {args.sessions} other sessions, 2 runs at once ({runs_done} runs): "
                  f"p50 {_pct(busy, 0.5) * 1000:.1f} ms, p99 {b99:.1f} ms ({len(busy)} acks); "
                  f"p99 ratio {b99 / i99:.2f}x")
            for c in [*runners, *others]:
                await c.ws.close()
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        log.close()
        await _admin_sql(args.pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    """Parse the arguments, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=8)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    asyncio.run(_overhead(args.runs))
    asyncio.run(_server_figures(args))


if __name__ == "__main__":
    main()
