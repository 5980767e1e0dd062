"""The aiohttp application: `create_app(settings)` builds every long-lived part in its own
cleanup context, publishes it under its typed key (`server.keys`), and wires the parts with
callbacks where a lower layer must trigger a higher one.

The order below is the order of startup (cleanup runs it backwards):

    database → redis and the bus → rate limits → hub and events → model → examiner → ingest
    → test runs → sessions → closing (with the comparison of code) → quotas → multiple-choice runs → the session clock
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import AsyncIterator, Callable
from typing import Any

from aiohttp import web
from redis.asyncio import Redis

from server.challenges.llm import model_configured
from server.challenges.quotas import Quotas
from server.comparing import Comparer
from server.core.auth import Tokens
from server.core.clock import Now, utc_now
from server.core.metrics import Metrics
from server.core.settings import Settings
from server.examiner import ChatMemory, InMemoryChatMemory, RedisChatMemory, warm_up
from server.examiner.chat import ChatClient
from server.examining.service import ExaminerService
from server.http import assessments, challenges, grade, meta, reports, sessions, test_runs
from server.http.errors import error_middleware
from server.http.openapi import OPERATIONS as OPENAPI_OPERATIONS
from server.http.ratelimit import setup_rate_limits
from server.keys import (
    BUS,
    CHAT,
    CLOCK,
    CLOSER,
    DB_CONNECTION,
    EVENTS,
    EXAMINER,
    HUB,
    INGESTOR,
    MCQ,
    METRICS,
    QUOTAS,
    REDIS,
    SESSIONS,
    SETTINGS,
    TESTS,
    TOKENS,
)
from server.live.bus import LocalBus, RedisBus
from server.live.events import Events, proctor_event
from server.live.hub import Hub
from server.live.ingest import Ingestor, StoredChange
from server.mcq.runs import McqRuns
from server.sessions.clock import SessionClock
from server.sessions.closing import SessionCloser
from server.sessions.lifecycle import Sessions
from server.storage.db import close_db, ensure_admin, init_db
from server.storage.packs import sync_shipped_packs
from server.testruns.setup import build_test_runs
from server.ws.assessment import assessment_socket, chat_socket
from server.ws.proctor import proctor_socket
from server.ws.session import session_socket
from viva.protocol import now_iso

__all__ = ["create_app"]

_REST = (meta, sessions, reports, test_runs, assessments, challenges, grade)
"""The REST modules: each has its `routes` and its `OPERATIONS` for the OpenAPI document."""

_ADMIN_TOKEN_DAYS = 30
_log = logging.getLogger(__name__)


def create_app(settings: Settings, *, connection: str = "default", announce: bool = True,
               now: Now = utc_now) -> web.Application:
    """Build the app; the database, Redis and the live parts open on startup, close on cleanup.

    `connection` names the Tortoise connection (tests use one name per backend);
    `announce` prints the first admin token on a fresh database; `now` is the time the
    multiple-choice runs and the session events read (a test's clock moves it).
    """
    app = web.Application(middlewares=[error_middleware, _count_requests],
                          client_max_size=settings.max_message_bytes)
    app[SETTINGS] = settings
    app[TOKENS] = Tokens(settings.signing_key(), settings.jwt_algorithm)
    app[METRICS] = Metrics()
    app[DB_CONNECTION] = connection
    app[OPENAPI_OPERATIONS] = [op for module in _REST for op in module.OPERATIONS]
    app.cleanup_ctx.append(_database(announce))
    app.cleanup_ctx.append(_redis_and_bus)
    setup_rate_limits(app)
    app.cleanup_ctx.append(_hub_and_events(now))
    app.cleanup_ctx.append(_model)
    app.cleanup_ctx.append(_examiner)
    app.cleanup_ctx.append(_ingest)
    app.cleanup_ctx.append(_test_runs)
    app.cleanup_ctx.append(_sessions)
    app.cleanup_ctx.append(_closer)
    app.cleanup_ctx.append(_quotas)
    app.cleanup_ctx.append(_mcq(now))
    app.cleanup_ctx.append(_clock)
    app.on_shutdown.append(_close_sockets)
    for module in _REST:
        app.add_routes(module.routes)
    app.router.add_get("/ws/session/{session_id}", session_socket)
    app.router.add_get("/ws/proctor", proctor_socket)
    app.router.add_get("/ws/assessment", assessment_socket)
    app.router.add_get("/ws/chat", chat_socket)
    app.router.add_static("/docs/static", meta.swagger_dir())
    return app


@web.middleware
async def _count_requests(request: web.Request, handler: Any) -> web.StreamResponse:
    response: web.StreamResponse = await handler(request)
    route = request.match_info.route.resource
    name = route.canonical if route is not None else "unmatched"
    request.app[METRICS].http_requests.labels(request.method, name, response.status).inc()
    return response


def _database(announce: bool) -> Callable[[web.Application], AsyncIterator[None]]:
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        await init_db(app[SETTINGS].database_url, connection=app[DB_CONNECTION])
        await sync_shipped_packs()
        if await ensure_admin("admin:admin") and announce:
            token = app[TOKENS].mint(role="admin", name="admin", user="admin:admin",
                                     ttl_minutes=60 * 24 * _ADMIN_TOKEN_DAYS)
            print(f"viva: fresh database; admin token (shown once, valid {_ADMIN_TOKEN_DAYS} "
                  f"days):\n  {token}", file=sys.stdout, flush=True)
        yield
        await close_db()

    return ctx


async def _redis_and_bus(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if not settings.redis_url:
        app[BUS] = LocalBus()
        yield
        return
    redis: Redis = Redis.from_url(settings.redis_url, decode_responses=True,
                                  socket_connect_timeout=3, health_check_interval=15)
    app[REDIS] = redis
    bus = RedisBus(redis, channel=settings.redis_channel)
    app[BUS] = bus
    await bus.start()
    yield
    await bus.close()
    await redis.aclose()


def _hub_and_events(now: Now) -> Callable[[web.Application], AsyncIterator[None]]:
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        hub = app[HUB] = Hub()
        app[BUS].subscribe(hub.deliver)
        app[EVENTS] = Events(app[BUS], now=now)
        yield

    return ctx


async def _model(app: web.Application) -> AsyncIterator[None]:
    settings = app[SETTINGS]
    if not model_configured(settings):
        yield
        return
    key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    chat = app[CHAT] = ChatClient(api_key=key, base_url=settings.openai_base_url,
                                  model=settings.llm_model)
    yield
    await chat.aclose()


async def _examiner(app: web.Application) -> AsyncIterator[None]:
    # the rules and parsers load in the background; the first change need not wait for them
    warming = asyncio.create_task(asyncio.to_thread(warm_up))
    redis = app.get(REDIS)
    memory: ChatMemory = RedisChatMemory(redis) if redis is not None else InMemoryChatMemory()
    examiner = app[EXAMINER] = ExaminerService(app[SETTINGS], app[EVENTS], memory,
                                               chat=app.get(CHAT))
    await examiner.grade_ungraded()  # answers a killed process took but never graded
    yield
    try:
        await warming
    except Exception:  # noqa: BLE001 - a failed warm-up only costs the first analysis its speed
        _log.exception("examiner warm-up failed")
    await examiner.close()


async def _ingest(app: web.Application) -> AsyncIterator[None]:
    settings, bus, metrics, examiner = app[SETTINGS], app[BUS], app[METRICS], app[EXAMINER]

    async def stored(changes: list[StoredChange]) -> None:
        metrics.updates_stored.inc(len(changes))
        ts = now_iso()  # one commit, one moment
        # one round trip to Redis for the whole commit, not one per change
        await bus.publish_many([proctor_event(
            ch.session_id, "code_update",
            {"path": ch.path, "version": ch.version, "seq": ch.seq, "kind": ch.kind,
             "lines_added": ch.lines_added, "lines_removed": ch.lines_removed,
             "chars_added": ch.chars_added, "size": ch.size},
            detail={"diff": ch.diff}, ts=ts) for ch in changes])
        await examiner.on_stored(changes)

    ingestor = app[INGESTOR] = Ingestor(
        max_file_bytes=settings.max_file_bytes, checkpoint_every=settings.checkpoint_every,
        on_stored=stored, connection=app[DB_CONNECTION])
    await ingestor.start()
    yield
    await ingestor.close()


async def _test_runs(app: web.Application) -> AsyncIterator[None]:
    ingestor = app[INGESTOR]
    tests = app[TESTS] = build_test_runs(app[SETTINGS], app[EVENTS],
                                         stored_through=ingestor.stored_through,
                                         redis=app.get(REDIS))
    await tests.recover()
    # a failing visible test is a question about the code now, wherever the run was executed
    tests.finished = app[EXAMINER].after_test_run
    yield
    await tests.close()


async def _sessions(app: web.Application) -> AsyncIterator[None]:
    app[SESSIONS] = Sessions(app[SETTINGS], app[TOKENS], app[EVENTS])
    yield


async def _closer(app: web.Application) -> AsyncIterator[None]:
    # the final tests, the comparison and the report are features above sessions: handed
    # down as callables; a similar pair's flags go through the examiner's, shown to proctors
    examiner = app[EXAMINER]
    comparer = Comparer(on_signals=examiner.add_flags, connection=app[DB_CONNECTION])

    async def compare_code(session_id: int) -> None:
        try:
            pairs = await comparer.compare_session(session_id)
        except Exception:  # noqa: BLE001 - a failed comparison must not keep the report from it
            _log.exception("comparing session %s's code failed", session_id)
            return
        # the earlier sessions' reports were written before this pair existed
        for other in sorted({p.left_id for p in pairs} - {session_id}):  # type: ignore[attr-defined]
            await examiner.generate_report(other)

    app[CLOSER] = SessionCloser(app[SESSIONS], run_final_tests=app[TESTS].run_final,
                                write_report=app[EXAMINER].generate_report,
                                compare_code=compare_code,
                                settle_final_tests=app[TESTS].settle_final)
    yield


async def _quotas(app: web.Application) -> AsyncIterator[None]:
    app[QUOTAS] = Quotas(app[SETTINGS].daily_quota, app.get(REDIS))
    yield


def _mcq(now: Now) -> Callable[[web.Application], AsyncIterator[None]]:
    async def ctx(app: web.Application) -> AsyncIterator[None]:
        runs = app[MCQ] = McqRuns(app[BUS], app[HUB], app[EVENTS], app[SESSIONS], now=now)
        runs.subscribe()  # status changes on the bus (pauses and resumes among them)
        yield
        await runs.close()

    return ctx


async def _clock(app: web.Application) -> AsyncIterator[None]:
    closer = app[CLOSER]

    async def expired(session_id: int) -> None:
        await closer.close_out(session_id, "expiry")

    clock = app[CLOCK] = SessionClock(app[EVENTS], interval=app[SETTINGS].clock_interval,
                                      on_expired=expired)
    clock.start()
    yield
    await clock.close()


async def _close_sockets(app: web.Application) -> None:
    # at shutdown, before cleanup: aiohttp waits for open handlers, and a socket's handler
    # only ends when its socket closes
    await app[HUB].close_all()
