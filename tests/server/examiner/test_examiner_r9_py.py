"""Round 9, Python: blind spots found with take-home programs of one's own. Each new check asks
the first question on a small program of its class and stays silent on the correct form."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner import analyse
from tests.support.rule_tables import first_question


def _first(source: str, path: str = "app.py") -> tuple[str, str]:
    """The first question's kind and the rule it comes from."""
    question = first_question(path, textwrap.dedent(source))
    return question.kind, str(question.facts.get("rule", ""))


FIRST = [
    ("py-decimal-from-float", "wrong_result", """
        from dataclasses import dataclass
        from decimal import Decimal

        @dataclass
        class Fee:
            rate: float

        def fee_of(fee: Fee, base: Decimal) -> Decimal:
            return (base * Decimal(fee.rate)).quantize(Decimal("0.01"))
    """),
    ("py-is-compares-values", "equality_bug", """
        def same_owner(order, account):
            return order.customer_id is account.id
    """),
    ("py-binary-search-past-end", "wrong_result", """
        def first_at_least(limits, x):
            lo = 0
            hi = len(limits)
            while lo <= hi:
                mid = (lo + hi) // 2
                if limits[mid] < x:
                    lo = mid + 1
                else:
                    hi = mid - 1
            return lo
    """),
    ("py-queue-empty-then-get", "race_condition", """
        import queue
        import threading

        def drain(jobs: queue.Queue, out: list) -> None:
            if not jobs.empty():
                out.append(jobs.get())

        def run(jobs):
            out = []
            ts = [threading.Thread(target=drain, args=(jobs, out)) for _ in range(3)]
            for t in ts:
                t.start()
            return out
    """),
    ("py-growing-list-rescanned", "quadratic", """
        def spikes(values):
            seen = []
            out = []
            for v in values:
                if seen and v > 3 * max(seen):
                    out.append(v)
                seen.append(v)
            return out
    """),
    ("py-released-on-success-only", "resource_leak", """
        import sqlite3

        def count_rows(path, table_rows):
            db = sqlite3.connect(path)
            n = db.execute("SELECT count(*) FROM t").fetchone()[0]
            table_rows.append(n)
            db.close()
            return n
    """),
    ("py-tls-verification-disabled", "bypassable_check", """
        import requests

        def latest_rates(base_url, currency):
            resp = requests.get(f"{base_url}/rates/{currency}", timeout=10, verify=False)
            resp.raise_for_status()
            return resp.json()["rates"]
    """),
    ("py-class-attribute-shared", "mutable_default", """
        class Inbox:
            messages = []

            def receive(self, msg):
                self.messages.append(msg)
    """),
]


@pytest.mark.parametrize(("rule", "kind", "source"), FIRST, ids=[r for r, _, _ in FIRST])
def test_the_first_question_is_the_new_check(rule: str, kind: str, source: str) -> None:
    assert _first(source) == (kind, rule)


CLEAN = [
    # Decimal from text, `is` for None, a closed search from len - 1, get_nowait, a running max
    """
    from decimal import Decimal

    def fee_of(rate: str, base: Decimal, owner_id, account_id) -> Decimal:
        if owner_id is None or owner_id != account_id:
            return Decimal("0")
        return base * Decimal(rate)
    """,
    """
    def find(xs, x):
        lo, hi = 0, len(xs) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            if xs[mid] < x:
                lo = mid + 1
            else:
                hi = mid - 1
        return lo
    """,
    """
    def spikes(values):
        top = None
        out = []
        for v in values:
            if top is not None and v > 3 * top:
                out.append(v)
            top = v if top is None else max(top, v)
        return out
    """,
    """
    import sqlite3

    def count_rows(path):
        db = sqlite3.connect(path)
        try:
            return db.execute("SELECT count(*) FROM t").fetchone()[0]
        finally:
            db.close()
    """,
]


@pytest.mark.parametrize("source", CLEAN)
def test_the_correct_forms_claim_no_defect(source: str) -> None:
    findings = analyse("ok.py", None, textwrap.dedent(source))
    assert not {f.kind for f in findings} & {"wrong_result", "equality_bug", "quadratic",
                                                "race_condition", "resource_leak"}


def test_a_served_file_from_a_checking_helper_and_a_base_name_are_no_traversal() -> None:
    """A path a module function resolves and checks, a UUID parameter and `Path(x).name` cannot
    leave the folder: no path question."""
    source = """
    from pathlib import Path
    import uuid
    from flask import send_file, request

    ROOT = Path("/srv/files").resolve()

    def inside(name: str) -> Path:
        p = (ROOT / name).resolve()
        if not p.is_relative_to(ROOT):
            raise ValueError(name)
        return p

    def download(file_id: uuid.UUID):
        return send_file(inside(str(file_id)))

    def upload():
        name = Path(request.files["f"].filename).name
        with open(ROOT / name, "wb") as fh:
            fh.write(b"")
    """
    assert "path_traversal" not in {f.kind for f in analyse("f.py", None, textwrap.dedent(source))}


