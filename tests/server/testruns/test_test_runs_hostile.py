"""Hostile candidate code, each attack in its own test, over real sockets, bubblewrap and
PostgreSQL: contained, reported, the host unchanged, and another session acked normally."""

from __future__ import annotations

import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Api, drop_pg_database, make_settings, new_pg_database
from tests.support.testruns import (
    AckWatch,
    candidate,
    leftover_run_dirs,
    load_pack,
    sandbox_processes,
)

pytestmark = pytest.mark.slow


@pytest.fixture
async def tapi(aiohttp_client: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Api]:
    """The real app with small limits, a secret file and a SQLite file of its own on disk."""
    from server.app import create_app

    url = await new_pg_database()
    data = tmp_path / ".viva"
    data.mkdir()
    (data / "secret_key").write_text("host-secret-7f3a9")
    (data / "viva.db").write_bytes(b"SQLite format 3\x00host-db-9c2e1")
    monkeypatch.setenv("VIVA_HOST_CANARY", "host-env-5b8d2")
    settings = make_settings(url, tmp_path, VIVA_TEST_TIMEOUT=10, VIVA_TEST_MEMORY_MB=256)
    client = await aiohttp_client(create_app(settings, connection="pg", announce=False))
    api = Api(client, settings)
    await load_pack(api)
    yield api
    await client.close()
    await drop_pg_database(url)


async def attack(api: Api, code: str) -> dict[str, Any]:
    """Run `code` as the candidate's test file while another session writes; check the host after."""
    before = {p.name for p in Path(tempfile.gettempdir()).glob("viva-run-*")}
    ana = await candidate(api)
    watch = AckWatch(await candidate(api, name="bo"))
    await ana.write("test_attack.py", code)
    watch.start()
    _, result = await ana.run_tests()
    await watch.stop()
    watch.check()
    assert sandbox_processes() == [], "a sandboxed process outlived its run"
    assert leftover_run_dirs(before) == set(), "a run directory was left behind"
    assert len(result["output_tail"]) <= 4000
    await ana.ws.close()
    await watch.other.ws.close()
    return result


def case(result: dict[str, Any], name: str) -> dict[str, Any]:
    found = [c for c in result["cases"] if c["name"] == name]
    assert found, f"no case {name}: {result}"
    return found[0]


async def test_a_socket_to_the_servers_own_port_is_refused(tapi: Api) -> None:
    port = tapi.client.port
    result = await attack(tapi, f"""
import socket

def test_reach_the_server():
    socket.create_connection(("127.0.0.1", {port}), timeout=1).close()

def test_reach_postgres():
    socket.create_connection(("127.0.0.1", 5432), timeout=1).close()
""")
    for name in ("test_reach_the_server", "test_reach_postgres"):
        got = case(result, name)
        assert got["outcome"] == "failed" and ("refused" in got["message"] or "unreachable" in got["message"])


async def test_the_servers_secret_and_database_files_are_not_there(tapi: Api) -> None:
    data = tapi.settings.data_dir.absolute()
    result = await attack(tapi, f"""
def test_read_secret():
    print(open({str(data / 'secret_key')!r}).read())

def test_read_database():
    print(open({str(data / 'viva.db')!r}, 'rb').read())

def test_read_postgres_files():
    import os
    print(os.listdir('/var/lib/postgresql'))
""")
    for name in ("test_read_secret", "test_read_database", "test_read_postgres_files"):
        got = case(result, name)
        assert got["outcome"] == "failed" and "No such file or directory" in got["message"]
    assert "host-secret" not in repr(result) and "host-db" not in repr(result)
    assert (data / "secret_key").read_text() == "host-secret-7f3a9"


async def test_proc_1_environ_shows_nothing_of_the_server(tapi: Api) -> None:
    result = await attack(tapi, """
import os

def test_environ_of_pid_1():
    print(open('/proc/1/environ', 'rb').read())

def test_own_environment_is_clean():
    text = repr(dict(os.environ))
    assert 'VIVA_HOST_CANARY' not in text and 'SECRET' not in text and 'DATABASE_URL' not in text, text
""")
    assert case(result, "test_environ_of_pid_1")["outcome"] == "failed"
    assert case(result, "test_own_environment_is_clean")["outcome"] == "passed"
    assert "host-env-5b8d2" not in repr(result)


async def test_a_fork_bomb_is_bounded(tapi: Api) -> None:
    result = await attack(tapi, """
import os

def test_fork_bomb():
    while True:
        try:
            os.fork()
        except OSError:
            pass
""")
    assert result["status"] in ("timeout", "error", "failed")


async def test_an_infinite_loop_times_out(tapi: Api) -> None:
    result = await attack(tapi, """
def test_spin():
    while True:
        pass
""")
    assert result["status"] == "timeout" and result["duration_ms"] < 15000


async def test_allocating_4_gb_fails(tapi: Api) -> None:
    result = await attack(tapi, """
def test_allocate():
    block = bytearray(4 * 1024 ** 3)
    assert len(block)
""")
    got = case(result, "test_allocate")
    assert got["outcome"] == "failed" and "MemoryError" in got["message"]


async def test_writing_1_gb_of_output_is_cut_short(tapi: Api) -> None:
    result = await attack(tapi, """
import os, sys

def test_flood():
    chunk = b"x" * (1024 * 1024)
    for _ in range(1024):
        os.write(1, chunk)
        os.write(2, chunk)
""")
    assert result["status"] in ("failed", "error", "timeout")
    assert result["duration_ms"] < 15000


async def test_writing_outside_the_workspace_changes_nothing_on_the_host(tapi: Api) -> None:
    marker = f"viva-escape-{uuid.uuid4().hex[:8]}"
    host_tmp = Path(tempfile.gettempdir()) / marker
    data = tapi.settings.data_dir.absolute()
    result = await attack(tapi, f"""
import pytest

@pytest.mark.parametrize("path", ["/usr/{marker}", "/{marker}", "/etc/{marker}",
                                  {str(data / marker)!r}, {str(host_tmp)!r}])
def test_write(path):
    with open(path, "w") as fh:
        fh.write("escaped")
    assert path.startswith("/tmp")  # only the run's own scratch /tmp may take it
""")
    outcomes = [c["outcome"] for c in result["cases"] if c["name"].startswith("test_write")]
    # four refused; the fifth went to the run's own tmpfs /tmp, which vanished with it
    assert sorted(outcomes) == ["failed"] * 4 + ["passed"]
    for path in (Path("/usr") / marker, Path("/") / marker, Path("/etc") / marker, data / marker, host_tmp):
        assert not path.exists(), f"{path} was written on the host"


async def test_a_background_process_does_not_outlive_the_run(tapi: Api) -> None:
    tag = f"{uuid.uuid4().int % 10_000}.{os.getpid() % 1000}"
    result = await attack(tapi, f"""
import subprocess

def test_leave_a_daemon():
    subprocess.Popen(["sleep", "{tag}"], start_new_session=True)
    subprocess.Popen(["sh", "-c", "(sleep {tag} &) ; nohup sleep {tag} &"])
""")
    assert case(result, "test_leave_a_daemon")["outcome"] == "passed"
    still = []
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                cmd = Path(entry.path, "cmdline").read_bytes()
            except OSError:
                continue
            if tag.encode() in cmd:
                still.append(cmd)
    assert still == []
