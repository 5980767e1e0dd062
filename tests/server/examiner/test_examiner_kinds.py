"""Ranked findings: ruff and ast for Python, line patterns elsewhere; costs only where derivable."""

from __future__ import annotations

import pytest

from server.examiner import analyse
from server.examiner.analysis import ruff as _ruff
from server.examiner.grading import grade
from server.examiner.kinds import KINDS
from server.examiner.questions import candidate_questions


def _first(path: str, source: str, kind: str | None = None):  # type: ignore[no-untyped-def]
    questions = candidate_questions(analyse(path, None, source))
    if kind is not None:
        questions = [q for q in questions if q.kind == kind]
    assert questions, [q.kind for q in candidate_questions(analyse(path, None, source))]
    return questions[0]


def test_a_halving_loop_is_logarithmic() -> None:
    """A binary search's while loop halves its range: O(log n), stated as derived."""
    source = ("def find(xs, x):\n    lo, hi = 0, len(xs)\n    while lo < hi:\n"
              "        mid = (lo + hi) // 2\n        if xs[mid] < x:\n            lo = mid + 1\n"
              "        else:\n            hi = mid\n    return lo\n")
    question = _first("s.py", source, "complexity")
    assert question.facts["complexity"] == "O(log n)" and "halves" in question.text


def test_a_loop_bounded_by_a_retry_constant_has_no_input_size() -> None:
    """range(MAX_ATTEMPTS) around a loop claims no cost: there is no complexity question."""
    source = ("MAX_ATTEMPTS = 3\n\n\ndef send(batches, post):\n"
              "    for attempt in range(MAX_ATTEMPTS):\n        for batch in batches:\n"
              "            post(batch)\n")
    costs = [q for q in candidate_questions(analyse("r.py", None, source))
             if q.kind == "complexity"]
    assert all(q.facts.get("complexity") in (None, "O(1)") for q in costs)
    assert not any("O(" in q.text or "quadratic" in q.text for q in costs)


def test_rows_and_their_cells_are_linear_in_the_cells() -> None:
    """An inner loop over the current row's cells is not quadratic; saying so is wrong."""
    source = ("def totals(sheet):\n    out = {}\n    for row in sheet.rows:\n"
              "        for cell in row.cells:\n            out[cell.col] = out.get(cell.col, 0)"
              " + cell.value\n    return out\n")
    question = _first("t.py", source, "complexity")
    assert question.facts["complexity"] == "O(total)" and "quadratic" not in question.text
    wrong = grade(question, "Two nested loops, so totals is O(n^2): it grows quadratically.")
    right = grade(question, "It is linear in the number of cells: the inner loop walks only the "
                            "cells of the current row, so each cell is visited once in total.")
    assert wrong.misconceptions and not right.misconceptions and right.score > wrong.score


def test_a_list_searched_while_the_loop_fills_it_is_quadratic() -> None:
    """`if w not in seen: seen.append(w)` over n items: the list grows with the loop, n × n."""
    source = ("def unique(words):\n    seen = []\n    for w in words:\n        if w not in seen:\n"
              "            seen.append(w)\n    return seen\n")
    question = _first("u.py", source, "complexity")
    assert question.facts["complexity"] == "O(n^2)" and "gains an item" in question.text
    right = grade(question, "seen grows to one entry per distinct word and `w not in seen` scans "
                            "it each time, so unique is quadratic, O(k^2); a set makes it linear.")
    wrong = grade(question, "It loops over the words once, so unique is O(n), linear.")
    assert right.score >= 8 and wrong.misconceptions and right.score > wrong.score


def test_a_single_loop_gets_no_complexity_question_and_no_nesting_depth() -> None:
    """One loop is not 'nested 1 deep' and gets no cost question."""
    source = "def total(items):\n    s = 0\n    for x in items:\n        s += x\n    return s\n"
    questions = candidate_questions(analyse("u.py", None, source))
    assert not [q for q in questions if q.kind == "complexity"]
    assert not any("deep" in q.text for q in questions)


def test_the_most_important_finding_in_the_change_is_asked_first() -> None:
    """SQL built from input outranks a nested loop in the same change."""
    source = ("def search(db, name, items):\n    for a in items:\n        for b in items:\n"
              "            print(a, b)\n"
              "    return db.execute(f\"SELECT * FROM users WHERE name = '{name}'\")\n")
    assert _first("q.py", source).kind == "sql_injection"


