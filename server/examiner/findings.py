"""Findings: facts about what changed between two versions of a file."""

from __future__ import annotations

import difflib
import gc
import os
import re
from bisect import bisect_left
from collections import Counter
from dataclasses import replace
from functools import cache
from typing import Final

from .analysis.finding_facts import EventFacts, Facts, LoopFacts, UnitFacts
from .analysis.risks import kind_findings
from .analysis.rules import load_rules
from .analysis.trees import TREE_LANGUAGES, read_as, tree_units
from .analysis.units import EVENT_KINDS, Unit
from .finding import Finding

__all__ = ["Finding", "analyse", "changed_line_count", "changed_lines", "dialect_of", "language_of"]

_EXTENSIONS: Final[dict[str, str]] = {
    ".py": "python",
    ".pyw": "python",
    ".js": "javascript",
    ".jsx": "javascript",
    ".mjs": "javascript",
    ".cjs": "javascript",
    ".ts": "typescript",
    ".tsx": "typescript",
    ".go": "go",
    ".java": "java",
    ".c": "c",
    ".h": "c",
    ".cc": "cpp",
    ".cpp": "cpp",
    ".cxx": "cpp",
    ".hpp": "cpp",
    ".hh": "cpp",
    ".rs": "rust",
}
_DIALECTS: Final[dict[str, str]] = {".tsx": "tsx"}
"""Extensions read with a grammar of their own while their language's rules and checks run on
them (`trees.DIALECTS`): `.tsx` is TypeScript with JSX."""
_PER_KIND_LIMIT: Final = 3
"""At most this many findings of one event kind per unit, so a long function cannot flood."""


def language_of(path: str) -> str:
    """Return the language name for a path, from its extension ('text' when unknown)."""
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower(), "text")


def dialect_of(path: str) -> str:
    """The grammar a path's language is read with when it is not the language's own ("tsx"
    for a `.tsx` file), else ''."""
    return _DIALECTS.get(os.path.splitext(path)[1].lower(), "")


def _trim(a: list[str], b: list[str]) -> tuple[int, int, int]:
    """Return (common prefix length, end of a's middle, end of b's middle)."""
    start = 0
    limit = min(len(a), len(b))
    while start < limit and a[start] == b[start]:
        start += 1
    end_a, end_b = len(a), len(b)
    while end_a > start and end_b > start and a[end_a - 1] == b[end_b - 1]:
        end_a -= 1
        end_b -= 1
    return start, end_a, end_b


