"""The server-side commands (`viva token`, `viva assessment`) beside the server's data:
they never make a fresh secret or database where there is none unless pointed at it, and a
candidate token without a session is a user's own token (SPEC §2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.core.auth import verify_token
from tests.conftest import SECRET, Api
from tests.support.assessments import recv, start
from viva.cli import main

_SERVER_ENV = ("SECRET_KEY", "DATABASE_URL", "VIVA_DATA_DIR", "CHROMA_PERSIST_DIRECTORY",
               "VIVA_TOKEN")


@pytest.fixture
def bare_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A directory with no server data in it, as the current directory, no server settings."""
    for name in _SERVER_ENV:
        monkeypatch.delenv(name, raising=False)
    here = tmp_path / "elsewhere"
    here.mkdir()
    monkeypatch.chdir(here)
    return here


def test_viva_token_refuses_where_there_is_no_secret_and_creates_none(
        bare_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["token", "--role", "admin"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1
    assert str(bare_dir / ".viva") in err and "VIVA_DATA_DIR" in err and "SECRET_KEY" in err
    assert list(bare_dir.iterdir()) == []


def test_viva_token_uses_the_data_dir_it_is_pointed_at(
        bare_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = tmp_path / "server-data"
    assert main(["token", "--role", "admin", "--data-dir", str(data)]) == 0
    token = capsys.readouterr().out.strip()
    key = (data / "secret_key").read_text().strip()
    assert verify_token(key, token).role == "admin"
    monkeypatch.setenv("VIVA_DATA_DIR", str(data))  # the same, through the environment
    assert main(["token", "--role", "proctor"]) == 0
    assert verify_token(key, capsys.readouterr().out.strip()).role == "proctor"
    assert list(bare_dir.iterdir()) == []


def test_viva_token_beside_an_existing_secret_uses_it(
        bare_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (bare_dir / ".viva").mkdir()
    (bare_dir / ".viva" / "secret_key").write_text("k" * 48)
    assert main(["token", "--role", "admin"]) == 0
    assert verify_token("k" * 48, capsys.readouterr().out.strip()).role == "admin"


def test_viva_assessment_refuses_where_there_is_no_database_and_creates_none(
        bare_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for argv in (["assessment", "list"], ["assessment", "load", "pack.toml"]):
        assert main(argv) == 2
        err = capsys.readouterr().err.strip()
        assert len(err.splitlines()) == 1
        assert str(bare_dir / ".viva" / "viva.db") in err and "DATABASE_URL" in err
    assert list(bare_dir.iterdir()) == []


def test_viva_assessment_list_opens_the_database_of_the_data_dir_it_is_pointed_at(
        bare_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "server-data"
    assert main(["assessment", "list", "--data-dir", str(data)]) == 0
    assert "demo" in capsys.readouterr().out  # the shipped packs
    assert (data / "viva.db").exists()
    assert main(["assessment", "list", "--data-dir", str(data)]) == 0
    assert list(bare_dir.iterdir()) == []


def test_a_candidate_token_without_a_session_needs_a_name(
        bare_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECRET_KEY", SECRET)
    assert main(["token", "--role", "candidate"]) == 2
    assert "--name" in capsys.readouterr().err


async def test_a_users_own_token_takes_challenges_and_assessments_but_reaches_no_session(
        sqlite_api: Api, bare_dir: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    api = sqlite_api
    monkeypatch.setenv("SECRET_KEY", SECRET)
    assert main(["token", "--role", "candidate", "--name", "ana"]) == 0
    token = capsys.readouterr().out.strip()
    who = verify_token(SECRET, token)
    assert (who.role, who.user, who.session_id) == ("candidate", "candidate:ana", None)
    me = {"Authorization": f"Bearer {token}"}

    resp = await api.client.post("/generate-challenge", json={"domain": "backend", "kind": "mcq"},
                                 headers=me)
    assert resp.status == 200, await resp.text()

    ws = await api.client.ws_connect(f"/ws/assessment?token={token}")
    await recv(ws, "auth_success")
    started, question = await start(ws, "backend-mcq")
    assert started["session_id"] and question["question_text"]
    await ws.close()

    other = await api.create_session("bo")
    resp = await api.client.get(f"/sessions/{other['session_id']}", headers=me)
    assert resp.status == 403
    resp = await api.client.get(f"/sessions/{started['session_id']}/files", headers=me)
    assert resp.status == 403  # not even the assessment's own session: only staff and an invite
    ws = await api.client.ws_connect(f"/ws/session/{other['session_id']}?token={token}")
    await ws.receive()
    assert ws.close_code == 4003
