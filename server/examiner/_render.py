"""Render a built report as Markdown or as one self-contained HTML page with an SVG chart."""

from __future__ import annotations

import re
from datetime import datetime
from html import escape
from typing import Any, Final

_CHART_W: Final = 720
_CHART_H: Final = 220
_PAD: Final = 36
_CSS: Final = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:960px;margin:2rem auto;
padding:0 1rem;color:#1f2328;line-height:1.45}
h1,h2,h3{line-height:1.2}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}pre{background:#f6f8fa;padding:.75rem;overflow:auto;border-radius:6px}
.warn{color:#9a6700;font-weight:600}.info{color:#57606a}.score{font-weight:600}
.muted{color:#57606a}svg{background:#fff;border:1px solid #d0d7de;border-radius:6px}
"""


def _minutes(seconds: int) -> str:
    return f"{seconds // 60} min {seconds % 60} s"


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("|", "\\|").split())


def _fence(content: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", content)), default=0)
    return "`" * max(3, longest + 1)


def _score(value: Any) -> str:
    return "not answered" if value is None else f"{value}/10"


def render_markdown(report: dict[str, Any]) -> str:
    """Render the report as Markdown."""
    summary = report["summary"]
    out = [f"# Assessment report: {_cell(report['candidate'])}", "",
           f"- Assessment: {_cell(report['assessment'])}",
           f"- Session: {report['session_id']} ({_cell(report['status'])})",
           f"- Started: {report['started_at'] or '-'}; finished: {report['finished_at'] or '-'}",
           "", "## Summary", "", summary["text"], ""]
    if summary["average_score"] is not None:
        out += [f"Average score: **{summary['average_score']}/10**", ""]
    out += ["## Scores per skill", "", "| skill | questions | answered | average |",
            "|---|---|---|---|"]
    for skill, entry in report["skills"].items():
        average = "-" if entry["average"] is None else entry["average"]
        out.append(f"| {_cell(skill)} | {entry['questions']} | {entry['answered']} | {average} |")
    out += ["", "## Questions", ""]
    for item in report["interactions"]:
        where = f"`{item['path']}` line {item['line']}" if item["path"] else "general"
        out += [f"### {item['index']}. {_cell(item['skill'])} — {where}", "",
                f"**Question:** {_cell(item['question'])}", "",
                f"**Answer:** {_cell(item['response']) or '_no answer_'}", "",
                f"**Evaluation:** {_cell(item['evaluation']) or '-'}", "",
                f"**Score:** {_score(item['score'])}", ""]
    timeline = report["timeline"]
    out += ["## Coding timeline", "",
            f"- Active time: {_minutes(timeline['active_seconds'])}",
            (f"- Edits: {timeline['edits']} (+{timeline['lines_added']} / "
             f"-{timeline['lines_removed']} lines, {timeline['chars_added']} characters added)"),
            "", "Largest insertions:", ""]
    for ins in timeline["largest_insertions"] or []:
        out.append(f"- {ins['at']} `{_cell(ins['path'])}`: {ins['chars_added']} characters, "
                   f"{ins['lines_added']} lines")
    if not timeline["largest_insertions"]:
        out.append("- none")
    out += ["", "## Integrity signals", "",
            "_Signals are prompts for a closer look, never a verdict._", ""]
    for signal in report["integrity"]:
        where = f" `{_cell(signal['path'])}`" if signal["path"] else ""
        out.append(f"- **{signal['severity']}** {signal['kind']}{where} "
                   f"{signal['at'] or ''}: {_cell(signal['detail'])}")
    if not report["integrity"]:
        out.append("- none")
    out += ["", "## Final files", ""]
    for path, content in report["files"].items():
        fence = _fence(content)
        out += [f"### `{_cell(path)}`", "", fence, content.rstrip("\n"), fence, ""]
    return "\n".join(out).rstrip() + "\n"


def _time(value: Any) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def chart_svg(report: dict[str, Any]) -> str:
    """An inline SVG: bars of characters added over time, dots for each answer's score."""
    buckets = report["timeline"]["activity"]
    scored = [(i, _time(i["answered_at"] or i["asked_at"])) for i in report["interactions"]
              if i["score"] is not None]
    width, height = _CHART_W - 2 * _PAD, _CHART_H - 2 * _PAD
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{_CHART_W}" height="{_CHART_H}" '
              f'viewBox="0 0 {_CHART_W} {_CHART_H}" role="img" '
              'aria-label="Activity and scores over time">'),
             (f'<line x1="{_PAD}" y1="{_PAD + height}" x2="{_PAD + width}" y2="{_PAD + height}" '
              'stroke="#8c959f"/>'),
             (f'<text x="{_PAD}" y="{_PAD - 12}" font-size="12" fill="#57606a">characters added '
              '(bars) and scores 0–10 (dots)</text>')]
    starts = [t for t in (_time(b["start"]) for b in buckets) if t is not None]
    if buckets and starts:
        peak = max(1, max(b["chars_added"] for b in buckets))
        step = width / len(buckets)
        for n, bucket in enumerate(buckets):
            h = height * bucket["chars_added"] / peak
            parts.append(f'<rect x="{_PAD + n * step + 1:.1f}" y="{_PAD + height - h:.1f}" '
                         f'width="{max(1.0, step - 2):.1f}" height="{h:.1f}" fill="#54aeff">'
                         f'<title>{escape(bucket["start"])}: {bucket["chars_added"]} characters, '
                         f'{bucket["edits"]} edits</title></rect>')
        origin = starts[0]
        slot = (starts[1] - starts[0]).total_seconds() if len(starts) > 1 else 60.0
        total = (starts[-1] - origin).total_seconds() + slot
        for n, (item, at) in enumerate(scored):
            offset = (at - origin).total_seconds() / total if at else (n + 1) / (len(scored) + 1)
            x = _PAD + width * min(1.0, max(0.0, offset))
            y = _PAD + height * (1 - item["score"] / 10)
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#cf222e">'
                         f'<title>Q{item["index"]} {escape(item["skill"])}: '
                         f'{item["score"]}/10</title></circle>')
    else:
        parts.append(f'<text x="{_PAD + 8}" y="{_PAD + height / 2}" font-size="13" '
                     'fill="#57606a">no activity recorded</text>')
    parts.append("</svg>")
    return "".join(parts)


