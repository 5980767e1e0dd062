"""Premises the questions state hold in the code: the escapes each detector must respect."""

from __future__ import annotations

import pytest

from server.examiner import AskContext, OfflineExaminer, analyse


def _kinds(path: str, source: str) -> set[str]:
    return {f.kind for f in analyse(path, None, source)}


@pytest.mark.parametrize(("path", "source"), [
    ("a.py", ("import asyncio\n\n\nasync def one(u):\n    return u\n\n\nasync def many(us):\n"
             "    return await asyncio.gather(*[one(u) for u in us])\n")),
    ("b.py", ("import asyncio\n\n\nasync def one(u):\n    return u\n\n\nasync def bg(u):\n"
             "    task = asyncio.create_task(one(u))\n    return task\n")),
    ("c.js", ("async function one(u) { return u; }\n"
             "async function many(us) { return Promise.all(us.map((u) => one(u))); }\n")),
])
def test_a_coroutine_that_is_gathered_scheduled_or_returned_is_not_unawaited(
        path: str, source: str) -> None:
    assert "unawaited" not in _kinds(path, source)


def test_a_dropped_coroutine_is_unawaited() -> None:
    source = ("async def save(x):\n    return x\n\n\nasync def handle(x):\n    save(x)\n"
              "    return 1\n")
    assert "unawaited" in _kinds("d.py", source)


@pytest.mark.parametrize("source", [
    "def opener(p):\n    fh = open(p)\n    return fh\n",
    "def opener(p):\n    return open(p)\n",
    "def lines(p):\n    yield open(p)\n",
    "class R:\n    def __init__(self, p):\n        self.fh = open(p)\n",
    ("def read(p):\n    fh = open(p)\n    try:\n        return fh.read()\n    finally:\n"
    "        fh.close()\n"),
])
def test_a_resource_that_escapes_is_not_a_leak(source: str) -> None:
    assert "resource_leak" not in _kinds("r.py", source)


def test_a_resource_dropped_in_the_function_is_a_leak() -> None:
    assert "resource_leak" in _kinds("r.py", ("def read(p):\n    fh = open(p)\n"
                                              "    data = fh.read()\n    return data\n"))


@pytest.mark.parametrize(("path", "source"), [
    ("a.py", "class Repo:\n    def save(self, item):\n        self.store.save(item)\n"),
    ("b.js", "class Repo { save(item) { this.store.save(item); } }\n"),
    ("c.go", "package p\n\nfunc (r *Repo) Save(x int) { r.store.Save(x) }\n"),
    ("D.java", "class Repo { void save(Item i) { store.save(i); } }\n"),
    ("e.ts", "export function save(x: number): void { db.save(x); }\n"),
])
def test_calling_another_objects_method_of_the_same_name_is_not_recursion(
        path: str, source: str) -> None:
    assert not _kinds(path, source) & {"recursion", "missing_base_case"}


@pytest.mark.parametrize(("path", "source"), [
    ("a.py", "def fact(n):\n    return n * fact(n - 1)\n"),
    ("b.js", "function fact(n) { return n * fact(n - 1); }\n"),
    ("c.go", "package p\n\nfunc Fact(n int) int { return n * Fact(n-1) }\n"),
    ("D.java", "class M { int fact(int n) { return n * fact(n - 1); } }\n"),
])
def test_recursion_with_no_branch_has_no_base_case(path: str, source: str) -> None:
    assert "missing_base_case" in _kinds(path, source)


@pytest.mark.parametrize(("path", "source"), [
    ("a.py", "def fact(n):\n    if n <= 1:\n        return 1\n    return n * fact(n - 1)\n"),
    ("b.js", "function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); }\n"),
])
def test_recursion_with_a_base_case_is_only_an_edge_case(path: str, source: str) -> None:
    kinds = _kinds(path, source)
    assert "recursion" in kinds and "missing_base_case" not in kinds


