"""Nothing is lost when the server or the watcher dies (SIGKILL), or the server goes dark:
after each, the server's files equal the disk."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from watcher_harness import wait_converged

pytestmark = pytest.mark.slow


class Typist(threading.Thread):
    """Keeps editing a few files, a save every few milliseconds, until stopped."""

    def __init__(self, root: Path, files: int = 5, pause: float = 0.005) -> None:
        super().__init__(daemon=True)
        self.root, self.files, self.pause = root, files, pause
        self.saves = 0
        self.halt = threading.Event()

    def run(self) -> None:
        while not self.halt.is_set():
            path = self.root / f"typed{self.saves % self.files}.py"
            with open(path, "a") as fh:
                fh.write(f"line_{self.saves} = {self.saves}\n")
            self.saves += 1
            time.sleep(self.pause)

    def stop(self) -> int:
        self.halt.set()
        self.join(5)
        return self.saves


def start(root: Path, server, run_watcher):
    root.mkdir(parents=True, exist_ok=True)
    (root / "main.py").write_text("print('start')\n")
    session = server.create_session()
    proc = run_watcher(root, session["invite"])
    proc.wait_for("synced")
    return session["session_id"], session["invite"], proc


def test_a_server_killed_mid_stream_and_restarted_loses_nothing(live_server, tmp_path, run_watcher):
    root = tmp_path / "ws"
    sid, _, proc = start(root, live_server, run_watcher)
    typist = Typist(root)
    typist.start()
    time.sleep(0.5)
    live_server.kill()
    time.sleep(0.5)  # the typist goes on while the server is gone
    live_server.start()
    time.sleep(0.5)
    saves = typist.stop()
    files = wait_converged(live_server, sid, root, timeout=30)
    assert sum(text.count("\n") for name, text in files.items() if name.startswith("typed")) == saves
    assert any(e["event"] == "disconnected" for e in proc.events())
    assert sum(e["event"] == "connected" for e in proc.events()) >= 2


def test_a_watcher_killed_and_restarted_sends_what_changed_while_it_was_down(
        live_server, tmp_path, run_watcher):
    root = tmp_path / "ws"
    for i in range(20):
        (root / "pkg").mkdir(parents=True, exist_ok=True)
        (root / f"pkg/m{i}.py").write_text(f"M = {i}\n")
    sid, invite, proc = start(root, live_server, run_watcher)
    typist = Typist(root)
    typist.start()
    time.sleep(0.4)
    proc.kill()  # mid-stream: some updates committed to the outbox, some not yet acked
    typist.stop()
    for i in range(10):  # while it is down: deletes, edits, new files
        (root / f"pkg/m{i}.py").unlink()
    (root / "pkg/m10.py").write_text("M = 'edited offline'\n")
    (root / "offline.py").write_text("NEW = True\n")
    again = run_watcher(root, invite)
    again.wait_for("synced")
    files = wait_converged(live_server, sid, root)
    assert "pkg/m0.py" not in files and files["offline.py"] == "NEW = True\n"
    assert sum(e["event"] == "deleted" for e in again.events()) == 10


def test_a_server_that_stops_answering_for_a_while_then_resumes_gets_everything(
        live_server, tmp_path, run_watcher):
    root = tmp_path / "ws"
    sid, _, _ = start(root, live_server, run_watcher)
    live_server.pause()
    try:
        for i in range(30):
            (root / f"dark{i}.py").write_text(f"D = {i}\n")
            time.sleep(0.01)
        (root / "main.py").write_text("print('edited in the dark')\n")
        time.sleep(2)
    finally:
        live_server.resume()
    wait_converged(live_server, sid, root, timeout=30)


def test_a_watcher_started_while_the_server_is_down_syncs_once_it_is_up(
        live_server, tmp_path, run_watcher):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "main.py").write_text("print('early')\n")
    session = live_server.create_session()
    live_server.kill()
    proc = run_watcher(root, session["invite"])
    proc.wait_for("disconnected")
    (root / "later.py").write_text("LATER = 1\n")
    time.sleep(0.3)
    live_server.start()
    proc.wait_for("synced", timeout=30)
    wait_converged(live_server, session["session_id"], root)


def test_a_refused_invite_stops_the_watcher_with_a_clear_message(live_server, tmp_path, run_watcher):
    root = tmp_path / "ws"
    root.mkdir()
    session = live_server.create_session()
    server, _, token = session["invite"].rpartition("/join/")
    forged = f"{server}/join/{token[:-4]}AAAA"
    proc = run_watcher(root, forged)
    assert proc.proc.wait(20) == 2
    refused = [e for e in proc.events() if e["event"] == "refused"]
    assert [e["error"] for e in refused] == [
        ("The server does not accept this invite (Signature verification failed): check that "
         "you copied all of it, or ask for a new one.")]
    assert proc.events()[-1]["event"] == "refused"
