"""Findings of the ranked kinds: ruff and ast for Python, line patterns for the brace languages."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right
from dataclasses import replace
from typing import Final

from ..finding import Finding
from ..kinds import rank
from .contracts import strict_bound_risks
from .facts import rule_risks, verify_python
from .finding_facts import (
    BranchingFacts,
    CostFacts,
    DesignFacts,
    EventFacts,
    Facts,
    PlaceFacts,
    RuffFacts,
    RuleFacts,
)
from .kinds import Category, Kind
from .percall import tree_per_call_scans
from .pycovpy import covpy_premise_fails
from .pyrisk import python_risks
from .risk import Risk
from .ruff import QUESTIONS as RUFF_QUESTIONS
from .ruff import RULE_OF as RUFF_RULE_OF
from .ruff import SEVERITY_OF as RUFF_SEVERITY_OF
from .ruff import Diagnostic, Pending, ruff_binary
from .trees import TREE_LANGUAGES
from .units import Unit, UnitEvent, owner

_TOP_LEVEL: Final = re.compile(r"^(import\s|from\s|[A-Za-z_][\w.]*\s*(:[^=]+)?=[^=])")
_REGION_MIN_LINES: Final = 200
_PER_KIND: Final = 2
_NAME: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]{2,}|\b\d{2,}\b")
_MAX_NAMES: Final = 120
"""Identifiers and numbers around a finding: an answer that uses them is about this code."""
_RISKY: Final = (
    ("code_injection", re.compile(r"^(eval|exec|compile|__import__|function|settimeout_string|"
                                  r"vm\.)", re.IGNORECASE)),
    ("command_injection", re.compile(r"system|popen|exec|spawn|command|getoutput", re.IGNORECASE)),
    ("unsafe_deserialization", re.compile(r"pickle|yaml|marshal|readobject|unserialize",
                                          re.IGNORECASE)),
    ("xss", re.compile(r"innerhtml|outerhtml|document\.write", re.IGNORECASE)),
)


def _focus(source: str, changed: set[int]) -> str:
    """For a large file: the changed top-level blocks plus imports and module assignments.

    Other lines are blanked, so line numbers stay true and ruff still resolves imports.
    """
    lines = source.split("\n")
    if len(lines) < _REGION_MIN_LINES or not changed:
        return source
    keep = [False] * len(lines)
    starts = [n for n, t in enumerate(lines) if t and not t[0].isspace() and t[0] not in ")]}#"]
    bounds = [0, *starts, len(lines)]
    for block in {bisect_right(bounds, n - 1) - 1 for n in changed if 0 < n <= len(lines)}:
        for j in range(bounds[block], bounds[block + 1]):
            keep[j] = True
    out = [t if keep[n] or _TOP_LEVEL.match(t) else "" for n, t in enumerate(lines)]
    return "\n".join(out)


def _risky_kind(subject: str) -> str:
    for kind, pattern in _RISKY:
        if pattern.search(subject):
            return kind
    return "code_injection"


def _linear_in_total(e: UnitEvent, name: str) -> Risk:
    """An inner loop over the outer loop's slice (`windowed_loop`) or over a piece of its
    current item (`item_loop`): its body runs once per item, or piece, in total."""
    if e.kind == "windowed_loop":
        how = (f"the inner loop walks `{e.detail}`, the part of `{e.subject}` for the current "
               f"outer step only, so over the whole of `{e.subject}` its body runs once per "
               "item in total")
    else:
        walked = " ".join(e.detail.split())
        walked = walked if len(walked) <= 60 else walked[:57] + "..."
        how = (f"the inner loop walks `{walked}`, a part of the outer loop's current "
               f"`{e.subject}` only, so over the whole input its body runs once per piece in "
               "total")
    return Risk("complexity", e.line, name, how,
                Facts(cost=CostFacts("O(total)", how, e.line, how)))


def _from_events(units: list[Unit], ruff_ran: bool) -> list[Risk]:
    """Risks the unit analysers already record (the fallback when ruff is absent)."""
    out: list[Risk] = []
    for unit in (u for u in units if u.kind == "function"):
        for e in unit.events:
            kind = ""
            if e.kind in ("recursion", "missing_base_case"):
                kind = e.kind
            elif e.kind == "branching_recursion":
                out.append(Risk(e.kind, e.line, unit.name, e.detail,
                                Facts(branching=BranchingFacts(2))))
                continue
            elif e.kind == "nested_loop":
                # an open cost question: the tree shows the nesting, not the sizes
                out.append(Risk("complexity", e.line, unit.name, f"{e.detail} contains "
                                f"{e.subject}", Facts(cost=CostFacts(
                                    None, e.subject, e.line, outer=e.detail))))
                continue
            elif e.kind in ("windowed_loop", "item_loop"):
                out.append(_linear_in_total(e, unit.name))
                continue
            elif e.kind == "resource":
                kind = "resource_leak"
            elif e.kind == "path" and not ruff_ran:
                kind = "path_traversal"
            elif e.kind == "sql" and not ruff_ran:
                kind = "sql_injection"
            elif e.kind == "risky" and not ruff_ran:
                kind = _risky_kind(e.subject)
            elif e.kind == "mutation" and e.subject == "default" and not ruff_ran:
                kind = "mutable_default"
            elif e.kind == "except" and "ignores" in e.detail and not ruff_ran:
                kind = "swallowed_exception"
            if kind:
                out.append(Risk(kind, e.line, unit.name, e.detail,
                                Facts(event=EventFacts(e.subject))))
    return out


_MANY_PARAMS: Final = 6
_LONG_FUNCTION: Final = 60
"""The thresholds Python's design finding uses too (``pyrisk._design``)."""


