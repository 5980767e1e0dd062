"""A failing test as material for a question: "`test_empty_log` fails with … — why?".

Asked when a run finishes (the candidate's code as it is now), and fed into the server's asking
round ahead of the examiner's own findings: when the session's latest run has a visible test
failing that no question has named yet, that is the question. Only while the run is still of
the workspace as it is: once a change is stored after the run finished, the run is about code
that is gone (the change may be the very fix), and nothing is asked about it until the tests
run again. Hidden tests are never named: their names and messages are not the candidate's.
"""

from __future__ import annotations

import re
from typing import Any, Final

from server.examiner.rubric import KeyPoint, Rubric
from server.examiner.types import CodeQuestion
from server.storage.models import Change, Interaction, TestRun

__all__ = ["KIND", "failing_test_question", "question_for"]

KIND: Final = "failing_test"
"""The Interaction kind of these questions (one per test name and session)."""

_MESSAGE: Final = 160
_CAUSE: Final = (r"re:\b(because|since|as|due to|so|caus|return|raise|throw|never|always|"
                 r"instead of|rather than|missing|wrong|off by|not (yet )?implemented|empty|"
                 r"none|null|nil|undefined|expect)")
"""What a reason sounds like: a claim about what the code does, in any words (never one word)."""


def _shortened(message: str) -> str:
    """At most `_MESSAGE` characters, cut after a whole word and marked with an ellipsis (a cut
    inside `['time'` reads as part of the message)."""
    if len(message) <= _MESSAGE:
        return message
    cut = message[:_MESSAGE].rsplit(" ", 1)[0] if " " in message[:_MESSAGE] else \
        message[:_MESSAGE]
    return cut.rstrip(" ,;:([{'\"") + " …"


def question_for(case: dict[str, Any]) -> CodeQuestion:
    """The question about one failing (or erroring) visible test case."""
    name = str(case["name"])
    message = _shortened(" ".join(str(case.get("message") or case["outcome"]).split()))
    words = [w for w in re.findall(r"[A-Za-z_][A-Za-z0-9_]{3,}", message) if w.lower() != "assert"]
    return CodeQuestion(
        path=str(case.get("path") or ""), line=int(case.get("line") or 1), identifier=name,
        skill="testing", kind=KIND,
        text=(f"`{name}` fails with “{message}” — why does it fail, and what in your code "
              "would you change to make it pass?"),
        expected=["cause", "expected", *words[:3]],
        facts={"test": name, "outcome": case["outcome"], "message": message},
        rubric=Rubric([
            KeyPoint("cause", "Says why it fails: what the code does against what the test "
                              "expects", [_CAUSE]),
            # a word of the message inside a name counts ("bounds" in ArrayIndexOutOfBounds)
            KeyPoint("detail", "Names the failing check or value from the message",
                     [f"re:{re.escape(w.lower())}" for w in words[:3]] or [name]),
            KeyPoint("fix", "Says what to change in the code to make it pass",
                     [(r"re:\b(chang|fix|return|rais|handl|implement|add|remov|replac|check|"
                      r"use|call|make|should|would|instead)")])]))


async def failing_test_question(session_id: int) -> CodeQuestion | None:
    """A question about the latest run's first visible failing test not asked about yet,
    while no change has been stored since that run."""
    run = await (TestRun.filter(session_id=session_id).exclude(status="running")
                 .order_by("-id").first())
    if run is None or run.status not in ("failed", "error"):
        return None
    if run.finished_at is None or await Change.filter(
            session_id=session_id, created_at__gt=run.finished_at).exists():
        return None  # the code changed since: the run says nothing of it now
    failing = [c for c in run.cases or [] if not c.get("hidden") and c.get("outcome") in ("failed", "error")]
    if not failing:
        return None
    rows = await Interaction.filter(session_id=session_id, kind=KIND).values("identifier")
    asked = {row["identifier"] for row in rows}
    for case in failing:
        if str(case["name"])[:300] not in asked:
            return question_for(case)
    return None