@pytest.mark.parametrize(("path", "source"), [
    ("a.go", ("package p\n\nimport \"net/http\"\n\nfunc H(w http.ResponseWriter, r *http.Request)"
             " {\n\tseen := map[string]bool{}\n\tseen[r.URL.Path] = true\n\tuse(seen)\n}\n")),
    ("b.js", ("function handle(req, res) { const current = {}; current.user = req.user; "
             "res.json(current); }\n")),
])
def test_request_local_state_is_not_shared(path: str, source: str) -> None:
    assert not _kinds(path, source) & {"shared_mutable_state", "race_condition"}


def test_a_mutable_class_attribute_is_shared_state_only_when_something_changes_it() -> None:
    """ruff's RUF012 flags every mutable class attribute; the question needs a mutation."""
    untouched = ("class M:\n    dependencies = ['a']\n\n    def names(self):\n"
                 "        return list(self.dependencies)\n")
    changed = ("class Registry:\n    items = []\n\n    def add(self, x):\n"
               "        self.items.append(x)\n")
    assert not {"shared_mutable_state", "mutable_default"} & _kinds("m.py", untouched)
    # one list shared by every instance: a correctness question (round 9), threads or none
    found = [f for f in analyse("r.py", None, changed) if f.kind == "mutable_default"]
    assert found and "`items`" in found[0].detail


def test_a_java_overload_of_the_same_name_is_not_recursion() -> None:
    """`sum(a)` calling `sum(a, 0)` calls another method; only the helper recurses."""
    source = ("class M {\n    int sum(int[] a) { return sum(a, 0); }\n"
              "    int sum(int[] a, int i) {\n        if (i == a.length) return 0;\n"
              "        return a[i] + sum(a, i + 1);\n    }\n}\n")
    found = {(f.kind, f.line) for f in analyse("M.java", None, source)
             if f.kind in ("recursion", "missing_base_case")}
    assert found == {("recursion", 5)}


def test_a_java_overload_taking_another_type_is_not_recursion() -> None:
    """`parse(Path)` opening a reader and calling `parse(reader)`, where `reader` is declared
    a `BufferedReader`, calls the `parse(BufferedReader)` overload: same name and arity."""
    wrapper = ("class P {\n    static int parse(Path file) throws IOException {\n"
               "        try (BufferedReader reader = open(file)) {\n"
               "            return parse(reader);\n        }\n    }\n"
               "    static int parse(BufferedReader r) throws IOException {\n"
               "        int n = 0;\n        while (r.readLine() != null) n++;\n"
               "        return n;\n    }\n}\n")
    assert not _kinds("P.java", wrapper) & {"recursion", "missing_base_case"}
    # the same shape passing its own `Path` again is a call of itself
    looping = wrapper.replace("return parse(reader);", "return parse(file);")
    assert "missing_base_case" in _kinds("P.java", looping)
    # and with no overload a differently declared argument is still taken for a self-call
    single = ("class Q {\n    static int walk(Node node) {\n        Leaf leaf = node.first();\n"
              "        if (leaf == null) return 0;\n        return 1 + walk(leaf);\n    }\n}\n")
    assert "recursion" in _kinds("Q.java", single)


def test_random_is_insecure_only_for_a_value_named_like_a_secret() -> None:
    """ruff's S311 flags every `random` call; a dice roll is not a secret."""
    dice = "import random\n\n\ndef roll():\n    return random.randint(1, 6)\n"
    token = "import random\n\n\ndef make_token():\n    return str(random.random())\n"
    assert "insecure_random" not in _kinds("d.py", dice)
    assert "insecure_random" in _kinds("t.py", token)


def test_a_plain_function_races_only_where_threads_run() -> None:
    """'while other threads run the same code' needs threads; asyncio alone runs one."""
    source = ("import asyncio\n\n_cache = {}\n\n\ndef get(k, load):\n    if k not in _cache:\n"
              "        _cache[k] = load(k)\n    return _cache[k]\n")
    assert "race_condition" not in _kinds("c.py", source)
    assert "race_condition" in _kinds("c.py", "import threading\n" + source)


def test_a_standard_library_coroutine_dropped_is_unawaited() -> None:
    """`asyncio.sleep(1)` without await sleeps not at all; awaited, it is fine."""
    dropped = "import asyncio\n\n\nasync def tick():\n    asyncio.sleep(1)\n    return 1\n"
    awaited = "import asyncio\n\n\nasync def tick():\n    await asyncio.sleep(1)\n    return 1\n"
    assert "unawaited" in _kinds("t.py", dropped)
    assert "unawaited" not in _kinds("t.py", awaited)