def _row(*cells: Any) -> str:
    return "<tr>" + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in cells) \
        + "</tr>"


def render_html(report: dict[str, Any]) -> str:
    """Render the report as one self-contained, escaped HTML page (no scripts, no CDN)."""
    e = escape
    summary, timeline = report["summary"], report["timeline"]
    body = [f"<h1>Assessment report: {e(str(report['candidate']))}</h1>",
            (f"<p class=muted>{e(str(report['assessment']))} · session {report['session_id']} · "
             f"{e(str(report['status']))} · {e(str(report['started_at'] or '-'))} → "
             f"{e(str(report['finished_at'] or '-'))}</p>"),
            "<h2>Summary</h2>", f"<p>{e(summary['text'])}</p>", chart_svg(report),
            ("<h2>Scores per skill</h2><table><tr><th>skill</th><th>questions</th>"
             "<th>answered</th><th>average</th></tr>")]
    body += [_row(skill, v["questions"], v["answered"], "-" if v["average"] is None
                  else v["average"]) for skill, v in report["skills"].items()]
    body.append("</table><h2>Questions</h2>")
    for item in report["interactions"]:
        where = f"{item['path']} line {item['line']}" if item["path"] else "general"
        body.append(
            f"<h3>{item['index']}. {e(item['skill'])} — <code>{e(where)}</code></h3>"
            f"<p><strong>Question:</strong> {e(item['question'])}</p>"
            f"<p><strong>Answer:</strong> {e(str(item['response'] or 'no answer'))}</p>"
            f"<p><strong>Evaluation:</strong> {e(str(item['evaluation'] or '-'))}</p>"
            f"<p class=score>Score: {e(_score(item['score']))}</p>")
    body.append(
        f"<h2>Coding timeline</h2><p>Active time {e(_minutes(timeline['active_seconds']))}; "
        f"{timeline['edits']} edits; +{timeline['lines_added']} / -{timeline['lines_removed']} "
        f"lines; {timeline['chars_added']} characters added.</p><table><tr><th>largest "
        "insertion at</th><th>path</th><th>characters</th><th>lines</th></tr>")
    body += [_row(i["at"], i["path"], i["chars_added"], i["lines_added"])
             for i in timeline["largest_insertions"]]
    body.append("</table><h2>Integrity signals</h2><p class=muted>Signals are prompts for a "
                "closer look, never a verdict.</p><ul>")
    body += [f"<li class={'warn' if s['severity'] == 'warn' else 'info'}>{e(s['kind'])} "
             f"{e(str(s['path'] or ''))} {e(str(s['at'] or ''))}: {e(s['detail'])}</li>"
             for s in report["integrity"]] or ["<li>none</li>"]
    body.append("</ul><h2>Final files</h2>")
    body += [f"<h3><code>{e(path)}</code></h3><pre><code>{e(content)}</code></pre>"
             for path, content in report["files"].items()]
    title = e(f"viva report: {report['candidate']} ({report['assessment']})")
    return ("<!doctype html><html lang=en><head><meta charset=utf-8>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'><title>{title}"
            f"</title><style>{_CSS}</style></head><body>{''.join(body)}</body></html>\n")
