"""This process's open sockets, and delivery of bus events to them.

Each socket has its own send queue and writer task, so one slow reader never holds up
another, and nothing is dropped: a backlog only grows that socket's queue.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections import defaultdict
from typing import Any

from aiohttp import web

from server.core.auth import Principal
from server.live.bus import BusEvent
from server.live.events import StatusChanged
from viva.protocol import FeedEvent, ServerData, SessionEvent, frame_data, legacy_encode, now_iso

__all__ = ["ClientSocket", "Hub"]

logger = logging.getLogger(__name__)


class ClientSocket:
    """One open socket: who holds it, its queue of frames, and its writer task."""

    def __init__(self, ws: web.WebSocketResponse, principal: Principal, *,
                 session_id: int | None = None, kind: str = "candidate") -> None:
        self.ws = ws
        self.principal = principal
        self.session_id = session_id
        self.kind = kind
        self.id = uuid.uuid4().hex[:12]
        self.legacy = False
        """Set once the client speaks the older flat form; it then gets flat answers."""
        self.watching: set[int] = set()
        self.status = "active"
        """The session's stored status as last announced by `StatusChanged` (so updates need no query)."""
        self._queue: asyncio.Queue[str | None] = asyncio.Queue()
        self._writer = asyncio.create_task(self._write(), name=f"ws-writer-{self.id}")

    def send(self, message: ServerData) -> None:
        """Queue a message for this socket, in the flat form if the client speaks it."""
        self.relay(message.TYPE, frame_data(message))

    def relay(self, type_: str, data: dict[str, Any]) -> None:
        """Queue a message whose data a `ServerData` gave elsewhere (a bus event's)."""
        if self.legacy:
            frame = legacy_encode(type_, data)
            if frame is None:
                return
        else:
            frame = json.dumps({"type": type_, "data": data}, default=str)
        self._queue.put_nowait(frame)

    def send_raw(self, frame: str) -> None:
        """Queue an already encoded frame."""
        self._queue.put_nowait(frame)

    @property
    def backlog(self) -> int:
        """Frames waiting to be written."""
        return self._queue.qsize()

    async def _write(self) -> None:
        while True:
            frame = await self._queue.get()
            if frame is None:
                return
            try:
                await self.ws.send_str(frame)
            except (ConnectionResetError, RuntimeError) as exc:
                logger.debug("socket %s closed while writing: %s", self.id, exc)
                return

    async def close(self) -> None:
        """Flush what is queued, then stop the writer."""
        self._queue.put_nowait(None)
        try:
            await asyncio.wait_for(self._writer, timeout=5)
        except TimeoutError:
            self._writer.cancel()


class Hub:
    """Registry of this process's sockets; delivers each bus event to the ones it concerns."""

    def __init__(self) -> None:
        self.candidates: dict[int, set[ClientSocket]] = defaultdict(set)
        self.proctors: set[ClientSocket] = set()

    def add(self, conn: ClientSocket) -> None:
        """Register an open socket."""
        if conn.kind == "proctor":
            self.proctors.add(conn)
        elif conn.session_id is not None:
            self.candidates[conn.session_id].add(conn)

    def remove(self, conn: ClientSocket) -> None:
        """Forget a closed socket."""
        self.proctors.discard(conn)
        if conn.session_id is not None:
            group = self.candidates.get(conn.session_id)
            if group is not None:
                group.discard(conn)
                if not group:
                    del self.candidates[conn.session_id]

    def session_connections(self, session_id: int) -> set[ClientSocket]:
        """This process's candidate sockets of a session."""
        return self.candidates.get(session_id, set())

    async def deliver(self, event: BusEvent) -> None:
        """Bus handler: send `event` to the sockets it is for; a status change is kept on
        the session's sockets (it goes to none)."""
        changed = StatusChanged.of(event)
        if changed is not None:
            for conn in list(self.session_connections(changed.session_id)):
                conn.status = changed.status
            return
        sid = event.get("session_id")
        to = event.get("to", "all")
        type_, data = event["type"], event.get("data", {})
        if to in ("session", "all") and sid is not None:
            for conn in list(self.session_connections(sid)):
                conn.relay(type_, data)
        if to in ("proctors", "all"):
            summary = event.get("summary") or {"type": type_, "data": data}
            detail = event.get("detail")
            ts = event.get("ts") or now_iso()
            brief = SessionEvent(session_id=sid, event=FeedEvent(**summary, ts=ts))
            full = brief if detail is None else \
                SessionEvent(session_id=sid, event=FeedEvent(**summary, ts=ts, detail=detail))
            for conn in list(self.proctors):
                if sid is not None and not conn.principal.may_see(sid):
                    continue
                conn.send(full if sid in conn.watching else brief)

    async def close_all(self, code: int = 1001, message: str = "server shutting down") -> None:
        """Close every socket (at shutdown)."""
        conns = list(self.proctors) + [c for g in self.candidates.values() for c in g]
        # all at once: each close waits for the peer's answer
        await asyncio.gather(*(c.ws.close(code=code, message=message.encode()) for c in conns),
                             return_exceptions=True)
