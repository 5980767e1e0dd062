"""A guard, an await, then the write the guard protected (CWE-367, CWE-362), in JavaScript,
TypeScript and Python: the general form is found through `analyse()` where the narrower race
checks miss it, gives way where they fire, and stays silent on every escape."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner import analyse
from tests.support.rule_tables import first_question

JS_RULE = "js-guard-then-write-across-await"
PY_RULE = "py-guard-then-write-across-await"


def _races(path: str, code: str) -> set[str]:
    """The rule ids of the race findings `analyse` makes on the code as a new file."""
    return {f.facts.rule_id for f in analyse(path, None, textwrap.dedent(code))
            if f.kind == "race_condition"}


FOUND = [
    # an element of a long-lived Map held in a local, claimed after the payment is awaited
    ("seats.js", JS_RULE, """
    class Seats {
      constructor() { this.seats = new Map(); }
      async book(id, who) {
        const seat = this.seats.get(id);
        if (seat.owner !== null) {
          throw new Error('taken');
        }
        await this.payments.charge(who, seat.price);
        seat.owner = who;
      }
    }
    """),
    # the guard in a loop over several keys, through a method of the class that reads the state
    ("holds.js", JS_RULE, """
    class Holds {
      isFree(id) { return !this.holds.has(id); }
      async hold(ids, who) {
        for (const id of ids) {
          if (!this.isFree(id)) throw new Error('taken: ' + id);
        }
        await this.payments.authorize(who);
        for (const id of ids) {
          this.holds.set(id, who);
        }
      }
    }
    """),
    # a record read from a store, tested, then written back whole after another await
    ("coupons.js", JS_RULE, """
    async function redeem(store, code, user) {
      const coupon = await store.get(code);
      if (coupon.usedBy) throw new Error('already used');
      await grantCredit(user, coupon.credit);
      coupon.usedBy = user;
      await store.put(code, coupon);
    }
    """),
    # TypeScript: a module's Map, its element reached through a helper of the module
    ("rooms.ts", JS_RULE, """
    const rooms: Map<string, Room> = new Map();

    function roomFor(id: string): Room {
      return rooms.get(id)!;
    }

    export async function join(id: string, user: string): Promise<boolean> {
      const room = roomFor(id);
      if (room.members.includes(user)) return false;
      await announce(id, user);
      room.members.push(user);
      return true;
    }
    """),
    # TypeScript: a module's own counter
    ("tickets.ts", JS_RULE, """
    let seatsLeft: number = 10;

    export async function buy(user: User): Promise<void> {
      if (seatsLeft === 0) {
        throw new Error('sold out');
      }
      await charge(user, PRICE);
      seatsLeft = seatsLeft - 1;
    }
    """),
    # TypeScript: a loop variable over a long-lived collection, `continue` as the guard
    ("pool.ts", JS_RULE, """
    class Pool {
      private slots: Slot[] = [];
      async assign(task: Task): Promise<Slot | undefined> {
        for (const slot of this.slots) {
          if (slot.busy) continue;
          await task.prepare();
          slot.busy = true;
          slot.task = task;
          return slot;
        }
        return undefined;
      }
    }
    """),
    # an Express handler: the refusal answers the request, the claim comes after the payment
    ("book.js", JS_RULE, """
    const seats = new Map();

    app.post('/book/:id', async (req, res) => {
      const seat = seats.get(req.params.id);
      if (seat.owner) return res.status(409).send('taken');
      await payments.charge(req.user, seat.price);
      seat.owner = req.user.id;
      res.send('booked');
    });
    """),
    # Python: an element of a `self` dict held in a local
    ("seats.py", PY_RULE, """
    class Seats:
        def __init__(self, payments):
            self._seats = {}
            self._payments = payments

        async def book(self, seat_id, who):
            seat = self._seats[seat_id]
            if seat.owner is not None:
                raise ValueError("taken")
            await self._payments.charge(who, seat.price)
            seat.owner = who
    """),
    # Python: the element returned by a lookup method of the class
    ("rooms.py", PY_RULE, """
    class Rooms:
        def __init__(self):
            self._rooms = {}

        def _lookup(self, key):
            room = self._rooms.get(key)
            if room is None:
                raise KeyError(key)
            return room

        async def join(self, key, user):
            room = self._lookup(key)
            if user in room.members:
                raise ValueError("already in the room")
            await self._notify(key, user)
            room.members[user] = True
    """),
    # Python: a module-level dict, the guard in a loop through a function of the module
    ("holds.py", PY_RULE, """
    HOLDS = {}


    def is_free(seat):
        return seat not in HOLDS


    async def hold(seats, who):
        for seat in seats:
            if not is_free(seat):
                raise ValueError(f"{seat} is taken")
        await authorize(who)
        for seat in seats:
            HOLDS[seat] = who
    """),
    # Python: a class attribute shared by every instance
    ("names.py", PY_RULE, """
    class Registry:
        names = set()

        async def register(self, name, owner):
            if name in Registry.names:
                raise ValueError("name taken")
            await owner.verify()
            Registry.names.add(name)
    """),
    # Python: a free slot found in a module's list, claimed by clearing its flag after an await
    ("slots.py", PY_RULE, """
    SLOTS = []


    async def take(worker):
        slot = next(s for s in SLOTS if s.free)
        if not slot.free:
            return None
        await worker.ready()
        slot.free = False
        slot.worker = worker
    """),
    # Python: the branch that runs while a limit allows, the write after an await inside it
    ("quota.py", PY_RULE, """
    class Quota:
        def __init__(self, limit):
            self.limit = limit
            self.used = {}

        async def spend(self, user, cost, job):
            account = self.used.get(user)
            if account.total + cost <= self.limit:
                await job.run()
                account.total = account.total + cost
    """),
]


@pytest.mark.parametrize(("path", "rule", "code"), FOUND, ids=[p for p, _, _ in FOUND])
def test_finds_a_write_the_guard_protected_after_an_await(path: str, rule: str,
                                                          code: str) -> None:
    assert rule in _races(path, code)


MISSED = [
    # reserved before the await, undone on failure
    ("reserve.js", """
    class Seats {
      async book(id, who) {
        const seat = this.seats.get(id);
        if (seat.owner !== null) throw new Error('taken');
        seat.owner = who;
        try {
          await this.payments.charge(who, seat.price);
        } catch (e) {
          seat.owner = null;
          throw e;
        }
      }
    }
    """),
    ("reserve.py", """
    class Seats:
        async def book(self, seat_id, who):
            seat = self._seats[seat_id]
            if seat.owner is not None:
                raise ValueError("taken")
            seat.owner = who
            try:
                await self._payments.charge(who, seat.price)
            except Exception:
                seat.owner = None
                raise
    """),
    # tested again after the await, before the write
    ("retest.js", """
    class Seats {
      async book(id, who) {
        const seat = this.seats.get(id);
        if (seat.owner !== null) throw new Error('taken');
        await this.payments.quote(seat.price);
        if (seat.owner !== null) throw new Error('taken');
        seat.owner = who;
      }
    }
    """),
    ("retest.py", """
    class Rooms:
        async def join(self, key, user):
            room = self._rooms[key]
            if user in room.members:
                raise ValueError("already in")
            await self._notify(key, user)
            if user in room.members:
                raise ValueError("already in")
            room.members[user] = True
    """),
    # a lock, a mutex, a semaphore, a transaction
    ("lock.py", """
    import asyncio


    class Seats:
        def __init__(self):
            self._seats = {}
            self._lock = asyncio.Lock()

        async def book(self, seat_id, who):
            async with self._lock:
                seat = self._seats[seat_id]
                if seat.owner is not None:
                    raise ValueError("taken")
                await self._payments.charge(who, seat.price)
                seat.owner = who
    """),
    ("mutex.js", """
    class Seats {
      async book(id, who) {
        return this.mutex.runExclusive(async () => {
          const seat = this.seats.get(id);
          if (seat.owner !== null) throw new Error('taken');
          await this.payments.charge(who);
          seat.owner = who;
        });
      }
    }
    """),
    ("acquire.ts", """
    class Seats {
      async book(id: string, who: string): Promise<void> {
        const release = await this.mutex.acquire();
        try {
          const seat = this.seats.get(id)!;
          if (seat.owner !== null) throw new Error('taken');
          await this.payments.charge(who);
          seat.owner = who;
        } finally {
          release();
        }
      }
    }
    """),
    ("forupdate.js", """
    async function redeem(db, code, user) {
      await db.query('BEGIN');
      const { rows: [coupon] } = await db.query(
        'SELECT * FROM coupons WHERE code = $1 FOR UPDATE', [code]);
      if (coupon.used_by) throw new Error('used');
      await grant(user);
      await db.query('UPDATE coupons SET used_by = $1 WHERE code = $2', [user, code]);
      await db.query('COMMIT');
    }
    """),
    # a create-if-absent write: the store (or the dict) tests and writes in one step
    ("nx.js", """
    async function claim(redis, name, owner) {
      const held = await redis.get('name:' + name);
      if (held) throw new Error('taken');
      await audit(name);
      const ok = await redis.set('name:' + name, owner, 'NX');
      if (!ok) throw new Error('taken');
    }
    """),
    ("setdefault.py", """
    NAMES = {}


    async def register(name, owner):
        if name in NAMES:
            raise ValueError("taken")
        await owner.verify()
        if NAMES.setdefault(name, owner) is not owner:
            raise ValueError("taken")
    """),
    # state local to the call
    ("local.js", """
    async function plan(ids) {
      const holds = new Map();
      for (const id of ids) {
        if (holds.has(id)) continue;
        const price = await quote(id);
        holds.set(id, price);
      }
      return holds;
    }
    """),
    ("local.py", """
    async def plan(ids):
        holds = {}
        for key in ids:
            if key in holds:
                continue
            holds[key] = await quote(key)
        return holds
    """),
    # no await between the guard and the write
    ("noawait.py", """
    class Seats:
        async def book(self, seat_id, who):
            seat = self._seats[seat_id]
            if seat.owner is not None:
                raise ValueError("taken")
            seat.owner = who
            await self._payments.charge(who, seat.price)
    """),
    # not async
    ("sync.js", """
    class Seats {
      book(id, who) {
        const seat = this.seats.get(id);
        if (seat.owner !== null) throw new Error('taken');
        this.payments.charge(who);
        seat.owner = who;
      }
    }
    """),
    ("sync.py", """
    class Seats:
        def book(self, seat_id, who):
            seat = self._seats[seat_id]
            if seat.owner is not None:
                raise ValueError("taken")
            self._payments.charge(who, seat.price)
            seat.owner = who
    """),
    # a guard and a write on different state
    ("other.js", """
    class Conn {
      async send(msg) {
        if (this.closed) throw new Error('closed');
        await this.socket.write(msg);
        this.sent += 1;
      }
    }
    """),
    ("other.py", """
    class Conn:
        async def send(self, msg):
            if self.closed:
                raise ConnectionError("closed")
            await self.stream.write(msg)
            self.sent += 1
    """),
    # a teardown and a cache hit: a second call repeats the work, it claims nothing
    ("close.py", """
    class Client:
        async def close(self):
            if self._closed:
                return
            await self._session.close()
            self._closed = True

        async def info(self):
            if self._info is not None:
                return self._info
            response = await self._get("/info")
            self._info = response.json()
            return self._info
    """),
    # another state the guard tests is claimed before the await (a flag set as the call goes
    # out): a second caller is refused by it, so the write after the await is the holder's
    ("breaker.js", """
