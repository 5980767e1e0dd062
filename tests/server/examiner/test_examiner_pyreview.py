"""pyreview's checks: each fires on its hazard in two forms and stays silent on its look-alikes."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.pyrisk import python_risks


def _rules(source: str) -> set[str]:
    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


CASES: dict[str, tuple[list[str], list[str]]] = {
    "py-stale-read-across-await": ([
        """
        class Inventory:
            async def reserve(self, sku, qty):
                available = self.stock.get(sku, 0)
                if available < qty:
                    return False
                await self.store.record(sku, qty)
                self.stock[sku] = available - qty
                return True
        """,
        """
        class Wallet:
            async def spend(self, user, amount):
                if self.balances[user] < amount:
                    raise ValueError("insufficient")
                await self.audit.log(user, amount)
                self.balances[user] -= amount
        """,
        # a field of an entry of the object's collection
        """
        class Booking:
            async def reserve(self, show_id, seats):
                show = self.shows[show_id]
                if show.available < seats:
                    raise SoldOut(show_id)
                await self.payments.charge(seats * show.price)
                show.available -= seats
        """,
        # a field of the object: a limit tested, an await, then the count raised
        """
        class Runner:
            async def start(self, job):
                if self.running >= self.limit:
                    return False
                await self.hooks.on_start(job)
                self.running += 1
                asyncio.ensure_future(self.run(job))
                return True
        """,
        # (flow2-py) a module-level dict, read, awaited, written back
        """
        STOCK = {"apple": 3, "pear": 5}

        async def reserve(item, n):
            left = STOCK.get(item, 0)
            if left < n:
                return False
            await asyncio.sleep(0.01)
            STOCK[item] = left - n
            return True
        """,
        # (flow2-py) through a local alias of the object's map
        """
        class Store:
            async def reserve(self, item, n):
                stock = self.stock
                left = stock[item]
                await self.audit.log(item, n)
                stock[item] = left - n
        """,
    ], [
        # the field changed before the await, put back on failure
        """
        class Booking:
            async def reserve(self, show_id, seats):
                show = self.shows[show_id]
                if show.available < seats:
                    raise SoldOut(show_id)
                show.available -= seats
                try:
                    await self.payments.charge(seats * show.price)
                except Exception:
                    show.available += seats
                    raise
        """,
        # tested again after the await
        """
        class Booking:
            async def reserve(self, show_id, seats):
                show = self.shows[show_id]
                if show.available < seats:
                    raise SoldOut(show_id)
                await self.payments.hold(seats)
                if show.available < seats:
                    raise SoldOut(show_id)
                show.available -= seats
        """,
        # one task's producer loop filling a buffer
        """
        class Prefetcher:
            async def _loop(self):
                while self.offset < self.size:
                    chunk = await self.fetch(self.offset)
                    self.offset += len(chunk)
        """,
        # a semaphore's own acquire
        """
        class Semaphore:
            async def acquire(self):
                if self._value > 0:
                    await checkpoint()
                    self._value -= 1
                    return
                await self._wait()
        """,
        # an object the coroutine made itself
        """
        class Builder:
            async def build(self, n):
                part = Part()
                if part.size < n:
                    await self.grow(part)
                    part.size += n
                return part
        """,
        # under an asyncio lock
        """
        class Inventory:
            async def reserve(self, sku, qty):
                async with self.lock:
                    available = self.stock.get(sku, 0)
                    if available < qty:
                        return False
                    await self.store.record(sku, qty)
                    self.stock[sku] = available - qty
        """,
        # the write comes before the await
        """
        class Inventory:
            async def reserve(self, sku, qty):
                available = self.stock.get(sku, 0)
                if available < qty:
                    return False
                self.stock[sku] = available - qty
                await self.store.record(sku, qty)
        """,
        # the local is given a fresh value before the write
        """
        class Files:
            async def session(self, sid):
                known = self.sessions.get(sid)
                if known is None:
                    known = Session(await self.load(sid))
                    self.sessions[sid] = known
                return known
        """,
        # a cache filled after a miss: the value does not come from the read
        """
        class Cache:
            async def get(self, key):
                if key not in self.items:
                    self.items[key] = await self.fetch(key)
                return self.items[key]
        """,
        # (flow2-py) a module dict re-read after the await
        """
        STOCK = {"apple": 3}

        async def reserve(item, n):
            if STOCK[item] < n:
                return False
            await asyncio.sleep(0.01)
            left = STOCK[item]
            STOCK[item] = left - n
            return True
        """,
        # (flow2-py) a local alias of the map, both under an asyncio lock
        """
        class Store:
            async def reserve(self, item, n):
                async with self._guard:
                    stock = self.stock
                    left = stock[item]
                    await self.audit.log(item, n)
                    stock[item] = left - n
        """,
    ]),
    "py-role-from-request": ([
        """
        from flask import abort, request

        def delete_doc(doc_id):
            is_admin = request.headers.get("X-Role") == "admin"
            if not is_admin:
                abort(403)
        """,
        """
        from flask import abort, request

        def list_all():
            if request.args.get("admin") != "1":
                abort(403)
            return []
        """,
        """
        async def promote(request):
            body = await request.json()
            if body["role"] == "admin":
                return grant(body["user"])
        """,
    ], [
        """
        from flask import abort, session

        def list_all():
            if session.get("role") != "admin":
                abort(403)
            return []
        """,
        # a header read for logging, not for a decision
        """
        from flask import request

        def handler():
            request_id = request.headers.get("X-Request-Id")
            if request_id:
                log(request_id)
        """,
        # the role in the body is the value being stored, not a decision
        """
        from flask import request

        def create_user(db):
            body = request.get_json()
            db.add(name=body["name"], role=body.get("role", "member"))
        """,
    ]),
    "py-password-fast-hash": ([
        """
        import hashlib

        def store(db, name, password):
            db[name] = hashlib.md5(password.encode()).hexdigest()
        """,
        """
        import hashlib

        def hash_password(pw, salt):
            return hashlib.sha256(salt + pw.encode()).hexdigest()
        """,
        # the parameter named for what it is only by the function's own message
        """
        import hashlib

        def door_code_digest(member, code):
            digits = code.strip()
            if len(digits) < 4:
                raise ValueError("a door PIN needs four digits")
            return hashlib.sha1(f"{member}:{digits}".encode()).hexdigest()
        """,
        """
        import hashlib

        class Vault:
            def seal(self, owner, words):
                if not words:
                    raise ValueError(f"{owner} gave an empty passphrase")
                return hashlib.md5(" ".join(words).encode()).hexdigest()
        """,
    ], [
        # a message about a reset token, and a random token made inside: no secret parameter
        """
        import hashlib, secrets

        def reset_link(user):
            if not user.email:
                raise ValueError("cannot send a password reset token without an email")
            token = secrets.token_urlsafe(32)
            return token, hashlib.sha256(token.encode()).hexdigest()
        """,
        # a message about a password, and a digest of the file it reads, not of a parameter's
        """
        import hashlib

        def checksum(path, strict=False):
            data = open(path, "rb").read()
            if strict and b"password" in data:
                raise ValueError("the export must not contain a password column")
            return hashlib.sha256(b"fixed").hexdigest()
        """,
        """
        import hashlib, os

        def hash_password(password):
            salt = os.urandom(16)
            return salt, hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)
        """,
        """
        import hashlib

        def etag(body):
            return hashlib.md5(body).hexdigest()
        """,
    ]),
    "py-iterator-consumed-twice": ([
        """
        def summarise(rows):
            values = (value for _, value in rows)
            count = sum(1 for _ in values)
            return sum(values) / count
        """,
        """
        def parse(lines):
            yield from lines

        def report(path):
            records = parse(open(path))
            total = len(list(records))
            names = sorted(r.name for r in records)
            return total, names
        """,
        """
        def parse(lines):
            for line in lines:
                yield line.split(",")

        def longest(rows):
            best = None
            for row in rows:
                if best is None or len(row) > len(best):
                    best = row
            return best

        def summary(lines):
            rows = parse(lines)
            top = longest(rows)
            return top, [r[0] for r in rows]
        """,
        """
        def pairs(xs, ys):
            both = zip(xs, ys)
            for x, _ in both:
                for _, y in both:
                    print(x, y)
        """,
    ], [
        """
        def summarise(rows):
            values = [value for _, value in rows]
            return sum(values) / len(values)
        """,
        # made a list first
        """
        def parse(lines):
            for line in lines:
                yield line.split(",")

        def longest(rows):
            return max(rows, key=len)

        def summary(lines):
            rows = list(parse(lines))
            return longest(rows), [r[0] for r in rows]
        """,
        # one pass in each branch
        """
        def fmt(marker, first):
            inner = (str(m) for m in marker)
            if first:
                return " ".join(inner)
            else:
                return "(" + " ".join(inner) + ")"
        """,
        # a header read, then the rest: the first loop stops early on purpose
        """
        import csv

        def read(fh):
            rows = csv.reader(fh)
            for row in rows:
                if row and row[0] == "id":
                    break
            return [r for r in rows]
        """,
    ]),
    "py-membership-in-built-list": ([
        """
        def ids(rows):
            return [r["id"] for r in rows]

        def missing(bank, ledger):
            known = ids(ledger)
            return [r for r in bank if r["id"] not in known]
        """,
        """
        def emails(users):
            return sorted(u.email for u in users)

        def unknown(users, messages):
            known = emails(users)
            out = []
            for m in messages:
                if m.sender not in known:
                    out.append(m)
            return out
        """,
    ], [
        """
        def ids(rows):
            return [r["id"] for r in rows]

        def missing(bank, ledger):
            known = set(ids(ledger))
            return [r for r in bank if r["id"] not in known]
        """,
        """
        def ids(rows):
            return [r["id"] for r in rows]

        def has(ledger, x):
            known = ids(ledger)
            return x in known
        """,
    ]),
    "py-naive-aware-datetime": ([
        """
        from datetime import datetime, timezone

        def create(store, user):
            store[user] = {"last_seen": datetime.now(timezone.utc)}

        def idle(store, user, limit):
            return datetime.now() - store[user]["last_seen"] > limit
        """,
        """
        import datetime

        class Token:
            def __init__(self, ttl):
                self.expires = datetime.datetime.now(datetime.timezone.utc) + ttl

            def valid(self):
                return datetime.datetime.utcnow() < self.expires
        """,
    ], [
        """
        from datetime import datetime, timezone

        def create(store, user):
            store[user] = {"last_seen": datetime.now(timezone.utc)}

        def idle(store, user, limit):
            return datetime.now(timezone.utc) - store[user]["last_seen"] > limit
        """,
        """
        from datetime import datetime, timezone

        def stamp():
            return datetime.now(timezone.utc).isoformat()

        def expired(job):
            return datetime.now() > job.deadline
        """,
    ]),
    "py-rounded-shares": ([
        """
        def split(price, people):
            owed = {}
            share = round(price / len(people), 2)
            for p in people:
                owed[p] = owed.get(p, 0) + share
            return owed
        """,
        """
        def split(total, names):
            n = len(names)
            each = round(total / n, 2)
            paid = 0
            for _ in names:
                paid += each
            return each, paid
        """,
    ], [
        # the last share takes what is left
        """
        def split(price, people):
            share = round(price / len(people), 2)
            owed = {p: share for p in people[:-1]}
            owed[people[-1]] = round(price - share * (len(people) - 1), 2)
            return owed
        """,
        # an average rounded for display, not added up
        """
        def mean(values):
            avg = round(sum(values) / len(values), 2)
            return f"{avg:.2f}"
        """,
    ]),
    "py-request-body-copied-onto-object": ([
        """
        from flask import request

        def update_profile(user):
            body = request.get_json() or {}
            for key, value in body.items():
                setattr(user, key, value)
        """,
        """
        from flask import request

        def update(item):
            item.__dict__.update(request.json)
        """,
    ], [
        """
        from flask import request

        EDITABLE = {"display_name", "bio"}

        def update_profile(user):
            body = request.get_json() or {}
            for key, value in body.items():
                if key in EDITABLE:
                    setattr(user, key, value)
        """,
        """
        def apply_defaults(obj, defaults):
            for key, value in defaults.items():
                setattr(obj, key, value)
        """,
    ]),
    "py-url-from-request-fetched": ([
        """
        import requests
        from flask import request

        def preview():
            url = request.args.get("url", "")
            if not url.startswith("https://"):
                return None
            return requests.get(url, timeout=5).text
        """,
        """
        import aiohttp

        async def proxy(request):
            target = request.query["target"]
            async with aiohttp.ClientSession() as session:
                async with session.get(target) as resp:
                    return await resp.text()
        """,
    ], [
        """
        from urllib.parse import urlparse

        import requests
        from flask import abort, request

        ALLOWED = {"example.com"}

        def preview():
            url = request.args.get("url", "")
            if urlparse(url).hostname not in ALLOWED:
                abort(400)
            return requests.get(url, timeout=5).text
        """,
        """
        import requests
        from flask import request

        API = "https://api.example.com/search"

        def search():
            q = request.args.get("q", "")
            return requests.get(API, params={"q": q}, timeout=5).json()
        """,
    ]),
    "py-query-per-item": ([
        """
        def totals(db):
            out = []
            for cid, name in db.execute("SELECT id, name FROM customers").fetchall():
                row = db.execute("SELECT SUM(total) FROM orders WHERE customer_id = ?",
                                 (cid,)).fetchone()
                out.append((name, row[0]))
            return out
        """,
        """
        async def owners(conn, pets):
            result = {}
            for pet in pets:
                result[pet.id] = await conn.fetchrow(
                    "SELECT name FROM owners WHERE id = $1", pet.owner_id)
            return result
        """,
    ], [
        """
        def totals(db):
            return db.execute(
                "SELECT c.name, SUM(o.total) FROM customers c LEFT JOIN orders o "
                "ON o.customer_id = c.id GROUP BY c.id").fetchall()
        """,
        # one write per item is not a lookup per item
        """
        def save(db, rows):
            for row in rows:
                db.execute("INSERT INTO t (a, b) VALUES (?, ?)", (row.a, row.b))
        """,
        # the parameter does not come from the item
        """
        def poll(db, job_id):
            for _ in range(3):
                row = db.execute("SELECT state FROM jobs WHERE id = ?", (job_id,)).fetchone()
                if row[0] == "done":
                    return True
            return False
        """,
    ]),
    "py-token-expiry-never-checked": ([
        """
        import base64, hashlib, hmac, json, time

        KEY = b"k"

        def issue(uid):
            payload = json.dumps({"uid": uid, "exp": time.time() + 3600}).encode()
            return base64.b64encode(payload).decode() + "." + hmac.new(KEY, payload, hashlib.sha256).hexdigest()

        def verify(token):
            body, sig = token.rsplit(".", 1)
            payload = base64.b64decode(body)
            if not hmac.compare_digest(sig, hmac.new(KEY, payload, hashlib.sha256).hexdigest()):
                return None
            return json.loads(payload)["uid"]
        """,
        """
        import hmac, json

        def make(secret, user, until):
            data = json.dumps({"user": user, "expires_at": until})
            return data + "|" + hmac.new(secret, data.encode(), "sha256").hexdigest()

        def check(secret, token):
            data, mac = token.rsplit("|", 1)
            good = hmac.new(secret, data.encode(), "sha256").hexdigest()
            if hmac.compare_digest(mac, good):
                return json.loads(data)["user"]
            return None
        """,
    ], [
        """
        import base64, hashlib, hmac, json, time

        KEY = b"k"

        def issue(uid):
            payload = json.dumps({"uid": uid, "exp": time.time() + 3600}).encode()
            return base64.b64encode(payload).decode() + "." + hmac.new(KEY, payload, hashlib.sha256).hexdigest()

        def verify(token):
            body, sig = token.rsplit(".", 1)
            payload = base64.b64decode(body)
            if not hmac.compare_digest(sig, hmac.new(KEY, payload, hashlib.sha256).hexdigest()):
                return None
            data = json.loads(payload)
            if data["exp"] < time.time():
                return None
            return data["uid"]
        """,
        """
        import time
        import jwt

        def issue(key, uid):
            return jwt.encode({"uid": uid, "exp": time.time() + 3600}, key, algorithm="HS256")

        def verify(key, token):
            return jwt.decode(token, key, algorithms=["HS256"])["uid"]
        """,
    ]),
    "py-cache-key-without-owner": ([
        """
        _cache = {}

        def cached_report(db, tenant_id, month):
            if month in _cache:
                return _cache[month]
            report = build(db, tenant_id, month)
            _cache[month] = report
            return report
        """,
        """
        CACHE = dict()

        def profile(user_id, section):
            data = load_section(user_id, section)
            CACHE[section] = data
            return data
        """,
    ], [
        """
        _cache = {}

        def cached_report(db, tenant_id, month):
            key = (tenant_id, month)
            if key in _cache:
                return _cache[key]
            report = build(db, tenant_id, month)
            _cache[(tenant_id, month)] = report
            return report
        """,
        # the stored value does not depend on the user
        """
        _rates = {}

        def price(user_id, currency):
            rate = fetch_rate(currency)
            _rates[currency] = rate
            return rate
        """,
    ]),
    # Python docs, `copy`: a shallow copy holds the original's own nested objects
    "py-shallow-copy-changed": ([
        """
        CATALOGUE = {}

        def scaled(name, factor):
            recipe = dict(CATALOGUE[name])
            for ing in recipe["ingredients"]:
                ing["qty"] = ing["qty"] * factor
            return recipe
        """,
        """
        def with_defaults(config):
            out = config.copy()
            out["db"]["timeout"] = 30
            return out
        """,
        """
        def tagged(self, tag):
            view = {**self.settings}
            view["tags"].append(tag)
            return view
        """,
    ], [
        # a deep copy
        """
        import copy

        def scaled(recipe, factor):
            out = copy.deepcopy(recipe)
            for ing in out["ingredients"]:
                ing["qty"] *= factor
            return out
        """,
        # the nested entry rebuilt before it is changed
        """
        def scaled(recipe, factor):
            out = dict(recipe)
            out["ingredients"] = [dict(i, qty=i["qty"] * factor) for i in recipe["ingredients"]]
            return out
        """,
        # only the copy's own keys change
        """
        def with_defaults(config):
            out = config.copy()
            out["timeout"] = 30
            return out
        """,
        # the copy is not handed back: changing the caller's values is what it is for
        """
        def reset_all(accounts):
            snapshot = dict(accounts)
            for acc in snapshot.values():
                acc["balance"] = 0
            return len(snapshot)
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
    from test_examiner_awaitguard import CASES as GUARD  # analysis/pyguard.py
    from test_examiner_documented_pyjs import FILE_CASES as FILES  # analysis/pyfiles.py
    from test_examiner_parity_py import CASES as PARITY  # checks ported from other languages
    from test_examiner_r9_py import CASES as R9  # round 9's checks (analysis/pyvalues.py)
    from test_examiner_r10_py import CASES as R10  # round 10's (analysis/pyworkers.py)

    from server.examiner.analysis.pylogic import QUESTIONS as LOGIC
    from server.examiner.analysis.pyreview import QUESTIONS
    from server.examiner.analysis.ruff import QUESTIONS as RUFF

    # pylogic's are in test_examiner_pylogic; ruff's own (F631, PLE1205/6) in test_examiner_py10
    # the class attribute's question is asked for ruff's RUF012 (test_examiner_premises)
    assert set(QUESTIONS) - set(LOGIC) - set(RUFF) - {"py-class-attribute-shared"} <= \
        set(CASES) | set(PARITY) | set(R9) | set(R10) | set(GUARD) | set(FILES)
    assert all(len(hits) >= 2 and len(misses) >= 2 for hits, misses in CASES.values())
