"""`OutboxSender`: what the update and answer senders share on one client's connection.

Both send from the same outbox, log under the client's name, set the same `wake` event when
there is something to send, and send only while `connected` is set.
"""

from __future__ import annotations

import asyncio
import logging

from viva.outbox import Outbox
from viva.protocol import Message

__all__ = ["OutboxSender", "logger"]

# The client's logger: these lines are the client's, whichever module writes them.
logger = logging.getLogger("viva.client")


class OutboxSender:
    """The outbox one kind of message is sent from, and the connection it is sent on."""

    def __init__(self, outbox: Outbox, *, name: str, wake: asyncio.Event,
                 connected: asyncio.Event) -> None:
        self._outbox = outbox
        self.name = name
        """The client's name, heading its log lines."""
        self._wake = wake
        """Set when there may be something new to send."""
        self._connected = connected

    def _log_error(self, msg: Message) -> None:
        """Log a server `error` that names nothing of this sender's."""
        logger.warning("%s: server error %s: %s", self.name, msg.data.code, msg.data.error)
