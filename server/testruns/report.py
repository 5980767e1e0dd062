"""The report's tests section: every run over time, the last one in full, hidden tests included.

Kept apart from the examiner's report renderers: `store_report` adds the section to the JSON,
appends it to the Markdown and puts it before the end of the HTML body.
"""

from __future__ import annotations

import html
from typing import Any

from server.storage.models import TestRun
from server.testruns.service import view

__all__ = ["tests_html", "tests_markdown", "tests_section"]


async def tests_section(session_id: int) -> dict[str, Any] | None:
    """`{"runs": [...summaries...], "last": full staff view}`, or None without any run."""
    runs = await TestRun.filter(session_id=session_id).exclude(status="running").order_by("id")
    if not runs:
        return None
    full = [view(r, staff=True) for r in runs]
    keep = ("run_id", "trigger", "status", "passed", "failed", "errors", "hidden_passed",
            "hidden_total", "duration_ms", "started_at", "reason")
    return {"runs": [{k: r[k] for k in keep} for r in full], "last": full[-1]}


def _counts(run: dict[str, Any]) -> str:
    total = run["passed"] + run["failed"] + run["errors"]
    text = f"{run['passed']}/{total} passed"
    if run.get("hidden_total"):
        text += f" (hidden {run['hidden_passed']}/{run['hidden_total']})"
    return text


def _cell(text: Any) -> str:
    return str(text or "").replace("|", "\\|").replace("\n", " ")[:300]


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
        out += [f"_{last['reason']}_", ""]
    out += ["| test | file | outcome | message |", "|---|---|---|---|"]
    for case in last["cases"]:
        name = case["name"] + (" (hidden)" if case.get("hidden") else "")
        out.append(f"| {_cell(name)} | {_cell(case.get('path'))} | {case['outcome']} | {_cell(case.get('message'))} |")
    return "\n".join(out) + "\n"


def tests_html(section: dict[str, Any] | None) -> str:
    """The section as an HTML fragment (empty without runs)."""
    if not section:
        return ""
    e = html.escape
    rows = "".join(
        f"<tr><td>{run['run_id']}</td><td>{e(str(run['started_at']))}</td><td>{e(run['trigger'])}</td>"
        f"<td>{e(run['status'])}</td><td>{e(_counts(run))}</td><td>{run['duration_ms']} ms</td></tr>"
        for run in section["runs"])
    last = section["last"]
    cases = "".join(
        f"<tr><td>{e(c['name'])}{' <em>(hidden)</em>' if c.get('hidden') else ''}</td>"
        f"<td>{e(str(c.get('path') or ''))}</td><td>{e(c['outcome'])}</td>"
        f"<td>{e(str(c.get('message') or ''))[:500]}</td></tr>" for c in last["cases"])
    reason = f"<p><em>{e(last['reason'])}</em></p>" if last.get("reason") else ""
    return (f'<section id="tests"><h2>Tests</h2><table><tr><th>run</th><th>when</th><th>trigger</th>'
            f"<th>status</th><th>result</th><th>time</th></tr>{rows}</table>"
            f"<h3>Last run ({e(last['trigger'])}): {e(last['status'])}, {e(_counts(last))}</h3>{reason}"
            f"<table><tr><th>test</th><th>file</th><th>outcome</th><th>message</th></tr>{cases}</table></section>")
