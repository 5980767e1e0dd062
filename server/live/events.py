"""Session events: recorded for the timeline, shown to proctors, and relayed to the candidate.

Every feature tells the world about a session through `Events.emit`: the proctors' feed gets a
`session_event`, the candidate's connections the message meant for them, on every server
process (through the bus); the event is stored unless the feature keeps its own record.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from server.live.bus import Bus
from server.storage.models import Event
from viva.protocol import now_iso

__all__ = ["Events", "proctor_event"]


class Events:
    """Emits session events on `bus`."""

    def __init__(self, bus: Bus) -> None:
        self.bus = bus

    async def emit(self, session_id: int, kind: str, data: dict[str, Any], *,
                   to: str = "proctors", message: tuple[str, dict[str, Any]] | None = None,
                   store: bool = True, detail: Any = None) -> None:
        """Record an event and publish it: to proctors as `session_event` (`to` is `proctors`
        or `all`), and `message` (type, data) to the candidate (`to` is `session` or `all`)."""
        ts = now_iso()
        if store:
            await Event.create(session_id=session_id, kind=kind, data=data,
                               created_at=datetime.now(UTC))
        if message is not None and to in ("session", "all"):
            type_, payload = message
            await self.bus.publish({"session_id": session_id, "to": "session", "type": type_,
                                    "data": payload, "ts": ts})
        if to in ("proctors", "all"):
            await self.bus.publish(proctor_event(session_id, kind, data, detail=detail, ts=ts))


def proctor_event(session_id: int, kind: str, data: dict[str, Any], *, detail: Any = None,
                  ts: str | None = None) -> dict[str, Any]:
    """The bus event that shows proctors one thing that happened to a session."""
    return {"session_id": session_id, "to": "proctors", "type": kind, "data": data,
            "summary": {"type": kind, "data": data}, "detail": detail, "ts": ts or now_iso()}
