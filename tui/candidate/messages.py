"""The candidate companion's own messages: small past-tense dataclasses, one place."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from textual.message import Message

if TYPE_CHECKING:  # kept out of start-up: the first paint needs none of them
    from tui.candidate.session import SessionInfo
    from viva.client import ClientStatus
    from viva.protocol import Message as WireMessage
    from viva.refusal import Refusal

__all__ = [
    "AnswerSubmitted",
    "ChatMessageSent",
    "ClientStopped",
    "ConnectionChanged",
    "FinishConfirmed",
    "OptionChosen",
    "ServerMessageReceived",
    "SessionInfoLoaded",
    "TestsRequested",
    "WatcherEventLogged",
]


@dataclass
class ServerMessageReceived(Message):
    """A frame from the server on the candidate channel."""

    message: WireMessage


@dataclass
class ConnectionChanged(Message):
    """The TUI's own connection changed state."""

    status: ClientStatus


@dataclass
class ClientStopped(Message):
    """The server refused the invite (its socket or `GET /join`): retrying cannot help."""

    refusal: Refusal


@dataclass
class SessionInfoLoaded(Message):
    """The session's title, task and clock arrived over REST."""

    info: SessionInfo


@dataclass
class WatcherEventLogged(Message):
    """The watcher (in `viva join`) logged an event: sent, acked, connected..."""

    record: dict[str, Any]


@dataclass
class AnswerSubmitted(Message):
    """The candidate answered a code question."""

    interaction_id: int | str
    response: str


@dataclass
class OptionChosen(Message):
    """The candidate chose an option of a multiple-choice question."""

    question_id: int | str
    option: str
    """The option's letter, A to D."""


@dataclass
class ChatMessageSent(Message):
    """The candidate asked the help chat something."""

    text: str


@dataclass
class FinishConfirmed(Message):
    """The candidate confirmed they are done."""


@dataclass
class TestsRequested(Message):
    """The candidate asked to run the tests against their code as it is now."""

    __test__ = False  # not a pytest class, whatever its name
