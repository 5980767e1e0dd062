"""Test runs inside the editor: `viva.runTests`, failing tests as Error diagnostics at their
line, a summary as `window/showMessage`, cleared by the next passing run."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from lsp_harness import eventually, invite_for, nvim_script, run_nvim
from lsprotocol import types
from test_lsp_questions import QUESTION, connected_editor, publish

pytestmark = pytest.mark.slow

TESTS = "from app import seen\n\n\ndef test_seen_is_a_set():\n    assert isinstance(seen, set)\n"

FAILED: dict[str, Any] = {
    "run_id": 4, "trigger": "candidate", "status": "failed", "passed": 1, "failed": 2,
    "errors": 0, "duration_ms": 900, "output_tail": "2 failed, 1 passed",
    "cases": [
        {"name": "test_seen_is_a_set", "outcome": "failed", "path": "test_app.py", "line": 4,
         "message": "AssertionError: assert False"},
        {"name": "test_reads_stdin", "outcome": "passed", "message": "", "path": "test_app.py",
         "line": 1},
        {"name": "test_module_imports", "outcome": "error", "path": "app.py",
         "message": "ImportError: no module named sys2"},
    ],
}


def _tests_only(diagnostics: list[types.Diagnostic] | None) -> list[types.Diagnostic]:
    return [d for d in diagnostics or [] if d.source == "viva tests"]


async def test_run_tests_is_a_workspace_command_that_answers_sent(sqlite_api, start_editor):
    """`viva.runTests` is advertised, and executing it sends the request."""
    session = await sqlite_api.create_session()
    editor, _uri = await connected_editor(sqlite_api, session, start_editor)
    assert "viva.runTests" in editor.capabilities.execute_command_provider.commands
    result = await editor.client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="viva.runTests", arguments=[]))
    assert result == {"sent": True}
    await eventually(lambda: editor.shown("viva: running the tests", types.MessageType.Info),
                     what="the running message")


async def test_failing_tests_are_errors_at_their_line_and_a_passing_run_clears_them(
        sqlite_api, start_editor):
    """Failures at path:line (line 1 without one) beside the questions; passing clears them."""
    session = await sqlite_api.create_session()
    editor, app_uri = await connected_editor(sqlite_api, session, start_editor)
    tests_uri = editor.open("test_app.py", TESTS)
    await publish(sqlite_api, session, "question", QUESTION)
    await eventually(lambda: editor.diagnostics.get(app_uri), what="the question")

    await publish(sqlite_api, session, "test_result", FAILED)
    [failed] = await eventually(lambda: _tests_only(editor.diagnostics.get(tests_uri)),
                                what="the failing test's diagnostic")
    assert failed.severity == types.DiagnosticSeverity.Error
    assert failed.range.start.line == 3 and failed.range.end.character == len(
        "def test_seen_is_a_set():")
    assert failed.message == "test_seen_is_a_set failed: AssertionError: assert False"
    assert failed.code == "test_seen_is_a_set"
    [errored] = await eventually(lambda: _tests_only(editor.diagnostics.get(app_uri)),
                                 what="the erroring test's diagnostic")
    assert errored.range.start.line == 0  # no line named: the file's first line
    assert errored.message.startswith("test_module_imports errored: ImportError")
    questions = [d for d in editor.diagnostics[app_uri] if d.source == "viva"]
    assert len(questions) == 1 and questions[0].code == 41  # the question is still shown
    await eventually(lambda: editor.shown(
        "viva: 1/3 tests passed; failing: test_seen_is_a_set, test_module_imports",
        types.MessageType.Warning), what="the summary")

    passed = {**FAILED, "run_id": 5, "trigger": "proctor", "status": "passed", "passed": 3,
              "failed": 0, "errors": 0,
              "cases": [{**c, "outcome": "passed", "message": ""} for c in FAILED["cases"]]}
    await publish(sqlite_api, session, "test_result", passed)
    await eventually(lambda: not _tests_only(editor.diagnostics.get(tests_uri))
                     and not _tests_only(editor.diagnostics.get(app_uri)),
                     what="the failures to clear")
    assert [d.code for d in editor.diagnostics[app_uri]] == [41]
    await eventually(lambda: editor.shown("viva: the proctor ran your tests: 3/3 tests passed",
                                          types.MessageType.Info), what="the passing summary")


async def test_a_timed_out_run_says_so_and_leaves_the_failures_shown(sqlite_api, start_editor):
    """A timeout says nothing about the tests: the failures stay, the summary says why."""
    session = await sqlite_api.create_session()
    editor, _app_uri = await connected_editor(sqlite_api, session, start_editor)
    tests_uri = editor.open("test_app.py", TESTS)
    await publish(sqlite_api, session, "test_result", FAILED)
    await eventually(lambda: _tests_only(editor.diagnostics.get(tests_uri)), what="the failure")
    await publish(sqlite_api, session, "test_result", {
        "run_id": 6, "trigger": "candidate", "status": "timeout", "passed": 0, "failed": 0,
        "errors": 0, "duration_ms": 30000, "cases": [], "output_tail": ""})
    await eventually(lambda: editor.shown("viva: the tests took too long and were stopped",
                                          types.MessageType.Warning), what="the timeout")
    assert len(_tests_only(editor.diagnostics.get(tests_uri))) == 1


async def test_run_tests_runs_the_real_tests_on_the_unsaved_buffer(sqlite_api, start_editor,
                                                                   tmp_path):
    """An unsaved bug in calc.py, `viva.runTests`: the pack's test fails at its line, in bwrap."""
    from tests.support.testruns import PACK, load_pack

    await load_pack(sqlite_api)
    session = await sqlite_api.create_session(assessment="sandbox-calc")
    root = tmp_path / "task"
    root.mkdir()
    starter = PACK["task"]["files"]
    for path, text in starter.items():
        (root / path).write_text(text)
    editor = await start_editor(invite_for(sqlite_api, session), root)
    calc = editor.open("calc.py", starter["calc.py"])
    editor.edit(calc, (1, 13), (1, 14), "-")  # `a + b` becomes `a - b`, not saved
    deadline = time.monotonic() + 15
    while "a - b" not in (await sqlite_api.files(session["session_id"])).get("calc.py", ""):
        assert time.monotonic() < deadline, "the bridge never connected"
        await asyncio.sleep(0.05)
    result = await editor.client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="viva.runTests", arguments=[]))
    assert result == {"sent": True}

    test_uri = editor.uri("test_calc.py")
    [failed] = await eventually(lambda: _tests_only(editor.diagnostics.get(test_uri)),
                                timeout=30, what="test_add's failure")
    assert failed.range.start.line == 3  # `def test_add():`, 1-based line 4
    assert failed.message.startswith("test_add failed:") and "assert -1 == 5" in failed.message
    await eventually(lambda: editor.shown("viva: 0/1 test passed; failing: test_add",
                                          types.MessageType.Warning), what="the summary")
    assert not any("secret_cases" in m.message or "negative" in m.message
                   for m in editor.messages)  # hidden tests never reach the editor

    editor.edit(calc, (1, 13), (1, 14), "+")
    await editor.client.workspace_execute_command_async(types.ExecuteCommandParams(
        command="viva.runTests", arguments=[]))
    # (a question about the failure may stay there: only the test's own diagnostic clears)
    await eventually(lambda: _tests_only(editor.diagnostics.get(test_uri)) == [], timeout=30,
                     what="the failure to clear")
    await eventually(lambda: editor.shown("viva: 1/1 test passed", types.MessageType.Info),
                     what="the passing summary")


