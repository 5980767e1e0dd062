"""Challenges over REST: generation from the packs, evaluation by the owner, history, daily quotas."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest

from server.keys import REDIS
from tests.conftest import REDIS_URL, Api, connection_name, make_settings, need_redis

SCENARIO_ANSWER = (
    "I would first measure where the time goes, because guessing wastes effort. Then I would add "
    "an index on the columns used by the slow query and check the query plan again. If the load "
    "keeps growing, caching the hot results with a short expiry reduces database pressure, and "
    "monitoring latency and error rates tells us whether the change helped the customers. "
    "Finally I would explain the trade-offs to the team, since each option costs time and money."
)


async def generate(api: Api, headers: dict[str, str], **body: Any) -> tuple[int, dict[str, Any]]:
    resp = await api.client.post("/generate-challenge", json=body, headers=headers)
    return resp.status, await resp.json()


async def evaluate(api: Api, headers: dict[str, str], challenge_id: Any, answer: Any) -> tuple[int, dict]:
    resp = await api.client.post("/evaluate-answer", json={"challenge_id": challenge_id, "answer": answer},
                                 headers=headers)
    return resp.status, await resp.json()


async def correct_letter(api: Api, challenge: dict[str, Any]) -> str:
    pack = await (await api.client.get(f"/assessments/{challenge['pack']}", headers=api.auth())).json()
    for question in pack["pack"]["mcq"]["questions"]:
        if question["question"] == challenge["question"]:
            return "ABCDEFGH"[question["answer"]]
    raise AssertionError("question not found")


async def test_an_mcq_challenge_hides_its_answer_and_is_evaluated_once(api: Api) -> None:
    me = api.auth("proctor", name="mia")
    status, challenge = await generate(api, me, domain="backend", kind="mcq", difficulty="hard")
    assert status == 200 and challenge["kind"] == "mcq" and len(challenge["options"]) >= 2
    assert not {"answer", "explanation", "source_id", "key"} & set(challenge)
    assert challenge["difficulty"] >= 4 and challenge["quota"]["used"] == 1
    letter = await correct_letter(api, challenge)
    status, result = await evaluate(api, me, challenge["challenge_id"], letter)
    assert status == 200 and result["is_correct"] is True and result["correct_option"] == letter
    assert result["explanation"]
    status, again = await evaluate(api, me, challenge["challenge_id"], letter)
    assert status == 409 and again["code"] == "already_answered"


async def test_a_scenario_is_scored_on_four_weighted_dimensions(sqlite_api: Api) -> None:
    api = sqlite_api
    me = api.auth("proctor", name="sam")
    status, challenge = await generate(api, me, domain="data", kind="scenario")
    assert status == 200 and challenge["prompt"] and "model_answer" not in challenge
    status, result = await evaluate(api, me, challenge["challenge_id"], SCENARIO_ANSWER)
    assert status == 200
    scores = result["scores"]
    assert set(scores) == {"technical_accuracy", "problem_solving", "communication", "business_impact"}
    expected = (0.4 * scores["technical_accuracy"] + 0.3 * scores["problem_solving"]
                + 0.1 * scores["communication"] + 0.2 * scores["business_impact"])
    assert result["weighted_score"] == pytest.approx(expected, abs=0.1)
    assert 0 <= result["weighted_score"] <= 100
    assert isinstance(result["feedback"], str) and result["feedback"] and result["model_answer"]


async def test_only_the_owner_may_answer_a_challenge(sqlite_api: Api) -> None:
    api = sqlite_api
    owner, other = api.auth("proctor", name="owner"), api.auth("proctor", name="other")
    _, challenge = await generate(api, owner, domain="software", kind="mcq")
    status, body = await evaluate(api, other, challenge["challenge_id"], "A")
    assert status == 403 and body["code"] == "not_your_challenge"
    status, body = await evaluate(api, owner, 999999, "A")
    assert status == 404 and body["code"] == "challenge_not_found"


async def test_bad_challenge_requests_get_clear_errors(sqlite_api: Api) -> None:
    api = sqlite_api
    me = api.auth("proctor", name="bad")
    assert (await generate(api, me, domain="astrology", kind="mcq"))[1]["code"] == "unknown_domain"
    status, body = await generate(api, me, domain="software", kind="essay")
    assert status == 422 and body["code"] == "invalid_fields"
    status, body = await generate(api, me, domain="software", kind="mcq", difficulty=9)
    assert status == 422 and body["code"] == "invalid_difficulty"
    status, body = await generate(api, me, domain="ml", kind="mcq")
    assert status == 404 and body["code"] == "no_challenge"
    resp = await api.client.post("/generate-challenge", data=b"{oops", headers=me)
    assert resp.status == 400 and (await resp.json())["code"] == "invalid_json"
    assert (await api.client.post("/generate-challenge", json={"domain": "software"})).status == 401
    _, challenge = await generate(api, me, domain="software", kind="mcq")
    status, body = await evaluate(api, me, challenge["challenge_id"], "Z")
    assert status == 422 and body["code"] == "invalid_option"
    status, body = await evaluate(api, me, "not-a-number", "A")
    assert status == 422
    quota = await (await api.client.get("/quotas", headers=me)).json()
    assert quota["used"] == 1, "refused requests use no quota"


async def test_history_lists_own_challenges_with_answers(sqlite_api: Api) -> None:
    api = sqlite_api
    me, other = api.auth("proctor", name="hist"), api.auth("proctor", name="else")
    _, first = await generate(api, me, domain="software", kind="mcq")
    await evaluate(api, me, first["challenge_id"], "B")
    await generate(api, me, domain="ml", kind="scenario")
    await generate(api, other, domain="software", kind="mcq")
    history = await (await api.client.get("/history", headers=me)).json()
    assert history["count"] == 2
    newest, oldest = history["challenges"]
    assert newest["kind"] == "scenario" and newest["answer"] is None and newest["result"] is None
    assert oldest["challenge_id"] == first["challenge_id"] and oldest["answer"] == "B"
    assert "is_correct" in oldest["result"]


async def quota_api(aiohttp_client: Any, db_url: str, tmp_path: Path, **settings: Any) -> Api:
    from server.app import create_app

    config = make_settings(db_url, tmp_path, VIVA_DAILY_QUOTA=2, **settings)
    client = await aiohttp_client(create_app(config, connection=connection_name(db_url), announce=False))
    return Api(client, config)


async def exhaust(api: Api, name: str) -> None:
    me = api.auth("proctor", name=name)
    fresh = await (await api.client.get("/quotas", headers=me)).json()
    assert fresh["limit"] == 2 and fresh["used"] == 0 and fresh["remaining"] == 2 and fresh["resets_at"]
    for _ in range(2):
        assert (await generate(api, me, domain="software", kind="mcq"))[0] == 200
    status, body = await generate(api, me, domain="software", kind="mcq")
    assert status == 429 and body["code"] == "quota_exceeded" and body["error"]
    used = await (await api.client.get("/quotas", headers=me)).json()
    assert used["used"] == 2 and used["remaining"] == 0
    someone_else = api.auth("proctor", name=f"{name}-friend")
    assert (await generate(api, someone_else, domain="software", kind="mcq"))[0] == 200


async def test_the_daily_quota_is_counted_in_the_database(aiohttp_client: Any, db_url: str,
                                                          tmp_path: Path) -> None:
    api = await quota_api(aiohttp_client, db_url, tmp_path)
    await exhaust(api, "db-user")


async def test_the_daily_quota_is_counted_in_redis(aiohttp_client: Any, sqlite_url: str,
                                                   tmp_path: Path) -> None:
    need_redis()
    api = await quota_api(aiohttp_client, sqlite_url, tmp_path, REDIS_URL=REDIS_URL)
    redis = api.client.app[REDIS]
    name = f"redis-{uuid.uuid4().hex[:10]}"
    try:
        await exhaust(api, name)
        key = (await redis.keys(f"viva:quota:proctor:{name}:*"))[0]
        assert await redis.get(key) == "2" and 0 < await redis.ttl(key) <= 25 * 3600
    finally:
        for key in await redis.keys(f"viva:quota:proctor:{name}*"):
            await redis.delete(key)
