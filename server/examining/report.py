"""Session reports from the database, and integrity flags as stored on `Session.flags`.

A report is built from what the database holds (interactions, changes, flags, the final
files) by the examiner library's `build_report`, with each question's rubric and what its
grade found beside it (`server.examining.report_rubric`), rendered once into Markdown and HTML, and
stored in the `Report` row of the session, replaced when generated again.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime
from typing import Any

from tortoise.exceptions import IntegrityError

from server.comparing.report import similarity_html, similarity_markdown, similarity_section
from server.examiner import (
    ChangeRecord,
    IntegritySignal,
    ReportInput,
    build_report,
    render_html,
    render_markdown,
)
from server.examiner.integrity import without_starter
from server.examining.feedback import Feedback, candidate_evaluation
from server.examining.report_rubric import (
    attach_rubrics,
    insert_html,
    insert_markdown,
    rubric_html,
    rubric_markdown,
)
from server.packs.mcq_report import quiz_report
from server.packs.mcq_state import McqState
from server.sessions.clock import CLOSED
from server.storage.models import Change, Interaction, Report, Session
from server.storage.packs import pack_of
from server.storage.workspace import rebuild_files
from server.testruns.report import tests_html, tests_markdown, tests_section

__all__ = ["candidate_view", "final_code", "flag_key", "flag_of", "rendered", "report_input",
           "signal_of", "store_report"]


def flag_of(signal: IntegritySignal) -> dict[str, Any]:
    """A signal as stored in `Session.flags`: {kind, at, path, detail, severity}."""
    return {"kind": signal.kind, "at": signal.at.isoformat() if signal.at else None,
            "path": signal.path, "detail": signal.detail, "severity": signal.severity}


def signal_of(flag: dict[str, Any]) -> IntegritySignal:
    """A stored flag back as a signal (tolerant of hand-edited rows)."""
    at = flag.get("at")
    try:
        when = datetime.fromisoformat(at) if isinstance(at, str) and at else None
    except ValueError:
        when = None
    return IntegritySignal(str(flag.get("kind") or "note"), when, flag.get("path"),
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


def quiz_of(session: Session) -> dict[str, Any] | None:
    """The session's multiple-choice quiz as its report shows it, None when it took none."""
    if not session.mcq_state or session.assessment is None:
        return None
    pack = pack_of(session.assessment)
    if pack.mcq is None:
        return None
    return quiz_report(pack, McqState.model_validate(session.mcq_state))


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
        quiz=quiz_of(session),
    )


async def store_report(session: Session, files: dict[str, str] | None = None) -> Report:
    """Build the session's report now and store it, replacing an earlier one."""
    inp = await report_input(session, files)
    data = build_report(inp)
    attach_rubrics(data, inp.interactions, final=session.status in CLOSED)
    data["tests"] = await tests_section(session.id)
    data["similarity"] = await similarity_section(session.id)
    now = datetime.now(UTC)
    data["generated_at"] = now.isoformat()
    markdown, html = rendered(data)
    # the candidate's report: the same, its tests section built from the candidate's views
    # alone, and no similarity section (the other sessions are staff business)
    mine = {**data, "tests": await tests_section(session.id, staff=False), "similarity": None}
    fields: dict[str, Any] = {"data": data, "created_at": now, "markdown": markdown, "html": html,
                              "candidate_data": mine}
    report = await Report.get_or_none(session_id=session.id)
    if report is None:
        try:
            return await Report.create(session_id=session.id, **fields)
        except IntegrityError:  # another process stored one first: replace it
            report = await Report.get(session_id=session.id)
    report.update_from_dict(fields)
    await report.save()
    return report


def rendered(data: dict[str, Any]) -> tuple[str, str]:
    """A built report as Markdown and as HTML: the examiner's layout, the rubric beside each
    grade, the tests, the similarity with other sessions."""
    markdown = insert_markdown(render_markdown(data), rubric_markdown(data))
    html = insert_html(render_html(data), rubric_html(data))
    return (markdown + tests_markdown(data.get("tests")) + similarity_markdown(data.get("similarity")),
            with_section(with_section(html, tests_html(data.get("tests"))),
                         similarity_html(data.get("similarity"))))


def candidate_view(data: dict[str, Any], feedback: Feedback) -> dict[str, Any]:
    """The report as its candidate may read it: each evaluation as the pack's `feedback`
    allows, and no rubric (with `points`, the key points covered and missed stay)."""
    view = copy.deepcopy(data)
    for item in view.get("interactions") or []:
        grade = {k: item.get(k) or [] for k in ("covered", "missing", "misconceptions")}
        item["evaluation"] = candidate_evaluation(item.get("evaluation"), item.get("score"),
                                                  grade, feedback)
        item["rubric"] = None
        if feedback == "score":
            item["covered"], item["missing"], item["misconceptions"] = [], [], []
    return view


def with_section(page: str, fragment: str) -> str:
    """`page` with `fragment` put just before the end of its body (or at its end)."""
    if not fragment:
        return page
    at = page.rfind("</body>")
    return page[:at] + fragment + page[at:] if at >= 0 else page + fragment
