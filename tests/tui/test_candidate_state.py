"""The companion's state, offline: a card shows what it is told at any point of its life, the
keys follow the session's state by themselves, and a refusal is decided on by its kind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from candidate_harness import text_of, wait_for
from textual.widgets._footer import FooterKey

from tui.candidate import CandidateApp
from tui.candidate.messages import ClientStopped, SessionInfoLoaded
from tui.candidate.session import SessionInfo, SessionStatus
from tui.candidate.widgets import CardAnswer, CardGrade, CardQuestion, QuestionCard, QuestionFeed
from viva.invite import Invite
from viva.refusal import Refusal, RefusalKind

INVITE = Invite(server="http://127.0.0.1:9", token="a.b.c", session_id=7)
SIZE = (100, 32)


def _app(tmp_path: Path) -> CandidateApp:
    (tmp_path / "b.py").write_text("".join(f"line_{n} = {n}\n" for n in range(1, 11)))
    return CandidateApp(INVITE, workspace=tmp_path, connect=False, clock=lambda: 0.0)


def _graded_first(feed: QuestionFeed) -> QuestionCard:
    """A card made for a grade whose question has not arrived (a replay overtaken)."""
    card = feed.add_question(42, None, path=None, line=None, skill=None, number=2)
    card.grade = CardGrade("Right.", 8)
    return card


def _shows_its_question(card: QuestionCard) -> bool:
    return ("Q2  b.py:4" in text_of(card.query_one(".card-title"))
            and text_of(card.query_one(".card-question")) == "Why sort?"
            and bool(card.query(".card-code"))
            and "Score 8/10" in text_of(card.query_one(".card-evaluation")))


ASKED = CardQuestion(2, "Why sort?", "b.py", 4, "algorithms")


class _AskedOnMount(QuestionCard):
    """A card whose question arrives while it is composed but not yet mounted."""

    def on_mount(self) -> None:
        assert self.children and not self.is_mounted
        self.asked = ASKED


async def _question_arrives(pilot: Any, feed: QuestionFeed, when: str) -> QuestionCard:
    """The question reaches a card made for its grade: before the card is composed, while it
    is composed but not mounted, or once it is mounted."""
    if when == "mounted":
        card = _graded_first(feed)
        await wait_for(pilot, lambda: card.is_mounted, what="the card")
        card.asked = ASKED
        return card
    card = (QuestionCard if when == "before composed" else _AskedOnMount)(
        CardQuestion(2), 42, workspace=feed.workspace)
    card.grade = CardGrade("Right.", 8)
    if when == "before composed":
        card.asked = ASKED
    await feed.mount(card)
    return card


async def test_a_question_that_follows_its_grade_shows_whenever_in_the_cards_life_it_comes(
        tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        for when in ("before composed", "composed, not mounted", "mounted"):
            card = await _question_arrives(pilot, app.questions.feed, when)
            await pilot.pause()
            assert card.is_mounted and _shows_its_question(card), when
            assert not card.unseen and card.answered and card.has_class("-evaluated")
            await card.remove()


async def test_an_answer_shows_queued_then_taken_and_an_unseen_card_says_so(
        tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        card = _graded_first(app.questions.feed)
        await pilot.pause()
        assert card.unseen and "asked before this window opened" in text_of(
            card.query_one(".card-question"))
        assert not card.query(".card-code")  # no path: no code to show
        card.answer = CardAnswer("For ties.", queued=True)
        assert "(queued until reconnected)" in text_of(card.query_one(".card-answer"))
        card.answer = CardAnswer("For ties.")
        assert text_of(card.query_one(".card-answer")) == "You: For ties."
        assert card.query_one(".card-answer").display


def _key(app: CandidateApp, key: str) -> FooterKey:
    return next(k for k in app.screen.query(FooterKey) if k.key == key)


def _greyed(app: CandidateApp, key: str) -> bool:
    return _key(app, key).has_class("-disabled")


async def test_the_keys_follow_the_sessions_state_without_being_told(tmp_path: Path) -> None:
    """`state` refreshes the footer itself: F10 and F6 go grey when the session is over."""
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.post_message(SessionInfoLoaded(SessionInfo(session_id=7, has_tests=True)))
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        await pilot.pause()
        assert not _greyed(app, "f10") and not _greyed(app, "f6")
        app.state = SessionStatus.EXPIRED
        await wait_for(pilot, lambda: _greyed(app, "f10") and _greyed(app, "f6"),
                       timeout=5, what="the footer to follow the state")
        assert app.status_bar.state == "expired" and app.questions.answer_box.disabled


async def test_a_refusal_that_says_the_session_ended_ends_it_and_blames_no_invite(
        tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        ended = Refusal.of(4003, "access denied: the session is completed")
        assert ended.kind is RefusalKind.SESSION_COMPLETED and ended.session_ended == "completed"
        app.post_message(ClientStopped(ended))
        await wait_for(pilot, lambda: app.state is SessionStatus.COMPLETED, what="the end")
        assert app.refusal is None and app.status_bar.error == "closed"


async def test_a_refused_invite_takes_the_keys_that_need_it(tmp_path: Path) -> None:
    app = _app(tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        app.post_message(SessionInfoLoaded(SessionInfo(session_id=7, has_tests=True)))
        await wait_for(pilot, lambda: app.info is not None, what="the session's info")
        refused = Refusal.of(4001, "authentication failed: the token has expired")
        assert refused.kind is RefusalKind.INVITE_EXPIRED and refused.session_ended is None
        app.post_message(ClientStopped(refused))
        await wait_for(pilot, lambda: app.refusal is not None, what="the refusal")
        await wait_for(pilot, lambda: not any(k.key in ("f10", "f6")
                                              for k in app.screen.query(FooterKey)),
                       timeout=5, what="F10 and F6 to go")
        assert app.state is SessionStatus.ACTIVE
