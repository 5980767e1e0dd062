"""Analysis: findings per language, changed lines, broken code, and the triggers."""

from __future__ import annotations

import gc

import pytest
from examiner_corpus import CORPUS

from server.examiner import (
    analyse,
    changed_line_count,
    changed_lines,
    language_of,
    lines_since_question,
    should_ask,
    warm_up,
)
from server.examiner.analysis.rules import load_rules


def _kinds(path: str) -> dict[str, set[str]]:
    change = next(c for c in CORPUS if c.path == path)
    kinds: dict[str, set[str]] = {}
    for finding in analyse(change.path, change.before, change.after):
        kinds.setdefault(finding.kind, set()).add(finding.identifier)
    return kinds


@pytest.mark.parametrize(("path", "expected"), [
    ("inventory.py", {"function", "loop", "mutation", "data_structure", "path", "resource",
                      "sql", "risky", "except", "raise", "recursion", "concurrency", "io"}),
    # JavaScript, TypeScript, Go, Java, C, C++ and Rust are read through tree-sitter: their
    # hazards are the ranked kinds the rules find (rules/<language>.yaml), not token events
    ("cart.js", {"function", "loop", "quadratic", "code_injection", "except", "raise",
                 "recursion"}),
    ("store.ts", {"class", "function", "sql_injection", "loop"}),
    ("server.go", {"function", "sql_injection", "resource_leak", "loop", "recursion"}),
    ("Bank.java", {"class", "function", "raise", "resource_leak", "command_injection",
                   "except", "recursion"}),
    ("copy.c", {"function", "buffer_overflow", "resource_leak", "loop", "complexity"}),
    ("graph.cpp", {"function", "loop", "recursion", "quadratic", "except"}),
    ("lib.rs", {"function", "unhandled_error", "loop", "complexity", "recursion"}),
])
def test_each_language_yields_the_findings_its_code_holds(path: str, expected: set[str]) -> None:
    """Functions, loops, recursion, errors, I/O, mutation and risky patterns per language."""
    assert expected <= set(_kinds(path))


def test_python_facts_carry_nesting_derived_cost_raises_and_catches() -> None:
    """The facts used for grading come from the code itself."""
    change = CORPUS[0]
    findings = {(f.kind, f.identifier): f for f in analyse(change.path, change.before,
                                                            change.after)}
    pairs = findings[("loop", "find_pairs")]
    assert pairs.facts.loop is not None and pairs.facts.loop.depth == 2
    assert pairs.facts.cost is None and "complexity" not in pairs.facts.to_json()
    assert pairs.detail == "loops nested 2 levels" and pairs.language == "python"
    # The cost is a separate finding, stated only because both loops walk the same `items`.
    costs = [f for f in analyse(change.path, change.before, change.after)
             if f.kind == "complexity" and f.identifier == "find_pairs"]
    assert any(c.facts.complexity == "O(n^2)" and "`items`" in c.detail for c in costs)
    report = findings[("function", "load_report")]
    unit = report.facts.unit
    assert unit is not None and unit.raises == ("LookupError",)
    assert unit.catches == ("KeyError", "ValueError")
    assert unit.params == ("name", "db")
    assert findings[("recursion", "depth")].facts.to_json()["recursive"] is True


def test_typed_facts_keep_the_flat_keys_prompts_and_stored_questions_read() -> None:
    """A finding's typed facts serialise to the JSON object they always were: the unit's
    summary under "function", a ranked finding's place and its analyser's own facts."""
    change = CORPUS[0]
    findings = analyse(change.path, change.before, change.after)
    report = next(f for f in findings if (f.kind, f.identifier) == ("function", "load_report"))
    assert report.facts.to_json() == {
        "function": "load_report", "qualname": "load_report", "new": True,
        "params": ["name", "db"], "nesting": 0, "raises": ["LookupError"],
        "catches": ["KeyError", "ValueError"], "recursive": False, "is_async": False,
        "has_docstring": False, "length": report.facts.length}
    sql = next(f for f in findings if f.kind == "sql_injection")
    flat = sql.facts.to_json()
    assert {"rank", "in_change", "line_text", "params", "function", "is_async", "nesting",
            "recursive", "names", "rule"} <= set(flat)
    assert flat["function"] == sql.facts.function == "load_report"
    assert flat["in_change"] is True and flat["rule"] == sql.facts.rule_id
    cost = next(f for f in findings if f.kind == "complexity" and f.facts.complexity)
    assert cost.facts.to_json()["complexity"] == "O(n^2)"
    assert cost.facts.cost is not None and cost.facts.to_json()["loop_line"] == \
        cost.facts.cost.loop_line


