"""Faults under load: 20 candidate clients that resend until acked, while a fault is injected.

Every probe runs on a PRIVATE PostgreSQL cluster (and a PRIVATE redis-server) on ports of its
own, never the shared ones, with `viva server` processes:

- `pg_restart`: PostgreSQL stopped and started again mid-stream;
- `redis_kill`: Redis killed for 8 s (3 with `--quick`), a proctor watching the feed;
- `server_sigkill`: one of two servers (sharing the database and Redis) SIGKILLed;
- `read_only`: the database made read-only for 10 s (3 with `--quick`), then writable;
- `answer_sigkill`: a server SIGKILLed 15-60 ms after a `response_submitted`, restarted,
  the answer resent (trials; 10, or 3 with `--quick`).

Per probe it prints: updates acked, acked ones stored, lost (acked, not stored), errors
that name no update (`seq` missing or 0), inversions (a file's applied versions going back
in seq order), late updates kept in the history; the feed's missing events for
`redis_kill`; for `answer_sigkill`, answers taken, graded, and resends left unanswered.

    .venv/bin/python benchmarks/faults.py [--quick] [--probes pg_restart,read_only,...] [--code DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.scale.harness import (
    PrivatePostgres,
    PrivateRedis,
    ServerProcess,
    StreamingClient,
    token,
)

CLIENTS = 20
SERVER_ENV: dict[str, str] = {}
"""Added to every server's environment (`--code`: PYTHONPATH of another checkout)."""


@dataclass
class Client(StreamingClient):
    """The harness's resend-until-acked client, counting errors that name no update."""

    no_seq: int = 0
    error_frames: int = 0

    def on_error(self, data: dict[str, Any]) -> None:
        """Count every error frame, and those that name no update (then resend them all, as a
        client must)."""
        self.error_frames += 1
        self.errors.append(str(data.get("code")))
        if isinstance(data.get("seq"), int) and data["seq"] > 0 and data.get("path"):
            self.refused.add(data["seq"])
        else:
            self.no_seq += 1
            self.refused.update(self.pending)


@dataclass
class Row:
    probe: str
    acked: int = 0
    stored: int = 0
    lost: int = 0
    no_seq: int = 0
    errors: int = 0
    inversions: int = 0
    late: int = 0
    extra: dict[str, Any] = field(default_factory=dict)
    seconds: float = 0.0


async def _db(url: str) -> asyncpg.Connection:
    return await asyncpg.connect(url.replace("postgres://", "postgresql://", 1))


async def _admin(pg: PrivatePostgres, *sql: str) -> None:
    conn = await _db(pg.url)
    try:
        for statement in sql:
            await conn.execute(statement)
    finally:
        await conn.close()


async def _measure(url: str, clients: list[Client], sids: list[int], row: Row) -> None:
    conn = await _db(url)
    try:
        rows = await conn.fetch('SELECT client_id, seq FROM "change" WHERE session_id = ANY($1::int[])', sids)
        row.inversions = int(await conn.fetchval(
            'SELECT count(*) FROM (SELECT seq, max(seq) OVER (PARTITION BY session_id, path, client_id '
            "ORDER BY version ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS before "
            "FROM \"change\" WHERE kind <> 'late' AND session_id = ANY($1::int[])) t WHERE seq < before",
            sids))
        row.late = int(await conn.fetchval(
            "SELECT count(*) FROM \"change\" WHERE kind = 'late' AND session_id = ANY($1::int[])", sids))
    finally:
        await conn.close()
    stored = {(r["client_id"], int(r["seq"])) for r in rows}
    acked = {(c.client_id, s) for c in clients for s in c.acked}
    row.acked, row.stored, row.lost = len(acked), len(acked & stored), len(acked - stored)
    row.no_seq = sum(c.no_seq for c in clients)
    row.errors = sum(c.error_frames for c in clients)
    never = sum(len(c.pending) for c in clients)
    if never:
        row.extra["never_acked"] = never


async def _sessions(server: ServerProcess, n: int) -> list[dict[str, Any]]:
    return [await asyncio.to_thread(server.create_session, f"cand{i}") for i in range(n)]


async def _stream(servers: list[ServerProcess], sessions: list[dict[str, Any]], fault: Any,
                  before: float, after: float) -> list[Client]:
    """Stream from CLIENTS clients; run `fault()` after `before` s; stream `after` s more; drain."""
    clients = [Client([s.ws_url for s in servers[i % len(servers):] + servers[:i % len(servers)]],
                      sess["session_id"], sess["candidate_token"], interval=0.05)
               for i, sess in enumerate(sessions)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(c.run(stop, drain_seconds=40)) for c in clients]
    await asyncio.sleep(before)
    await fault()
    await asyncio.sleep(after)
    stop.set()
    await asyncio.gather(*tasks)
    return clients


def _server(home: Path, pg: PrivatePostgres, redis: PrivateRedis | None = None) -> ServerProcess:
    return ServerProcess(home, pg.url, redis.url if redis else "",
                         env_extra={"VIVA_WS_RATE": "2000", **SERVER_ENV})


