"""`viva lsp` in an empty workspace: the task's starter files are written, never over the
candidate's own, and the editor is told."""

from __future__ import annotations

from lsp_harness import eventually, invite_for
from lsprotocol import types


async def test_the_editor_gets_the_starter_files_in_an_empty_workspace(
        sqlite_api, start_editor, tmp_path) -> None:
    session = await sqlite_api.create_session("ana", assessment="python-takehome")
    joined = await (await sqlite_api.client.get(f"/join/{session['candidate_token']}")).json()
    root = tmp_path / "task"
    root.mkdir()
    (root / "test_solution.py").write_text("# my own tests\n")
    editor = await start_editor(invite_for(sqlite_api, session), root)
    await eventually(lambda: editor.shown("Wrote the task's starter files access.log, solution.py.",
                                          types.MessageType.Warning), what="the starter files")
    [said] = editor.shown("Kept your file test_solution.py")
    assert "never overwrites your work" in said
    assert (root / "solution.py").read_text(encoding="utf-8") == joined["starter_files"]["solution.py"]
    assert (root / "test_solution.py").read_text() == "# my own tests\n"
