"""Multiple-choice runs of sessions: engine state in the database, clocks, and the messages (SPEC §5).

The engine (`server.packs.mcq`) is pure; this module keeps its `McqState` in
`Session.mcq_state`, applies every message under a per-session lock, and sends what follows:
replies to the asking socket, and changes (`answer_feedback`, `progress_update`, the next
`question`, `assessment_completed`) through the bus to every socket of the session.

Clocks: each session with a run and an open socket in this process has one clock task. It
sleeps until the current question's deadline (plus the engine's grace), then records the
question as unanswered and pushes the next one, or `assessment_completed` when time is up.
Every step and clock reads the time from `McqRuns.now` (injected by `create_app`), so a test
moves time forward and `poke`s the clock instead of waiting.

Several servers: the lock is per process, so each save is conditional on `Session.mcq_rev`
being what the step read. When another server saved in between, the save changes nothing,
nothing has been sent yet, and the step is done again on the fresh state.

Pauses: a proctor's pause or resume is a `session_state` event (stored and published by
`Sessions.set_status` in `server.sessions.lifecycle`). Before every step the run replays the
session_state events it has not seen yet, at the times they were stored, so the clocks freeze
exactly for the pause even when no socket was open at the time. The last event seen is kept in the state's JSON
as `event_mark`.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, Final, TypeVar
from weakref import WeakValueDictionary

from server import packs as engine
from server.core.auth import Principal
from server.core.clock import Now, utc_now
from server.live.bus import Bus
from server.live.events import Events, StatusChanged, candidate_event
from server.live.hub import Hub
from server.packs import McqError, McqState, Pack
from server.packs.mcq import GRACE_SECONDS
from server.sessions.clock import CLOSED
from server.sessions.lifecycle import Sessions, user_for
from server.storage.models import Assessment, Event, Session, User
from server.storage.packs import pack_of
from viva.protocol import (
    AssessmentCompleted,
    AssessmentStarted,
    ProgressUpdate,
    Question,
    ServerData,
    SystemMessage,
    frame_data,
    now_iso,
)

if TYPE_CHECKING:
    from server.live.bus import BusEvent
    from server.live.hub import ClientSocket

__all__ = ["McqRuns", "Run"]

logger = logging.getLogger(__name__)

POLL_SECONDS: Final = 15.0
"""A clock with nothing due still wakes this often, to notice its sockets are gone."""

CLOSE_WAIT_SECONDS: Final = 5.0
"""At shutdown, how long a clock may take to finish the step it is in."""

_CLOCK_SLACK: Final = 0.05
"""A clock fires this long after a deadline's grace, so the engine sees it expired."""

STALE_RETRIES: Final = 5
"""How often a step is done again after another server changed the run under it."""

T = TypeVar("T")


class _Stale(Exception):
    """Another server saved the run since this step read it."""


@dataclass
class Run:
    """A session's run as loaded for one step."""

    session: Session
    pack: Pack
    state: McqState | None
    mark: int
    """Id of the last session_state event replayed into the state."""
    rev: int = 0
    """`Session.mcq_rev` as read: the save expects it unchanged."""

    @property
    def has_mcq(self) -> bool:
        """Whether the session's pack has a multiple-choice part."""
        mcq = self.pack.mcq
        return mcq is not None and bool(mcq.questions) and bool(mcq.skills)


