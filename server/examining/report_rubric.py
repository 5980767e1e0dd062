"""The rubric beside each grade in a session's report: key points covered and missed, claims
that were wrong, and the misconceptions the question was watching for.

The report's own layout is the examiner library's (`server.examiner.report`); this module
adds the rubric data to each question of the built report and renders one more section,
"Grades against the rubric", placed before the coding timeline.
"""

from __future__ import annotations

from html import escape
from typing import Any, Final

from server.examiner.report import markdown_inline

__all__ = ["attach_rubrics", "insert_html", "insert_markdown", "rubric_html", "rubric_markdown"]

TITLE: Final = "Grades against the rubric"
_MD_BEFORE: Final = "\n## Coding timeline\n"
"""Line-anchored: the report puts candidate text on single lines, so only the heading matches."""
_HTML_BEFORE: Final = "<h2>Coding timeline</h2>"


def _texts(value: Any) -> list[str]:
    return [str(v) for v in value if isinstance(v, str | int | float)] \
        if isinstance(value, list) else []


def attach_rubrics(report: dict[str, Any], rows: list[dict[str, Any]], *, final: bool) -> None:
    """Add `rubric`, `covered`, `missing` and `misconceptions` to each of the report's
    questions, from the stored rows (same order as `report["interactions"]`).

    Before the session is over (`final` false) an open question's rubric is left out: its
    candidate may read the report, and the key points would answer the question for them.
    """
    for item, row in zip(report.get("interactions") or [], rows, strict=False):
        rubric, found = row.get("rubric"), row.get("grade")
        grade: dict[str, Any] = found if isinstance(found, dict) else {}
        shown = final or row.get("response") is not None
        item["rubric"] = rubric if isinstance(rubric, dict) and shown else None
        for key in ("covered", "missing", "misconceptions"):
            item[key] = _texts(grade.get(key))


def _claims(rubric: dict[str, Any] | None, key: str) -> list[str]:
    items = (rubric or {}).get(key) or []
    return [str(i.get("claim")) for i in items if isinstance(i, dict) and i.get("claim")]


def _graded(report: dict[str, Any]) -> list[dict[str, Any]]:
    return [i for i in report.get("interactions") or [] if i.get("rubric")
            or i.get("covered") or i.get("missing") or i.get("misconceptions")]


def _where(item: dict[str, Any]) -> str:
    about = (item.get("rubric") or {}).get("about") or {}
    path = about.get("path") or item.get("path")
    line = about.get("line") or item.get("line")
    name = about.get("identifier")
    where = f"{path} line {line}" if path else "general"
    return f"{where}, {name}" if name else where


def _parts(item: dict[str, Any]) -> list[tuple[str, list[str]]]:
    """(label, claims) for one question: covered, missed, wrong, and what it watched for."""
    answered = item.get("response") is not None and item.get("score") is not None
    points = _claims(item.get("rubric"), "key_points")
    covered = item.get("covered") or []
    missing = item.get("missing") or ([] if answered else points)
    watched = _claims(item.get("rubric"), "misconceptions")
    return [("Key points covered", covered if answered else []),
            ("Key points missed" if answered else "Key points", missing),
            ("Wrong claims in the answer", item.get("misconceptions") or []),
            ("Misconceptions watched for", watched)]


def rubric_markdown(report: dict[str, Any]) -> str:
    """The section as Markdown, or "" when no question has a rubric or a graded breakdown."""
    graded = _graded(report)
    if not graded:
        return ""
    out = [f"## {TITLE}", ""]
    for item in graded:
        score = "not answered" if item.get("score") is None else f"{item['score']}/10"
        out += [f"### {item['index']}. {_where(item)} — {score}", ""]
        for label, claims in _parts(item):
            if claims:
                out += [f"- **{label}:**", *[f"  - {' '.join(c.split())}" for c in claims]]
        out.append("")
    return "\n".join(out) + "\n"


def rubric_html(report: dict[str, Any]) -> str:
    """The section as escaped HTML, or "" when there is nothing to show."""
    graded = _graded(report)
    if not graded:
        return ""
    e = escape
    body = [f"<h2>{e(TITLE)}</h2>"]
    for item in graded:
        score = "not answered" if item.get("score") is None else f"{item['score']}/10"
        body.append(f"<h3>{item['index']}. <code>{e(_where(item))}</code> — {e(score)}</h3>")
        for label, claims in _parts(item):
            if claims:
                body.append(f"<p><strong>{e(label)}:</strong></p><ul>"  # `code` as code
                            + "".join(f"<li>{markdown_inline(' '.join(c.split()))}</li>"
                                      for c in claims) + "</ul>")
    return "".join(body)


def insert_markdown(markdown: str, section: str) -> str:
    """`section` placed before the coding timeline (at the end if that heading is absent)."""
    if not section:
        return markdown
    at = markdown.find(_MD_BEFORE)
    if at < 0:
        return markdown + "\n" + section
    return markdown[:at + 1] + section + "\n" + markdown[at + 1:]


def insert_html(html: str, section: str) -> str:
    """`section` placed before the coding timeline (before `</body>` if that is absent)."""
    if not section:
        return html
    at = html.find(_HTML_BEFORE)
    if at < 0:
        at = html.rfind("</body>")
    return html + section if at < 0 else html[:at] + section + html[at:]
