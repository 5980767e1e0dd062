"""`VivaLanguageServer`: one editor's connection to one viva session.

It owns the shared `VivaClient` (state in `<root>/.viva/lsp/`), the `DocumentSync` that
streams buffers through it, and the open questions it shows as diagnostics. Messages from
the viva server become editor notifications: questions are published as diagnostics,
evaluations, proctor messages and session state changes as `window/showMessage`.
The LSP handlers that drive it are in `lsp_bridge.features`.
"""

from __future__ import annotations

import asyncio
import logging
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Final
from urllib.parse import unquote

from lsprotocol import types
from pygls.lsp.server import LanguageServer

from lsp_bridge.paths import WorkspaceRoot
from lsp_bridge.questions import ANSWER_COMMAND, OpenQuestion, QuestionBook, diagnostic_for
from lsp_bridge.runs import FailingTests, failure_diagnostic, run_summary
from lsp_bridge.sync import DEBOUNCE, DocumentSync
from viva.client import AuthRefused, ClientStatus, VivaClient
from viva.invite import Invite
from viva.outbox import OutboxBusy
from viva.protocol import Message
from viva.settings import DEFAULT_MAX_FILE_BYTES, STATE_DIR_NAME, workspace_state_dir

__all__ = ["STATE_DIR", "VivaLanguageServer"]

logger = logging.getLogger(__name__)

STATE_DIR: Final = Path(STATE_DIR_NAME) / "lsp"
"""The bridge's client state (outbox, open questions), relative to the workspace root."""
SHUTDOWN_WAIT: Final = 0.3
"""Seconds `shutdown` may spend sending and waiting for acks: Neovim kills a language server
500 ms after asking it to shut down, and closing takes a little more (what is not acked
stays in the outbox for next time)."""
MAX_STATE_DIRS: Final = 8
"""Editors open on one workspace at once, each with its own state directory, at most."""

try:
    _VERSION = version("viva")
except PackageNotFoundError:  # running from a source tree that was never installed
    _VERSION = "0.0.0"

_ANSWER_ERRORS: Final = frozenset({"unknown_interaction", "already_answered",
                                   "forbidden_interaction", "examiner_unavailable"})
"""Error codes that refuse an answer (`response_submitted`); shown, not just logged."""
_STATE_MESSAGES: Final = {
    "paused": (types.MessageType.Warning, "the session is paused by the proctor"),
    "resumed": (types.MessageType.Info, "the session is resumed"),
    "expired": (types.MessageType.Warning,
                "the session's time is up; changes are no longer recorded"),
    "completed": (types.MessageType.Warning,
                  "the session is complete; changes are no longer recorded"),
}