async def probe_pg_restart(pg: PrivatePostgres, home: Path, quick: bool) -> Row:
    row = Row("pg_restart")
    server = _server(home / "pg_restart", pg)
    await asyncio.to_thread(server.start)
    try:
        sessions = await _sessions(server, CLIENTS)

        async def fault() -> None:
            await asyncio.to_thread(pg.stop, "fast")
            await asyncio.sleep(2)
            await asyncio.to_thread(pg.start)

        clients = await _stream([server], sessions, fault, 2, 3 if quick else 6)
        await _measure(pg.url, clients, [s["session_id"] for s in sessions], row)
    finally:
        server.kill()
    return row


async def probe_read_only(pg: PrivatePostgres, home: Path, quick: bool) -> Row:
    row = Row("read_only")
    server = _server(home / "read_only", pg)
    await asyncio.to_thread(server.start)
    health: list[int] = []
    try:
        sessions = await _sessions(server, CLIENTS)

        async def fault() -> None:
            await _admin(pg, "ALTER DATABASE postgres SET default_transaction_read_only = on",
                         "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = "
                         "'postgres' AND pid <> pg_backend_pid() AND backend_type = 'client backend'")
            await asyncio.sleep(1)
            health.append((await asyncio.to_thread(httpx.get, server.url + "/health", timeout=10)).status_code)
            await asyncio.sleep(2 if quick else 9)
            conn = await _db(pg.url)  # this connection is read-only: the setting is per session
            try:
                await conn.execute("SET default_transaction_read_only = off")
                await conn.execute("ALTER DATABASE postgres SET default_transaction_read_only = off")
            finally:
                await conn.close()

        clients = await _stream([server], sessions, fault, 2, 3 if quick else 6)
        health.append((await asyncio.to_thread(httpx.get, server.url + "/health", timeout=10)).status_code)
        row.extra["health_during_after"] = "/".join(map(str, health))
        await _measure(pg.url, clients, [s["session_id"] for s in sessions], row)
    finally:
        server.kill()
    return row


async def probe_redis_kill(pg: PrivatePostgres, home: Path, quick: bool) -> Row:
    row = Row("redis_kill")
    redis = PrivateRedis().start()
    server = _server(home / "redis_kill", pg, redis)
    await asyncio.to_thread(server.start)
    seen: set[tuple[int, int]] = set()
    try:
        sessions = await _sessions(server, CLIENTS)
        async with aiohttp.ClientSession() as http:
            desk = await http.ws_connect(f"{server.ws_url}/ws/proctor?token={token('proctor')}")
            async with asyncio.timeout(10):  # registered once it has its snapshot
                while json.loads((await desk.receive()).data).get("type") != "sessions_snapshot":
                    pass

            async def watch() -> None:
                async for msg in desk:
                    frame = json.loads(msg.data)
                    if frame.get("type") != "session_event":
                        continue
                    event = frame["data"]["event"]
                    if event["type"] == "code_update":
                        seen.add((int(frame["data"]["session_id"]), int(event["data"]["seq"])))

            watcher = asyncio.create_task(watch())

            killed: list[float] = []

            async def fault() -> None:
                killed.append(time.time())
                redis.stop()
                await asyncio.sleep(3 if quick else 8)
                killed.append(time.time())
                redis.start_on_same_port()

            clients = await _stream([server], sessions, fault, 2, 3 if quick else 6)
            await asyncio.sleep(1)
            watcher.cancel()
            await desk.close()
        await _measure(pg.url, clients, [s["session_id"] for s in sessions], row)
        conn = await _db(pg.url)
        try:
            stamps = {(int(r["session_id"]), int(r["seq"])): r["created_at"].timestamp()
                      for r in await conn.fetch(
                          "SELECT session_id, seq, created_at FROM \"change\" WHERE kind <> 'late' "
                          "AND session_id = ANY($1::int[])", [s["session_id"] for s in sessions])}
        finally:
            await conn.close()
        missing = sorted(stamps[k] - killed[0] for k in set(stamps) - seen)
        row.extra["feed_missing"] = f"{len(missing)}/{len(stamps)}"
        if missing:  # when, from the kill (Redis back at +{killed[1] - killed[0]:.1f} s)
            row.extra["missing_at_s"] = f"{missing[0]:+.1f}..{missing[-1]:+.1f} (back at +{killed[1] - killed[0]:.1f})"
    finally:
        server.kill()
        redis.stop()
    return row


async def probe_server_sigkill(pg: PrivatePostgres, home: Path, quick: bool) -> Row:
    row = Row("server_sigkill")
    redis = PrivateRedis().start()
    one, two = _server(home / "sk1", pg, redis), _server(home / "sk2", pg, redis)
    await asyncio.gather(asyncio.to_thread(one.start), asyncio.to_thread(two.start))
    try:
        sessions = await _sessions(one, CLIENTS)

        async def fault() -> None:
            one.kill()

        clients = await _stream([one, two], sessions, fault, 2, 3 if quick else 6)
        await _measure(pg.url, clients, [s["session_id"] for s in sessions], row)
    finally:
        one.kill()
        two.kill()
        redis.stop()
    return row


