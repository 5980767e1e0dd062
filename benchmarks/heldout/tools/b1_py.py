import sys; sys.path.insert(0, "/work/heldout/tools")
from lib import add

add("py-01", "python", "orders_repo.py", r'''
import sqlite3
from dataclasses import dataclass
from typing import Optional


@dataclass
class Order:
    id: int
    customer: str
    status: str
    total_cents: int


class OrderRepository:
    def __init__(self, path: str):
        self.conn = sqlite3.connect(path)
        self.conn.row_factory = sqlite3.Row

    def get(self, order_id: int) -> Optional[Order]:
        row = self.conn.execute(
            "SELECT id, customer, status, total_cents FROM orders WHERE id = ?",
            (order_id,),
        ).fetchone()
        return Order(**dict(row)) if row else None

    def search(self, customer: str, status: Optional[str] = None, sort: str = "id"):
        allowed_sorts = ["id", "total_cents", "customer"]
        if sort not in allowed_sorts:
            sort = "id"
        query = "SELECT id, customer, status, total_cents FROM orders"
        query += f" WHERE customer LIKE '%{customer}%'"
        params = []
        if status is not None:
            query += " AND status = ?"
            params.append(status)
        query += f" ORDER BY {sort}"
        rows = self.conn.execute(query, params).fetchall()
        return [Order(**dict(r)) for r in rows]

    def cancel(self, order_id: int) -> bool:
        with self.conn:
            cur = self.conn.execute(
                "UPDATE orders SET status = 'cancelled' WHERE id = ? AND status = 'open'",
                (order_id,),
            )
        return cur.rowcount == 1

    def close(self):
        self.conn.close()


def remove_test_customer(customers: list) -> list:
    customers = list(customers)
    if "test@example.com" in customers:
        customers.remove("test@example.com")
    return customers
''', ("security", "WHERE customer LIKE '%{customer}%'", "search",
      "The customer search term is interpolated into the SQL with an f-string, so a crafted value (e.g. containing a quote) injects SQL."),
 ["The ORDER BY f-string uses `sort`, which is checked against a whitelist first, so it is not injectable.",
  "The status filter uses a `?` placeholder with a params list although the query is built by concatenation.",
  "`customers.remove(...)` is a single call outside any loop, on a copy, so it is neither quadratic nor mutating the caller's list.",
  "The `with self.conn:` block commits the transaction; the connection itself is long-lived and closed by `close()`."])

add("py-02", "python", "static_server.py", r'''
import mimetypes
import os
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import unquote, urlparse

PUBLIC_DIR = os.path.abspath("public")
MAX_BYTES = 5 * 1024 * 1024


class StaticHandler(BaseHTTPRequestHandler):
    def do_GET(self):
        parsed = urlparse(self.path)
        if not parsed.path.startswith("/files/"):
            self.send_error(404, "not found")
            return
        name = unquote(parsed.path[len("/files/"):])
        if not name:
            self.send_error(400, "missing file name")
            return
        full_path = os.path.join(PUBLIC_DIR, name)
        if not os.path.isfile(full_path):
            self.send_error(404, "not found")
            return
        size = os.path.getsize(full_path)
        if size > MAX_BYTES:
            self.send_error(413, "file too large")
            return
        ctype, _ = mimetypes.guess_type(full_path)
        with open(full_path, "rb") as fh:
            body = fh.read()
        self.send_response(200)
        self.send_header("Content-Type", ctype or "application/octet-stream")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        # keep the console quiet; format is "%s - - [%s] %s" == default
        pass


def serve(port: int = 8000) -> HTTPServer:
    server = HTTPServer(("127.0.0.1", port), StaticHandler)
    return server


if __name__ == "__main__":
    httpd = serve()
    try:
        httpd.serve_forever()
    finally:
        httpd.server_close()
''', ("security", "full_path = os.path.join(PUBLIC_DIR, name)", "do_GET",
      "The URL-decoded name is joined onto PUBLIC_DIR without normalising or checking containment, so `../` sequences or an absolute path escape the public directory."),
 ["The file is read inside `with open(...)`, so the handle is always closed.",
  "`serve()` creates and RETURNS the server; the caller closes it in a `finally`, so it is not a leak.",
  "The `==` inside the comment in `log_message` is not a comparison.",
  "`log_message` overriding with `pass` is intentional quieting, not a swallowed error."])

