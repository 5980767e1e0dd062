"""Documented Python hazards asked about on take-home programs of one's own (`takehome_py10/`):
an environment variable read with a number or bool as its default (`os.getenv` returns the
variable's text whenever it is set); sqlite3 writes that nothing commits (closing the
connection does not commit); query parameters in parentheses without the comma that makes a
tuple; `\\b` and `\\1` in a regular expression written as a plain string literal; the path of a
temporary file or directory returned from inside its `with` block; a csv file opened without
`newline=""`; and an exception built but never raised. ruff's F631 (an assert of a tuple) and
PLE1205/PLE1206 (a log call whose arguments do not match its placeholders) are selected and
asked about with questions of their own. The first question on each program is the new
finding; the program fixed the way a reviewer would accept asks no question that claims a
defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, first_question, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_py10"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the threshold converted where it is read, with a text default
    ("rain_alerts.py", "py-env-default-not-text", "wrong_result",
     (('THRESHOLD_MM = os.getenv("ALERT_THRESHOLD_MM", 25)',
       'THRESHOLD_MM = float(os.getenv("ALERT_THRESHOLD_MM", "25"))'),)),
    # each write committed
    ("vet_visits.py", "py-sqlite-write-never-committed", "wrong_result",
     (("    return int(cur.lastrowid or 0)\n",
       "    conn.commit()\n    return int(cur.lastrowid or 0)\n"),
      ("    return cur.rowcount == 1\n", "    conn.commit()\n    return cur.rowcount == 1\n"))),
    # the comma that makes the one-element tuple
    ("recipe_box.py", "py-sql-params-not-a-tuple", "wrong_result",
     (("(name)).fetchone()", "(name,)).fetchone()"),)),
    # the pattern as a raw string
    ("subtitle_cleaner.py", "py-regex-escape-in-plain-string", "wrong_result",
     (('re.sub("\\b(uh|um|erm)\\b,? ?"', 're.sub(r"\\b(uh|um|erm)\\b,? ?"'),)),
    # the clip kept for the caller, who uploads and then removes it
    ("podcast_clipper.py", "py-temp-path-returned-from-with", "wrong_result",
     (('tempfile.NamedTemporaryFile(suffix=".mp3", prefix="clip-")',
       'tempfile.NamedTemporaryFile(suffix=".mp3", prefix="clip-", delete=False)'),)),
    # the file opened the way the csv docs ask
    ("choir_attendance.py", "py-csv-file-without-newline", "wrong_result",
     (('open(target, "w", encoding="utf-8")', 'open(target, "w", newline="", encoding="utf-8")'),)),
    # the refusal raised
    ("seed_swap.py", "py-exception-never-raised", "ignored_error",
     (('            SwapError(f"only', '            raise SwapError(f"only'),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_an_env_default_converted_or_given_as_text_is_not_asked_about() -> None:
    """A number or bool default of a value used as read is asked about; one converted where
    it is read or in the name it is kept in, a text default, and no default are not."""
    rule = "py-env-default-not-text"
    assert fires("python", rule, "import os\nRETRIES = os.environ.get('RETRIES', 3)\n")
    assert fires("python", rule, "import os\n\ndef limit():\n"
                                 "    raw = os.getenv('LIMIT', -1)\n    return raw * 2\n")
    assert fires("python", rule, "import os\nVERBOSE = os.getenv('VERBOSE', True)\n")
    assert fires("python", rule, "import os\nTTL = timedelta(seconds=os.getenv('TTL', 60))\n")
    assert not fires("python", rule, "import os\nRETRIES = int(os.environ.get('RETRIES', 3))\n")
    assert not fires("python", rule, "import os\nRATE = float(os.getenv('RATE', 0.5))\n")
    assert not fires("python", rule, "import os\nON = parse_bool(os.getenv('ON', False))\n")
    assert not fires("python", rule, "import os\n\ndef limit():\n"
                                     "    raw = os.getenv('LIMIT', 10)\n    return float(raw)\n")
    assert not fires("python", rule, "import os\nRETRIES = os.environ.get('RETRIES', '3')\n")
    assert not fires("python", rule, "import os\nRETRIES = config.get('RETRIES', 3)\n")


def test_a_write_that_is_committed_somewhere_is_not_asked_about() -> None:
    """An INSERT through sqlite3 in a module that never commits is asked about; a commit
    passed on as a callback, a connection's `with` block, autocommit, a COMMIT sent as SQL,
    a read, and another database's module are not."""
    rule = "py-sqlite-write-never-committed"
    head = "import sqlite3\n\n"
    write = "def add(db, x):\n    db.execute('INSERT INTO t VALUES (?)', (x,))\n"
    assert fires("python", rule, head + write)
    assert fires("python", rule, head + "def add(db, rows):\n"
                                        "    db.executemany('''\n  UPDATE t SET x = ?''', rows)\n")
    assert not fires("python", rule, head + write + "\ndef done(db):\n"
                                                    "    atexit.register(db.commit)\n")
    assert not fires("python", rule, head + write + "\ndef run(path, x):\n"
                                                    "    with sqlite3.connect(path) as db:\n"
                                                    "        add(db, x)\n")
    assert not fires("python", rule, head + write + "\ndef open_db(p):\n"
                                                    "    return sqlite3.connect(p, autocommit=True)\n")
    assert not fires("python", rule, head + write + "    db.execute('COMMIT')\n")
    assert not fires("python", rule, head + "def get(db):\n"
                                            "    return db.execute('SELECT * FROM t').fetchall()\n")
    assert not fires("python", rule, "import psycopg2\n\n" + write)