def test_without_ruff_the_ast_findings_stand_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """ruff missing: SQL from an f-string and a mutable default are still found."""
    monkeypatch.setattr(_ruff, "ruff_binary", lambda: None)
    monkeypatch.setattr(_ruff, "_cache", type(_ruff._cache)())
    import server.examiner.analysis.risks as risks

    monkeypatch.setattr(risks, "ruff_binary", lambda: None)
    source = ("def find(db, name, seen=[]):\n    seen.append(name)\n"
              "    return db.execute(f\"SELECT * FROM t WHERE n = '{name}'\")\n")
    kinds = {f.kind for f in analyse("n.py", None, source)}
    assert {"sql_injection", "mutable_default"} <= kinds


def test_ruff_rules_map_to_kinds() -> None:
    """random for tokens (S311) and a loop closure (B023) come from ruff."""
    assert _ruff.ruff_binary() is not None
    source = ("import random\n\n\ndef token():\n    return ''.join(random.choice('ab') "
              "for _ in range(32))\n\n\ndef handlers(names):\n    out = []\n"
              "    for name in names:\n        out.append(lambda: print(name))\n    return out\n")
    kinds = {f.kind for f in analyse("k.py", None, source)}
    assert {"insecure_random", "late_binding"} <= kinds
    assert _ruff.kind_of("ASYNC251") == "blocking_in_async" and _ruff.kind_of("E501") is None


@pytest.mark.parametrize(("path", "source", "kind"), [
    ("a.js", "function show(el, name) {\n  el.innerHTML = '<b>' + name + '</b>';\n}\n", "xss"),
    ("b.js", "function run(code) {\n  return eval(code);\n}\n", "code_injection"),
    ("c.ts", ("export function load(text: string) {\n  const data = JSON.parse(text);\n"
             "  return data.items;\n}\n"), "unhandled_error"),
    ("d.go", ("package p\n\nfunc Save(path string, b []byte) {\n\t_ = os.WriteFile(path, b, 0o600)"
             "\n}\n"), "ignored_error"),
    ("e.java", ("class A {\n  boolean same(String a, String b) {\n    return a == \"admin\";\n"
               "  }\n}\n"), "equality_bug"),
    ("f.java", ("class B {\n  void read(String p) throws Exception {\n"
               "    FileInputStream in = new FileInputStream(p);\n    in.read();\n  }\n}\n"),
     "resource_leak"),
    ("g.go", ("package p\n\nfunc Find(db *sql.DB, name string) {\n\tq := fmt.Sprintf(\"SELECT id "
             "FROM users WHERE name = '%s'\", name)\n\tdb.Query(q)\n}\n"), "sql_injection"),
    ("h.c", ("#include <string.h>\n\nvoid greet(const char *name) {\n  char buf[16];\n"
            "  strcpy(buf, name);\n}\n"), "buffer_overflow"),
    ("i.cpp", ("#include <vector>\n\nvoid drain(std::vector<int>& q) {\n  while (!q.empty()) {\n"
              "    use(q.front());\n    q.erase(q.begin());\n  }\n}\n"), "quadratic"),
    ("j.cpp", ("void run(const char *cmd) {\n  system(cmd);\n}\n"), "command_injection"),
    ("k.rs", ("fn port(s: &str) -> u16 {\n    s.parse::<u16>().unwrap()\n}\n"),
     "unhandled_error"),
    ("m.ts", ("export function page(size?: number): number {\n  const n = size || 20;\n"
             "  return n;\n}\n"), "equality_bug"),
    ("n.js", ("async function saveAll(items) {\n  items.forEach(async (item) => {\n"
             "    await save(item);\n  });\n}\n"), "unawaited"),
    ("o.go", ("package p\n\nfunc f(parent context.Context) error {\n\tctx, _ := "
             "context.WithTimeout(parent, time.Second)\n\treturn call(ctx)\n}\n"),
     "resource_leak"),
    ("p.js", ("function mergeRanges(ranges) {\n  const sorted = ranges.sort((a, b) => a.start - b.start);\n"
              "  return sorted;\n}\n"), "mutated_argument"),
    ("l.rs", ("async fn bump(m: &Mutex<u32>) {\n    let mut g = m.lock().unwrap();\n"
             "    *g += 1;\n    save().await;\n}\n"), "blocking_in_async"),
])
def test_brace_languages_find_their_risks(path: str, source: str, kind: str) -> None:
    """The rules of JavaScript, TypeScript, Go, Java, C, C++ and Rust, end to end."""
    kinds = [f.kind for f in analyse(path, None, source) if f.kind in KINDS]
    assert kind in kinds, kinds