def _design(units: list[Unit]) -> list[Risk]:
    """A function with many parameters or many lines: a question about its responsibilities."""
    out: list[Risk] = []
    for unit in (u for u in units if u.kind == "function"):
        length = unit.end - unit.line + 1
        if len(unit.params) > _MANY_PARAMS or length > _LONG_FUNCTION:
            what = f"{len(unit.params)} parameters" if len(unit.params) > _MANY_PARAMS \
                else f"{length} lines"
            out.append(Risk("design", unit.line, unit.name, f"`{unit.name}` takes {what}",
                            Facts(design=DesignFacts(tuple(unit.params), length))))
    return out


_DEFINED: Final = re.compile(r"\b(?:def|function|func|class|interface|struct)\s+"
                             r"(?:\([^)]*\)\s*)?([A-Za-z_]\w*)")


def _names_for(span: list[str], defined: list[str]) -> list[str]:
    """The names around a finding, then the functions and classes the file defines."""
    near = sorted(set(_NAME.findall("\n".join(span))))
    rest = sorted(set(defined) - set(near))
    return (near + rest)[:_MAX_NAMES]


def _assigned(text: str) -> str:
    """The name a line assigns to (Python, Go, JavaScript, Java declarations)."""
    match = re.search(r"([A-Za-z_]\w*)\s*(?::[^=]+)?:?=[^=]", text)
    return match.group(1) if match else ""


def _python(source: str, path: str, changed: set[int], units: list[Unit],
            ruff: bool) -> list[Risk]:
    text = _focus(source, changed)
    # ruff runs in its own process while ast does its part.
    pending = Pending(text, path) if ruff else None
    out: list[Risk] = []
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        tree = None
    if tree is not None:
        out.extend(python_risks(text, tree, changed))
        out.extend(rule_risks(text, "python", units, changed))
    diagnostics = pending.result() if pending is not None else ()
    if tree is not None:
        diagnostics = tuple(d for d in diagnostics
                            if not covpy_premise_fails(d.code, tree, d.line, d.message))
    lines = text.split("\n")
    handlers = _broad_handlers(tree) if tree is not None and any(
        d.code in _BROAD_CODES for d in diagnostics) else {}
    out.extend(Risk(d.kind, d.line, "", handlers[d.line] if d.code in _BROAD_CODES and
                    d.line in handlers else _detail(d, lines), _ruff_facts(d))
               for d in diagnostics)
    out.extend(_from_events(units, ruff and ruff_binary() is not None))
    if tree is not None:
        out = verify_python(out, tree)
    return out


def _ruff_facts(diagnostic: Diagnostic) -> Facts:
    """A ruff finding's facts: its code, or the rule of this examiner's that asks about it."""
    rule_id = RUFF_RULE_OF.get(diagnostic.code)
    if rule_id is None:
        return Facts(rule=RuffFacts(diagnostic.code))
    return Facts(rule=RuleFacts(rule_id, RUFF_SEVERITY_OF.get(rule_id, "error"), "",
                                RUFF_QUESTIONS[rule_id]))


_FORMAT_MISMATCH: Final = ("formats a string whose placeholders do not match the arguments it "
                           "is given, so the line raises instead of building the text")
