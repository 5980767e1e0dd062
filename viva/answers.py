"""Sending the candidate's durable answers over one connection, until the server settles them.

`AnswerSender` sends every answer kept in the outbox after each (re)connect, and again
later on the same connection, less and less often, when the server could not take it
yet. An answer leaves the outbox when the server grades it (`evaluation_result`) or
refuses it for good (an `error` naming its `interaction_id` with a code in
`ANSWER_REFUSED`).
"""

from __future__ import annotations

import asyncio
from typing import Final

from viva.outbox import Outbox
from viva.protocol import Message, ResponseSubmitted, decimal_id, encode
from viva.sender import OutboxSender, logger

__all__ = ["ANSWER_REFUSED", "ANSWER_RETRY", "MAX_ANSWER_RETRY", "AnswerSender"]

ANSWER_REFUSED: Final = frozenset({"already_answered", "unknown_interaction",
                                   "forbidden_interaction"})
"""Error codes that refuse an answer for good: it leaves the outbox (server/examining.py)."""
ANSWER_RETRY: Final = 2.0
"""First pause before an answer refused with a transient code is sent again; it doubles."""
MAX_ANSWER_RETRY: Final = 60.0
"""Longest pause between such resends on one connection."""


def _wire_id(interaction_id: int | str) -> int | str:
    """An interaction id as `response_submitted` sends it: a number when it is one."""
    text = str(interaction_id).strip()
    number = decimal_id(text, max_digits=18)
    return text if number is None else number


def _answer_key(interaction_id: int | str) -> str:
    """An interaction id as the outbox keeps it: decimal ids in their canonical spelling."""
    return str(_wire_id(interaction_id))


class AnswerSender(OutboxSender):
    """The outbox's answers on the wire: which to send next, and when to send one again."""

    def __init__(self, outbox: Outbox, *, name: str, wake: asyncio.Event,
                 connected: asyncio.Event) -> None:
        super().__init__(outbox, name=name, wake=wake, connected=connected)
        # per connection: answers waiting to be sent (after the updates), and timers that
        # send again an answer the server could not take yet, with how often it could not.
        self._due: list[str] = []
        self._retries: dict[str, asyncio.TimerHandle] = {}
        self._tries: dict[str, int] = {}

    def pending(self) -> dict[str, str]:
        """Answers not yet graded or refused, by interaction id (as text)."""
        return {a.interaction_id: a.response for a in self._outbox.answers()}

    def keep(self, interaction_id: int | str, response: str) -> str:
        """Keep an answer durably, replacing one still waiting; its key in the outbox.

        Raises ValueError when the server could never take it (over 20,000 characters).
        """
        ResponseSubmitted.model_validate({"interaction_id": interaction_id, "response": response})
        key = _answer_key(interaction_id)
        self._outbox.add_answer(key, response)
        self._cancel_retry(key)
        self._tries.pop(key, None)
        return key

    def send_now(self, key: str) -> bool:
        """Queue a kept answer on this connection; False when there is none to send it on."""
        if not self._connected.is_set():
            return False
        if key not in self._due:
            self._due.append(key)
        self._wake.set()
        return True

    def restart(self) -> None:
        """A new connection: every answer in the outbox is due again."""
        self._due = [a.interaction_id for a in self._outbox.answers()]

    def next_frame(self) -> str | None:
        """The next due answer's `response_submitted` frame; None when none is due."""
        while self._due:
            answer = self._outbox.answer(self._due.pop(0))
            if answer is not None:  # else graded or refused meanwhile
                return encode("response_submitted", {
                    "interaction_id": _wire_id(answer.interaction_id),
                    "response": answer.response})
        return None

    def done(self, interaction_id: int | str) -> None:
        """The server graded or refused for good the answer to this question: forget it."""
        key = _answer_key(interaction_id)
        self._cancel_retry(key)
        self._tries.pop(key, None)
        self._outbox.remove_answer(key)

    def refused(self, interaction_id: int | str, msg: Message) -> None:
        """An answer refused: for good (it leaves the outbox), or for now (sent again later)."""
        key = _answer_key(interaction_id)
        if self._outbox.answer(key) is None:
            self._log_error(msg)
            return
        if msg.data.code in ANSWER_REFUSED:
            self.done(key)
            logger.warning("%s: the server refused the answer to question %s (%s): %s",
                           self.name, key, msg.data.code, msg.data.error)
            return
        # Anything else (the examiner or the database not available) may pass: send it
        # again later on this connection, less and less often; and after every reconnect.
        tries = self._tries.get(key, 0)
        self._tries[key] = tries + 1
        delay = min(MAX_ANSWER_RETRY, ANSWER_RETRY * 2 ** min(tries, 8))
        self._cancel_retry(key)
        self._retries[key] = asyncio.get_running_loop().call_later(delay, self._retry, key)
        logger.warning("%s: the server could not take the answer to question %s yet (%s); "
                       "sending it again in %.0f s", self.name, key, msg.data.code, delay)

    def _retry(self, key: str) -> None:
        self._retries.pop(key, None)
        if (self._outbox.answer(key) is not None and self._connected.is_set()
                and key not in self._due):
            self._due.append(key)
            self._wake.set()

    def _cancel_retry(self, key: str) -> None:
        handle = self._retries.pop(key, None)
        if handle is not None:
            handle.cancel()

    def cancel_retries(self) -> None:
        """Stop every timed resend: after a reconnect every pending answer goes out anyway."""
        for handle in self._retries.values():
            handle.cancel()
        self._retries.clear()
