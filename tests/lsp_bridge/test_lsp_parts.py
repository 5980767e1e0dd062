"""The bridge's pure parts: which URIs are workspace files, question ids and their book."""

from __future__ import annotations

import os

import pytest

from lsp_bridge.paths import WorkspaceRoot
from lsp_bridge.questions import OpenQuestion, QuestionBook, diagnostic_for, interaction_id


def test_a_workspace_uri_becomes_its_relative_posix_path(tmp_path):
    root = WorkspaceRoot(tmp_path)
    assert root.relative((tmp_path / "src" / "app.py").as_uri()) == "src/app.py"
    assert root.relative((tmp_path / "a b%.py").as_uri()) == "a b%.py"  # percent-encoded
    assert root.relative(root.uri_for("dir with space/ü.py")) == "dir with space/ü.py"


@pytest.mark.parametrize("uri", ["untitled:Untitled-1", "file:///etc/passwd", "https://x/y.py"])
def test_uris_outside_the_workspace_are_not_workspace_files(tmp_path, uri):
    assert WorkspaceRoot(tmp_path).relative(uri) is None


@pytest.mark.parametrize("rel", [".git/COMMIT_EDITMSG", ".viva/lsp/questions.json", "a/.hg/x", ""])
def test_version_control_and_viva_state_files_are_never_workspace_files(tmp_path, rel):
    assert WorkspaceRoot(tmp_path).relative((tmp_path / rel).as_uri()) is None


def test_a_workspace_reached_through_a_symlink_still_maps_its_files(tmp_path):
    real = tmp_path / "real"
    (real / "pkg").mkdir(parents=True)
    (real / "pkg" / "m.py").write_text("")
    os.symlink(real, tmp_path / "link")
    assert WorkspaceRoot(tmp_path / "link").relative((real / "pkg" / "m.py").as_uri()) == "pkg/m.py"
    assert WorkspaceRoot(real).relative((tmp_path / "link" / "pkg" / "m.py").as_uri()) == "pkg/m.py"


@pytest.mark.parametrize(("raw", "expected"), [(7, 7), ("7", 7), (" #7 ", 7), (7.0, 7), ("q-1", "q-1")])
def test_interaction_ids_from_editor_command_lines_keep_numbers_numeric(raw, expected):
    assert interaction_id(raw) == expected


@pytest.mark.parametrize("raw", [None, True, "", 1.5, [1]])
def test_anything_else_is_not_an_interaction_id(raw):
    with pytest.raises((TypeError, ValueError)):
        interaction_id(raw)


def test_open_questions_survive_a_restart_until_evaluated(tmp_path):
    book = QuestionBook(tmp_path / "questions.json")
    book.add(OpenQuestion(3, "Why?", "a.py", 2, "loops"))
    book.add(OpenQuestion(4, "How?", "b.py", 1))
    book.answered(3)
    again = QuestionBook(tmp_path / "questions.json")
    assert [(q.interaction_id, q.answered) for q in again.all()] == [(3, True), (4, False)]
    again.close("3")
    assert [q.interaction_id for q in QuestionBook(tmp_path / "questions.json").all()] == [4]


def test_an_unreadable_question_file_is_ignored(tmp_path):
    (tmp_path / "questions.json").write_text("{not json")
    assert QuestionBook(tmp_path / "questions.json").all() == []


def test_a_question_past_the_end_of_the_file_is_shown_on_its_last_line():
    diag = diagnostic_for(OpenQuestion(1, "Why?", "a.py", 9), ["x = 1\n", "y = 22\n"])
    assert (diag.range.start.line, diag.range.end.character) == (1, len("y = 22"))
    assert diag.code == 1 and diag.source == "viva"


def test_a_run_that_could_not_run_shows_the_last_lines_the_command_printed() -> None:
    """A build that fails leaves no report: the summary gives the reason and what the compiler
    said last (`main.go:1:1: expected 'package'`), not the reason alone."""
    from types import SimpleNamespace

    from lsp_bridge.runs import run_summary

    result = SimpleNamespace(passed=0, failed=0, errors=0, trigger="manual", status="error", cases=[],
                             reason="the test report is missing or unreadable (the command exited with 1)",
                             output_tail="# example.com/slots\nmain.go:1:1: expected 'package', found 'EOF'\n")
    _, text = run_summary(result)
    assert "could not run: the test report is missing" in text
    assert text.endswith("main.go:1:1: expected 'package', found 'EOF'")
    quiet = SimpleNamespace(**{**vars(result), "output_tail": ""})
    assert run_summary(quiet)[1].endswith("(the command exited with 1)")
