"""The offline examiner: deterministic questions and grades, no network, milliseconds."""

from __future__ import annotations

import asyncio

from .grading import grade
from .questions import choose_question
from .types import AskContext, CodeQuestion, EvaluateContext, Evaluation

__all__ = ["OfflineExaminer"]


class OfflineExaminer:
    """Questions from the findings and grading against expected concepts and code facts."""

    async def ask(self, ctx: AskContext) -> CodeQuestion | None:
        """Return the most useful question about the change that was not asked before."""
        return self.ask_now(ctx)

    def ask_now(self, ctx: AskContext) -> CodeQuestion | None:
        """The synchronous core of ask, for callers that are not in a coroutine."""
        return choose_question(ctx.findings, ctx.asked, ctx.asked_about)

    async def evaluate(self, ctx: EvaluateContext) -> Evaluation:
        """Grade the answer against the question's expected concepts and the code's facts.

        Off the event loop: reading a large file's fact sheet takes tens of milliseconds.
        """
        return await asyncio.to_thread(grade, ctx.question, ctx.response, ctx.code)
