"""The LLM examiner: any OpenAI-compatible model through langchain-openai, offline as fallback.

Every model call is bounded by a timeout and validated; an invalid or late answer is retried
once, then the offline examiner answers. Candidate text reaches the model fenced as data, with
sentences that address the examiner removed first.

The model grades against the question's rubric and names the key points covered by id. Its
grade is checked against the rubric and the offline core: ids the rubric does not have, and
a high score for an answer the core finds stating a misconception, are flagged in the
evaluation for the proctor.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Final

from pydantic import BaseModel, Field

from .chat import ChatClient
from .errors import ModelUnavailable
from .findings import Finding
from .grading import grade, rubric_of
from .guard import is_non_answer, is_restatement, neutralise
from .kinds import KINDS, SKILL_OF, rank
from .offline import OfflineExaminer
from .prompts import ask_messages, evaluate_messages
from .questions import SKILLS, build_question, is_repeat
from .questions.premises import unsupported_claims
from .rubric import About, Rubric
from .types import AskContext, CodeQuestion, EvaluateContext, Evaluation

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel
    from langchain_core.runnables import Runnable

__all__ = ["LLMExaminer"]

logger = logging.getLogger(__name__)

_ATTEMPTS: Final = 2
"""One call and one retry, then the offline examiner answers."""
_KIND_SKILL: Final = {
    "loop": "complexity", "recursion": "recursion", "raise": "error_handling",
    "except": "error_handling", "io": "error_handling", "resource": "resources",
    "mutation": "mutation", "concurrency": "concurrency", "sql": "security",
    "path": "security", "risky": "security", "data_structure": "data_structures",
    "performance": "performance", "class": "api_design", "function": "edge_cases",
}
_REMOVED: Final = "[removed: text addressed to the examiner]"
_MISCONCEPTION_CAP: Final = 5
"""The offline core's ceiling for an answer that states a misconception: a model grade above
it, for such an answer, contradicts the rubric."""
_MODEL_POINT_WEIGHT: Final = 0.5
"""Key points the model adds to an analysed finding's rubric count half (unverified)."""


class AskReply(BaseModel):
    """The model's question, as JSON."""

    path: str
    line: int
    identifier: str
    skill: str
    text: str
    expected: list[str] = Field(default_factory=list)
    key_points: list[str] = Field(default_factory=list)


class EvaluateReply(BaseModel):
    """The model's grade, as JSON: the key points covered and misconceptions stated, by id."""

    score: int
    text: str
    covered: list[str] = Field(default_factory=list)
    misconceptions: list[str] = Field(default_factory=list)


