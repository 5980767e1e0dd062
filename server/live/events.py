"""Session events: recorded for the timeline, shown to proctors, and relayed to the candidate.

Every feature tells the world about a session through `Events.emit`: the proctors' feed gets a
`session_event`, the candidate's connections the message meant for them, on every server
process (through the bus); the event is stored unless the feature keeps its own record.

A session's status change is told to the server processes themselves by `StatusChanged`
(`Events.status_changed`), a bus message for no socket: each process's hub and its
multiple-choice runs act on it, so none has to read status out of what candidates are sent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from server.core.clock import Now, utc_now
from server.live.bus import Bus, BusEvent
from server.storage.models import Event
from viva.protocol import ServerData, frame_data, now_iso

__all__ = ["Events", "StatusChanged", "candidate_event", "proctor_event"]


@dataclass(frozen=True, slots=True)
class StatusChanged:
    """A session's stored status changed (`active`, `paused`, `completed`, `expired`, ...)."""

    TYPE: ClassVar[str] = "status_changed"
    TO: ClassVar[str] = "server"
    """The bus audience of this message: the server processes, no socket."""

    session_id: int
    status: str

    def event(self) -> BusEvent:
        """As published on the bus."""
        return {"session_id": self.session_id, "type": self.TYPE, "to": self.TO,
                "data": {"status": self.status}}

    @classmethod
    def of(cls, event: BusEvent) -> StatusChanged | None:
        """The status change `event` carries, or None when it is another message."""
        if event.get("type") != cls.TYPE or event.get("to") != cls.TO:
            return None
        sid, status = event.get("session_id"), (event.get("data") or {}).get("status")
        if not isinstance(sid, int) or not isinstance(status, str):
            return None
        return cls(sid, status)


class Events:
    """Emits session events on `bus`."""

    def __init__(self, bus: Bus, *, now: Now = utc_now) -> None:
        self.bus = bus
        self.now = now
        """The time events are stored at."""

    async def emit(self, session_id: int, kind: str, data: dict[str, Any], *,
                   to: str = "proctors", message: ServerData | None = None,
                   store: bool = True, detail: Any = None) -> None:
        """Record an event and publish it: to proctors as `session_event` (`to` is `proctors`
        or `all`), and `message` to the candidate (`to` is `session` or `all`)."""
        ts = now_iso()
        if store:
            await Event.create(session_id=session_id, kind=kind, data=data,
                               created_at=self.now())
        if message is not None and to in ("session", "all"):
            await self.bus.publish(candidate_event(session_id, message, ts=ts))
        if to in ("proctors", "all"):
            await self.bus.publish(proctor_event(session_id, kind, data, detail=detail, ts=ts))

    async def status_changed(self, session_id: int, status: str) -> None:
        """Tell every server process that the session's stored status is now `status`."""
        await self.bus.publish(StatusChanged(session_id, status).event())


def candidate_event(session_id: int, message: ServerData, *, ts: str | None = None) -> BusEvent:
    """The bus event that sends `message` to every candidate socket of a session."""
    return {"session_id": session_id, "to": "session", "type": message.TYPE,
            "data": frame_data(message), "ts": ts or now_iso()}


def proctor_event(session_id: int, kind: str, data: dict[str, Any], *, detail: Any = None,
                  ts: str | None = None) -> dict[str, Any]:
    """The bus event that shows proctors one thing that happened to a session."""
    return {"session_id": session_id, "to": "proctors", "type": kind, "data": data,
            "summary": {"type": kind, "data": data}, "detail": detail, "ts": ts or now_iso()}
