"""Ingest throughput: N candidates in a closed loop, each editing one line of a ~500-line file.

The same load runs against `viva server` (PostgreSQL by default, or SQLite) and against a bare
aiohttp server that acks each frame at once; the ratio says how much storing costs.
Also prints bytes stored per edit against the file's size.

    .venv/bin/python benchmarks/ingest.py [--connections 50] [--seconds 25] [--db postgres|sqlite] [--quick]
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


async def candidate(ws_url: str, seconds: float, latencies: list[float], diff_mode: bool) -> int:
    text = starter(500)
    client_id = uuid.uuid4().hex[:8]
    acked = 0
    async with websockets.connect(ws_url, max_size=4 << 20) as ws:
        json.loads(await ws.recv())  # auth_success
        seq = 0
        deadline = time.monotonic() + seconds
        first = True
        while time.monotonic() < deadline:
            seq += 1
            lines = text.splitlines(keepends=True)
            i = (seq * 7) % len(lines)
            lines[i] = f"    return value * {seq}  # edited {seq}\n"
            new = "".join(lines)
            data = {"path": "solution.py", "seq": seq, "client_id": client_id, "sha256": sha256_text(new)}
            if first or not diff_mode:
                data["content"] = new
            else:
                data["diff"] = make_diff(text, new, "solution.py")
                data["base_sha256"] = sha256_text(text)
            started = time.perf_counter()
            await ws.send(json.dumps({"type": "code_update", "data": data}))
            while True:
                reply = json.loads(await ws.recv())
                if reply["type"] == "ack" and reply["data"]["seq"] == seq:
                    break
                if reply["type"] in ("resync", "error"):
                    raise RuntimeError(f"server answered {reply}")
            latencies.append(time.perf_counter() - started)
            acked += 1
            text, first = new, False
    return acked


async def run_load(urls: list[str], seconds: float, diff_mode: bool) -> dict[str, float]:
    latencies: list[float] = []
    started = time.perf_counter()
    counts = await asyncio.gather(*(candidate(u, seconds, latencies, diff_mode) for u in urls))
    elapsed = time.perf_counter() - started
    latencies.sort()
    return {"acked": sum(counts), "per_s": sum(counts) / elapsed,
            "p50_ms": statistics.median(latencies) * 1000,
            "p99_ms": latencies[int(len(latencies) * 0.99) - 1] * 1000}


async def stored_bytes(db_url: str, file_size: int) -> tuple[float, int]:
    """Average bytes stored per edit (diff or full text) and the number of rows."""
    sql = "SELECT COUNT(*), COALESCE(SUM(LENGTH(COALESCE(diff, '')) + LENGTH(COALESCE(content, ''))), 0) FROM change"
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
                    help="per load (default 25: the first seconds are warm-up, when each session's first question loads the examiner and ChromaDB)")
    ap.add_argument("--db", choices=["postgres", "sqlite"], default="postgres")
    ap.add_argument("--content", action="store_true", help="send whole content instead of diffs")
    ap.add_argument("--quick", action="store_true", help="10 connections for 3 s (CI smoke)")
    args = ap.parse_args()
    if args.quick:
        args.connections, args.seconds = 10, 3
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
        from server.auth import mint_token

        admin_token = mint_token(SECRET, role="admin", name="bench")
        urls = []
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}",
                                     headers={"Authorization": f"Bearer {admin_token}"}) as http:
            for i in range(args.connections):
                r = await http.post("/sessions/", json={"candidate": {"name": f"bench{i}"}})
                r.raise_for_status()
                urls.append(r.json()["ws_url"])
        echo_urls = [f"ws://127.0.0.1:{echo_port}/ws/session/{i}" for i in range(args.connections)]
        diff_mode = not args.content
        viva = await run_load(urls, args.seconds, diff_mode)
        bare = await run_load(echo_urls, args.seconds, diff_mode)
        size = len(starter(500).encode())
        per_edit, rows = await stored_bytes(db_url, size)
        print(f"ingest benchmark: {args.connections} connections, {args.seconds:.0f} s each, "
              f"{args.db}, {'diffs' if diff_mode else 'whole content'}, file {size} bytes")
        print(f"{'':14}{'acked/s':>10}{'p50 ms':>10}{'p99 ms':>10}")
        for name, r in (("viva", viva), ("bare aiohttp", bare)):
            print(f"{name:14}{r['per_s']:>10.0f}{r['p50_ms']:>10.2f}{r['p99_ms']:>10.2f}")
        print(f"ratio viva/bare acked/s: {viva['per_s'] / bare['per_s']:.2f}  (target >= 0.5)")
        print(f"stored per edit: {per_edit:.0f} bytes over {rows} rows = "
              f"{100 * per_edit / size:.2f}% of a full snapshot  (target <= 5%)")
        print(f"acked {viva['acked']}, stored rows {rows}: {'ok' if rows == viva['acked'] else 'MISMATCH'}")
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
