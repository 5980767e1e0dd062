"""Results a candidate cannot forge and hidden tests that never leak (issue 23), each attack in
its own test over real sockets, real bubblewrap and real PostgreSQL.

The pack here has a visible pytest file, a hidden one, and `[[tests.cases]]` judged by the
server. Every attack's candidate code gets `add` wrong: a run it reports as passed is forged.
"""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import tempfile
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Api, drop_pg_database, make_settings, new_pg_database
from tests.support.testruns import COMMAND, candidate, load_pack, recv, update

pytestmark = pytest.mark.slow

PACK: dict[str, Any] = {
    "slug": "verdict-calc",
    "title": "Calculator with server-judged cases",
    "time_limit_minutes": 30,
    "task": {
        "description": "Make `add` add.",
        "main_file": "calc.py",
        "files": {
            "calc.py": "def add(a, b):\n    raise NotImplementedError\n",
            "test_calc.py": "from calc import add\n\n\ndef test_add():\n    assert add(2, 3) == 5\n",
        },
    },
    "tests": {
        "command": COMMAND,
        "timeout_seconds": 30,
        "hidden_files": {
            "test_secret_cases.py": "from calc import add\n\n\ndef test_add_negative_numbers():\n"
                                    "    assert add(-20231, -3) == -20234\n",
        },
        "cases": [
            {"name": "visible sum", "call": "add(1, 1)", "expected": 2, "hidden": False},
            {"name": "secret_cases negative sum", "call": "add(-20231, -3)", "expected": -20234},
            {"name": "secret_cases float sum", "call": "add(0.1, 0.2)", "checker": "isclose(result, 0.3)"},
        ],
        "reference_files": {"calc.py": "def add(a, b):\n    return a + b\n"},
    },
}

SECRETS = ("secret_cases", "20231", "test_add_negative_numbers", "-20234")
"""What of the hidden part a candidate must never read: file, input, name, expected value."""

WRONG = "def add(a, b):\n    return a - b\n"
RIGHT = "def add(a, b):\n    return a + b\n"

FORGE_JUNIT = '''
import ast, atexit, os, sys
def _forge():
    path = [a.split("=", 1)[1] for a in sys.argv if a.startswith("--junitxml=")]
    if not path:
        return
    cases = []
    for name in sorted(os.listdir(".")):
        if name.startswith("test_") and name.endswith(".py"):
            for node in ast.parse(open(name).read()).body:
                if isinstance(node, ast.FunctionDef) and node.name.startswith("test"):
                    cases.append('<testcase classname="%s" name="%s" file="%s" line="1"/>'
                                 % (name[:-3], node.name, name))
    with open(path[0], "w") as fh:
        fh.write('<testsuite name="pytest">%s</testsuite>' % "".join(cases))
    os._exit(0)
_forge()
'''
"""Candidate code that, on import, writes a report where every pack test passes, then exits 0."""


@pytest.fixture
async def vapi(aiohttp_client: Any, tmp_path: Path) -> AsyncIterator[Api]:
    """The real app on PostgreSQL with the pack above."""
    from server.app import create_app

    url = await new_pg_database()
    settings = make_settings(url, tmp_path, VIVA_TEST_TIMEOUT=30, VIVA_TEST_MEMORY_MB=256)
    client = await aiohttp_client(create_app(settings, connection="pg", announce=False))
    api = Api(client, settings)
    await load_pack(api, PACK)
    yield api
    await client.close()
    await drop_pg_database(url)


async def staff_run(api: Api, sid: int) -> dict[str, Any]:
    """Start a proctor's run over REST and wait for its staff view."""
    resp = await api.client.post(f"/sessions/{sid}/test-runs", headers=api.auth())
    assert resp.status == 202, await resp.text()
    run_id = (await resp.json())["run_id"]
    for _ in range(900):
        runs = (await (await api.client.get(f"/sessions/{sid}/test-runs", headers=api.auth())).json())["runs"]
        run = next(r for r in runs if r["run_id"] == run_id)
        if run["status"] != "running":
            return dict(run)
        await asyncio.sleep(0.1)
    raise AssertionError("the run did not finish")


def by_name(run: dict[str, Any]) -> dict[str, str]:
    return {c["name"]: c["outcome"] for c in run["cases"]}


