"""The server's long-lived parts, opened and closed with the app (see `server.app`)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from aiohttp import web

from server.auth import Principal, verify_token
from server.bus import Bus, LocalBus
from server.errors import Forbidden
from server.hub import Hub
from server.metrics import Metrics
from server.settings import Settings

if TYPE_CHECKING:
    from server.examining import ExaminerService
    from server.ingest import Ingestor
    from server.testruns.service import TestRuns

__all__ = ["SERVICES", "Services", "principal_of"]


@dataclass
class Services:
    """Everything a handler may need, reached through `request.app[SERVICES]`."""

    settings: Settings
    key: str
    """Token signing key."""
    connection: str = "default"
    """Tortoise connection name."""
    bus: Bus = field(default_factory=LocalBus)
    hub: Hub = field(default_factory=Hub)
    metrics: Metrics = field(default_factory=Metrics)
    ingestor: Ingestor | None = None
    examiner: ExaminerService | None = None
    tests: TestRuns | None = None
    """Test runs in the sandbox (server.testruns), built in the app's lifetime."""
    redis: Any = None
    started: float = field(default_factory=time.monotonic)

    def verify(self, token: str | None) -> Principal:
        """The principal of `token` (TokenError when invalid)."""
        return verify_token(self.key, token, self.settings.jwt_algorithm)

    async def run_final_tests(self, session_id: int, trigger: str) -> None:
        """At finish or expiry, before the report: every test, hidden included; waits for it."""
        if self.tests is not None:
            await self.tests.run_final(session_id, trigger)


SERVICES = web.AppKey("services", Services)


def principal_of(request: web.Request, *roles: str) -> Principal:
    """The request's verified principal, optionally required to hold one of `roles`."""
    header = request.headers.get("Authorization", "")
    token = header[7:].strip() if header[:7].lower() == "bearer " else request.query.get("token")
    who = request.app[SERVICES].verify(token)
    if roles:
        who.require(*roles)
    return who


def require_session_access(who: Principal, session_id: int, *, staff_only: bool = False) -> None:
    """Raise Forbidden unless `who` may see this session."""
    if staff_only and not who.is_staff:
        raise Forbidden("only admins and proctors may do this", "forbidden")
    if not who.may_see(session_id):
        raise Forbidden("this token does not reach that session", "forbidden_session")
