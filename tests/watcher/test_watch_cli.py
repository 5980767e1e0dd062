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