add("py-03", "python", "notifications.py", r'''
import logging
import smtplib
from email.message import EmailMessage

log = logging.getLogger(__name__)


class Notification:
    def __init__(self, subject, body, recipients=[], tags=None):
        self.subject = subject
        self.body = body
        self.recipients = recipients
        self.tags = tags if tags is not None else set()

    def add_recipient(self, address):
        address = address.strip().lower()
        if address and address not in self.recipients:
            self.recipients.append(address)

    def to_message(self, sender):
        msg = EmailMessage()
        msg["From"] = sender
        msg["To"] = ", ".join(self.recipients)
        msg["Subject"] = self.subject
        msg.set_content(self.body)
        return msg


class Mailer:
    def __init__(self, host, port=25, sender="noreply@example.com"):
        self.host = host
        self.port = port
        self.sender = sender

    def send(self, notification):
        if not notification.recipients:
            log.info("skipping %r: no recipients", notification.subject)
            return False
        msg = notification.to_message(self.sender)
        try:
            with smtplib.SMTP(self.host, self.port, timeout=10) as smtp:
                smtp.send_message(msg)
        except Exception:
            log.exception("failed to send %r", notification.subject)
            raise
        return True


def build_alerts(events):
    alerts = []
    for event in events:
        n = Notification(f"[{event['level']}] {event['title']}", event["detail"])
        for owner in event.get("owners", []):
            n.add_recipient(owner)
        alerts.append(n)
    return alerts
''', ("correctness", "def __init__(self, subject, body, recipients=[], tags=None):", "__init__",
      "`recipients=[]` is a mutable default shared by every Notification built without recipients, so `add_recipient` leaks owners from one alert into all later alerts."),
 ["The `except Exception:` block logs and then re-raises, so the failure is not swallowed.",
  "`tags` uses the correct `None` sentinel pattern, unlike `recipients`.",
  "The SMTP connection is used in a `with` block so it is closed on every path.",
  "`address not in self.recipients` is a list membership test but the recipient lists are tiny; not a real performance problem."])

add("py-04", "python", "log_merge.py", r'''
import heapq
import sys
from collections import deque
from datetime import datetime


def parse_line(line):
    ts, _, rest = line.partition(" ")
    return datetime.fromisoformat(ts), rest.rstrip("\n")


def load(path):
    with open(path, encoding="utf-8") as fh:
        return [parse_line(l) for l in fh if l.strip()]


def merge_sorted(a, b):
    """Merge two lists of (timestamp, message) already sorted by timestamp."""
    out = []
    a = list(a)
    b = list(b)
    while a and b:
        if a[0][0] <= b[0][0]:
            out.append(a.pop(0))
        else:
            out.append(b.pop(0))
    out.extend(a)
    out.extend(b)
    return out


def tail(entries, n=10):
    window = deque(maxlen=n)
    for e in entries:
        window.append(e)
    return list(window)


def merge_many(paths):
    streams = [load(p) for p in paths]
    return list(heapq.merge(*streams, key=lambda e: e[0]))


def main(argv):
    if len(argv) < 3:
        print("usage: log_merge.py A.log B.log [--tail N]", file=sys.stderr)
        return 2
    merged = merge_sorted(load(argv[1]), load(argv[2]))
    if "--tail" in argv:
        n = int(argv[argv.index("--tail") + 1])
        merged = tail(merged, n)
    for ts, msg in merged:
        print(ts.isoformat(), msg)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
''', ("performance", "out.append(a.pop(0))", "merge_sorted",
      "`list.pop(0)` shifts every remaining element, so merging two large logs is O(n^2) instead of O(n)."),
 ["`tail` uses a bounded `deque`, so appending is O(1) and old entries drop automatically.",
  "`merge_many` uses `heapq.merge`, which is linear-time streaming merge.",
  "`\"--tail\" in argv` is a list membership test on the tiny argv list, not a hot loop.",
  "`a = list(a)` copies the inputs so popping does not mutate the caller's lists."])

