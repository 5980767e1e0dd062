"""Authorization matrix (SPEC §4, §5, §10 "no token reaches data that is not its own").

Every REST route and socket is tried with seven callers: no token, a forged token (right
claims, wrong key; and one with `alg: none`), an expired one, the candidate of the session
in the path, the candidate of another session, a proctor and an admin. Each cell has the
status it must get. A route the table does not know yet (one just added) still gets the
checks every route must pass: 401 without a valid token unless it is public, and never a
success for a candidate on another candidate's session.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
import pytest
from aiohttp import WSMsgType

from server.app import create_app
from server.core.auth import mint_token
from tests.conftest import SECRET, Api, make_settings

CELLS = ("none", "forged", "expired", "cand_this", "cand_other", "proctor", "admin")
PACKS = Path(__file__).resolve().parents[3] / "server" / "packs" / "data"


def row(none: int, forged: int, expired: int, cand_this: int, cand_other: int, proctor: int,
        admin: int) -> dict[str, int]:
    return dict(zip(CELLS, (none, forged, expired, cand_this, cand_other, proctor, admin), strict=True))


def anyone(status: int = 200) -> dict[str, int]:
    return row(*[status] * 7)


def staff(ok: int = 200) -> dict[str, int]:
    return row(401, 401, 401, 403, 403, ok, ok)


def own_session(ok: int = 200) -> dict[str, int]:
    return row(401, 401, 401, ok, 403, ok, ok)


def signed_in(ok: int = 200) -> dict[str, int]:
    return row(401, 401, 401, ok, ok, ok, ok)


@dataclass
class World:
    """Sessions and tokens the matrix runs against."""

    api: Api
    this: dict[str, Any]
    other: dict[str, Any]
    tokens: dict[str, str | None]

    def headers(self, cell: str) -> dict[str, str]:
        tok = self.tokens[cell]
        return {"Authorization": f"Bearer {tok}"} if tok else {}


Prepare = Callable[[World, str], Awaitable[tuple[str, Any]]]
"""Given the world and the cell, the path to call and the body to send (fresh state if needed)."""


def fixed(path: str, body: Any = None) -> Prepare:
    async def prepare(world: World, cell: str) -> tuple[str, Any]:
        return path.replace("{id}", str(world.this["session_id"])), body
    return prepare


def fresh_session(path: str) -> Prepare:
    """A new session of the 'this' candidate for each cell (the call changes it)."""
    async def prepare(world: World, cell: str) -> tuple[str, Any]:
        s = await world.api.create_session(f"fresh-{cell}")
        world.tokens["cand_this"] = s["candidate_token"]
        return path.replace("{id}", str(s["session_id"])), None
    return prepare


def with_report(path: str) -> Prepare:
    async def prepare(world: World, cell: str) -> tuple[str, Any]:
        sid = world.this["session_id"]
        resp = await world.api.client.post(f"/sessions/{sid}/generate-report", headers=world.api.auth())
        assert resp.status == 200, await resp.text()
        return path.replace("{id}", str(sid)), None
    return prepare


def fresh_challenge() -> Prepare:
    """A challenge made for the 'this' candidate, unanswered, for each cell."""
    async def prepare(world: World, cell: str) -> tuple[str, Any]:
        resp = await world.api.client.post("/generate-challenge", json={"domain": "software", "kind": "mcq"},
                                           headers={"Authorization": f"Bearer {world.tokens['cand_this']}"})
        assert resp.status == 200, await resp.text()
        challenge = await resp.json()
        return "/evaluate-answer", {"challenge_id": challenge["challenge_id"], "answer": "A"}
    return prepare


PACK_TOML = (PACKS / "demo.toml").read_text()

REST: dict[tuple[str, str], tuple[Prepare, dict[str, int]]] = {
    ("GET", "/"): (fixed("/"), anyone()),
    ("GET", "/health"): (fixed("/health"), anyone()),
    ("GET", "/metrics"): (fixed("/metrics"), anyone()),
    ("GET", "/openapi.json"): (fixed("/openapi.json"), anyone()),
    ("GET", "/docs"): (fixed("/docs"), anyone()),
    ("GET", "/docs/static"): (fixed("/docs/static/swagger-ui.css"), anyone()),
    ("POST", "/assessments"): (fixed("/assessments", PACK_TOML), staff(200)),
    ("GET", "/assessments"): (fixed("/assessments"), staff()),
    ("GET", "/assessments/{slug}"): (fixed("/assessments/demo"), staff()),
    ("GET", "/assessments/{slug}/similarity"): (fixed("/assessments/demo/similarity"), staff()),
    ("POST", "/sessions"): (fixed("/sessions/", {"candidate": {"name": "new"}}), staff(201)),
    ("GET", "/sessions"): (fixed("/sessions/"), staff()),
    ("GET", "/sessions/{id}"): (fixed("/sessions/{id}"), own_session()),
    ("GET", "/sessions/{id}/files"): (fixed("/sessions/{id}/files"), staff()),
    ("GET", "/sessions/{id}/timeline"): (fixed("/sessions/{id}/timeline"), staff()),
    ("POST", "/sessions/{id}/finish"): (fresh_session("/sessions/{id}/finish"), own_session()),
    ("POST", "/sessions/{id}/generate-report"): (fixed("/sessions/{id}/generate-report"), staff()),
    ("GET", "/sessions/{id}/report"): (with_report("/sessions/{id}/report/"), own_session()),
    ("GET", "/sessions/{id}/test-runs"): (fixed("/sessions/{id}/test-runs"), own_session()),
    # the session has no assessment, so no tests: whoever may ask is told so with 409
    ("POST", "/sessions/{id}/test-runs"): (fixed("/sessions/{id}/test-runs"), own_session(409)),
    ("POST", "/generate-challenge"): (fixed("/generate-challenge", {"domain": "software", "kind": "mcq"}),
                                      signed_in()),
    ("POST", "/evaluate-answer"): (fresh_challenge(), row(401, 401, 401, 200, 403, 403, 403)),
    ("GET", "/history"): (fixed("/history"), signed_in()),
    ("GET", "/quotas"): (fixed("/quotas"), signed_in()),
    ("POST", "/grade"): (fixed("/grade", {"question": "What is a race?", "answer": "no idea",
                                          "model_answer": "Two threads update shared state."}),
                         staff()),
}
"""(method, route without its trailing slash) -> how to call it, and the status per cell."""

PUBLIC = {"/", "/health", "/metrics", "/openapi.json", "/docs", "/docs/static", "/join/{token}"}


def forged_tokens(this_sid: int) -> list[str]:
    """An admin token signed with the wrong key, and one that claims `alg: none`."""
    wrong_key = mint_token("not-the-server-secret-but-just-as-long-0123456789", role="admin")
    claims = jwt.decode(wrong_key, options={"verify_signature": False})

    def b64(obj: dict[str, Any]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()

    unsigned = f"{b64({'alg': 'none', 'typ': 'JWT'})}.{b64(claims)}."
    return [wrong_key, unsigned]


@pytest.fixture
async def world(aiohttp_client: Any, tmp_path: Path) -> World:
    settings = make_settings(f"sqlite://{tmp_path}/viva.db", tmp_path, VIVA_RATE_PER_MINUTE=100_000)
    api = Api(await aiohttp_client(create_app(settings, connection="sqlite", announce=False)), settings)
    this, other = await api.create_session("ana"), await api.create_session("bo")
    tokens: dict[str, str | None] = {
        "none": None,
        "forged": forged_tokens(this["session_id"])[0],
        "expired": mint_token(SECRET, role="admin", ttl_minutes=-1),
        "cand_this": this["candidate_token"],
        "cand_other": other["candidate_token"],
        "proctor": api.token("proctor", name="pat"),
        "admin": api.token("admin"),
    }
    return World(api, this, other, tokens)


def app_routes(world: World) -> set[tuple[str, str]]:
    """Every (method, route) the app serves, trailing slashes folded."""
    found = set()
    for route in world.api.client.app.router.routes():
        if route.method in ("HEAD", "OPTIONS") or route.resource is None:
            continue
        path = route.resource.canonical
        if path.startswith("/ws/"):
            continue
        found.add((route.method, path.rstrip("/") or "/"))
    return found


async def call(world: World, method: str, path: str, body: Any, headers: dict[str, str]) -> int:
    kwargs: dict[str, Any] = {"headers": dict(headers)}
    if isinstance(body, str):
        kwargs["data"] = body.encode()
        kwargs["headers"]["Content-Type"] = "application/toml"
    elif body is not None:
        kwargs["json"] = body
    resp = await world.api.client.request(method, path, **kwargs)
    if resp.status >= 400 and resp.content_type == "application/json":
        shape = await resp.json()
        assert {"error", "code"} <= set(shape), (method, path, shape)
    return resp.status


async def test_every_rest_route_answers_each_caller_as_the_matrix_says(world: World) -> None:
    """The full table, cell by cell; every mismatch is listed at once."""
    mismatches: list[str] = []
    for (method, _route), (prepare, expected) in REST.items():
        for cell in CELLS:
            path, body = await prepare(world, cell)
            got = await call(world, method, path, body, world.headers(cell))
            if got != expected[cell]:
                mismatches.append(f"{method} {path} as {cell}: {got}, expected {expected[cell]}")
        world.tokens["cand_this"] = world.this["candidate_token"]
    assert not mismatches, "\n".join(mismatches)


async def test_both_forged_tokens_and_a_token_for_a_missing_role_are_refused(world: World) -> None:
    """Wrong key and `alg: none` both get 401 invalid_token, even on a candidate's own route."""
    sid = world.this["session_id"]
    for tok in forged_tokens(sid):
        resp = await world.api.client.get(f"/sessions/{sid}", headers={"Authorization": f"Bearer {tok}"})
        assert resp.status == 401 and (await resp.json())["code"] == "invalid_token"
    bad_role = jwt.encode({"sub": "x", "role": "superuser", "exp": 2**40}, SECRET, algorithm="HS256")
    resp = await world.api.client.get("/sessions/", headers={"Authorization": f"Bearer {bad_role}"})
    assert resp.status == 401


