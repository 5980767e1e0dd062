"""REST for assessment packs: load (TOML or JSON), list, read; errors name the key and the reason."""

from __future__ import annotations

import json

from tests.conftest import Api
from tests.support.assessments import load_pack, short_pack


async def post_pack(api: Api, text: str, content_type: str = "application/toml",
                    role: str = "admin") -> tuple[int, dict]:
    resp = await api.client.post("/assessments", data=text.encode(), headers={
        **api.auth(role), "Content-Type": content_type})
    return resp.status, await resp.json()


async def test_shipped_packs_are_listed_from_the_first_start(api: Api) -> None:
    resp = await api.client.get("/assessments", headers=api.auth("proctor"))
    assert resp.status == 200
    listed = {item["slug"]: item for item in await resp.json()}
    assert {"backend-mcq", "python-takehome", "scenarios", "demo"} <= set(listed)
    backend = listed["backend-mcq"]
    assert backend["mcq_questions"] >= 30 and backend["questions_per_run"] == 20
    assert backend["time_limit_minutes"] == 40 and backend["available_now"] is True
    assert listed["scenarios"]["scenarios"] >= 9


async def test_a_toml_pack_is_created_then_replaced(api: Api) -> None:
    status, body = await post_pack(api, short_pack())
    assert status == 201 and body["created"] is True and body["mcq_questions"] == 6
    status, body = await post_pack(api, short_pack().replace("Short test short", "Renamed"), "text/plain")
    assert status == 200 and body["created"] is False and body["title"] == "Renamed"


async def test_a_json_pack_is_accepted(sqlite_api: Api) -> None:
    pack = {"slug": "json-pack", "title": "From JSON", "time_limit_minutes": 10,
            "task": {"description": "Do it", "files": {"main.py": "print()\n"}}}
    status, body = await post_pack(sqlite_api, json.dumps(pack), "application/json")
    assert status == 201 and body["slug"] == "json-pack" and body["has_task"] is True


async def test_a_pack_with_errors_gets_422_naming_the_key_and_the_reason(sqlite_api: Api) -> None:
    api = sqlite_api
    cases = [
        (short_pack().replace('answer = "A"', 'answer = "E"', 1), "mcq.questions[0].answer",
         "out of range"),
        (short_pack().replace('requires = ["s1"]', 'requries = ["s1"]'), "mcq.skills[1].requries",
         "unknown key"),
        (short_pack().replace("time_limit_minutes = 5", "time_limit_minutes = 0"),
         "time_limit_minutes", "greater than"),
        ('slug = "x"\ntitle = [broken\n', "line", "invalid TOML"),
    ]
    for text, key, reason in cases:
        status, body = await post_pack(api, text)
        assert status == 422 and body["code"] == "invalid_pack", body
        assert body["key"].startswith(key) and reason in body["reason"], body
        assert key in body["error"] and "request body" in body["error"]
        assert body["problems"][0] == {"key": body["key"], "reason": body["reason"]}
    status, body = await post_pack(api, "{not json", "application/json")
    assert status == 422 and "invalid JSON" in body["reason"]


async def test_empty_or_binary_bodies_are_bad_requests(sqlite_api: Api) -> None:
    resp = await sqlite_api.client.post("/assessments", data=b"", headers=sqlite_api.auth())
    assert resp.status == 400 and (await resp.json())["code"] == "missing_body"
    resp = await sqlite_api.client.post("/assessments", data=b"\xff\xfe\x00",
                                        headers=sqlite_api.auth())
    assert resp.status == 400 and (await resp.json())["code"] == "invalid_encoding"


async def test_only_admins_and_proctors_load_list_and_read_packs(sqlite_api: Api) -> None:
    api = sqlite_api
    session = await api.create_session()
    candidate = {"Authorization": f"Bearer {session['candidate_token']}"}
    resp = await api.client.post("/assessments", data=short_pack(), headers=candidate)
    assert resp.status == 403
    assert (await api.client.get("/assessments", headers=candidate)).status == 403
    assert (await api.client.get("/assessments/backend-mcq", headers=candidate)).status == 403
    assert (await api.client.get("/assessments")).status == 401
    status, _ = await post_pack(api, short_pack(), role="proctor")
    assert status == 201


async def test_reading_a_pack_hides_answers_and_model_answers_except_from_admins(sqlite_api: Api) -> None:
    api = sqlite_api
    proctor = await (await api.client.get("/assessments/backend-mcq", headers=api.auth("proctor"))).json()
    question = proctor["pack"]["mcq"]["questions"][0]
    assert "answer" not in question and "explanation" not in question and question["options"]
    scenarios = await (await api.client.get("/assessments/scenarios", headers=api.auth("proctor"))).json()
    assert all("model_answer" not in s and "rubric" not in s for s in scenarios["pack"]["scenarios"])
    admin = await (await api.client.get("/assessments/backend-mcq", headers=api.auth())).json()
    assert "answer" in admin["pack"]["mcq"]["questions"][0]
    by_id = await api.client.get(f"/assessments/{admin['id']}", headers=api.auth())
    assert (await by_id.json())["slug"] == "backend-mcq"
    missing = await api.client.get("/assessments/nope", headers=api.auth())
    assert missing.status == 404 and (await missing.json())["code"] == "assessment_not_found"


async def test_the_routes_are_in_the_openapi_document(sqlite_api: Api) -> None:
    spec = await (await sqlite_api.client.get("/openapi.json")).json()
    for path in ("/assessments", "/assessments/{slug}", "/generate-challenge", "/evaluate-answer",
                 "/history", "/quotas"):
        assert path in spec["paths"], path
    assert "application/toml" in spec["paths"]["/assessments"]["post"]["requestBody"]["content"]


async def test_a_loaded_pack_can_be_taken_right_away(sqlite_api: Api) -> None:
    summary = await load_pack(sqlite_api, short_pack("fresh"))
    assert summary["slug"] == "fresh" and summary["questions_per_run"] == 5