async def test_a_conftest_that_exits_at_once_cannot_make_a_staff_run_pass(vapi: Api) -> None:
    ana = await candidate(vapi, slug="verdict-calc")
    await ana.write("calc.py", WRONG)
    await ana.write("conftest.py", "import os\nos._exit(0)\n")
    run = await staff_run(vapi, ana.id)
    assert run["status"] == "failed", run
    assert by_name(run)["secret_cases negative sum"] == "failed"
    assert by_name(run)["test_add_negative_numbers"] == "failed"  # the conftest was not loaded
    await ana.ws.close()


async def test_a_makereport_hook_cannot_turn_failures_into_passes(vapi: Api) -> None:
    ana = await candidate(vapi, slug="verdict-calc")
    await ana.write("calc.py", "def add(a, b):\n    raise NotImplementedError\n")
    await ana.write("conftest.py", (
        "import pytest\n\n\n@pytest.hookimpl(hookwrapper=True)\ndef pytest_runtest_makereport(item, call):\n"
        "    outcome = yield\n    report = outcome.get_result()\n    report.outcome = 'passed'\n"))
    await ana.write("pytest.ini", "[pytest]\naddopts = -p conftest\n")
    run = await staff_run(vapi, ana.id)
    assert run["status"] in ("failed", "error"), run
    assert run["passed"] == 0 and run["hidden_passed"] == 0, run
    await ana.ws.close()


async def test_a_report_forged_by_candidate_code_is_outvoted_by_the_servers_cases(vapi: Api) -> None:
    ana = await candidate(vapi, slug="verdict-calc")
    await ana.write("calc.py", WRONG + FORGE_JUNIT)
    run = await staff_run(vapi, ana.id)
    outcomes = by_name(run)
    # the forged report names exactly the pack's tests: pytest's verdicts are the forger's...
    assert outcomes["test_add"] == "passed" and outcomes["test_add_negative_numbers"] == "passed"
    assert run["influenced"] is True
    # ...but the verdicts the server decides are not, and they decide the run
    assert outcomes["secret_cases negative sum"] == "failed" and outcomes["visible sum"] == "failed"
    assert run["status"] == "failed"
    judged = {c["name"]: c["judge"] for c in run["cases"]}
    assert judged["secret_cases negative sum"] == "server" and judged["test_add"] == "pytest"
    await ana.ws.close()


async def test_the_right_code_passes_the_servers_cases(vapi: Api) -> None:
    ana = await candidate(vapi, slug="verdict-calc")
    await ana.write("calc.py", RIGHT)
    run = await staff_run(vapi, ana.id)
    assert run["status"] == "passed", run
    assert run["hidden_passed"] == run["hidden_total"] == 3  # one hidden pytest test, two cases
    await ana.ws.close()


async def test_an_oversized_report_with_exit_status_0_is_an_error(vapi: Api) -> None:
    ana = await candidate(vapi, slug="verdict-calc")
    big = ("import sys\npath = [a.split('=', 1)[1] for a in sys.argv if a.startswith('--junitxml=')]\n"
           "if path:\n    open(path[0], 'w').write('<testsuite name=\"pytest\">' + ' ' * 5_000_000 + "
           "'</testsuite>')\n    import os\n    os._exit(0)\n")
    await ana.write("calc.py", RIGHT + big)
    _, result = await ana.run_tests(timeout=90)
    assert result["status"] == "error" and "report" in result["reason"], result
    await ana.ws.close()


async def test_100000_forged_cases_are_refused_not_stored(vapi: Api) -> None:
    ana = await candidate(vapi, slug="verdict-calc")
    flood = ("import sys, os\npath = [a.split('=', 1)[1] for a in sys.argv if a.startswith('--junitxml=')]\n"
             "if path:\n    open(path[0], 'w').write('<testsuite name=\"pytest\">' + "
             "''.join('<testcase name=\"t%d\" file=\"x.py\"/>' % i for i in range(100000)) + '</testsuite>')\n"
             "    os._exit(0)\n")
    await ana.write("calc.py", RIGHT + flood)
    _, result = await ana.run_tests(timeout=90)
    assert result["status"] == "error" and "100000 tests" in result["reason"], result
    assert len(json.dumps(result)) < 20_000
    await ana.ws.close()