def test_parameters_given_as_a_tuple_a_list_or_a_collection_are_not_asked_about() -> None:
    """One value in parentheses as a query's parameters is asked about; a tuple, a list, a
    dict, a name that holds the parameters, and a query with no placeholder are not."""
    rule = "py-sql-params-not-a-tuple"
    assert fires("python", rule, "def f(db, sku):\n"
                                 "    db.execute('SELECT * FROM stock WHERE sku = ?', (sku))\n")
    assert fires("python", rule, "def f(cur, req):\n"
                                 "    cur.execute('DELETE FROM s WHERE token = %s', (req.args['t']))\n")
    assert not fires("python", rule, "def f(db, sku):\n"
                                     "    db.execute('SELECT * FROM stock WHERE sku = ?', (sku,))\n")
    assert not fires("python", rule, "def f(db, sku):\n"
                                     "    db.execute('SELECT * FROM stock WHERE sku = ?', [sku])\n")
    assert not fires("python", rule, "def f(db, args):\n"
                                     "    db.execute('SELECT * FROM s WHERE a = ? AND b = ?', (args))\n")
    assert not fires("python", rule, "def f(db, sku):\n"
                                     "    db.execute('SELECT * FROM stock', (sku))\n")


def test_a_raw_or_doubled_backslash_or_an_intended_backspace_is_not_asked_about() -> None:
    """`\\b` or `\\1` in a plain string given to `re` is asked about; a raw string, doubled
    backslashes, `\\n` or `\\t`, a lone backspace stripped on purpose, and a string method are
    not."""
    rule = "py-regex-escape-in-plain-string"
    assert fires("python", rule, "import re\nWORD = re.compile('\\bsku-\\d+\\b')\n")
    assert fires("python", rule, "import re\n\ndef f(s):\n"
                                 "    return re.sub('(\\d+)-(\\d+)', '\\2-\\1', s)\n")
    assert not fires("python", rule, "import re\nWORD = re.compile(r'\\bsku-\\d+\\b')\n")
    assert not fires("python", rule, "import re\nWORD = re.compile('\\\\bsku\\\\b')\n")
    assert not fires("python", rule, "import re\n\ndef f(s):\n    return re.split('\\t', s)\n")
    assert not fires("python", rule, "import re\n\ndef f(s):\n"
                                     "    return re.sub('_\\b', '', s)\n")
    assert not fires("python", rule, "def f(s):\n    return s.replace('\\b', '')\n")


