"""The watcher as a subprocess against a real server: whatever editors and git do to the
workspace, the server's files end up equal to the disk, and nothing ignored is sent."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from watcher_harness import disk_files, wait_converged

from tests.support.servers import VIVA

pytestmark = pytest.mark.slow


def write(root: Path, files: dict[str, str | bytes]) -> None:
    for rel, body in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(body, bytes):
            path.write_bytes(body)
        else:
            path.write_text(body)


@pytest.fixture
def workspace(tmp_path, shared_server, run_watcher):
    """A session, a workspace with two files, and a running watcher on it."""
    session = shared_server.create_session()
    root = tmp_path / "ws"
    write(root, {"solution.py": "def solve(x):\n    return x\n", "README.md": "# task\n"})
    proc = run_watcher(root, session["invite"])
    proc.wait_for("synced")
    return root, session["session_id"], proc


def sent_paths(proc) -> Counter[str]:
    return Counter(e["path"] for e in proc.events() if e["event"] in ("sent", "deleted"))


def test_the_workspace_is_sent_on_start_and_every_write_follows(shared_server, workspace):
    root, sid, proc = workspace
    assert wait_converged(shared_server, sid, root) == disk_files(root)
    (root / "solution.py").write_text("def solve(x):\n    return x * 2\n")
    write(root, {"pkg/util.py": "X = 1\n"})
    wait_converged(shared_server, sid, root)
    assert any(e["event"] == "acked" and e["path"] == "pkg/util.py" for e in proc.events())


def test_an_in_place_sed_edit_is_mirrored(shared_server, workspace):
    root, sid, _ = workspace
    subprocess.run(["sed", "-i", "s/return x/return x + 1/", str(root / "solution.py")], check=True)
    files = wait_converged(shared_server, sid, root)
    assert "return x + 1" in files["solution.py"]


def test_saves_by_rename_like_vim_jetbrains_and_vscode_are_mirrored(shared_server, workspace):
    root, sid, proc = workspace
    target = root / "solution.py"
    # vim: rename the original to a backup, write anew, remove the backup
    os.rename(target, root / "solution.py~")
    target.write_text("def solve(x):\n    return 'vim'\n")
    os.remove(root / "solution.py~")
    # JetBrains safe write: temp file, original to ___jb_old___, temp renamed over
    tmp = root / "solution.py___jb_tmp___"
    tmp.write_text("def solve(x):\n    return 'jetbrains'\n")
    os.rename(target, root / "solution.py___jb_old___")
    os.replace(tmp, target)
    os.remove(root / "solution.py___jb_old___")
    # VS Code style: write a temp file, replace atomically
    other = root / ".README.md.tmp"
    other.write_text("# task, edited\n")
    os.replace(other, root / "README.md")
    files = wait_converged(shared_server, sid, root)
    assert "jetbrains" in files["solution.py"]
    assert not [p for p in sent_paths(proc) if "___jb_" in p or p.endswith(("~", ".tmp"))]
    assert not [e for e in proc.events() if e["event"] == "deleted"]  # saves, not deletions


def test_deletes_and_renames_of_files_and_directories_are_mirrored(shared_server, workspace):
    root, sid, _ = workspace
    write(root, {"pkg/a.py": "A = 1\n", "pkg/sub/b.py": "B = 2\n", "old.py": "OLD = 1\n"})
    wait_converged(shared_server, sid, root)
    os.remove(root / "README.md")
    os.rename(root / "old.py", root / "new.py")
    os.rename(root / "pkg", root / "lib")
    files = wait_converged(shared_server, sid, root)
    assert sorted(files) == ["lib/a.py", "lib/sub/b.py", "new.py", "solution.py"]
    subprocess.run(["rm", "-rf", str(root / "lib")], check=True)
    assert sorted(wait_converged(shared_server, sid, root)) == ["new.py", "solution.py"]


def test_a_git_branch_switch_of_200_files_sends_each_changed_file_once(
        shared_server, tmp_path, run_watcher):
    root = tmp_path / "repo"
    root.mkdir()
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q", "-b", "main"], check=True)
    write(root, {f"src/m{i:03}.py": f"def f{i}():\n    return {i}\n" for i in range(200)})
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "main"], check=True)
    subprocess.run([*git, "checkout", "-qb", "feature"], check=True)
    for i in range(200):
        (root / f"src/m{i:03}.py").write_text(f"def f{i}():\n    return {i} * 2\n")
    for i in range(190, 200):
        os.remove(root / f"src/m{i:03}.py")
    write(root, {f"feature/n{i}.py": f"N = {i}\n" for i in range(10)})
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "feature"], check=True)
    subprocess.run([*git, "checkout", "-q", "main"], check=True)

    session = shared_server.create_session()
    proc = run_watcher(root, session["invite"])
    proc.wait_for("synced")
    wait_converged(shared_server, session["session_id"], root)
    before = sent_paths(proc)
    subprocess.run([*git, "checkout", "-q", "feature"], check=True)
    files = wait_converged(shared_server, session["session_id"], root)
    assert len(files) == 200 and "src/m199.py" not in files and "feature/n9.py" in files
    during = sent_paths(proc) - before
    twice = {p: [e for e in proc.events() if e.get("path") == p] for p, n in during.items() if n > 1}
    assert not twice, twice  # each file read once git is done, never half-written
    assert len(during) == 210  # 190 changed, 10 deleted, 10 added
    assert not any(p.startswith(".git/") for p in sent_paths(proc))


def test_ignored_binary_oversize_and_outside_symlinked_files_are_never_sent(
        shared_server, tmp_path, run_watcher):
    root = tmp_path / "ws"
    outside = tmp_path / "secret.txt"
    outside.write_text("password\n")
    write(root, {
        ".gitignore": "*.log\nbuild/\n", ".vivaignore": "notes.md\n",
        "main.py": "print('hi')\n", "run.log": "log\n", "build/out.py": "x\n",
        "notes.md": "private\n", "logo.png": b"\x89PNG\r\n\x1a\n\x00\x00", "latin.txt": b"caf\xe9\n",
        "big.txt": "x" * 5000, ".git/HEAD": "ref: refs/heads/main\n",
    })
    (root / "leak.txt").symlink_to(outside)
    session = shared_server.create_session()
    sid = session["session_id"]
    proc = run_watcher(root, session["invite"], "--max-file-bytes", "4096")
    proc.wait_for("synced")
    never = {"run.log", "build/out.py", "notes.md", "logo.png", "latin.txt", "big.txt",
             "leak.txt", ".git/HEAD"}
    files = wait_converged(shared_server, sid, root, leave_out=never)
    assert sorted(files) == [".gitignore", ".vivaignore", "main.py"]
    skipped = Counter(e["path"] for e in proc.events() if e["event"] == "skipped")
    assert skipped == {"logo.png": 1, "latin.txt": 1, "big.txt": 1, "leak.txt": 1}

    # more writes to ignored and skipped files: still nothing sent, no new skip lines
    (root / "run.log").write_text("more log\n")
    (root / "main.py").write_text("print('hello')\n")
    wait_converged(shared_server, sid, root, leave_out=never)
    assert Counter(e["path"] for e in proc.events() if e["event"] == "skipped") == skipped

    # un-ignoring a pattern sends what it covered
    (root / ".gitignore").write_text("build/\n")
    files = wait_converged(shared_server, sid, root, leave_out=never - {"run.log"})
    assert files["run.log"] == "more log\n"
    assert not set(sent_paths(proc)) & (never - {"run.log"})


def test_viva_watch_streams_the_workspace_and_stops_cleanly_on_sigterm(
        shared_server, tmp_path, run_watcher):
    root = tmp_path / "ws"
    write(root, {"main.py": "print(1)\n"})
    session = shared_server.create_session()
    proc = run_watcher(root, session["invite"], "--debounce-ms", "30",
                       command=(str(VIVA), "watch"))
    proc.wait_for("synced")
    (root / "main.py").write_text("print(2)\n")
    wait_converged(shared_server, session["session_id"], root)
    assert proc.stop() == 0