def _opcodes(before: list[str], after: list[str]) -> list[tuple[str, int, int, int, int]]:
    # Trimming the common head and tail first keeps difflib fast on large, mostly equal files.
    start, end_a, end_b = _trim(before, after)
    matcher = difflib.SequenceMatcher(None, before[start:end_a], after[start:end_b], autojunk=False)
    return [
        (tag, i1 + start, i2 + start, j1 + start, j2 + start)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


def changed_line_count(before: str | None, after: str) -> int:
    """Count lines added plus lines removed between two texts.

    A multiset difference of lines, linear in the size of the texts: it runs after every
    stored change, where a full diff of a large file with scattered edits is too slow.
    Lines that only moved do not count.
    """
    old = Counter((before or "").splitlines())
    new = Counter(after.splitlines())
    return sum((old - new).values()) + sum((new - old).values())


def changed_lines(before: str | None, after: str) -> set[int]:
    """Return the 1-based lines of ``after`` that were added or changed.

    A deletion marks the lines around it, so a function that only lost lines still counts.
    """
    new = after.splitlines()
    if before is None:
        return set(range(1, len(new) + 1))
    lines: set[int] = set()
    for tag, _, _, j1, j2 in _opcodes(before.splitlines(), new):
        if tag == "delete":
            lines.update({max(1, j1), min(max(1, len(new)), j1 + 1)})
        else:
            lines.update(range(j1 + 1, j2 + 1))
    return lines


def _units_for(language: str, source: str, changed: set[int], *, text_only: bool = False) -> list[Unit]:
    if language in TREE_LANGUAGES and not text_only:
        return tree_units(source, language, changed)
    if language == "python":
        from .analysis.python import python_region, python_units

        units = python_units(source, changed) if not text_only else None
        if units is not None:
            return units
        # Broken Python: lex only the definitions around the change, padded to keep lines.
        source = python_region(source, sorted(changed)) or source
    from .analysis.tokens import token_units

    return token_units(source, language, changed)


def _summary(unit: Unit, before: str | None) -> UnitFacts:
    events = unit.events
    new = before is None or re.search(rf"\b{re.escape(unit.name)}\b", before) is None
    is_class = unit.kind == "class"
    return UnitFacts(
        "class" if is_class else "function", unit.name, unit.qualname or unit.name, new,
        tuple(unit.params), unit.max_nesting,
        tuple(sorted({e.subject for e in events if e.kind == "raise"})),
        tuple(sorted({e.subject for e in events if e.kind == "except"})),
        any(e.kind == "recursion" for e in events), unit.is_async, unit.has_doc,
        unit.end - unit.line + 1,
        tuple(unit.members) if is_class else None, tuple(unit.bases) if is_class else None)


def _unit_findings(path: str, language: str, unit: Unit, before: str | None) -> list[Finding]:
    summary = _summary(unit, before)
    state = "new" if summary.new else "changed"
    if unit.kind == "class":
        detail = f"{state} class with {len(unit.members)} methods"
    else:
        detail = f"{state} function, {summary.length} lines, {len(unit.params)} parameters"
    facts = Facts(unit=summary)
    found = [Finding(path, unit.line, unit.name, unit.kind, detail, language, facts)]
    if unit.loops:
        line, depth = max(unit.loops, key=lambda item: (item[1], -item[0]))
        detail = "a loop" if depth == 1 else f"loops nested {depth} levels"
        found.append(Finding(path, line, unit.name, "loop", detail, language,
                             replace(facts, loop=LoopFacts(depth, line))))
    for kind in EVENT_KINDS:
        seen: set[str] = set()
        for event in (e for e in unit.events if e.kind == kind):
            if event.subject in seen or len(seen) >= _PER_KIND_LIMIT:
                continue
            seen.add(event.subject)
            extra = replace(facts, event=EventFacts(event.subject, event.line))
            found.append(Finding(path, event.line, unit.name, kind, event.detail, language, extra))
    return found


_WARM_UP: Final = {"python": ("w.py", "def f(x):\n    return x\n"),
                   "javascript": ("w.js", "function f(x) { return x; }\n"),
                   "typescript": ("w.ts", "function f(x: number): number { return x; }\n"),
                   "tsx": ("w.tsx", "export const F = (p: { x: number }) => <b>{p.x}</b>;\n"),
                   "go": ("w.go", "package w\n\nfunc F(x int) int { return x }\n"),
                   "java": ("W.java", "class W { int f(int x) { return x; } }\n"),
                   "c": ("w.c", "int f(int x) { return x; }\n"),
                   "cpp": ("w.cpp", "int f(int x) { return x; }\n"),
                   "rust": ("w.rs", "fn f(x: i32) -> i32 { x }\n")}


@cache
def warm_up() -> None:
    """Load every language's rules and parser once, then freeze what is alive
    (`gc.freeze`): the rule tables live as long as the process, and a full collection that
    walks them paused one analysis in thirty by 20-40 ms. The server runs this in a thread
    at start; a process runs it once."""
    for language, (path, code) in _WARM_UP.items():
        load_rules(language)
        analyse(path, None, code, ruff=False)
    gc.collect()
    gc.freeze()


def analyse(path: str, before: str | None, after: str, *, ruff: bool = True) -> list[Finding]:
    """Return findings about the functions and classes that changed between before and after.

    With ``ruff`` (the default) Python is also checked by ruff, in a subprocess that runs while
    ``ast`` does its part; callers run analysis in a worker thread, never on the event loop.
    """
    changed = changed_lines(before, after)
    if not changed:
        return []
    language = language_of(path)
    # a `.tsx` file is TypeScript read with the TSX grammar: every tree of it below is
    with read_as(dialect_of(path)):
        try:
            findings = _findings(path, language, before, after, changed, ruff=ruff)
        except RecursionError:
            # Nesting deeper than the tree walks go (a sum of a thousand terms, a hostile
            # file): the code is read as text, its units only, rather than the analysis failing.
            findings = _findings(path, language, before, after, changed, ruff=False,
                                 text_only=True)
    findings = _unsuppressed(findings, after)
    findings.sort(key=lambda f: (f.line, f.kind))
    return findings


_SUPPRESSED: Final = re.compile(
    r"eslint-disable(?:-next-line|-line)?\s[^\n]*\bno-empty\b"
    r"|#\s*noqa:[^\n]*\b(?:S110|S112|BLE001|E722|SIM105)\b"
    r"|//\s*nolint:[^\n]*\berrcheck\b"
    r"|@SuppressWarnings\([^)]*\"(?:EmptyCatchBlock|EmptyCatch|PMD\.EmptyCatchBlock)\"")
"""A linter's suppression that says an error is dropped on purpose: eslint's `no-empty`, ruff's
and flake8's `S110`/`S112`/`BLE001`/`E722`/`SIM105`, golangci-lint's `errcheck`, PMD's
`EmptyCatchBlock`."""
_DROPPED: Final = frozenset({"swallowed_exception", "ignored_error"})


def _unsuppressed(findings: list[Finding], source: str) -> list[Finding]:
    """The findings, less an error said to be dropped where the code's own suppression comment
    (on the finding's line or the one or two above it) says the author means it: the question
    would ask what the author has already answered. The source is split into lines only when
    there is such a finding (most analyses have none)."""
    if not any(f.kind in _DROPPED for f in findings):
        return findings
    lines = source.splitlines()

    def said(line: int) -> bool:
        return any(_SUPPRESSED.search(lines[n]) for n in range(max(0, line - 3), min(len(lines), line)))
    return [f for f in findings if f.kind not in _DROPPED or not said(f.line)]


def _findings(path: str, language: str, before: str | None, after: str, changed: set[int], *,
              ruff: bool, text_only: bool = False) -> list[Finding]:
    order = sorted(changed)
    findings: list[Finding] = []
    units = [u for u in _units_for(language, after, changed, text_only=text_only)
             if (at := bisect_left(order, u.line)) < len(order) and order[at] <= u.end]
    for unit in units:
        findings.extend(_unit_findings(path, language, unit, before))
    if not text_only:
        # The ranked kinds (sql_injection, race_condition, ...) from ruff, ast and line patterns.
        findings.extend(kind_findings(path, language, after, changed, units, ruff=ruff))
    return findings