def test_a_return_in_finally_is_asked_as_a_lost_exception() -> None:
    """ruff's B012, in the question's own words rather than ruff's."""
    source = "def f(p):\n    try:\n        return load(p)\n    finally:\n        return None\n"
    found = [f for f in analyse("t.py", None, source) if f.kind == "swallowed_exception"]
    assert found and "finally" in found[0].detail


_PLACEHOLDERS = ("SORTABLE = {'id', 'email'}\n\n\n"
                 "def find(conn, email=None, role=None, sort='id'):\n"
                 "    clauses, values = [], []\n    if email:\n"
                 "        clauses.append('email = %s')\n        values.append(email)\n"
                 "    if role:\n        clauses.append(f'role = ${len(values) + 1}')\n"
                 "        values.append(role)\n"
                 "    where = f\"WHERE {' AND '.join(clauses)}\" if clauses else ''\n"
                 "    order = sort if sort in SORTABLE else 'id'\n"
                 "    sql = f'SELECT id, email FROM users {where} ORDER BY {order}'\n"
                 "    return conn.execute(sql, values).fetchall()\n")


def test_sql_text_built_from_placeholders_and_allow_listed_names_is_not_injection() -> None:
    """A filter that joins `col = %s` pieces and an ORDER BY picked from an allow-list puts
    no value into the text: the values go as parameters. ruff's S608 flags the f-string."""
    assert "sql_injection" not in _kinds("q.py", _PLACEHOLDERS)


@pytest.mark.parametrize("change", [
    ("order = sort if sort in SORTABLE else 'id'", "order = sort"),  # the caller's column
    ("clauses.append('email = %s')", "clauses.append(f\"email = '{email}'\")"),  # a value
    ("order = sort if sort in SORTABLE else 'id'",
     "order = sort if sort in SORTABLE else request_arg"),  # the fallback is unknown
])
def test_sql_text_with_one_outside_value_is_still_injection(change: tuple[str, str]) -> None:
    assert "sql_injection" in _kinds("q.py", _PLACEHOLDERS.replace(*change))


def test_a_shared_field_is_asked_about_where_a_method_uses_it() -> None:
    """A static SimpleDateFormat is declared outside any method; the question names the
    method that uses it and that line, not `this code` at the declaration."""
    source = ("class Audit {\n"
              "    private static final SimpleDateFormat STAMP = new SimpleDateFormat(\"yyyy\");\n"
              "    private final int width = 3;\n\n"
              "    Date parse(String line) throws ParseException {\n"
              "        String head = line.substring(0, width);\n"
              "        return STAMP.parse(head);\n    }\n}\n")
    found = [f for f in analyse("Audit.java", None, source) if f.kind == "shared_mutable_state"]
    assert [(f.line, f.identifier) for f in found] == [(7, "parse")]
    unused = source.replace("return STAMP.parse(head);", "return null;")
    found = [f for f in analyse("Audit.java", None, unused) if f.kind == "shared_mutable_state"]
    assert [f.line for f in found] == [2]  # used nowhere: the declaration is all there is


def test_punctuation_compared_with_a_token_is_no_credential() -> None:
    """ruff's S105 flags any string compared with a name like `token`; a tokenizer's `"..."`
    is punctuation, `"admin"` may well be a password."""
    ellipsis = "def kind(token):\n    if token != '...':\n        return 'dots'\n    return 'op'\n"
    password = ("def login(password):\n    if password == 'admin':\n        return True\n"
                "    return False\n")
    assert "hardcoded_secret" not in _kinds("t.py", ellipsis)
    message = "NO_TOKEN = 'give --token (a proctor token) or set VIVA_TOKEN'\n"
    assert "hardcoded_secret" not in _kinds("m.py", message)
    assert "hardcoded_secret" in _kinds("m.py", "API_TOKEN = 'sk-live-4f9a2b'\n")
    assert "hardcoded_secret" not in _kinds("m.py", "TOKEN_ENV = 'VIVA_TOKEN'\n")
    alphabet = "TOKEN_CHARS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'\n"
    assert "hardcoded_secret" not in _kinds("m.py", alphabet)
    assert "hardcoded_secret" in _kinds("l.py", password)