_COV_PY_DETAILS: Final = {
    "F601": "repeats a key in a dict literal: the later value silently replaces the earlier one",
    **dict.fromkeys(("F501", "F502", "F503", "F506", "F507", "F508", "F509", "F521", "F524",
                     "F525"), _FORMAT_MISMATCH),
    "F821": "uses a name that nothing in the module defines, so this line raises NameError",
    "F823": ("reads a module-level name that the function also assigns, which makes it a local "
             "that has no value yet: UnboundLocalError"),
    "F811": "defines a name again before the first definition was ever used, replacing it",
    "B002": "writes `++`, which Python reads as two unary plus signs: nothing is incremented",
    "B020": "uses the name of the collection it loops over as the loop variable",
    "B031": ("uses the group of `itertools.groupby` a second time, after the first use has "
             "consumed it"),
    "B032": "writes `:` where `=` was meant: an annotation, which stores nothing",
    "B035": "builds a dict comprehension whose key is the same constant for every item",
    "PLW0127": "assigns a name to itself, which changes nothing",
    "PLW0177": "compares with NaN, which is unequal to everything, itself included",
    "RUF009": ("calls a function in a dataclass field's default: it runs once, when the class "
               "is defined, and every instance shares the result"),
    "RUF064": ("gives `chmod` a decimal number for the mode, whose bits are not the octal "
               "permissions it looks like"),
    "S507": "trusts whatever host key the server presents, so any server is accepted",
    "S108": "uses a fixed path in the shared temporary directory",
    "S202": ("extracts every member of the archive with no `filter`, so a member named with `..`, "
             "an absolute path or a link is written outside the folder"),
    # forms-error-handling
    "B904": ("raises a new exception inside `except` without `from`, so the error it replaces "
             "is not recorded as its cause"),
}
"""The ruff codes of round cov-py, each said in the question's words."""


_BROAD_CODES: Final = frozenset({"BLE001", "E722", "S110", "S112"})
"""ruff's codes for a handler that catches everything (`except Exception`, a bare `except`) or
passes or continues on what it catches."""
_LOGS: Final = re.compile(r"(^|\.)(print|debug|info|warning|warn|error|exception|critical|log)$")


def _broad_handlers(tree: ast.AST) -> dict[int, str]:
    """What each catch-everything handler does with what it catches, by the line ruff reports
    (the `except` line), read from its body: the question says it instead of a guess."""
    out: dict[int, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.ExceptHandler):
            continue
        named = ast.unparse(node.type) if node.type is not None else ""
        caught = "every exception, KeyboardInterrupt and SystemExit included" if not named \
            else "every exception" if named in ("Exception", "BaseException") else f"`{named}`"
        body = [b for b in node.body if not (isinstance(b, ast.Expr) and isinstance(
            b.value, ast.Constant) and isinstance(b.value.value, str))]  # a docstring-like note
        if any(isinstance(n, ast.Raise) for b in body for n in ast.walk(b)):
            continue  # re-raised on some path: ruff's own message stays
        did = _handled(body)
        joint = ", and" if "," in caught else " and"
        out[node.lineno] = f"catches {caught}{joint} {did}" if did else f"catches {caught}"
    return out


def _handled(body: list[ast.stmt]) -> str:
    """What a handler's body does, in the question's words ('' when it is more than one plain
    step)."""
    calls = [n for b in body for n in ast.walk(b) if isinstance(n, ast.Call)]
    logged = any(_LOGS.search(ast.unparse(c.func)) for c in calls)
    last = body[-1] if body else None
    if not body or all(isinstance(b, ast.Pass) or (isinstance(b, ast.Expr) and isinstance(
            b.value, ast.Constant) and b.value.value is Ellipsis) for b in body):
        return "ignores it"
    steps = len(body) - (1 if logged and len(body) > 1 and isinstance(body[0], ast.Expr) and
                         isinstance(body[0].value, ast.Call) else 0)
    if steps != 1:
        return ""  # more than one step: what it amounts to is the candidate's to say
    then = "logs it, then " if logged and len(body) == 2 else ""
    if isinstance(last, ast.Return):
        value = ast.unparse(last.value) if last.value is not None else "None"
        if len(value) <= 30:
            return f"{then}returns `{value}`, whatever went wrong"
    if isinstance(last, ast.Continue):
        return f"{then}goes on with the next item"
    if isinstance(last, ast.Break):
        return f"{then}leaves the loop"
    if logged and len(body) == 1:
        return "logs it and carries on"
    return ""


