"""Prometheus metrics, one registry per app so several apps can live in one process."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

__all__ = ["Metrics"]


@dataclass
class Metrics:
    """The server's counters, gauges and histograms."""

    registry: CollectorRegistry = field(default_factory=CollectorRegistry)
    started: float = field(default_factory=time.monotonic)
    """When the app was built (`time.monotonic()`), for the uptime `/health` reports."""

    def __post_init__(self) -> None:
        r = self.registry
        self.http_requests = Counter("viva_http_requests", "HTTP requests", ["method", "route", "status"], registry=r)
        self.ws_connections = Gauge("viva_ws_connections", "Open WebSocket connections", ["channel"], registry=r)
        self.ws_messages = Counter("viva_ws_messages", "WebSocket messages received", ["type"], registry=r)
        self.ws_errors = Counter("viva_ws_errors", "Invalid WebSocket messages", ["code"], registry=r)
        self.updates_stored = Counter("viva_updates_stored", "Code updates stored", registry=r)
        self.ack_latency = Histogram("viva_ack_latency_seconds", "Receipt to ack of a code update",
                                     buckets=(.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2.5), registry=r)
        self.questions = Counter("viva_questions", "Code questions asked", ["examiner"], registry=r)
        self.evaluations = Counter("viva_evaluations", "Answers evaluated", registry=r)
