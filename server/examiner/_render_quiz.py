"""The multiple-choice quiz of a report (`report["quiz"]`) as Markdown and as HTML."""

from __future__ import annotations

from html import escape
from typing import Any

__all__ = ["duration", "quiz_html", "quiz_markdown", "quiz_sentence"]


def duration(seconds: float | None) -> str:
    """Seconds as a reader says them: `44 s`, `3 min 5 s`, `1 h 2 min`."""
    if seconds is None:
        return "-"
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    return f"{secs} s"


def quiz_sentence(quiz: dict[str, Any]) -> str:
    """`6 of 20 quiz questions right (30%, score 120, in 9 min 5 s)`."""
    total = quiz.get("total_questions") or 0
    noun = "quiz question" if total == 1 else "quiz questions"
    spent = quiz.get("time_taken_seconds")
    took = f", in {duration(spent)}" if spent is not None else ""
    state = "" if quiz.get("completed") else ", not finished"
    return (f"{quiz.get('correct', 0)} of {total} {noun} right ({quiz.get('percent', 0):g}%, "
            f"score {quiz.get('score', 0)}{took}{state})")


def _cell(value: Any) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.replace("|", "\\|").split())


def _outcome(item: dict[str, Any]) -> str:
    if item.get("timed_out"):
        return "timed out"
    return "right" if item.get("correct") else "wrong"


def quiz_markdown(report: dict[str, Any]) -> list[str]:
    """The quiz section's lines ([] when the session had no quiz)."""
    quiz = report.get("quiz")
    if not quiz:
        return []
    out = ["## Multiple-choice quiz", "", (f"{_cell(quiz.get('title'))}: "
           f"{quiz_sentence(quiz)}."), "",
           "| skill | asked | right | timed out | of | percent | score |",
           "|---|---|---|---|---|---|---|"]
    for s in quiz.get("skills") or []:
        out.append(f"| {_cell(s['name'])} | {s['asked']} | {s['correct']} | {s['unanswered']} "
                   f"| {s['questions']} | {s['percent']:g}% | {s['score']} |")
    out += ["", "| # | skill | question | chosen | right answer | result | time | points |",
            "|---|---|---|---|---|---|---|---|"]
    for q in quiz.get("questions") or []:
        out.append(f"| {q['number']} | {_cell(q['skill'])} | {_cell(q['question'])} | "
                   f"{_cell(q['selected']) or '-'} | {_cell(q['answer']) or '-'} | "
                   f"{_outcome(q)} | {duration(q['time_taken_seconds'])} | {q['score_gained']} |")
    if not quiz.get("questions"):
        out.append("| - | | no question answered yet | | | | | |")
    return [*out, ""]


def _row(*cells: Any) -> str:
    return "<tr>" + "".join(f"<td>{escape('' if c is None else str(c))}</td>" for c in cells) \
        + "</tr>"


def quiz_html(report: dict[str, Any]) -> str:
    """The quiz section as escaped HTML ("" when the session had no quiz)."""
    quiz = report.get("quiz")
    if not quiz:
        return ""
    body = ["<h2>Multiple-choice quiz</h2>",
            f"<p>{escape(str(quiz.get('title') or ''))}: {escape(quiz_sentence(quiz))}.</p>",
            ("<table><tr><th>skill</th><th>asked</th><th>right</th><th>timed out</th><th>of</th>"
            "<th>percent</th><th>score</th></tr>")]
    body += [_row(s["name"], s["asked"], s["correct"], s["unanswered"], s["questions"],
                  f"{s['percent']:g}%", s["score"]) for s in quiz.get("skills") or []]
    body.append("</table><table><tr><th>#</th><th>skill</th><th>question</th><th>chosen</th>"
                "<th>right answer</th><th>result</th><th>time</th><th>points</th></tr>")
    body += [_row(q["number"], q["skill"], q["question"], q["selected"] or "-",
                  q["answer"] or "-", _outcome(q), duration(q["time_taken_seconds"]),
                  q["score_gained"]) for q in quiz.get("questions") or []]
    body.append("</table>")
    return "".join(body)