async def test_nothing_of_a_staff_or_final_run_reaches_the_candidate(vapi: Api) -> None:
    """Candidate code that reads every file it can and forges cases carrying them, in a proctor's
    run and at the finish: nothing hidden in its socket, its runs, or its report."""
    ana = await candidate(vapi, slug="verdict-calc")
    exfiltrate = (
        "import os, sys, glob\nstolen = ''.join(open(p).read() for p in glob.glob('*.py'))\n"
        "print(stolen)\nprint(' '.join(sys.argv), file=sys.stderr)\n"
        "path = [a.split('=', 1)[1] for a in sys.argv if a.startswith('--junitxml=')]\n"
        "if path:\n    from xml.sax.saxutils import quoteattr\n"
        "    open(path[0], 'w').write('<testsuite name=\"pytest\"><testcase name=\"test_add\" file=\"test_calc.py\">'"
        " + '<failure message=' + quoteattr(stolen) + '/></testcase></testsuite>')\n    os._exit(0)\n")
    await ana.write("calc.py", WRONG + exfiltrate)
    staff = await staff_run(vapi, ana.id)
    assert any(s in json.dumps(staff) for s in SECRETS)  # staff do see the hidden part
    told = (await recv(ana.ws, "test_result"))["data"]
    cand = {"Authorization": f"Bearer {ana.session['candidate_token']}"}
    resp = await vapi.client.post(f"/sessions/{ana.id}/finish", headers=cand)
    assert resp.status == 200, await resp.text()
    runs = await (await vapi.client.get(f"/sessions/{ana.id}/test-runs", headers=cand)).json()
    seen = [json.dumps(told), json.dumps(runs)]
    for fmt in ("json", "md", "html"):
        resp = await vapi.client.get(f"/sessions/{ana.id}/report/?format={fmt}", headers=cand)
        assert resp.status == 200
        seen.append(await resp.text())
    for text in seen:
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} reached the candidate"
    staff_md = await (await vapi.client.get(f"/sessions/{ana.id}/report/?format=md", headers=vapi.auth())).text()
    assert "secret\\_cases negative sum" in staff_md or "secret_cases negative sum" in staff_md
    await ana.ws.close()


async def test_a_path_in_a_visible_test_files_way_is_refused_and_a_hidden_ones_tells_nothing(
        vapi: Api) -> None:
    """Refusing a hidden file's path would confirm a guess of it: such paths are stored like any
    other (a run puts the pack's file back, below); only what blocks a visible test is refused."""
    ana = await candidate(vapi, slug="verdict-calc")
    await ana.ws.send_json(update("test_calc.py/x", 1, "x = 1\n"))
    error = (await recv(ana.ws, "error"))["data"]
    assert error["code"] == "invalid_field" and error["path"] == "test_calc.py/x"
    ana.seq = 1
    for path in ("test_secret_cases.py/x", "test_secret_cases.py", "test_not_in_the_pack.py"):
        await ana.write(path, "x = 1\n")  # acked alike, hidden or not
    await ana.write("test_calc.py", "def test_mine():\n    pass\n")  # editing a visible test is fine
    await ana.ws.close()


async def test_a_directory_in_the_way_of_a_hidden_file_does_not_stop_the_hidden_tests() -> None:
    """Stored before the check existed (or by any other way in): the run puts the pack's file back."""
    from server.packs.model import Pack
    from server.testruns.runner import limits_for, run_tests_in_sandbox
    from server.testruns.sandbox import make_executor

    executor, why = make_executor("auto")
    assert executor is not None, why
    pack = Pack.model_validate(PACK)
    assert pack.tests is not None and pack.task is not None
    files = {**pack.task.files, "calc.py": RIGHT, "test_secret_cases.py/x": "1\n",
             "test_calc.py/y/z": "2\n"}
    outcome = await run_tests_in_sandbox(executor, files, pack.tests, limits_for(
        pack.tests, timeout=60, memory_mb=256), include_hidden=True, starter=pack.task.files,
        main_file="calc.py")
    assert outcome.status == "passed", (outcome.reason, outcome.cases)
    assert {c["name"] for c in outcome.cases} >= {"test_add", "test_add_negative_numbers"}


