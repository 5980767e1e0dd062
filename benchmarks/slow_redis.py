"""Ack latency with a slow Redis: does a slow bus delay the candidates' acks?

One `viva server` on a PRIVATE PostgreSQL cluster, its Redis a PRIVATE redis-server reached
through a small TCP proxy here that holds every forwarded chunk for `--delay` ms (each way,
in order, as a slow link would). N candidate clients each send a whole-content update, wait
for its ack, and send the next (closed loop, `--interval` ms apart). Prints the acks' p50,
p99 and count, without the delay and with it.

    .venv/bin/python benchmarks/slow_redis.py [--clients 20] [--seconds 10] [--delay 50]
        [--quick] [--code DIR]

`--code DIR` runs the server from another checkout's `server/` and `viva/` (a before/after
comparison: `git worktree add /tmp/before REV`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.scale.harness import PrivatePostgres, PrivateRedis, ServerProcess, update_frame
from tests.support.servers import free_port

SERVER_ENV: dict[str, str] = {}


class SlowProxy:
    """A TCP proxy to `upstream` that forwards each chunk `delay` seconds after reading it."""

    def __init__(self, upstream: int, delay: float) -> None:
        self.upstream = upstream
        self.delay = delay
        self.port = free_port()
        self._server: asyncio.Server | None = None
        self._links: set[asyncio.Task[Any]] = set()

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)

    async def close(self) -> None:
        if self._server is not None:
            self._server.close()
        for task in self._links:
            task.cancel()
        await asyncio.gather(*self._links, return_exceptions=True)

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._links.add(task)
        try:
            await self._link(reader, writer)
        except asyncio.CancelledError:  # closed by `close`: ending quietly is the point
            writer.close()
        finally:
            self._links.discard(task)

    async def _link(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", self.upstream)
        except OSError:
            writer.close()
            return
        await asyncio.gather(self._pipe(reader, up_writer), self._pipe(up_reader, writer),
                             return_exceptions=True)

    async def _pipe(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """Read chunks and forward each `delay` after it was read, keeping their order."""
        chunks: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

        async def forward() -> None:
            while True:
                at, data = await chunks.get()
                if not data:
                    break
                wait = at + self.delay - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                writer.write(data)
                await writer.drain()

        sender = asyncio.create_task(forward())
        try:
            while True:
                data = await reader.read(65536)
                chunks.put_nowait((time.monotonic(), data))
                if not data:
                    break
            await sender
        finally:
            sender.cancel()
            writer.close()


async def client(base: str, sess: dict[str, Any], stop: asyncio.Event, interval: float,
                 latencies: list[float]) -> int:
    """Send, wait for the ack, record the time it took; until `stop`. Returns errors seen."""
    sid, tok = sess["session_id"], sess["candidate_token"]
    cid = f"c{sid}"
    errors = 0
    async with aiohttp.ClientSession() as http, \
            http.ws_connect(f"{base}/ws/session/{sid}?token={tok}") as ws:
        first = json.loads((await ws.receive(timeout=10)).data)
        assert first["type"] == "auth_success", first
        seq = 0
        while not stop.is_set():
            seq += 1
            content = "".join(f"line {i}\n" for i in range(seq % 30)) + f"seq = {seq}\n"
            started = time.monotonic()
            await ws.send_str(update_frame("main.py", seq, cid, content))
            while True:
                msg = await ws.receive(timeout=30)
                if msg.type != aiohttp.WSMsgType.TEXT:
                    return errors + 1
                frame = json.loads(msg.data)
                data = frame.get("data") or {}
                if frame["type"] in ("ack", "error", "resync") and data.get("seq") == seq:
                    break
            if frame["type"] == "ack":
                latencies.append(time.monotonic() - started)
            else:
                errors += 1
            await asyncio.sleep(interval)
    return errors


async def measure(pg: PrivatePostgres, home: Path, delay: float, clients: int, seconds: float,
                  interval: float) -> tuple[list[float], int]:
    redis = PrivateRedis().start()
    proxy = SlowProxy(redis.port, delay)
    await proxy.start()
    server = ServerProcess(home, pg.url, f"redis://127.0.0.1:{proxy.port}/0",
                           env_extra={"VIVA_WS_RATE": "2000", **SERVER_ENV})
    try:
        await asyncio.to_thread(server.start)
        sessions = [await asyncio.to_thread(server.create_session, f"cand{i}") for i in range(clients)]
        latencies: list[float] = []
        stop = asyncio.Event()
        tasks = [asyncio.create_task(client(server.ws_url, s, stop, interval, latencies))
                 for s in sessions]
        await asyncio.sleep(1.0)  # warm up: connections, first loads of each session
        latencies.clear()
        await asyncio.sleep(seconds)
        stop.set()
        errors = sum(await asyncio.gather(*tasks))
        return latencies, errors
    finally:
        server.kill()
        await proxy.close()
        redis.stop()


def _ms(values: list[float], q: float) -> float:
    if len(values) < 2:
        return float("nan")
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] * 1000


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--delay", type=float, default=50.0, help="ms per forwarded chunk")
    parser.add_argument("--interval", type=float, default=20.0, help="ms between a client's updates")
    parser.add_argument("--quick", action="store_true", help="4 s per run")
    parser.add_argument("--code", help="run the server from this checkout's `server/` and `viva/`")
    args = parser.parse_args()
    if args.code:
        SERVER_ENV["PYTHONPATH"] = str(Path(args.code).resolve())
    seconds = 4.0 if args.quick else args.seconds
    home = Path(tempfile.mkdtemp(prefix="viva-slow-redis-"))
    pg = PrivatePostgres().init()
    pg.start()
    rows = []
    try:
        for delay in (0.0, args.delay):
            lat, errors = await measure(pg, home / f"d{int(delay)}", delay / 1000, args.clients,
                                        seconds, args.interval / 1000)
            rows.append((delay, lat, errors))
    finally:
        pg.destroy()
    print(f"\n{args.clients} clients, {seconds:.0f} s each, one update in flight per client"
          f"{' (--quick)' if args.quick else ''}; code: {args.code or 'this checkout'}\n")
    print("| Redis delay per chunk | acks | ack p50 | ack p99 | errors |")
    print("|---:|---:|---:|---:|---:|")
    for delay, lat, errors in rows:
        print(f"| {delay:.0f} ms | {len(lat)} | {_ms(lat, 50):.1f} ms | {_ms(lat, 99):.1f} ms | {errors} |")


if __name__ == "__main__":
    asyncio.run(main())
