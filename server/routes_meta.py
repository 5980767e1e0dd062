"""REST: `/`, `/health`, `/metrics`, `/docs`, `/openapi.json`."""

from __future__ import annotations

import asyncio
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from aiohttp import web
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from tortoise import connections

from server.openapi import openapi_spec
from server.services import SERVICES, principal_of

__all__ = ["VERSION", "routes", "swagger_dir"]

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
    services = request.app[SERVICES]
    components: dict[str, dict[str, object]] = {}
    try:
        conn = connections.get(services.connection)
        await asyncio.wait_for(conn.execute_query("SELECT 1"), timeout=3)
        components["database"] = {"status": "ok", "backend": services.settings.database_url.split(":", 1)[0]}
        db_ok = True
    except Exception as exc:  # noqa: BLE001 -- a probe: any failure means the database cannot serve
        components["database"] = {"status": "down", "error": str(exc)[:200]}
        db_ok = False
    if services.redis is None:
        components["redis"] = {"status": "not_configured", "bus": "in-process"}
    else:
        try:
            await asyncio.wait_for(services.redis.ping(), timeout=2)
            components["redis"] = {"status": "ok" if services.bus.healthy else "degraded"}
        except Exception as exc:  # noqa: BLE001 -- a probe: any failure is reported as down
            components["redis"] = {"status": "down", "error": str(exc)[:200],
                                   "effect": "live feed limited to this process"}
    ingest = services.ingestor
    components["ingest"] = {"status": "ok", "queued": ingest.queued if ingest else 0}
    components["examiner"] = {"status": "ok", "mode": services.examiner.mode if services.examiner else "off"}
    if services.examiner is not None:  # opened on the first question, in a thread: it takes seconds
        components["vectors"] = {"status": services.examiner.vectors_state}
    body = {"status": "ok" if db_ok else "down", "version": VERSION,
            "uptime_seconds": round(time.monotonic() - services.started, 1),
            "components": components}
    return web.json_response(body, status=200 if db_ok else 503)


@routes.get("/metrics")
async def metrics(request: web.Request) -> web.Response:
    """Prometheus text."""
    services = request.app[SERVICES]
    if not services.settings.metrics_public:
        principal_of(request, "admin")
    body = generate_latest(services.metrics.registry)
    return web.Response(body=body, headers={"Content-Type": CONTENT_TYPE_LATEST})


@routes.get("/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    """The OpenAPI 3 description of the REST API."""
    return web.json_response(openapi_spec(VERSION))


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