class McqRuns:
    """Every multiple-choice run this process serves: locks, clocks, and the steps."""

    def __init__(self, bus: Bus, hub: Hub, events: Events, sessions: Sessions, *,
                 now: Now = utc_now) -> None:
        self.bus = bus
        self.now = now
        """The time every step and clock reads (a test's clock moves it; `poke` wakes a clock)."""
        self.hub = hub
        self.events = events
        self.sessions = sessions
        self._locks: dict[int, asyncio.Lock] = {}
        self._user_locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()
        self._clocks: dict[int, asyncio.Task[None]] = {}
        self._pokes: dict[int, asyncio.Event] = {}
        self._closed = False

    # --- sessions -------------------------------------------------------------------

    async def session_for(self, who: Principal, assessment: Assessment) -> Session:
        """The user's session for this assessment: found (the latest), or created.

        One user at a time, so two devices opening at once find one session.
        """
        lock = self._user_locks.get(who.user)
        if lock is None:
            lock = self._user_locks[who.user] = asyncio.Lock()
        async with lock:
            user = await user_for(who.user, who.name or who.user, who.role)
            if who.role == "candidate" and who.session_id is not None:
                own = await Session.get_or_none(id=who.session_id, assessment_id=assessment.id)
                if own is not None:
                    return own
            found = await (Session.filter(candidate_id=user.id, assessment_id=assessment.id)
                           .order_by("-id").first())
            if found is not None:
                return found
            session, _ = await self.sessions.create(assessment=assessment, name=user.name,
                                                    email=user.email, user_key=who.user)
            session.meta = {**(session.meta or {}), "kind": "mcq"}
            await session.save(update_fields=["meta"])
            return session

    async def open_question(self, user_key: str) -> dict[str, Any] | None:
        """The question on the user's screen in their latest running assessment, if any."""
        user = await User.get_or_none(key=user_key)
        if user is None:
            return None
        sessions = await (Session.filter(candidate_id=user.id, status__in=["active", "paused"])
                          .order_by("-id").limit(20))
        for session in sessions:
            if session.mcq_state and not session.mcq_state.get("completed"):
                question = await self.current_question(session.id)
                if question is not None:
                    return question
        return None

    # --- lifetime -------------------------------------------------------------------

    def subscribe(self) -> None:
        """Listen on the bus for status changes, pauses and resumes among them (the app does,
        once, when it starts)."""
        self.bus.subscribe(self._on_event)

    async def close(self) -> None:
        """Stop every clock; no new one starts after this."""
        self._closed = True
        tasks = list(self._clocks.values())
        for poke in self._pokes.values():
            poke.set()
        # Let a step under way finish its writes (cancelling one mid-query strands it).
        _, pending = await asyncio.wait(tasks, timeout=CLOSE_WAIT_SECONDS) if tasks else (set(), set())
        for task in pending:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        self._clocks.clear()

    async def _on_event(self, event: BusEvent) -> None:
        changed = StatusChanged.of(event)
        if changed is not None:
            self.poke(changed.session_id)

    # --- loading and saving ---------------------------------------------------------

    @contextlib.asynccontextmanager
    async def locked(self, session_id: int) -> AsyncIterator[Run]:
        """Load the session's run under its lock, caught up with pauses and resumes."""
        lock = self._locks.setdefault(session_id, asyncio.Lock())
        async with lock:
            yield await self._load(session_id)

    async def _load(self, session_id: int) -> Run:
        session = await Session.get(id=session_id).prefetch_related("assessment")
        if session.assessment is None:
            raise McqError("no_questions", "this session has no assessment, so no multiple-choice part")
        pack = pack_of(session.assessment)
        raw = session.mcq_state
        state = McqState.model_validate(raw) if raw else None
        mark = int(raw.get("event_mark", 0)) if raw else 0
        run = Run(session, pack, state, mark, session.mcq_rev)
        if state is not None:
            await self._catch_up(run)
        return run

    async def _catch_up(self, run: Run) -> None:
        """Replay pauses and resumes stored since the state last saw one."""
        assert run.state is not None
        events = await Event.filter(session_id=run.session.id, kind="session_state",
                                    id__gt=run.mark).order_by("id")
        state = run.state
        for event in events:
            status = (event.data or {}).get("status")
            if status == "paused":
                state = engine.pause(state, event.created_at)
            elif status in ("resumed", "active"):
                state = engine.resume(state, event.created_at)
            run.mark = event.id
        if run.session.status == "paused" and state.paused_at is None:
            state = engine.pause(state, run.session.paused_at or self.now())
        run.state = state

    async def _save(self, run: Run) -> None:
        """Store the run's state, unless another server changed it since it was read."""
        assert run.state is not None
        state = {**run.state.model_dump(mode="json"), "event_mark": run.mark}
        now = self.now()
        saved = await Session.filter(id=run.session.id, mcq_rev=run.rev).update(
            mcq_state=state, mcq_rev=run.rev + 1, last_activity=now)
        if not saved:
            raise _Stale
        run.rev += 1
        run.session.mcq_state, run.session.mcq_rev, run.session.last_activity = \
            state, run.rev, now

    async def _again_if_stale(self, session_id: int, step: Callable[[], Awaitable[T]]) -> T:
        """Do `step`; again, on fresh state, when another server saved the run meanwhile."""
        for _ in range(STALE_RETRIES - 1):
            try:
                return await step()
            except _Stale:
                logger.info("the run of session %s changed on another server; again", session_id)
        try:
            return await step()
        except _Stale:
            raise McqError("assessment_busy", "the assessment changed elsewhere at the same "
                                              "moment; send that again") from None

    async def _latest_event_id(self, session_id: int) -> int:
        last = await Event.filter(session_id=session_id).order_by("-id").first()
        return last.id if last is not None else 0

    # --- steps ----------------------------------------------------------------------

    async def start(self, conn: ClientSocket, session_id: int, test_id: str | int | None) -> None:
        """`start_assessment`: begin (or resume) the run; `assessment_started`, then the question."""
        await self._again_if_stale(session_id, lambda: self._start(conn, session_id, test_id))
        self.watch(session_id)

    async def _start(self, conn: ClientSocket, session_id: int, test_id: str | int | None) -> None:
        now = self.now()
        async with self.locked(session_id) as run:
            self._check_open(run, now)
            before = run.state
            resumed = before is not None
            if before is None:
                if run.session.status == "paused":
                    raise McqError("assessment_paused", "the session is paused; wait for the proctor")
                state = engine.start(run.pack, now)
                run.mark = await self._latest_event_id(session_id)
            elif before.completed:
                conn.send(self._completed(run))
                return
            else:
                state = before
            run.state, question = engine.current_or_next(run.pack, state, now)
            await self._save(run)
            conn.send(self._started(run, test_id, resumed, now))
            if resumed:
                await self.events.emit(session_id, "assessment_resumed", {"by": conn.principal.user})
            else:
                await self.events.emit(session_id, "assessment_started",
                                       {"assessment": run.pack.slug, "by": conn.principal.user})
            await self._announce(run, before, now, asker=conn, question=question)

    async def get_question(self, conn: ClientSocket, session_id: int) -> None:
        """`get_question`: the current question again, with the time left on it."""
        await self._again_if_stale(session_id, lambda: self._get_question(conn, session_id))
        self.watch(session_id)

    async def _get_question(self, conn: ClientSocket, session_id: int) -> None:
        now = self.now()
        async with self.locked(session_id) as run:
            before = self._require_started(run)
            if before.completed:
                conn.send(self._completed(run))
                return
            run.state, question = engine.current_or_next(run.pack, before, now)
            await self._save(run)
            await self._announce(run, before, now, asker=conn, question=question)

    async def submit(self, conn: ClientSocket, session_id: int, question_id: str,
                     selected: str | int) -> None:
        """`submit_answer`: feedback and progress to every socket, then the next question."""
        await self._again_if_stale(
            session_id, lambda: self._submit(conn, session_id, question_id, selected))
        self.watch(session_id)

    async def _submit(self, conn: ClientSocket, session_id: int, question_id: str,
                      selected: str | int) -> None:
        now = self.now()
        async with self.locked(session_id) as run:
            before = self._require_started(run)
            try:
                state, feedback = engine.submit(run.pack, before, question_id, selected, now)
            except McqError as exc:
                if exc.code == "question_expired":
                    self.poke(session_id)  # the clock moves on to the next question now
                    raise McqError(exc.code, f"{exc.message}: the answer came too late and "
                                             "was not counted; the next question follows") from None
                raise
            question = None
            if not state.completed:
                state, question = engine.current_or_next(run.pack, state, now)
            run.state = state
            await self._save(run)
            asked = run.pack.mcq.question(feedback.question_id) if run.pack.mcq else None
            await self.events.emit(session_id, "mcq_answer", {
                "question_id": feedback.question_id,
                "question": asked.question if asked else None,
                "skill": asked.skill if asked else None,
                "number": len(state.answered), "selected_option": feedback.selected_option,
                "is_correct": feedback.is_correct, "score_gained": feedback.score_gained,
                "time_taken_seconds": feedback.time_taken_seconds})
            await self._publish(session_id, feedback)
            await self._announce(run, before, now, asker=conn, question=question)

    async def current_question(self, session_id: int) -> dict[str, Any] | None:
        """The question on screen now (for the help chat), or None."""
        async with self.locked(session_id) as run:
            state = run.state
            if state is None or state.completed or state.current_question_id is None:
                return None
            try:
                question = run.pack.mcq.question(state.current_question_id) if run.pack.mcq else None
            except KeyError:
                return None
            if question is None:
                return None
            return frame_data(_question(run, question, self.now()))

    async def is_completed(self, session_id: int) -> bool:
        """Whether the session's run has finished."""
        session = await Session.get(id=session_id)
        return bool(session.mcq_state and session.mcq_state.get("completed"))

    # --- the clock ------------------------------------------------------------------

    def watch(self, session_id: int) -> None:
        """Make sure the session's clock runs (while it has sockets in this process)."""
        task = self._clocks.get(session_id)
        if not self._closed and (task is None or task.done()):
            self._pokes.setdefault(session_id, asyncio.Event())
            self._clocks[session_id] = asyncio.create_task(self._clock(session_id),
                                                           name=f"mcq-clock-{session_id}")

    def poke(self, session_id: int) -> None:
        """Wake the session's clock to look again (a pause, a resume, a socket gone)."""
        poke = self._pokes.get(session_id)
        if poke is not None:
            poke.set()

    async def _clock(self, session_id: int) -> None:
        poke = self._pokes[session_id]
        try:
            while not self._closed and self.hub.session_connections(session_id):
                poke.clear()
                delay = await self._tick(session_id)
                if delay is None:
                    return
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(poke.wait(), timeout=delay)
        except asyncio.CancelledError:
            raise
        except Exception:
            logger.exception("the clock of session %s failed", session_id)
        finally:
            if self._clocks.get(session_id) is asyncio.current_task():
                del self._clocks[session_id]
                self._pokes.pop(session_id, None)

    async def _tick(self, session_id: int) -> float | None:
        """Time out what is due; the seconds until the next deadline, None when there is none."""
        try:
            return await self._step_clock(session_id)
        except _Stale:  # another server moved the run on: look again at once
            return 0.05

    async def _step_clock(self, session_id: int) -> float | None:
        now = self.now()
        async with self.locked(session_id) as run:
            before = run.state
            if before is None or before.completed or run.session.status in CLOSED:
                return None
            run.state, question = engine.current_or_next(run.pack, before, now)
            if run.state != before or run.mark != (run.session.mcq_state or {}).get("event_mark"):
                await self._save(run)
            await self._announce(run, before, now, asker=None, question=question)
            state = run.state
        if state.completed:
            return None
        if state.paused_at is not None or state.current_deadline is None:
            return POLL_SECONDS
        due = (state.current_deadline - now).total_seconds() + GRACE_SECONDS + _CLOCK_SLACK
        return max(0.01, min(due, POLL_SECONDS))

    # --- messages -------------------------------------------------------------------

    async def _publish(self, session_id: int, message: ServerData) -> None:
        """Send `message` to every socket of the session, on every server process."""
        await self.bus.publish(candidate_event(session_id, message))

    async def _announce(self, run: Run, before: McqState | None, now: datetime, *,
                        asker: ClientSocket | None, question: engine.McqQuestion | None) -> None:
        """Tell the session's sockets what changed since `before`; the question to `asker` else."""
        state = run.state
        assert state is not None
        sid = run.session.id
        done_before = len(before.answered) if before else 0
        for item in state.answered[done_before:]:
            if item.timed_out:
                number = state.answered.index(item) + 1
                await self._publish(sid, SystemMessage(
                    message=f"Time ran out on question {number}; it counts as unanswered.",
                    timestamp=now_iso(), sender="assessment", question_id=item.question_id))
                await self.events.emit(sid, "mcq_timed_out", {"question_id": item.question_id})
        if len(state.answered) != done_before:
            await self._publish(sid, self._progress(run, now))
        if state.completed:
            if before is None or not before.completed:
                await self._finish(run)
            return
        if question is None:
            return
        shown = _question(run, question, now)
        new = before is None or before.current_question_id != state.current_question_id
        if new:
            await self._publish(sid, shown)
        elif asker is not None:
            asker.send(shown)

    async def _finish(self, run: Run) -> None:
        """The run just completed: results to every socket; an MCQ-only session completes."""
        assert run.state is not None
        sid = run.session.id
        summary = engine.results(run.pack, run.state)
        await self._publish(sid, self._completed(run))
        run.session.score = summary["percent"]
        await run.session.save(update_fields=["score"])
        await self.events.emit(sid, "assessment_completed", {
            "score": summary["score"], "percent": summary["percent"],
            "correct": summary["correct"], "reason": summary["completion_reason"]})
        if run.pack.task is None and run.session.status not in CLOSED:
            await self.sessions.set_status(run.session, "completed", by="assessment")

    def _started(self, run: Run, test_id: str | int | None, resumed: bool,
                 now: datetime) -> AssessmentStarted:
        assert run.state is not None and run.pack.mcq is not None
        total = run.pack.mcq.total_questions
        left = engine.time_left(run.state, now)
        verb = "Resumed" if resumed else "Started"
        return AssessmentStarted(
            test_id=test_id if test_id is not None else run.pack.slug,
            test_name=run.pack.title,
            time_limit_minutes=run.pack.time_limit_minutes,
            total_questions=total,
            session_id=run.session.id,
            resumed=resumed,
            answered=len(run.state.answered),
            time_remaining_seconds=round(left),
            message=f"{verb} '{run.pack.title}': {_count(total, 'question')}, "
                    f"{_count(round(left / 60, 1), 'minute')} left. Each question has its own "
                    "timer.",
        )

    def _progress(self, run: Run, now: datetime) -> ProgressUpdate:
        assert run.state is not None
        return ProgressUpdate.model_validate({
            **engine.progress(run.pack, run.state), "total_score": run.state.total_score,
            "difficulty_level": run.state.difficulty_level,
            "time_remaining_seconds": round(engine.time_left(run.state, now))})

    def _completed(self, run: Run) -> AssessmentCompleted:
        assert run.state is not None
        summary = engine.results(run.pack, run.state)
        why = "Time is up" if run.state.completion_reason == "time_up" else "Assessment completed"
        return AssessmentCompleted(
            # the score travels in `results` (clients show it beside this): said once
            message=f"{why}: {summary['correct']} of {summary['total_questions']} correct "
                    f"({summary['percent']:g}%).",
            results=summary,
            next_steps=engine.next_steps(run.pack, run.state),
        )

    # --- checks ---------------------------------------------------------------------

    @staticmethod
    def _check_open(run: Run, now: datetime) -> None:
        if not run.has_mcq:
            raise McqError("no_questions", f"assessment '{run.pack.slug}' has no multiple-choice part")
        if run.session.status in CLOSED:
            raise McqError("assessment_completed", f"the session is {run.session.status}")
        if not run.pack.is_available(now):
            raise McqError("outside_window", window_reason(run.pack, now))

    @staticmethod
    def _require_started(run: Run) -> McqState:
        if run.state is None:
            raise McqError("not_started", "the assessment has not started; send start_assessment first")
        return run.state


def _question(run: Run, question: engine.McqQuestion, now: datetime) -> Question:
    """The `question` message of a multiple-choice question, with the time left on it at `now`
    (the engine's payload holds exactly SPEC §5's fields)."""
    assert run.state is not None
    return Question.model_validate(engine.question_payload(run.pack, run.state, question, now=now))


def _count(number: float, noun: str) -> str:
    """`1 question`, `20 questions`, `0.5 minutes`: a number with its noun agreeing."""
    return f"{number:g} {noun}" if number == 1 else f"{number:g} {noun}s"


def window_reason(pack: Pack, now: datetime) -> str:
    """Why `pack` cannot be taken at `now` (its availability window)."""
    if pack.available_from is not None and now < pack.available_from:
        return f"the assessment opens at {pack.available_from.isoformat()}"
    if pack.available_until is not None:
        return f"the assessment closed at {pack.available_until.isoformat()}"
    return "the assessment is not available now"
