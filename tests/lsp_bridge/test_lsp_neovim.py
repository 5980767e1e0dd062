"""Neovim's own LSP client (Debian's `neovim` package, headless) runs `viva lsp`: unsaved
typing reaches the server, the examiner's question shows in `vim.diagnostic.get()`, and
the answer sent with `viva.answer` comes back evaluated."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from lsp_harness import invite_for, nvim_script, run_nvim

pytestmark = pytest.mark.slow

PAIRS = ["def pairs(items):", "    out = []", "    for a in items:", "        for b in items:",
         "            if a < b:", "                out.append((a, b))", "    return out"]
ANSWER = ("It is O(n^2): the nested loops compare every pair of items, so ten times the input "
          "takes about a hundred times as long.")

# Works with Neovim 0.7 (Debian 12) and later: start_client + buf_attach_client.
INIT_LUA = nvim_script("pairs.py", r"""
    -- typed, never saved
    vim.api.nvim_buf_set_lines(buf, 0, -1, false, vim.fn.json_decode(vim.env.VIVA_LINES))
    assert(vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20),
           "no question arrived as a diagnostic")
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
      table.insert(report.diagnostics, { lnum = d.lnum, severity = d.severity,
                                         source = d.source, message = d.message, code = code })
    end
    local reply = client.request_sync("workspace/executeCommand", {
      command = "viva.answer", arguments = { report.diagnostics[1].code, vim.env.VIVA_ANSWER },
    }, 10000, buf)
    report.answer = reply and reply.result
    assert(vim.wait(30000, function()
      for _, m in ipairs(report.messages) do
        if m:find("scored", 1, true) then return true end
      end
      return false
    end, 20), "no evaluation arrived")
    report.diagnostics_after = #vim.diagnostic.get(buf)
""")


async def test_neovim_streams_unsaved_typing_shows_the_question_and_answers_it(eager_api, tmp_path):
    session = await eager_api.create_session()
    root = tmp_path / "task"
    root.mkdir()
    report = await run_nvim(INIT_LUA, root, tmp_path, 90,
                            VIVA_INVITE=invite_for(eager_api, session),
                            VIVA_LINES=json.dumps(PAIRS), VIVA_ANSWER=ANSWER)
    assert report.get("error") is None, report

    deadline = time.monotonic() + 10
    while (files := await eager_api.files(session["session_id"])) != {"pairs.py": "\n".join(PAIRS) + "\n"}:
        assert time.monotonic() < deadline, files
        await asyncio.sleep(0.05)
    assert not (root / "pairs.py").exists()  # never saved: the buffer counts

    resp = await eager_api.client.get(f"/sessions/{session['session_id']}/timeline",
                                      headers=eager_api.auth())
    events = (await resp.json())["events"]
    [asked] = [e for e in events if e["type"] == "question"]
    [diag] = report["diagnostics"]
    assert diag["code"] == asked["interaction_id"] and diag["lnum"] == asked["line"] - 1
    assert diag["source"] == "viva" and diag["severity"] == 3  # vim.diagnostic.severity.INFO
    assert asked["question"] in diag["message"]
    assert report["answer"] == {"interaction_id": asked["interaction_id"], "sent": True}
    assert any(f"answer to question {asked['interaction_id']} scored" in m for m in report["messages"])
    assert report["diagnostics_after"] == 0