async def test_a_run_left_by_a_dead_server_is_ended_at_start_and_never_blocks(vapi: Api) -> None:
    import socket

    from server.keys import TESTS
    from server.storage.models import TestRun

    ana = await candidate(vapi, slug="verdict-calc")
    dead = await asyncio.create_subprocess_exec("true")
    await dead.wait()
    host = socket.gethostname()[:60]
    now = datetime.now(UTC)
    lost = await TestRun.create(session_id=ana.id, trigger="proctor", status="running", include_hidden=True,
                                started_at=now, owner=f"{host}:{dead.pid}:abcd", heartbeat_at=now)
    leftover = Path(tempfile.mkdtemp(prefix=f"viva-run-{dead.pid}-"))
    (leftover / "calc.py").write_text("x\n")
    other = await candidate(vapi, slug="verdict-calc", name="bo")
    alive = await TestRun.create(session_id=other.id, trigger="proctor", status="running",
                                 include_hidden=True, started_at=now, owner="elsewhere:1:beef", heartbeat_at=now)
    ended = await vapi.client.app[TESTS].recover()
    assert ended == 1
    assert (await TestRun.get(id=lost.id)).status == "error"
    assert (await TestRun.get(id=alive.id)).status == "running"  # another live server's
    assert not leftover.exists()
    # a run whose owner stopped renewing its lease does not hold up a new one for minutes
    await TestRun.filter(id=alive.id).update(heartbeat_at=datetime(2020, 1, 1, tzinfo=UTC))
    resp = await vapi.client.post(f"/sessions/{other.id}/test-runs", headers=vapi.auth())
    assert resp.status == 202 and (await resp.json())["run_id"] != alive.id
    await ana.ws.close()
    await other.ws.close()


async def test_terminal_escapes_and_html_in_test_names_are_inert_in_the_report(vapi: Api) -> None:
    ana = await candidate(vapi, slug="verdict-calc")
    await ana.write("calc.py", RIGHT)
    await ana.write("test_mine.py", (
        "import pytest\n\n\n@pytest.mark.parametrize('x', ['\\x1b]0;pwned\\x07\\x1b[2J<img src=x onerror=alert(1)>'])\n"
        "def test_spoof(x):\n    assert False, x\n"))
    await staff_run(vapi, ana.id)
    resp = await vapi.client.post(f"/sessions/{ana.id}/generate-report", headers=vapi.auth())
    assert resp.status == 200
    for fmt, start in (("md", "\n## Tests"), ("html", '<section id="tests">')):
        text = await (await vapi.client.get(f"/sessions/{ana.id}/report/?format={fmt}", headers=vapi.auth())).text()
        assert "\x1b" not in text and "\x07" not in text
        section = text[text.index(start):]
        assert "<img" not in section and "pwned" in section
    await ana.ws.close()


async def test_a_stdin_case_feeds_the_program_and_compares_its_exact_output() -> None:
    from server.packs.model import Pack
    from server.testruns.runner import limits_for, run_tests_in_sandbox
    from server.testruns.sandbox import make_executor

    executor, why = make_executor("auto")
    assert executor is not None, why
    pack = Pack.model_validate({**PACK, "tests": {
        "program": "python calc.py",
        "cases": [{"name": "sums stdin", "stdin": "2 3\n", "expected": "5\n"},
                  {"name": "sums big", "stdin": "20 30\n", "checker": "int(result) == 50"}]}})
    assert pack.tests is not None
    main = RIGHT + "\nif __name__ == '__main__':\n    import sys\n    print(add(*map(int, sys.stdin.read().split())))\n"
    outcome = await run_tests_in_sandbox(executor, {"calc.py": main}, pack.tests,
                                         limits_for(pack.tests, timeout=60, memory_mb=256), include_hidden=True)
    assert by_name({"cases": outcome.cases}) == {"sums stdin": "passed", "sums big": "passed"}
    wrong = main.replace("add(*", "print('5') or add(*")
    outcome = await run_tests_in_sandbox(executor, {"calc.py": wrong}, pack.tests,
                                         limits_for(pack.tests, timeout=60, memory_mb=256), include_hidden=True)
    assert by_name({"cases": outcome.cases})["sums stdin"] == "failed"


async def test_candidate_code_cannot_forge_the_drivers_result_lines() -> None:
    """Printing result lines, writing them to every descriptor of every process it can open, and
    trying to read the driver's memory: the wrong answer still fails."""
    from server.packs.model import Pack
    from server.testruns.runner import limits_for, run_tests_in_sandbox
    from server.testruns.sandbox import make_executor

    executor, why = make_executor("auto")
    assert executor is not None, why
    pack = Pack.model_validate(PACK)
    assert pack.tests is not None
    forger = WRONG + '''
import os, json, glob
line = "0" * 64 + " 1 call " + json.dumps(json.dumps({"ok": True, "value": -20234})) + "\\n"
print(line * 50)
stolen = []
for fd in glob.glob("/proc/[0-9]*/fd/*"):
    try:
        with open(fd, "w") as fh:
            fh.write(line * 50)
    except OSError:
        pass
for mem in glob.glob("/proc/[0-9]*/environ") + glob.glob("/proc/[0-9]*/mem"):
    try:
        stolen.append(open(mem, "rb").read(100))
    except OSError:
        pass
open("/tmp/stolen", "w").write(repr(stolen))
'''
    outcome = await run_tests_in_sandbox(executor, {"calc.py": forger}, pack.tests,
                                         limits_for(pack.tests, timeout=60, memory_mb=256), include_hidden=True,
                                         main_file="calc.py")
    outcomes = by_name({"cases": outcome.cases})
    assert outcomes["secret_cases negative sum"] in ("failed", "error"), outcome.cases
    assert outcomes["visible sum"] in ("failed", "error") and outcome.status != "passed"


