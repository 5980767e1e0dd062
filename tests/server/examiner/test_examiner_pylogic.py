"""pylogic's checks: each fires on its hazard in two forms and stays silent on its look-alikes."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.pyrisk import python_risks


def _rules(source: str) -> set[str]:
    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


CASES: dict[str, tuple[list[str], list[str]]] = {
    "py-merge-keeps-later-end": ([
        """
        def merge(bookings):
            out = []
            for b in sorted(bookings, key=lambda b: b.start):
                if out and b.start <= out[-1][1]:
                    first, _ = out[-1]
                    out[-1] = (first, b.end)
                else:
                    out.append((b.start, b.end))
            return out
        """,
        """
        def collapse(ranges):
            ranges = sorted(ranges)
            lo, hi = ranges[0]
            out = []
            for a, b in ranges[1:]:
                if a > hi:
                    out.append((lo, hi))
                    lo, hi = a, b
                else:
                    hi = b
            out.append((lo, hi))
            return out
        """,
    ], [
        """
        def merge(bookings):
            out = []
            for b in sorted(bookings, key=lambda b: b.start):
                if out and b.start <= out[-1][1]:
                    first, last = out[-1]
                    out[-1] = (first, max(last, b.end))
                else:
                    out.append((b.start, b.end))
            return out
        """,
        # greedy scheduling by end: the end is taken when the item does NOT overlap
        """
        def pick(meetings):
            chosen, last_end = [], 0
            for start, end in sorted(meetings, key=lambda m: m[1]):
                if start >= last_end:
                    chosen.append((start, end))
                    last_end = end
            return chosen
        """,
        # an intersection keeps the smaller end
        """
        def common(spans):
            lo, hi = spans[0]
            for a, b in spans[1:]:
                if a < hi:
                    hi = min(hi, b)
            return lo, hi
        """,
    ]),
    "py-sibling-skips-sanitiser": ([
        """
        import os

        def _clean(name):
            return os.path.basename(name).lstrip(".")

        class Store:
            def __init__(self, root):
                self.root = root

            def _dir(self, ticket):
                return os.path.join(self.root, str(int(ticket)))

            def save(self, ticket, filename, data):
                name = _clean(filename)
                with open(os.path.join(self._dir(ticket), name), "wb") as fh:
                    fh.write(data)

            def load(self, ticket, filename):
                with open(os.path.join(self._dir(ticket), filename), "rb") as fh:
                    return fh.read()
        """,
        """
        from pathlib import Path
        from werkzeug.utils import secure_filename

        UPLOADS = Path("/srv/uploads")

        def upload(name, blob):
            (UPLOADS / secure_filename(name)).write_bytes(blob)

        def download(name):
            return (UPLOADS / name).read_bytes()
        """,
    ], [
        """
        import os

        def _clean(name):
            return os.path.basename(name).lstrip(".")

        class Store:
            def __init__(self, root):
                self.root = root

            def save(self, filename, data):
                with open(os.path.join(self.root, _clean(filename)), "wb") as fh:
                    fh.write(data)

            def load(self, filename):
                with open(os.path.join(self.root, _clean(filename)), "rb") as fh:
                    return fh.read()
        """,
        # the sibling checks the joined path stays inside the folder
        """
        import os
        from werkzeug.utils import secure_filename

        ROOT = "/srv/uploads"

        def upload(name, blob):
            with open(os.path.join(ROOT, secure_filename(name)), "wb") as fh:
                fh.write(blob)

        def download(name):
            path = os.path.realpath(os.path.join(ROOT, name))
            if os.path.commonpath([path, ROOT]) != ROOT:
                raise ValueError(name)
            with open(path, "rb") as fh:
                return fh.read()
        """,
    ]),
    "py-min-seeded-with-zero": ([
        """
        def cheapest(items):
            best = 0
            for item in items:
                if item.price < best:
                    best = item.price
            return best
        """,
        """
        def fastest(laps):
            record = 0
            for lap in laps:
                if record > lap["seconds"]:
                    record = lap["seconds"]
            return record
        """,
    ], [
        """
        import math

        def cheapest(items):
            best = math.inf
            for item in items:
                if item.price < best:
                    best = item.price
            return best
        """,
        # a maximum of non-negative values may start at 0
        """
        def longest(words):
            best = 0
            for w in words:
                if len(w) > best:
                    best = len(w)
            return best
        """,
    ]),
    "py-range-len-minus-one": ([
        """
        def notify(users, mailer):
            for i in range(len(users) - 1):
                mailer.send(users[i].email)
        """,
        """
        def total(order):
            amount = 0
            for k in range(0, len(order.lines) - 1):
                amount += order.lines[k].price
            return amount
        """,
    ], [
        """
        def gaps(times):
            return [times[i + 1] - times[i] for i in range(len(times) - 1)]

        def steps(points):
            out = []
            for i in range(len(points) - 1):
                out.append((points[i], points[i + 1]))
            return out
        """,
        # all but the last get a separator, the last is added after the loop
        """
        def join(parts):
            text = ""
            for i in range(len(parts) - 1):
                text += parts[i] + ", "
            return text + parts[-1]
        """,
    ]),
    "py-month-plus-one": ([
        """
        from datetime import date

        def next_bill(d: date) -> date:
            return d.replace(month=d.month + 1)
        """,
        """
        import datetime

        def in_a_month(now):
            return datetime.date(now.year, now.month + 1, now.day)
        """,
    ], [
        """
        from datetime import date

        def next_bill(d: date) -> date:
            year, month = divmod(d.month, 12)
            return d.replace(year=d.year + year, month=month + 1, day=1)
        """,
        """
        from datetime import date

        def next_bill(d: date) -> date:
            if d.month == 12:
                return d.replace(year=d.year + 1, month=1, day=1)
            return d.replace(month=d.month + 1, day=1)
        """,
    ]),
    "py-split-unpacked-unlimited": ([
        """
        def parse(line):
            key, value = line.split("=")
            return key.strip(), value.strip()
        """,
        """
        def query(qs):
            out = {}
            for pair in qs.split("&"):
                name, val = pair.split("=")
                out[name] = val
            return out
        """,
    ], [
        """
        def parse(line):
            key, value = line.split("=", 1)
            return key, value
        """,
        """
        def parse(line):
            key, _, value = line.partition("=")
            hours, minutes = value.split(":")
            return key, int(hours), int(minutes)
        """,
    ]),
    "py-store-read-then-written": ([
        """
        def hit(cache, page):
            count = cache.get(f"views:{page}") or 0
            cache.set(f"views:{page}", count + 1)
        """,
        """
        class Limiter:
            def __init__(self, redis):
                self.redis = redis

            def allow(self, user):
                used = int(self.redis.get(user) or 0)
                if used >= 10:
                    return False
                self.redis.set(user, used + 1)
                return True
        """,
        """
        def record(cache, user, clock):
            strikes = int(cache.get(f"strikes:{user}") or 0)
            if strikes >= 3:
                return "blocked"
            cache.set(f"strikes:{user}", strikes + 1)
            return "ok"
        """,
    ], [
        """
        def hit(cache, page):
            return cache.incr(f"views:{page}")
        """,
        """
        def allow(redis, user):
            with redis.lock(f"lock:{user}"):
                used = int(redis.get(user) or 0)
                redis.set(user, used + 1)
        """,
    ]),
    "py-secret-logged": ([
        """
        import logging
        log = logging.getLogger(__name__)

        def login(username, password):
            log.debug("login %s / %s", username, password)
        """,
        """
        import logging
        logger = logging.getLogger(__name__)

        def connect(cfg):
            logger.info(f"connecting with key {cfg.api_key}")
        """,
    ], [
        """
        import logging
        log = logging.getLogger(__name__)

        def login(username, password):
            log.debug("login %s", username)
        """,
        """
        import logging
        logger = logging.getLogger(__name__)

        def cancel(params):
            logger.warning("unknown progress token %s", params.token)

        def show(token):
            print(token)
        """,
    ]),
    "py-exists-then-write": ([
        """
        import os

        def claim(path):
            if os.path.exists(path):
                return False
            with open(path, "w") as fh:
                fh.write(str(os.getpid()))
            return True
        """,
        """
        from pathlib import Path

        def export(target: Path, text):
            if not target.exists():
                target.write_text(text)
            else:
                raise FileExistsError(target)
        """,
    ], [
        """
        import os

        def claim(path):
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                return False
            os.close(fd)
            return True
        """,
        # create if missing, and a cache read back
        """
        from pathlib import Path

        def ensure(marker: Path):
            if not marker.exists():
                marker.write_text("")

        def cached(path: Path, make):
            if path.exists():
                return path.read_text()
            text = make()
            path.write_text(text)
            return text
        """,
    ]),
    "py-one-based-page-offset": ([
        """
        def page_of(items, page=1, size=20):
            return items[page * size:(page + 1) * size]
        """,
        """
        def list_users(session, request):
            page = int(request.args.get("page", 1))
            offset = page * 50
            return session.query(User).offset(offset).limit(50).all()
        """,
    ], [
        """
        def page_of(items, page=1, size=20):
            start = (page - 1) * size
            return items[start:start + size]
        """,
        """
        def page_of(items, page=0, size=20):
            return items[page * size:(page + 1) * size]
        """,
    ]),
    "py-cors-any-origin-credentials": ([
        """
        from flask import Flask
        from flask_cors import CORS

        app = Flask(__name__)
        CORS(app, supports_credentials=True)
        """,
        """
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware

        app = FastAPI()
        app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=True)
        """,
    ], [
        """
        from flask import Flask
        from flask_cors import CORS

        app = Flask(__name__)
        CORS(app, origins=["https://app.example.com"], supports_credentials=True)
        """,
        """
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware

        app = FastAPI()
        app.add_middleware(CORSMiddleware, allow_origins=["*"], allow_credentials=False)
        """,
    ]),
    "py-median-of-unsorted": ([
        """
        def latency(rows):
            values = [r.ms for r in rows]
            n = len(values)
            if n % 2:
                return values[n // 2]
            return (values[n // 2 - 1] + values[n // 2]) / 2
        """,
        """
        def median_price(items):
            prices = [i.price for i in items]
            return prices[len(prices) // 2]
        """,
    ], [
        """
        def latency(rows):
            values = sorted(r.ms for r in rows)
            n = len(values)
            if n % 2:
                return values[n // 2]
            return (values[n // 2 - 1] + values[n // 2]) / 2
        """,
        # binary search over data the caller keeps sorted
        """
        def split_half(items):
            mid = items[len(items) // 2]
            return [i for i in items if i < mid], [i for i in items if i >= mid]
        """,
    ]),
    "py-jwt-unverified": ([
        """
        import jwt

        def user_of(request):
            token = request.headers["Authorization"].split()[1]
            return jwt.decode(token, options={"verify_signature": False})["sub"]
        """,
        """
        import jwt

        def role(request):
            claims = jwt.decode(request.cookies["session"], "k", algorithms=["none"])
            return claims["role"]
        """,
    ], [
        """
        import jwt

        def user_of(request, key):
            token = request.headers["Authorization"].split()[1]
            return jwt.decode(token, key, algorithms=["HS256"])["sub"]
        """,
        # a client reading the expiry of a token it was given
        """
        import jwt

        class Token:
            def __init__(self, raw):
                self.claims = jwt.decode(raw, options={"verify_signature": False})
        """,
    ]),
    "py-locks-in-both-orders": ([
        """
        import threading

        class Bank:
            def __init__(self):
                self.accounts_lock = threading.Lock()
                self.audit_lock = threading.Lock()

            def move(self, a, b, n):
                with self.accounts_lock:
                    with self.audit_lock:
                        self.trail.append((a, b, n))

            def report(self):
                with self.audit_lock:
                    with self.accounts_lock:
                        return list(self.trail)
        """,
        # the second lock taken through a method of the class, and by acquire()
        """
        import threading

        class Cache:
            def __init__(self):
                self.index_lock = threading.RLock()
                self.disk_lock = threading.Lock()

            def _touch_index(self, key):
                with self.index_lock:
                    self.index[key] = 1

            def flush(self, key):
                self.disk_lock.acquire()
                try:
                    self._touch_index(key)
                finally:
                    self.disk_lock.release()

            def evict(self, key):
                with self.index_lock, self.disk_lock:
                    self.index.pop(key, None)
        """,
    ], [
        # the same order in both methods
        """
        import threading

        class Bank:
            def __init__(self):
                self.accounts_lock = threading.Lock()
                self.audit_lock = threading.Lock()

            def move(self, a, b, n):
                with self.accounts_lock:
                    with self.audit_lock:
                        self.trail.append((a, b, n))

            def report(self):
                with self.accounts_lock, self.audit_lock:
                    return list(self.trail)
        """,
        # one lock at a time, one after the other
        """
        import threading

        class Bank:
            def __init__(self):
                self.accounts_lock = threading.Lock()
                self.audit_lock = threading.Lock()

            def move(self, a, b, n):
                with self.accounts_lock:
                    self.balances[a] -= n
                with self.audit_lock:
                    self.trail.append((a, b, n))

            def report(self):
                with self.audit_lock:
                    trail = list(self.trail)
                with self.accounts_lock:
                    return trail, dict(self.balances)
        """,
    ]),
    "py-world-writable-chmod": ([
        """
        import os

        def publish(path):
            os.chmod(path, 0o777)
        """,
        """
        from pathlib import Path

        def save(p: Path, text):
            p.write_text(text)
            p.chmod(0o666)
        """,
        # (round post-pyjs) the mode from a settings class's field default
        """
        import os
        from dataclasses import dataclass

        @dataclass
        class Options:
            out_dir: str = "/var/out"
            perms: int = 0o646

        class Writer:
            def __init__(self, options: Options):
                self.options = options

            def write(self, fd, data):
                os.fchmod(fd, self.options.perms)
                os.write(fd, data)
        """,
        # (round post-pyjs) the mode from a parameter's default naming a module constant
        """
        import os

        SHARED = 0o777

        def publish(path, mode=SHARED):
            with open(path, "w") as fh:
                fh.write("ok")
            os.chmod(path, mode)
        """,
    ], [
        # (round post-pyjs) the same field default, private
        """
        import os
        from dataclasses import dataclass

        @dataclass
        class Options:
            perms: int = 0o640

        class Writer:
            def __init__(self, options: Options):
                self.options = options

            def write(self, fd, data):
                os.fchmod(fd, self.options.perms)
        """,
        # (round post-pyjs) a constant that is owner-only, through a local alias
        """
        import os

        PRIVATE = 0o600

        def publish(path):
            mode = PRIVATE
            os.chmod(path, mode)
        """,
        """
        import os

        def publish(path):
            os.chmod(path, 0o644)
        """,
        """
        import os
        import stat

        def private(path):
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
        """,
    ]),
    "py-regex-from-request": ([
        """
        import re
        from flask import request

        def search(names):
            q = request.args.get("q", "")
            return [n for n in names if re.search(q, n)]
        """,
        """
        import re

        def filter_rows(request, rows):
            pattern = re.compile(request.json["pattern"])
            return [r for r in rows if pattern.match(r)]
        """,
    ], [
        """
        import re
        from flask import request

        def search(names):
            q = re.escape(request.args.get("q", ""))
            return [n for n in names if re.search(q, n)]
        """,
        """
        import re
        from flask import request

        def search(names):
            q = request.args.get("q", "").casefold()
            return [n for n in names if q in n.casefold() and re.match(r"^\\w+$", n)]
        """,
    ]),
    "py-same-day-by-day-field": ([
        """
        def same_day(a, b):
            return a.day == b.day
        """,
        """
        from datetime import datetime

        def is_new_day(last, now: datetime):
            if last.day != now.day:
                return True
            return False
        """,
        # (round r30-perferr) `day` declared an int, or another name declared a date
        """
        from dataclasses import dataclass
        from datetime import date

        @dataclass
        class Booking:
            start: date
            day: int

        def same_slot(a: Booking, b: Booking) -> bool:
            return a.day == b.day
        """,
        """
        from datetime import date

        def rolled_over(day_start: date, last, now):
            return last.day != now.day
        """,
    ], [
        """
        def same_day(a, b):
            return a.date() == b.date()
        """,
        """
        def same_day(a, b):
            return a.year == b.year and a.month == b.month and a.day == b.day
        """,
        # (round r30-perferr) a field or parameter named `day` declared a date: its `.day`
        # is the whole date
        """
        from dataclasses import dataclass
        from datetime import date

        @dataclass
        class Signup:
            name: str
            day: date

        class Rota:
            def __init__(self, day: date):
                self.day = day

            def fits(self, s: Signup) -> bool:
                return s.day == self.day
        """,
        """
        import datetime

        class Slot:
            def __init__(self, day: datetime.date | None = None):
                self.day = day

        def clash(a, b):
            return a.day != b.day
        """,
    ]),
    "py-monthrange-first-as-length": ([
        """
        import calendar

        def days_in_month(d):
            return calendar.monthrange(d.year, d.month)[0]
        """,
        """
        from calendar import monthrange

        def daily_rate(price, year, month):
            days = monthrange(year, month)[0]
            return price / days
        """,
        """
        import calendar

        def last_day(year, month):
            length, _ = calendar.monthrange(year, month)
            return length
        """,
    ], [
        """
        import calendar

        def days_in_month(d):
            return calendar.monthrange(d.year, d.month)[1]
        """,
        # the weekday of the 1st, to pad a calendar grid
        """
        import calendar

        def grid(year, month):
            first_weekday, days = calendar.monthrange(year, month)
            lead = calendar.monthrange(year, month)[0]
            return [None] * lead + list(range(1, days + 1)), first_weekday
        """,
        """
        import calendar

        def first_weekday(year, month):
            return calendar.monthrange(year, month)[0]
        """,
    ]),
    "py-refill-drops-fraction": ([
        """
        class Bucket:
            def refill(self, now):
                elapsed = now - self.last
                added = int(elapsed * self.rate)
                self.tokens = min(self.capacity, self.tokens + added)
                self.last = now
        """,
        """
        import time

        def refill(bucket, rate):
            now = time.monotonic()
            bucket.tokens += (now - bucket.stamp) * rate // 1
            bucket.stamp = now
        """,
    ], [
        # fractional tokens
        """
        class Bucket:
            def refill(self, now):
                elapsed = now - self.last
                self.tokens = min(self.capacity, self.tokens + elapsed * self.rate)
                self.last = now
        """,
        # the timestamp advanced only by the time the whole tokens account for
        """
        class Bucket:
            def refill(self, now):
                added = int((now - self.last) * self.rate)
                self.tokens = min(self.capacity, self.tokens + added)
                self.last += added / self.rate
        """,
        # moved only when a token was added
        """
        class Bucket:
            def refill(self, now):
                added = int((now - self.last) * self.rate)
                if added:
                    self.tokens = min(self.capacity, self.tokens + added)
                    self.last = now
        """,
        # whole seconds reported, and the mark moved on: no balance
        """
        import time

        class Progress:
            def report(self, done):
                now = time.monotonic()
                seconds = int(now - self.last_report)
                self.log(f"{done} rows in {seconds}s")
                self.last_report = now
        """,
    ]),
    "py-retry-forever": ([
        """
        import time

        def fetch(session, url):
            while True:
                try:
                    return session.get(url).json()
                except OSError as exc:
                    log.warning("retrying %s: %s", url, exc)
                    time.sleep(1)
        """,
        """
        class Sender:
            def deliver(self, event):
                delay = 1.0
                while True:
                    try:
                        status = self._post(event)
                    except ConnectionError:
                        pass
                    else:
                        if status < 500:
                            return status
                    delay = self._pause(delay)
        """,
    ], [
        # attempts counted
        """
        import time

        def fetch(session, url, attempts=5):
            tries = 0
            while True:
                try:
                    return session.get(url).json()
                except OSError:
                    tries += 1
                    if tries >= attempts:
                        raise
                    time.sleep(1)
        """,
        # a deadline
        """
        import time

        def fetch(session, url, deadline):
            while True:
                try:
                    return session.get(url).json()
                except OSError:
                    if time.monotonic() > deadline:
                        raise
        """,
        # the handler gives up
        """
        def fetch(session, url):
            while True:
                try:
                    return session.get(url).json()
                except OSError:
                    raise
        """,
        # a server's accept loop: nothing returned on success
        """
        def serve(sock):
            while True:
                try:
                    conn, _ = sock.accept()
                    handle(conn)
                except OSError as exc:
                    log.warning("accept failed: %s", exc)
        """,
    ]),
    # CWE-193, off-by-one: n items hold n - w + 1 windows of width w
    "py-window-range-drops-last": ([
        """
        def moving_average(values, window):
            out = []
            for start in range(len(values) - window):
                out.append(sum(values[start:start + window]) / window)
            return out
        """,
        """
        def ngrams(tokens, n):
            return [tuple(tokens[i:i + n]) for i in range(len(tokens))] if n == 1 else \\
                _grams(tokens, n)

        def _grams(tokens, n):
            grams = []
            for i in range(0, len(tokens) - n):
                grams.append(" ".join(tokens[i:n + i]))
            return grams
        """,
    ], [
        """
        def moving_average(values, window):
            return [sum(values[i:i + window]) / window for i in range(len(values) - window + 1)]
        """,
        """
        def moving_average(values, window):
            out = []
            for i in range(len(values) - window + 1):
                out.append(sum(values[i:i + window]) / window)
            return out
        """,
        # a rolling update reads the item after the window: that bound is right
        """
        def rolling(values, window):
            total = sum(values[:window])
            out = [total]
            for i in range(len(values) - window):
                total += values[i + window] - values[i]
                out.append(total)
            return out
        """,
    ]),
    # the datetime docs: a naive datetime is local time to timestamp()
    "py-naive-utc-timestamp": ([
        """
        def claims(user_id, ttl):
            issued = datetime.utcnow()
            expires = issued + ttl
            return {"sub": user_id, "iat": int(issued.timestamp()), "exp": int(expires.timestamp())}
        """,
        """
        def epoch_now():
            return datetime.datetime.utcnow().timestamp()
        """,
    ], [
        """
        def claims(user_id, ttl):
            issued = datetime.now(timezone.utc)
            expires = issued + ttl
            return {"sub": user_id, "iat": int(issued.timestamp()), "exp": int(expires.timestamp())}
        """,
        """
        def epoch_now():
            return datetime.utcnow().replace(tzinfo=timezone.utc).timestamp()
        """,
        """
        def age(created):
            now = datetime.utcnow()
            now = datetime.now(timezone.utc)
            return now.timestamp() - created
        """,
    ]),
}


@pytest.mark.parametrize(("rule", "source"), [
    (rule, code) for rule, (hits, _) in CASES.items() for code in hits])
def test_finds_the_hazard(rule: str, source: str) -> None:
    assert rule in _rules(source)


@pytest.mark.parametrize(("rule", "source"), [
    (rule, code) for rule, (_, misses) in CASES.items() for code in misses])
def test_stays_silent_on_the_look_alike(rule: str, source: str) -> None:
    assert rule not in _rules(source)


def test_every_rule_has_two_examples_each_way() -> None:
    from server.examiner.analysis.pylogic import QUESTIONS

    assert set(QUESTIONS) == set(CASES)
    assert all(len(hits) >= 2 and len(misses) >= 2 for hits, misses in CASES.values())


def test_every_rule_has_key_points() -> None:
    from server.examiner.analysis.pylogic import QUESTIONS
    from server.examiner.questions.templates import KEY_POINTS

    assert set(QUESTIONS) <= set(KEY_POINTS)


def test_a_memoised_value_written_back_is_not_a_lost_update() -> None:
    source = """
    def memo(cache, fn, key):
        value = cache.get(key)
        if value is None:
            value = fn(key)
            cache.set(key, value)
        return value
    """
    assert "py-store-read-then-written" not in _rules(source)
