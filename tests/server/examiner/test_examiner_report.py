"""Integrity signals and the session report in JSON, Markdown and HTML."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

from server.examiner.integrity import ChangeRecord, IntegritySignal, detect_signals
from server.examiner.report import ReportInput, build_report, render_html, render_markdown

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def _at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_steady_typing_raises_no_signal() -> None:
    """Small changes every few seconds are just typing."""
    changes = [ChangeRecord(_at(5 * i), "a.py", 1, 30, 0) for i in range(40)]
    assert detect_signals(changes) == []


def test_a_large_insertion_faster_than_typing_is_a_paste_burst() -> None:
    """900 characters two seconds after the last edit is flagged, with the numbers."""
    changes = [ChangeRecord(_at(0), "a.py", 1, 20, 0), ChangeRecord(_at(2), "a.py", 30, 900, 0)]
    [signal] = detect_signals(changes)
    assert signal.kind == "paste_burst" and signal.severity == "warn"
    assert signal.path == "a.py" and signal.at == _at(2)
    assert "900 characters" in signal.detail


def test_a_large_insertion_typed_slowly_is_not_a_burst() -> None:
    """500 characters two minutes after the last edit is a typing rate, not a paste."""
    changes = [ChangeRecord(_at(0), "a.py", 1, 20, 0), ChangeRecord(_at(120), "a.py", 16, 500, 0)]
    assert detect_signals(changes) == []


def test_a_long_idle_then_a_large_insertion_is_flagged() -> None:
    """Twelve minutes without edits, then 600 characters at once."""
    changes = [ChangeRecord(_at(0), "a.py", 1, 10, 0), ChangeRecord(_at(720), "b.py", 20, 600, 0)]
    [signal] = detect_signals(changes)
    assert signal.kind == "idle_then_burst" and signal.severity == "warn"
    assert "12 min" in signal.detail and signal.path == "b.py"


def _input() -> ReportInput:
    return ReportInput(
        session_id=42,
        candidate="Ada <script>alert(1)</script>",
        assessment_title="Python take-home",
        status="completed",
        started_at=_at(0),
        finished_at=_at(1800),
        interactions=[
            {"question": "What is the time complexity of `pairs`?", "path": "a.py", "line": 4,
             "skill": "complexity", "response": "O(n^2) <b>because</b> nested loops",
             "evaluation": "Score 8/10. Right: O(n^2).", "score": 8, "asked_at": _at(300),
             "answered_at": _at(360)},
            {"question": "How would you test `pairs`?", "path": "a.py", "line": 1,
             "skill": "testing", "response": "I don't know", "evaluation": "Score 0/10.",
             "score": 0, "asked_at": _at(900), "answered_at": _at(950)},
            {"question": "What does `load` raise?", "path": "b.py", "line": 2,
             "skill": "error_handling", "response": None, "evaluation": None, "score": None,
             "asked_at": _at(1500).isoformat(), "answered_at": None},
        ],
        changes=[ChangeRecord(_at(10 * i), "a.py", 1, 40, 0) for i in range(1, 20)]
        + [ChangeRecord(_at(1200), "b.py", 30, 1200, 2)],
        signals=[IntegritySignal("idle_then_burst", _at(1200), "b.py", "1200 characters after 16 min",
                        "warn")],
        files={"a.py": "def pairs(xs):\n    return [(a, b) for a in xs for b in xs]\n",
               "b.py": "# ``` tricky </pre> <script>x()</script>\n"},
    )


def test_the_json_report_has_summary_skills_questions_timeline_signals_and_files() -> None:
    """Every part is present, JSON-serialisable, and the numbers add up."""
    report = build_report(_input())
    json.dumps(report)
    assert report["summary"]["questions"] == 3 and report["summary"]["answered"] == 2
    assert report["summary"]["average_score"] == 4.0
    assert report["skills"]["complexity"] == {"questions": 1, "answered": 1, "average": 8.0}
    assert report["skills"]["error_handling"]["average"] is None
    assert [i["score"] for i in report["interactions"]] == [8, 0, None]
    timeline = report["timeline"]
    # edits 10-190 s (180), the answer at 360 (170), the edit at 1200 after the answer at 950
    # (250); the 590 s from 360 to 950 is idle
    assert timeline["edits"] == 20 and timeline["active_seconds"] == 600
    assert timeline["largest_insertions"][0]["chars_added"] == 1200
    assert sum(b["edits"] for b in timeline["activity"]) == 20
    assert report["integrity"][0]["kind"] == "idle_then_burst"
    assert set(report["files"]) == {"a.py", "b.py"}


def test_the_markdown_report_lists_every_question_and_fences_files_safely() -> None:
    """Questions, answers, scores, signals; a file containing ``` still gets a closed fence."""
    markdown = render_markdown(build_report(_input()))
    for text in ("## Summary", "## Scores per skill", "What is the time complexity",
                 "**Score:** 8/10", "not answered", "idle_then_burst", "## Final files"):
        assert text in markdown
    assert "\n````\n# ``` tricky" in markdown


def test_the_html_report_is_self_contained_escaped_and_has_the_svg_chart() -> None:
    """Inline SVG with bars and score dots; candidate text is escaped; no scripts or CDN."""
    page = render_html(build_report(_input()))
    assert page.startswith("<!doctype html>")
    assert "<svg" in page and "<rect" in page and page.count("<circle") == 2
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "&lt;b&gt;because&lt;/b&gt;" in page
    assert "</pre> <script>" not in page
    assert "http://" not in page.replace('xmlns="http://www.w3.org/2000/svg"', "")


def test_an_empty_session_still_renders() -> None:
    """No questions, changes or times: every format still works."""
    report = build_report(ReportInput(1, "Bo", "Demo", "active", None, None))
    assert report["summary"]["average_score"] is None
    assert "no activity recorded" in render_html(report)
    assert "- none" in render_markdown(report)


def test_a_short_session_counts_its_active_seconds() -> None:
    """One edit, then an answer 44 s later: 44 s of active time, said in seconds (not "0
    active minutes")."""
    inp = ReportInput(session_id=3, candidate="ana", assessment_title="t", status="completed",
                      started_at=_at(0), finished_at=_at(50),
                      interactions=[{"question": "Why?", "path": "a.py", "line": 1,
                                     "skill": "testing", "response": "Because.", "score": 5,
                                     "asked_at": _at(10), "answered_at": _at(44)}],
                      changes=[ChangeRecord(_at(0), "a.py", 3, 40, 0)])
    report = build_report(inp)
    assert report["timeline"]["active_seconds"] == 44
    assert "44 s of active time" in report["summary"]["text"]
    assert "Active time: 44 s" in render_markdown(report)
