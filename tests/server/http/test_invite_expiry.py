"""How long an invite lasts: the assessment's window, else 14 days, or `ttl_minutes` /
`viva invite --ttl`; an invite sent days ahead still lets its candidate in."""

from __future__ import annotations

import argparse
import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
import pytest

from tests.conftest import Api
from tests.support.assessments import load_pack, short_pack


def lifetime(token: str) -> int:
    claims = jwt.decode(token, options={"verify_signature": False})
    return int(claims["exp"] - claims["iat"])


async def invite(api: Api, slug: str | None, **extra: Any) -> dict[str, Any]:
    resp = await api.client.post("/sessions/", headers=api.auth(), json={
        "assessment": slug, "candidate": {"name": "ana"}, **extra})
    assert resp.status == 201, await resp.text()
    return await resp.json()


async def test_an_invite_without_a_window_lasts_fourteen_days(sqlite_api: Api) -> None:
    body = await invite(sqlite_api, "python-takehome")
    assert lifetime(body["candidate_token"]) == 14 * 24 * 3600
    expires = datetime.fromisoformat(body["expires_at"])
    assert abs(expires - (datetime.now(UTC) + timedelta(days=14))) < timedelta(minutes=1)


async def test_an_invite_lasts_until_the_window_closes_plus_the_time_limit(sqlite_api: Api) -> None:
    until = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)
    await load_pack(sqlite_api, short_pack(minutes=40, window=f'available_until = "{until.isoformat()}"'))
    body = await invite(sqlite_api, "short")
    expected = (until - datetime.now(UTC)).total_seconds() + 40 * 60
    assert abs(lifetime(body["candidate_token"]) - expected) < 120


async def test_ttl_minutes_sets_it_and_bad_values_are_refused(sqlite_api: Api) -> None:
    body = await invite(sqlite_api, "python-takehome", ttl_minutes=90)
    assert lifetime(body["candidate_token"]) == 90 * 60
    resp = await sqlite_api.client.post("/sessions/", headers=sqlite_api.auth(), json={
        "assessment": None, "candidate": {"name": "ana"}, "ttl_minutes": 0})
    assert resp.status == 422


async def test_an_invite_sent_days_ahead_still_joins(sqlite_api: Api) -> None:
    """Nine days later (a token minted as if then), the candidate's socket is let in."""
    body = await invite(sqlite_api, "python-takehome")
    claims = jwt.decode(body["candidate_token"], options={"verify_signature": False})
    later = datetime.fromtimestamp(claims["iat"], UTC) + timedelta(days=9)
    assert datetime.fromtimestamp(claims["exp"], UTC) > later
    ws = await sqlite_api.client.ws_connect(
        f"/ws/session/{body['session_id']}?token={body['candidate_token']}")
    first = await ws.receive_json(timeout=5)
    assert first["type"] == "auth_success"
    await ws.close()


@pytest.mark.parametrize("ttl", [None, 120])
async def test_viva_invite_takes_ttl_and_prints_the_expiry(sqlite_api: Api, ttl: int | None,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    from viva.commands import run_invite

    args = argparse.Namespace(token=sqlite_api.token(), server=str(sqlite_api.client.make_url("")),
                              assessment="python-takehome", candidate="Ana", email=None, ttl=ttl)
    assert await asyncio.to_thread(run_invite, args) == 0
    out = capsys.readouterr().out.splitlines()
    token = out[1].rsplit("/join/", 1)[1]
    assert lifetime(token) == (ttl * 60 if ttl else 14 * 24 * 3600)
    assert out[2].startswith("the invite can be used until ")