@pytest.mark.parametrize(("source", "kept"), [
    ("def add(x, seen=[]):\n    seen.append(x)\n    return len(seen)\n", True),
    ("def tag(x, into={}):\n    into[x] = 1\n    return 0\n", True),
    ("def make(x, acc=[]):\n    return acc\n", True),
    ("def fill(x, out=[]):\n    helper(out, x)\n    return 0\n", True),
    ("def pairs(xs, seen=[]):\n    acc = seen\n    acc.append(xs)\n    return len(acc)\n", True),
    # a sentinel compared by identity, a fallback only read: nothing outlives the call
    (("def get(d, k, _nil=[]):\n    v = d.get(k, _nil)\n    if v is _nil:\n        return None\n"
     "    return v\n"), False),
    ("def total(xs, weights={}):\n    return sum(weights.get(x, 1) for x in xs)\n", False),
])
def test_a_mutable_default_is_a_defect_only_when_it_can_carry_state(source: str,
                                                                    kept: bool) -> None:
    """ruff's B006 flags every mutable default; the question says state carries over between
    calls, which needs the default to be changed, returned, stored or handed on."""
    assert ("mutable_default" in _kinds("d.py", source)) is kept


def test_another_objects_close_is_not_this_files_coroutine() -> None:
    """`async def close` in this class does not make `self._outbox.close()` a coroutine."""
    source = ("class Client:\n    async def close(self):\n        await self._ws.close()\n"
              "        self._outbox.close()\n\n    async def stop(self):\n        self.close()\n")
    found = [f for f in analyse("c.py", None, source) if f.kind == "unawaited"]
    assert [f.line for f in found] == [7]  # only `self.close()`, this class's own coroutine


def test_yaml_loaded_with_a_safe_loader_of_the_modules_own_is_safe() -> None:
    """ruff's S506 sees `Loader=Strict`; Strict derives from yaml.SafeLoader here."""
    source = ("import yaml\n\n\nclass Strict(yaml.SafeLoader):\n    pass\n\n\n"
              "def read(text):\n    return yaml.load(text, Loader=Strict)\n")
    assert "unsafe_deserialization" not in _kinds("y.py", source)
    unsafe = source.replace("(yaml.SafeLoader)", "(yaml.Loader)")
    assert "unsafe_deserialization" in _kinds("y.py", unsafe)


@pytest.mark.parametrize("source", [
    # an inherited overload: `new InetSocketAddress(...)` cannot be the String this one takes
    ("class S extends SocketImpl {\n    protected void connect(String host, int port) {\n"
     "        connect(new InetSocketAddress(host, port), 0);\n    }\n}\n"),
    # an interface's default method handing on to its abstract overload of the same arity
    ("interface Coll<E> {\n    <T> T[] toArray(T[] a);\n"
     "    default <T> T[] toArray(IntFunction<T[]> gen) {\n"
     "        return toArray(gen.apply(0));\n    }\n}\n"),
])
def test_a_java_call_shown_to_reach_another_overload_is_not_recursion(source: str) -> None:
    assert not _kinds("S.java", source) & {"recursion", "missing_base_case"}


def test_a_java_call_with_its_own_parameters_is_still_recursion() -> None:
    source = ("class S {\n    int depth(String path, int n) {\n"
              "        return depth(path, n + 1);\n    }\n}\n")
    assert "missing_base_case" in _kinds("S.java", source)


def test_a_coroutine_behind_a_scheduling_decorator_is_not_left_unawaited() -> None:
    """Textual's `@work` makes calling the method start a worker: no coroutine is dropped."""
    source = ("from textual import work\n\n\nclass App:\n    @work(group='finish')\n"
              "    async def _finish(self):\n        await self.send()\n\n"
              "    def action_finish(self):\n        self._finish()\n")
    assert "unawaited" not in _kinds("a.py", source)
    plain = source.replace("    @work(group='finish')\n", "")
    assert "unawaited" in _kinds("a.py", plain)