class Breaker {
  constructor() { this.mode = 'shut'; this.probing = false; }
  async run(task) {
    if (this.mode === 'half' && this.probing) throw new Error('busy');
    const probe = this.mode === 'half';
    if (probe) this.probing = true;
    try {
      const out = await task();
      this.mode = 'shut';
      return out;
    } finally {
      if (probe) this.probing = false;
    }
  }
}
"""),
    ("breaker.py", """
class Breaker:
    def __init__(self):
        self.mode = "shut"
        self.probing = False

    async def run(self, task):
        if self.mode == "half" and self.probing:
            raise RuntimeError("busy")
        probe = self.mode == "half"
        if probe:
            self.probing = True
        try:
            out = await task()
            self.mode = "shut"
            return out
        finally:
            if probe:
                self.probing = False
"""),
]


@pytest.mark.parametrize(("path", "code"), MISSED, ids=[p for p, _ in MISSED])
def test_stays_silent_on_the_escapes(path: str, code: str) -> None:
    assert not _races(path, code) & {JS_RULE, PY_RULE}


@pytest.mark.parametrize(("path", "code", "narrow"), [
    # a Set tested and filled across an await: js-check-then-act-across-await asks
    ("seen.js", """
    const seen = new Set();
    async function handle(id) {
      if (seen.has(id)) return;
      await process(id);
      seen.add(id);
    }
    """, "js-check-then-act-across-await"),
    # a store's record tested against a limit and written back with arithmetic
    ("points.js", """
    async function spend(store, k, cost) {
      const acct = await store.get(k);
      if (acct.points < cost) throw new Error('not enough points');
      await other(k);
      acct.points -= cost;
      await store.put(k, acct);
    }
    """, "js-lost-update-across-await"),
    # a key tested against a `self` dict and put in after an await: pyreview's stale read
    ("names.py", """
    class Names:
        async def register(self, name, owner):
            if name in self._names:
                raise ValueError("taken")
            await owner.verify()
            self._names[name] = owner
    """, "py-stale-read-across-await"),
])
def test_gives_way_to_a_narrower_race_check(path: str, code: str, narrow: str) -> None:
    """One hazard, one question: the narrower check's own."""
    found = _races(path, code)
    assert narrow in found
    assert not found & {JS_RULE, PY_RULE}


def test_the_question_names_the_function_the_line_and_the_state() -> None:
    path, _, code = FOUND[0]
    question = first_question(path, textwrap.dedent(code))
    assert "`book`" in question.text and "line 6" in question.text
    assert "`seat.owner`" in question.text
    assert "two calls run at the same time" in question.text


def test_the_python_question_names_the_write_line_too() -> None:
    path, _, code = FOUND[7]
    findings = [f for f in analyse(path, None, textwrap.dedent(code))
                if f.facts.rule_id == PY_RULE]
    assert findings and findings[0].identifier == "book" and findings[0].line == 9
    assert "`seat.owner`" in findings[0].detail and "(line 12)" in findings[0].detail


CASES: dict[str, tuple[list[str], list[str]]] = {
    PY_RULE: ([code for path, rule, code in FOUND if rule == PY_RULE],
              [code for path, code in MISSED if path.endswith(".py")]),
}
"""The Python check's examples, for the table of every Python check (test_examiner_pyreview)."""
