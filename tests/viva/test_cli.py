"""The `viva` command as a user meets it: client commands never invent a secret or state in
the current directory, a missing token is one plain line, `--help` states the defaults."""

from __future__ import annotations

import re
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

from viva.cli import build_parser, main

_ENV = ("VIVA_TOKEN", "SECRET_KEY", "DATABASE_URL", "VIVA_DATA_DIR", "CHROMA_PERSIST_DIRECTORY")
NOWHERE = "http://127.0.0.1:9"  # the discard port: nothing answers; no command may get that far


@pytest.fixture
def bare_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty current directory and no viva settings in the environment."""
    for name in _ENV:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("argv", [
    ["report", "1", "--server", NOWHERE],
    ["report", "1"],
    ["invite", "--candidate", "ana", "--server", NOWHERE],
    ["proctor", "--server", NOWHERE],
    ["watch", "--server", NOWHERE, "--session", "1"],
    ["tui", "--server", NOWHERE, "--session", "1"],
])
def test_a_client_command_without_a_token_says_so_and_creates_nothing(
        argv: list[str], bare_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    said = capsys.readouterr()
    err = said.err.strip()  # `viva watch` too: its stdout is the event log, and stays empty
    assert len(err.splitlines()) == 1 and not said.out, said
    assert err.startswith(f"viva {argv[0]}:")
    assert "--token" in err and "VIVA_TOKEN" in err
    assert list(bare_dir.iterdir()) == []  # no .viva/secret_key, no token minted with it


def test_viva_token_from_the_environment_is_used_when_no_flag_is_given(
        bare_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIVA_TOKEN", "a.b.c")
    assert main(["report", "1", "--server", NOWHERE]) == 1  # got as far as the network
    assert "cannot reach" in capsys.readouterr().err
    args = build_parser().parse_args(["proctor"])
    assert args.token is None  # the parser leaves it; main() reads VIVA_TOKEN for every command


def test_help_states_the_defaults(capsys: pytest.CaptureFixture[str]) -> None:
    def shown(*argv: str) -> str:
        with pytest.raises(SystemExit) as info:
            build_parser().parse_args([*argv, "--help"])
        assert info.value.code == 0
        return " ".join(capsys.readouterr().out.split())  # argparse wraps lines

    for command in ("invite", "proctor", "report"):
        assert "(default: http://127.0.0.1:8000)" in shown(command), command
    server = shown("server")
    assert "(default: 127.0.0.1)" in server and "(default: 8000)" in server
    assert re.search(r"DIR .*default: \. ", shown("join"))
    assert re.search(r"DIR .*default: \. ", shown("watch"))


def test_every_token_flag_names_the_same_source(capsys: pytest.CaptureFixture[str]) -> None:
    helps = {}
    for command in ("invite", "proctor", "report", "watch", "tui", "lsp"):
        with pytest.raises(SystemExit):
            build_parser().parse_args([command, "--help"])
        text = " ".join(capsys.readouterr().out.split())
        [line] = re.findall(r"--token T (.*?\))", text)
        helps[command] = line
    assert all("(default: $VIVA_TOKEN)" in h for h in helps.values()), helps


def test_viva_version(bare_dir: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "viva", "--version"], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert out.strip() == f"viva {version('viva')}"


def test_worker_help_says_what_it_takes_and_from_where(capsys: pytest.CaptureFixture[str]) -> None:
    """SPEC §2: `viva worker [--concurrency N]`, fed by the queue of VIVA_TEST_EXECUTOR=queue."""
    with pytest.raises(SystemExit) as exit_:
        main(["worker", "--help"])
    assert exit_.value.code == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "usage: viva worker [-h] [--concurrency N]" in out
    assert "VIVA_TEST_EXECUTOR=queue" in out and "REDIS_URL" in out and "DATABASE_URL" in out