class LLMExaminer:
    """Asks and grades with a chat model; the offline examiner answers when the model cannot."""

    def __init__(self, *, api_key: str | None = None, base_url: str | None = None,
                 model: str = "gpt-4o-mini", timeout: float = 20.0,
                 chat: ChatClient | None = None, llm: BaseChatModel | None = None,
                 fallback: OfflineExaminer | None = None) -> None:
        """`chat` is a client shared with others (closed by its owner); without it and without
        `llm`, the examiner opens its own to `base_url` and closes it in `aclose`."""
        self.timeout = timeout
        self.fallback = fallback or OfflineExaminer()
        self._own: ChatClient | None = None
        if llm is None:
            if chat is None:
                chat = self._own = ChatClient(api_key=api_key, base_url=base_url, model=model,
                                              timeout=timeout)
            llm = chat.model
        self._ask_model: Runnable[Any, Any] = llm.with_structured_output(
            AskReply, method="json_schema", include_raw=True)
        self._evaluate_model: Runnable[Any, Any] = llm.with_structured_output(
            EvaluateReply, method="json_schema", include_raw=True)

    async def aclose(self) -> None:
        """Close the connections to the model, if this examiner opened them."""
        if self._own is not None:
            await self._own.aclose()

    async def _call(self, runnable: Runnable[Any, Any], messages: list[tuple[str, str]],
                    model_type: type[BaseModel]) -> BaseModel:
        """One bounded model call that returns a validated reply or raises ModelUnavailable."""
        try:
            result = await asyncio.wait_for(runnable.ainvoke(messages), self.timeout)
        except TimeoutError as exc:
            raise ModelUnavailable(f"the model did not answer within {self.timeout}s") from exc
        except Exception as exc:
            # A server that ignores response_format makes the json_schema parser raise a
            # pydantic ValidationError that include_raw does not catch; any client error ends
            # up here too. All of them mean the same thing to us: no usable answer.
            raise ModelUnavailable(f"the model call failed: {type(exc).__name__}") from exc
        parsed = result.get("parsed") if isinstance(result, dict) else result
        if isinstance(parsed, dict):
            parsed = model_type.model_validate(parsed)
        if not isinstance(parsed, model_type):
            error = result.get("parsing_error") if isinstance(result, dict) else None
            raise ModelUnavailable(f"the model's answer was not valid JSON: {error}")
        return parsed

    async def ask(self, ctx: AskContext) -> CodeQuestion | None:
        """Ask the model for a grounded, new question; fall back to the offline examiner."""
        if not ctx.findings:
            return None
        messages = ask_messages(ctx.findings, ctx.diff, ctx.asked, ctx.history)
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                reply = await self._call(self._ask_model, messages, AskReply)
                assert isinstance(reply, AskReply)
                return await asyncio.to_thread(self._question, reply, ctx)
            except ModelUnavailable as exc:
                logger.warning("examiner model: ask attempt %d failed: %s", attempt, exc)
        return await self.fallback.ask(ctx)

    def _question(self, reply: AskReply, ctx: AskContext) -> CodeQuestion:
        """Validate the model's question against the findings; raise ModelUnavailable if bad."""
        text = " ".join(reply.text.split())
        if not text or len(text) > 800:
            raise ModelUnavailable("the model's question was empty or too long")
        if is_repeat(text, ctx.asked):
            raise ModelUnavailable("the model repeated an earlier question")
        same = [f for f in ctx.findings
                if f.path == reply.path and f.identifier == reply.identifier]
        if not same:
            raise ModelUnavailable("the model's question is not about a finding in the change")
        finding: Finding = min(same, key=lambda f: (abs(f.line - reply.line), f.line))
        unsupported = unsupported_claims(text, reply.identifier, ctx.findings)
        if unsupported:
            # the question would state something the syntax tree does not show
            raise ModelUnavailable("the model's question claims what the code does not show: "
                                   + ", ".join(unsupported))
        skill = reply.skill if reply.skill in SKILLS else \
            _KIND_SKILL.get(finding.kind, "edge_cases")
        rubric = _rubric(finding, same, text, reply)
        if rubric.empty:
            raise ModelUnavailable("the model gave no key points or expected concepts")
        expected = [e.strip() for e in reply.expected if e.strip()][:6] or \
            [k.claim for k in rubric.key_points]
        facts = {**finding.facts.to_json(), "language": finding.language,
                 "expected_kind": finding.kind, "rubric": rubric.to_json()}
        return CodeQuestion(finding.path, finding.line, finding.identifier, skill, finding.kind,
                        text, expected, facts, rubric)

    async def evaluate(self, ctx: EvaluateContext) -> Evaluation:
        """Grade with the model against the rubric; non-answers and failures are graded offline.

        The offline grade (and the fact sheet it reads, tens of milliseconds on a large file)
        runs in a worker thread, so other sessions' messages are not held up meanwhile.
        """
        offline = await asyncio.to_thread(grade, ctx.question, ctx.response, ctx.code)
        cleaned = neutralise(ctx.response)
        if is_non_answer(cleaned.text) or is_restatement(cleaned.text, ctx.question.text):
            return offline
        answer = ctx.response
        for sentence in cleaned.removed:
            answer = answer.replace(sentence, _REMOVED)
        rubric = rubric_of(ctx.question)
        messages = evaluate_messages(ctx.question, rubric, answer, ctx.code, ctx.history)
        for attempt in range(1, _ATTEMPTS + 1):
            try:
                reply = await self._call(self._evaluate_model, messages, EvaluateReply)
                assert isinstance(reply, EvaluateReply)
                return _evaluation(reply, rubric, offline, cleaned.injected)
            except ModelUnavailable as exc:
                logger.warning("examiner model: evaluate attempt %d failed: %s", attempt, exc)
        return offline


