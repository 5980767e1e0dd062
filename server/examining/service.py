"""The examiner in the live server: questions after stored changes, answers, help, flags, reports.

The ingest writer hands every stored batch to `ExaminerService.on_stored`, which only queues
the changes: each session has at most one task working through its queue, so a burst of
updates is coalesced into one look, and a slow model call holds up nobody but its own
session. Triggers (SPEC §6) compare the workspace with its state at the last question; that
snapshot (`server.examining.state`) lives in memory and is rebuilt from the database after a
restart. This module runs that asking round; the rest of the service lives beside it:

- `server.examining.answers`: taking answers, grading them in the background, help chat;
- `server.examining.reporter`: integrity flags and reports;
- `server.examining.stores`: chat memory and the vector store's lifetime, either may be down;
- `server.examining.background`: background tasks and the slots they share.

The candidate's ack never waits for the examiner: the examiner's database, Redis and CPU
work runs in a few slots per process (`Background.slots`), so a burst of questions queues
behind itself instead of taking every pooled database connection from the ingest writer;
analysis runs in one worker thread for the whole process (CPython 3.11 cannot parse in
several at once), the vector store in its own; model calls run outside the slots. A round
that fails is tried again.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from tortoise.expressions import Q
from tortoise.functions import Count

from server.core.settings import Settings
from server.examiner import (
    AskContext,
    Asked,
    CodeQuestion,
    Examiner,
    Finding,
    OfflineExaminer,
    VectorStoreUnavailable,
    analyse,
    create_examiner,
    should_ask,
)
from server.examining.answers import Grader
from server.examining.background import Background
from server.examining.conversation import number_of, question_payload
from server.examining.reporter import Reporter
from server.examining.state import AskingLimits, SessionWork
from server.examining.stores import Stores
from server.live.events import Events
from server.live.ingest import StoredChange
from server.storage.models import Interaction, Report, Session
from server.testruns.questions import failing_test_question
from viva.diffs import make_diff
from viva.protocol import frame_data

if TYPE_CHECKING:
    from server.examiner import ChatMemory, IntegritySignal
    from server.examiner.chat import ChatClient

__all__ = ["ExaminerService"]

logger = logging.getLogger(__name__)

_ASK_ATTEMPTS: Final = 3
"""Questions tried when the vector store calls the first ones repeats."""
_DIFF_CHARS: Final = 12_000
"""Diff text handed to a model, at most."""
_ROUND_RETRIES: Final = 3
"""Times a failed asking round is tried again before waiting for the next change."""
_ANALYSIS: Final = ThreadPoolExecutor(max_workers=1, thread_name_prefix="viva-analysis")
"""The one thread the examiner's analysis (which parses with `ast`) runs in."""
_ROUND_INTERVAL: Final = 0.5
"""Seconds between two looks at one session: a fast stream is examined in batches, so
analysis never crowds out the ingest of other sessions."""


