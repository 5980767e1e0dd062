"""The examiner in the live server: questions after stored changes, answers, help, flags, reports.

The ingest writer hands every stored batch to `ExaminerService.on_stored`, which only queues
the changes: each session has at most one task working through its queue, so a burst of
updates is coalesced into one look, and a slow model call holds up nobody but its own
session. Triggers (SPEC §6) compare the workspace with its state at the last question; that
snapshot lives here in memory and is rebuilt from the database after a restart.

The candidate's ack never waits for the examiner: the examiner's database, Redis and CPU
work runs in a few slots per process (`_SLOTS`), so a burst of questions queues behind
itself instead of taking every pooled database connection from the ingest writer; analysis
runs in a worker thread, the vector store in its own; model calls run outside the slots.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections import defaultdict
from collections.abc import Coroutine
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, Final

from tortoise.expressions import Q
from tortoise.functions import Count

from server.errors import Conflict, Forbidden, NotFound, StoreUnavailable
from server.examiner import (
    AskContext,
    ChangeRecord,
    EvaluateContext,
    Examiner,
    Finding,
    InMemoryChatMemory,
    MemoryUnavailable,
    OfflineExaminer,
    Question,
    RedisChatMemory,
    Signal,
    VectorStoreUnavailable,
    analyse,
    create_examiner,
    detect_signals,
    should_ask,
    similarity_signals,
)
from server.examining_state import Limits, SessionWork
from server.ingest import StoredChange
from server.models import Interaction, Report, Session
from server.packs import help_reply
from server.reports import final_code, flag_key, flag_of, store_report
from server.sessions import emit, get_session
from server.workspace import rebuild_files
from viva.diffs import make_diff
from viva.protocol import decimal_id, now_iso

if TYPE_CHECKING:
    from server.examiner import ChatMemory, VectorStore
    from server.services import Services

__all__ = ["ExaminerService", "examiner_of"]

logger = logging.getLogger(__name__)

_ASK_ATTEMPTS: Final = 3
"""Questions tried when the vector store calls the first ones repeats."""
_DIFF_CHARS: Final = 12_000
"""Diff text handed to a model, at most."""
_CLOSE_WAIT: Final = 5.0
_ROUND_INTERVAL: Final = 0.5
"""Seconds between two looks at one session: a fast stream is examined in batches, so
analysis never crowds out the ingest of other sessions."""
_SLOTS: Final = 2
"""Sessions this process examines at once (loading, trigger checks, analysis, publishing,
grading). The database pool holds a handful of connections; the examiner never takes more
than this many, so the ingest writer, whose commit is the candidate's ack, finds one free."""


