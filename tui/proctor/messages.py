"""Every Textual message of the proctor console, in one place: small, past tense."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from textual.message import Message

__all__ = ["ActionRequested", "FeedChanged", "ScrubberMoved", "SessionEventArrived",
           "SessionOpened", "SignalChosen"]


@dataclass
class FeedChanged(Message):
    """The live feed connected, dropped or was refused."""

    state: str
    """`connected`, `disconnected` or `refused`."""
    why: str = ""


@dataclass
class SessionEventArrived(Message, bubble=False):
    """A session's event came on the feed and is in the model: a view of that session takes
    it too (its files, transcript and signals)."""

    session_id: int
    event: dict[str, Any]


@dataclass
class SessionOpened(Message):
    """The proctor chose a session in the table."""

    session_id: int


@dataclass
class ActionRequested(Message):
    """The proctor asked for an action on a session (message, pause, resume, end, report,
    replay, tests)."""

    session_id: int
    action: str


@dataclass
class ScrubberMoved(Message):
    """The replay slider was clicked or dragged to a fraction of the session."""

    fraction: float


@dataclass
class SignalChosen(Message):
    """The proctor chose an integrity signal or a question: replay from its moment."""

    session_id: int
    offset: float
