"""The aiohttp application: `create_app(settings)` and the lifetimes of what it holds."""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator
from typing import Any

from aiohttp import web
from tortoise.exceptions import IntegrityError

from server import (
    routes_assessments,
    routes_challenges,
    routes_grade,
    routes_meta,
    routes_reports,
    routes_sessions,
    ws_examiner,  # noqa: F401 - for its candidate-channel handlers (response_submitted, finish, chat_message)
)
from server.assessments import sync_shipped_packs
from server.auth import mint_token
from server.bus import LocalBus, RedisBus
from server.clock import session_clock
from server.db import close_db, init_db
from server.errors import error_middleware
from server.examining import ExaminerService
from server.ingest import Ingestor, StoredChange
from server.models import User
from server.openapi import document
from server.ratelimit import setup_rate_limits
from server.routes_sessions import CreateSession
from server.services import SERVICES, Services
from server.sessions import proctor_event
from server.settings import Settings
from server.testruns import routes as test_run_routes
from server.testruns.lifetime import test_runs_lifetime
from server.ws_assessment import assessment_socket, chat_socket, mcq_lifetime
from server.ws_proctor import proctor_socket
from server.ws_session import session_socket

__all__ = ["create_app"]

logger = logging.getLogger(__name__)


def create_app(settings: Settings, *, connection: str = "default", announce: bool = True) -> web.Application:
    """Build the app; the database, Redis and the live parts open on startup, close on cleanup.

    `connection` names the Tortoise connection (tests use one name per backend);
    `announce` prints the first admin token on a fresh database.
    """
    app = web.Application(middlewares=[error_middleware, _count_requests],
                          client_max_size=settings.max_message_bytes)
    app[SERVICES] = Services(settings=settings, key=settings.signing_key(), connection=connection)
    app.cleanup_ctx.append(_database(announce))
    app.cleanup_ctx.append(_redis)
    setup_rate_limits(app)
    app.cleanup_ctx.append(mcq_lifetime)
    app.cleanup_ctx.append(_live)
    app.cleanup_ctx.append(test_runs_lifetime)
    app.cleanup_ctx.append(session_clock)
    app.on_shutdown.append(_close_sockets)
    app.add_routes(routes_meta.routes)
    app.add_routes(routes_sessions.routes)
    app.add_routes(routes_reports.routes)
    app.add_routes(test_run_routes.routes)
    app.router.add_get("/ws/session/{session_id}", session_socket)
    app.router.add_get("/ws/proctor", proctor_socket)
    app.add_routes(routes_assessments.routes)
    app.add_routes(routes_challenges.routes)
    app.add_routes(routes_grade.routes)
    app.router.add_get("/ws/assessment", assessment_socket)
    app.router.add_get("/ws/chat", chat_socket)
    app.router.add_static("/docs/static", routes_meta.swagger_dir())
    return app


@web.middleware
async def _count_requests(request: web.Request, handler: Any) -> web.StreamResponse:
    response: web.StreamResponse = await handler(request)
    route = request.match_info.route.resource
    name = route.canonical if route is not None else "unmatched"
    request.app[SERVICES].metrics.http_requests.labels(request.method, name, response.status).inc()
    return response


def _database(announce: bool) -> Any:
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        services = app[SERVICES]
        await init_db(services.settings.database_url, connection=services.connection)
        await sync_shipped_packs()
        if not await User.filter(role="admin").exists():
            try:
                await User.create(key="admin:admin", name="admin", role="admin")
            except IntegrityError:  # another server created it first and announced its token
                announce_token = False
            else:
                announce_token = announce
            token = mint_token(services.key, role="admin", name="admin", user="admin:admin",
                               ttl_minutes=60 * 24 * 30, algorithm=services.settings.jwt_algorithm)
            if announce_token:
                print("viva: fresh database; admin token (shown once, valid 30 days):\n"
                      f"  {token}", file=sys.stdout, flush=True)
        yield
        await close_db()

    return ctx


async def _redis(app: web.Application) -> AsyncIterator[None]:
    services = app[SERVICES]
    url = services.settings.redis_url
    if not url:
        services.bus = LocalBus()
        yield
        return
    import redis.asyncio as aioredis

    services.redis = aioredis.from_url(url, decode_responses=True, socket_connect_timeout=3,
                                       health_check_interval=15)
    services.bus = RedisBus(services.redis, channel=services.settings.redis_channel)
    await services.bus.start()
    yield
    await services.bus.close()
    await services.redis.aclose()


async def _close_sockets(app: web.Application) -> None:
    # at shutdown, before cleanup: aiohttp waits for open handlers, and a socket's handler
    # only ends when its socket closes
    await app[SERVICES].hub.close_all()


async def _live(app: web.Application) -> AsyncIterator[None]:
    services = app[SERVICES]
    services.bus.subscribe(services.hub.deliver)
    services.examiner = ExaminerService(services)

    async def stored(changes: list[StoredChange]) -> None:
        services.metrics.updates_stored.inc(len(changes))
        # one round trip to Redis for the whole commit, not one per change
        await services.bus.publish_many([proctor_event(
            ch.session_id, "code_update",
            {"path": ch.path, "version": ch.version, "seq": ch.seq, "kind": ch.kind,
             "lines_added": ch.lines_added, "lines_removed": ch.lines_removed,
             "chars_added": ch.chars_added, "size": ch.size},
            detail={"diff": ch.diff}) for ch in changes])
        if services.examiner is not None:
            await services.examiner.on_stored(changes)

    services.ingestor = Ingestor(max_file_bytes=services.settings.max_file_bytes,
                                 checkpoint_every=services.settings.checkpoint_every,
                                 on_stored=stored, connection=services.connection)
    await services.ingestor.start()
    yield
    await services.hub.close_all()
    await services.ingestor.close()
    if services.examiner is not None:
        await services.examiner.close()


document("get", "/", "Name and version", auth=False)
document("get", "/health", "Each component's state; 503 when the database is down", auth=False,
         statuses=(200, 503))
document("get", "/metrics", "Prometheus metrics", auth=False)
document("get", "/openapi.json", "This document", auth=False)
document("post", "/sessions/", "Create a session and its invite (admin, proctor)", body=CreateSession,
         statuses=(201,))
document("get", "/sessions/", "List sessions (admin, proctor)", params=(("status", "query", "filter by status"),))
document("get", "/sessions/{id}", "A session's state (admin, proctor, its candidate)")
document("get", "/sessions/{id}/files", "The workspace: {path: {content, sha256}} (admin, proctor)",
         params=(("at", "query", "ISO time or epoch seconds: the workspace then"),))
document("get", "/sessions/{id}/timeline", "Every event in order, for replay (admin, proctor)",
         params=(("at", "query", "ISO time or epoch seconds"),))
document("post", "/sessions/{id}/finish", "Complete the session and generate the report")
document("post", "/sessions/{id}/generate-report",
         "Generate (again) the session's report now: {session_id, generated_at} (admin, proctor)")
document("get", "/sessions/{id}/report/",
         "The session's report (admin, proctor, its candidate); 404 report_not_ready until generated",
         params=(("format", "query", "json (default), md (text/markdown) or html (text/html)"),))
document("get", "/join/{token}", "The invite's session, assessment title and server URL", auth=False)
