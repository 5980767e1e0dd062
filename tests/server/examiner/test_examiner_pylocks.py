"""Locks, pools and awaits in Python: each check fires on its hazard and respects its escapes."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner import analyse
from server.examiner.analysis.pyrisk import python_risks


def _rules(source: str) -> set[str]:
    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


_BUCKET = """
import threading

class Bucket:
    def __init__(self, rate):
        self._lock = threading.Lock()
        self.tokens = 10.0
        self.rate = rate

    def refill(self, elapsed):
        with self._lock:
            self.tokens = min(10.0, self.tokens + elapsed * self.rate)
"""

INCONSISTENT = "py-inconsistent-locking"


@pytest.mark.parametrize("method", [
    # test-then-write outside the lock
    """
    def take(self, n):
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False
""",
    # an early return on the test, then the write
    """
    def take(self, n):
        if self.tokens < n:
            return False
        self.tokens = self.tokens - n
        return True
""",
    # a plain read-modify-write
    """
    def spend(self, n):
        self.tokens -= n
""",
])
def test_an_attribute_changed_under_the_lock_and_outside_it_races(method: str) -> None:
    assert INCONSISTENT in _rules(_BUCKET + textwrap.indent(textwrap.dedent(method), "    "))


@pytest.mark.parametrize("method", [
    # every write under the lock
    """
    def take(self, n):
        with self._lock:
            if self.tokens >= n:
                self.tokens -= n
                return True
            return False
""",
    # a helper only ever called with the lock held
    """
    def take(self, n):
        with self._lock:
            return self._take(n)

    def _take(self, n):
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False
""",
    # explicit acquire/release around the change
    """
    def take(self, n):
        self._lock.acquire()
        try:
            self.tokens -= n
        finally:
            self._lock.release()
""",
    # a lock-free read of the value is fine
    """
    def available(self):
        return self.tokens
""",
    # replaced whole, not derived from itself
    """
    def reset(self):
        self.rate = 2.0
""",
])
def test_an_attribute_always_changed_under_the_lock_is_consistent(method: str) -> None:
    assert INCONSISTENT not in _rules(_BUCKET + textwrap.indent(textwrap.dedent(method), "    "))


def test_attributes_set_only_in_init_and_queues_are_not_guarded() -> None:
    source = """
    import queue, threading

    class Pool:
        def __init__(self):
            self._lock = threading.Lock()
            self._idle = queue.Queue()
            self.size = 0

        def grow(self):
            with self._lock:
                self._idle.put(object())

        def take(self):
            if self._idle.qsize():
                return self._idle.get()
            return None
    """
    assert INCONSISTENT not in _rules(source)


def test_an_asyncio_lock_races_only_across_an_await() -> None:
    head = """
    import asyncio

    class Counter:
        def __init__(self):
            self._lock = asyncio.Lock()
            self.n = 0

        async def add(self):
            async with self._lock:
                self.n += 1
    """
    plain = head + """
        async def bump(self):
            self.n += 1
    """
    awaited = head + """
        async def bump(self, store):
            if self.n < 10:
                await store.log(self.n)
                self.n += 1
    """
    assert INCONSISTENT not in _rules(plain)
    assert INCONSISTENT in _rules(awaited)


PEEKED = "py-peeked-under-lock"
_QUEUE = """
import heapq, threading

class Jobs:
    def __init__(self):
        self._lock = threading.Lock()
        self._heap = []

    def add(self, job):
        with self._lock:
            heapq.heappush(self._heap, job)
"""


@pytest.mark.parametrize("method", [
    """
    def next_job(self):
        with self._lock:
            top = self._heap[0]
        if top.ready():
            with self._lock:
                heapq.heappop(self._heap)
            return top
        return None
""",
    """
    def _peek(self):
        with self._lock:
            return self._heap[0]

    def work(self):
        job = self._peek()
        if job.state == "new":
            job.state = "running"
            job.run()
""",
])
def test_an_item_peeked_under_the_lock_and_used_after_it_races(method: str) -> None:
    assert PEEKED in _rules(_QUEUE + textwrap.indent(textwrap.dedent(method), "    "))


@pytest.mark.parametrize("method", [
    # peeked and popped in one hold of the lock
    """
    def next_job(self):
        with self._lock:
            top = self._heap[0]
            if not top.ready():
                return None
            heapq.heappop(self._heap)
        return top
""",
    # popped under the lock: the item belongs to this thread
    """
    def work(self):
        with self._lock:
            job = heapq.heappop(self._heap)
        if job.state == "new":
            job.state = "running"