class ExaminerService:
    """Asks, grades, helps, flags and reports for every live session of this process."""

    def __init__(self, settings: Settings, events: Events, memory: ChatMemory, *,
                 chat: ChatClient | None = None, examiner: Examiner | None = None) -> None:
        """`chat` is the model the examiner asks and grades with when the settings choose one."""
        self.settings = settings
        self.events = events
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        self.examiner: Examiner = examiner or create_examiner(
            settings.examiner, api_key=key, base_url=settings.openai_base_url,
            model=settings.llm_model, chat=chat)
        self.mode: str = "offline" if isinstance(self.examiner, OfflineExaminer) else "llm"
        """`offline` or `llm`."""
        self.memory = memory
        self._work: dict[int, SessionWork] = {}
        self._background = Background()
        self._slots = self._background.slots
        self._stores = Stores(settings, self.memory)
        self._grader = Grader(events, self.examiner, self._stores, self._background, self._work)
        self._reporter = Reporter(events, self._stores)

    # --- lifetime -------------------------------------------------------------------------

    async def idle(self) -> None:
        """Wait until every queued piece of work is done (tests and shutdown)."""
        await self._background.idle()

    async def close(self) -> None:
        """Let running work finish for a moment, cancel the rest, close the vector store."""
        await self._background.close()
        await self._stores.close()
        aclose = getattr(self.examiner, "aclose", None)  # the LLM examiner's connections
        if aclose is not None:
            await aclose()

    def _forget(self, session_id: int) -> None:
        work = self._work.get(session_id)
        if work is not None and (work.task is None or work.task.done()):
            del self._work[session_id]
        self._reporter.forget(session_id)

    # --- answers, help, flags and reports (beside this module) ----------------------------

    async def submit_answer(self, session_id: int, interaction_id: int | str,
                            response: str) -> None:
        """Take an answer (once) and grade it in the background; raise ApiError to refuse."""
        await self._grader.submit_answer(session_id, interaction_id, response)

    async def grade_ungraded(self) -> int:
        """Grade, in the background, every answer taken but never graded; the number found."""
        return await self._grader.grade_ungraded()

    async def chat(self, session_id: int, message: str) -> str:
        """Answer a help message with concepts and rules, never the open question's answer."""
        return await self._grader.chat(session_id, message)

    @property
    def vectors_state(self) -> str:
        """The vector store's state: `not_loaded`, `loading`, `ok` or `degraded`."""
        return self._stores.vectors_state

    async def add_flags(self, session_id: int, signals: list[IntegritySignal]) -> list[dict[str, Any]]:
        """Append signals not flagged yet to `Session.flags` and show them to proctors."""
        return await self._reporter.add_flags(session_id, signals)

    async def generate_report(self, session_id: int) -> Report:
        """Build and store the session's report now, then tell its connections it is ready."""
        report, finished = await self._reporter.generate_report(session_id)
        if finished:
            self._forget(session_id)
        return report

    async def refresh_report(self, session_id: int) -> Report:
        """The report of a live session built again now (no announcement); a finished
        session's stored report as it is."""
        return await self._reporter.refresh_report(session_id)

    # --- stored changes -------------------------------------------------------------------

    async def on_stored(self, changes: list[StoredChange]) -> None:
        """Queue stored changes per session; never waits for analysis or a model."""
        for change in changes:
            work = self._work.get(change.session_id)
            if work is None:
                work = self._work[change.session_id] = SessionWork(self._default_limits())
                work.task = self._background.spawn(
                    self._load_and_drain(change.session_id, work), f"session {change.session_id}")
            work.pending.append(change)
            if work.task is None or work.task.done():
                work.task = self._background.spawn(
                    self._drain(change.session_id, work), f"session {change.session_id}")

    async def _load_and_drain(self, session_id: int, work: SessionWork) -> None:
        try:
            async with self._slots:
                await work.load(session_id)
        except BaseException:
            self._work.pop(session_id, None)  # load again with the next change
            raise
        await self._drain(session_id, work)

    async def _drain(self, session_id: int, work: SessionWork) -> None:
        failed = 0
        while work.pending or failed:
            wait = work.last_round + _ROUND_INTERVAL - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            try:
                async with self._slots:  # changes queued while waiting for a slot join this round
                    work.last_round = time.monotonic()
                    batch, work.pending = work.pending, []
                    fresh = work.apply(batch)
                    if fresh:
                        await self._reporter.check_integrity(session_id, work, fresh)
                    ctx = await self._ask_context(session_id, work)
                if ctx is not None:
                    await self._ask(session_id, work, ctx)
            # a round that failed (a parser fault, the database for a moment) is tried again:
            # its changes are folded in already, so the next look sees them
            except Exception:
                failed += 1
                if failed > _ROUND_RETRIES:
                    logger.exception("examiner: session %s: a round failed %d times; waiting for "
                                     "the next change", session_id, failed)
                    failed = 0
                else:
                    logger.warning("examiner: session %s: a round failed; trying again",
                                   session_id, exc_info=True)
                continue
            failed = 0

    def _default_limits(self) -> AskingLimits:
        settings = self.settings
        return AskingLimits(settings.min_code_change_lines, settings.min_time_between_interactions)

    # --- test runs ------------------------------------------------------------------------

    def after_test_run(self, session_id: int) -> None:
        """A run of the session's tests finished: a visible failing test is a question now,
        about the code the run was made of (queued; never waits)."""
        work = self._work.get(session_id)
        if work is None:
            work = self._work[session_id] = SessionWork(self._default_limits())
            work.task = self._background.spawn(self._load_and_ask_tests(session_id, work),
                                               f"session {session_id}")
        else:
            self._background.spawn(self._ask_about_tests(session_id, work),
                                   f"session {session_id} tests")

    async def _load_and_ask_tests(self, session_id: int, work: SessionWork) -> None:
        try:
            async with self._slots:
                await work.load(session_id)
        except BaseException:
            self._work.pop(session_id, None)
            raise
        await self._ask_about_tests(session_id, work)
        await self._drain(session_id, work)  # changes that came while loading

    async def _ask_about_tests(self, session_id: int, work: SessionWork) -> None:
        async with self._slots:
            open_questions = await _open_questions(session_id)
            if open_questions is None or open_questions >= work.limits.max_open:
                return
            question = await failing_test_question(session_id)
            if question is not None:
                await self._publish_question(session_id, work, question)

    # --- questions ------------------------------------------------------------------------

    async def _ask_context(self, session_id: int, work: SessionWork) -> AskContext | None:
        """What to ask about when the triggers of SPEC §6 fire now; None when they do not."""
        limits = work.limits
        since = None if work.last_asked is None else \
            (datetime.now(UTC) - work.last_asked).total_seconds()
        if since is not None and since < limits.min_seconds:  # cooling down: nothing to count
            return None
        lines = work.lines_since_question()
        if lines < limits.min_lines:  # the common case: no database round trip
            return None
        open_questions = await _open_questions(session_id)
        if open_questions is None or not should_ask(
                lines_changed=lines, seconds_since_last=since, open_questions=open_questions,
                min_lines=limits.min_lines, min_seconds=limits.min_seconds,
                max_open=limits.max_open):
            return None
        findings, diff = await self._analyse(work)
        if not findings:
            return None
        return AskContext(session_id, findings, diff, dict(work.current), list(work.asked),
                          await self._stores.history(session_id), list(work.asked_about))

    async def _analyse(self, work: SessionWork) -> tuple[list[Finding], str]:
        """Findings about every file changed since the last question, and (for a model) the diff.

        Files whose findings are known already are not analysed again; the rest are analysed
        in the analysis thread, so a large file does not hold up the event loop. One thread
        for every session: CPython 3.11's `ast.parse` is not safe in several threads at once
        (`SystemError: AST constructor recursion depth mismatch`).
        """
        changed = work.changed_files()
        todo = [(p, b, a) for p, b, a in changed if work.known_findings(p, b, a) is None]
        with_diff = self.mode == "llm"  # only a model reads the diff

        def run() -> tuple[list[list[Finding]], str]:
            found = [analyse(path, before, after) for path, before, after in todo]
            diff = "".join(make_diff(before or "", after, path) for path, before, after in changed) \
                if with_diff else ""
            return found, diff[:_DIFF_CHARS]

        found, diff = await asyncio.get_running_loop().run_in_executor(_ANALYSIS, run) \
            if todo or with_diff else ([], "")
        for (path, before, after), findings in zip(todo, found, strict=True):
            work.keep_findings(path, before, after, findings)
        return [f for p, b, a in changed for f in work.known_findings(p, b, a) or []], diff

    async def _ask(self, session_id: int, work: SessionWork, ctx: AskContext) -> None:
        """Choose a question (a model call may take a while) and publish it if still wanted."""
        question = await self._next_question(session_id, work, ctx)
        if question is None:
            return
        async with self._slots:
            # asking took time: the session may have been paused or answered meanwhile
            open_questions = await _open_questions(session_id)
            if open_questions is None or open_questions >= work.limits.max_open:
                return
            interaction_id = await self._publish_question(session_id, work, question)
        store = await self._stores.vector_store()
        if store is not None:
            try:
                await store.add_question(session_id, str(interaction_id), question.text)
            except VectorStoreUnavailable as exc:
                self._stores.degrade("vectors", exc)

    async def _next_question(self, session_id: int, work: SessionWork,
                             ctx: AskContext) -> CodeQuestion | None:
        # a visible test failing in the latest run comes first: it is what the code does now
        if (failing := await failing_test_question(session_id)) is not None:
            return failing
        for _ in range(_ASK_ATTEMPTS):
            question = await self.examiner.ask(ctx)
            if question is None or not await self._is_repeat(session_id, work, question):
                return question
            ctx.asked.append(question.text)
        return None

    async def _is_repeat(self, session_id: int, work: SessionWork, question: CodeQuestion) -> bool:
        # before the store is open, the examiner's own check of earlier questions applies;
        # a session asked nothing yet has nothing in the store to repeat
        store = self._stores.vectors_ready()
        if store is None or not _asked_about(question.path, question.identifier,
                                             work.asked_about):
            return False
        try:
            return await store.is_repeat(session_id, question.text)
        except VectorStoreUnavailable as exc:
            self._stores.degrade("vectors", exc)
            return False

    async def _publish_question(self, session_id: int, work: SessionWork,
                                question: CodeQuestion) -> int:
        now = datetime.now(UTC)
        rubric = json.loads(json.dumps(question.rubric.to_json(), default=str))
        row = await Interaction.create(
            session_id=session_id, path=question.path[:1024], line=question.line,
            identifier=question.identifier[:300], skill=question.skill[:64],
            kind=question.kind[:64], question=question.text, expected=list(question.expected),
            facts=json.loads(json.dumps(question.facts, default=str)), rubric=rubric,
            asked_at=now)
        work.asked_now(question.text, now, Asked(question.path, question.line,
                                                 question.identifier, question.kind,
                                                 question.text))
        asked = question_payload(row, await number_of(row))
        # the Interaction row is the record (the timeline reads it): publish only. Proctors
        # see the rubric with the question; the candidate never does (it holds the answer).
        await self.events.emit(session_id, "question", {**frame_data(asked), "rubric": rubric},
                               to="all", message=asked, store=False)
        await self._stores.remember(session_id, "assistant", question.text)
        return int(row.id)


def _asked_about(path: str, identifier: str, asked: list[Asked]) -> bool:
    """Whether an earlier question was about `identifier` in `path` (as stored, not as
    worded): only then can a question repeat one.

    Questions come from templates, so two about different functions read nearly alike (the
    vector store would call them repeats); a question about a new place is never a repeat.
    """
    if not identifier:
        return bool(asked)
    return any(a.identifier == identifier and a.path == path for a in asked)


async def _open_questions(session_id: int) -> int | None:
    """Unanswered questions of an active session; None when it may not be asked anything."""
    rows = await Session.filter(id=session_id).annotate(  # one round trip: status and count
        open=Count("interactions", _filter=Q(interactions__response__isnull=True))
    ).values_list("status", "open")
    if not rows or rows[0][0] != "active":
        return None
    return int(rows[0][1])