async def _question(server: ServerProcess, sess: dict[str, Any]) -> tuple[Any, int]:
    """A candidate socket and the question its code triggered."""
    http = aiohttp.ClientSession()
    ws = await http.ws_connect(f"{server.ws_url}/ws/session/{sess['session_id']}?token={sess['candidate_token']}")
    code = ("def pairs(items):\n    out = []\n    for a in items:\n        for b in items:\n"
            "            if a < b:\n                out.append((a, b))\n    return out\n")
    await ws.send_str(json.dumps({"type": "code_update", "data": {
        "path": "main.py", "seq": 1, "client_id": "w", "content": code}}))
    async with asyncio.timeout(20):
        while True:
            frame = json.loads((await ws.receive()).data)
            if frame["type"] == "question":
                return (http, ws), int(frame["data"]["interaction_id"])


async def probe_answer_sigkill(pg: PrivatePostgres, home: Path, quick: bool) -> Row:
    row = Row("answer_sigkill")
    trials = 3 if quick else 10
    server = ServerProcess(home / "answer", pg.url,
                           env_extra={"MIN_CODE_CHANGE_LINES": "3", "MIN_TIME_BETWEEN_INTERACTIONS": "0",
                                      **SERVER_ENV})
    await asyncio.to_thread(server.start)
    taken = graded = unanswered = 0
    answer = "Quadratic, O(n^2): two nested loops over items compare every pair."
    try:
        for _ in range(trials):
            sess = await asyncio.to_thread(server.create_session, "ans")
            (http, ws), qid = await _question(server, sess)
            await ws.send_str(json.dumps({"type": "response_submitted",
                                          "data": {"interaction_id": qid, "response": answer}}))
            await asyncio.sleep(random.uniform(0.015, 0.060))
            server.kill()
            await http.close()
            await asyncio.to_thread(server.start)
            conn = await _db(pg.url)
            try:
                response = await conn.fetchval('SELECT response FROM "interaction" WHERE id = $1', qid)
            finally:
                await conn.close()
            if response is None:
                continue  # the kill came before the answer was taken: nothing was promised
            taken += 1
            async with aiohttp.ClientSession() as again:
                ws = await again.ws_connect(
                    f"{server.ws_url}/ws/session/{sess['session_id']}?token={sess['candidate_token']}")
                await ws.send_str(json.dumps({"type": "response_submitted",
                                              "data": {"interaction_id": qid, "response": answer}}))
                try:
                    async with asyncio.timeout(10):
                        while json.loads((await ws.receive()).data)["type"] != "evaluation_result":
                            pass
                except TimeoutError:
                    unanswered += 1
                await ws.close()
            conn = await _db(pg.url)
            try:
                if await conn.fetchval('SELECT evaluation FROM "interaction" WHERE id = $1', qid):
                    graded += 1
            finally:
                await conn.close()
    finally:
        server.kill()
    row.extra.update(trials=trials, taken=taken, graded=graded, resend_unanswered=unanswered)
    return row


PROBES = {"pg_restart": probe_pg_restart, "redis_kill": probe_redis_kill,
          "server_sigkill": probe_server_sigkill, "read_only": probe_read_only,
          "answer_sigkill": probe_answer_sigkill}


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="shorter faults and fewer trials")
    parser.add_argument("--probes", default=",".join(PROBES), help="comma-separated, of: " + ", ".join(PROBES))
    parser.add_argument("--code", help="run the servers from this checkout's `server/` and `viva/` "
                        "(a before/after comparison: `git archive REV server viva | tar -x -C DIR`)")
    args = parser.parse_args()
    if args.code:
        SERVER_ENV["PYTHONPATH"] = str(Path(args.code).resolve())
    names = [n for n in args.probes.split(",") if n]
    home = Path(tempfile.mkdtemp(prefix="viva-faults-"))
    pg = PrivatePostgres().init()
    pg.start()
    rows: list[Row] = []
    try:
        for name in names:
            started = time.monotonic()
            row = await PROBES[name](pg, home, args.quick)
            row.seconds = time.monotonic() - started
            rows.append(row)
            print(f"{name}: done in {row.seconds:.0f} s", file=sys.stderr)
    finally:
        with contextlib.suppress(Exception):
            await _admin(pg, "ALTER DATABASE postgres SET default_transaction_read_only = off")
        pg.destroy()
    print(f"\n{CLIENTS} clients resending until acked{' (--quick)' if args.quick else ''}\n")
    print("| probe | acked | stored | lost | errors | errors without seq | inversions | late kept | other |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in rows:
        other = ", ".join(f"{k} {v}" for k, v in r.extra.items())
        print(f"| {r.probe} | {r.acked} | {r.stored} | {r.lost} | {r.errors} | {r.no_seq} | "
              f"{r.inversions} | {r.late} | {other} |")


if __name__ == "__main__":
    asyncio.run(main())