def test_a_temp_path_kept_or_used_inside_the_block_is_not_asked_about() -> None:
    """A temporary file's name or directory returned from its `with` block is asked about;
    delete=False, content read inside the block, a result computed from the path, and
    `mkdtemp` are not."""
    rule = "py-temp-path-returned-from-with"
    assert fires("python", rule, "import tempfile\n\ndef f():\n"
                                 "    with tempfile.TemporaryDirectory() as d:\n"
                                 "        build(d)\n        return str(d)\n")
    assert not fires("python", rule, "import tempfile\n\ndef f():\n"
                                     "    with tempfile.NamedTemporaryFile(delete=False) as t:\n"
                                     "        return t.name\n")
    assert not fires("python", rule, "import tempfile\n\ndef f():\n"
                                     "    with tempfile.TemporaryDirectory() as d:\n"
                                     "        return len(build(d))\n")
    assert not fires("python", rule, "import tempfile\n\ndef f():\n"
                                     "    d = tempfile.mkdtemp()\n    return d\n")


def test_a_csv_file_opened_with_newline_or_not_a_file_is_not_asked_about() -> None:
    """csv over a file opened without `newline=""` is asked about (in a with block, assigned,
    or passed straight in); `newline=""`, a binary file, an in-memory buffer and a list of
    lines are not."""
    rule = "py-csv-file-without-newline"
    assert fires("python", rule, "import csv\n\ndef f(p):\n"
                                 "    return list(csv.reader(open(p, encoding='utf-8')))\n")
    assert not fires("python", rule, "import csv\n\ndef f(p):\n"
                                     "    return list(csv.reader(open(p, newline='')))\n")
    assert not fires("python", rule, "import csv\n\ndef f(p, rows):\n"
                                     "    with open(p, 'wb') as fh:\n"
                                     "        csv.writer(fh).writerows(rows)\n")
    assert not fires("python", rule, "import csv\n\ndef f(text):\n"
                                     "    return list(csv.DictReader(text.splitlines()))\n")


def test_an_exception_raised_kept_or_passed_on_is_not_asked_about() -> None:
    """An exception built as a statement is asked about (a builtin, a class of the module's
    own under any name); one raised, returned, appended or logged, and a call of a function
    that only ends in Error, are not."""
    rule = "py-exception-never-raised"
    assert fires("python", rule, "def f(x):\n    if x < 0:\n        errors.BadInputError(x)\n")
    assert fires("python", rule, "class Full(RuntimeError):\n    pass\n\ndef f(q):\n"
                                 "    if q.full():\n        Full(q)\n")
    assert not fires("python", rule, "def f(x):\n    if x < 0:\n        raise ValueError(x)\n")
    assert not fires("python", rule, "def f(x):\n    return ValueError(x)\n")
    assert not fires("python", rule, "def f(out, x):\n    out.append(ValueError(x))\n")
    assert not fires("python", rule, "def f(x):\n    log_error(x)\n")


def test_ruff_assert_of_a_tuple_and_log_argument_mismatch_are_asked_about() -> None:
    """ruff's F631 and PLE1205/PLE1206 are selected and asked with questions of their own."""
    asked = first_question("checks.py", "def f(q):\n    assert (q < 100, 'too many')\n"
                                        "    return q\n")
    assert (asked.kind, asked.facts.get("rule")) == ("wrong_result", "py-assert-on-tuple")
    for call in ("log.info('moved %s to %s', item)", "log.warning('moved', item)"):
        asked = first_question("moves.py", "import logging\n\nlog = logging.getLogger(__name__)\n\n"
                                           f"def move(item):\n    {call}\n")
        assert (asked.kind, asked.facts.get("rule")) == ("wrong_result",
                                                         "py-log-arguments-mismatch"), call
    assert first_question("moves.py", "import logging\n\nlog = logging.getLogger(__name__)\n\n"
                                      "def move(item, to):\n"
                                      "    log.info('moved %s to %s', item, to)\n"
                          ).facts.get("rule") != "py-log-arguments-mismatch"
