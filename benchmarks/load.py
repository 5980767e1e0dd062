"""Load benchmark: many candidates on two `viva server` processes sharing PostgreSQL and Redis.

Starts two servers (a fresh PostgreSQL database, Redis on its own channel), creates one
session per connection and spreads the connections over both servers, alternately (no
stickiness). Each connection behaves like a candidate's watcher: an edit every 2 s (a
one-line change, sent as a diff against the last acked text), and an answer to most of the
questions the examiner asks. At the end the clients wait for their last acks, and every
acked update is looked up in the database.

Prints: updates sent, acked and stored (acked but not stored must be 0), ack latency
(p50/p99/max), answers and evaluations, and each server's resident memory per connection
(RSS with the sockets open minus RSS before they opened, over the connections).

Usage: python benchmarks/load.py [--connections 500] [--seconds 60] [--quick] [--timeline]
       [--pg postgres://postgres@127.0.0.1:5432/postgres] [--redis redis://127.0.0.1:6379/0]
`--quick` is 50 connections for 10 s, for a CI smoke run; `--timeline` adds ack latency and
questions per 5 s window (a tail from a burst of questions shows there). Exits 1 if anything
acked was lost.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from server.core.auth import mint_token
from viva.diffs import make_diff, sha256_text

SECRET = "load-benchmark-secret-key-0123456789abcdef"
VIVA = Path(sys.executable).with_name("viva")
STARTER = '''"""Inventory helpers."""


def total(items):
    result = 0
    for item in items:
        result += item.price * item.quantity
    return result


def cheapest(items):
    best = None
    for item in items:
        if best is None or item.price < best.price:
            best = item
    return best
'''


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rss(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) * 1024
    return 0


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))] if ordered else 0.0


@dataclass
class Server:
    """One `viva server` subprocess."""

    home: Path
    env: dict[str, str]
    port: int = field(default_factory=_free_port)
    proc: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        log = open(self.home / "server.log", "ab")  # noqa: SIM115  (kept open for the process)
        self.proc = subprocess.Popen([str(VIVA), "server", "--port", str(self.port)], cwd=self.home,
                                     env=self.env, stdout=log, stderr=log)

    async def ready(self, http: aiohttp.ClientSession, timeout: float = 90) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            assert self.proc is not None
            if self.proc.poll() is not None:
                raise SystemExit(f"server exited: {(self.home / 'server.log').read_text()[-2000:]}")
            try:
                async with http.get(self.url + "/health") as resp:
                    if resp.status == 200:
                        return
            except aiohttp.ClientError:
                pass
            await asyncio.sleep(0.1)
        raise SystemExit("server did not start")

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()


@dataclass
class Stats:
    sent: int = 0
    resyncs: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    steady: list[float] = field(default_factory=list)
    """Latencies of updates sent once every socket had been open for 10 s."""
    steady_from: float = float("inf")
    started: float = 0.0
    """When (perf_counter) the first socket opened: the origin of the timeline."""
    timeline: list[tuple[float, float]] = field(default_factory=list)
    """(seconds since the first socket opened at sending, ack latency in ms) per acked update."""
    asked_at: list[float] = field(default_factory=list)
    """Seconds since the first socket opened, per question received."""
    acked: set[tuple[str, int]] = field(default_factory=set)
    questions: int = 0
    answers: int = 0
    evaluations: int = 0
    disconnects: int = 0
    unacked: int = 0


class Candidate:
    """One watcher-like connection: a file, an edit every 2 s, answers to questions."""

    def __init__(self, server: Server, session: dict[str, Any], stats: Stats, rng: random.Random) -> None:
        self.server, self.session, self.stats, self.rng = server, session, stats, rng
        self.client_id = "load-" + uuid.uuid4().hex[:10]
        self.text = STARTER
        self.base: str | None = None
        """The text of the last update sent: the server applies updates in seq order, so the
        next diff is against it (None after a resync: the next update carries the whole text)."""
        self.seq = 0
        self.sent_at: dict[int, float] = {}
        self.edits = 0

    def next_text(self) -> str:
        """A one-line change: a new line in a function body, or a changed constant."""
        lines = self.text.splitlines(keepends=True)
        self.edits += 1
        if self.rng.random() < 0.6:
            at = next(i for i, line in enumerate(lines) if line.startswith("    return result"))
            lines.insert(at, f"    result = result + {self.edits}  # adjust {self.edits}\n")
        else:
            at = self.rng.randrange(len(lines))
            lines[at] = lines[at].rstrip("\n") + "  \n" if not lines[at].endswith("  \n") else lines[at].rstrip() + "\n"
        return "".join(lines)

    def frame(self, text: str) -> str:
        self.seq += 1
        data: dict[str, Any] = {"path": "inventory.py", "seq": self.seq, "client_id": self.client_id,
                                "sha256": sha256_text(text), "ts": time.time()}
        if self.base is None:
            data["content"] = text
        else:
            data["diff"] = make_diff(self.base, text, "inventory.py")
            data["base_sha256"] = sha256_text(self.base)
        self.sent_at[self.seq] = time.perf_counter()
        self.base = text
        return json.dumps({"type": "code_update", "data": data})

    async def run(self, http: aiohttp.ClientSession, until: float) -> None:
        url = (f"{self.server.url.replace('http', 'ws', 1)}/ws/session/{self.session['session_id']}"
               f"?token={self.session['candidate_token']}")
        ws = await http.ws_connect(url, heartbeat=30)
        first = json.loads((await ws.receive(timeout=30)).data)
        assert first["type"] == "auth_success", first
        reader = asyncio.create_task(self.read(ws))
        await asyncio.sleep(self.rng.uniform(0, 2))  # candidates do not type in step
        try:
            while time.monotonic() < until and not ws.closed:
                self.text = self.next_text()
                await ws.send_str(self.frame(self.text))
                self.stats.sent += 1
                await asyncio.sleep(2 + self.rng.uniform(-0.2, 0.2))
            drain = time.monotonic() + 20
            while self.sent_at and time.monotonic() < drain and not ws.closed:
                await asyncio.sleep(0.1)
        finally:
            self.stats.unacked += len(self.sent_at)
            reader.cancel()
            await asyncio.gather(reader, return_exceptions=True)
            await ws.close()

    async def read(self, ws: aiohttp.ClientWebSocketResponse) -> None:
        async for msg in ws:
            if msg.type != aiohttp.WSMsgType.TEXT:
                break
            frame = json.loads(msg.data)
            kind, data = frame.get("type"), frame.get("data") or {}
            if kind == "ack" and data.get("client_id") == self.client_id:
                seq = int(data["seq"])
                started = self.sent_at.pop(seq, None)
                if started is not None:
                    self.stats.latencies.append((time.perf_counter() - started) * 1000)
                    self.stats.timeline.append((started - self.stats.started, self.stats.latencies[-1]))
                    if started >= self.stats.steady_from:
                        self.stats.steady.append(self.stats.latencies[-1])
                    self.stats.acked.add((self.client_id, seq))
            elif kind == "resync":
                self.stats.resyncs += 1
                self.sent_at.pop(int(data.get("seq", -1)), None)
                self.base = None  # the next update carries the whole text
            elif kind == "error":
                code = str(data.get("code"))
                self.stats.errors[code] = self.stats.errors.get(code, 0) + 1
            elif kind == "question" and data.get("interaction_id") is not None \
                    and data.get("response") is None:  # (not one announced as answered)
                self.stats.questions += 1
                self.stats.asked_at.append(time.perf_counter() - self.stats.started)
                if self.rng.random() < 0.8:
                    asyncio.get_running_loop().create_task(self.answer(ws, data["interaction_id"]))
            elif kind == "evaluation_result":
                self.stats.evaluations += 1
        self.stats.disconnects += 1

    async def answer(self, ws: aiohttp.ClientWebSocketResponse, interaction_id: int) -> None:
        await asyncio.sleep(self.rng.uniform(3, 8))
        if not ws.closed:
            await ws.send_json({"type": "response_submitted", "data": {
                "interaction_id": interaction_id,
                "response": "It loops over the items once, so it is linear; an empty list gives 0."}})
            self.stats.answers += 1


def start_chroma(path: Path) -> tuple[subprocess.Popen[bytes], str]:
    """`chroma run` (from the chromadb package) on a free port; the process and its URL."""
    port = _free_port()
    proc = subprocess.Popen([str(VIVA.with_name("chroma")), "run", "--host", "127.0.0.1", "--port", str(port),
                             "--path", str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, f"http://127.0.0.1:{port}"


async def wait_for_chroma(http: aiohttp.ClientSession, url: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            async with http.get(url + "/api/v2/heartbeat") as resp:
                if resp.status == 200:
                    return
        except aiohttp.ClientError:
            pass
        await asyncio.sleep(0.2)
    raise SystemExit(f"the ChromaDB server at {url} did not start")


async def warm_up(http: aiohttp.ClientSession, server: Server, admin: dict[str, str]) -> None:
    """One question and one answer on a server, so its one-time loading (the examiner's vector
    store and lexers) happens before the measurement, as on a server that has been up a while."""
    async with http.post(server.url + "/sessions/", headers=admin, json={"candidate": {"name": "warm-up"}}) as resp:
        session = await resp.json()
    url = f"{server.url.replace('http', 'ws', 1)}/ws/session/{session['session_id']}?token={session['candidate_token']}"
    async with http.ws_connect(url) as ws:
        await ws.send_json({"type": "code_update", "data": {"path": "w.py", "seq": 1, "client_id": "warm",
                                                            "content": STARTER}})
        try:
            async with asyncio.timeout(60):
                async for msg in ws:
                    frame = json.loads(msg.data)
                    if frame["type"] == "question" and frame["data"].get("interaction_id") is not None:
                        await ws.send_json({"type": "response_submitted", "data": {
                            "interaction_id": frame["data"]["interaction_id"], "response": "a warm-up answer"}})
                    elif frame["type"] == "evaluation_result":
                        return
        except TimeoutError:
            print(f"warm-up on {server.url}: no question within 60 s (questions off?)", flush=True)


async def stored_pairs(dsn: str, session_ids: list[int]) -> set[tuple[str, int]]:
    import asyncpg

    conn = await asyncpg.connect(dsn.replace("postgres://", "postgresql://", 1))
    try:
        rows = await conn.fetch('SELECT client_id, seq FROM "change" WHERE session_id = ANY($1::int[])',
                                session_ids)
    finally:
        await conn.close()
    return {(r["client_id"], int(r["seq"])) for r in rows}


async def admin_sql(dsn: str, sql: str) -> None:
    import asyncpg

    conn = await asyncpg.connect(dsn.replace("postgres://", "postgresql://", 1))
    try:
        await conn.execute(sql)
    finally:
        await conn.close()


async def main(args: argparse.Namespace) -> int:
    dbname = f"viva_load_{uuid.uuid4().hex[:8]}"
    await admin_sql(args.pg, f'CREATE DATABASE "{dbname}"')
    db_url = args.pg.rsplit("/", 1)[0] + f"/{dbname}"
    work = Path(tempfile.mkdtemp(prefix="viva-load-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIVA_", "OPENAI_"))}
    env.update(DATABASE_URL=db_url, REDIS_URL=args.redis, VIVA_REDIS_CHANNEL=f"viva:load:{dbname}",
               SECRET_KEY=SECRET, VIVA_EXAMINER="offline", OPENAI_API_KEY="", OPENAI_BASE_URL="",
               VIVA_RATE_PER_MINUTE="1000000", VIVA_DATA_DIR=str(work / "data"))
    chroma: subprocess.Popen[bytes] | None = None
    env.update(item.split("=", 1) for item in args.env)
    if args.chroma == "server":  # as deployed (SPEC §9): one ChromaDB server for every process
        chroma, env["CHROMA_URL"] = start_chroma(work / "chroma-server")
    servers = [Server(work / name, {**env, "CHROMA_PERSIST_DIRECTORY": str(work / name / "chroma")})
               for name in ("a", "b")]
    stats = Stats()
    rng = random.Random(args.seed)
    admin = {"Authorization": "Bearer " + mint_token(SECRET, role="admin", name="load")}
    connector = aiohttp.TCPConnector(limit=0)
    try:
        async with aiohttp.ClientSession(connector=connector) as http:
            if chroma is not None:
                await wait_for_chroma(http, env["CHROMA_URL"])
            servers[0].start()  # the first applies the migrations; then the second
            await servers[0].ready(http)
            servers[1].start()
            await servers[1].ready(http)
            print(f"servers on {servers[0].url} and {servers[1].url}; database {dbname}; chroma {args.chroma}; "
                  f"{args.connections} connections for {args.seconds:.0f} s", flush=True)
            await asyncio.gather(*(warm_up(http, server, admin) for server in servers))
            sessions = []
            for i in range(args.connections):
                candidate = {"name": f"load {i}", "email": f"load{i}@example.com"}
                async with http.post(servers[i % 2].url + "/sessions/", headers=admin,
                                     json={"candidate": candidate}) as resp:
                    assert resp.status == 201, await resp.text()
                    sessions.append(await resp.json())
            await asyncio.sleep(1)
            base_rss = [_rss(s.proc.pid) for s in servers if s.proc]
            until = time.monotonic() + args.seconds
            candidates = [Candidate(servers[i % 2], s, stats, random.Random(rng.random()))
                          for i, s in enumerate(sessions)]
            tasks = []
            stats.started = time.perf_counter()
            print(f"opening {len(candidates)} sockets", flush=True)
            for c in candidates:  # open the sockets at ~200 a second, as a class would arrive
                tasks.append(asyncio.create_task(c.run(http, until)))
                await asyncio.sleep(0.005)
            stats.steady_from = time.perf_counter() + 10
            await asyncio.sleep(min(5.0, args.seconds / 2))
            open_rss = [_rss(s.proc.pid) for s in servers if s.proc]
            results = await asyncio.gather(*tasks, return_exceptions=True)
            end_rss = [_rss(s.proc.pid) for s in servers if s.proc]
        failures = [r for r in results if isinstance(r, BaseException)]
        stored = await stored_pairs(db_url, [s["session_id"] for s in sessions])
        lost = stats.acked - stored
        per_conn = [(o - b) / max(1, args.connections / 2) / 1024 for o, b in zip(open_rss, base_rss, strict=True)]
        lat = stats.latencies
        print(f"updates sent      {stats.sent}")
        print(f"updates acked     {len(stats.acked)}  (never acked: {stats.unacked}, resyncs: {stats.resyncs}, "
              f"errors: {stats.errors or 0})")
        print(f"updates stored    {len(stored)}  (acked but not stored: {len(lost)})")
        print(f"ack latency       p50 {statistics.median(lat) if lat else 0:.1f} ms   p99 {_pct(lat, 0.99):.1f} ms"
              f"   max {max(lat) if lat else 0:.1f} ms")
        print(f"  after the ramp  p50 {statistics.median(stats.steady) if stats.steady else 0:.1f} ms   "
              f"p99 {_pct(stats.steady, 0.99):.1f} ms   (updates sent 10 s after the last socket opened)")
        print(f"throughput        {len(stats.acked) / args.seconds:.0f} acked updates/s")
        print(f"examiner          {stats.questions} questions, {stats.answers} answers, "
              f"{stats.evaluations} evaluations")
        for i in range(len(servers)):
            print(f"server {'ab'[i]} memory   RSS {base_rss[i] / 2**20:.0f} MB before, {open_rss[i] / 2**20:.0f} MB "
                  f"with sockets open, {end_rss[i] / 2**20:.0f} MB at the end; "
                  f"{per_conn[i]:.1f} KB per connection")
        if args.timeline:
            print_timeline(stats)
        print(f"client failures   {len(failures)}{': ' + repr(failures[0]) if failures else ''}")
        return 1 if lost or failures else 0
    finally:
        for server in servers:
            server.stop()
        if chroma is not None:
            chroma.terminate()
            chroma.wait(15)
        if not args.keep:
            await admin_sql(args.pg, f'DROP DATABASE IF EXISTS "{dbname}" WITH (FORCE)')


def print_timeline(stats: Stats, width: float = 5.0) -> None:
    """Ack latency (p50/p99/max) and questions per window of `width` seconds of sending time."""
    windows: dict[int, list[float]] = {}
    for at, ms in stats.timeline:
        windows.setdefault(int(at // width), []).append(ms)
    asked: dict[int, int] = {}
    for at in stats.asked_at:
        asked[int(at // width)] = asked.get(int(at // width), 0) + 1
    print("timeline          sent at    acks   p50 ms   p99 ms   max ms  questions")
    for w in sorted(windows.keys() | asked.keys()):
        lat = windows.get(w, [])
        print(f"                  {w * width:4.0f} s {len(lat):7d} {statistics.median(lat) if lat else 0:8.1f} "
              f"{_pct(lat, 0.99):8.1f} {max(lat) if lat else 0:8.1f} {asked.get(w, 0):10d}")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--connections", type=int, default=500)
    p.add_argument("--seconds", type=float, default=60)
    p.add_argument("--quick", action="store_true", help="50 connections for 10 s (CI smoke)")
    p.add_argument("--pg", default=os.environ.get("VIVA_TEST_PG", "postgres://postgres@127.0.0.1:5432/postgres"),
                   help="an admin DSN; a fresh database is created next to it and dropped after")
    p.add_argument("--redis", default="redis://127.0.0.1:6379/0")
    p.add_argument("--chroma", choices=("server", "embedded"), default="server",
                   help="one ChromaDB server for both (as deployed), or an embedded store per server")
    p.add_argument("--env", action="append", default=[], metavar="NAME=VALUE",
                   help="a server setting, e.g. MIN_CODE_CHANGE_LINES=1000000 to measure ingest without questions")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--timeline", action="store_true",
                   help="also print ack latency and questions per 5 s window, to see when a tail happens")
    p.add_argument("--keep", action="store_true", help="keep the database afterwards")
    args = p.parse_args(argv)
    if args.quick:
        args.connections, args.seconds = 50, 10.0
    return args


if __name__ == "__main__":
    sys.exit(asyncio.run(main(parse_args())))
