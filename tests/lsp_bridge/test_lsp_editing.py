"""An editor's buffers reach the session through `viva lsp`: open, incremental edits,
unsaved edits, saves, closes, renames and deletions."""

from __future__ import annotations

import asyncio
import time

import pytest
from lsp_harness import eventually, invite_for
from lsprotocol import types

pytestmark = pytest.mark.slow


async def _files(api, session):
    return await api.files(session["session_id"])


async def _wait_files(api, session, expected, timeout=10.0):
    deadline = time.monotonic() + timeout
    files = None
    while time.monotonic() < deadline:
        files = await _files(api, session)
        if files == expected:
            return
        await asyncio.sleep(0.03)
    assert files == expected


async def test_an_opened_document_and_its_unsaved_keystrokes_reach_the_server(sqlite_api, start_editor):
    session = await sqlite_api.create_session()
    editor = await start_editor(invite_for(sqlite_api, session))
    uri = editor.open("src/app.py", "def add(a, b):\n")
    editor.type_text(uri, "    return a + b\n")
    await _wait_files(sqlite_api, session, {"src/app.py": "def add(a, b):\n    return a + b\n"})
    assert not (editor.root / "src" / "app.py").exists()  # never saved: the buffer counts



async def test_a_new_empty_buffer_never_written_joins_the_session_only_with_its_first_text(
        sqlite_api, start_editor):
    """`nvim main.go` on a file that does not exist opens an empty buffer: it is no file of the
    workspace (an empty Go file breaks the package's build) until it has text."""
    session = await sqlite_api.create_session()
    editor = await start_editor(invite_for(sqlite_api, session))
    empty = editor.open("main.go", "\n")  # as Neovim sends an empty buffer
    editor.open("util.go", "package main\n")
    await _wait_files(sqlite_api, session, {"util.go": "package main\n"})
    await asyncio.sleep(0.3)  # past the debounce: the empty buffer was not sent
    assert await _files(sqlite_api, session) == {"util.go": "package main\n"}
    editor.type_text(empty, "package main\n")
    await _wait_files(sqlite_api, session, {"util.go": "package main\n", "main.go": "\npackage main\n"})

async def test_incremental_edits_in_the_middle_of_a_line_are_applied_like_the_editor_did(
        sqlite_api, start_editor):
    session = await sqlite_api.create_session()
    editor = await start_editor(invite_for(sqlite_api, session))
    uri = editor.open("m.py", "x = 1\ny = 2\nz = 3\n")
    editor.edit(uri, (1, 4), (1, 5), "20")          # y = 20
    editor.edit(uri, (0, 0), (0, 0), "# é ünïcode\n")  # a line inserted above, non-ASCII
    editor.edit(uri, (3, 0), (4, 0), "")            # z = 3 removed
    expected = "# é ünïcode\nx = 1\ny = 20\n"
    assert editor.texts[uri] == expected
    await _wait_files(sqlite_api, session, {"m.py": expected})


async def test_a_burst_of_keystrokes_is_sent_as_few_updates_within_the_debounce(sqlite_api, start_editor):
    session = await sqlite_api.create_session()
    editor = await start_editor(invite_for(sqlite_api, session))
    uri = editor.open("a.py", "")
    editor.type_text(uri, "print('hello, world')\n")
    await _wait_files(sqlite_api, session, {"a.py": "print('hello, world')\n"})
    resp = await sqlite_api.client.get(f"/sessions/{session['session_id']}/timeline",
                                       headers=sqlite_api.auth())
    assert resp.status == 200, await resp.text()
    changes = [e for e in (await resp.json())["events"] if e["type"] == "code_update"]
    assert 1 <= len(changes) < 10  # 22 keystrokes, gathered per 100 ms


async def test_saving_closing_renaming_and_deleting_files_follow_in_the_session(sqlite_api, start_editor):
    session = await sqlite_api.create_session()
    editor = await start_editor(invite_for(sqlite_api, session))
    assert editor.capabilities.workspace.file_operations.did_rename is not None
    uri = editor.open("old.py", "a = 1\n")
    editor.save(uri)
    await _wait_files(sqlite_api, session, {"old.py": "a = 1\n"})

    (editor.root / "old.py").rename(editor.root / "new.py")
    editor.client.workspace_did_rename_files(types.RenameFilesParams(files=[
        types.FileRename(old_uri=uri, new_uri=editor.uri("new.py"))]))
    await _wait_files(sqlite_api, session, {"new.py": "a = 1\n"})

    (editor.root / "pkg").mkdir()
    (editor.root / "pkg" / "b.py").write_text("b = 2\n")
    editor.client.workspace_did_rename_files(types.RenameFilesParams(files=[
        types.FileRename(old_uri=(editor.root.parent / "elsewhere").as_uri(),
                         new_uri=editor.uri("pkg"))]))
    await _wait_files(sqlite_api, session, {"new.py": "a = 1\n", "pkg/b.py": "b = 2\n"})

    (editor.root / "pkg").rename(editor.root / "lib")
    editor.client.workspace_did_rename_files(types.RenameFilesParams(files=[
        types.FileRename(old_uri=editor.uri("pkg"), new_uri=editor.uri("lib"))]))
    await _wait_files(sqlite_api, session, {"new.py": "a = 1\n", "lib/b.py": "b = 2\n"})

    editor.client.workspace_did_delete_files(types.DeleteFilesParams(files=[
        types.FileDelete(uri=editor.uri("lib"))]))
    await _wait_files(sqlite_api, session, {"new.py": "a = 1\n"})

    # Closing a buffer whose edits were discarded: the file on disk is what counts.
    uri = editor.open("new.py", "a = 1\n")
    editor.edit(uri, (0, 4), (0, 5), "99")
    await _wait_files(sqlite_api, session, {"new.py": "a = 99\n"})
    editor.close(uri)
    await _wait_files(sqlite_api, session, {"new.py": "a = 1\n"})


async def test_files_outside_the_workspace_or_in_state_directories_are_not_sent(
        sqlite_api, start_editor, tmp_path):
    session = await sqlite_api.create_session()
    editor = await start_editor(invite_for(sqlite_api, session))
    outside = (tmp_path / "outside.py").as_uri()
    editor.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri=outside, language_id="python", version=1, text="secret = 1\n")))
    editor.open(".git/COMMIT_EDITMSG", "wip\n", language="gitcommit")
    editor.client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(
        uri="untitled:Untitled-1", language_id="python", version=1, text="scratch\n")))
    editor.open("inside.py", "ok = True\n")
    await _wait_files(sqlite_api, session, {"inside.py": "ok = True\n"})


async def test_a_bad_invite_is_shown_in_the_editor_which_keeps_working(start_editor, tmp_path):
    editor = await start_editor("http://127.0.0.1:9/not-an-invite")
    await eventually(lambda: editor.shown("invite", types.MessageType.Error), what="an error message")
    uri = editor.open("a.py", "x = 1\n")
    hover = await editor.client.text_document_hover_async(types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri), position=types.Position(0, 0)))
    assert hover is None
