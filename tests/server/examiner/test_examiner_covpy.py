"""Round cov-py: documented Python defects that ruff finds and the examiner did not ask about
(pyflakes F601, F50x/F52x, F821, F823, F811; flake8-bugbear B002, B020, B031, B032, B035;
pylint PLW0127, PLW0177; RUF009, RUF064; bandit S507, S108), each asked with a question and
key points of its own and narrowed where the standard library writes the same form
correctly; and a collection changed under a lock but looped over without it
(`py-iterated-without-lock`, CWE-362/CWE-662). Take-home programs in `takehome_covpy/`: the
first question on each is the new finding, and the program fixed asks no defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.examiner import analyse
from server.examiner.analysis.kinds import Kind
from server.examiner.analysis.ruff import KIND_OF, QUESTIONS, RULE_OF, SELECT, ruff_binary
from server.examiner.questions.templates import KEY_POINTS
from tests.support.rule_tables import first_question, fixed

PROGRAMS = Path(__file__).resolve().parent / "takehome_covpy"

needs_ruff = pytest.mark.skipif(ruff_binary() is None, reason="ruff is not installed")


def _rules(path: str, code: str) -> set[str]:
    return {str(f.facts.rule.rule) for f in analyse(path, None, code) if f.facts.rule}


# (rule, kind, code that has the defect, the same code written correctly)
RUFF_CASES = [
    ("py-duplicate-dict-key", "wrong_result",
     "RATES = {\n    'eur': 1.0,\n    'usd': 1.1,\n    'eur': 0.9,\n}\n",
     "RATES = {\n    'eur': 1.0,\n    'usd': 1.1,\n    'gbp': 0.9,\n}\n"),
    ("py-format-arguments-mismatch", "wrong_result",
     "def line(name, qty):\n    return '%s: %d of %s' % (name, qty)\n",
     "def line(name, qty, unit):\n    return '%s: %d of %s' % (name, qty, unit)\n"),
    ("py-format-arguments-mismatch", "wrong_result",
     "def hello(user):\n    return 'Hello {} from {}'.format(user)\n",
     "def hello(user, town):\n    return 'Hello {} from {}'.format(user, town)\n"),
    ("py-undefined-name", "wrong_result",
     "def total(items):\n    s = 0\n    for it in items:\n        s += it\n    return totl\n",
     "def total(items):\n    s = 0\n    for it in items:\n        s += it\n    return s\n"),
    ("py-local-read-before-assignment", "wrong_result",
     "counter = 0\n\ndef bump():\n    counter += 1\n    return counter\n",
     "counter = 0\n\ndef bump():\n    global counter\n    counter += 1\n    return counter\n"),
    ("py-definition-replaced", "wrong_result",
     "def test_add():\n    assert 1 + 1 == 2\n\ndef test_add():\n    assert 2 + 2 == 4\n",
     "def test_add():\n    assert 1 + 1 == 2\n\ndef test_add_more():\n    assert 2 + 2 == 4\n"),
    ("py-prefix-increment", "wrong_result",
     "def count(xs):\n    n = 0\n    for _ in xs:\n        ++n\n    return n\n",
     "def count(xs):\n    n = 0\n    for _ in xs:\n        n += 1\n    return n\n"),
    ("py-loop-variable-overrides-iterable", "wrong_result",
     "def tidy(items):\n    for items in items:\n        print(items)\n    return len(items)\n",
     "def tidy(items):\n    for item in items:\n        print(item)\n    return len(items)\n"),
    ("py-groupby-group-reused", "consumed_iterator",
     ("import itertools\n\ndef runs(rows):\n    out = {}\n"
     "    for key, group in itertools.groupby(rows, key=len):\n"
     "        n = len(list(group))\n        out[key] = (n, sum(len(r) for r in group))\n"
     "    return out\n"),
     ("import itertools\n\ndef runs(rows):\n    out = {}\n"
     "    for key, group in itertools.groupby(rows, key=len):\n"
     "        items = list(group)\n        out[key] = (len(items), sum(len(r) for r in items))\n"
     "    return out\n")),
    ("py-annotation-instead-of-assignment", "wrong_result",
     "def defaults(cfg):\n    cfg['retries']: 3\n    return cfg\n",
     "def defaults(cfg):\n    cfg['retries'] = 3\n    return cfg\n"),
    ("py-static-key-dict-comprehension", "wrong_result",
     "def scores(users):\n    return {'name': u.score for u in users}\n",
     "def scores(users):\n    return {u.name: u.score for u in users}\n"),
    ("py-self-assignment", "wrong_result",
     "class Account:\n    def __init__(self, owner):\n        owner = owner\n",
     "class Account:\n    def __init__(self, owner):\n        self.owner = owner\n"),
    ("py-nan-comparison", "equality_bug",
     "import math\n\ndef clean(values):\n    return [v for v in values if v != math.nan]\n",
     "import math\n\ndef clean(values):\n    return [v for v in values if not math.isnan(v)]\n"),
    ("py-dataclass-default-call", "wrong_result",
     ("from dataclasses import dataclass\nfrom datetime import datetime\n\n@dataclass\n"
     "class Order:\n    id: int\n    created: datetime = datetime.now()\n"),
     ("from dataclasses import dataclass, field\nfrom datetime import datetime\n\n@dataclass\n"
     "class Order:\n    id: int\n    created: datetime = field(default_factory=datetime.now)\n")),
    ("py-chmod-mode-not-octal", "wrong_result",
     "import os\n\ndef publish(path):\n    os.chmod(path, 644)\n",
     "import os\n\ndef publish(path):\n    os.chmod(path, 0o644)\n"),
    ("py-ssh-host-key-auto-added", "bypassable_check",
     ("import paramiko\n\ndef connect(host):\n    c = paramiko.SSHClient()\n"
     "    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())\n    c.connect(host)\n"
     "    return c\n"),
     ("import paramiko\n\ndef connect(host):\n    c = paramiko.SSHClient()\n"
     "    c.load_system_host_keys()\n    c.set_missing_host_key_policy(paramiko.RejectPolicy())\n"
     "    c.connect(host)\n    return c\n")),
    ("py-fixed-temp-path", "insecure_temp_file",
     ("def save(data):\n    with open('/tmp/report.csv', 'w', encoding='utf-8') as f:\n"
     "        f.write(data)\n"),
     ("import tempfile\n\ndef save(data):\n"
     "    with tempfile.NamedTemporaryFile('w', suffix='.csv', delete=False) as f:\n"
     "        f.write(data)\n    return f.name\n")),
    # round cat-sec: asked about the members, not the folder (bandit B202, PEP 706)
    ("py-archive-extracted-unfiltered", "path_traversal",
     ("import tarfile\n\ndef unpack(archive, dest):\n    with tarfile.open(archive) as tar:\n"
      "        tar.extractall(dest)\n"),
     ("import tarfile\n\ndef unpack(archive, dest):\n    with tarfile.open(archive) as tar:\n"
      "        tar.extractall(dest, filter=\"data\")\n")),
]


@needs_ruff
@pytest.mark.parametrize(("rule", "kind", "bad", "good"), RUFF_CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(RUFF_CASES)])
def test_a_ruff_defect_is_asked_and_its_fix_is_not(rule: str, kind: str, bad: str,
                                                    good: str) -> None:
    asked = first_question("shop.py", bad)
    assert (asked.kind, asked.facts.get("rule")) == (kind, rule), asked.text
    assert rule not in _rules("shop.py", good)


def test_every_new_ruff_code_is_selected_mapped_and_has_key_points() -> None:
    selected = set(SELECT.split(","))
    for code, rule in RULE_OF.items():
        assert code in selected and code in KIND_OF, code
        assert rule in QUESTIONS and rule in KEY_POINTS, rule


@needs_ruff
@pytest.mark.parametrize(("rule", "code"), [
    # a helper the project defines elsewhere: only a near miss of a bound name is a typo
    ("py-undefined-name", "def upload_all(paths):\n    for p in paths:\n        send(p)\n"),
    ("py-undefined-name", "def total(items):\n    return sum(items) + tax(items)\n"),
    # names made at run time (http.client, re, turtle) or deleted at the end (opcode)
    ("py-undefined-name", "globals().update({'OK': 200})\n\ndef ok(s):\n    return s == OK\n"),
    ("py-undefined-name", "def def_op(n):\n    pass\n\ndef f():\n    def_op(1)\n\ndel def_op\n"),
    # a placeholder bound first and the class defined later (enum.py); an overload
    ("py-definition-replaced", "import enum\nEnum = None\n\nclass Enum:\n    pass\n"),
    ("py-definition-replaced", ("from typing import overload\n\n@overload\ndef f(x: int) -> int:"
                               " ...\n@overload\ndef f(x: str) -> str: ...\ndef f(x):\n"
                               "    return x\n")),
    # a deliberate no-op branch (enum.py) and a module re-export (asyncio.exceptions)
    ("py-self-assignment", ("class A:\n    def eq(self, other):\n        if isinstance(other, A):\n"
                           "            other = other.v\n        else:\n            other = other\n"
                           "        return self.v == other\n")),
    ("py-self-assignment", "TimeoutError = TimeoutError\n"),
    # the collection's name not read after the loop (re._compiler, email)
    ("py-loop-variable-overrides-iterable", ("def f(tail, code):\n    for tail in tail:\n"
                                            "        code[tail] = len(code) - tail\n"
                                            "    return code\n")),
    # a sentinel and a field() helper of another module (libcst)
    ("py-dataclass-default-call", ("from dataclasses import dataclass\n"
                                  "from libcst import DoNotCare, Sentinel, SimpleWhitespace, "
                                  "Whitespace\n\n@dataclass(frozen=True)\nclass N:\n"
                                  "    a: Sentinel = DoNotCare()\n"
                                  "    b: Whitespace = SimpleWhitespace.field(' ')\n")),
    # the bare directory (tempfile's candidates) and a dict entry of build settings
    ("py-fixed-temp-path", "def dirs():\n    return ['/tmp', '/var/tmp', '/usr/tmp']\n"),
    ("py-fixed-temp-path", "BUILD = {'abs_builddir': '/tmp/python-build/Python-3.11'}\n"),
])
def test_the_correct_forms_the_stdlib_writes_are_not_asked_about(rule: str, code: str) -> None:
    assert rule not in _rules("lib.py", code)


_REGISTRY = '''import threading


class Registry:
    def __init__(self):
        self._lock = threading.Lock()
        self._items = {}
        for k in self._items:
            print(k)

    def add(self, k, v):
        with self._lock:
            self._items[k] = v
'''
RACE = "py-iterated-without-lock"


def test_a_collection_looped_over_without_its_lock_is_asked_about() -> None:
    """A dict changed under the lock and looped over by another method without it; the
    module-global form too."""
    code = _REGISTRY + "\n    def users(self):\n        return [v for v in self._items.values()]\n"
    asked = first_question("registry.py", code)
    assert (asked.kind, asked.facts.get("rule")) == ("race_condition", RACE), asked.text
    code = _REGISTRY + ("\n    def dump(self):\n        for k, v in self._items.items():\n"
                        "            print(k, v)\n")
    assert RACE in _rules("registry.py", code)
    module = ("import threading\n\n_lock = threading.Lock()\n_cache = {}\n\n\n"
              "def remember(k, v):\n    with _lock:\n        _cache[k] = v\n\n\n"
              "def expire(now):\n    for k, (v, t) in _cache.items():\n        if t < now:\n"
              "            print(k)\n")
    assert RACE in _rules("cache.py", module)
    # (session 25) a builtin walking it outside the lock: sorted(), list(), sum() iterate too
    code = _REGISTRY + ("\n    def dump(self):\n        for k, v in sorted(self._items.items()):\n"
                        "            print(k, v)\n")
    assert RACE in _rules("registry.py", code)
    code = _REGISTRY + "\n    def total(self):\n        return sum(self._items.values())\n"
    assert RACE in _rules("registry.py", code)


@pytest.mark.parametrize("method", [
    # every access under the lock
    "    def users(self):\n        with self._lock:\n            return list(self._items.values())\n",
    # a copy taken under the lock, looped over after
    ("    def users(self):\n        with self._lock:\n            items = list(self._items.values())\n"
    "        return [v for v in items]\n"),
    # run with the lock held by the caller (documented, by name, or a private helper)
    ("    def render(self):\n        \"\"\"Caller must hold the lock.\"\"\"\n"
    "        return [v for v in self._items.values()]\n"),
    "    def users_locked(self):\n        return [v for v in self._items.values()]\n",
    "    def _invoke(self):\n        for v in self._items.values():\n            print(v)\n",
])
def test_a_loop_under_the_lock_or_over_a_copy_is_not_asked_about(method: str) -> None:
    assert RACE not in _rules("registry.py", _REGISTRY + "\n" + method)


def test_a_class_without_a_lock_or_with_an_asyncio_lock_is_not_asked_about() -> None:
    plain = ("class Registry:\n    def __init__(self):\n        self._items = {}\n\n"
             "    def add(self, k, v):\n        self._items[k] = v\n\n"
             "    def users(self):\n        return [v for v in self._items.values()]\n")
    assert RACE not in _rules("registry.py", plain)
    tasks = ("import asyncio\n\n\nclass Registry:\n    def __init__(self):\n"
             "        self._lock = asyncio.Lock()\n        self._items = {}\n\n"
             "    async def add(self, k, v):\n        async with self._lock:\n"
             "            self._items[k] = v\n\n"
             "    def users(self):\n        return [v for v in self._items.values()]\n")
    assert RACE not in _rules("registry.py", tasks)


# (program, rule, kind, the fixes: (text, replacement), ...)
CASES = [
    # the status page reads the sessions under the lock
    ("session_registry.py", RACE, "race_condition",
     (("        users = set()\n        for session in self._sessions.values():\n",
       ("        users = set()\n        with self._lock:\n            sessions = list("
       "self._sessions.values())\n        for session in sessions:\n")),)),
    # each order's own time
    ("order_book.py", "py-dataclass-default-call", "wrong_result",
     (("placed_at: datetime = datetime.now(timezone.utc)",
       "placed_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))"),)),
    # the group read into a list once
    ("sales_summary.py", "py-groupby-group-reused", "consumed_iterator",
     ((("        sales = sum(1 for _ in group)\n"
       "        takings = sum((amount for _, amount in group), Decimal(\"0\"))\n"),
       ("        items = list(group)\n        sales = len(items)\n"
       "        takings = sum((amount for _, amount in items), Decimal(\"0\"))\n")),)),
    # NaN tested with math.isnan
    ("sensor_cleaner.py", "py-nan-comparison", "equality_bug",
     (("if reading.value == math.nan:", "if math.isnan(reading.value):"),)),
    # the one teaspoon
    ("unit_converter.py", "py-duplicate-dict-key", "wrong_result",
     (('    "tsp": 5.0,\n', ""),)),
]


@needs_ruff
@pytest.mark.parametrize(("name", "rule", "kind", "fixes"), CASES, ids=[c[0] for c in CASES])
def test_first_question_is_the_new_finding(name: str, rule: str, kind: str,
                                           fixes: tuple[tuple[str, str], ...]) -> None:
    asked = first_question(name, (PROGRAMS / name).read_text())
    assert (asked.kind, asked.facts.get("rule")) == (kind, rule), asked.text


@pytest.mark.parametrize(("name", "rule", "kind", "fixes"), CASES, ids=[c[0] for c in CASES])
def test_the_fixed_program_asks_no_defect(name: str, rule: str, kind: str,
                                          fixes: tuple[tuple[str, str], ...]) -> None:
    code = fixed((PROGRAMS / name).read_text(), fixes)
    assert rule not in _rules(name, code)
    asked = first_question(name, code)
    found = Kind.of(asked.kind)
    cost = asked.facts.get("complexity")
    assert found is None or not found.asserts_defect(cost if isinstance(cost, str) else None), \
        asked.text