async def test_routes_not_in_the_table_still_refuse_bad_tokens_and_other_candidates(world: World) -> None:
    """Any route added later: 401 without a valid token (unless public), and a candidate of
    another session never gets a success on a session's path."""
    unknown = sorted(app_routes(world) - set(REST) - {("GET", "/join/{token}")})
    problems: list[str] = []
    for method, route in unknown:
        path = (route.replace("{id}", str(world.this["session_id"]))
                .replace("{session_id}", str(world.this["session_id"])).replace("{slug}", "demo"))
        for cell in ("none", "forged", "expired"):
            got = await call(world, method, path, {}, world.headers(cell))
            if route not in PUBLIC and got != 401:
                problems.append(f"{method} {path} as {cell}: {got}, expected 401")
        if "{id}" in route or "{session_id}" in route:
            got = await call(world, method, path, {}, world.headers("cand_other"))
            if got < 400:
                problems.append(f"{method} {path} as cand_other: {got}, expected a refusal")
    assert not problems, "\n".join(problems)


async def test_the_table_covers_every_rest_route_the_app_serves(world: World) -> None:
    """Report (without failing others' work) the routes only the generic checks cover."""
    unknown = app_routes(world) - set(REST) - {("GET", "/join/{token}")}
    if unknown:
        pytest.skip(f"routes covered by the generic checks only: {sorted(unknown)}")


