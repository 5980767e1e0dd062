"""Final runs at a deadline: N sessions finish at once; test runs go through the queue to workers.

For each worker count (1, 2, 4 `viva worker --concurrency 1` processes on this machine), starts
one `viva server` with `VIVA_TEST_EXECUTOR=queue` on a fresh PostgreSQL database and its own
queue on the Redis here, opens N candidate sessions of the shipped Python take-home with its
reference solution written in, then sends `finish` on every socket at once. Prints the time
from the finishes to the last session's final `test_result` (visible and hidden tests), the
spread of those times, and the ack latency (p50/p99) of `--live` other sessions writing
every 200 ms meanwhile (the live path), against the same sessions on the idle server.

Usage: python benchmarks/final_runs.py [--sessions 50 200] [--workers 1 2 4] [--live 20]
       [--quick] [--pg postgres://postgres@127.0.0.1:5432/postgres] [--redis redis://127.0.0.1:6379/0]
`--quick`: 20 sessions, 1 and 2 workers. Figures depend on the machine; say what else ran.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.test_runs import SECRET, VIVA, _admin_sql, _free_port, _pct
from server.core.auth import mint_token
from server.packs import shipped_pack
from viva.diffs import sha256_text


class Session:
    """A candidate socket: writes, acks timed, the final result's arrival noted."""

    def __init__(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        self.ws = ws
        self.seq = 0
        self.pending: dict[int, float] = {}
        self.latencies: list[float] = []
        self.duration_ms = 0.0
        self.final: asyncio.Future[tuple[float, str]] = asyncio.get_running_loop().create_future()
        self.reader = asyncio.create_task(self._read())

    async def _read(self) -> None:
        async for msg in self.ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                break
            data = json.loads(msg.data)
            if data["type"] == "ack":
                sent = self.pending.pop(data["data"]["seq"], None)
                if sent is not None:
                    self.latencies.append(time.perf_counter() - sent)
            elif (data["type"] == "test_result" and data["data"].get("trigger") == "finish"
                  and not self.final.done()):
                self.duration_ms = float(data["data"].get("duration_ms") or 0)
                self.final.set_result((time.perf_counter(), str(data["data"]["status"])))

    async def write(self, path: str, content: str) -> None:
        self.seq += 1
        self.pending[self.seq] = time.perf_counter()
        await self.ws.send_json({"type": "code_update", "data": {
            "path": path, "seq": self.seq, "client_id": "bench", "content": content,
            "sha256": sha256_text(content)}})


async def _sessions(http: aiohttp.ClientSession, base: str, n: int, prefix: str) -> list[Session]:
    admin = {"Authorization": f"Bearer {mint_token(SECRET, role='admin', name='bench', ttl_minutes=60)}"}
    out = []
    for i in range(n):
        async with http.post(f"{base}/sessions/", headers=admin, json={
                "assessment": "python-takehome", "candidate": {"name": f"{prefix}{i}"}}) as resp:
            session = await resp.json()
        ws = await http.ws_connect(f"{base.replace('http', 'ws')}/ws/session/{session['session_id']}"
                                   f"?token={session['candidate_token']}", max_msg_size=0)
        await ws.receive()  # auth_success
        out.append(Session(ws))
    return out


async def _writers(sessions: list[Session], stop: asyncio.Event) -> list[float]:
    for s in sessions:
        s.latencies.clear()

    async def loop(s: Session) -> None:
        while not stop.is_set():
            await s.write("notes.py", f"n = {s.seq}\n")
            await asyncio.sleep(0.2)

    await asyncio.gather(*(loop(s) for s in sessions))
    await asyncio.sleep(1)  # the last acks
    return [x for s in sessions for x in s.latencies]


async def _wait_health(http: aiohttp.ClientSession, base: str) -> None:
    for _ in range(300):
        try:
            async with http.get(f"{base}/health") as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.2)
    raise RuntimeError("the server did not start")


