"""Round 8, Python: hazards in the forms real code takes (through a helper, an alias, an entry of
an attribute). Each new or widened detector fires on its forms and stays silent on their
correct near-misses."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from server.examiner.analysis.pyrisk import python_risks


def _risk_ids(source: str) -> set[str]:
    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


def _thread_races(source: str) -> set[str]:
    """'thread-rmw' when a read-modify-write of `self` state between threads is found."""
    return {"thread-rmw" for r in python_risks(textwrap.dedent(source))
            if r.kind == "race_condition" and "read-modify-write of shared state" in r.detail}


# the asyncio docs (tasks interleave at await): a balance read, awaited past, written back. A
# word holding "lock" (`"block"`, `blocked`) is no lock.
STALE_ACROSS_AWAIT = [
    """
    class Wallet:
        async def debit(self, acct, amount):
            available = self.balances[acct]
            verdict = await self.screen(acct, amount)
            if verdict == "block":
                raise PermissionError("blocked")
            self.balances[acct] = available - amount
    """,
]
STALE_ACROSS_AWAIT_OK = [
    """
    class Wallet:
        async def debit(self, acct, amount):
            async with self._lock:
                available = self.balances[acct]
                await self.screen(acct, amount)
                self.balances[acct] = available - amount
    """,
    """
    class Wallet:
        async def debit(self, acct, amount):
            await self.screen(acct, amount)
            available = self.balances[acct]
            self.balances[acct] = available - amount
    """,
]

# N+1 queries: a SELECT per item, also inside a helper of the module the loop calls
QUERY_PER_ITEM = [
    """
    def patron(cur, patron_id):
        cur.execute("SELECT name, email FROM patrons WHERE id = %s", (patron_id,))
        return cur.fetchone()

    def rows(cur, loans):
        out = []
        for loan in loans:
            p = patron(cur, loan["patron_id"])
            out.append((loan["id"], p["name"]))
        return out
    """,
    """
    class Report:
        def owner(self, oid):
            return self.db.execute("SELECT * FROM owners WHERE id = ?", (oid,)).fetchone()

        def build(self, pets):
            for pet in pets:
                owner_id = pet.owner_id
                yield pet.name, self.owner(owner_id)
    """,
    """
    def totals(conn, orders):
        for order in orders:
            cid = order.customer_id
            row = conn.execute("SELECT credit FROM customers WHERE id = ?", (cid,)).fetchone()
            yield order.id, row[0]
    """,
]
QUERY_PER_ITEM_OK = [
    # memoised: once per key
    """
    @functools.lru_cache(maxsize=None)
    def patron(patron_id):
        return DB.execute("SELECT name FROM patrons WHERE id = ?", (patron_id,)).fetchone()

    def rows(loans):
        return [(loan.id, patron(loan.patron_id)) for loan in loans]
    """,
    # the helper is called with something other than the item
    """
    def setting(cur, name):
        cur.execute("SELECT value FROM settings WHERE name = %s", (name,))
        return cur.fetchone()

    def render(cur, loans):
        fine = setting(cur, "fine_per_day")
        for loan in loans:
            print(loan.id, fine)
    """,
    """
    def rows(cur, loans):
        cur.execute("SELECT id, name FROM patrons WHERE active = 1")
        names = dict(cur.fetchall())
        return [(loan.id, names.get(loan.patron_id)) for loan in loans]
    """,
]

# SSRF: a URL from the request handed to a helper of the module that fetches it
URL_FETCHED_BY_HELPER = [
    """
    def fetch_html(url):
        req = urllib.request.Request(url, headers={"User-Agent": UA})
        with urllib.request.urlopen(req, timeout=4) as resp:
            return resp.read()

    @app.get("/preview")
    def preview():
        url = normalise(request.args["url"])
        return fetch_html(url)
    """,
    """
    def grab(target, timeout=5):
        return requests.get(target, timeout=timeout).content

    @app.post("/avatar")
    def avatar():
        body = request.get_json()
        data = grab(body["image_url"])
        return store(data)
    """,
]
URL_FETCHED_BY_HELPER_OK = [
    # the helper tests where the URL points
    """
    def fetch_html(url):
        host = urlparse(url).hostname
        if host not in ALLOWED_HOSTS:
            raise ValueError(host)
        return requests.get(url, timeout=4).text

    @app.get("/preview")
    def preview():
        return fetch_html(request.args["url"])
    """,
    # a wrapper whose name says it vets the URL
    """
    def fetch_html(url):
        return requests.get(url, timeout=4).text

    @app.get("/preview")
    def preview():
        url = validate_public_url(request.args["url"])
        return fetch_html(url)
    """,
    # the host is the module's own; the request value is only a path on it
    """
    def item(item_id):
        return requests.get(API_BASE + "/items/" + item_id, timeout=4).json()

    @app.get("/item")
    def show():
        return item(request.args["id"])
    """,
    # the helper fetches a fixed address; the request value is only a parameter of it
    """
    def lookup(term):
        return requests.get(SEARCH_API, params={"q": term}, timeout=4).json()

    @app.get("/search")
    def search():
        return lookup(request.args["q"])
    """,
]

# SpotBugs SWL_SLEEP_WITH_LOCK_HELD, CERT LCK09-J: a thread lock held across the network
SLOW_CALL_HOLDING_LOCK = [
    """
    class RateCache:
        def __init__(self, fetch=None):
            self._lock = threading.Lock()
            self._fetch = fetch or self._fetch_remote
            self._rates = {}

        def _fetch_remote(self):
            with urllib.request.urlopen(RATES_URL, timeout=15) as resp:
                return json.load(resp)

        def rate(self, ccy):
            with self._lock:
                if ccy not in self._rates:
                    self._rates = self._fetch()
                return self._rates[ccy]
    """,
    """
    class Poller:
        def __init__(self):
            self.lock = threading.RLock()
            self.state = None

        def refresh(self):
            with self.lock:
                self.state = requests.get(STATUS_URL, timeout=30).json()
                time.sleep(1)
    """,
]
SLOW_CALL_HOLDING_LOCK_OK = [
    # fetched first, stored under the lock
    """
    class RateCache:
        def __init__(self):
            self._lock = threading.Lock()
            self._rates = {}

        def _fetch_remote(self):
            with urllib.request.urlopen(RATES_URL, timeout=15) as resp:
                return json.load(resp)

        def refresh(self):
            rates = self._fetch_remote()
            with self._lock:
                self._rates = rates
    """,
    # an asyncio lock held across an await is how a coroutine keeps others out
    """
    class Cache:
        def __init__(self):
            self._lock = asyncio.Lock()

        async def refresh(self, client):
            async with self._lock:
                self.data = await client.get(URL)
    """,
    # a socket send serialised by its own lock
    """
    class Conn:
        def __init__(self, sock):
            self._send_lock = threading.Lock()
            self.sock = sock

        def send(self, data):
            with self._send_lock:
                self.sock.sendall(data)
    """,
]

# a dict's or Counter's `+=` on an entry is a read, an add and a store, between threads too
THREAD_ENTRY_RMW = [
    """
    import threading

    class Checker:
        def __init__(self):
            self.status_counts = Counter()

        def check(self, url):
            code = requests.head(url).status_code
            self.status_counts[code] += 1

        def run(self, n):
            for _ in range(n):
                threading.Thread(target=self.worker).start()
    """,
]
THREAD_ENTRY_RMW_OK = [
    """
    import threading

    class Checker:
        def __init__(self):
            self.lock = threading.Lock()
            self.status_counts = Counter()

        def check(self, url):
            code = requests.head(url).status_code
            with self.lock:
                self.status_counts[code] += 1
    """,
    # taken by hand and released in `finally`: the threading docs' other form of `with`
    """
    import threading

    class Sequencer:
        def __init__(self):
            self._lock = threading.Lock()
            self._cond = threading.Condition(self._lock)
            self._next = {}

        def take(self, tag):
            self._cond.acquire()
            try:
                self._next[tag] += 1
                self.count -= 1
            finally:
                self._cond.release()
    """,
    # no threads in the module: one caller at a time
    """
    class Tally:
        def __init__(self):
            self.counts = {}

        def add(self, key):
            self.counts[key] = self.counts.get(key, 0)
            self.counts[key] += 1
    """,
]


# (rule, code where it fires, code where it stays silent, how the detector is run)
CASES = [
    ("py-stale-read-across-await", STALE_ACROSS_AWAIT, STALE_ACROSS_AWAIT_OK, _risk_ids),
    ("py-query-per-item", QUERY_PER_ITEM, QUERY_PER_ITEM_OK, _risk_ids),
    ("py-url-from-request-fetched", URL_FETCHED_BY_HELPER, URL_FETCHED_BY_HELPER_OK, _risk_ids),
    ("py-slow-call-holding-lock", SLOW_CALL_HOLDING_LOCK, SLOW_CALL_HOLDING_LOCK_OK, _risk_ids),
    ("thread-rmw", THREAD_ENTRY_RMW, THREAD_ENTRY_RMW_OK, _thread_races),
]


@pytest.mark.parametrize(("rule", "source", "found"), [
    (rule, code, found) for rule, fires, _, found in CASES for code in fires])
def test_finds_the_hazard(rule: str, source: str, found: Callable[[str], set[str]]) -> None:
    assert rule in found(source)


@pytest.mark.parametrize(("rule", "source", "found"), [
    (rule, code, found) for rule, _, silent, found in CASES for code in silent])
def test_stays_silent_on_the_near_miss(rule: str, source: str,
                                       found: Callable[[str], set[str]]) -> None:
    assert rule not in found(source)
