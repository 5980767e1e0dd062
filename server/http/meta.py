"""REST: `/`, `/health`, `/metrics`, `/docs`, `/openapi.json`."""

from __future__ import annotations

import asyncio
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Final

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from server.http.common import principal_of
from server.http.openapi import OPERATIONS as OPENAPI_OPERATIONS
from server.http.openapi import openapi_spec, operation
from server.keys import (
    BUS,
    DB_CONNECTION,
    EXAMINER,
    INGESTOR,
    METRICS,
    REDIS,
    SETTINGS,
)
from server.storage.db import ping

__all__ = ["OPERATIONS", "VERSION", "routes", "swagger_dir"]

routes = web.RouteTableDef()

try:
    VERSION = version("viva")
except PackageNotFoundError:  # running from a source tree that was never installed
    VERSION = "0.0.0"


def swagger_dir() -> Path:
    """Swagger UI's static files, from the swagger-ui-bundle package (no CDN)."""
    import swagger_ui_bundle

    return Path(swagger_ui_bundle.swagger_ui_path)


@routes.get("/")
async def index(request: web.Request) -> web.Response:
    """Who we are."""
    return web.json_response({"message": "viva: live, editor-integrated coding assessments",
                              "version": VERSION, "docs": "/docs"})


@routes.get("/health")
async def health(request: web.Request) -> web.Response:
    """Each component's state; 503 when the database is down."""
    app = request.app
    components: dict[str, dict[str, object]] = {}
    try:
        await ping(app[DB_CONNECTION])
        components["database"] = {"status": "ok",
                                  "backend": app[SETTINGS].database_url.split(":", 1)[0]}
        db_ok = True
    except Exception as exc:  # noqa: BLE001 -- a probe: any failure means the database cannot serve
        components["database"] = {"status": "down", "error": str(exc)[:200]}
        db_ok = False
    redis = app.get(REDIS)
    if redis is None:
        components["redis"] = {"status": "not_configured", "bus": "in-process"}
    else:
        try:
            await asyncio.wait_for(redis.ping(), timeout=2)
            components["redis"] = {"status": "ok" if app[BUS].healthy else "degraded"}
        except Exception as exc:  # noqa: BLE001 -- a probe: any failure is reported as down
            components["redis"] = {"status": "down", "error": str(exc)[:200],
                                   "effect": "live feed limited to this process"}
    components["ingest"] = {"status": "ok", "queued": app[INGESTOR].queued}
    examiner = app[EXAMINER]
    components["examiner"] = {"status": "ok", "mode": examiner.mode}
    # opened on the first question, in a thread: it takes seconds
    components["vectors"] = {"status": examiner.vectors_state}
    body = {"status": "ok" if db_ok else "down", "version": VERSION,
            "uptime_seconds": round(time.monotonic() - app[METRICS].started, 1),
            "components": components}
    return web.json_response(body, status=200 if db_ok else 503)


@routes.get("/metrics")
async def metrics(request: web.Request) -> web.Response:
    """Prometheus text."""
    if not request.app[SETTINGS].metrics_public:
        principal_of(request, "admin")
    body = generate_latest(request.app[METRICS].registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


@routes.get("/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    """The OpenAPI 3 description of the REST API."""
    operations = request.app[OPENAPI_OPERATIONS]
    return web.json_response(openapi_spec(VERSION, operations))


_DOCS = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>viva API</title>
<link rel="stylesheet" href="/docs/static/swagger-ui.css"></head>
<body><div id="swagger-ui"></div>
<script src="/docs/static/swagger-ui-bundle.js"></script>
<script>window.ui = SwaggerUIBundle({url: "/openapi.json", dom_id: "#swagger-ui"});</script>
</body></html>"""


@routes.get("/docs")
async def docs(request: web.Request) -> web.Response:
    """Swagger UI, served from the package."""
    return web.Response(text=_DOCS, content_type="text/html")


OPERATIONS: Final = (
    operation("get", "/", "Name and version", auth=False),
    operation("get", "/health", "Each component's state; 503 when the database is down", auth=False,
              statuses=(200, 503)),
    operation("get", "/metrics", "Prometheus metrics", auth=False),
    operation("get", "/openapi.json", "This document", auth=False),
)
"""This module's entries in the OpenAPI document."""