""",
])
def test_an_item_taken_in_one_hold_of_the_lock_is_safe(method: str) -> None:
    assert PEEKED not in _rules(_QUEUE + textwrap.indent(textwrap.dedent(method), "    "))


LOST = "py-lost-update-across-await"


@pytest.mark.parametrize("source", [
    """
    async def deposit(repo, key, amount):
        acct = await repo.get(key)
        await repo.save(key, acct.balance + amount)
    """,
    """
    async def like(posts, post_id):
        post = await posts.fetch(post_id)
        post.likes += 1
        await post.save()
    """,
    """
    async def add_tag(store, key, tag):
        tags = await store.get(key)
        tags.append(tag)
        await store.set(key, tags)
    """,
])
def test_a_read_then_write_across_await_loses_updates(source: str) -> None:
    assert LOST in _rules(source)


@pytest.mark.parametrize("source", [
    # under an asyncio lock
    """
    async def deposit(self, key, amount):
        async with self._lock:
            acct = await self.repo.get(key)
            await self.repo.save(key, acct.balance + amount)
    """,
    # in a transaction
    """
    async def deposit(conn, key, amount):
        async with conn.transaction():
            acct = await conn.fetchrow("SELECT balance FROM a WHERE id=$1 FOR UPDATE", key)
            await conn.execute("UPDATE a SET balance=$1 WHERE id=$2", acct[0] + amount, key)
    """,
    # an atomic update
    """
    async def like(redis, key):
        await redis.incr(key)
    """,
    # a value copied, not derived from the read
    """
    async def warm(cache, db, key):
        row = await db.get(key)
        await cache.set(key, row)
    """,
    # a module coroutine that never suspends: no other task runs in between
    """
    class Repo:
        def __init__(self):
            self.rows = {}

        async def get(self, key):
            return self.rows.get(key, 0)

        async def save(self, key, value):
            self.rows[key] = value

    async def bump(repo, key):
        n = await repo.get(key)
        await repo.save(key, n + 1)
    """,
])
def test_a_guarded_or_atomic_update_across_await_is_safe(source: str) -> None:
    assert LOST not in _rules(source)


RELEASED = "py-released-on-success-only"


@pytest.mark.parametrize("source", [
    """
    def place(pool, total):
        conn = pool.getconn()
        conn.execute("INSERT INTO t VALUES (%s)", (total,))
        conn.commit()
        pool.putconn(conn)
    """,
    """
    def bump(self):
        self._lock.acquire()
        self.save(self.count + 1)
        self._lock.release()
    """,
    """
    async def read(pool, key):
        conn = await pool.acquire()
        row = await conn.fetchrow("SELECT v FROM t WHERE k=$1", key)
        await pool.release(conn)
        return row
    """,
])
def test_a_release_only_on_the_success_path_leaks(source: str) -> None:
    assert RELEASED in _rules(source)


@pytest.mark.parametrize("source", [
    """
    def place(pool, total):
        conn = pool.getconn()
        try:
            conn.execute("INSERT INTO t VALUES (%s)", (total,))
            conn.commit()
        finally:
            pool.putconn(conn)
    """,
    """
    def bump(self):
        with self._lock:
            self.save(self.count + 1)
    """,
    # nothing in between can raise a call's exception
    """
    def bump(self):
        self._lock.acquire()
        self.count += 1
        self._lock.release()
    """,
    # handed to the caller: released elsewhere
    """
    def checkout(pool):
        conn = pool.acquire()
        conn.ping()
        return conn
    """,
    # a semaphore tested as a signal, not held
    """
    def notify(self):
        assert not self._sem.acquire(False)
        self.wake()
        self._sem.release()
    """,
])
def test_a_release_on_every_path_is_safe(source: str) -> None:
    assert RELEASED not in _rules(source)


DOTDOT = "py-dotdot-only-path"


@pytest.mark.parametrize("source", [
    """
    def target(root, filename):
        if ".." in filename.split("/"):
            raise ValueError(filename)
        return os.path.join(root, filename)
    """,
    """
    def target(root, name):
        if name.startswith(".."):
            raise ValueError(name)
        return Path(root) / name
    """,
    """
    def target(self, owner, name):
        if not name or ".." in name:
            raise ValueError(name)
        return os.path.join(self.base, owner, name)
    """,
])
def test_a_name_checked_only_for_dotdot_can_be_absolute(source: str) -> None:
    assert DOTDOT in _rules(source)


@pytest.mark.parametrize("source", [
    """
    def target(root, filename):
        if ".." in filename or os.path.isabs(filename):
            raise ValueError(filename)
        return os.path.join(root, filename)
    """,
    """
    def target(root, filename):
        if ".." in filename:
            raise ValueError(filename)
        full = os.path.realpath(os.path.join(root, filename))
        if os.path.commonpath([full, root]) != root:
            raise ValueError(filename)
        return full
    """,
    """
    def target(root, filename):
        if ".." in filename or "/" in filename:
            raise ValueError(filename)
        return os.path.join(root, filename)
    """,
    """
    def target(root, filename):
        if ".." in filename:
            raise ValueError(filename)
        return os.path.join(root, os.path.basename(filename))
    """,
    """
    def target(root, name):
        if ".." in name:
            raise ValueError(name)
        path = (Path(root) / name).resolve()
        if not path.is_relative_to(root):
            raise ValueError(name)
        return path
    """,
    """
    def target(root, filename):
        if ".." in filename:
            raise ValueError(filename)
        return os.path.join(root, secure_filename(filename))
    """,
])
def test_a_name_kept_inside_the_folder_is_safe(source: str) -> None:
    assert DOTDOT not in _rules(source)


_SPLIT = '''import threading


class Ledger:
    def __init__(self):
        self._lock = threading.Lock()
        self._stock = {}

    def level(self, sku):
        with self._lock:
            return self._stock.get(sku, 0)

    def take(self, sku, n):
        {body}
'''


@pytest.mark.parametrize("body", [
    # read under one hold, written under another from what was read
    ("with self._lock:\n            have = self._stock.get(sku, 0)\n        if have < n:\n"
     "            return False\n        with self._lock:\n            self._stock[sku] = have - n\n"
     "        return True"),
    # read through a method that takes the lock, written under a second hold
    ("have = self.level(sku)\n        if have < n:\n            return False\n"
     "        with self._lock:\n            self._stock[sku] = have - n\n        return True"),
    # a guard whose test goes through a method that takes the lock (CWE-367, check-then-act)
    ("if self.level(sku) < n:\n            raise ValueError(sku)\n"
     "        with self._lock:\n            self._stock[sku] = 0\n        return True"),
])
def test_a_value_read_under_the_lock_and_written_after_it_is_released_is_a_race(
        body: str) -> None:
    found = [f for f in analyse("l.py", None, _SPLIT.replace("{body}", body))
             if f.kind == "race_condition"]
    assert found and "in between" in found[0].detail


@pytest.mark.parametrize("body", [
    # one hold for the check and the write
    ("with self._lock:\n            have = self._stock.get(sku, 0)\n            if have < n:\n"
     "                return False\n            self._stock[sku] = have - n\n        return True"),
    # the second hold checks again before writing
    ("have = self.level(sku)\n        if have < n:\n            return False\n"
     "        with self._lock:\n            if self._stock.get(sku, 0) < n:\n"
     "                return False\n            self._stock[sku] -= n\n        return True"),
    # a write that does not come from the reading
    ("have = self.level(sku)\n        with self._lock:\n            self._stock[sku] = 0\n"
     "        return have"),
    # the guard's test through the method, then checked again under the second hold
    ("if self.level(sku) < n:\n            raise ValueError(sku)\n        with self._lock:\n"
     "            if self._stock.get(sku, 0) < n:\n                raise ValueError(sku)\n"
     "            self._stock[sku] -= n\n        return True"),
    # a loop's test through the method is no guard of a later write
    ("while self.level(sku) < n:\n            n -= 1\n        with self._lock:\n"
     "            self._stock[sku] = 0\n        return n"),
])
def test_a_check_and_write_under_one_hold_or_checked_again_is_no_race(body: str) -> None:
    found = [f for f in analyse("l.py", None, _SPLIT.replace("{body}", body))
             if f.kind == "race_condition" and "in between" in f.detail]
    assert found == []


_LIMITER = """
import threading

