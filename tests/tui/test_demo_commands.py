"""The commands `viva demo` prints work as printed: pasted into a shell whose PATH has no
virtualenv in it, from another directory, against the demo's own server."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.demo import DemoServer, demo_commands, open_session

pytestmark = pytest.mark.slow

CLEAN_PATH = "/usr/bin:/bin"


@pytest.fixture
def demo_server(tmp_path: Path) -> Iterator[DemoServer]:
    server = DemoServer.start(tmp_path / "demo-data")
    try:
        server.wait_ready()
        yield server
    finally:
        server.stop()


def _in_a_new_shell(command: str, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    """`command` as a user pasting it into a fresh terminal: clean PATH, nothing activated."""
    return subprocess.run(["/bin/sh", "-c", command], cwd=cwd, text=True, capture_output=True,
                          env={"PATH": CLEAN_PATH, "HOME": str(home)}, timeout=120, check=False)


def test_the_printed_proctor_and_report_commands_run_from_any_shell(
        demo_server: DemoServer, tmp_path: Path) -> None:
    started = demo_server.log_tail()  # `viva server` says where its data is
    assert f"database {demo_server.data_dir / 'viva.db'}" in started
    assert f"data in {demo_server.data_dir}" in started
    token = demo_server.admin_token()
    token_file = demo_server.data_dir / "admin-token"
    token_file.write_text(token + "\n")
    invite, _ = open_session(demo_server.url, token, "ana")
    commands = demo_commands(demo_server.url, token_file, invite.session_id)
    elsewhere = tmp_path / "another folder"
    elsewhere.mkdir()

    assert _in_a_new_shell("command -v viva", elsewhere, tmp_path).returncode != 0  # not on PATH

    report = _in_a_new_shell(commands["report"], elsewhere, tmp_path)
    assert report.returncode == 0, report.stderr
    assert "ana" in report.stdout and report.stdout.lstrip().startswith("#")  # the Markdown report

    # The console is a full-screen app; --help after the printed arguments shows that the
    # printed executable runs and takes exactly those arguments.
    proctor = _in_a_new_shell(commands["proctor"] + " --help", elsewhere, tmp_path)
    assert proctor.returncode == 0, proctor.stderr
    assert "usage: viva proctor" in proctor.stdout
    assert list(elsewhere.iterdir()) == []  # nothing made where the commands ran
