"""An edit typed in Neovim right before `:qa!` reaches the server: Neovim gives a language
server 500 ms between `shutdown` and killing it, and the bridge sends what is pending then."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from lsp_harness import invite_for, start_nvim

pytestmark = pytest.mark.slow

START = ["def total(items):", "    return sum(items)"]
EDITED = ["def total(items):", "    # typed just before quitting", "    return sum(items, 0)"]

# Open the file, wait for the test's go-ahead (the session has the file), edit, and quit
# VIVA_PAUSE ms later. Neovim sends `didChange` `debounce_text_changes` ms after an edit
# (150 by default) and drops a change still waiting for that when it quits, so an edit and
# an immediate quit reach the bridge only with that debounce off (docs/editors.md says so).
INIT_LUA = r"""
local root = vim.env.VIVA_ROOT
vim.schedule(function()
  local id = vim.lsp.start_client({
    name = "viva", root_dir = root,
    flags = { debounce_text_changes = tonumber(vim.env.VIVA_DEBOUNCE) },
    cmd = { vim.env.VIVA_PYTHON, "-m", "viva", "lsp", "--invite", vim.env.VIVA_INVITE },
  })
  vim.cmd("edit " .. root .. "/total.py")
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, id)
  vim.wait(60000, function() return vim.loop.fs_stat(vim.env.VIVA_GO) ~= nil end, 20)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, vim.fn.json_decode(vim.env.VIVA_LINES))
  vim.wait(tonumber(vim.env.VIVA_PAUSE))
  vim.cmd("qa!")
end)
"""


@pytest.mark.parametrize(("nvim_debounce", "pause"), [
    (0, 0),  # the configuration docs/editors.md gives: quit straight after the edit
    (150, 200),  # Neovim's default: its didChange goes out, then `:qa!` within the bridge's debounce
])
async def test_an_edit_followed_at_once_by_quitting_neovim_reaches_the_server(
        sqlite_api, tmp_path, nvim_debounce, pause):
    api = sqlite_api
    session = await api.create_session()
    sid = session["session_id"]
    root = tmp_path / "task"
    root.mkdir()
    (root / "total.py").write_text("\n".join(START) + "\n")
    go = tmp_path / "go"
    proc = await start_nvim(INIT_LUA, root, tmp_path, VIVA_GO=str(go),
                            VIVA_INVITE=invite_for(api, session), VIVA_LINES=json.dumps(EDITED),
                            VIVA_DEBOUNCE=str(nvim_debounce), VIVA_PAUSE=str(pause))
    try:
        deadline = time.monotonic() + 60
        while await api.files(sid) != {"total.py": "\n".join(START) + "\n"}:
            assert time.monotonic() < deadline, "the opened file never reached the server"
            await asyncio.sleep(0.05)
        go.touch()
        _, stderr = await asyncio.wait_for(proc.communicate(), 30)
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert proc.returncode == 0, stderr.decode(errors="replace")[-2000:]
    # Neovim has exited and killed the bridge: what the server has now is all it will get.
    await asyncio.sleep(0.5)
    assert await api.files(sid) == {"total.py": "\n".join(EDITED) + "\n"}
