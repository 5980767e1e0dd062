"""The OpenAPI 3 description, built from the `OPERATIONS` each module of `server.http` lists.

Request bodies are pydantic models, so their JSON Schemas come from pydantic itself.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aiohttp import web
from pydantic import BaseModel

__all__ = ["OPERATIONS", "Operation", "openapi_spec", "operation"]


@dataclass(frozen=True)
class Operation:
    """One REST operation as the OpenAPI document describes it."""

    method: str
    path: str
    summary: str
    auth: bool
    body: type[BaseModel] | None
    content_types: tuple[str, ...]
    statuses: tuple[int, ...]
    params: tuple[tuple[str, str, str], ...]


OPERATIONS = web.AppKey("openapi_operations", list[Operation])
"""Every REST operation's entry, gathered by the app from the `server.http` modules."""

_REASONS = {200: "OK", 201: "Created", 400: "Bad input", 401: "No or bad token",
            403: "Not allowed", 404: "Not found", 409: "Conflict", 413: "Too large",
            422: "Invalid fields", 429: "Over quota or rate", 503: "A store is down"}


def operation(method: str, path: str, summary: str, *, auth: bool = True,
              body: type[BaseModel] | None = None,
              content_types: tuple[str, ...] = ("application/json",),
              statuses: tuple[int, ...] = (200,),
              params: tuple[tuple[str, str, str], ...] = ()) -> Operation:
    """Describe one operation; `params` are (name, in, description) for query/path parameters."""
    return Operation(method.lower(), path, summary, auth, body, content_types, statuses, params)


def openapi_spec(version: str, operations: Iterable[Operation]) -> dict[str, Any]:
    """The whole OpenAPI document of `operations`."""
    paths: dict[str, dict[str, Any]] = {}
    schemas: dict[str, Any] = {
        "Error": {"type": "object", "required": ["error", "code"],
                  "properties": {"error": {"type": "string"}, "code": {"type": "string"}}},
    }
    for op in operations:
        entry: dict[str, Any] = {"summary": op.summary, "responses": {}}
        parameters = [{"name": name, "in": where, "required": where == "path",
                       "description": desc, "schema": {"type": "string"}}
                      for name, where, desc in op.params]
        for part in op.path.split("/"):
            if part.startswith("{") and not any(p["name"] == part[1:-1] for p in parameters):
                parameters.append({"name": part[1:-1], "in": "path", "required": True,
                                   "schema": {"type": "string"}})
        if parameters:
            entry["parameters"] = parameters
        if op.auth:
            entry["security"] = [{"bearer": []}]
        if op.body is not None:
            name = op.body.__name__
            schema = op.body.model_json_schema(ref_template="#/components/schemas/{model}")
            for sub, sub_schema in schema.pop("$defs", {}).items():
                schemas[sub] = sub_schema
            schemas[name] = schema
            entry["requestBody"] = {"required": True, "content": {
                ct: {"schema": {"$ref": f"#/components/schemas/{name}"}} for ct in op.content_types}}
        errors = {400, 422} if op.body else set()
        if op.auth:
            errors |= {401, 403}
        if "{" in op.path:
            errors.add(404)
        for status in sorted(set(op.statuses) | errors):
            resp: dict[str, Any] = {"description": _REASONS.get(status, "Response")}
            if status >= 400:
                resp["content"] = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
            else:
                resp["content"] = {"application/json": {"schema": {}}}
            entry["responses"][str(status)] = resp
        paths.setdefault(op.path, {})[op.method] = entry
    return {
        "openapi": "3.0.3",
        "info": {"title": "viva", "version": version,
                 "description": "Live, editor-integrated coding assessments. WebSocket channels "
                                "(/ws/session/{id}, /ws/assessment, /ws/chat, /ws/proctor) are described in SPEC §5."},
        "paths": paths,
        "components": {"schemas": schemas,
                       "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                                                      "bearerFormat": "JWT"}}},
    }
