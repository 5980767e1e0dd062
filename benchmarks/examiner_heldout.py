"""Measure the examiner's first question on programs it was never tuned to.

Each line of the input is one program: {"id", "language", "path", "code", "main_issue":
{"category", "line", "identifier", "what"} or null for a clean program, "traps": [...]}. Each
program is examined as a new file (the whole file is the change) and the FIRST question the
offline examiner would ask is compared with the main issue:

- main-issue hit: the question's kind is of the issue's category AND its line is within 3 of
  the issue's line or its identifier is the issue's;
- category hit: the category alone;
- false alarm (clean programs): the first question says the code is wrong (any category but
  edge-cases or design; a cost question only when it derived a superlinear cost, since an open
  "how often does this run" question claims nothing);
- generic: the first question is the generic "Which inputs could break ...?".

    .venv/bin/python benchmarks/examiner_heldout.py benchmarks/examiner_dev.jsonl
    .venv/bin/python benchmarks/examiner_heldout.py /path/to/programs.jsonl --verbose
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.examiner import AskContext, OfflineExaminer, analyse, language_of
from server.examiner.analysis.kinds import Kind

_LINE_SLACK = 3


@dataclass
class Outcome:
    """One program's first question, judged."""

    id: str
    language: str
    clean: bool
    kind: str
    category: str
    line: int
    identifier: str
    hit: bool
    category_hit: bool
    false_alarm: bool
    generic: bool


def category_of(kind: str) -> str:
    """The held-out category of a question kind ('' for a kind outside the vocabulary)."""
    found = Kind.of(kind)
    return found.category.value if found is not None else ""


_EXTENSION = {"python": ".py", "javascript": ".js", "typescript": ".ts", "go": ".go",
              "java": ".java", "c": ".c", "cpp": ".cpp", "rust": ".rs"}


def judge(program: dict[str, object]) -> Outcome:
    """Ask the first question about one program and compare it with its main issue."""
    path, code = str(program.get("path") or "program"), str(program.get("code") or "")
    if language_of(path) != program.get("language"):
        # the language field decides: a path without the usual extension gets one
        path += _EXTENSION.get(str(program.get("language")), "")
    try:
        findings = analyse(path, None, code)
        question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=findings))
    except Exception as exc:  # noqa: BLE001 - one program's failure is reported, not fatal
        print(f"{program.get('id')}: analysis failed: {exc!r}", file=sys.stderr)
        question = None
    kind = question.kind if question else ""
    category = category_of(kind)
    line = question.line if question else 0
    identifier = question.identifier if question else ""
    issue = program.get("main_issue")
    found = Kind.of(kind)
    generic = found is not None and found.generic
    if not isinstance(issue, dict):
        cost = question.facts.get("complexity") if question else None
        alarm = found is not None and found.asserts_defect(cost if isinstance(cost, str) else None)
        return Outcome(str(program.get("id")), str(program.get("language")), True, kind, category,
                       line, identifier, False, False, alarm, generic)
    same = category == issue.get("category")
    # a set may name a method with its type (`Store.get`, `Scheduler::tick`); the question
    # names the function itself
    named = re.split(r"\.|::", str(issue.get("identifier") or ""))[-1]
    near = abs(line - int(issue.get("line") or 0)) <= _LINE_SLACK or \
        (bool(identifier) and identifier in (issue.get("identifier"), named))
    return Outcome(str(program.get("id")), str(program.get("language")), False, kind, category, line,
                   identifier, same and near, same, False, generic)


def _rate(hits: int, total: int) -> str:
    return f"{hits}/{total} ({100 * hits / total:.0f}%)" if total else "-"


def report(outcomes: list[Outcome]) -> list[str]:
    """The figures, overall and per language."""
    buggy = [o for o in outcomes if not o.clean]
    clean = [o for o in outcomes if o.clean]
    lines = [f"programs: {len(outcomes)} ({len(buggy)} with a main issue, {len(clean)} clean)",
             f"main-issue hit rate:  {_rate(sum(o.hit for o in buggy), len(buggy))}",
             f"category-only hit:    {_rate(sum(o.category_hit for o in buggy), len(buggy))}",
             f"false alarms (clean): {_rate(sum(o.false_alarm for o in clean), len(clean))}",
             f"generic questions:    {_rate(sum(o.generic for o in outcomes), len(outcomes))}",
             "per language (main-issue hit, category hit, false alarms, generic):"]
    by_language: dict[str, list[Outcome]] = defaultdict(list)
    for outcome in outcomes:
        by_language[outcome.language].append(outcome)
    for language, group in sorted(by_language.items()):
        b = [o for o in group if not o.clean]
        c = [o for o in group if o.clean]
        lines.append(f"  {language:<11} {_rate(sum(o.hit for o in b), len(b)):>12}  "
                     f"{_rate(sum(o.category_hit for o in b), len(b)):>12}  "
                     f"{_rate(sum(o.false_alarm for o in c), len(c)):>12}  "
                     f"{_rate(sum(o.generic for o in group), len(group)):>12}")
    return lines


def main() -> int:
    """Read the programs, judge each, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("programs", type=Path, help="a JSON-lines file of programs")
    parser.add_argument("--verbose", action="store_true", help="one line per program too")
    args = parser.parse_args()
    outcomes: list[Outcome] = []
    for n, raw in enumerate(args.programs.read_text(encoding="utf-8").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            program = json.loads(raw)
        except json.JSONDecodeError as exc:
            print(f"line {n}: not JSON ({exc}); skipped", file=sys.stderr)
            continue
        outcomes.append(judge(program))
    if args.verbose:
        for o in outcomes:
            verdict = ("clean, false alarm" if o.false_alarm else "clean, ok") if o.clean else \
                ("hit" if o.hit else "category only" if o.category_hit else "miss")
            print(f"{o.id:<28} {o.language:<11} {o.kind or '-':<22} {o.category or '-':<15} "
                  f"line {o.line:<4} {o.identifier:<20} {verdict}")
        print()
    print("\n".join(report(outcomes)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
