"""The sandbox and the JUnit reader on their own: limits the pytest layer hides, and reports
the candidate's code may have forged."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from server.testruns.junit import parse_junit, read_junit
from server.testruns.sandbox import Executor, SandboxLimits, make_executor

SMALL = SandboxLimits(wall_seconds=3, cpu_seconds=3, memory_mb=256, processes=32, output_bytes=200_000)


@pytest.fixture
def executor() -> Executor:
    ex, why = make_executor("bwrap")
    assert ex is not None, why
    return ex


def workdir(tmp_path: Path) -> Path:
    work = tmp_path / "run" / "work"
    work.mkdir(parents=True)
    return work


async def test_output_past_the_limit_is_cut_and_the_command_killed(executor: Executor, tmp_path: Path) -> None:
    result = await executor.run(workdir(tmp_path), "yes xxxxxxxxxxxxxxxx", SMALL)
    assert result.output_exceeded and result.exit_code is None
    assert len(result.output) <= 64 * 1024


async def test_a_sleeping_command_is_killed_at_the_wall_limit(executor: Executor, tmp_path: Path) -> None:
    result = await executor.run(workdir(tmp_path), "sleep 30", SandboxLimits(wall_seconds=0.5))
    assert result.timed_out and result.duration_ms < 3000


async def test_the_command_sees_a_fresh_root_and_no_network(executor: Executor, tmp_path: Path) -> None:
    result = await executor.run(workdir(tmp_path), "ls /; cat /proc/net/dev; id -u", SMALL)
    text = result.output.decode()
    assert result.exit_code == 0
    assert "home" not in text.split() and "var" not in text.split()
    assert "eth0" not in text  # only the loopback of its own network namespace
    if os.geteuid() == 0:
        assert text.split()[-1] != "0"  # dropped to an unprivileged uid


async def test_the_command_runs_at_idle_priority(executor: Executor, tmp_path: Path) -> None:
    """Candidate code gets only CPU the server does not want: SCHED_IDLE and niceness 15."""
    result = await executor.run(workdir(tmp_path), "chrt -p $$; nice", SMALL)
    text = result.output.decode()
    assert "SCHED_IDLE" in text and text.split()[-1] == "15", text


def test_make_executor_off_and_exposed_paths_refuse(tmp_path: Path) -> None:
    import sys

    assert make_executor("off")[0] is None
    ex, why = make_executor("auto", forbidden=[Path(sys.prefix) / "secret"])
    assert ex is None and "would expose" in why


def test_a_junit_report_gives_cases_with_one_based_lines() -> None:
    xml = (b'<testsuites><testsuite name="pytest"><testcase classname="t" name="test_a" file="t.py" line="3"/>'
           b'<testcase classname="t" name="test_b" file="t.py" line="7"><failure message="assert 1 == 2">x</failure>'
           b'</testcase><testcase classname="t" name="test_c"><skipped message="later"/></testcase>'
           b'</testsuite></testsuites>')
    cases = parse_junit(xml)
    assert cases is not None
    assert [(c.name, c.outcome, c.line) for c in cases] == [
        ("test_a", "passed", 4), ("test_b", "failed", 8), ("test_c", "skipped", None)]
    assert cases[1].message == "assert 1 == 2" and cases[2].path == "t.py"


def test_a_forged_report_is_not_followed_or_expanded(tmp_path: Path) -> None:
    link = tmp_path / "report.xml"
    link.symlink_to("/etc/hostname")
    assert read_junit(link) is None
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><testsuite>&a;</testsuite>'
    assert parse_junit(bomb) is None
    assert parse_junit(b"not xml") is None and parse_junit(b"<html/>") is None


@pytest.mark.slow
def test_assessment_check_runs_the_shipped_take_homes_tests(tmp_path: Path) -> None:
    import subprocess
    import sys

    from server.packs.loader import shipped_pack  # noqa: F401 - the pack must load at all

    pack = Path(__file__).resolve().parents[3] / "server" / "packs" / "data" / "python-takehome.toml"
    done = subprocess.run([sys.executable, "-m", "viva.cli", "assessment", "check", str(pack)], check=False,
                          capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "VIVA_DATA_DIR": str(tmp_path / ".viva")})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tests against the reference: passed (25 passed, 0 failed, 0 errors)" in done.stdout
    assert "tests against the starter code: failed (0 passed, 25 failed, 0 errors)" in done.stdout


async def test_check_reports_a_reference_that_fails(tmp_path: Path) -> None:
    from server.core.settings import Settings
    from server.packs.model import Pack
    from server.testruns.check import check_tests

    pack = Pack.model_validate({
        "slug": "broken", "title": "Broken", "time_limit_minutes": 5,
        "task": {"description": "d", "files": {"test_x.py": "from x import f\n\ndef test_f():\n    assert f() == 1\n"}},
        "tests": {"command": "python -m pytest -q -p no:cacheprovider -o junit_family=xunit1 --junitxml={junit}",
                  "timeout_seconds": 15, "reference_files": {"x.py": "def f():\n    return 2\n"}}})
    lines, ok = await check_tests(pack, Settings(_env_file=None, VIVA_DATA_DIR=str(tmp_path)))
    assert not ok
    assert lines[0].startswith("tests against the reference: failed (0 passed, 1 failed")
    assert any("test_f" in line and "assert 2 == 1" in line for line in lines)


_BURN = ("import time\n"
         "t = time.process_time()\n"
         "while time.process_time() - t < 0.3:\n"
         "    pass\n"
         "print('done')\n")


async def test_time_spent_waiting_for_a_cpu_does_not_count_against_the_wall_limit(
        executor: Executor, tmp_path: Path) -> None:
    """A run that needs 0.3 s of CPU, on a CPU that other work holds for 3 s, finishes past its
    2 s wall limit: the wall limit stretches by the time its process waited for the CPU. (Both
    are pinned to one CPU; the run has idle priority, so it runs only once the CPU is free.)"""
    import asyncio
    import sys
    work = workdir(tmp_path)
    (work / "burn.py").write_text(_BURN)
    cpu = min(os.sched_getaffinity(0))
    hog = await asyncio.create_subprocess_exec(
        "taskset", "-c", str(cpu), sys.executable, "-c",
        "import time\nt = time.time()\nwhile time.time() - t < 3:\n    pass\n")
    try:
        await asyncio.sleep(0.2)
        result = await executor.run(work, f"taskset -c {cpu} python3 burn.py",
                                    SandboxLimits(wall_seconds=2, cpu_seconds=5))
    finally:
        await hog.wait()
    assert not result.timed_out and result.exit_code == 0, result
    assert result.output.decode().strip() == "done"
    assert result.duration_ms > 2500  # it did wait, past the 2 s limit


def test_a_process_that_has_not_yet_had_a_cpu_counts_as_waiting() -> None:
    """The kernel adds a wait to /proc/<pid>/schedstat only once the process gets a CPU: one
    kept off its CPU since it started counts as waiting from what the samples see, and the one
    sleeping beside it does not."""
    import subprocess
    import sys
    import time

    from server.testruns.sandbox import _Waits
    cpu = str(min(os.sched_getaffinity(0)))
    hog = subprocess.Popen(["taskset", "-c", cpu, sys.executable, "-c", "while True: pass"])
    try:
        time.sleep(0.2)
        begun = time.monotonic()
        starved = subprocess.Popen(["taskset", "-c", cpu, "chrt", "--idle", "0",
                                    sys.executable, "-c", "while True: pass"])
        sleeper = subprocess.Popen(["sleep", "30"])
        try:
            alone = _Waits(lambda: [sleeper.pid])
            both = _Waits(lambda: [starved.pid, sleeper.pid])
            for _ in range(4):
                time.sleep(0.4)
                alone.sample()
                both.sample()
            lived = time.monotonic() - begun
            assert alone.seconds(lived) == 0.0
            # most of its life, and never more than all of it
            assert 0.6 * lived <= both.seconds(lived) <= lived
        finally:
            for proc in (starved, sleeper):
                proc.kill()
                proc.wait()
    finally:
        hog.kill()
        hog.wait()


async def test_a_sleeping_command_gets_no_more_time_for_its_sleep(executor: Executor,
                                                                   tmp_path: Path) -> None:
    """A command that sleeps waits for no CPU: its wall limit stays as it was."""
    result = await executor.run(workdir(tmp_path), "sleep 30", SandboxLimits(wall_seconds=1))
    assert result.timed_out and result.duration_ms < 2500


async def test_processes_of_one_run_waiting_for_each_other_get_no_more_time(
        executor: Executor, tmp_path: Path) -> None:
    """Busy processes of one run, more than the CPUs, wait for each other, not for other work:
    the run is stopped at its wall limit (or its CPU limit) as before."""
    n = 2 * len(os.sched_getaffinity(0)) + 2
    spin = "python3 -c 'while True: pass' & " * n + "wait"
    result = await executor.run(workdir(tmp_path), spin,
                                SandboxLimits(wall_seconds=1.5, cpu_seconds=30, processes=32))
    assert result.timed_out and result.duration_ms < 5000, result.duration_ms