def test_sql_placeholders_joined_from_a_generator_are_no_injection() -> None:
    source = """
    def by_ids(conn, ids):
        marks = ", ".join("?" for _ in ids)
        return conn.execute(f"SELECT * FROM t WHERE id IN ({marks})", list(ids)).fetchall()
    """
    assert "sql_injection" not in {f.kind for f in analyse("q.py", None, textwrap.dedent(source))}


def _rules(source: str) -> set[str]:
    from server.examiner.analysis.pyrisk import python_risks

    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


# each check of analysis/pyvalues.py: forms it finds, and the near misses it leaves alone
CASES: dict[str, tuple[list[str], list[str]]] = {
    "py-decimal-from-float": (
        ["from decimal import Decimal\ndef tax(x):\n    return Decimal(0.175) * x\n",
         "from decimal import Decimal\ndef amount(s):\n    return Decimal(float(s))\n"],
        ["from decimal import Decimal\ndef tax(x):\n    return Decimal('0.175') * x\n",
         "from decimal import Decimal\ndef amount(v: float):\n    return Decimal(str(v))\n"]),
    "py-is-compares-values": (
        ["def same(a, b):\n    return a.user_id is b.user_id\n",
         "def mine(row, count: int, total: int):\n    return count is not total\n"],
        ["def same(a, b):\n    return a.user_id == b.user_id\n",
         "def last(node, tree_name):\n    return node.name is tree_name\n"]),
    "py-binary-search-past-end": (
        [FIRST[2][2],
         ("def pos(xs, x):\n    lo, hi = 0, len(xs)\n    while hi >= lo:\n"
          "        m = lo + (hi - lo) // 2\n        if xs[m] == x:\n            return m\n"
          "        if xs[m] < x:\n            lo = m + 1\n        else:\n            hi = m - 1\n"
          "    return -1\n")],
        [CLEAN[1],
         ("def pos(xs, x):\n    lo, hi = 0, len(xs)\n    while lo < hi:\n"
          "        m = (lo + hi) // 2\n        if xs[m] < x:\n            lo = m + 1\n"
          "        else:\n            hi = m\n    return lo\n")]),
    "py-queue-empty-then-get": (
        [FIRST[3][2],
         ("import asyncio\nasync def pump(q, out):\n    while q.qsize() > 0:\n"
          "        out.append(q.get())\nasync def main(q):\n"
          "    await asyncio.gather(pump(q, []), pump(q, []))\n")],
        [("import queue, threading\ndef drain(q, out):\n    while True:\n        try:\n"
          "            out.append(q.get_nowait())\n        except queue.Empty:\n            return\n"
          "threading.Thread(target=drain)\n"),
         "import queue\ndef drain(q, out):\n    while not q.empty():\n        out.append(q.get())\n"]),
    "py-growing-list-rescanned": (
        [FIRST[4][2],
         ("def running(xs):\n    seen = []\n    means = []\n    for x in xs:\n"
          "        seen.append(x)\n        means.append(sum(seen) / len(seen))\n    return means\n")],
        [CLEAN[2],
         ("def window(xs):\n    seen = []\n    out = []\n    for x in xs:\n        seen.append(x)\n"
          "        if len(seen) > 10:\n            seen.pop(0)\n        out.append(sum(seen))\n"
          "    return out\n")]),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_each_check_finds_its_forms_and_leaves_the_near_misses(rule: str) -> None:
    hits, misses = CASES[rule]
    assert all(rule in _rules(s) for s in hits)
    assert not any(rule in _rules(s) for s in misses)


def test_a_name_from_a_base_name_helper_joined_under_a_numbered_folder_is_no_traversal() -> None:
    """With the folder built from an `int` parameter (no input), the name a module helper cut
    to its base name is what is left to question, and it cannot leave the folder either; a
    sibling joining the raw name is still asked about."""
    source = """
    import os

    def _clean(filename: str) -> str:
        return os.path.basename(filename).lstrip(".")

    class Store:
        def __init__(self, root):
            self.root = root

        def save(self, ticket: int, filename: str, data: bytes) -> None:
            name = _clean(filename)
            with open(os.path.join(self.root, str(ticket), name), "wb") as out:
                out.write(data)

        def load(self, ticket: int, filename: str) -> bytes:
            with open(os.path.join(self.root, str(ticket), filename), "rb") as fh:
                return fh.read()
    """
    found = [f for f in analyse("f.py", None, textwrap.dedent(source)) if f.kind == "path_traversal"]
    assert [f.identifier for f in found] == ["load"], found