def test_two_self_calls_on_a_smaller_input_ask_about_the_number_of_calls() -> None:
    """fib(n - 1) + fib(n - 2): exponential calls; 'it is O(n)' is wrong, memoised is not."""
    source = "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"
    question = _first("f.py", source)
    assert question.kind == "branching_recursion" and "twice" in question.text
    right = grade(question, "It makes about 2^n calls because fib(n-1) and fib(n-2) recompute "
                            "the same values again and again; with memoisation it is O(n).")
    wrong = grade(question, "It is O(n) because each call reduces n by one until the base case.")
    assert not right.misconceptions and wrong.misconceptions and right.score >= 7 > wrong.score


def test_an_async_function_called_without_await_in_javascript() -> None:
    """save(req.body) with save async and no await: the question is about the lost promise."""
    source = ("async function save(user) {\n  await db.insert(user);\n}\n\n"
              "function handler(req, res) {\n  save(req.body);\n  res.send('ok');\n}\n")
    question = _first("h.js", source)
    assert question.kind == "unawaited" and "without waiting" in question.text
    assert "is async, but" not in question.text  # handler itself is not async


def test_goroutines_appending_to_a_slice_declared_outside_them_race() -> None:
    """out = append(out, ...) inside go func without a lock is a race."""
    source = ("package p\n\nfunc Collect(urls []string) []string {\n\tvar out []string\n"
              "\tvar wg sync.WaitGroup\n\tfor _, u := range urls {\n\t\twg.Add(1)\n"
              "\t\tgo func(u string) {\n\t\t\tdefer wg.Done()\n"
              "\t\t\tout = append(out, fetch(u))\n\t\t}(u)\n\t}\n\twg.Wait()\n"
              "\treturn out\n}\n")
    question = _first("c.go", source)
    assert question.kind == "race_condition" and "`out`" in question.text


def test_a_large_file_is_checked_around_the_change_with_true_line_numbers() -> None:
    """Only the changed block (plus imports) goes to the analysers; lines keep their numbers."""
    from server.examiner.analysis.risks import _focus

    body = "".join(f"def f{i}(x):\n    return x + {i}\n\n\n" for i in range(80))
    source = "import os\n\n\n" + body + "def g(p):\n    return os.system('ls ' + p)\n"
    lines = source.split("\n")
    focused = _focus(source, {len(lines) - 1}).split("\n")
    assert len(focused) == len(lines) and focused[0] == "import os"
    assert focused[-2] == lines[-2] and focused[4] == ""
    finding = next(f for f in analyse("big.py", source.replace("os.system('ls ' + p)", "p"),
                                      source) if f.kind == "command_injection")
    assert lines[finding.line - 1].strip().startswith("return os.system")


def test_ruff_results_are_cached_by_content() -> None:
    """The same text is not checked twice; a changed text is."""
    text = "import pickle\n\n\ndef load(b):\n    return pickle.loads(b)\n"
    first = _ruff.Pending(text, "c.py").result()
    assert [d.kind for d in first] == ["unsafe_deserialization"]
    again = _ruff.Pending(text, "c.py")
    assert again.result() is first


def test_a_parameter_named_like_a_module_is_not_that_module() -> None:
    """`requests` or `json` as a function's own name is a list or a dict, not the library: no
    I/O, nothing blocking the event loop; the module itself still is both."""
    source = ("import requests\n\n\nasync def handle(requests):\n    requests.append(1)\n\n\n"
              "async def fetch(url):\n    return requests.get(url)\n\n\n"
              "def save(path):\n    json = {}\n    json.update(path=path)\n    return json\n")
    found = {(f.kind, f.identifier) for f in analyse("m.py", None, source)}
    assert {("blocking_in_async", "fetch"), ("io", "fetch")} <= found
    assert not {(k, ident) for k, ident in found
                if k in ("io", "blocking_in_async") and ident in ("handle", "save")}


