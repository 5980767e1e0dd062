"""Session reports from the database, and integrity flags as stored on `Session.flags`.

A report is built from what the database holds (interactions, changes, flags, the final
files) by the examiner library's `build_report`, with each question's rubric and what its
grade found beside it (`server.examining.report_rubric`), rendered once into Markdown and HTML, and
stored in the `Report` row of the session, replaced when generated again.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError

from server.comparing.report import similarity_html, similarity_markdown, similarity_section
from server.examiner import (
    ChangeRecord,
    ReportInput,
    Signal,
    build_report,
    render_html,
    render_markdown,
)
from server.examiner.integrity import without_starter
from server.examining.report_rubric import (
    attach_rubrics,
    insert_html,
    insert_markdown,
    rubric_html,
    rubric_markdown,
)
from server.sessions.clock import CLOSED
from server.storage.models import Change, Interaction, Report, Session
from server.storage.workspace import rebuild_files
from server.testruns.report import tests_html, tests_markdown, tests_section

__all__ = ["final_code", "flag_key", "flag_of", "report_input", "signal_of", "store_report"]


def flag_of(signal: Signal) -> dict[str, Any]:
    """A signal as stored in `Session.flags`: {kind, at, path, detail, severity}."""
    return {"kind": signal.kind, "at": signal.at.isoformat() if signal.at else None,
            "path": signal.path, "detail": signal.detail, "severity": signal.severity}


def signal_of(flag: dict[str, Any]) -> Signal:
    """A stored flag back as a signal (tolerant of hand-edited rows)."""
    at = flag.get("at")
    try:
        when = datetime.fromisoformat(at) if isinstance(at, str) and at else None
    except ValueError:
        when = None
    return Signal(str(flag.get("kind") or "note"), when, flag.get("path"),
                  str(flag.get("detail") or ""), str(flag.get("severity") or "info"))


def flag_key(flag: dict[str, Any]) -> tuple[Any, ...]:
    """What makes two flags the same finding."""
    return flag.get("kind"), flag.get("at"), flag.get("path"), flag.get("detail")


def final_code(files: dict[str, str]) -> str:
    """A workspace as one text, for similarity between candidates (paths left out on purpose:
    two candidates given the same starter files would match on names alone)."""
    return "\n".join(files[path] for path in sorted(files))


def _candidates_part(change: dict[str, Any], starter: dict[str, Any]) -> ChangeRecord:
    """A stored change as the candidate's doing: a file's first text less its starter file."""
    record = ChangeRecord(change["created_at"], change["path"], change["lines_added"],
                          change["chars_added"], change["lines_removed"])
    if change["version"] != 1 or change["path"] not in starter:
        return record
    return without_starter(record, change["content"], str(starter[change["path"]]))


async def report_input(session: Session, files: dict[str, str] | None = None) -> ReportInput:
    """Everything the report needs, read from the database (`files`: the final workspace,
    when the caller has it already)."""
    await session.fetch_related("candidate", "assessment")
    rows = await Interaction.filter(session_id=session.id).order_by("asked_at", "id").values(
        "question", "path", "line", "skill", "response", "evaluation", "score", "asked_at",
        "answered_at", "rubric", "grade")
    changes = await Change.filter(session_id=session.id).order_by("id").values(
        "created_at", "path", "lines_added", "chars_added", "lines_removed", "version", "content")
    starter = ((session.assessment.pack or {}).get("task") or {}).get("files") or {} \
        if session.assessment else {}
    return ReportInput(
        session_id=session.id,
        candidate=session.candidate.name,
        assessment_title=session.assessment.title if session.assessment else "Free coding session",
        status=session.status,
        started_at=session.created_at,
        finished_at=session.finished_at,
        interactions=list(rows),
        changes=[_candidates_part(c, starter) for c in changes],
        signals=[signal_of(f) for f in session.flags or [] if isinstance(f, dict)],
        files=files if files is not None else await rebuild_files(session.id),
    )


async def store_report(session: Session, files: dict[str, str] | None = None) -> Report:
    """Build the session's report now and store it, replacing an earlier one."""
    inp = await report_input(session, files)
    data = build_report(inp)
    attach_rubrics(data, inp.interactions, final=session.status in CLOSED)
    data["tests"] = await tests_section(session.id)
    data["similarity"] = await similarity_section(session.id)
    markdown = insert_markdown(render_markdown(data), rubric_markdown(data))
    html = insert_html(render_html(data), rubric_html(data))
    fields: dict[str, Any] = {
        "data": data, "created_at": datetime.now(UTC),
        "markdown": markdown + tests_markdown(data["tests"]) + similarity_markdown(data["similarity"]),
        "html": with_section(with_section(html, tests_html(data["tests"])),
                             similarity_html(data["similarity"]))}
    report = await Report.get_or_none(session_id=session.id)
    if report is None:
        try:
            return await Report.create(session_id=session.id, **fields)
        except IntegrityError:  # another process stored one first: replace it
            report = await Report.get(session_id=session.id)
    report.update_from_dict(fields)
    await report.save()
    return report


def with_section(page: str, fragment: str) -> str:
    """`page` with `fragment` put just before the end of its body (or at its end)."""
    if not fragment:
        return page
    at = page.rfind("</body>")
    return page[:at] + fragment + page[at:] if at >= 0 else page + fragment