def test_a_timeout_parameter_is_not_a_blocking_call() -> None:
    """ruff's ASYNC109 (an async function taking `timeout`) is advice, not a blocking call."""
    source = ("import asyncio\n\n\nasync def wait_ready(ev, timeout=None):\n"
              "    await asyncio.wait_for(ev.wait(), timeout)\n")
    assert "blocking_in_async" not in _kinds("w.py", source)
    blocking = source.replace("    await asyncio.wait_for(ev.wait(), timeout)\n",
                              "    import time\n    time.sleep(1)\n")
    assert "blocking_in_async" in _kinds("w.py", blocking)


def test_a_float_compared_with_zero_is_exact() -> None:
    """Clippy's float_cmp allows zero: `total == 0.0` is exact; `total == 0.3` is the hazard."""
    source = ("def ratio(parts):\n    total = float(sum(parts))\n    if total == 0.0:\n"
              "        return 0.0\n    return parts[0] / total\n")
    assert "equality_bug" not in _kinds("r.py", source)
    assert "equality_bug" in _kinds("r.py", source.replace("total == 0.0", "total == 0.3"))


def test_a_call_the_file_awaits_elsewhere_on_the_same_object_is_unawaited_when_dropped() -> None:
    """`await self.store.save(...)` in one method shows the call makes an awaitable, so the
    same call as a bare statement in another drops it; another object's `save` shows nothing."""
    source = ("class Prices:\n    def __init__(self, store, log):\n        self.store = store\n"
              "        self.log = log\n\n    async def refresh(self, symbol, price):\n"
              "        self.store.save(symbol, price)\n\n    async def put(self, symbol, price):\n"
              "        await self.store.save(symbol, price)\n")
    found = [(f.kind, f.line) for f in analyse("p.py", None, source) if f.kind == "unawaited"]
    assert found == [("unawaited", 7)]
    other = source.replace("        self.store.save(symbol, price)\n\n",
                           "        self.log.save(symbol, price)\n\n")
    assert "unawaited" not in _kinds("p.py", other)


@pytest.mark.parametrize("source", [
    "import os\n\n\ndef run(prog, argv):\n    os.execv(prog, argv)\n",
    ("import subprocess\n\n\ndef version():\n    for cmd in ('uname -r', 'uname -v'):\n"
     "        out = subprocess.check_output(cmd, shell=True)\n        if out:\n"
     "            return out\n    return b''\n"),
    "import os\n\n\ndef clear():\n    base = 'clear'\n    os.system(base + ' -x')\n",
])
def test_an_argument_list_or_a_fixed_command_is_not_command_injection(source: str) -> None:
    assert "command_injection" not in _kinds("c.py", source)


def test_a_shell_command_built_from_a_parameter_is_command_injection() -> None:
    source = "import os\n\n\ndef show(name):\n    os.system('cat ' + name)\n"
    assert "command_injection" in _kinds("c.py", source)


def test_exec_of_fixed_text_is_not_code_injection() -> None:
    source = "def setup(ns):\n    exec('x = 1\\ny = 2', ns)\n    return ns\n"
    assert "code_injection" not in _kinds("e.py", source)


@pytest.mark.parametrize("source", [
    ("def settle(fut, work):\n    try:\n        fut.set_result(work())\n"
     "    except Exception as exc:\n        fut.set_exception(exc)\n"),
    ("import sys\n\n\ndef guard(work, report):\n    try:\n        work()\n    except:\n"
     "        report(*sys.exc_info())\n"),
    ("def cleanup(work, undo):\n    try:\n        work()\n    except:\n        undo()\n"
     "        raise\n"),
])
def test_a_handler_that_routes_the_error_does_not_swallow_it(source: str) -> None:
    assert "swallowed_exception" not in _kinds("h.py", source)


def test_a_handler_that_passes_swallows_the_error() -> None:
    source = "def quiet(work):\n    try:\n        work()\n    except Exception:\n        pass\n"
    assert "swallowed_exception" in _kinds("h.py", source)


