"""Round 7, Python: hazards in the forms real code takes. Each new or widened rule fires on its
forms and stays silent on their correct near-misses."""

from __future__ import annotations

import textwrap
from collections.abc import Callable

import pytest

from server.examiner.analysis.pyrisk import python_risks
from server.examiner.analysis.rules import run_rules


def _ids(source: str) -> set[str]:
    return {h.rule.id for h in run_rules(textwrap.dedent(source), "python")}


# CWE-390/CWE-754: a failed conversion of a money figure handed back as 0
ZERO_ON_FAILURE = [
    """
    def line_price(row):
        try:
            return float(row["price"]) * int(row["qty"])
        except (TypeError, ValueError):
            return 0
    """,
    """
    def meter_reading(text):
        try:
            reading = Decimal(text.strip())
        except decimal.InvalidOperation:
            reading = Decimal("0")
        return reading
    """,
]
ZERO_ON_FAILURE_OK = [
    """
    def line_price(row):
        try:
            return float(row["price"]) * int(row["qty"])
        except (TypeError, ValueError):
            return None
    """,
    """
    def amount_or_zero(text):
        try:
            return Decimal(text)
        except InvalidOperation:
            return Decimal(0)
    """,
    """
    def http_status(line):
        try:
            return int(line.split()[1])
        except ValueError:
            return 0
    """,
]






# Python docs, datetime.timedelta: `.seconds` is only the seconds part; `total_seconds()` is the
# whole duration
SECONDS_AS_DURATION = [
    """
    def billable_minutes(session):
        elapsed = session.ended_at - session.started_at
        return elapsed.seconds // 60
    """,
    """
    def is_stale(entry, now):
        if (now - entry.updated).seconds > MAX_AGE:
            return True
        return False
    """,
]
SECONDS_AS_DURATION_OK = [
    """
    def billable_minutes(session):
        elapsed = session.ended_at - session.started_at
        return int(elapsed.total_seconds()) // 60
    """,
    """
    def billable_minutes(session):
        elapsed = session.ended_at - session.started_at
        return elapsed.days * 1440 + elapsed.seconds // 60
    """,
    """
    def retry_after(policy):
        return policy.backoff.seconds
    """,
]






# CWE-772: taken, then an early exit before the try whose finally gives it back
EXIT_BEFORE_FINALLY = [
    """
    def withdraw(self, account, amount):
        self.lock.acquire()
        if amount > account.balance:
            return False
        try:
            account.balance -= amount
        finally:
            self.lock.release()
        return True
    """,
    """
    def run_exclusive(marker, job):
        fd = os.open(marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        if job.disabled:
            raise RuntimeError("disabled")
        try:
            job.run()
        finally:
            os.close(fd)
            os.unlink(marker)
    """,
    """
    def store_all(pool, rows):
        for row in rows:
            conn = pool.getconn()
            if not row:
                continue
            try:
                conn.execute("INSERT INTO t VALUES (%s)", row)
            finally:
                pool.putconn(conn)
    """,
    # taken through a helper of the file: the finally says what must be given back
    """
    def sweep(root):
        lock = take_lock(root)
        if lock is None:
            return []
        stale = [p for p in root.iterdir() if p.suffix == ".tmp"]
        if not stale:
            return []
        try:
            for p in stale:
                p.unlink()
        finally:
            lock.unlink()
        return stale
    """,
]
EXIT_BEFORE_FINALLY_OK = [
    # the helper's result tested: nothing was taken on the path that returns
    """
    def sweep(root):
        lock = take_lock(root)
        if lock is None:
            return []
        try:
            for p in root.iterdir():
                p.unlink()
        finally:
            lock.unlink()
    """,
    # an object constructed is taken only later, in the loop
    """
    def wait(path, timeout):
        lock = FileLock(path)
        if timeout < 0:
            raise ValueError(timeout)
        lock.acquire(timeout=timeout)
        try:
            yield lock
        finally:
            lock.release()
    """,
    """
    def withdraw(self, account, amount):
        self.lock.acquire()
        if amount > account.balance:
            self.lock.release()
            return False
        try:
            account.balance -= amount
        finally:
            self.lock.release()
        return True
    """,
    """
    def withdraw(self, account, amount):
        self.lock.acquire()
        try:
            if amount > account.balance:
                return False
            account.balance -= amount
        finally:
            self.lock.release()
        return True
    """,
    """
    def withdraw(self, account, amount):
        with self.lock:
            if amount > account.balance:
                return False
            account.balance -= amount
        return True
    """,
    """
    def first_free(pool, rows):
        conn = pool.getconn()
        for row in rows:
            if not row:
                continue
        try:
            conn.execute("SELECT 1")
        finally:
            pool.putconn(conn)
    """,
]


def _risk_ids(source: str) -> set[str]:
    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}






# CWE-22 (zip slip): refusing only absolute names still lets `../` through
ABS_ONLY_CHECK = [
    """
    def unpack(archive, dest):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                if os.path.isabs(name) or name.startswith("/"):
                    continue
                with open(os.path.join(dest, name), "wb") as out:
                    out.write(zf.read(name))
    """,
    """
    def unpack(archive, dest):
        with tarfile.open(archive) as tf:
            for member in tf.getmembers():
                if member.name.startswith(os.sep):
                    raise ValueError(member.name)
                (Path(dest) / member.name).write_bytes(tf.extractfile(member).read())
    """,
]
CONTAINED_CHECK = [
    """
    def unpack(archive, dest):
        with zipfile.ZipFile(archive) as zf:
            for name in zf.namelist():
                if os.path.isabs(name) or ".." in Path(name).parts:
                    continue
                with open(os.path.join(dest, name), "wb") as out:
                    out.write(zf.read(name))
    """,
    """
    def unpack(archive, dest):
        base = os.path.abspath(dest) + os.sep
        with tarfile.open(archive) as tf:
            for member in tf.getmembers():
                target = os.path.abspath(os.path.join(dest, member.name))
                if not target.startswith(base):
                    raise ValueError(member.name)
                save(tf.extractfile(member), target)
    """,
    """
    class Wheel:
        def metadata(self):
            with zipfile.ZipFile(os.path.join(self.dirname, self.filename)) as zf:
                return zf.read("METADATA")
    """,
]


# (rule, code where it fires, code where it stays silent, how the rule is run: a yaml rule
# through run_rules, or a Python detector through python_risks)
CASES = [
    ("py-parse-failure-becomes-zero", ZERO_ON_FAILURE, ZERO_ON_FAILURE_OK, _ids),
    ("py-timedelta-seconds-as-duration", SECONDS_AS_DURATION, SECONDS_AS_DURATION_OK, _ids),
    ("py-exit-before-releasing-try", EXIT_BEFORE_FINALLY, EXIT_BEFORE_FINALLY_OK, _risk_ids),
    ("py-archive-entry-path", ABS_ONLY_CHECK, CONTAINED_CHECK, _ids),
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