class Limiter:
    def __init__(self):
        self._lock = threading.Lock()
        self._buckets = {}

    def allow(self, key, now):
        with self._lock:
            self._buckets.setdefault(key, []).append(now)
"""


@pytest.mark.parametrize("method", [
    # a test of an item the loop took from the guarded dict, then a change of the dict
    """
    def sweep(self):
        for key, q in list(self._buckets.items()):
            if not q:
                del self._buckets[key]
""",
    """
    def evict(self, cutoff):
        for key in list(self._buckets):
            if key < cutoff:
                self._buckets.pop(key)
""",
])
def test_a_loop_over_a_guarded_attribute_that_changes_it_unlocked_races(method: str) -> None:
    assert INCONSISTENT in _rules(_LIMITER + textwrap.indent(textwrap.dedent(method), "    "))


@pytest.mark.parametrize("method", [
    # the same loop under the lock
    """
    def sweep(self):
        with self._lock:
            for key, q in list(self._buckets.items()):
                if not q:
                    del self._buckets[key]
""",
    # the loop's test decides only what goes into a local list
    """
    def idle(self):
        out = []
        for key, q in list(self._buckets.items()):
            if not q:
                out.append(key)
        return out
""",
])
def test_a_loop_over_a_guarded_attribute_under_the_lock_or_read_only_is_consistent(
        method: str) -> None:
    assert INCONSISTENT not in _rules(_LIMITER + textwrap.indent(textwrap.dedent(method), "    "))
