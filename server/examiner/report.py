"""The session report: build a JSON-able dict, then render it as Markdown or HTML."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any, Final

from ._render import markdown_inline, plural, render_html, render_markdown
from ._render_quiz import duration, quiz_sentence
from .integrity import ChangeRecord, IntegritySignal

__all__ = ["ReportInput", "build_report", "markdown_inline", "render_html", "render_markdown"]

IDLE_GAP: Final = timedelta(minutes=5)
"""Gaps between edits (and answers) longer than this do not count as active time."""
_BUCKETS: Final = 30
_LARGEST: Final = 5


@dataclass
class ReportInput:
    """Everything a report is built from."""

    session_id: int
    candidate: str
    assessment_title: str
    status: str
    started_at: datetime | None
    finished_at: datetime | None
    interactions: list[dict[str, Any]] = field(default_factory=list)
    """Each: question, path, line, skill, response, evaluation, score, asked_at, answered_at."""
    changes: list[ChangeRecord] = field(default_factory=list)
    signals: list[IntegritySignal] = field(default_factory=list)
    files: dict[str, str] = field(default_factory=dict)
    quiz: dict[str, Any] | None = None
    """The multiple-choice quiz (`server.packs.mcq_report.quiz_report`), None without one."""


def _iso(value: Any) -> str | None:
    if value is None:
        return None
    return value.isoformat() if isinstance(value, datetime) else str(value)


def _parse(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def _interaction(index: int, item: dict[str, Any]) -> dict[str, Any]:
    score = item.get("score")
    return {
        "index": index,
        "question": str(item.get("question") or ""),
        "path": item.get("path"),
        "line": item.get("line"),
        "skill": str(item.get("skill") or "general"),
        "response": item.get("response"),
        "evaluation": item.get("evaluation"),
        "score": int(score) if isinstance(score, (int, float)) else None,
        "asked_at": _iso(item.get("asked_at")),
        "answered_at": _iso(item.get("answered_at")),
    }


def _skills(interactions: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    skills: dict[str, dict[str, Any]] = {}
    for item in interactions:
        entry = skills.setdefault(item["skill"], {"questions": 0, "answered": 0, "scores": []})
        entry["questions"] += 1
        if item["score"] is not None:
            entry["answered"] += 1
            entry["scores"].append(item["score"])
    for entry in skills.values():
        scores = entry.pop("scores")
        entry["average"] = round(sum(scores) / len(scores), 1) if scores else None
    return dict(sorted(skills.items()))


def _moments(inp: ReportInput, changes: list[ChangeRecord]) -> list[datetime]:
    """When the candidate was at work: edits, answers to questions, and quiz answers (a
    short session of one edit and an answer is active between the two)."""
    times = [c.ts for c in changes]
    times += [t if t.tzinfo else t.replace(tzinfo=UTC)
              for i in inp.interactions for t in (_parse(i.get("answered_at")),) if t]
    return sorted(times)


def _timeline(inp: ReportInput) -> dict[str, Any]:
    changes = sorted(inp.changes, key=lambda c: c.ts)
    active = timedelta()
    for before, after in pairwise(_moments(inp, changes)):
        gap = after - before
        if gap <= IDLE_GAP:
            active += gap
    largest = sorted(changes, key=lambda c: (-c.chars_added, c.ts))[:_LARGEST]
    return {
        "active_seconds": int(active.total_seconds()),
        "edits": len(changes),
        "lines_added": sum(c.lines_added for c in changes),
        "lines_removed": sum(c.lines_removed for c in changes),
        "chars_added": sum(c.chars_added for c in changes),
        "first_edit": _iso(changes[0].ts) if changes else None,
        "last_edit": _iso(changes[-1].ts) if changes else None,
        "largest_insertions": [
            {"at": _iso(c.ts), "path": c.path, "chars_added": c.chars_added,
             "lines_added": c.lines_added} for c in largest if c.chars_added > 0
        ],
        "activity": _activity(inp, changes),
    }


def _span(inp: ReportInput, changes: list[ChangeRecord]) -> tuple[datetime, datetime] | None:
    times = [t for t in (inp.started_at, inp.finished_at) if t is not None]
    times += [c.ts for c in changes]
    times += [t for i in inp.interactions for t in (_parse(i.get("asked_at")),) if t]
    if not times:
        return None
    return min(times), max(times)


def _activity(inp: ReportInput, changes: list[ChangeRecord]) -> list[dict[str, Any]]:
    span = _span(inp, changes)
    if span is None:
        return []
    start, end = span
    seconds = max(60.0, (end - start).total_seconds())
    width = max(60, math.ceil(seconds / _BUCKETS / 60) * 60)
    count = max(1, math.ceil(seconds / width))
    edits = [0] * count
    chars = [0] * count
    for change in changes:
        slot = min(count - 1, int((change.ts - start).total_seconds() // width))
        edits[slot] += 1
        chars[slot] += change.chars_added
    return [{"start": _iso(start + timedelta(seconds=i * width)), "edits": edits[i],
             "chars_added": chars[i]} for i in range(count)]


def _summary(inp: ReportInput, interactions: list[dict[str, Any]],
             skills: dict[str, dict[str, Any]], timeline: dict[str, Any]) -> dict[str, Any]:
    scores = [i["score"] for i in interactions if i["score"] is not None]
    average = round(sum(scores) / len(scores), 1) if scores else None
    rated = {k: v["average"] for k, v in skills.items() if v["average"] is not None}
    warnings = sum(1 for s in inp.signals if s.severity == "warn")
    parts = []
    if interactions or not inp.quiz:
        asked = plural(len(interactions), "code question" if inp.quiz else "question")
        said = f"answered {len(scores)} of {asked}"
        if average is not None:
            said += f" with an average score of {average}/10"
        parts.append(said)
    if inp.quiz:
        parts.append("got " + quiz_sentence(inp.quiz))
    text = f"{inp.candidate} " + "; ".join(parts)
    if timeline["edits"] or not inp.quiz:
        text += (f", over {plural(timeline['edits'], 'edit')} and "
                 f"{duration(timeline['active_seconds'])} of active time")
    text += "."
    if inp.signals:
        text += (f" {plural(len(inp.signals), 'integrity signal')} to review ({warnings} "
                 "marked warn); signals are prompts for a closer look, not a verdict.")
    quiz = None if not inp.quiz else {
        key: inp.quiz.get(key) for key in ("correct", "answered", "unanswered", "total_questions",
                                           "percent", "score", "time_taken_seconds", "completed")}
    return {
        "questions": len(interactions), "answered": len(scores), "average_score": average,
        "overall_percent": round(average * 10) if average is not None else None,
        "strongest_skill": max(rated, key=lambda k: (rated[k], k)) if rated else None,
        "weakest_skill": min(rated, key=lambda k: (rated[k], k)) if rated else None,
        "active_seconds": timeline["active_seconds"], "edits": timeline["edits"],
        "signals": len(inp.signals), "warnings": warnings, "quiz": quiz, "text": text,
    }


def build_report(inp: ReportInput) -> dict[str, Any]:
    """Build the JSON-able report: summary, skills, questions, quiz, timeline, signals, files."""
    interactions = [_interaction(n, item) for n, item in enumerate(inp.interactions, 1)]
    skills = _skills(interactions)
    timeline = _timeline(inp)
    return {
        "session_id": inp.session_id,
        "candidate": inp.candidate,
        "assessment": inp.assessment_title,
        "status": inp.status,
        "started_at": _iso(inp.started_at),
        "finished_at": _iso(inp.finished_at),
        "summary": _summary(inp, interactions, skills, timeline),
        "skills": skills,
        "interactions": interactions,
        "timeline": timeline,
        "integrity": [{"kind": s.kind, "at": _iso(s.at), "path": s.path, "detail": s.detail,
                       "severity": s.severity} for s in inp.signals],
        "files": dict(sorted(inp.files.items())),
        "quiz": inp.quiz,
    }

