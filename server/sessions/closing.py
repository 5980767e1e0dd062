"""Closing a session: complete it, run its final tests, compare its code with the earlier
sessions of its assessment, then write its report.

Every way a session ends comes here: the candidate's `finish` (REST or socket), a proctor's
`end_session`, and the clock's expiry. The final tests, the comparison and the report are
features above this layer; the app passes them in as callables.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from server.sessions.clock import CLOSED
from server.sessions.lifecycle import Sessions, get_session
from server.storage.models import Session

__all__ = ["SessionCloser"]


class SessionCloser:
    """Completes sessions and closes them out: final tests, the comparison, then the report."""

    def __init__(self, sessions: Sessions, *,
                 run_final_tests: Callable[[int, str], Awaitable[object]],
                 write_report: Callable[[int], Awaitable[object]],
                 compare_code: Callable[[int], Awaitable[object]] | None = None,
                 settle_final_tests: Callable[[int], Awaitable[object]] | None = None) -> None:
        self.sessions = sessions
        self._run_final_tests = run_final_tests
        self._settle_final_tests = settle_final_tests
        self._write_report = write_report
        self._compare_code = compare_code

    async def finish(self, session_id: int, *, by: str) -> Session:
        """Complete the session unless it is closed already, then close it out."""
        session = await get_session(session_id)
        if session.status not in CLOSED:
            await self.sessions.set_status(session, "completed", by=by)
            await self._run_final_tests(session_id, "finish")
        elif self._settle_final_tests is not None:
            # closed already, its final run perhaps still going (a slow `finish` the candidate
            # repeated over REST): the report waits for that run's result
            await self._settle_final_tests(session_id)
        await self._compare(session_id)
        await self._write_report(session_id)
        return session

    async def close_out(self, session_id: int, trigger: str) -> None:
        """For a session just closed by `trigger` (`finish`, `expiry`): every test, hidden
        included, then the report."""
        await self._run_final_tests(session_id, trigger)
        await self._compare(session_id)
        await self._write_report(session_id)

    async def _compare(self, session_id: int) -> None:
        """Compare the closed session's code with the earlier ones (once; again is a no-op)."""
        if self._compare_code is not None:
            await self._compare_code(session_id)
