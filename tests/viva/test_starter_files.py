"""The task's starter files in a candidate's workspace: written where missing, never over
the candidate's own, never outside the workspace; what the invite gives and what it never does."""

from __future__ import annotations

from pathlib import Path

from viva.starter import starter_files_of, write_starter_files

STARTER = {"solution.py": "def solve():\n    raise NotImplementedError\n",
           "tests/test_solution.py": "from solution import solve\n"}


def test_an_empty_folder_gets_every_starter_file_as_it_is(tmp_path: Path) -> None:
    result = write_starter_files(tmp_path, STARTER)
    assert sorted(result.written) == sorted(STARTER)
    for rel, text in STARTER.items():
        assert (tmp_path / rel).read_text() == text
    assert "Wrote the task's starter files" in result.summary()
    assert (tmp_path / ".viva" / ".gitignore").exists()


def test_a_different_file_already_there_is_kept_and_said_so(tmp_path: Path) -> None:
    (tmp_path / "solution.py").write_text("mine = True\n")
    result = write_starter_files(tmp_path, STARTER)
    assert (tmp_path / "solution.py").read_text() == "mine = True\n"
    assert result.kept == ["solution.py"] and result.written == ["tests/test_solution.py"]
    assert "Kept your file solution.py" in result.summary()


def test_joining_again_changes_nothing_and_says_nothing(tmp_path: Path) -> None:
    """The candidate's edits of a starter file and a deleted starter file are their work."""
    write_starter_files(tmp_path, STARTER)
    (tmp_path / "solution.py").write_text("def solve():\n    return 42\n")
    (tmp_path / "tests" / "test_solution.py").unlink()
    again = write_starter_files(tmp_path, STARTER)
    assert again.summary() == "" and not again.written and not again.kept
    assert (tmp_path / "solution.py").read_text().endswith("return 42\n")
    assert not (tmp_path / "tests" / "test_solution.py").exists()


def test_a_file_equal_to_its_starter_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "solution.py").write_text(STARTER["solution.py"])
    result = write_starter_files(tmp_path, {"solution.py": STARTER["solution.py"]})
    assert result.present == ["solution.py"] and result.summary() == ""


def test_paths_outside_the_workspace_or_in_its_state_are_never_written(tmp_path: Path) -> None:
    root = tmp_path / "ws"
    root.mkdir()
    (root / "link").symlink_to(tmp_path)
    result = write_starter_files(root, {"../evil.py": "x", "/etc/evil.py": "x",
                                        "link/evil.py": "x", ".viva/outbox.db": "x",
                                        "ok.py": "ok\n"})
    assert result.written == ["ok.py"]
    assert sorted(result.refused) == sorted(["../evil.py", "/etc/evil.py", "link/evil.py",
                                             ".viva/outbox.db"])
    assert not (tmp_path / "evil.py").exists()


def test_only_text_starter_files_are_taken_from_an_invite() -> None:
    assert starter_files_of({"starter_files": {"a.py": "x", "b.py": 3}}) == {"a.py": "x"}
    assert starter_files_of({"starter_files": None}) == {}
    assert starter_files_of({}) == {}


async def test_the_invite_gives_the_starter_files_and_never_the_hidden_ones(sqlite_api) -> None:
    """`GET /join/{token}` of a python-takehome session: its visible files only."""
    from server.storage.models import Assessment

    session = await sqlite_api.create_session("bea", assessment="python-takehome")
    joined = await (await sqlite_api.client.get(f"/join/{session['candidate_token']}")).json()
    pack = (await Assessment.get(slug="python-takehome")).pack
    assert joined["starter_files"] == pack["task"]["files"]
    assert {"solution.py", "test_solution.py"} <= set(joined["starter_files"])
    for path, text in pack["tests"]["hidden_files"].items():
        assert path not in joined["starter_files"] and text.strip() not in repr(joined)
    for text in pack["tests"]["reference_files"].values():  # the solution, at the starter's path
        assert text.strip()[-200:] not in str(joined)
    assert joined["quiz"] is False and joined["tests"] is True
