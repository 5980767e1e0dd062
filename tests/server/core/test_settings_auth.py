"""Settings (SPEC §3) and tokens."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from server.core.auth import TokenError, mint_token, verify_token
from server.core.settings import Settings, normalise_database_url


@pytest.mark.parametrize("given, expected", [
    ("postgresql+asyncpg://u:p@h:5432/db", "postgres://u:p@h:5432/db"),
    ("postgresql://u@h/db", "postgres://u@h/db"),
    ("postgres://u@h/db", "postgres://u@h/db"),
    ("sqlite://.viva/viva.db", "sqlite://.viva/viva.db"),
])
def test_older_database_urls_are_normalised(given: str, expected: str) -> None:
    assert normalise_database_url(given) == expected


def test_settings_come_from_a_dotenv_file_and_the_environment_wins(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".env").write_text("MIN_CODE_CHANGE_LINES=9\nDATABASE_URL=postgresql+asyncpg://x@h/d\nVIVA_DAILY_QUOTA=3\n")
    monkeypatch.setenv("VIVA_DAILY_QUOTA", "7")
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("MIN_CODE_CHANGE_LINES", raising=False)
    s = Settings()
    assert (s.min_code_change_lines, s.database_url, s.daily_quota) == (9, "postgres://x@h/d", 7)


def test_the_secret_is_generated_once_with_mode_0600(tmp_path: Path) -> None:
    s = Settings(_env_file=None, SECRET_KEY=None, VIVA_DATA_DIR=str(tmp_path))
    key = s.signing_key()
    path = tmp_path / "secret_key"
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert Settings(_env_file=None, SECRET_KEY=None, VIVA_DATA_DIR=str(tmp_path)).signing_key() == key


def test_tokens_carry_role_and_session_and_expire() -> None:
    key = "k" * 40
    who = verify_token(key, mint_token(key, role="candidate", name="ana", session_id=7))
    assert (who.role, who.session_id, who.may_see(7), who.may_see(8)) == ("candidate", 7, True, False)
    with pytest.raises(TokenError) as info:
        verify_token(key, mint_token(key, role="admin", ttl_minutes=-1))
    assert info.value.code == "token_expired"
    own = verify_token(key, mint_token(key, role="candidate", name="ana"))  # a user's own token
    assert (own.role, own.session_id, own.may_see(7)) == ("candidate", None, False)
    with pytest.raises(TokenError):
        verify_token("another-key" * 4, mint_token(key, role="admin"))


def test_viva_token_prints_a_token_the_server_accepts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    from viva.cli import main

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("SECRET_KEY", "s" * 40)
    assert main(["token", "--role", "proctor", "--name", "pat"]) == 0
    token = capsys.readouterr().out.strip()
    assert verify_token("s" * 40, token).role == "proctor"
    assert main(["token", "--role", "candidate"]) == 2