class VivaLanguageServer(LanguageServer):
    """The language server of `viva lsp`: editor buffers in, questions out."""

    def __init__(self, invite: Invite | None, *, invite_error: str | None = None,
                 max_file_bytes: int = DEFAULT_MAX_FILE_BYTES, debounce: float = DEBOUNCE) -> None:
        super().__init__("viva", _VERSION)
        self.invite = invite
        self.invite_error = invite_error
        """Why there is no invite: shown to the candidate instead of connecting."""
        self.max_file_bytes = max_file_bytes
        self.debounce = debounce
        self.pending_root: Path | None = None
        """The workspace root the editor named in `initialize`."""
        self.root: WorkspaceRoot | None = None
        self.client: VivaClient | None = None
        self.sync: DocumentSync | None = None
        self.questions = QuestionBook()
        self.failing = FailingTests()
        """The last test run's failing tests, shown as diagnostics."""
        self._running: asyncio.Task[None] | None = None
        self._was_connected = False
        self._outage_shown = False
        self.refused = False
        """The server refused the invite: said once, nothing more is tried."""
        self._starter: asyncio.Task[None] | None = None
        self._starter_done = False
        """The task's starter files have been written (or found) in the workspace."""

    # --- lifetime ----------------------------------------------------------------------

    def start_session(self, root: Path) -> None:
        """Open the client's state under `root` and start connecting (after `initialized`)."""
        self.root = WorkspaceRoot(root)
        if self.invite is None:
            self.notify(types.MessageType.Error,
                        f"viva: {self.invite_error or 'no invite given'}; fix `viva lsp --invite "
                        "INVITE` in your editor's configuration and restart the language server")
            return
        client = self._open_client(self.root.path)
        if client is None:
            return
        self.client = client
        self.sync = DocumentSync(client, self.root, self.buffer_text, debounce=self.debounce,
                                 max_file_bytes=self.max_file_bytes,
                                 warn=lambda text: self.notify(types.MessageType.Warning, text))
        for path in self.questions.paths():
            self.publish_diagnostics(path)
        self._running = asyncio.create_task(self._run_client(client), name="viva-client")
        self._write_starter_files()

    def _write_starter_files(self) -> None:
        """Ask the server for the task's starter files and write the missing ones (once)."""
        if self._starter_done or self.refused or self.invite is None or self.root is None:
            return
        if self._starter is None or self._starter.done():
            self._starter = asyncio.create_task(self._starter_files(self.invite, self.root.path),
                                                name="viva-starter")

    async def _starter_files(self, invite: Invite, root: Path) -> None:
        from viva.starter import StarterUnavailable, fetch_starter_files, write_starter_files

        try:
            files = await fetch_starter_files(invite)
        except StarterUnavailable as exc:
            logger.info("the starter files could not be fetched yet: %s", exc)
            return  # again once connected
        except AuthRefused as exc:
            self._refused(exc)
            return
        result = await asyncio.to_thread(write_starter_files, root, files)
        self._starter_done = True
        said = result.summary()
        if said:
            self.notify(types.MessageType.Warning if result.kept or result.refused
                        else types.MessageType.Info, f"viva: {said}")

    def _refused(self, exc: AuthRefused) -> None:
        """Say once why the server refused the invite; retrying cannot help."""
        if self.refused:
            return
        self.refused = True
        self.notify(types.MessageType.Error, f"viva: {exc}")

    def _open_client(self, root: Path) -> VivaClient | None:
        assert self.invite is not None
        try:
            workspace_state_dir(root)
        except OSError as exc:
            self.notify(types.MessageType.Error,
                        f"viva: cannot write its state in {root / STATE_DIR_NAME}: {exc}")
            return None
        # A second editor on the same workspace gets a state directory of its own.
        for n in range(1, MAX_STATE_DIRS + 1):
            state = root / (STATE_DIR if n == 1 else STATE_DIR.with_name(f"lsp-{n}"))
            try:
                state.mkdir(parents=True, exist_ok=True)
                client = VivaClient(self.invite, state_dir=state, name="lsp",
                                    on_message=self.message_received,
                                    on_status=self.status_changed)
            except OutboxBusy:
                continue
            except OSError as exc:
                self.notify(types.MessageType.Error, f"viva: cannot open {state}: {exc}")
                return None
            self.questions = QuestionBook(state / "questions.json")
            return client
        self.notify(types.MessageType.Error,
                    f"viva: {MAX_STATE_DIRS} editors already stream this workspace; close one")
        return None

    async def _run_client(self, client: VivaClient) -> None:
        try:
            await client.run()
        except AuthRefused as exc:
            # Retrying cannot help; the editor keeps working, edits stay in the outbox.
            self._refused(exc)
        except Exception:
            logger.exception("the viva client stopped")
            self.notify(types.MessageType.Error,
                        "viva: the connection to the server stopped; restart the language server")

    async def stop_session(self, budget: float = SHUTDOWN_WAIT) -> None:
        """Send what is pending at once, wait for acks within `budget` seconds, and close."""
        deadline = asyncio.get_running_loop().time() + budget
        client, self.client = self.client, None
        if client is None:
            return
        if self.sync is not None:
            await self.sync.flush_all()
        left = deadline - asyncio.get_running_loop().time()
        if client.status.connected and left > 0:
            await client.drain(left)  # unacked updates are safe on disk regardless
        await client.close()
        if self._starter is not None:
            self._starter.cancel()
        if self._running is not None:
            await asyncio.gather(self._running, return_exceptions=True)

    # --- editor side -------------------------------------------------------------------

    def buffer_text(self, uri: str) -> str | None:
        """The text of an open document, or None when the editor has not opened it."""
        docs = self.workspace.text_documents
        doc = docs.get(unquote(uri)) or docs.get(uri)
        return None if doc is None else doc.source

    def uri_of(self, path: str) -> str:
        """The URI under which the editor knows a workspace path (its own spelling if open)."""
        assert self.root is not None
        for uri in self.workspace.text_documents:
            if self.root.relative(uri) == path:
                return str(uri)
        return self.root.uri_for(path)

    def notify(self, kind: types.MessageType, message: str) -> None:
        """Show a message in the editor (and log it on stderr)."""
        logger.debug("%s", message)
        self.window_show_message(types.ShowMessageParams(type=kind, message=message))

    def log(self, kind: types.MessageType, message: str) -> None:
        """Write to the editor's language server log."""
        self.window_log_message(types.LogMessageParams(type=kind, message=message))

    def publish_diagnostics(self, path: str) -> None:
        """Publish the diagnostics of `path`: its open questions and failing tests (none
        clears them; the editor replaces a file's diagnostics with each publish)."""
        uri = self.uri_of(path)
        doc = self.workspace.get_text_document(uri)
        try:
            lines = doc.lines
        except (OSError, UnicodeDecodeError):
            lines = []
        units = doc.position_codec.client_num_units
        diagnostics = [diagnostic_for(q, lines, units) for q in self.questions.on_path(path)]
        diagnostics += [failure_diagnostic(t, lines, units) for t in self.failing.on_path(path)]
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics))

    # --- viva server side --------------------------------------------------------------

    def message_received(self, msg: Message) -> None:
        """Turn the viva server's messages into editor notifications."""
        data: Any = msg.data
        if msg.type == "question":
            self._question(data)
        elif msg.type == "evaluation_result":
            label = self.questions.label(data.interaction_id, data.number)
            q = self.questions.close(data.interaction_id)
            if q is not None and q.path is not None:
                self.publish_diagnostics(q.path)
            if data.replayed:  # graded before this connection: old news
                return
            self.notify(types.MessageType.Info,
                        f"viva: answer to {label} scored {data.score}/10. {data.evaluation}")
        elif msg.type == "system_message":
            self.notify(types.MessageType.Info, f"viva: {data.message}")
        elif msg.type == "session_state":
            kind, text = _STATE_MESSAGES.get(
                data.status, (types.MessageType.Info, f"the session is {data.status}"))
            self.notify(kind, f"viva: {text}")
        elif msg.type == "test_result":
            self._test_result(data)
        elif msg.type == "test_run":
            self.log(types.MessageType.Info, f"viva: test run {data.run_id} started")
        elif msg.type == "report_ready":
            self.notify(types.MessageType.Info, "viva: the session's report is ready")
        elif msg.type == "auth_success":
            self.log(types.MessageType.Info,
                     f"viva: connected to {self.invite.server if self.invite else '?'}, "
                     f"session {data.session_id}")
        elif msg.type == "error":
            if data.code in _ANSWER_ERRORS:  # the candidate's answer was not taken: say so
                self.notify(types.MessageType.Warning, f"viva: {data.error}")
            else:
                self.log(types.MessageType.Warning, f"viva server: {data.error} ({data.code})")

    def _question(self, data: Any) -> None:
        if data.interaction_id is None:  # a multiple-choice question: not for the editor
            text = data.question_text or data.question or ""
            self.notify(types.MessageType.Info, f"viva: {text}")
            return
        path = data.path
        if path is not None and self.root is not None:
            path = self.root.relative_path(self.root.file(path))
        known = self.questions.get(data.interaction_id)
        answered = data.response is not None or (known is not None and known.answered)
        number = data.number if data.number is not None else (known.number if known else None)
        q = OpenQuestion(interaction_id=data.interaction_id, question=data.question or "",
                         path=path, line=data.line or 0, skill=data.skill, answered=answered,
                         number=number)
        self.questions.add(q)
        where = f" about {q.path}" + (f" line {q.line}" if q.line else "") if q.path else ""
        if q.path is not None:
            self.publish_diagnostics(q.path)
        # the server sends a question again on every connect, and once more when it is
        # answered (from any client): announce only a question that is new and open
        if answered or (data.replayed and known is not None):
            return
        self.notify(types.MessageType.Info,
                    f"viva {q.label}{where}: {q.question} "
                    f"(answer with the code action on a selection, or {ANSWER_COMMAND})")

    def _test_result(self, result: Any) -> None:
        root = self.root
        if root is not None:
            changed = self.failing.take(result, lambda p: root.relative_path(root.file(p)))
            for path in sorted(changed or ()):
                self.publish_diagnostics(path)
        self.notify(*run_summary(result))

    def status_changed(self, status: ClientStatus) -> None:
        """Say once when the server cannot be reached, and once when it is back."""
        if status.connected:
            if self._outage_shown:
                self.notify(types.MessageType.Info, "viva: connected; edits made meanwhile "
                            "are being sent" if self._was_connected else "viva: connected")
            self._was_connected, self._outage_shown = True, False
            self._write_starter_files()
            return
        if status.retry_in is None:
            return  # closing, or refused (shown by _run_client)
        self.log(types.MessageType.Warning,
                 f"viva: {status.last_error}; retrying in {status.retry_in:.1f} s")
        if not self._outage_shown:
            self._outage_shown = True
            what = "lost the connection to" if self._was_connected else "cannot reach"
            self.notify(types.MessageType.Warning,
                        f"viva: {what} the server ({status.last_error}); your edits are kept "
                        "and will be sent when it is back")
