"""Harness for the language server's tests: an editor (a pygls `LanguageClient`) driving
`viva lsp` in a subprocess, and the real server on a fixed port that can be stopped and
started again on the same port and database."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import socket
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar, Union

import httpx
import pytest
from lsprotocol import types
from pygls.lsp.client import LanguageClient

REPO = Path(__file__).resolve().parents[2]

T = TypeVar("T")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


async def eventually(probe: Callable[[], T], timeout: float = 10.0, what: str = "") -> T:
    """Poll `probe` until it returns something truthy; fail with `what` after `timeout`."""
    deadline = time.monotonic() + timeout
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what or probe}; last: {value!r}")
        await asyncio.sleep(0.02)


def need_nvim() -> str:
    """Debian's `nvim`: skipped locally when missing, a failure in CI."""
    nvim = shutil.which("nvim")
    if nvim is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Neovim is required in CI (Debian package `neovim`)")
        pytest.skip("Neovim is not installed (apt-get install -y neovim)")
    return nvim


_NVIM_HEAD = r"""
local root, out = vim.env.VIVA_ROOT, vim.env.VIVA_OUT
local report = { diagnostics = {}, messages = {} }
vim.lsp.handlers["window/showMessage"] = function(_, result)
  table.insert(report.messages, result.message)
end
local function finish(err)
  report.error = err
  local fh = io.open(out, "w")
  fh:write(vim.fn.json_encode(report))
  fh:close()
  vim.cmd("qa!")
end
vim.schedule(function()
  local ok, err = pcall(function()
    local id = vim.lsp.start_client({
      name = "viva", root_dir = root,
      cmd = { vim.env.VIVA_PYTHON, "-m", "viva", "lsp", "--invite", vim.env.VIVA_INVITE },
    })
    vim.cmd("edit " .. root .. "/%s")
    local buf = vim.api.nvim_get_current_buf()
    vim.lsp.buf_attach_client(buf, id)
    local client = vim.lsp.get_client_by_id(id)
    assert(vim.wait(30000, function()
      return client.server_capabilities ~= nil and next(client.server_capabilities) ~= nil
    end, 20), "viva lsp did not initialize")
"""
_NVIM_TAIL = r"""  end)
  finish(not ok and tostring(err) or nil)
end)
"""


def nvim_script(path: str, body: str) -> str:
    """An init.lua for Neovim 0.7+ (start_client + buf_attach_client): start `viva lsp`, open
    `path` in the task folder and wait for the bridge, run `body` (Lua with `buf`, `client`,
    `report` in scope), then write `report` (and any error) to VIVA_OUT as JSON and quit."""
    return _NVIM_HEAD % path + body + _NVIM_TAIL


async def start_nvim(init_lua: str, root: Path, tmp_path: Path,
                     **env: str) -> asyncio.subprocess.Process:
    """Headless Neovim in `root` running `init_lua`, with nothing of the user's: its state,
    data and config live under `tmp_path`. The script reads VIVA_ROOT, VIVA_PYTHON and `env`."""
    nvim = need_nvim()
    (tmp_path / "init.lua").write_text(init_lua)
    full = dict(os.environ, VIVA_ROOT=str(root), VIVA_PYTHON=sys.executable,
                XDG_STATE_HOME=str(tmp_path / "state"), XDG_DATA_HOME=str(tmp_path / "data"),
                XDG_CONFIG_HOME=str(tmp_path / "config"), **env)
    return await asyncio.create_subprocess_exec(
        nvim, "--headless", "--clean", "-u", str(tmp_path / "init.lua"), cwd=root, env=full,
        stdin=asyncio.subprocess.DEVNULL, stdout=asyncio.subprocess.DEVNULL,
        stderr=asyncio.subprocess.PIPE)


async def run_nvim(init_lua: str, root: Path, tmp_path: Path, timeout: float,
                   **env: str) -> dict[str, Any]:
    """Run `start_nvim` to its end (killed after `timeout` seconds); the JSON report its
    script wrote to the file named by VIVA_OUT (set here)."""
    out = tmp_path / "report.json"
    proc = await start_nvim(init_lua, root, tmp_path, VIVA_OUT=str(out), **env)
    try:
        _, stderr = await asyncio.wait_for(proc.communicate(), timeout)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert out.exists(), f"nvim wrote no report: {stderr.decode(errors='replace')[-2000:]}"
    report: dict[str, Any] = json.loads(out.read_text())
    return report


def invite_for(api: Any, session: dict[str, Any]) -> str:
    """The invite of a session on the in-process test server (a real loopback port)."""
    return f"http://127.0.0.1:{api.client.server.port}/join/{session['candidate_token']}"


class RestartableServer:
    """The real app on a fixed loopback port, in this process, that can stop and start again
    on the same port and database (a server going away and coming back)."""

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self.port = free_port()
        self._runner: Any = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def start(self) -> RestartableServer:
        from aiohttp import web

        from server.app import create_app

        self._runner = web.AppRunner(create_app(self.settings, connection="sqlite", announce=False))
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port, reuse_address=True).start()
        return self

    async def stop(self) -> None:
        from server.keys import HUB

        if self._runner is not None:
            runner, self._runner = self._runner, None
            # The runner waits (up to a minute) for open request handlers before the app's
            # cleanup closes the sockets; close them first, as a server going away would.
            await runner.app[HUB].close_all()
            await runner.cleanup()

    def _headers(self) -> dict[str, str]:
        from server.core.auth import mint_token
        from tests.conftest import SECRET
        return {"Authorization": f"Bearer {mint_token(SECRET, role='admin', name='lsp-tests')}"}

    async def create_session(self, name: str = "ana") -> dict[str, Any]:
        async with httpx.AsyncClient(base_url=self.url, headers=self._headers()) as http:
            resp = await http.post("/sessions/", json={"candidate": {"name": name}})
        assert resp.status_code == 201, resp.text
        return dict(resp.json())

    async def files(self, session_id: int) -> dict[str, str]:
        async with httpx.AsyncClient(base_url=self.url, headers=self._headers()) as http:
            resp = await http.get(f"/sessions/{session_id}/files")
        assert resp.status_code == 200, resp.text
        return {path: entry["content"] for path, entry in resp.json().items()}


