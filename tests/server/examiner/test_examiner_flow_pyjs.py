"""Round flow-pyjs: checks in code that follow a value one step (Python's blocking call made
through a sync helper of the file inside a coroutine)."""

from __future__ import annotations

from server.examiner.analysis.pyrisk import python_risks


def _blocking(code: str) -> list[tuple[int, str, str]]:
    return [(r.line, r.identifier, r.detail) for r in python_risks(code)
            if r.kind == "blocking_in_async"]


def test_a_blocking_call_one_helper_deep_in_a_coroutine() -> None:
    code = '''import time
import urllib.request


def _read_feed(address):
    with urllib.request.urlopen(address, timeout=10) as reply:
        return reply.read()


async def refresh(feeds):
    return [_read_feed(a) for a in feeds]
'''
    found = _blocking(code)
    assert [(line, ident) for line, ident, _ in found] == [(11, "refresh")]
    assert "`_read_feed` calls `urllib.request.urlopen`" in found[0][2]


def test_a_blocking_method_of_the_class_called_on_self() -> None:
    code = '''import time


class Poller:
    def _settle(self):
        time.sleep(0.5)

    async def tick(self, job):
        self._settle()
        return await job.step()
'''
    assert [(line, ident) for line, ident, _ in _blocking(code)] == [(9, "tick")]


def test_a_helper_handed_to_a_thread_is_not_blocking() -> None:
    code = '''import asyncio
import subprocess


def _render(src):
    return subprocess.run(["pandoc", src], capture_output=True, check=True).stdout


async def publish(paths):
    loop = asyncio.get_running_loop()
    first = await asyncio.to_thread(_render, paths[0])
    rest = [await loop.run_in_executor(None, lambda: _render(p)) for p in paths[1:]]
    return [first, *rest]
'''
    assert _blocking(code) == []


def test_a_helper_that_does_not_block_and_a_call_made_in_an_executor() -> None:
    code = '''import asyncio
import socket


def _label(host):
    return host.lower().strip()


async def probe(hosts):
    loop = asyncio.get_running_loop()
    conns = [await loop.run_in_executor(None, socket.create_connection, (h, 443)) for h in hosts]
    return [_label(h) for h in hosts], conns
'''
    assert _blocking(code) == []