def test_a_venv_under_tmp_is_the_interpreter_the_sandbox_uses(tmp_path: Path) -> None:
    """The sandbox's own /tmp is a fresh tmpfs: a venv under the host's /tmp must still be there."""
    from server.testruns.sandbox import BwrapExecutor, SandboxLimits

    venv = Path(tempfile.mkdtemp(prefix="viva-venv-", dir="/tmp"))
    try:
        venv.chmod(0o755)
        subprocess.run(["python3", "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
        import shutil

        bwrap = shutil.which("bwrap")
        assert bwrap is not None
        executor = BwrapExecutor(bwrap, extra_ro=[venv])
        work = tmp_path / "w"
        work.mkdir()
        result = asyncio.run(executor.run(work, f"{venv}/bin/python -c 'import sys; print(sys.prefix)'",
                                          SandboxLimits(wall_seconds=60)))
        assert result.exit_code == 0, result.output
        assert result.output.decode().strip() == str(venv)
    finally:
        import shutil

        shutil.rmtree(venv, ignore_errors=True)
    assert os.path.exists("/tmp")


async def test_memory_and_disk_are_bounded_for_the_whole_run(tmp_path: Path) -> None:
    """Ten children of 200 MB under a 256 MB run, and 20 files of 16 MB in a 64 MB run directory."""
    from server.testruns.sandbox import SandboxLimits, make_executor, run_directory

    executor, why = make_executor("auto")
    assert executor is not None, why
    if executor.cgroup_reason:  # type: ignore[attr-defined]
        pytest.skip(f"no cgroup here: {executor.cgroup_reason}")  # type: ignore[attr-defined]
    # each child holds its 200 MB until all ten have theirs (or were killed trying)
    children = ("python -c \"import os, time\npids = []\nfor i in range(10):\n    pid = os.fork()\n"
                "    if pid == 0:\n        b = bytearray(200 * 1024 * 1024)\n        time.sleep(8)\n"
                "        os._exit(0)\n    pids.append(pid)\n"
                "print('survived', sum(os.waitpid(p, 0)[1] == 0 for p in pids))\"")
    async with run_directory(64) as top:
        work = top / "w"
        work.mkdir()
        result = await executor.run(work, children, SandboxLimits(wall_seconds=60, memory_mb=256))
        assert result.memory_exceeded, result
        survived = int(result.output.decode().split("survived")[-1].split()[0]) if b"survived" in result.output else 0
        assert survived < 10
        files = "for i in $(seq 1 20); do head -c 16000000 /dev/zero > f$i 2>/dev/null; done; du -sm . | cut -f1"
        result = await executor.run(work, files, SandboxLimits(wall_seconds=60))
        assert int(result.output.decode().split()[-1]) <= 64


async def test_a_driver_that_never_runs_says_so_in_the_runs_reason(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """When no case reports anything (here the driver's interpreter is missing), every case fails
    and the run's reason says the case driver ended before any result, with its own error."""
    import sys

    from server.packs.model import Pack
    from server.testruns.runner import limits_for, run_tests_in_sandbox
    from server.testruns.sandbox import make_executor

    executor, why = make_executor("auto")
    assert executor is not None, why
    pack = Pack.model_validate(PACK)
    assert pack.tests is not None
    monkeypatch.setattr(sys, "executable", "/nonexistent/python3")
    outcome = await run_tests_in_sandbox(executor, {"calc.py": RIGHT}, pack.tests,
                                         limits_for(pack.tests, timeout=60, memory_mb=256),
                                         include_hidden=True, main_file="calc.py")
    server_judged = [c for c in outcome.cases if c.get("judge") == "server"]
    assert server_judged and all(c["outcome"] == "failed" for c in server_judged)
    assert "the case driver ended (exit 127) before any" in outcome.reason, outcome.reason
    assert "/nonexistent/python3" in outcome.reason