def _command_or_code_action(obj: Any, _: Any) -> types.Command | types.CodeAction:
    from pygls.protocol import default_converter

    kind = types.Command if isinstance(obj.get("command"), str) else types.CodeAction
    return default_converter().structure(obj, kind)


class Editor:
    """What an editor does over LSP, and what it was shown (diagnostics, messages)."""

    def __init__(self, root: Path, invite: str, log: Path) -> None:
        self.root = root
        self.invite = invite
        self.log = log
        self.client = LanguageClient("viva-tests", "1")
        # lsprotocol reads any code action that has a `command` as a bare Command (its
        # `command` field then holds the repr of a dict); tell them apart by that field.
        self.client.protocol._converter.register_structure_hook(
            Union[types.Command, types.CodeAction],  # noqa: UP007 -- lsprotocol's own key
            _command_or_code_action)
        self.diagnostics: dict[str, list[types.Diagnostic]] = {}
        self.messages: list[types.ShowMessageParams] = []
        self.log_messages: list[types.LogMessageParams] = []
        self.texts: dict[str, str] = {}
        self._versions: dict[str, int] = {}
        self._stderr: asyncio.Task[None] | None = None

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(params: types.PublishDiagnosticsParams) -> None:
            self.diagnostics[params.uri] = list(params.diagnostics)

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def shown(params: types.ShowMessageParams) -> None:
            self.messages.append(params)

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def logged(params: types.LogMessageParams) -> None:
            self.log_messages.append(params)

    def uri(self, rel: str) -> str:
        return (self.root / rel).as_uri()

    async def start(self) -> Editor:
        await self.client.start_io(sys.executable, "-m", "viva", "lsp", "--invite", self.invite,
                                   cwd=str(self.root))
        self._stderr = asyncio.create_task(self._copy_stderr(self._open_log()))
        caps = types.ClientCapabilities(workspace=types.WorkspaceClientCapabilities(
            file_operations=types.FileOperationClientCapabilities(did_rename=True, did_delete=True)))
        result = await self.client.initialize_async(types.InitializeParams(
            capabilities=caps, root_uri=self.root.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=self.root.as_uri(), name="task")]))
        self.capabilities = result.capabilities
        self.client.initialized(types.InitializedParams())
        return self

    def _open_log(self) -> Any:
        return open(self.log, "ab")

    async def _copy_stderr(self, out: Any) -> None:
        proc = self.client._server
        assert proc is not None and proc.stderr is not None
        with out:
            while chunk := await proc.stderr.read(4096):
                out.write(chunk)
                out.flush()

    def open(self, rel: str, text: str, language: str = "python") -> str:
        uri = self.uri(rel)
        self.texts[uri] = text
        self._versions[uri] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1, text=text)))
        return uri

    def edit(self, uri: str, start: tuple[int, int], end: tuple[int, int], new: str) -> None:
        """An incremental change: replace `start`..`end` (line, character) with `new`."""
        lines = [*self.texts[uri].splitlines(keepends=True), ""]

        def offset(lc: tuple[int, int]) -> int:
            return sum(len(x) for x in lines[:lc[0]]) + lc[1]

        text = self.texts[uri]
        self.texts[uri] = text[:offset(start)] + new + text[offset(end):]
        self._versions[uri] += 1
        rng = types.Range(start=types.Position(*start), end=types.Position(*end))
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=self._versions[uri]),
            content_changes=[types.TextDocumentContentChangePartial(range=rng, text=new)]))

    def type_text(self, uri: str, text: str) -> None:
        """Type `text` at the end of the document, one keystroke per change."""
        for ch in text:
            lines = self.texts[uri].split("\n")
            end = (len(lines) - 1, len(lines[-1]))
            self.edit(uri, end, end, ch)

    def save(self, uri: str) -> None:
        (self.root / Path(uri.removeprefix(self.root.as_uri() + "/"))).write_text(self.texts[uri])
        self.client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))

    def close(self, uri: str) -> None:
        self.client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))

    def shown(self, needle: str, kind: types.MessageType | None = None) -> list[str]:
        return [m.message for m in self.messages
                if needle in m.message and (kind is None or m.type == kind)]

    async def stop(self) -> int | None:
        proc = self.client._server
        if proc is not None and proc.returncode is None:
            try:
                await asyncio.wait_for(self.client.shutdown_async(None), 10)
                self.client.exit(None)
                await asyncio.wait_for(proc.wait(), 10)
            except (TimeoutError, RuntimeError, ConnectionError):
                proc.kill()
                await proc.wait()
        await self.client.stop()
        if self._stderr is not None:
            await asyncio.wait([self._stderr], timeout=5)
        return proc.returncode if proc is not None else None
