"""The live half of the proctor console: `/ws/proctor`, kept open across drops (SPEC §5).

The feed hands every frame, parsed into its `viva.protocol` model, to one callback, in
order, as it arrives: the console applies it to its model at once and repaints later, so a
busy feed never waits on drawing.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Callable
from typing import Any, Final
from urllib.parse import quote

from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, InvalidHandshake, InvalidStatus

from viva.protocol import REFUSED_CLOSE_CODES, Message, ProtocolError, parse_server_frame

__all__ = ["Feed", "ws_url"]

logger = logging.getLogger(__name__)

RETRY_DELAYS: Final = (0.2, 0.5, 1.0, 2.0, 5.0)
"""Seconds to wait before each reconnect attempt; the last repeats."""


def ws_url(server: str, token: str) -> str:
    """The proctor feed's URL for a server's base URL."""
    base = server.rstrip("/")
    scheme = "wss" + base[5:] if base.startswith("https") else "ws" + base[4:]
    return f"{scheme}/ws/proctor?token={quote(token, safe='')}"


class Feed:
    """One proctor connection that reconnects on its own; `run()` until `stop()`.

    `on_frame` gets every server frame as a `Message`; `on_state` gets ("connected", "") or
    ("disconnected", why) or ("refused", why) when the server will not let us in.
    """

    def __init__(self, server: str, token: str, *, on_frame: Callable[[Message], None],
                 on_state: Callable[[str, str], None]) -> None:
        self._url = ws_url(server, token)
        self._on_frame = on_frame
        self._on_state = on_state
        self._ws: ClientConnection | None = None
        self._stopped = asyncio.Event()
        self.watching: set[int] = set()
        """Sessions to stream in full detail; sent again after each reconnect."""
        self.connects = 0

    @property
    def connected(self) -> bool:
        """Whether a connection is open right now."""
        return self._ws is not None

    async def run(self) -> None:
        """Connect, read, and reconnect after drops until stopped or refused."""
        attempt = 0
        while not self._stopped.is_set():
            try:
                async with connect(self._url, proxy=None, max_size=32 * 2**20,
                                   open_timeout=10) as ws:
                    self._ws = ws
                    self.connects += 1
                    attempt = 0
                    for sid in sorted(self.watching):
                        await ws.send(_frame("watch", {"session_id": sid}))
                    self._on_state("connected", "")
                    await self._read(ws)
                why = "the server closed the feed"
            except InvalidStatus as exc:
                why = f"the server refused the feed (HTTP {exc.response.status_code})"
            except ConnectionClosed as exc:
                code = exc.rcvd.code if exc.rcvd else 1006
                reason = exc.rcvd.reason if exc.rcvd else "connection lost"
                if code in REFUSED_CLOSE_CODES:
                    self._ws = None
                    self._on_state("refused", reason or f"closed with {code}")
                    return
                why = reason or f"closed with {code}"
            except (TimeoutError, OSError, InvalidHandshake) as exc:
                why = f"cannot reach the server ({exc or type(exc).__name__})"
            self._ws = None
            if self._stopped.is_set():
                return
            self._on_state("disconnected", why)
            delay = RETRY_DELAYS[min(attempt, len(RETRY_DELAYS) - 1)]
            attempt += 1
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopped.wait(), delay)

    async def _read(self, ws: ClientConnection) -> None:
        async for raw in ws:
            if isinstance(raw, bytes):
                continue
            try:
                msg = parse_server_frame(raw)
            except ProtocolError as exc:
                logger.warning("feed: a frame that is not a server message (%s): %.80s", exc, raw)
                continue
            self._on_frame(msg)

    async def send(self, type_: str, data: dict[str, Any]) -> bool:
        """Send one action; False when the feed is down (the caller tells the proctor)."""
        ws = self._ws
        if ws is None:
            return False
        try:
            await ws.send(_frame(type_, data))
        except ConnectionClosed:
            return False
        return True

    async def watch(self, session_id: int) -> None:
        """Stream one session in full detail (kept across reconnects)."""
        self.watching.add(session_id)
        await self.send("watch", {"session_id": session_id})

    async def unwatch(self, session_id: int) -> None:
        """Stop the full-detail stream of one session."""
        self.watching.discard(session_id)
        await self.send("unwatch", {"session_id": session_id})

    async def stop(self) -> None:
        """Close the connection and stop reconnecting."""
        self._stopped.set()
        ws = self._ws
        if ws is not None:
            await ws.close()


def _frame(type_: str, data: dict[str, Any]) -> str:
    return json.dumps({"type": type_, "data": data})
