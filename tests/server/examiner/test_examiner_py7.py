"""Documented hazards of Python asked about on take-home programs of one's own
(`takehome_py7/`): one generator whose items several threads take (the language reference,
Generator-iterator methods: a generator already executing raises ValueError); a
`multiprocessing.Pool` made on every call and never closed (the multiprocessing docs, Pool:
the garbage collector is not to be relied on to finalise it); bytes read from a socket grown
with `+=` until the peer closes (Common Sequence Operations, note 6: quadratic; a bytearray or
a join); a child process given up on at its timeout and never killed (the subprocess docs,
Popen.communicate: "The child process is not killed if the timeout expires"); and one SQLite
connection opened with `check_same_thread=False` and written by a threaded server's requests
with no lock (the sqlite3 docs, connect: "write operations may need to be serialized by the
user"); a daemon thread that drains a queue to a file, never waited for (the threading docs:
"Daemon threads are abruptly stopped at shutdown"); and a `stream=True` response left
unclosed on an early way out (the requests docs, Body Content Workflow). The first question on each is
the new finding; the program fixed the way a reviewer would accept asks no question that
claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_py7"

WRITE = ("    cur = db.execute(\"INSERT INTO ratings (day, dish, stars, comment) VALUES (?, ?, ?, ?)\",\n"
         "                     (date.today().isoformat(), dish, stars, comment))\n"
         "    db.commit()\n")
WRITE_LOCKED = ("    with db_lock:\n"
                "        cur = db.execute(\"INSERT INTO ratings (day, dish, stars, comment) \"\n"
                "                         \"VALUES (?, ?, ?, ?)\",\n"
                "                         (date.today().isoformat(), dish, stars, comment))\n"
                "        db.commit()\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the workers take their next photo under one lock
    ("image_audit.py", "py-generator-shared-by-threads", "race_condition",
     (("    for path in paths:\n        report.add(path, inspect(path))\n",
       ("    while True:\n        with report.lock:\n            path = next(paths, None)\n"
        "        if path is None:\n            return\n        report.add(path, inspect(path))\n")),)),
    # the pool used as a context manager, so its processes end with the call
    ("quote_service.py", "py-pool-never-closed", "resource_leak",
     ((("    workers = Pool(processes=min(4, len(jobs)) or 1)\n"
        "    estimates = workers.map(expected_claims, jobs)\n"),
       ("    with Pool(processes=min(4, len(jobs)) or 1) as workers:\n"
        "        estimates = workers.map(expected_claims, jobs)\n")),)),
    # the export gathered in a bytearray, grown in place
    ("export_client.py", "py-bytes-concat-in-loop", "string_building",
     (("    payload = reader.read1(CHUNK)\n", "    payload = bytearray(reader.read1(CHUNK))\n"),
      ("    return payload\n", "    return bytes(payload)\n"))),
    # ffprobe killed, and its pipes drained, when it overruns
    ("video_probe.py", "py-timeout-child-not-killed", "resource_leak",
     (("    except subprocess.TimeoutExpired as exc:\n",
       "    except subprocess.TimeoutExpired as exc:\n        proc.kill()\n        proc.communicate()\n"),)),
    # one lock around each write through the shared connection
    ("feedback_api.py", "py-sqlite-shared-without-lock", "race_condition",
     (("import sqlite3\n", "import sqlite3\nimport threading\n"),
      ("db = sqlite3.connect(DB_PATH, check_same_thread=False)\n",
       "db = sqlite3.connect(DB_PATH, check_same_thread=False)\ndb_lock = threading.Lock()\n"),
      (WRITE, WRITE_LOCKED))),
    # every audit line marked done, and the import waits for the queue before it exits
    ("price_import.py", "py-daemon-writer-never-joined", "race_condition",
     (("            out.flush()\n", "            out.flush()\n            audit_queue.task_done()\n"),
      ("    print(f\"{changed} prices changed", "    audit_queue.join()\n    print(f\"{changed} prices changed"))),
    # the response used in `with`, so every way out of the download releases its connection
    ("feed_mirror.py", "py-streamed-response-not-closed", "resource_leak",
     (("    resp = session.get(url, stream=True, timeout=TIMEOUT)\n",
       ("    with session.get(url, stream=True, timeout=TIMEOUT) as resp:\n"
        "        return save(resp, url, dest)\n\n\n"
        "def save(resp: requests.Response, url: str, dest: Path) -> str:\n")),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_generator_per_thread_or_read_by_the_caller_is_not_asked_about() -> None:
    """Each thread its own generator, `executor.map` over one, and a single thread are fine;
    a generator expression of the module read by several submitted tasks is asked about."""
    code = (PROGRAMS / "image_audit.py").read_text()
    assert not fires("python", "py-generator-shared-by-threads",
                     code.replace("args=(pending, report))", "args=(photos(root), report))"))
    assert not fires("python", "py-generator-shared-by-threads",
                     code.replace("               for _ in range(workers)]", "               ][:1]"))
    shared = ("from concurrent.futures import ThreadPoolExecutor\n"
              "jobs = (n * n for n in range(100))\n"
              "def drain(out):\n    for j in jobs:\n        out.append(j)\n"
              "def run(out):\n    with ThreadPoolExecutor(4) as ex:\n"
              "        for _ in range(4):\n            ex.submit(drain, out)\n")
    assert fires("python", "py-generator-shared-by-threads", shared)
    assert not fires("python", "py-generator-shared-by-threads",
                     shared.replace("        for _ in range(4):\n            ex.submit(drain, out)\n",
                                    "        ex.map(print, jobs)\n"))


def test_pool_kept_or_released_is_not_asked_about() -> None:
    """A pool terminated in `finally`, kept on the object, or made where the program runs once
    is fine; `Pool().map(...)` in a handler is asked about."""
    code = (PROGRAMS / "quote_service.py").read_text()
    assert not fires("python", "py-pool-never-closed", code.replace(
        "    estimates = workers.map(expected_claims, jobs)\n",
        "    try:\n        estimates = workers.map(expected_claims, jobs)\n"
        "    finally:\n        workers.terminate()\n"))
    assert fires("python", "py-pool-never-closed", code.replace(
        "    workers = Pool(processes=min(4, len(jobs)) or 1)\n"
        "    estimates = workers.map(expected_claims, jobs)\n",
        "    estimates = Pool(4).map(expected_claims, jobs)\n"))
    assert not fires("python", "py-pool-never-closed",
                     "from multiprocessing import Pool\nclass Batch:\n    def __init__(self):\n"
                     "        pool = Pool(2)\n        self.pool = pool\n")


def test_daemon_thread_waited_for_or_only_reading_is_not_asked_about() -> None:
    """A writer made non-daemon (the interpreter joins it at exit) is fine; so is one joined."""
    code = (PROGRAMS / "price_import.py").read_text()
    assert not fires("python", "py-daemon-writer-never-joined",
                     code.replace(", daemon=True)", ")"))
    assert not fires("python", "py-daemon-writer-never-joined", code.replace(
        "    threading.Thread(target=audit_writer, args=(AUDIT_LOG,), daemon=True).start()\n",
        "    writer = threading.Thread(target=audit_writer, args=(AUDIT_LOG,), daemon=True)\n"
        "    writer.start()\n").replace("    return 1 if errors else 0\n",
                                        "    writer.join(timeout=5)\n    return 1 if errors else 0\n"))
