"""`python -m watcher`'s flags: the same settings as `viva watch`."""

from __future__ import annotations

import argparse

import pytest

from watcher.cli import _from_args, add_arguments


def _parsed(argv: list[str]) -> argparse.Namespace:
    return add_arguments(argparse.ArgumentParser()).parse_args(argv)


def test_the_token_comes_from_viva_token_when_no_flag_gives_one(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VIVA_TOKEN", "from-the-environment")
    assert _from_args(_parsed(["--server", "http://127.0.0.1:9", "--session", "1"]))["token"] \
        == "from-the-environment"
    assert _from_args(_parsed(["--token", "flag"]))["token"] == "flag"  # the flag wins


@pytest.mark.parametrize("argv", [
    ["--server", "http://127.0.0.1:9", "--session", "1"],  # no --token, no VIVA_TOKEN
    ["--invite", "not-an-invite"],
])
def test_viva_watch_without_a_usable_token_says_so_on_stderr_and_exits_2(
        tmp_path, argv: list[str]) -> None:
    """Nothing on stdout (the event stream), one line on stderr, exit 2."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "VIVA_TOKEN"}
    done = subprocess.run([sys.executable, "-m", "viva", "watch", str(tmp_path), *argv],
                          capture_output=True, text=True, env=env, timeout=60, check=False)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith("viva watch: ") and len(done.stderr.splitlines()) == 1