def _detail(diagnostic: Diagnostic, lines: list[str]) -> str:
    """Say what the line does, in the question's words (ruff's message is its own)."""
    text = lines[diagnostic.line - 1] if 0 < diagnostic.line <= len(lines) else ""
    call = re.search(r"([A-Za-z_][\w.]*)\s*\(", text)
    name = call.group(1) if call else ""
    phrases = {
        "blocking_in_async": f"it calls `{name}`, which blocks" if name else
        "it makes a blocking call",
        "swallowed_exception": "catches an error and does nothing useful with it",
        "resource_leak": f"opens `{name}` without a with block" if name else
        "opens a resource without a with block",
        "unsafe_deserialization": "deserialises data with a loader that can run code",
        "shared_mutable_state": "rebinds or mutates module-level state",
        "unawaited": "starts a task and keeps no reference to it, so it can vanish unfinished",
    }
    by_code = {"B012": "leaves a `finally` block with return, break or continue, which throws "
                       "away any exception in flight",
               "F631": "asserts a parenthesised (test, message) pair: a tuple that is not "
                       "empty is always true, so this assert can never fail",
               "PLE1205": "passes the logger more arguments than its message has placeholders: "
                          "formatting fails when the record is emitted, and logging prints a "
                          "traceback to stderr instead of the message",
               "PLE1206": "passes the logger fewer arguments than its message has "
                          "placeholders: formatting fails when the record is emitted, and "
                          "logging prints a traceback to stderr instead of the message",
               **_COV_PY_DETAILS}
    return by_code.get(diagnostic.code) or phrases.get(diagnostic.kind, diagnostic.message)


_TEST_FILE: Final = re.compile(r"(^|/)(test_[^/]*\.py|[^/]*_test\.(py|go)|[^/]*\.(test|spec)\."
                               r"[jt]sx?|[^/]*Tests?\.java|conftest\.py)$|(^|/)(tests?|__tests__)/")
"""Test code: Go's `_test.go`, pytest's files, Jest's `.test.js`/`.spec.ts`, JUnit's
`FooTest.java`, and anything under a `tests/` folder."""


_ENTRY_POINTS: Final = frozenset({"main", "demo"})
"""Functions that wire up and demonstrate a program rather than do its work."""

_MAIN_GUARD: Final = re.compile(r"^if __name__ == ['\"]__main__['\"]\s*:", re.MULTILINE)


def kind_findings(path: str, language: str, source: str, changed: set[int],
                  units: list[Unit], *, ruff: bool = True) -> list[Finding]:
    """Ranked-kind findings on or around the changed lines, best first."""
    if language == "python":
        risks = _python(source, path, changed, units, ruff)
    elif language in TREE_LANGUAGES:
        risks = rule_risks(source, language, units, changed) + _from_events(units, True) + \
            tree_per_call_scans(source, language, units) + _design(units)
    else:
        risks = _from_events(units, False)
    risks += strict_bound_risks(source, language, units)
    if _TEST_FILE.search(path):
        # a test may ignore errors, read whole bodies, hold fixture secrets and leave the process
        # to close its files: only a wrong result or a race is a defect there
        risks = [r for r in risks if (k := Kind.of(r.kind)) is None
                 or k.category in (Category.CORRECTNESS, Category.CONCURRENCY)
                 or not k.claims_bug]
    lines = source.split("\n")
    defined = _DEFINED.findall(source)
    guard = _MAIN_GUARD.search(source) if language == "python" else None
    main_guard = source.count("\n", 0, guard.start()) + 1 if guard else len(lines) + 1
    out: list[Finding] = []
    count: dict[tuple[str, str], int] = {}
    seen: set[tuple[str, int]] = set()
    for risk in sorted(risks, key=lambda r: (rank(r.kind), r.line)):
        unit = owner(units, risk.line)
        in_change = risk.line in changed
        if not in_change and unit is None:
            continue  # neither on a changed line nor inside a changed function
        text = lines[risk.line - 1] if 0 < risk.line <= len(lines) else ""
        ident = risk.identifier or (unit.name if unit else "") or _assigned(text)
        key = (risk.kind, risk.line)
        if key in seen or count.get((risk.kind, ident), 0) >= _PER_KIND:
            continue
        seen.add(key)
        count[(risk.kind, ident)] = count.get((risk.kind, ident), 0) + 1
        span = lines[unit.line - 1: unit.end] if unit else \
            lines[max(0, risk.line - 4): risk.line + 3]
        place = PlaceFacts(
            rank(risk.kind), in_change, text.strip()[:160], tuple(unit.params) if unit else (),
            unit.name if unit else "", unit.is_async if unit else False,
            unit.max_nesting if unit else 0, risk.kind == "recursion",
            tuple(_names_for(span, defined)),
            (unit.name if unit else "") in _ENTRY_POINTS or risk.line > main_guard)
        facts = replace(risk.facts, place=place)
        out.append(Finding(path, risk.line, ident, risk.kind, risk.detail, language, facts))
    return out