add("py-05", "python", "session.py", r'''
import base64
import hashlib
import hmac
import os
import pickle
import time

from flask import Flask, jsonify, make_response, request

app = Flask(__name__)
SECRET = os.environ["SESSION_SECRET"].encode()
COOKIE = "sid"
TTL = 3600


def sign(data: bytes) -> str:
    return hmac.new(SECRET, data, hashlib.sha256).hexdigest()


def dump_session(sess: dict) -> str:
    raw = base64.urlsafe_b64encode(pickle.dumps(sess)).decode()
    return raw + "." + sign(raw.encode())


def load_session(cookie: str) -> dict:
    raw, _, sig = cookie.rpartition(".")
    session = pickle.loads(base64.urlsafe_b64decode(raw))
    if not hmac.compare_digest(sig, sign(raw.encode())):
        return {}
    if session.get("exp", 0) < time.time():
        return {}
    return session


@app.post("/login")
def login():
    user = request.json.get("user", "")
    if not user:
        return jsonify(error="user required"), 400
    sess = {"user": user, "exp": time.time() + TTL}
    resp = make_response(jsonify(ok=True))
    resp.set_cookie(COOKIE, dump_session(sess), httponly=True, samesite="Lax")
    return resp


@app.get("/me")
def me():
    cookie = request.cookies.get(COOKIE)
    if not cookie:
        return jsonify(user=None)
    try:
        sess = load_session(cookie)
    except Exception:
        return jsonify(user=None)
    return jsonify(user=sess.get("user"))
''', ("security", "session = pickle.loads(base64.urlsafe_b64decode(raw))", "load_session",
      "The cookie payload is unpickled BEFORE the HMAC signature is checked, so any client can send a malicious pickle and get code execution."),
 ["`hmac.compare_digest` is the correct constant-time comparison for the signature.",
  "`sess` in the `/me` handler is a request-local variable, not state shared across requests.",
  "The `except Exception` in `/me` returns an anonymous user, which is a reasonable response for an unreadable cookie (not the main issue).",
  "`pickle.dumps` on the server's own dict is harmless; only the loads of client data is dangerous."])

add("py-06", "python", "price_cache.py", r'''
import asyncio
import logging
import time

log = logging.getLogger(__name__)


class PriceStore:
    def __init__(self, redis):
        self.redis = redis

    async def save(self, symbol: str, price: float) -> None:
        await self.redis.set(f"price:{symbol}", str(price), ex=300)

    async def load(self, symbol: str):
        raw = await self.redis.get(f"price:{symbol}")
        return float(raw) if raw is not None else None


class PriceService:
    def __init__(self, feed, store: PriceStore):
        self.feed = feed
        self.store = store
        self.last_refresh = 0.0

    async def fetch_one(self, symbol: str) -> float:
        quote = await self.feed.quote(symbol)
        return quote["last"]

    async def refresh(self, symbols):
        tasks = [self.fetch_one(s) for s in symbols]
        prices = await asyncio.gather(*tasks, return_exceptions=True)
        saved = 0
        for symbol, price in zip(symbols, prices):
            if isinstance(price, Exception):
                log.warning("quote for %s failed: %s", symbol, price)
                continue
            self.store.save(symbol, price)
            saved += 1
        self.last_refresh = time.monotonic()
        return saved

    async def get(self, symbol: str) -> float:
        cached = await self.store.load(symbol)
        if cached is not None:
            return cached
        price = await self.fetch_one(symbol)
        await self.store.save(symbol, price)
        return price


async def run_forever(service: PriceService, symbols, interval=30):
    while True:
        n = await service.refresh(symbols)
        log.info("refreshed %d/%d prices", n, len(symbols))
        await asyncio.sleep(interval)
''', ("concurrency", "            self.store.save(symbol, price)", "refresh",
      "`self.store.save(...)` is a coroutine that is never awaited in `refresh`, so the prices are never written to Redis while the method reports them as saved."),
 ["The coroutines in `tasks` are not awaited individually but are awaited together via `asyncio.gather`.",
  "In `get`, `store.save` IS awaited.",
  "`return_exceptions=True` with the isinstance check deliberately handles per-symbol failures; nothing is silently lost.",
  "`PriceStore.load` returning None on a cache miss is checked by the caller."])