async def one(args: argparse.Namespace, n: int, workers: int) -> None:
    """One configuration: n sessions finishing at once, `workers` worker processes."""
    name = f"viva_bench_fr_{uuid.uuid4().hex[:8]}"
    channel = f"viva-bench-{uuid.uuid4().hex[:8]}"
    await _admin_sql(args.pg, f'CREATE DATABASE "{name}"')
    home = Path(tempfile.mkdtemp(prefix="viva-bench-final-"))
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": args.pg.rsplit("/", 1)[0] + f"/{name}", "SECRET_KEY": SECRET,
           "VIVA_DATA_DIR": str(home / ".viva"), "VIVA_EXAMINER": "offline", "REDIS_URL": args.redis,
           "VIVA_REDIS_CHANNEL": channel, "VIVA_TEST_EXECUTOR": "queue",
           "MIN_CODE_CHANGE_LINES": "100000", "VIVA_RATE_PER_MINUTE": "1000000"}
    logs = [open(home / "server.log", "wb")]  # noqa: SIM115, ASYNC230 - closed below
    server = subprocess.Popen([str(VIVA), "server", "--port", str(port)], cwd=home, env=env,  # noqa: ASYNC220
                              stdout=logs[0], stderr=logs[0])
    procs: list[subprocess.Popen[bytes]] = []
    base = f"http://127.0.0.1:{port}"
    try:
        # every session holds a socket: no cap on connections (aiohttp's default is 100)
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as http:
            await _wait_health(http, base)
            for i in range(workers):  # after the server: it applied the migrations
                logs.append(open(home / f"worker-{i}.log", "wb"))  # noqa: SIM115, ASYNC230
                procs.append(subprocess.Popen(  # noqa: ASYNC220
                    [str(VIVA), "worker", "--concurrency", "1"], cwd=home, env=env,
                    stdout=logs[-1], stderr=logs[-1], start_new_session=True))
            pack = shipped_pack("python-takehome")
            assert pack.tests is not None
            finishing = await _sessions(http, base, n, "f")
            for s in finishing:
                await s.write("solution.py", pack.tests.reference_files["solution.py"])
            live = await _sessions(http, base, args.live, "l")
            stop = asyncio.Event()
            idle_task = asyncio.create_task(_writers(live, stop))
            await asyncio.sleep(args.idle_seconds)
            stop.set()
            idle = await idle_task
            stop = asyncio.Event()
            busy_task = asyncio.create_task(_writers(live, stop))
            started = time.perf_counter()
            await asyncio.gather(*(s.ws.send_json({"type": "finish", "data": {}}) for s in finishing))
            finals = await asyncio.wait_for(asyncio.gather(*(s.final for s in finishing)), args.limit)
            last = max(t for t, _ in finals) - started
            stop.set()
            busy = await busy_task
            times = sorted(t - started for t, _ in finals)
            statuses: dict[str, int] = {}
            for _, status in finals:
                statuses[status] = statuses.get(status, 0) + 1
            print(f"N={n:<4} workers={workers}: last final result {last:6.1f} s "
                  f"(median {_pct(times, 0.5):.1f} s, {n / last:.2f} runs/s, statuses {statuses}, "
                  f"a run's own median {_pct([s.duration_ms for s in finishing], 0.5) / 1000:.1f} s); "
                  f"live acks ({args.live} sessions) p50 {_pct(busy, 0.5) * 1000:.0f} ms "
                  f"p99 {_pct(busy, 0.99) * 1000:.0f} ms vs idle p99 {_pct(idle, 0.99) * 1000:.0f} ms",
                  flush=True)
            for s in [*finishing, *live]:
                await s.ws.close()
    finally:
        for proc in procs:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        server.terminate()
        for proc in [*procs, server]:
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
        for log in logs:
            log.close()
        await _admin_sql(args.pg, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        from redis.asyncio import Redis

        redis = Redis.from_url(args.redis)
        await redis.delete(f"{channel}:testruns", f"{channel}:testruns:runs")
        await redis.aclose()


def main() -> None:
    """Parse the arguments, print one line per configuration."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, nargs="+", default=[50, 200])
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2, 4])
    parser.add_argument("--live", type=int, default=20, help="sessions writing meanwhile")
    parser.add_argument("--idle-seconds", type=float, default=5)
    parser.add_argument("--limit", type=float, default=3600, help="seconds to wait for the last result")
    parser.add_argument("--quick", action="store_true", help="20 sessions, 1 and 2 workers")
    parser.add_argument("--pg", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    args = parser.parse_args()
    if args.quick:
        args.sessions, args.workers = [20], [1, 2]
    for n in args.sessions:
        for workers in args.workers:
            asyncio.run(one(args, n, workers))


if __name__ == "__main__":
    main()