@pytest.mark.parametrize(("source", "said"), [
    (("import json\n\n\ndef parse(line):\n    try:\n        return json.loads(line)\n"
     "    except Exception:\n        return None\n"),
     "catches every exception and returns `None`, whatever went wrong"),
    ("def quiet(work):\n    try:\n        work()\n    except:\n        pass\n",
     "catches every exception, KeyboardInterrupt and SystemExit included, and ignores it"),
    (("def total(rows):\n    n = 0\n    for r in rows:\n        try:\n            n += int(r)\n"
     "        except Exception:\n            continue\n    return n\n"),
     "catches every exception and goes on with the next item"),
    (("def first(rows):\n    for r in rows:\n        try:\n            return int(r)\n"
     "        except Exception:\n            break\n    return 0\n"),
     "catches every exception and leaves the loop"),
])
def test_a_catch_everything_question_says_what_the_handler_does(source: str, said: str) -> None:
    """The question states what the handler does with what it catches, read from its body,
    instead of a guess ("does nothing useful" of a documented `return None`)."""
    found = [f for f in analyse("h.py", None, source) if f.kind == "swallowed_exception"]
    assert [f.detail for f in found] == [said]


def test_a_catch_everything_handler_of_several_steps_is_only_said_to_catch() -> None:
    source = ("def fetch(get, cache, key):\n    try:\n        return get(key)\n"
              "    except Exception:\n        cache.pop(key, None)\n        cache[key] = 0\n"
              "        return cache[key]\n")
    found = [f for f in analyse("h.py", None, source) if f.kind == "swallowed_exception"]
    assert [f.detail for f in found] == ["catches every exception"]


@pytest.mark.parametrize("source", [
    "def label(name, sep=str(':')):\n    return name + sep\n",
    "def key(args, mark=(object(),)):\n    return args + mark\n",
    "def call(fn, args=(), kwargs={}):\n    return fn(*args, **kwargs)\n",
])
def test_a_default_that_is_not_a_kept_mutable_object_is_not_a_mutable_default(
        source: str) -> None:
    assert "mutable_default" not in _kinds("m.py", source)


@pytest.mark.parametrize("source", [
    ("import sys\n\n\ndef names(arg):\n    with (sys.stdin if arg == '-' else open(arg)) as fh:\n"
     "        return fh.read().split()\n"),
    ("import socket\n\n\nclass Peer:\n    def connect(self, addr):\n"
     "        sock = socket.socket()\n        self.attach(sock)\n        sock.connect(addr)\n\n"
     "    def attach(self, sock):\n        self.sock = sock\n"),
    ("def open_all(paths):\n    opened = []\n    for p in paths:\n        fh = open(p)\n"
     "        opened.append(fh)\n    return opened\n"),
    # a pool's queue of idle connections keeps them
    ("import queue\nimport sqlite3\n\n\nclass Pool:\n    def __init__(self, path):\n"
     "        self.idle = queue.Queue()\n        for _ in range(4):\n"
     "            conn = sqlite3.connect(path)\n            self.idle.put(conn)\n"),
])
def test_a_resource_handed_to_its_owner_or_a_with_is_not_a_leak(source: str) -> None:
    assert "resource_leak" not in _kinds("r.py", source)


def test_a_resource_only_read_by_a_parser_is_still_a_leak() -> None:
    source = "import json\n\n\ndef load(p):\n    fh = open(p)\n    return json.load(fh)\n"
    assert "resource_leak" in _kinds("r.py", source)


@pytest.mark.parametrize("source", [
    ("import threading\n\n\nclass Job:\n    def __init__(self):\n        self.tries = 0\n"
     "        self.tries += 1\n        self.thread = threading.Thread(target=self.run)\n\n"
     "    def run(self):\n        return self.tries\n"),
    ("import threading\n\n\nclass Loop:\n    def tick(self):\n        self.count += 1\n"
     "        return threading.current_thread().name\n"),
])
def test_a_counter_no_other_thread_can_reach_is_not_a_race(source: str) -> None:
    assert "race_condition" not in _kinds("t.py", source)


