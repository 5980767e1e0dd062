"""The report as a reader sees it: a chart with axes, rendered Markdown, readable times, plurals."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from server.examiner.integrity import ChangeRecord, IntegritySignal
from server.examiner.report import ReportInput, build_report, render_html, render_markdown

T0 = datetime(2026, 1, 5, 9, 0, 0, 123456, tzinfo=UTC)


def _at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


EVALUATION = """Score 7/10. **Right** about `pairs`, but:

- it misses the empty list
- and `<script>alert(1)</script>` is not escaped [here](javascript:alert(1))

```python
print("<b>x</b>")
```"""


def _input(**overrides: object) -> ReportInput:
    values: dict[str, object] = {
        "session_id": 7, "candidate": "Ada", "assessment_title": "Python take-home",
        "status": "completed", "started_at": _at(0), "finished_at": _at(1800),
        "interactions": [{"question": "What is the time complexity of `pairs`?", "path": "a.py",
                          "line": 4, "skill": "complexity", "response": "`O(n)` <b>surely</b>",
                          "evaluation": EVALUATION, "score": 7, "asked_at": _at(300),
                          "answered_at": _at(360)}],
        "changes": [ChangeRecord(_at(60), "a.py", 3, 90, 0),
                    ChangeRecord(_at(1205.5), "a.py", 30, 1200, 0)],
        "signals": [IntegritySignal("paste_burst", _at(1205.5), "a.py", "1200 characters in one change",
                           "warn")],
        "files": {"a.py": "x = 1\n"}}
    values.update(overrides)
    return ReportInput(**values)  # type: ignore[arg-type]


def _svg(page: str) -> str:
    return page[page.index("<svg"):page.index("</svg>")]


def test_the_activity_chart_has_axes_with_time_and_value_labels() -> None:
    svg = _svg(render_html(build_report(_input())))
    labels = re.findall(r"<text[^>]*>([^<]*)</text>", svg)
    assert "0 min" in labels and "30 min" in labels  # time since the start, along the bottom
    assert "0" in labels and "1200" in labels  # characters added, on the left
    assert "10" in labels and "5" in labels  # scores, on the right
    assert any("time since start" in label for label in labels)
    assert svg.count("<line") >= 3  # the time axis and both value axes


def test_markdown_in_questions_and_evaluations_is_rendered_and_nothing_else_is_trusted() -> None:
    page = render_html(build_report(_input()))
    assert "<code>pairs</code>" in page and "`pairs`" not in page
    assert "<strong>Right</strong>" in page
    assert "<li>it misses the empty list</li>" in page
    assert re.search(r"<pre><code[^>]*>print\(&quot;&lt;b&gt;x&lt;/b&gt;&quot;\)", page)
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "javascript:" not in page.split("<body>")[1].replace("[here](javascript:", "")
    assert "<a " not in page
    # the candidate's own answer is shown as typed, not rendered
    assert "`O(n)` &lt;b&gt;surely&lt;/b&gt;" in page


def test_times_are_readable_and_relative_to_the_start_where_that_reads_better() -> None:
    report = build_report(_input())
    for page in (render_html(report), render_markdown(report)):
        assert "123456" not in page and "+00:00" not in page and "T09:" not in page
        assert "5 Jan 2026 09:00 UTC" in page
        assert "+20:05" in page  # the burst and the largest insertion: 20 min 5 s in


def test_counts_agree_with_their_nouns() -> None:
    one = build_report(_input(changes=[ChangeRecord(_at(60), "a.py", 3, 90, 0)]))
    text = one["summary"]["text"]
    assert "1 of 1 question " in text and "1 edit " in text
    assert "1 integrity signal to review (1 marked warn)" in text
    page = render_html(one)
    assert "1 edit;" in page
    many = build_report(_input(signals=[
        IntegritySignal("paste_burst", _at(9), "a.py", "x", "info"),
        IntegritySignal("paste_burst", _at(99), "a.py", "y", "info")]))
    assert "2 integrity signals to review (0 marked warn)" in many["summary"]["text"]
    assert "2 edits" in many["summary"]["text"]


def test_the_markdown_report_keeps_the_examiners_lists_and_code_blocks() -> None:
    markdown = render_markdown(build_report(_input()))
    assert "\n- it misses the empty list\n- and" in markdown
    assert '\n```python\nprint("<b>x</b>")\n```\n' in markdown
