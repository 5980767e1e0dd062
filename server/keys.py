"""The app's typed keys: each long-lived part, built in `server.app`, under its own key.

Only `server.app`, `server.http` and `server.ws` read these; every part below them is handed
its collaborators when it is built.
"""

from __future__ import annotations

from aiohttp import web
from redis.asyncio import Redis

from server.challenges.quotas import Quotas
from server.core.auth import Tokens
from server.core.metrics import Metrics
from server.core.settings import Settings
from server.examiner.chat import ChatClient
from server.examining.service import ExaminerService
from server.live.bus import Bus
from server.live.events import Events
from server.live.hub import Hub
from server.live.ingest import Ingestor
from server.mcq.runs import McqRuns
from server.sessions.clock import SessionClock
from server.sessions.closing import SessionCloser
from server.sessions.lifecycle import Sessions
from server.testruns.service import SandboxRuns

__all__ = [
    "BUS", "CHAT", "CLOCK", "CLOSER", "DB_CONNECTION", "EVENTS", "EXAMINER", "HUB", "INGESTOR", "MCQ",
    "METRICS", "QUOTAS", "REDIS", "SESSIONS", "SETTINGS", "TESTS",
    "TOKENS",
]

SETTINGS = web.AppKey("settings", Settings)
TOKENS = web.AppKey("tokens", Tokens)
METRICS = web.AppKey("metrics", Metrics)
DB_CONNECTION = web.AppKey("db_connection", str)
"""The Tortoise connection's name (tests use one per backend)."""
REDIS = web.AppKey("redis", Redis)
"""The Redis client; present only when `REDIS_URL` is set (read it with `app.get`)."""
BUS = web.AppKey("bus", Bus)
HUB = web.AppKey("hub", Hub)
EVENTS = web.AppKey("events", Events)
INGESTOR = web.AppKey("ingestor", Ingestor)
SESSIONS = web.AppKey("sessions", Sessions)
CLOCK = web.AppKey("clock", SessionClock)
CLOSER = web.AppKey("closer", SessionCloser)
EXAMINER = web.AppKey("examiner", ExaminerService)
TESTS = web.AppKey("tests", SandboxRuns)
MCQ = web.AppKey("mcq", McqRuns)
QUOTAS = web.AppKey("quotas", Quotas)
CHAT = web.AppKey("chat", ChatClient)
"""The OpenAI-compatible model; present only when one is configured (read it with `app.get`)."""