def test_a_counter_bumped_by_started_threads_is_a_race() -> None:
    source = ("import threading\n\n\nclass Hits:\n    def __init__(self):\n        self.n = 0\n\n"
              "    def hit(self):\n        self.n += 1\n\n\ndef run(h):\n"
              "    ts = [threading.Thread(target=h.hit) for _ in range(4)]\n"
              "    for t in ts:\n        t.start()\n")
    assert "race_condition" in _kinds("t.py", source)


@pytest.mark.parametrize("source", [
    "def line(cmd, opts=[]):\n    return cmd + ' ' + ','.join(opts)\n",
    ("class Node:\n    def __init__(self, kids, tags=[]):\n        self.kids = kids\n"
     "        self.tags = tags[:]\n"),
])
def test_a_default_only_read_or_copied_is_not_a_mutable_default(source: str) -> None:
    assert "mutable_default" not in _kinds("m.py", source)


def test_a_default_stored_as_it_is_is_a_mutable_default() -> None:
    source = "class Node:\n    def __init__(self, tags=[]):\n        self.tags = tags\n"
    assert "mutable_default" in _kinds("m.py", source)


def _cost(source: str) -> set[str]:
    return {str(f.facts.complexity) for f in analyse("k.py", None, source)
            if f.kind == "complexity"}


@pytest.mark.parametrize("source", [
    ("def swap(data, width):\n    out = bytearray(len(data))\n"
     "    for i in range(0, len(data), width):\n        for j in range(width):\n"
     "            out[i + j] = data[i + width - 1 - j]\n    return out\n"),
    ("class Grid:\n    def cells(self):\n        out = []\n"
     "        for y in range(self.rows):\n            for x in range(self.cols):\n"
     "                out.append((x, y))\n        return out\n"),
])
def test_loops_over_steps_or_over_two_sizes_are_not_n_squared(source: str) -> None:
    assert "O(n^2)" not in _cost(source)


def test_two_loops_to_the_same_bound_are_n_squared() -> None:
    source = ("def pairs(xs):\n    n = len(xs)\n    out = 0\n    for i in range(n):\n"
              "        for j in range(n):\n            out += xs[i] * xs[j]\n    return out\n")
    assert "O(n^2)" in _cost(source)


_CONSTANT_TABLE = ("SPOOL_TABLE = 'event_spool'\n\n\n"
                   "def fetch(conn, after_id, limit):\n"
                   "    sql = (f'SELECT id, payload FROM {SPOOL_TABLE} '\n"
                   "           'WHERE id > ? ORDER BY id LIMIT ?')\n"
                   "    return conn.execute(sql, (after_id, limit)).fetchall()\n")


def test_sql_text_naming_a_module_constant_is_not_injection() -> None:
    """The table is the module's own literal; the values go as parameters."""
    assert "sql_injection" not in _kinds("s.py", _CONSTANT_TABLE)


@pytest.mark.parametrize("change", [
    ("SPOOL_TABLE = 'event_spool'", "SPOOL_TABLE = os.environ['TABLE']"),  # not a literal
    ("def fetch(conn, after_id, limit):\n",
     "def fetch(conn, after_id, limit):\n    SPOOL_TABLE = limit\n"),  # rebound in the function
    ("\n\n\ndef fetch", ("\n\n\ndef set_table(name):\n    global SPOOL_TABLE\n"
                        "    SPOOL_TABLE = name\n\n\ndef fetch")),  # rebound through `global`
])
def test_a_module_name_that_is_not_a_constant_still_counts(change: tuple[str, str]) -> None:
    assert "sql_injection" in _kinds("s.py", _CONSTANT_TABLE.replace(*change))


def test_an_injection_question_names_the_inputs_its_statement_uses() -> None:
    """Of the function's parameters, the question names those in the SQL, not those beside it."""
    source = ("def export(conn, table, columns, uploader):\n"
              "    rows = conn.execute(f\"SELECT {', '.join(columns)} FROM {table}\")\n"
              "    uploader.put(rows)\n")
    question = OfflineExaminer().ask_now(AskContext(session_id=0,
                                                    findings=analyse("e.py", None, source)))
    assert question is not None and question.kind == "sql_injection"
    assert "`table`" in question.text and "`columns`" in question.text
    assert "uploader" not in question.text


