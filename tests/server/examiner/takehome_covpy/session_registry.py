"""Session registry for a small chat server: worker threads log users in and out, a
housekeeping thread expires idle sessions, and the status page lists who is online."""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass

IDLE_LIMIT_SECONDS = 15 * 60


@dataclass
class Session:
    sid: str
    user: str
    room: str
    last_seen: float


class SessionRegistry:
    """Every live session by id; shared by the request threads and the reaper."""

    def __init__(self, clock=time.monotonic) -> None:
        self._lock = threading.Lock()
        self._sessions: dict[str, Session] = {}
        self._clock = clock

    def login(self, user: str, room: str) -> str:
        sid = uuid.uuid4().hex
        with self._lock:
            self._sessions[sid] = Session(sid, user, room, self._clock())
        return sid

    def touch(self, sid: str) -> bool:
        with self._lock:
            session = self._sessions.get(sid)
            if session is None:
                return False
            session.last_seen = self._clock()
            return True

    def logout(self, sid: str) -> None:
        with self._lock:
            self._sessions.pop(sid, None)

    def expire_idle(self) -> int:
        """Drop the sessions idle for longer than the limit; how many were dropped."""
        cutoff = self._clock() - IDLE_LIMIT_SECONDS
        with self._lock:
            stale = [sid for sid, s in self._sessions.items() if s.last_seen < cutoff]
            for sid in stale:
                del self._sessions[sid]
        return len(stale)

    def online(self, room: str) -> list[str]:
        """The users in a room, for the status page, sorted by name."""
        users = set()
        for session in self._sessions.values():
            if session.room == room:
                users.add(session.user)
        return sorted(users)


def reaper(registry: SessionRegistry, stop: threading.Event, every: float = 30.0) -> None:
    """Expire idle sessions until `stop` is set."""
    while not stop.wait(every):
        registry.expire_idle()


def start_reaper(registry: SessionRegistry) -> tuple[threading.Thread, threading.Event]:
    stop = threading.Event()
    worker = threading.Thread(target=reaper, args=(registry, stop), daemon=True)
    worker.start()
    return worker, stop