def test_tree_analysis_finds_loop_nesting_in_every_brace_language() -> None:
    """Go's three-clause for loops, C's and Rust's nested loops nest 2 deep."""
    for path in ("server.go", "copy.c", "cart.js", "lib.rs"):
        change = next(c for c in CORPUS if c.path == path)
        loops = [f for f in analyse(path, change.before, change.after) if f.kind == "loop"]
        loop = loops[0].facts.loop if loops else None
        assert loop is not None and loop.depth == 2, path


def test_python_with_a_syntax_error_falls_back_to_tokens() -> None:
    """Mid-edit code that does not parse still gives functions, loops and risky calls."""
    broken = ("def parse(rows:\n    for r in rows:\n        for c in r:\n            eval(c)\n"
              "    raise ValueError('bad')\n")
    kinds = {(f.kind, f.identifier) for f in analyse("p.py", None, broken)}
    assert {("function", "parse"), ("loop", "parse"), ("risky", "parse"),
            ("raise", "parse")} <= kinds
    loop = next(f for f in analyse("p.py", None, broken) if f.kind == "loop")
    assert loop.facts.loop is not None and loop.facts.loop.depth == 2


def test_a_large_python_file_with_a_syntax_error_elsewhere_is_still_analysed() -> None:
    """Only the definitions around the change need to parse."""
    body = "".join(f"def f{i}(x):\n    return x + {i}\n\n\n" for i in range(150))
    before = body + "def broken(:\n    pass\n"
    after = before.replace("return x + 7\n", "for y in x:\n        print(y)\n    return x\n")
    kinds = {(f.kind, f.identifier) for f in analyse("big.py", before, after)}
    assert ("loop", "f7") in kinds and ("io", "f7") in kinds


def test_nothing_changed_means_no_findings() -> None:
    """Identical texts give no findings and no changed lines."""
    text = "def f(x):\n    return x\n"
    assert analyse("f.py", text, text) == []
    assert changed_line_count(text, text) == 0


def test_changed_line_count_adds_added_and_removed_lines() -> None:
    """A replaced line counts twice (removed and added); new files count every line."""
    assert changed_line_count("a\nb\nc\n", "a\nB\nc\nd\n") == 3
    assert changed_line_count(None, "a\nb\n") == 2
    assert changed_lines("a\nb\nc\n", "a\nc\n") == {1, 2}


def test_languages_come_from_the_extension() -> None:
    """Known extensions map to languages; others are text (and get no findings)."""
    assert [language_of(p) for p in ("a.py", "b.tsx", "c.go", "d.hpp", "e.rs", "f.txt")] == [
        "python", "typescript", "go", "cpp", "rust", "text"]
    assert analyse("notes.txt", None, "just some words\n") == []


@pytest.mark.parametrize(("lines", "since", "open_", "expected"), [
    (5, None, 0, True),      # first question once enough has changed
    (4, None, 0, False),     # too few lines
    (12, 30.0, 0, False),    # cooldown still running
    (12, 60.0, 0, True),     # cooldown over
    (12, 600.0, 1, False),   # a question is still open
])
def test_should_ask_needs_lines_time_and_no_open_question(lines, since, open_, expected) -> None:
    """SPEC §6 with MIN_CODE_CHANGE_LINES=5, MIN_TIME_BETWEEN_INTERACTIONS=60, max_open=1."""
    assert should_ask(lines_changed=lines, seconds_since_last=since, open_questions=open_,
                      min_lines=5, min_seconds=60, max_open=1) is expected


