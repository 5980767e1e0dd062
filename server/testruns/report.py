"""The report's tests section: every run over time, the last one in full.

Two views, each built on its own: staff see every run with every case, hidden ones included;
the candidate's report holds what `view(run, staff=False)` gives (each run's visible part,
copied from an allow-list), so no hidden test's name, file, message or input is in it.
Kept apart from the examiner's report renderers: `store_report` adds the section to the
JSON, appends it to the Markdown and puts it before the end of the HTML body. Every piece of
candidate text is inert: HTML and Markdown escaped, control and bidi characters made visible,
and our own markers (hidden, who judged) in columns of their own, never in a name.
"""

from __future__ import annotations

import html
import re
from typing import Any, Final

from server.storage.models import TestRun
from server.testruns.service import view
from viva.inert import inert_line

__all__ = ["JUDGES", "tests_html", "tests_markdown", "tests_section"]

JUDGES: Final = {
    "server": "server",
    "pytest": "pytest (can be influenced by candidate code)",
    "node": "node --test (can be influenced by candidate code)",
    "go": "go test (can be influenced by candidate code)",
    "junit": "JUnit (can be influenced by candidate code)",
}
"""How each case's verdict was reached, as the report says it."""

INFLUENCE_NOTE: Final = ("Results judged by pytest, node --test, go test or JUnit come from a process that also ran "
                         "the candidate's code: "
                         "they can be influenced by it. Cases judged by the server cannot.")

_MD_SPECIAL: Final = re.compile(r"([\\`*{}\[\]()#+!|<>~])")

_SUMMARY: Final = ("run_id", "trigger", "status", "passed", "failed", "errors", "hidden_passed",
                   "hidden_total", "duration_ms", "started_at", "reason", "influenced")


async def tests_section(session_id: int, *, staff: bool = True) -> dict[str, Any] | None:
    """`{"runs": [...summaries...], "last": full view}` for staff or the candidate; None without runs."""
    runs = await TestRun.filter(session_id=session_id).exclude(status="running").order_by("id")
    if not runs:
        return None
    full = [view(r, staff=staff) for r in runs]
    return {"runs": [{k: r[k] for k in _SUMMARY if k in r} for r in full], "last": full[-1]}


def _counts(run: dict[str, Any]) -> str:
    total = run["passed"] + run["failed"] + run["errors"]
    text = f"{run['passed']}/{total} passed"
    if run.get("hidden_total"):
        text += f" (hidden {run['hidden_passed']}/{run['hidden_total']})"
    return text


def _md(text: Any, limit: int = 300) -> str:
    """Candidate text for a Markdown table cell: inert, HTML-escaped, Markdown-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(inert_line(text, limit), quote=False))


def _kind(case: dict[str, Any]) -> str:
    return "hidden" if case.get("hidden") else "visible"


def _judge(case: dict[str, Any]) -> str:
    return JUDGES.get(str(case.get("judge")), "exit status (can be influenced by candidate code)")


def tests_markdown(section: dict[str, Any] | None) -> str:
    """The section as Markdown (empty without runs)."""
    if not section:
        return ""
    out = ["", "## Tests", "", "| run | when | trigger | status | result | time |", "|---|---|---|---|---|---|"]
    for run in section["runs"]:
        out.append(f"| {run['run_id']} | {run['started_at']} | {run['trigger']} | {run['status']} | "
                   f"{_counts(run)} | {run['duration_ms']} ms |")
    last = section["last"]
    out += ["", f"### Last run ({last['trigger']}): {last['status']}, {_counts(last)}", ""]
    if last.get("reason"):
        out += [f"Reason: {_md(last['reason'], 600)}", ""]
    if any(c.get("judge") != "server" for c in last["cases"]):
        out += [INFLUENCE_NOTE, ""]
    out += ["| test | kind | judged by | file | outcome | message |", "|---|---|---|---|---|---|"]
    for case in last["cases"]:
        out.append(f"| {_md(case['name'])} | {_kind(case)} | {_judge(case)} | {_md(case.get('path'))} | "
                   f"{_md(case['outcome'], 20)} | {_md(case.get('message'))} |")
    return "\n".join(out) + "\n"


def _h(text: Any, limit: int = 500) -> str:
    return html.escape(inert_line(text, limit))


def tests_html(section: dict[str, Any] | None) -> str:
    """The section as an HTML fragment (empty without runs)."""
    if not section:
        return ""
    rows = "".join(
        f"<tr><td>{run['run_id']}</td><td>{_h(run['started_at'])}</td><td>{_h(run['trigger'])}</td>"
        f"<td>{_h(run['status'])}</td><td>{_h(_counts(run))}</td><td>{run['duration_ms']} ms</td></tr>"
        for run in section["runs"])
    last = section["last"]
    cases = "".join(
        f"<tr><td>{_h(c['name'])}</td><td>{_kind(c)}</td><td>{html.escape(_judge(c))}</td>"
        f"<td>{_h(c.get('path'))}</td><td>{_h(c['outcome'], 20)}</td><td>{_h(c.get('message'))}</td></tr>"
        for c in last["cases"])
    reason = f"<p><em>{_h(last['reason'], 600)}</em></p>" if last.get("reason") else ""
    note = (f"<p>{html.escape(INFLUENCE_NOTE)}</p>"
            if any(c.get("judge") != "server" for c in last["cases"]) else "")
    return (f'<section id="tests"><h2>Tests</h2><table><tr><th>run</th><th>when</th><th>trigger</th>'
            f"<th>status</th><th>result</th><th>time</th></tr>{rows}</table>"
            f"<h3>Last run ({_h(last['trigger'])}): {_h(last['status'])}, {_h(_counts(last))}</h3>{reason}{note}"
            f"<table><tr><th>test</th><th>kind</th><th>judged by</th><th>file</th><th>outcome</th>"
            f"<th>message</th></tr>{cases}</table></section>")
