"""The LSP methods `viva lsp` answers, registered on a `VivaLanguageServer` by `register`.

Document sync (open, incremental change, save, close, file renames and deletions) streams
the workspace to the session; hover, code actions and the `viva.answer` command let the
candidate read and answer the examiner's questions without leaving the editor.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any, Final

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams

from lsp_bridge.language_server import VivaLanguageServer
from lsp_bridge.paths import fs_path
from lsp_bridge.questions import ANSWER_COMMAND, OpenQuestion, hover_text, interaction_id
from lsp_bridge.runs import RUN_TESTS_COMMAND

__all__ = ["register"]

logger = logging.getLogger(__name__)

MAX_ANSWER_CHARS: Final = 20_000
"""Longest answer the server accepts (`response_submitted.response`)."""

DRAIN_BEFORE_RUN: Final = 3.0
"""Seconds `viva.runTests` waits for the buffers' acks before asking for the run."""

_ALL_FILES: Final = types.FileOperationRegistrationOptions(
    filters=[types.FileOperationFilter(scheme="file",
                                       pattern=types.FileOperationPattern(glob="**/*"))])


def _workspace_root(params: types.InitializeParams) -> Path:
    """The first workspace folder, else rootUri, else rootPath, else the current directory."""
    uris = [f.uri for f in params.workspace_folders or []]
    if params.root_uri:
        uris.append(params.root_uri)
    for uri in uris:
        path = fs_path(uri)
        if path is not None:
            return path
    if params.root_path:
        return Path(params.root_path)
    return Path(os.getcwd())


def initialize(ls: VivaLanguageServer, params: types.InitializeParams) -> None:
    """Remember the workspace root; the session starts once the editor is `initialized`."""
    ls.pending_root = _workspace_root(params)


def initialized(ls: VivaLanguageServer, params: types.InitializedParams) -> None:
    """Connect to the session and show any questions still open from an earlier run."""
    ls.start_session(ls.pending_root or Path(os.getcwd()))


async def shutdown(ls: VivaLanguageServer, params: None) -> None:
    """Send what is pending and close the connection."""
    await ls.stop_session()