_PIECES = [  # an inner loop over a part of the outer loop's current item: linear in the pieces
    ("w.py", ("def count(lines):\n    n = 0\n    for line in lines:\n"
             "        for word in line.split():\n            n += len(word)\n    return n\n")),
    ("w.go", ("package m\n\nimport \"strings\"\n\nfunc Count(lines []string) int {\n\tn := 0\n"
             "\tfor _, line := range lines {\n\t\tfor _, w := range strings.Fields(line) {\n"
             "\t\t\tn += len(w)\n\t\t}\n\t}\n\treturn n\n}\n")),
    ("w.js", ("function total(rows) {\n  let n = 0;\n  for (const row of rows) {\n"
             "    for (const cell of row.cells) {\n      n += cell;\n    }\n  }\n  return n;\n}\n")),
    ("w.rs", ("fn count(text: &str) -> usize {\n    let mut n = 0;\n    for line in text.lines() {\n"
             "        for word in line\n            .split(' ')\n        {\n"
             "            n += word.len();\n        }\n    }\n    n\n}\n")),
]
_TWO_COLLECTIONS = [  # the inner loop walks a whole collection again for every outer item
    ("x.py", ("def matches(users, orders):\n    n = 0\n    for u in users:\n"
             "        for o in orders.matching(u):\n            n += 1\n    return n\n")),
    ("x.js", ("function total(users, orders) {\n  let n = 0;\n  for (const u of users) {\n"
             "    for (const o of orders.filter((o) => o.user === u.id)) {\n      n += 1;\n"
             "    }\n  }\n  return n;\n}\n")),
    ("x.go", ("package m\n\nfunc Same(a []int, b []int) int {\n\tn := 0\n\tfor _, x := range a {\n"
             "\t\tfor _, y := range b {\n\t\t\tif x == y {\n\t\t\t\tn++\n\t\t\t}\n\t\t}\n\t}\n"
             "\treturn n\n}\n")),
]


@pytest.mark.parametrize(("path", "source"), _PIECES, ids=[p for p, _ in _PIECES])
def test_an_inner_loop_over_a_piece_of_the_outer_item_is_linear(path: str, source: str) -> None:
    """Lines and their words, rows and their cells: each piece is visited once, O(total),
    and the question says so rather than asking for a nesting cost it could get wrong."""
    question = _first(path, source, "complexity")
    assert question.facts["complexity"] == "O(total)", question.text
    assert "once per piece in total" in question.text or "once per item" in question.text


@pytest.mark.parametrize(("path", "source"), _TWO_COLLECTIONS,
                         ids=[p for p, _ in _TWO_COLLECTIONS])
def test_an_inner_loop_over_another_collection_is_not_called_linear(path: str,
                                                                   source: str) -> None:
    """`orders.filter(...)` per user takes the user as an argument but walks every order."""
    costs = [q for q in candidate_questions(analyse(path, None, source))
             if q.kind == "complexity"]
    assert costs and all(q.facts.get("complexity") != "O(total)" for q in costs)


def test_an_open_cost_question_comes_after_the_questions_that_find_something() -> None:
    """An open "how often does this run" question claims nothing, so it waits behind a design
    finding (a function of seven parameters) that the performance category would otherwise
    put after it; a derived quadratic cost still comes first."""
    from server.examiner.analysis.kinds import Kind

    header = "def pairs(a, b, c, d, e, f, g):\n    n = 0\n"
    open_cost = header + ("    for x in a:\n        for y in b:\n            n += x * y\n"
                          "    return n\n")
    kinds = [q.kind for q in candidate_questions(analyse("p.py", None, open_cost))]
    assert kinds.index("design") < kinds.index("complexity")
    quadratic = header + ("    for x in a:\n        for y in a:\n            n += x * y\n"
                          "    return n\n")
    kinds = [q.kind for q in candidate_questions(analyse("p.py", None, quadratic))]
    assert kinds.index("complexity") < kinds.index("design")
    assert not Kind.COMPLEXITY.asserts_defect(None)
    assert not Kind.COMPLEXITY.asserts_defect("O(total)")
    assert Kind.COMPLEXITY.asserts_defect("O(n^2)")
    assert not Kind.UNHANDLED_ERROR.asserts_defect() and Kind.SQL_INJECTION.asserts_defect()


def test_extracting_a_tar_without_a_filter_is_path_traversal() -> None:
    """ruff's S202: `extractall` writes wherever the members' names point; `filter='data'`
    (PEP 706) refuses absolute paths and `..`."""
    source = ("import tarfile\n\n\ndef unpack(src, dest):\n    with tarfile.open(src) as tf:\n"
              "        tf.extractall(dest)\n")
    assert _first("t.py", source).kind == "path_traversal"
    safe = source.replace("extractall(dest)", "extractall(dest, filter='data')")
    assert "path_traversal" not in {q.kind for q in candidate_questions(analyse("t.py", None, safe))}