NVIM_INIT = nvim_script("calc.py", r"""
    vim.api.nvim_buf_set_lines(buf, 1, 2, false, { "    return a - b" })  -- typed, not saved
    assert(loadstring(vim.env.VIVA_SNIPPET))()  -- the snippet of docs/editors.md, as written
    vim.cmd("VivaTests")
    local function failures()
      local found = {}
      for _, d in ipairs(vim.diagnostic.get()) do
        if d.source == "viva tests" then table.insert(found, d) end
      end
      return found
    end
    assert(vim.wait(60000, function() return #failures() > 0 end, 50),
           "no failing test arrived as a diagnostic")
    for _, d in ipairs(failures()) do
      table.insert(report.diagnostics, { file = vim.api.nvim_buf_get_name(d.bufnr),
                                         lnum = d.lnum, severity = d.severity,
                                         message = d.message })
    end
    assert(vim.wait(10000, function()
      for _, m in ipairs(report.messages) do
        if m:find(" passed", 1, true) then return true end
      end
      return false
    end, 20), "no summary arrived")
""")


def _neovim_snippet() -> str:
    """The Lua block under "Running the tests from Neovim" in docs/editors.md."""
    from lsp_harness import REPO

    text = (REPO / "docs" / "editors.md").read_text()
    section = text.split("### Running the tests from Neovim", 1)[1]
    return section.split("```lua\n", 1)[1].split("```", 1)[0]


async def test_neovim_runs_the_tests_with_the_documented_command_and_shows_the_failure(
        sqlite_api, tmp_path):
    """Neovim 0.7+ with docs/editors.md's `:VivaTests`: the failing test lands in
    `vim.diagnostic.get()` at its line, the summary as a message."""
    from tests.support.testruns import PACK, load_pack

    await load_pack(sqlite_api)
    session = await sqlite_api.create_session(assessment="sandbox-calc")
    root = tmp_path / "task"
    root.mkdir()
    for path, text in PACK["task"]["files"].items():
        (root / path).write_text(text)
    report = await run_nvim(NVIM_INIT, root, tmp_path, 120,
                            VIVA_INVITE=invite_for(sqlite_api, session),
                            VIVA_SNIPPET=_neovim_snippet())
    assert report.get("error") is None, report
    [failure] = report["diagnostics"]
    assert failure["file"] == str(root / "test_calc.py") and failure["lnum"] == 3
    assert failure["severity"] == 1  # vim.diagnostic.severity.ERROR
    assert failure["message"].startswith("test_add failed:")
    assert any("viva: 0/1 test passed; failing: test_add" in m for m in report["messages"])