def _rubric(finding: Finding, same: list[Finding], text: str, reply: AskReply) -> Rubric:
    """The rubric of the model's question: the analysis's, for the ranked finding at the same
    place that fits the question's skill best, with the model's own key points added at half
    weight; the model's key points alone when the analysis has none there."""
    ranked = [f for f in same if f.kind in KINDS]
    best = min(ranked, key=lambda f: (SKILL_OF.get(f.kind) != reply.skill,
                                      abs(f.line - reply.line), rank(f.kind)), default=None)
    analysed = build_question(best) if best is not None else None
    claims = [k.strip() for k in (reply.key_points or reply.expected) if k.strip()][:6]
    offered = Rubric.from_model_answer(text, "", claims).key_points if claims else []
    about = About(finding.path, finding.line, finding.identifier)
    if analysed is None or analysed.rubric.empty:
        return Rubric(offered, [], about)
    known = {k.claim for k in analysed.rubric.key_points}
    extra = [replace(k, id=f"model_{n}", weight=_MODEL_POINT_WEIGHT)
             for n, k in enumerate(offered, 1) if k.claim not in known]
    return Rubric([*analysed.rubric.key_points, *extra], list(analysed.rubric.misconceptions),
                  about)


def _key(text: str) -> str:
    return " ".join(text.split()).lower()


def _by_id_or_claim(claims: dict[str, str]) -> dict[str, str]:
    """Claims looked up by id or by their own words: models often quote the claim instead."""
    return {**{_key(c): c for c in claims.values()}, **{_key(i): c for i, c in claims.items()}}


def _evaluation(reply: EvaluateReply, rubric: Rubric, offline: Evaluation,
                injected: bool) -> Evaluation:
    """The model's grade, with the rubric's claims for its ids and any contradiction flagged."""
    text = " ".join(reply.text.split())
    if not text:
        raise ModelUnavailable("the model's evaluation had no text")
    score = max(0, min(10, int(reply.score)))
    points = _by_id_or_claim({k.id: k.claim for k in rubric.key_points})
    wrong_ids = _by_id_or_claim({m.id: m.claim for m in rubric.misconceptions})
    unknown = sorted({i for i in reply.covered if _key(i) not in points}
                     | {i for i in reply.misconceptions if _key(i) not in wrong_ids})
    covered = list(dict.fromkeys(points[_key(i)] for i in reply.covered if _key(i) in points))
    missing = [k.claim for k in rubric.key_points if k.claim not in covered]
    wrong = list(dict.fromkeys([*(wrong_ids[_key(i)] for i in reply.misconceptions
                                  if _key(i) in wrong_ids), *offline.misconceptions]))
    if injected:
        text += " Instructions to the examiner in the answer were ignored and earn nothing."
    if unknown:
        text += (" Flagged for review: the model named key points or misconceptions that this "
                 f"question's rubric does not have ({', '.join(unknown)}); they were left out.")
    if offline.misconceptions and score > _MISCONCEPTION_CAP:
        text += (f" Flagged for review: the model gave {score}/10, but the answer states what "
                 f"the rubric lists as wrong for this code ({'; '.join(offline.misconceptions)})"
                 f", which the offline grader caps at {_MISCONCEPTION_CAP}/10.")
    return Evaluation(score, text, covered, missing, covered=covered, misconceptions=wrong)
