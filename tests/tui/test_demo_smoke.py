"""`viva demo` as a newcomer runs it: in a terminal (tmux), edit the starter file, see a question."""

from __future__ import annotations

import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux"),
]

FUNCTION = '''

def longest_words(text: str) -> list[str]:
    """Every word of the greatest length, in first-seen order, each once."""
    found = words(text)
    if not found:
        return []
    best = max(len(w) for w in found)
    return list(dict.fromkeys(w for w in found if len(w) == best))
'''


class Terminal:
    """A detached tmux session on a private tmux server."""

    def __init__(self, name: str) -> None:
        self.socket = f"viva-test-{name}"
        self.target = name

    def tmux(self, *args: str) -> str:
        return subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True,
                              text=True, timeout=10, check=False).stdout

    def start(self, command: str, width: int = 120, height: int = 40) -> None:
        self.tmux("new-session", "-d", "-s", self.target, "-x", str(width), "-y", str(height),
                  command)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-p", "-t", self.target)

    def wait_for(self, predicate: Callable[[str], object], timeout: float, what: str) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            shown = self.screen()
            if predicate(shown):
                return shown
            time.sleep(0.2)
        raise AssertionError(f"no {what} after {timeout:.0f} s; the screen:\n{self.screen()}")

    def close(self) -> None:
        self.tmux("kill-server")


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    term = Terminal(f"demo{int(time.time() * 1000) % 10**8}")
    try:
        yield term
    finally:
        term.close()


def _port_open(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


def test_viva_demo_shows_a_question_about_an_edit_and_stops_its_server(terminal, tmp_path) -> None:
    """Fresh home, no config: the demo comes up, an edit brings a question, ctrl+c ends it all."""
    home = tmp_path / "home"
    home.mkdir()
    terminal.start(f"cd {tmp_path} && env HOME={home} {sys.executable} -m viva demo; "
                   "echo DEMO-EXITED $?; sleep 600")
    terminal.wait_for(lambda s: "● connected" in s and "all changes saved" in s, 120,
                      "connected companion")
    log = (home / ".viva-demo" / "server.log").read_text()
    port = int(re.findall(r"http://127\.0\.0\.1:(\d+)", log)[-1])
    main = next((home / ".viva-demo").glob("workspace-*/main.py"))
    assert "def top_words" in main.read_text()  # the pack's starter file

    with main.open("a") as fh:
        fh.write(FUNCTION)
    shown = terminal.wait_for(lambda s: "Q1" in s and "main.py:" in s, 60, "question")
    assert "Answer Q1 here" in shown

    terminal.tmux("send-keys", "-t", terminal.target, "C-c")
    shown = terminal.wait_for(lambda s: "DEMO-EXITED" in s, 30, "exit")
    assert "DEMO-EXITED 0" in shown and "viva demo: stopped" in shown
    assert not _port_open(port)
