"""Ingest throughput: N candidates in a closed loop, each editing one line of a ~500-line file.

The same frames go to `viva server` (PostgreSQL by default, or SQLite) and to a bare aiohttp
server that acks each frame at once; the ratio says how much storing costs. Every frame
(content, diff, hashes, JSON) is made before the clock starts, so the figures measure the
servers, not this client. Modes: `content` (the whole text in each update, as older clients
and a first sync send), `diff` (unified diffs, as the watcher and the editor bridge send).
Also prints bytes stored per edit against the file's size, and checks acked == stored.

    .venv/bin/python benchmarks/ingest.py [--mode content|diff|both] [--connections 50]
        [--seconds 25] [--db postgres|sqlite] [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import httpx
import websockets

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from viva.diffs import make_diff, sha256_text

SECRET = "bench-secret-key-that-is-long-enough-for-hs256"
PG = "postgres://postgres@127.0.0.1:5432"

ECHO_SERVER = r'''
import json, sys
from aiohttp import web
async def ws(request):
    sock = web.WebSocketResponse(max_msg_size=4 << 20)
    await sock.prepare(request)
    await sock.send_str(json.dumps({"type": "auth_success", "data": {"acked": {}}}))
    async for msg in sock:
        data = json.loads(msg.data)["data"]
        await sock.send_str(json.dumps({"type": "ack", "data": {"client_id": data["client_id"], "seq": data["seq"]}}))
    return sock
app = web.Application()
app.router.add_get("/ws/session/{sid}", ws)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[1]), print=None)
'''


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def wait_http(url: str, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as http:
        while time.monotonic() < deadline:
            try:
                await http.get(url)
                return
            except httpx.HTTPError:
                await asyncio.sleep(0.2)
    raise RuntimeError(f"{url} did not come up")


def starter(lines: int) -> str:
    return "".join(f"def function_{i}(value):\n    return value * {i}  # line {i}\n"
                   for i in range(lines // 2))


def prepare_frames(count: int, diff_mode: bool) -> list[str]:
    """`count` code_update frames, JSON-encoded: one line edited each time, seq 1..count.

    Every connection sends the same frames: the idempotency key is (session, client, seq),
    so one client id serves all sessions.
    """
    lines = starter(500).splitlines(keepends=True)
    text = "".join(lines)
    frames = []
    for seq in range(1, count + 1):
        i = (seq * 7) % len(lines)
        lines[i] = f"    return value * {seq}  # edited {seq}\n"
        new = "".join(lines)
        data: dict[str, object] = {"path": "solution.py", "seq": seq, "client_id": "bench",
                                   "sha256": sha256_text(new)}
        if seq == 1 or not diff_mode:
            data["content"] = new
        else:
            data["diff"] = make_diff(text, new, "solution.py")
            data["base_sha256"] = sha256_text(text)
        frames.append(json.dumps({"type": "code_update", "data": data}))
        text = new
    return frames


class Exhausted(Exception):
    """A connection sent every prepared frame before the time was up."""


async def send(ws: websockets.ClientConnection, frame: str, seq: int) -> None:
    """Send one prepared frame and wait for its ack."""
    await ws.send(frame)
    while True:
        raw = await ws.recv()
        if '"ack"' in raw[:16]:  # {"type": "ack", ...}: parsed only to check the seq
            if json.loads(raw)["data"]["seq"] == seq:
                return
        elif '"resync"' in raw[:20] or '"error"' in raw[:20]:
            raise RuntimeError(f"server answered {raw[:300]}")


async def candidate(ws_url: str, frames: list[str], warmup: int, go: asyncio.Event,
                    clock: dict[str, float], latencies: list[float]) -> int:
    """Send `warmup` frames untimed, wait for every connection, then send until the deadline."""
    # no permessage-deflate: compressing every frame made this client the bottleneck
    async with websockets.connect(ws_url, max_size=4 << 20, compression=None) as ws:
        json.loads(await ws.recv())  # auth_success
        for seq in range(1, warmup + 1):
            await send(ws, frames[seq - 1], seq)
        clock["ready"] += 1
        await go.wait()
        for acked, seq in enumerate(range(warmup + 1, len(frames) + 1)):
            if time.perf_counter() >= clock["deadline"]:
                return acked
            started = time.perf_counter()
            await send(ws, frames[seq - 1], seq)
            latencies.append(time.perf_counter() - started)
    raise Exhausted(f"all {len(frames)} frames sent before the time was up: raise --frames")


async def vectors_loaded(health_url: str, timeout: float = 90) -> None:
    """Wait until the server has opened its vector store (importing chromadb takes seconds).

    The first question of the warm-up opens it; until then a timed run would measure the import.
    """
    deadline = time.monotonic() + timeout
    async with httpx.AsyncClient() as http:
        while time.monotonic() < deadline:
            body = (await http.get(health_url)).json()
            vectors = body["components"].get("vectors")
            if vectors is None or vectors["status"] in ("ok", "degraded"):
                return  # (a server that does not report it: nothing to wait for)
            await asyncio.sleep(0.5)
    print("warning: the vector store was not open after the warm-up", file=sys.stderr)


async def run_load(urls: list[str], seconds: float, frames: list[str], warmup: int,
                   settle: float, health_url: str | None = None) -> dict[str, float]:
    """Every connection warms up (first sync, each session's first question), then the timed part."""
    latencies: list[float] = []
    clock = {"ready": 0.0}
    go = asyncio.Event()
    tasks = [asyncio.create_task(candidate(u, frames, warmup, go, clock, latencies)) for u in urls]
    while clock["ready"] < len(urls) and not any(t.done() for t in tasks):
        await asyncio.sleep(0.01)
    if health_url is not None:
        await vectors_loaded(health_url)
    await asyncio.sleep(settle)  # let the examiner finish what the warm-up started
    print(f"timing {urls[0].split('?')[0]}", file=sys.stderr, flush=True)  # a profiler may attach now
    clock["start"] = time.perf_counter()
    clock["deadline"] = clock["start"] + seconds
    go.set()
    counts = await asyncio.gather(*tasks)
    elapsed = time.perf_counter() - clock["start"]
    latencies.sort()
    return {"acked": sum(counts) + warmup * len(urls), "timed": sum(counts),
            "per_s": sum(counts) / elapsed,
            "p50_ms": statistics.median(latencies) * 1000,
            "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000}


async def stored_bytes(db_url: str, sessions: list[int]) -> tuple[float, int]:
    """Average bytes stored per edit (diff or full text) in these sessions, and the row count."""
    ids = ",".join(str(int(i)) for i in sessions)
    sql = ("SELECT COUNT(*), COALESCE(SUM(LENGTH(COALESCE(diff, '')) + LENGTH(COALESCE(content, ''))), 0) "
           f"FROM change WHERE session_id IN ({ids})")
    if db_url.startswith("sqlite"):
        import sqlite3

        rows, total = sqlite3.connect(db_url[len("sqlite://"):]).execute(sql).fetchone()
    else:
        import asyncpg

        conn = await asyncpg.connect(db_url.replace("postgres://", "postgresql://"))
        rows, total = await conn.fetchrow(sql)
        await conn.close()
    return (total / rows if rows else 0.0), rows


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--seconds", type=float, default=25,
                    help="timed seconds per load, after the warm-up (default 25)")
    ap.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    ap.add_argument("--mode", choices=["content", "diff", "both"], default="both",
                    help="whole content in each update, unified diffs, or both (default)")
    ap.add_argument("--frames", type=int, default=0,
                    help="frames prepared per mode (default 8000 content, 20000 diff); "
                         "each connection sends them in order")
    ap.add_argument("--warmup", type=int, default=30,
                    help="untimed updates per connection first: the first sync, and each "
                         "session's first question, which loads the examiner and ChromaDB")
    ap.add_argument("--settle", type=float, default=5,
                    help="seconds between the warm-up (and the vector store's loading) and the timed part")
    ap.add_argument("--quick", action="store_true", help="10 connections for 3 s (CI smoke)")
    args = ap.parse_args()
    if args.quick:
        args.connections, args.seconds, args.warmup, args.settle = 10, 3, 5, 0.5
    tmp = Path(tempfile.mkdtemp(prefix="viva-bench-"))
    dbname = f"viva_bench_{uuid.uuid4().hex[:8]}"
    if args.db == "postgres":
        import asyncpg

        admin = await asyncpg.connect(PG.replace("postgres://", "postgresql://") + "/postgres")
        await admin.execute(f'CREATE DATABASE "{dbname}"')
        await admin.close()
        db_url = f"{PG}/{dbname}"
    else:
        db_url = f"sqlite://{tmp}/viva.db"
    env = {**os.environ, "DATABASE_URL": db_url, "SECRET_KEY": SECRET, "VIVA_DATA_DIR": str(tmp),
           "CHROMA_PERSIST_DIRECTORY": str(tmp / "chroma"), "VIVA_EXAMINER": "offline",
           "MIN_TIME_BETWEEN_INTERACTIONS": "100000", "VIVA_WS_RATE": "100000",
           "VIVA_RATE_PER_MINUTE": "100000"}
    env.pop("REDIS_URL", None)
    port, echo_port = free_port(), free_port()
    server = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "viva", "server", "--port", str(port), env=env, cwd=tmp,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    echo = await asyncio.create_subprocess_exec(
        sys.executable, "-c", ECHO_SERVER, str(echo_port),
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        await wait_http(f"http://127.0.0.1:{port}/health")
        await wait_http(f"http://127.0.0.1:{echo_port}/", timeout=15)
        sys.path.insert(0, str(ROOT))
        from server.core.auth import mint_token

        admin_token = mint_token(SECRET, role="admin", name="bench")
        size = len(starter(500).encode())
        modes = ["content", "diff"] if args.mode == "both" else [args.mode]
        print(f"ingest benchmark: {args.connections} connections, {args.seconds:.0f} s per load, "
              f"{args.db}, file {size} bytes, frames prepared before timing")
        for mode in modes:
            frames = prepare_frames(args.frames or (8000 if mode == "content" else 20000),
                                    diff_mode=mode == "diff")
            urls, sessions = [], []
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}",
                                         headers={"Authorization": f"Bearer {admin_token}"}) as http:
                for i in range(args.connections):
                    r = await http.post("/sessions/", json={"candidate": {"name": f"{mode}{i}"}})
                    r.raise_for_status()
                    urls.append(r.json()["ws_url"])
                    sessions.append(r.json()["session_id"])
            echo_urls = [f"ws://127.0.0.1:{echo_port}/ws/session/{i}" for i in range(args.connections)]
            viva = await run_load(urls, args.seconds, frames, args.warmup, args.settle,
                                  f"http://127.0.0.1:{port}/health")
            bare = await run_load(echo_urls, args.seconds, frames, args.warmup, args.settle)
            per_edit, rows = await stored_bytes(db_url, sessions)
            print(f"\nmode {mode}: {'unified diffs' if mode == 'diff' else 'whole content'} "
                  f"({statistics.mean(map(len, frames[1:])):.0f} bytes a frame)")
            print(f"{'':14}{'acked/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
            for name, r in (("viva", viva), ("bare aiohttp", bare)):
                print(f"{name:14}{r['per_s']:>10.0f}{r['p50_ms']:>10.2f}{r['p99_ms']:>10.2f}")
            print(f"ratio viva/bare acked/s: {viva['per_s'] / bare['per_s']:.2f}  (target >= 0.3, goal 0.5)")
            print(f"stored per edit: {per_edit:.0f} bytes over {rows} rows = "
                  f"{100 * per_edit / size:.2f}% of a full snapshot  (target <= 5%)")
            print(f"acked {viva['acked']}, stored rows {rows}: "
                  f"{'ok' if rows == viva['acked'] else 'MISMATCH'}")
    finally:
        for proc in (server, echo):
            with contextlib.suppress(ProcessLookupError):  # it may have exited already
                proc.send_signal(signal.SIGTERM)
        for proc in (server, echo):
            try:
                await asyncio.wait_for(proc.wait(), timeout=10)
            except TimeoutError:
                proc.kill()
                await proc.wait()
        if args.db == "postgres":
            import asyncpg

            admin = await asyncpg.connect(PG.replace("postgres://", "postgresql://") + "/postgres")
            await admin.execute(f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')
            await admin.close()


if __name__ == "__main__":
    asyncio.run(main())