add("py-07", "python", "rate_limiter.py", r'''
import threading
import time
from collections import deque


class SlidingWindowLimiter:
    """Allow at most `limit` calls per `window` seconds for each key."""

    def __init__(self, limit: int, window: float, clock=time.monotonic):
        if limit <= 0 or window <= 0:
            raise ValueError("limit and window must be positive")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._hits = {}
        self._lock = threading.Lock()

    def allow(self, key: str) -> bool:
        with self._lock:
            now = self.clock()
            q = self._hits.setdefault(key, deque())
            while q and now - q[0] >= self.window:
                q.popleft()
            if len(q) >= self.limit:
                return False
            q.append(now)
            return True

    def retry_after(self, key: str) -> float:
        with self._lock:
            now = self.clock()
            q = self._hits.get(key)
            if not q or len(q) < self.limit:
                return 0.0
            return max(0.0, self.window - (now - q[0]))

    def purge_idle(self) -> int:
        removed = 0
        with self._lock:
            now = self.clock()
            for key in list(self._hits):
                q = self._hits[key]
                if not q or now - q[-1] >= self.window:
                    del self._hits[key]
                    removed += 1
        return removed


def evaluate_rules(rules, request):
    """Return the first rule name whose predicate matches; the name 'eval' is historical."""
    for name, predicate in rules:
        try:
            if predicate(request):
                return name
        except KeyError:
            raise
    return None
''', None,
 ["`q.popleft()` inside the while loop is on a `collections.deque`, so it is O(1), not quadratic like `list.pop(0)`.",
  "`_hits` is shared across threads but every access is under `self._lock`.",
  "`purge_idle` iterates over `list(self._hits)` (a snapshot), so deleting keys during the loop is safe.",
  "`evaluate_rules` is not `eval`; it just calls predicate functions.",
  "The `except KeyError: raise` re-raises, so nothing is swallowed.",
  "`evaluate_rules` returning None when no rule matches is its documented contract."])

add("py-08", "python", "report.py", r'''
import csv
import io
import sys
from collections import defaultdict
from decimal import Decimal, InvalidOperation


def open_input(path):
    """Return a text stream for `path`; '-' means stdin. Caller closes it."""
    if path == "-":
        return io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", newline="")
    return open(path, encoding="utf-8", newline="")


def parse_rows(stream):
    reader = csv.DictReader(stream)
    for lineno, row in enumerate(reader, start=2):
        try:
            amount = Decimal(row["amount"])
            if not amount.is_finite():
                raise InvalidOperation(row["amount"])
            category = (row.get("category") or "").strip()
        except (InvalidOperation, KeyError, TypeError) as exc:
            raise ValueError(f"line {lineno}: bad amount {row.get('amount')!r}") from exc
        yield category or "uncategorised", amount


def summarise(rows):
    totals = defaultdict(Decimal)
    counts = defaultdict(int)
    for category, amount in rows:
        totals[category] += amount
        counts[category] += 1
    result = []
    for category in sorted(totals):
        avg = totals[category] / counts[category]
        result.append((category, counts[category], totals[category], avg))
    return result


def render(summary, out):
    writer = csv.writer(out)
    writer.writerow(["category", "count", "total", "average"])
    for category, count, total, avg in summary:
        writer.writerow([category, count, f"{total:.2f}", f"{avg:.2f}"])


def main(argv):
    path = argv[1] if len(argv) > 1 else "-"
    stream = open_input(path)
    try:
        summary = summarise(parse_rows(stream))
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    finally:
        stream.close()
    render(summary, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
''', None,
 ["`open_input` returns an open file without closing it, but that is its contract; `main` closes it in `finally`.",
  "`totals[category] / counts[category]` cannot divide by zero because every category in `totals` has a count of at least 1.",
  "`Decimal` is used for money, so there is no float rounding error.",
  "The `except ValueError` in `main` reports the error and returns exit code 1, not swallowing it.",
  "`parse_rows` is a generator; it is fully consumed inside the `try`, before the stream is closed."])