_CALLED_WITH_CONSTANTS = ("TABLES = {'orders': ('id', 'total'), 'refunds': ('id', 'reason')}\n\n\n"
                          "def export(conn, table, columns, out):\n"
                          "    cur = conn.execute(f\"SELECT {', '.join(columns)} FROM {table}\")\n"
                          "    out.write(cur.fetchall())\n\n\n"
                          "def run(conn, out):\n"
                          "    for table, columns in TABLES.items():\n"
                          "        export(conn, table, columns, out)\n"
                          "    export(conn, 'audit', ('id',), out=out)\n")


def test_sql_text_from_parameters_every_call_gives_constants_is_not_injection() -> None:
    """The module calls `export` only with its own table names and columns (a loop over a
    module constant, literals): the parameters are the program's text one call away."""
    assert "sql_injection" not in _kinds("x.py", _CALLED_WITH_CONSTANTS)


@pytest.mark.parametrize("change", [
    # one call passes its own caller's value
    ("    export(conn, 'audit', ('id',), out=out)\n",
     ("    export(conn, 'audit', ('id',), out=out)\n\n\ndef one(conn, name, out):\n"
      "    export(conn, name, ('id',), out)\n")),
    # nothing in the module calls it: its callers are unknown
    ("        export(conn, table, columns, out)\n    export(conn, 'audit', ('id',), out=out)\n",
     "        print(table, columns)\n"),
    # the loop's name is rebound before the call
    ("        export(conn, table, columns, out)\n",
     "        table = out.name\n        export(conn, table, columns, out)\n"),
    # the dict is not a literal
    ("TABLES = {'orders': ('id', 'total'), 'refunds': ('id', 'reason')}",
     "TABLES = load_tables()"),
])
def test_sql_text_from_parameters_a_call_gives_unknown_values_is_injection(
        change: tuple[str, str]) -> None:
    assert "sql_injection" in _kinds("x.py", _CALLED_WITH_CONSTANTS.replace(*change))


def test_a_call_in_a_nested_function_counts_among_the_calls() -> None:
    """A call inside a closure passes its own value: the parameter is not the module's text."""
    source = _CALLED_WITH_CONSTANTS + ("\n\ndef outer(conn, out):\n"
                                       "    def inner(name):\n"
                                       "        export(conn, name, ('id',), out)\n"
                                       "    return inner\n")
    assert "sql_injection" in _kinds("x.py", source)


_TABLE_LOOKUP = ("SORT_COLUMNS = {'date': 'o.created_at', 'total': 'o.total_cents'}\n\n\n"
                 "def orders(conn, sort='date', descending=False):\n"
                 "    column = SORT_COLUMNS.get(sort)\n"
                 "    if column is None:\n        raise ValueError(sort)\n"
                 "    direction = 'DESC' if descending else 'ASC'\n"
                 "    sql = f'SELECT id FROM orders ORDER BY {column} {direction}'\n"
                 "    return conn.execute(sql).fetchall()\n")


def test_sql_text_with_a_column_from_a_constant_table_is_not_injection() -> None:
    """The column is the table's own text (`.get` or `[...]`), whatever key the caller sends."""
    assert "sql_injection" not in _kinds("o.py", _TABLE_LOOKUP)
    assert "sql_injection" not in _kinds("o.py", _TABLE_LOOKUP.replace(
        "SORT_COLUMNS.get(sort)", "SORT_COLUMNS[sort]"))


@pytest.mark.parametrize("change", [
    ("SORT_COLUMNS.get(sort)", "SORT_COLUMNS.get(sort, sort)"),  # the caller's value as default
    ("SORT_COLUMNS = {'date': 'o.created_at', 'total': 'o.total_cents'}",
     "SORT_COLUMNS = load_columns()"),  # not a constant table
])
def test_sql_text_with_a_lookup_that_can_give_the_callers_value_is_injection(
        change: tuple[str, str]) -> None:
    assert "sql_injection" in _kinds("o.py", _TABLE_LOOKUP.replace(*change))