class ExaminerService:
    """Asks, grades, helps, flags and reports for every live session of this process."""

    def __init__(self, services: Services, *, examiner: Examiner | None = None) -> None:
        self.services = services
        settings = services.settings
        key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
        self.examiner: Examiner = examiner or create_examiner(
            settings.examiner, api_key=key, base_url=settings.openai_base_url,
            model=settings.llm_model)
        self.mode: str = "offline" if isinstance(self.examiner, OfflineExaminer) else "llm"
        """`offline` or `llm`."""
        self.memory: ChatMemory = (RedisChatMemory(services.redis) if services.redis is not None
                                   else InMemoryChatMemory())
        self._work: dict[int, SessionWork] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._flag_locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._report_locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._vectors: asyncio.Task[VectorStore | None] | None = None
        self._degraded: set[str] = set()
        self._slots = asyncio.Semaphore(_SLOTS)

    # --- lifetime -------------------------------------------------------------------------

    async def idle(self) -> None:
        """Wait until every queued piece of work is done (tests and shutdown)."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    async def close(self) -> None:
        """Let running work finish for a moment, cancel the rest, close the vector store."""
        if self._tasks:
            _, late = await asyncio.wait(list(self._tasks), timeout=_CLOSE_WAIT)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
        if self._vectors is not None:
            store = await self._vectors
            if store is not None:
                try:
                    await store.close()
                except VectorStoreUnavailable as exc:
                    logger.debug("closing the vector store: %s", exc)

    def _spawn(self, work: Coroutine[Any, Any, Any], what: str) -> asyncio.Task[Any]:
        async def guarded() -> None:
            try:
                await work
            except asyncio.CancelledError:
                raise
            except Exception:  # background work has no caller to answer: log it here
                logger.exception("examiner: %s failed", what)

        task = asyncio.create_task(guarded(), name=f"examiner {what}")
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # --- stored changes -------------------------------------------------------------------

    async def on_stored(self, changes: list[StoredChange]) -> None:
        """Queue stored changes per session; never waits for analysis or a model."""
        for change in changes:
            work = self._work.get(change.session_id)
            if work is None:
                work = self._work[change.session_id] = SessionWork(self._default_limits())
                work.task = self._spawn(self._load_and_drain(change.session_id, work),
                                        f"session {change.session_id}")
            work.pending.append(change)
            if work.task is None or work.task.done():
                work.task = self._spawn(self._drain(change.session_id, work),
                                        f"session {change.session_id}")

    async def _load_and_drain(self, session_id: int, work: SessionWork) -> None:
        try:
            async with self._slots:
                await work.load(session_id)
        except BaseException:
            self._work.pop(session_id, None)  # load again with the next change
            raise
        await self._drain(session_id, work)

    async def _drain(self, session_id: int, work: SessionWork) -> None:
        while work.pending:
            wait = work.last_round + _ROUND_INTERVAL - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            async with self._slots:  # changes queued while waiting for a slot join this round
                work.last_round = time.monotonic()
                batch, work.pending = work.pending, []
                fresh = work.apply(batch)
                if fresh:
                    await self._check_integrity(session_id, work, fresh)
                ctx = await self._ask_context(session_id, work)
            if ctx is not None:
                await self._ask(session_id, work, ctx)

    def _default_limits(self) -> Limits:
        settings = self.services.settings
        return Limits(settings.min_code_change_lines, settings.min_time_between_interactions)

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
                          await self._history(session_id))

    async def _analyse(self, work: SessionWork) -> tuple[list[Finding], str]:
        """Findings about every file changed since the last question, and (for a model) the diff.

        Files whose findings are known already are not analysed again; the rest are analysed
        in a worker thread, so a large file does not hold up the event loop.
        """
        changed = work.changed_files()
        todo = [(p, b, a) for p, b, a in changed if work.known_findings(p, b, a) is None]
        with_diff = self.mode == "llm"  # only a model reads the diff

        def run() -> tuple[list[list[Finding]], str]:
            found = [analyse(path, before, after) for path, before, after in todo]
            diff = "".join(make_diff(before or "", after, path) for path, before, after in changed) \
                if with_diff else ""
            return found, diff[:_DIFF_CHARS]

        found, diff = await asyncio.to_thread(run) if todo or with_diff else ([], "")
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
        store = await self._vector_store()
        if store is not None:
            try:
                await store.add_question(session_id, str(interaction_id), question.text)
            except VectorStoreUnavailable as exc:
                self._degrade("vectors", exc)

    async def _next_question(self, session_id: int, work: SessionWork,
                             ctx: AskContext) -> Question | None:
        for _ in range(_ASK_ATTEMPTS):
            question = await self.examiner.ask(ctx)
            if question is None or not await self._is_repeat(session_id, work, question.text):
                return question
            ctx.asked.append(question.text)
        return None

    async def _publish_question(self, session_id: int, work: SessionWork,
                                question: Question) -> int:
        now = datetime.now(UTC)
        row = await Interaction.create(
            session_id=session_id, path=question.path[:1024], line=question.line,
            identifier=question.identifier[:300], skill=question.skill[:64],
            kind=question.kind[:64], question=question.text, expected=list(question.expected),
            facts=json.loads(json.dumps(question.facts, default=str)), asked_at=now)
        work.asked_now(question.text, now)
        payload = {"interaction_id": row.id, "question": question.text, "path": question.path,
                   "line": question.line, "skill": question.skill}
        # the Interaction row is the record (the timeline reads it): publish only
        await emit(self.services, session_id, "question", payload, to="all",
                   message=("question", payload), store=False)
        await self._remember(session_id, "assistant", question.text)
        return int(row.id)

    # --- answers and help -----------------------------------------------------------------

    async def submit_answer(self, session_id: int, interaction_id: int | str,
                            response: str) -> None:
        """Take an answer (once) and grade it in the background; raise ApiError to refuse."""
        raw = str(interaction_id).strip()
        number = decimal_id(raw)
        row = await Interaction.get_or_none(id=number) if number is not None else None
        if row is None:
            raise NotFound(f"there is no question {raw!r}", "unknown_interaction")
        if row.session_id != session_id:  # type: ignore[attr-defined]
            raise Forbidden("that question belongs to another session", "forbidden_interaction")
        now = datetime.now(UTC)
        claimed = await Interaction.filter(id=row.id, response__isnull=True).update(
            response=response, answered_at=now)
        if not claimed:
            raise Conflict(f"question {row.id} has already been answered", "already_answered")
        row.response, row.answered_at = response, now
        self._spawn(self._grade(session_id, row), f"grading interaction {row.id}")

    async def _grade(self, session_id: int, row: Interaction) -> None:
        question = Question(row.path, row.line, row.identifier, row.skill, row.kind, row.question,
                            list(row.expected or []), dict(row.facts or {}))
        async with self._slots:
            work = self._work.get(session_id)
            code = work.current.get(row.path) if work is not None else None
            if code is None:
                code = (await rebuild_files(session_id)).get(row.path, "")
            ctx = EvaluateContext(session_id, question, row.response or "", code,
                                  await self._history(session_id))
        try:  # outside the slots: a model call holds up no other session
            evaluation = await self.examiner.evaluate(ctx)
        except Exception:  # an examiner bug must not leave the answer ungraded
            logger.exception("examiner: grading interaction %s failed; graded offline", row.id)
            evaluation = await OfflineExaminer().evaluate(ctx)
        score = max(0, min(10, int(evaluation.score)))
        async with self._slots:
            await Interaction.filter(id=row.id).update(evaluation=evaluation.text, score=score)
            await self._remember(session_id, "user", row.response or "")
            await self._remember(session_id, "assistant", f"Score {score}/10. {evaluation.text}")
            payload = {"interaction_id": row.id, "evaluation": evaluation.text, "score": score}
            await emit(self.services, session_id, "evaluation_result", payload, to="all",
                       message=("evaluation_result", payload), store=False)

    async def chat(self, session_id: int, message: str) -> str:
        """Answer a help message with concepts and rules, never the open question's answer."""
        open_question = await Interaction.filter(session_id=session_id, response__isnull=True) \
            .order_by("-id").first()
        context = {"question": open_question.question} if open_question is not None else None
        reply = help_reply(message, current_question=context)
        await self._remember(session_id, "user", message)
        await self._remember(session_id, "assistant", reply)
        await emit(self.services, session_id, "chat_message", {"message": message, "reply": reply},
                   to="all", message=("system_message", {"message": reply,
                                                         "timestamp": now_iso(), "from": "help"}))
        return reply

    # --- integrity and reports ------------------------------------------------------------

    async def _check_integrity(self, session_id: int, work: SessionWork,
                               fresh: list[ChangeRecord]) -> None:
        new = {(r.path, r.ts) for r in fresh}
        signals = [s for s in detect_signals(list(work.recent.values())) if (s.path, s.at) in new]
        if signals:
            await self.add_flags(session_id, signals)

    async def add_flags(self, session_id: int, signals: list[Signal]) -> list[dict[str, Any]]:
        """Append signals not flagged yet to `Session.flags` and show them to proctors."""
        async with self._flag_locks[session_id]:
            rows = await Session.filter(id=session_id).values_list("flags", flat=True)
            if not rows:
                return []
            flags = [f for f in (rows[0] or []) if isinstance(f, dict)]
            known = {flag_key(f) for f in flags}
            added = []
            for flag in map(flag_of, signals):
                if flag_key(flag) not in known:
                    known.add(flag_key(flag))
                    added.append(flag)
            if added:
                await Session.filter(id=session_id).update(flags=[*flags, *added])
        for flag in added:
            await emit(self.services, session_id, "integrity_signal", flag, to="proctors")
        return added

    async def generate_report(self, session_id: int) -> Report:
        """Build and store the session's report now, then tell its connections it is ready."""
        async with self._report_locks[session_id]:
            session = await get_session(session_id)
            files = await rebuild_files(session_id)
            finished = session.status in ("completed", "expired")
            if finished and session.assessment is not None and \
                    await self._compare_final_code(session, session.assessment.slug, files):
                await session.refresh_from_db(fields=["flags"])
            report = await store_report(session, files)
        await emit(self.services, session_id, "report_ready", {"session_id": session_id},
                   to="all", message=("report_ready", {"session_id": session_id}))
        if finished:
            self._forget(session_id)
        return report

    async def _compare_final_code(self, session: Session, assessment: str,
                                  files: dict[str, str]) -> bool:
        """Store the final code and flag sessions of the assessment with very similar code."""
        store = await self._vector_store()
        if store is None:
            return False
        code = final_code(files)
        try:
            await store.add_final_code(assessment, session.id, code)
            similar = await store.similar_code(assessment, session.id, code)
        except VectorStoreUnavailable as exc:
            self._degrade("vectors", exc)
            return False
        added = await self.add_flags(session.id, similarity_signals(similar))
        for other, score in similar:  # the other candidate's flags say so too
            await self.add_flags(other, similarity_signals([(session.id, score)]))
        return bool(added)

    def _forget(self, session_id: int) -> None:
        work = self._work.get(session_id)
        if work is not None and (work.task is None or work.task.done()):
            del self._work[session_id]
        self._flag_locks.pop(session_id, None)
        self._report_locks.pop(session_id, None)

    # --- stores that may be down ----------------------------------------------------------

    def _degrade(self, what: str, exc: Exception) -> None:
        if what not in self._degraded:
            self._degraded.add(what)
            logger.warning("examiner: %s unavailable, carrying on without it: %s", what, exc)

    def _vectors_ready(self) -> VectorStore | None:
        """The vector store if it is open already; starts opening it otherwise."""
        task = self._open_vectors()
        if task is None or not task.done() or task.cancelled():
            return None
        return task.result()

    async def _vector_store(self) -> VectorStore | None:
        """The vector store, waiting for it to open; None once it has failed."""
        task = self._open_vectors()
        return None if task is None else await asyncio.shield(task)

    def _open_vectors(self) -> asyncio.Task[VectorStore | None] | None:
        if "vectors" in self._degraded:
            return None
        if self._vectors is None:
            self._vectors = asyncio.create_task(self._make_vectors(), name="examiner vectors")
        return self._vectors

    async def _make_vectors(self) -> VectorStore | None:
        settings = self.services.settings

        def make() -> VectorStore:
            # importing chromadb takes seconds: do it off the event loop
            from server.examiner.vectors import VectorStore

            return VectorStore(persist_directory=settings.chroma_persist_directory,
                               url=settings.chroma_url)

        try:
            return await asyncio.to_thread(make)
        except ImportError as exc:
            self._degrade("vectors", ImportError(f"{exc}; pip install 'viva[server]'"))
        except Exception as exc:  # noqa: BLE001 - any Chroma failure degrades, never fails a session
            self._degrade("vectors", exc)
        return None

    async def _is_repeat(self, session_id: int, work: SessionWork, text: str) -> bool:
        # before the store is open, the examiner's own check of earlier questions applies;
        # a session asked nothing yet has nothing in the store to repeat
        store = self._vectors_ready()
        if store is None or not work.asked:
            return False
        try:
            return await store.is_repeat(session_id, text)
        except VectorStoreUnavailable as exc:
            self._degrade("vectors", exc)
            return False

    async def _history(self, session_id: int) -> list[dict[str, str]]:
        try:
            return await self.memory.history(session_id)
        except MemoryUnavailable as exc:
            self._degrade("chat memory", exc)
            return []

    async def _remember(self, session_id: int, role: str, content: str) -> None:
        try:
            await self.memory.append(session_id, role, content)
        except MemoryUnavailable as exc:
            self._degrade("chat memory", exc)


def examiner_of(services: Services) -> ExaminerService:
    """The running examiner service (503 `examiner_unavailable` before the app has started it)."""
    if services.examiner is None:
        raise StoreUnavailable("the examiner is not running on this server", "examiner_unavailable")
    return services.examiner


async def _open_questions(session_id: int) -> int | None:
    """Unanswered questions of an active session; None when it may not be asked anything."""
    rows = await Session.filter(id=session_id).annotate(  # one round trip: status and count
        open=Count("interactions", _filter=Q(interactions__response__isnull=True))
    ).values_list("status", "open")
    if not rows or rows[0][0] != "active":
        return None
    return int(rows[0][1])
