"""REST core: meta routes, sessions, files, timeline, finish, invites, and the one error shape."""

from __future__ import annotations

import io
import json

from tests.conftest import SECRET, Api
from viva.diffs import sha256_text
from viva.invite import parse_invite


async def test_root_names_the_service_and_version(api: Api) -> None:
    body = await (await api.client.get("/")).json()
    assert set(body) >= {"message", "version"}


async def test_health_reports_each_component(api: Api) -> None:
    resp = await api.client.get("/health")
    body = await resp.json()
    assert resp.status == 200 and body["components"]["database"]["status"] == "ok"
    assert body["components"]["redis"]["status"] == "not_configured"


async def test_metrics_are_prometheus_text(sqlite_api: Api) -> None:
    await sqlite_api.client.get("/")
    resp = await sqlite_api.client.get("/metrics")
    text = await resp.text()
    assert resp.status == 200 and "viva_http_requests_total" in text


async def test_docs_are_served_without_a_cdn(sqlite_api: Api) -> None:
    page = await (await sqlite_api.client.get("/docs")).text()
    assert "/docs/static/swagger-ui-bundle.js" in page and "http" not in page.split("<body>")[1]
    asset = await sqlite_api.client.get("/docs/static/swagger-ui-bundle.js")
    assert asset.status == 200
    spec = await (await sqlite_api.client.get("/openapi.json")).json()
    assert spec["openapi"].startswith("3.") and "/sessions/" in spec["paths"]


async def test_creating_a_session_returns_a_working_invite(api: Api) -> None:
    s = await api.create_session("bea", assessment="python-takehome")
    assert set(s) >= {"session_id", "status", "invite", "candidate_token", "ws_url"}
    invite = parse_invite(s["invite"])
    assert invite.session_id == s["session_id"]
    joined = await (await api.client.get(f"/join/{s['candidate_token']}")).json()
    assert joined["session_id"] == s["session_id"] and joined["assessment"] == "python-takehome"
    listed = await (await api.client.get("/sessions/", headers=api.auth())).json()
    assert [x["session_id"] for x in listed] == [s["session_id"]]
    own = await api.client.get(f"/sessions/{s['session_id']}",
                               headers={"Authorization": f"Bearer {s['candidate_token']}"})
    assert own.status == 200 and (await own.json())["candidate"]["name"] == "bea"


async def test_session_routes_enforce_roles(api: Api) -> None:
    a = await api.create_session("a")
    b = await api.create_session("b")
    cand_a = {"Authorization": f"Bearer {a['candidate_token']}"}
    cases = [
        ("get", "/sessions/", {}, 401),
        ("get", "/sessions/", cand_a, 403),
        ("get", f"/sessions/{b['session_id']}", cand_a, 403),
        ("get", f"/sessions/{a['session_id']}/files", cand_a, 403),
        ("get", f"/sessions/{a['session_id']}/timeline", cand_a, 403),
        ("post", f"/sessions/{b['session_id']}/finish", cand_a, 403),
        ("get", "/sessions/999999", api.auth(), 404),
        ("get", "/sessions/abc", api.auth(), 404),
        ("get", "/sessions/%C2%B9/files", api.auth(), 404),  # "¹" passes str.isdigit()
        ("get", "/sessions/%C2%B3/timeline", api.auth(), 404),
        ("get", "/sessions/", {"Authorization": "Bearer not.a.token"}, 401),
        ("get", "/sessions/", {"Authorization": f"Bearer {api.token(ttl=-1)}"}, 401),
    ]
    for method, path, headers, status in cases:
        resp = await getattr(api.client, method)(path, headers=headers)
        body = await resp.json()
        assert resp.status == status, (method, path, status, body)
        assert set(body) >= {"error", "code"}, body


async def test_forged_token_signed_with_another_key_is_refused(sqlite_api: Api) -> None:
    from server.core.auth import mint_token

    forged = mint_token("some-other-secret-key-long-enough-for-hs256", role="admin")
    resp = await sqlite_api.client.get("/sessions/", headers={"Authorization": f"Bearer {forged}"})
    assert resp.status == 401 and (await resp.json())["code"] == "invalid_token"
    assert SECRET not in forged


async def test_bad_bodies_get_clear_errors_not_500(sqlite_api: Api) -> None:
    h = sqlite_api.auth()
    cases = [
        (b"", 400, "missing_body"),
        (b"{not json", 400, "invalid_json"),
        (json.dumps({"candidate": {}}).encode(), 422, "invalid_fields"),
        (json.dumps([1, 2]).encode(), 422, "invalid_fields"),
        (json.dumps({"assessment": "nope", "candidate": {"name": "x"}}).encode(), 404, "assessment_not_found"),
    ]
    for body, status, code in cases:
        resp = await sqlite_api.client.post("/sessions/", data=body, headers=h)
        got = await resp.json()
        assert (resp.status, got["code"]) == (status, code), got


async def test_oversize_body_is_413(sqlite_api: Api) -> None:
    # a stream: aiohttp warns (ResourceWarning) when a body this big is given as raw bytes
    big = io.BytesIO(b"x" * (sqlite_api.settings.max_message_bytes + 10))
    resp = await sqlite_api.client.post("/sessions/", data=big, headers=sqlite_api.auth())
    assert resp.status == 413 and (await resp.json())["code"] == "payload_too_large"


async def test_unknown_path_is_404_in_the_error_shape(sqlite_api: Api) -> None:
    resp = await sqlite_api.client.get("/no/such/thing")
    assert resp.status == 404 and (await resp.json())["code"] == "not_found"


async def test_timeline_at_gives_the_workspace_then(api: Api) -> None:
    from tests.server.ws.test_ws_session import recv, update

    s = await api.create_session()
    ws = await api.ws(s)
    await recv(ws, "auth_success")
    await ws.send_json(update("t.py", 1, "v1\n"))
    await recv(ws, "ack")
    timeline = await (await api.client.get(f"/sessions/{s['session_id']}/timeline", headers=api.auth())).json()
    first_at = timeline["events"][-1]["at"]
    await ws.send_json(update("t.py", 2, "v2\n"))
    await recv(ws, "ack")
    await ws.close()
    then = await (await api.client.get(f"/sessions/{s['session_id']}/timeline",
                                       params={"at": first_at}, headers=api.auth())).json()
    assert then["files"] == {"t.py": {"content": "v1\n", "sha256": sha256_text("v1\n")}}
    bad = await api.client.get(f"/sessions/{s['session_id']}/timeline", params={"at": "yesterday"},
                               headers=api.auth())
    assert bad.status == 400 and (await bad.json())["code"] == "invalid_time"


async def test_finish_completes_the_session_and_locks_the_socket(api: Api) -> None:
    s = await api.create_session()
    resp = await api.client.post(f"/sessions/{s['session_id']}/finish",
                                 headers={"Authorization": f"Bearer {s['candidate_token']}"})
    assert resp.status == 200 and (await resp.json())["status"] == "completed"
    ws = await api.ws(s)
    msg = await ws.receive(timeout=5)
    assert ws.close_code == 4003, msg
