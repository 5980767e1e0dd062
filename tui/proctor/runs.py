"""Test runs as the proctor reads them: the session view's Tests tab and replay's one line.

A run is the feed's `test_result` data (or a timeline item of kind `test_result`): every
test, the hidden ones marked `hidden`, with `hidden_passed` and `hidden_total`.
"""

from __future__ import annotations

from typing import Any, Final

from rich.text import Text

from tui.proctor.model import run_score
from viva.inert import inert_line

__all__ = ["run_line", "run_text"]

MESSAGE_LINES: Final = 4
"""Lines of a failure's message shown under the test."""
OUTPUT_LINES: Final = 8
"""Lines of the output's tail shown under a run that failed."""
_MARKS: Final = {"passed": ("✔ ", "bold green"), "failed": ("✘ ", "bold red"),
                 "error": ("✘ ", "bold red"), "skipped": ("- ", "dim")}
_IMITATIONS: Final = str.maketrans({"✔": "?", "✘": "?"})
"""Our marks, replaced in candidate text so that a test's name cannot pass for one."""
_TRIGGERS: Final = {"candidate": "by the candidate", "proctor": "by a proctor",
                    "finish": "at the finish", "expiry": "at expiry"}


def _failing(run: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for c in run.get("cases") or []
            if isinstance(c, dict) and c.get("outcome") in ("failed", "error")]


def run_line(run: dict[str, Any]) -> Text:
    """One run in a line: `Tests 3/5 (hidden 1/2) run 7 by the proctor · failing: a, b`."""
    passed, total = run_score(run)
    status = str(run.get("status") or "")
    ok = status == "passed" and passed == total
    line = Text("Tests ", style="bold")
    if total or status in ("passed", "failed"):
        line.append(f"{passed}/{total} passed", "bold green" if ok else "bold red")
    else:
        line.append(status or "?", "bold red" if status != "unavailable" else "dim")
    if run.get("hidden_total"):
        line.append(f" (hidden {run.get('hidden_passed', 0)}/{run['hidden_total']})")
    trigger = str(run.get("trigger") or "")
    number = run.get("number") or run.get("run_id", "?")  # its number in the session, if told
    line.append(f"  run {number} {_TRIGGERS.get(trigger, trigger)}".rstrip(), "dim")
    failing = [shown(c.get("name"), 60) for c in _failing(run)]
    if failing:
        more = f" and {len(failing) - 3} more" if len(failing) > 3 else ""
        line.append(f" · failing: {', '.join(failing[:3])}{more}", "red")
    return line


def run_text(run: dict[str, Any] | None, *, running: bool = False) -> Text:
    """The last run in full: its line, each test (hidden ones marked), the failures' messages."""
    out = Text()
    if running:
        out.append("A test run is going…\n\n", "bold yellow")
    if run is None:
        if not running:
            out.append("No test run yet. Press t to run the tests, hidden ones included.", "dim")
        return out
    out.append_text(run_line(run))
    duration = run.get("duration_ms")
    if isinstance(duration, int | float):
        out.append(f"  {duration / 1000:.1f} s", "dim")
    reason = str(run.get("reason") or "")
    if reason:
        out.append(f"\n{shown(reason, 600)}", "yellow")
    runners = sorted({str(c.get("judge")) for c in run.get("cases") or []
                      if isinstance(c, dict) and c.get("judge") in ("pytest", "node", "go", "junit")})
    if runners:
        out.append(f"\n{' and '.join(runners)} results ran beside the candidate's code: it can influence them",
                   "dim")
    for case in run.get("cases") or []:
        if not isinstance(case, dict):
            continue
        outcome = str(case.get("outcome"))
        mark, style = _MARKS.get(outcome, ("? ", "bold"))
        out.append("\n")
        out.append(mark, style)
        # our markers come first, in a fixed place and style; the name after them, inert
        out.append("hidden " if case.get("hidden") else "", "magenta")
        out.append("server " if case.get("judge") == "server" else "", "cyan")
        out.append(shown(case.get("name")), "bold" if outcome in ("failed", "error") else "")
        if outcome in ("failed", "error"):
            if case.get("path"):
                where = shown(case["path"], 120) + (f":{case['line']}" if isinstance(case.get("line"), int) else "")
                out.append(f"  {where}", "dim")
            for line in str(case.get("message") or "").strip().splitlines()[:MESSAGE_LINES]:
                out.append(f"\n    {shown(line)}", "red")
    tail = str(run.get("output_tail") or "").strip()
    if tail and run.get("status") != "passed":
        out.append("\n\nOutput (last lines):\n", "bold")
        out.append("\n".join(shown(line, 400) for line in tail.splitlines()[-OUTPUT_LINES:]), "dim")
    return out


def shown(text: object, limit: int = 300) -> str:
    """Candidate text as the console shows it: inert, and without our own marks."""
    return inert_line(text, limit).translate(_IMITATIONS)
