"""Integrity flags and reports of live sessions.

Flags are appended to `Session.flags` under a per-session lock, each at most once, and shown
to proctors. When a finished session's report is generated its final code goes to the vector
store (SPEC §6); similarity between candidates is `server.comparing`'s, which runs before the
report when a session closes and flags both sessions of a similar pair through `add_flags`.
"""

from __future__ import annotations

import asyncio
from collections import defaultdict
from typing import TYPE_CHECKING, Any

from server.examiner import VectorStoreUnavailable, detect_signals
from server.examining.report import final_code, flag_key, flag_of, store_report
from server.live.events import Events
from server.sessions.clock import CLOSED
from server.sessions.lifecycle import get_session
from server.storage.models import Report, Session
from server.storage.workspace import rebuild_files
from viva.protocol import ReportReady

if TYPE_CHECKING:
    from server.examiner import ChangeRecord, IntegritySignal
    from server.examining.state import SessionWork
    from server.examining.stores import Stores

__all__ = ["Reporter"]


class Reporter:
    """Flags integrity signals and generates reports for the sessions of one process."""

    def __init__(self, events: Events, stores: Stores) -> None:
        self.events = events
        self._stores = stores
        self._flag_locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)
        self._report_locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)

    def forget(self, session_id: int) -> None:
        """Drop what is kept about a session that is over."""
        self._flag_locks.pop(session_id, None)
        self._report_locks.pop(session_id, None)

    async def check_integrity(self, session_id: int, work: SessionWork,
                              fresh: list[ChangeRecord]) -> None:
        """Flag the signals the fresh changes raise, seen against the session's recent ones."""
        new = {(r.path, r.ts) for r in fresh}
        signals = [s for s in detect_signals(list(work.recent.values())) if (s.path, s.at) in new]
        if signals:
            await self.add_flags(session_id, signals)

    async def add_flags(self, session_id: int, signals: list[IntegritySignal]) -> list[dict[str, Any]]:
        """Append signals not flagged yet to `Session.flags` and show them to proctors."""
        async with self._flag_locks[session_id]:
            rows = await Session.filter(id=session_id).values_list("flags", flat=True)
            if not rows:
                return []
            flags = [f for f in (rows[0] or []) if isinstance(f, dict)]
            known = {flag_key(f) for f in flags}
            added = []
            for flag in map(flag_of, signals):
                if flag_key(flag) not in known:
                    known.add(flag_key(flag))
                    added.append(flag)
            if added:
                await Session.filter(id=session_id).update(flags=[*flags, *added])
        for flag in added:
            await self.events.emit(session_id, "integrity_signal", flag, to="proctors")
        return added

    async def generate_report(self, session_id: int) -> tuple[Report, bool]:
        """Build and store the session's report, announce it; also whether the session is over."""
        async with self._report_locks[session_id]:
            session = await get_session(session_id)
            files = await rebuild_files(session_id)
            finished = session.status in CLOSED
            if finished and session.assessment is not None:
                await self._store_final_code(session, session.assessment.slug, files)
            report = await store_report(session, files)
        await self.events.emit(session_id, "report_ready", {"session_id": session_id},
                               to="all", message=ReportReady(session_id=session_id))
        return report, finished

    async def refresh_report(self, session_id: int) -> Report:
        """Build the report of a live session again, quietly (a reader asked for it): what it
        says is the session now; the stored one stays for a finished session."""
        async with self._report_locks[session_id]:
            session = await get_session(session_id)
            if session.status in CLOSED:
                found = await Report.get_or_none(session_id=session_id)
                if found is not None:
                    return found
            return await store_report(session)

    async def _store_final_code(self, session: Session, assessment: str,
                                files: dict[str, str]) -> None:
        """Keep the final code in the vector store (similarity itself is `server.comparing`'s)."""
        store = await self._stores.vector_store()
        if store is None:
            return
        try:
            await store.add_final_code(assessment, session.id, final_code(files))
        except VectorStoreUnavailable as exc:
            self._stores.degrade("vectors", exc)