async def did_open(ls: VivaLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
    """An opened document is sent as it is in the editor (the server may have an older copy)."""
    if ls.sync is not None:
        await ls.sync.flush(params.text_document.uri)
    if ls.root is not None:
        path = ls.root.relative(params.text_document.uri)
        if path is not None and ls.questions.on_path(path):
            ls.publish_diagnostics(path)


def did_change(ls: VivaLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
    """Unsaved edits count: send the buffer within the debounce interval."""
    if ls.sync is not None:
        ls.sync.changed(params.text_document.uri)


async def did_save(ls: VivaLanguageServer, params: types.DidSaveTextDocumentParams) -> None:
    """A save sends the buffer at once."""
    if ls.sync is not None:
        await ls.sync.flush(params.text_document.uri)


async def did_close(ls: VivaLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
    """A closed document's file is what counts now: send what is on disk."""
    if ls.sync is not None:
        await ls.sync.closed(params.text_document.uri)


async def did_rename_files(ls: VivaLanguageServer, params: types.RenameFilesParams) -> None:
    """Renamed files and directories move in the session too."""
    if ls.sync is not None:
        await ls.sync.renamed((f.old_uri, f.new_uri) for f in params.files)


async def did_delete_files(ls: VivaLanguageServer, params: types.DeleteFilesParams) -> None:
    """Deleted files and directories leave the session."""
    if ls.sync is not None:
        await ls.sync.deleted(f.uri for f in params.files)


def _questions_at(ls: VivaLanguageServer, uri: str, line: int) -> list[OpenQuestion]:
    path = ls.root.relative(uri) if ls.root is not None else None
    if path is None:
        return []
    doc_lines = max(len(ls.workspace.get_text_document(uri).lines), 1)
    # A question past the end of the file is shown on its last line.
    return [q for q in ls.questions.on_path(path) if min(max(q.line, 1), doc_lines) - 1 == line]


def hover(ls: VivaLanguageServer, params: types.HoverParams) -> types.Hover | None:
    """Hovering a line with a question shows the question and how to answer it."""
    questions = _questions_at(ls, params.text_document.uri, params.position.line)
    if not questions:
        return None
    return types.Hover(contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                                    value=hover_text(questions)))


def code_action(ls: VivaLanguageServer,
                params: types.CodeActionParams) -> list[types.CodeAction] | None:
    """With text selected, offer to send it as the answer to each open question."""
    open_questions = [q for q in ls.questions.all() if not q.answered] or ls.questions.all()
    if not open_questions:
        return None
    doc = ls.workspace.get_text_document(params.text_document.uri)
    try:
        selected = doc.text_in_client_range(params.range).strip()
    except (OSError, IndexError, UnicodeDecodeError):
        return None
    if not selected:
        return None
    here = ls.root.relative(params.text_document.uri) if ls.root is not None else None
    # Questions about this file first, then the rest, each group oldest first.
    open_questions.sort(key=lambda q: q.path != here)
    actions = []
    for q in open_questions:
        title = f"viva: answer {q.label} with the selected text"
        actions.append(types.CodeAction(
            title=title, kind=types.CodeActionKind.QuickFix,
            command=types.Command(title=title, command=ANSWER_COMMAND,
                                  arguments=[q.interaction_id, selected])))
    return actions


async def answer(ls: VivaLanguageServer, *arguments: Any) -> dict[str, Any]:
    """`viva.answer [interaction_id, answer...]`: send the candidate's answer."""
    if len(arguments) < 2:
        raise JsonRpcInvalidParams(
            f"{ANSWER_COMMAND} takes the question's interaction id and the answer text")
    try:
        iid = interaction_id(arguments[0])
    except (TypeError, ValueError) as exc:
        raise JsonRpcInvalidParams(f"{ANSWER_COMMAND}: {exc}") from None
    # Command lines that split on spaces pass the answer's words as separate arguments.
    text = " ".join(str(a) for a in arguments[1:]).strip()
    if not text:
        raise JsonRpcInvalidParams(f"{ANSWER_COMMAND}: the answer is empty")
    if len(text) > MAX_ANSWER_CHARS:
        raise JsonRpcInvalidParams(
            f"{ANSWER_COMMAND}: the answer is {len(text)} characters; the limit is {MAX_ANSWER_CHARS}")
    if ls.client is None:
        raise JsonRpcInvalidParams("viva is not connected to a session; check the invite")
    # Kept in the outbox under the workspace's `.viva/` until the server grades or refuses it.
    connected = await ls.client.submit_answer(iid, text)
    q = ls.questions.answered(iid)
    if q is not None and q.path is not None:
        ls.publish_diagnostics(q.path)
    label = ls.questions.label(iid)
    ls.notify(types.MessageType.Info,
              f"viva: answer to {label} sent; the evaluation will follow" if connected
              else f"viva: answer to {label} will be sent when the connection is back")
    return {"interaction_id": iid, "sent": connected}


async def run_tests(ls: VivaLanguageServer, *arguments: Any) -> dict[str, Any]:
    """`viva.runTests`: run the session's tests on the code as the server has it now."""
    if ls.client is None:
        raise JsonRpcInvalidParams("viva is not connected to a session; check the invite")
    connected = ls.client.status.connected
    if ls.sync is not None:
        # The run takes the workspace as stored: the buffers go first, and are acked.
        await ls.sync.flush_all()
        if connected:
            await ls.client.drain(DRAIN_BEFORE_RUN)
    await ls.client.send("run_tests")
    ls.notify(types.MessageType.Info, "viva: running the tests…" if connected
              else "viva: the tests will run when the connection is back")
    return {"sent": connected}


def register(ls: VivaLanguageServer) -> VivaLanguageServer:
    """Register every method `viva lsp` answers on `ls`."""
    ls.feature(types.INITIALIZE)(initialize)
    ls.feature(types.INITIALIZED)(initialized)
    ls.feature(types.SHUTDOWN)(shutdown)
    ls.feature(types.TEXT_DOCUMENT_DID_OPEN)(did_open)
    ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)(did_change)
    ls.feature(types.TEXT_DOCUMENT_DID_SAVE, types.SaveOptions(include_text=False))(did_save)
    ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)(did_close)
    ls.feature(types.WORKSPACE_DID_RENAME_FILES, _ALL_FILES)(did_rename_files)
    ls.feature(types.WORKSPACE_DID_DELETE_FILES, _ALL_FILES)(did_delete_files)
    ls.feature(types.TEXT_DOCUMENT_HOVER)(hover)
    ls.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix]))(code_action)
    ls.command(ANSWER_COMMAND)(answer)
    ls.command(RUN_TESTS_COMMAND)(run_tests)
    return ls