async def test_join_reveals_only_what_its_own_token_carries(world: World) -> None:
    """/join/{token}: a candidate's invite opens its own session; other tokens do not."""
    expected = {"forged": 401, "expired": 401, "cand_this": 200, "cand_other": 200,
                "proctor": 404, "admin": 404}
    for cell, status in expected.items():
        resp = await world.api.client.get(f"/join/{world.tokens[cell]}")
        assert resp.status == status, (cell, resp.status, await resp.text())
        if status == 200:
            want = world.this if cell == "cand_this" else world.other
            assert (await resp.json())["session_id"] == want["session_id"]
    assert (await world.api.client.get("/join/")).status == 404


async def socket_outcome(world: World, path: str, cell: str) -> str | int:
    """`ok` when the socket answers auth_success, else its close code."""
    tok = world.tokens[cell]
    sep = "&" if "?" in path else "?"
    url = path + (f"{sep}token={tok}" if tok else "")
    ws = await world.api.client.ws_connect(url)
    try:
        msg = await ws.receive(timeout=10)
        if msg.type == WSMsgType.TEXT and json.loads(msg.data).get("type") == "auth_success":
            return "ok"
        if msg.type == WSMsgType.TEXT:
            return f"unexpected {msg.data[:80]}"
        return ws.close_code or -1
    finally:
        await ws.close()


