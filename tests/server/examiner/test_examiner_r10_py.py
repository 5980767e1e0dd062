"""Round 10, Python: blind spots found with take-home programs of one's own. Each new check
asks the first question on a small program of its class and stays silent on the correct form."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.kinds import Kind
from tests.support.rule_tables import first_question


def _first(source: str, path: str = "app.py") -> tuple[str, str]:
    """The first question's kind and the rule it comes from."""
    question = first_question(path, textwrap.dedent(source))
    return question.kind, str(question.facts.get("rule", ""))


FIRST = [
    ("py-future-discarded", "swallowed_exception", """
        from concurrent.futures import ThreadPoolExecutor

        def upload(path):
            with open(path, "rb") as f:
                send(f.read())

        def upload_all(paths):
            with ThreadPoolExecutor(max_workers=4) as ex:
                for p in paths:
                    ex.submit(upload, p)
    """),
    ("py-popen-pipe-then-wait", "race_condition", """
        import subprocess

        def build(target):
            p = subprocess.Popen(["make", target], stdout=subprocess.PIPE)
            code = p.wait()
            log = p.stdout.read()
            return code, log
    """),
    ("py-queue-join-without-task-done", "race_condition", """
        import queue
        import threading

        jobs = queue.Queue()

        def consume():
            while True:
                item = jobs.get()
                handle(item)

        def run(items):
            for i in items:
                jobs.put(i)
            for _ in range(4):
                threading.Thread(target=consume, daemon=True).start()
            jobs.join()
    """),
    ("py-process-worker-changes-global", "wrong_result", """
        from multiprocessing import Pool

        seen = {}

        def index(path):
            seen[path] = len(open(path).read())

        def index_all(paths):
            with Pool(4) as pool:
                pool.map(index, paths)
            return seen
    """),
    ("py-get-default-mutated", "wrong_result", """
        def group(pairs):
            out = {}
            for k, v in pairs:
                out.get(k, []).append(v)
            return out
    """),
    ("py-lazy-reader-returned-from-with", "resource_leak", """
        import csv

        def load(path):
            with open(path, newline="") as f:
                return csv.DictReader(f)
    """),
    ("py-enumerate-from-one-indexed", "wrong_result", """
        def deltas(readings):
            out = []
            for n, r in enumerate(readings, start=1):
                out.append(readings[n] - r)
            return out
    """),
    ("py-markup-built-from-values", "xss", """
        from markupsafe import Markup, escape

        def row(user, note):
            return Markup(f"<td>{escape(user)}</td>"
                          f"<td>{note}</td>")
    """),
    ("py-thread-args-not-a-tuple", "wrong_result", """
        import threading

        def watch(path):
            print(path)

        def start(paths):
            for p in paths:
                threading.Thread(target=watch, args=(p), daemon=True).start()
    """),
    ("py-pytz-zone-attached-by-replace", "wrong_result", """
        import pytz
        from datetime import datetime

        def opening(y, m, d, zone_name):
            zone = pytz.timezone(zone_name)
            return datetime(y, m, d, 9, tzinfo=zone)
    """),
]


@pytest.mark.parametrize(("rule", "kind", "source"), FIRST, ids=[r for r, _, _ in FIRST])
def test_the_first_question_is_the_new_check(rule: str, kind: str, source: str) -> None:
    assert _first(source) == (kind, rule)


CLEAN = [
    # futures kept and their results read
    """
    from concurrent.futures import ThreadPoolExecutor

    def upload_all(paths):
        with ThreadPoolExecutor(max_workers=4) as ex:
            futures = [ex.submit(len, p) for p in paths]
            return [f.result() for f in futures]
    """,
    # a long-lived executor on the object: left alone
    """
    class Sender:
        def __init__(self, pool):
            self.pool = pool

        def send(self, msg):
            self.pool.submit(print, msg)
    """,
    # communicate drains the pipes
    """
    import subprocess

    def build(target):
        p = subprocess.Popen(["make", target], stdout=subprocess.PIPE)
        out, _ = p.communicate(timeout=60)
        return p.returncode, out
    """,
    # task_done in finally
    """
    import queue

    class Pool:
        def __init__(self):
            self.jobs = queue.Queue()

        def work(self):
            while True:
                item = self.jobs.get()
                try:
                    print(item)
                finally:
                    self.jobs.task_done()

        def wait(self):
            self.jobs.join()
    """,
    # results returned from the workers and combined in the parent
    """
    from multiprocessing import Pool
    from pathlib import Path

    def size(path):
        return path, len(Path(path).read_text())

    def index_all(paths):
        with Pool(4) as pool:
            return dict(pool.map(size, paths))
    """,
    # the same global changed by a thread pool's worker: one memory
    """
    from concurrent.futures import ThreadPoolExecutor

    seen = {}

    def index(path):
        seen[path] = 1

    def index_all(paths):
        with ThreadPoolExecutor(4) as pool:
            list(pool.map(index, paths))
        return seen
    """,
]