def test_lines_are_counted_against_the_workspace_at_the_last_question() -> None:
    """Many one-line edits add up against the snapshot, so they eventually trigger."""
    snapshot = {"a.py": "x = 1\n"}
    files = dict(snapshot)
    asked = False
    for n in range(6):
        files["a.py"] = files["a.py"] + f"y{n} = {n}\n"
        lines = lines_since_question(snapshot, files)
        asked = should_ask(lines_changed=lines, seconds_since_last=120, open_questions=0,
                           min_lines=5, min_seconds=60, max_open=1)
        if asked:
            break
    assert asked and n == 4
    assert lines_since_question({"a.py": "1\n2\n"}, {"b.py": "3\n"}) == 3


def test_c_cpp_and_rust_units_come_from_their_grammars() -> None:
    """Names under pointer and function-pointer declarators, parameters, and calls that reach
    the function itself: bare or `this->` in a C++ member, `self.`/`Self::` in a Rust method;
    a call of the same name on another object is not recursion."""
    from server.examiner.analysis.trees import tree_units

    c = ("char *dup(const char *s) { return strdup(s); }\n"
         "int (*pick(int k))(int) { return k ? inc : dec; }\n"
         "int fact(int n) { return n <= 1 ? 1 : n * fact(n - 1); }\n")
    units = {u.name: u for u in tree_units(c, "c", {1, 2, 3})}
    assert set(units) == {"dup", "pick", "fact"}
    assert units["dup"].params == ["s"] and units["pick"].params == ["k"]
    assert [e.kind for e in units["fact"].events] == ["recursion"]
    cpp = ("class Tree {\n public:\n  int size(Node* n) { return n ? 1 + this->size(n->l) : 0; }\n"
           "  void save(Store& s) { s.save(); }\n};\n")
    units = {u.name: u for u in tree_units(cpp, "cpp", set(range(1, 6)))}
    assert units["Tree"].members == ["size", "save"]
    assert [e.kind for e in units["size"].events] == ["recursion"]
    assert units["save"].events == []
    rust = ("impl Walker {\n    fn walk(&self, n: u32) -> u32 { if n == 0 { 0 } else { self.walk(n - 1) } }\n"
            "    fn close(&self, f: File) { f.close(); }\n}\n"
            "fn spin(x: u32) -> u32 { spin(x + 1) }\n")
    units = {u.name: u for u in tree_units(rust, "rust", set(range(1, 6)))}
    assert units["walk"].params == ["n"] and [e.kind for e in units["walk"].events] == ["recursion"]
    assert units["close"].events == []
    assert [e.kind for e in units["spin"].events] == ["recursion", "missing_base_case"]


def test_code_nested_deeper_than_the_tree_walks_is_read_as_text_not_a_crash() -> None:
    """A table of a thousand terms parses, but is nested deeper than a recursive walk goes: the
    file's units are still found (read as text), and nothing raises."""
    from server.examiner import analyse

    deep = ("TABLE = (lambda s: " + " + ".join(f"{i} * s" for i in range(1000)) + ")\n\n\n"
            "def build(items):\n    out = ''\n    for i in items:\n        out += str(i)\n    return out\n")
    found = analyse("deep.py", None, deep)
    assert ("function", "build") in {(f.kind, f.identifier) for f in found}


def test_warm_up_loads_every_language_once_and_freezes_what_lives() -> None:
    """The server runs it at start: afterwards the rule tables are out of the collector's
    full passes (`gc.freeze`), and a second call does nothing."""
    warm_up()
    assert gc.get_freeze_count() > 0
    assert load_rules.cache_info().currsize >= 8
    frozen = gc.get_freeze_count()
    warm_up()
    assert gc.get_freeze_count() == frozen