async def test_every_socket_answers_each_caller_as_the_matrix_says(world: World) -> None:
    """Sockets: 4001 without a valid token, 4003 where the token does not reach, else auth_success."""
    sid = world.this["session_id"]
    sockets: dict[str, dict[str, str | int]] = {
        f"/ws/session/{sid}": dict(zip(CELLS, (4001, 4001, 4001, "ok", 4003, "ok", "ok"), strict=True)),
        "/ws/proctor": dict(zip(CELLS, (4001, 4001, 4001, 4003, 4003, "ok", "ok"), strict=True)),
        "/ws/assessment?test_id=backend-mcq": dict(zip(CELLS, (4001, 4001, 4001, "ok", "ok", "ok", "ok"),
                                                       strict=True)),
        "/ws/chat": dict(zip(CELLS, (4001, 4001, 4001, "ok", "ok", "ok", "ok"), strict=True)),
    }
    served = {r.resource.canonical for r in world.api.client.app.router.routes()
              if r.resource is not None and r.resource.canonical.startswith("/ws/")}
    assert {p.split("?")[0].replace(str(sid), "{session_id}") for p in sockets} == served, \
        f"a socket is missing from the matrix: {served}"
    mismatches = []
    for path, expected in sockets.items():
        for cell in CELLS:
            got = await socket_outcome(world, path, cell)
            if got != expected[cell]:
                mismatches.append(f"{path} as {cell}: {got}, expected {expected[cell]}")
    assert not mismatches, "\n".join(mismatches)


async def test_a_candidate_never_reaches_another_candidates_session_by_id(world: World) -> None:
    """Walking session ids with one candidate's token finds only its own session."""
    headers = world.headers("cand_other")
    reached = []
    for sid in range(1, world.this["session_id"] + 3):
        for path in (f"/sessions/{sid}", f"/sessions/{sid}/files", f"/sessions/{sid}/timeline",
                     f"/sessions/{sid}/report/"):
            resp = await world.api.client.get(path, headers=headers)
            if resp.status == 200:
                reached.append((sid, path))
    assert {sid for sid, _ in reached} <= {world.other["session_id"]}


async def test_two_candidates_with_the_same_name_never_share_an_assessment_session(world: World) -> None:
    """Session tokens of two different people both called 'Ana': /ws/assessment gives each its own."""
    api = world.api
    first = await api.create_session("Ana", assessment="backend-mcq")
    second = await api.create_session("Ana")

    async def session_of(candidate_token: str) -> Any:
        ws = await api.client.ws_connect(f"/ws/assessment?test_id=backend-mcq&token={candidate_token}")
        try:
            msg = await ws.receive(timeout=10)
            return json.loads(msg.data)["data"]["session_id"] if msg.type == WSMsgType.TEXT else ws.close_code
        finally:
            await ws.close()

    assert await session_of(first["candidate_token"]) == first["session_id"]
    assert await session_of(second["candidate_token"]) != first["session_id"]