_STATIC = ("import os\nfrom http.server import BaseHTTPRequestHandler\nfrom urllib.parse import "
           "unquote, urlparse\n\nPUBLIC = '/srv/public'\n\n\nclass Files(BaseHTTPRequestHandler):\n"
           "    def do_GET(self):\n        name = unquote(urlparse(self.path).path[len('/f/'):])\n"
           "        full = os.path.join(PUBLIC, name)\n        with open(full, 'rb') as fh:\n"
           "            self.wfile.write(fh.read())\n")


def test_an_http_server_handler_reads_its_path_from_the_request() -> None:
    """BaseHTTPRequestHandler's `do_GET` takes `self.path` from the client: joined to a folder
    unchecked, it is a traversal; checked with commonpath, or a fixed name, it is not."""
    assert _first("s.py", _STATIC).kind == "path_traversal"
    checked = _STATIC.replace(
        "        with open(full", "        if os.path.commonpath([PUBLIC, os.path.realpath(full)])"
        " != PUBLIC:\n            return\n        with open(full")
    fixed = _STATIC.replace("os.path.join(PUBLIC, name)", "os.path.join(PUBLIC, 'index.html')")
    for source in (checked, fixed):
        kinds = {q.kind for q in candidate_questions(analyse("s.py", None, source))}
        assert "path_traversal" not in kinds


def test_test_code_may_ignore_errors_but_not_get_results_wrong() -> None:
    """A Go test that throws away os.Remove's error is not asked about it; the same code in a
    program is. A wrong comparison in a test is still a defect."""
    source = ("package m\n\nimport \"os\"\n\nfunc TestClean(t *testing.T) {\n"
              "\tos.Remove(\"/tmp/x\")\n\tif got := run(); got != 3 {\n"
              "\t\tt.Fatal(got)\n\t}\n}\n")
    in_program = {q.kind for q in candidate_questions(analyse("clean.go", None, source))}
    in_test = {q.kind for q in candidate_questions(analyse("clean_test.go", None, source))}
    assert "ignored_error" in in_program and "ignored_error" not in in_test
    equality = ("class FooTest {\n  void same(String a) {\n    String b = a.trim();\n"
                "    assertTrue(a == b);\n  }\n}\n")
    assert "equality_bug" in {q.kind for q in candidate_questions(
        analyse("src/test/java/FooTest.java", None, equality))}


def test_numbers_sorted_as_strings_are_graded_on_the_sort_not_on_equality() -> None:
    """The question is about sort's default order: a plain correct answer covers its key
    points; the claim that a `number[]` type makes the order numeric is wrong."""
    source = ("export function median(xs: number[]): number {\n"
              "  const sorted = [...xs].sort();\n  return sorted[Math.floor(sorted.length / 2)];\n"
              "}\n")
    question = _first("m.ts", source, "sorted_as_strings")
    right = grade(question, "sort() with no compare function compares the numbers in xs as "
                            "strings, so [10, 9, 1] becomes [1, 10, 9]; pass (a, b) => a - b.")
    wrong = grade(question, "Because xs is typed number[], sort() compares the values "
                            "numerically, so [10, 9, 1] comes out as [1, 9, 10].")
    assert right.score >= 8 and not right.misconceptions, right
    assert wrong.misconceptions and wrong.score <= right.score - 5


def test_a_backtracking_pattern_is_a_denial_of_service_with_its_own_rubric() -> None:
    """A nested quantifier matched against a record's field is asked as a security question;
    its rubric wants the exponential backtracking and an unambiguous pattern (not a quadratic
    cost and a set), and names only code names, never the pattern's pieces."""
    source = ('import re\nPATH = re.compile(r"^(/?[\\w.-]+)+$")\n\n\n'
              'def valid_path(request):\n    bare = request.path.split("?", 1)[0]\n'
              '    return PATH.match(bare) is not None\n')
    question = _first("s.py", source)
    assert question.kind == "denial_of_service" and question.line == 7
    points = {p.id: p for p in question.rubric.key_points}
    assert {"value", "cause", "fix"} <= set(points)
    assert "exponential" in points["value"].evidence and "O(n^2)" not in points["value"].evidence
    assert points["this_code"].evidence == ["valid_path"]
    strong = ("In valid_path a long path of letters then one bad character makes re try every split "
              "of the run "
              "between the group's iterations, exponential time that hangs the server; make the "
              "slash required so each character matches one way.")
    assert grade(question, strong).score >= 8
