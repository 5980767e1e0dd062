"""Render a built report as Markdown or as one self-contained HTML page with an SVG chart."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from functools import cache
from html import escape
from typing import TYPE_CHECKING, Any, Final

from ._render_quiz import duration, quiz_html, quiz_markdown

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_CHART_W: Final = 720
_CHART_H: Final = 250
_LEFT: Final = 56
"""Room for the characters scale."""
_RIGHT: Final = 40
"""Room for the scores scale."""
_TOP: Final = 32
_BOTTOM: Final = 48
"""Room for the time labels and the time axis's title."""
_TICK_MINUTES: Final = (1, 2, 5, 10, 15, 20, 30, 60, 120, 240, 480, 720, 1440)
_MAX_TICKS: Final = 8
_CSS: Final = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;max-width:960px;margin:2rem auto;
padding:0 1rem;color:#1f2328;line-height:1.45}
h1,h2,h3{line-height:1.2}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
th,td{border:1px solid #d0d7de;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f6f8fa}pre{background:#f6f8fa;padding:.75rem;overflow:auto;border-radius:6px}
.warn{color:#9a6700;font-weight:600}.info{color:#57606a}.score{font-weight:600}
.muted{color:#57606a}svg{background:#fff;border:1px solid #d0d7de;border-radius:6px}
h4{margin:.6rem 0 .2rem;font-size:.95rem}.md p,.answer{margin:.2rem 0}
code{background:#f6f8fa;padding:0 .2rem;border-radius:4px}.answer{white-space:pre-wrap}
"""


def plural(count: int, noun: str) -> str:
    """`1 edit`, `2 edits`: a count with its noun agreeing."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _time(value: Any) -> datetime | None:
    moment: datetime | None = value if isinstance(value, datetime) else None
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return None
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def _when(value: Any) -> str:
    """A moment as a reader says it: `5 Jan 2026 09:00 UTC` (no seconds or fractions)."""
    moment = _time(value)
    if moment is None:
        return "-" if value is None else str(value)
    moment = moment.astimezone(UTC)
    return f"{moment.day} {moment:%b %Y %H:%M} UTC"


def _since(value: Any, start: datetime | None) -> str:
    """A moment in the session as time since its start, `+20:05` (or `+1:02:03`, `+0:09`)."""
    moment = _time(value)
    if moment is None or start is None:
        return _when(value)
    seconds = max(0, int((moment - start).total_seconds()))
    hours, rest = divmod(seconds, 3600)
    return f"+{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else \
        f"+{rest // 60}:{rest % 60:02d}"


def _start(report: dict[str, Any]) -> datetime | None:
    """What times in the session are counted from: its start, else its first activity."""
    activity = report["timeline"]["activity"]
    return _time(report["started_at"]) or (_time(activity[0]["start"]) if activity else None)


@cache
def _markdown() -> MarkdownIt:
    # html off: raw HTML in the text is escaped; links and images off: nothing in a report
    # (which the examiner's text reaches from the candidate's code) points anywhere
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).disable(["link", "image", "autolink"])


def markdown_html(text: str) -> str:
    """Examiner text (Markdown: inline code, emphasis, lists, code blocks) as safe HTML."""
    return str(_markdown().render(text))


def markdown_inline(text: str) -> str:
    """One line of examiner text (inline code, emphasis) as safe HTML, without a paragraph."""
    return str(_markdown().renderInline(text))


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("|", "\\|").split())


def _block(value: Any) -> str:
    """Examiner text kept as the Markdown it is, without blank-line runs or trailing space."""
    text = "" if value is None else str(value)
    return re.sub(r"\n{3,}", "\n\n", "\n".join(line.rstrip() for line in text.strip().splitlines()))


def _fence(content: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", content)), default=0)
    return "`" * max(3, longest + 1)


_LIVE: Final = ("active", "paused")


def _made(report: dict[str, Any]) -> str:
    """When the report was made, and for a live session that fetching it again updates it."""
    made = f"Report made {_when(report['generated_at'])}"
    if report.get("status") in _LIVE:
        return made + ("; the session is still going: fetch the report again (`viva report`) "
                       "for what it is now.")
    return made + "."


def _score(value: Any) -> str:
    return "not answered" if value is None else f"{value}/10"


def render_markdown(report: dict[str, Any]) -> str:
    """Render the report as Markdown."""
    summary = report["summary"]
    out = [f"# Assessment report: {_cell(report['candidate'])}", "",
           f"- Assessment: {_cell(report['assessment'])}",
           f"- Session: {report['session_id']} ({_cell(report['status'])})",
           f"- Started: {_when(report['started_at'])}; finished: {_when(report['finished_at'])}",
           *([f"- {_made(report)}"] if report.get("generated_at") else []),
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
        # the examiner writes Markdown: its lists and code blocks keep their lines
        out += [f"### {item['index']}. {_cell(item['skill'])} — {where}", "",
                f"**Question:** {_block(item['question'])}", "",
                f"**Answer:** {_cell(item['response']) or '_no answer_'}", "",
                f"**Evaluation:** {_block(item['evaluation']) or '-'}", "",
                f"**Score:** {_score(item['score'])}", ""]
    out += quiz_markdown(report)
    timeline, start = report["timeline"], _start(report)
    out += ["## Coding timeline", "",
            f"- Active time: {duration(timeline['active_seconds'])}",
            (f"- Edits: {timeline['edits']} (+{timeline['lines_added']} / "
             f"-{timeline['lines_removed']} lines, {timeline['chars_added']} characters added)"),
            "", "Largest insertions (time since the start):", ""]
    for ins in timeline["largest_insertions"] or []:
        out.append(f"- {_since(ins['at'], start)} `{_cell(ins['path'])}`: "
                   f"{plural(ins['chars_added'], 'character')}, "
                   f"{plural(ins['lines_added'], 'line')}")
    if not timeline["largest_insertions"]:
        out.append("- none")
    out += ["", "## Integrity signals", "",
            "_Signals are prompts for a closer look, never a verdict._", ""]
    for signal in report["integrity"]:
        where = f" `{_cell(signal['path'])}`" if signal["path"] else ""
        at = f" at {_since(signal['at'], start)}" if signal["at"] else ""
        out.append(f"- **{signal['severity']}** {signal['kind']}{where}{at}: "
                   f"{_cell(signal['detail'])}")
    if not report["integrity"]:
        out.append("- none")
    out += ["", "## Final files", ""]
    for path, content in report["files"].items():
        fence = _fence(content)
        out += [f"### `{_cell(path)}`", "", fence, content.rstrip("\n"), fence, ""]
    return "\n".join(out).rstrip() + "\n"


def _tick_minutes(total_seconds: float) -> int:
    """The step between time labels: the smallest round one giving at most _MAX_TICKS."""
    for step in _TICK_MINUTES:
        if total_seconds / (60 * step) <= _MAX_TICKS - 1:
            return step
    return _TICK_MINUTES[-1]


def _duration_label(minutes: int) -> str:
    return f"{minutes // 60} h" if minutes >= 120 and minutes % 60 == 0 else f"{minutes} min"


def _text(x: float, y: float, label: str, anchor: str = "middle", size: int = 11) -> str:
    return (f'<text x="{x:.1f}" y="{y:.1f}" font-size="{size}" fill="#57606a" '
            f'text-anchor="{anchor}">{escape(label)}</text>')


def _axes(width: float, height: float, peak: int, total: float) -> list[str]:
    """The time axis along the bottom, characters on the left, scores on the right."""
    left, bottom, right = _LEFT, _TOP + height, _LEFT + width
    grey = 'stroke="#8c959f"'
    parts = [f'<line x1="{left}" y1="{bottom}" x2="{right}" y2="{bottom}" {grey}/>',
             f'<line x1="{left}" y1="{_TOP}" x2="{left}" y2="{bottom}" {grey}/>',
             f'<line x1="{right}" y1="{_TOP}" x2="{right}" y2="{bottom}" {grey}/>']
    for value in sorted({0, peak // 2, peak}):
        y, label = bottom - height * value / peak, str(value)
        parts.append(f'<line x1="{left - 4}" y1="{y:.1f}" x2="{left}" y2="{y:.1f}" {grey}/>')
        parts.append(_text(left - 7, y + 4, label, "end"))
    for score in (0, 5, 10):
        y = bottom - height * score / 10
        parts.append(f'<line x1="{right}" y1="{y:.1f}" x2="{right + 4}" y2="{y:.1f}" {grey}/>')
        parts.append(_text(right + 7, y + 4, str(score), "start"))
    step = _tick_minutes(total)
    minute = 0
    while minute * 60 <= total + 1e-6:
        x = left + width * minute * 60 / total
        parts.append(f'<line x1="{x:.1f}" y1="{bottom}" x2="{x:.1f}" y2="{bottom + 4}" {grey}/>')
        parts.append(_text(x, bottom + 16, _duration_label(minute)))
        minute += step
    parts.append(_text(left + width / 2, bottom + 36, "time since start"))
    return parts


def chart_svg(report: dict[str, Any]) -> str:
    """An inline SVG: bars of characters added over time, dots for each answer's score,
    with a time axis (time since the start) and both value scales."""
    buckets = report["timeline"]["activity"]
    scored = [(i, _time(i["answered_at"] or i["asked_at"])) for i in report["interactions"]
              if i["score"] is not None]
    width, height = _CHART_W - _LEFT - _RIGHT, _CHART_H - _TOP - _BOTTOM
    parts = [(f'<svg xmlns="http://www.w3.org/2000/svg" width="{_CHART_W}" height="{_CHART_H}" '
              f'viewBox="0 0 {_CHART_W} {_CHART_H}" role="img" '
              'aria-label="Activity and scores over time">'),
             _text(_LEFT, _TOP - 14, "characters added (bars, left scale) and scores 0–10 "
                   "(dots, right scale)", "start", 12)]
    starts = [t for t in (_time(b["start"]) for b in buckets) if t is not None]
    if buckets and starts:
        peak = max(1, *(b["chars_added"] for b in buckets))
        step = width / len(buckets)
        origin = starts[0]
        slot = (starts[1] - starts[0]).total_seconds() if len(starts) > 1 else 60.0
        total = (starts[-1] - origin).total_seconds() + slot
        parts += _axes(width, height, peak, total)
        for n, bucket in enumerate(buckets):
            h = height * bucket["chars_added"] / peak
            parts.append(f'<rect x="{_LEFT + n * step + 1:.1f}" y="{_TOP + height - h:.1f}" '
                         f'width="{max(1.0, step - 2):.1f}" height="{h:.1f}" fill="#54aeff">'
                         f'<title>{escape(_since(bucket["start"], origin))}: '
                         f'{plural(bucket["chars_added"], "character")}, '
                         f'{plural(bucket["edits"], "edit")}</title></rect>')
        for n, (item, at) in enumerate(scored):
            offset = (at - origin).total_seconds() / total if at else (n + 1) / (len(scored) + 1)
            x = _LEFT + width * min(1.0, max(0.0, offset))
            y = _TOP + height * (1 - item["score"] / 10)
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5" fill="#cf222e">'
                         f'<title>Q{item["index"]} {escape(item["skill"])}: '
                         f'{item["score"]}/10</title></circle>')
    else:
        parts.append(_text(_LEFT + 8, _TOP + height / 2, "no activity recorded", "start", 13))
    parts.append("</svg>")
    return "".join(parts)


def _row(*cells: Any) -> str:
    return "<tr>" + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in cells) \
        + "</tr>"


def render_html(report: dict[str, Any]) -> str:
    """Render the report as one self-contained, escaped HTML page (no scripts, no CDN)."""
    e = escape
    summary, timeline, start = report["summary"], report["timeline"], _start(report)
    body = [f"<h1>Assessment report: {e(str(report['candidate']))}</h1>",
            (f"<p class=muted>{e(str(report['assessment']))} · session {report['session_id']} · "
             f"{e(str(report['status']))} · {e(_when(report['started_at']))} → "
             f"{e(_when(report['finished_at']))}</p>"),
            *([f"<p class=muted>{e(_made(report))}</p>"] if report.get("generated_at") else []),
            "<h2>Summary</h2>", f"<p>{e(summary['text'])}</p>", chart_svg(report),
            ("<h2>Scores per skill</h2><table><tr><th>skill</th><th>questions</th>"
             "<th>answered</th><th>average</th></tr>")]
    body += [_row(skill, v["questions"], v["answered"], "-" if v["average"] is None
                  else v["average"]) for skill, v in report["skills"].items()]
    body.append("</table><h2>Questions</h2>")
    for item in report["interactions"]:
        where = f"{item['path']} line {item['line']}" if item["path"] else "general"
        # the examiner writes Markdown (rendered, safely); the candidate's answer is shown as typed
        body.append(
            f"<h3>{item['index']}. {e(item['skill'])} — <code>{e(where)}</code></h3>"
            f"<h4>Question</h4><div class=md>{markdown_html(item['question'])}</div>"
            f"<h4>Answer</h4><p class=answer>{e(str(item['response'] or 'no answer'))}</p>"
            f"<h4>Evaluation</h4><div class=md>{markdown_html(str(item['evaluation'] or '-'))}"
            f"</div><p class=score>Score: {e(_score(item['score']))}</p>")
    body.append(quiz_html(report))
    body.append(
        f"<h2>Coding timeline</h2><p>Active time {e(duration(timeline['active_seconds']))}; "
        f"{plural(timeline['edits'], 'edit')}; +{timeline['lines_added']} / "
        f"-{timeline['lines_removed']} lines; {plural(timeline['chars_added'], 'character')} "
        "added.</p><table><tr><th>largest insertion, time since start</th><th>path</th>"
        "<th>characters</th><th>lines</th></tr>")
    body += [_row(_since(i["at"], start), i["path"], i["chars_added"], i["lines_added"])
             for i in timeline["largest_insertions"]]
    body.append("</table><h2>Integrity signals</h2><p class=muted>Signals are prompts for a "
                "closer look, never a verdict.</p><ul>")
    body += [f"<li class={'warn' if s['severity'] == 'warn' else 'info'}>{e(s['kind'])} "
             f"{e(str(s['path'] or ''))}{' at ' + e(_since(s['at'], start)) if s['at'] else ''}"
             f": {e(s['detail'])}</li>" for s in report["integrity"]] or ["<li>none</li>"]
    body.append("</ul><h2>Final files</h2>")
    body += [f"<h3><code>{e(path)}</code></h3><pre><code>{e(content)}</code></pre>"
             for path, content in report["files"].items()]
    title = e(f"viva report: {report['candidate']} ({report['assessment']})")
    return ("<!doctype html><html lang=en><head><meta charset=utf-8>"
            f"<meta name=viewport content='width=device-width,initial-scale=1'><title>{title}"
            f"</title><style>{_CSS}</style></head><body>{''.join(body)}</body></html>\n")