@pytest.mark.parametrize("source", CLEAN)
def test_the_correct_forms_claim_no_defect(source: str) -> None:
    kind, rule = _first(source)
    found = Kind.of(kind)
    assert found is None or not found.claims_bug, (kind, rule)


def test_a_connection_in_the_scripts_main_block_is_no_leak() -> None:
    kind, _ = _first("""
        import sqlite3

        def count(conn):
            return conn.execute("select count(*) from t").fetchone()[0]

        if __name__ == "__main__":
            with sqlite3.connect("app.db") as conn:
                print(count(conn))
    """)
    assert kind != "resource_leak"


def _rules(source: str) -> set[str]:
    from server.examiner.analysis.pyrisk import python_risks

    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


# each check of analysis/pyworkers.py: forms it finds, and the near misses it leaves alone
CASES: dict[str, tuple[list[str], list[str]]] = {
    "py-future-discarded": (
        [FIRST[0][2],
         ("import concurrent.futures\ndef notify(users):\n"
          "    pool = concurrent.futures.ProcessPoolExecutor()\n"
          "    for u in users:\n        pool.submit(mail, u)\n    pool.shutdown()\n"),
         # futures kept and never read (helper rules-pyjs2)
         ("from concurrent.futures import ThreadPoolExecutor\ndef resize_all(paths):\n"
          "    with ThreadPoolExecutor(4) as pool:\n"
          "        futures = [pool.submit(resize, p) for p in paths]\n    return len(futures)\n"),
         ("from concurrent.futures import ThreadPoolExecutor\ndef resize_all(paths):\n"
          "    fs = []\n    with ThreadPoolExecutor(4) as pool:\n        for p in paths:\n"
          "            fs.append(pool.submit(resize, p))\n    print(len(fs))\n")],
        [CLEAN[0],
         ("from concurrent.futures import ThreadPoolExecutor, as_completed\n"
          "def resize_all(paths):\n    with ThreadPoolExecutor(4) as pool:\n"
          "        futures = [pool.submit(resize, p) for p in paths]\n"
          "        for f in as_completed(futures):\n            f.result()\n"),
         ("from concurrent.futures import ThreadPoolExecutor, wait\ndef resize_all(paths):\n"
          "    with ThreadPoolExecutor(4) as pool:\n        fs = {pool.submit(resize, p): p for p in paths}\n"
          "        done, _ = wait(fs)\n    return [f.result() for f in done]\n"),
         ("from concurrent.futures import ThreadPoolExecutor\ndef resize_all(paths):\n"
          "    with ThreadPoolExecutor(4) as pool:\n        for p in paths:\n"
          "            pool.submit(resize, p).add_done_callback(report)\n"),
         ("from concurrent.futures import ThreadPoolExecutor\n"
          "def mail(u):\n    try:\n        send(u)\n    except Exception:\n        log(u)\n"
          "def notify(users):\n    with ThreadPoolExecutor() as ex:\n"
          "        for u in users:\n            ex.submit(mail, u)\n")]),
    "py-popen-pipe-then-wait": (
        [FIRST[1][2],
         ("from subprocess import Popen, PIPE\ndef lint(path):\n"
          "    proc = Popen(['ruff', path], stdout=PIPE, stderr=PIPE, text=True)\n"
          "    if proc.wait(timeout=30):\n        raise RuntimeError(proc.stderr.read())\n")],
        [CLEAN[2],
         ("import subprocess\ndef lines(cmd):\n"
          "    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True)\n"
          "    out = [line for line in p.stdout]\n    p.wait()\n    return out\n")]),
    "py-queue-join-without-task-done": (
        [FIRST[2][2],
         ("import queue\nclass Crawler:\n    def __init__(self):\n"
          "        self.todo = queue.Queue()\n    def worker(self):\n        while True:\n"
          "            self.visit(self.todo.get())\n    def run(self):\n        self.todo.join()\n")],
        [CLEAN[3],
         ("import queue\ndef produce(q):\n    q = queue.Queue()\n    q.join()\n"
          "def consume(q):\n    while True:\n        q.get()\n")]),
    "py-process-worker-changes-global": (
        [FIRST[3][2],
         ("import multiprocessing\ncount = 0\ndef work(n):\n    global count\n    count += n\n"
          "def run(ns):\n    procs = [multiprocessing.Process(target=work, args=(n,)) for n in ns]\n"
          "    for p in procs:\n        p.start()\n")],
        [CLEAN[4], CLEAN[5]]),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_each_check_finds_its_forms_and_leaves_the_near_misses(rule: str) -> None:
    hits, misses = CASES[rule]
    assert all(rule in _rules(s) for s in hits)
    assert not any(rule in _rules(s) for s in misses)
