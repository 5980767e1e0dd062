"""Round 6, Python: hazards in the forms real code takes. Each widened check fires on its new
forms and stays silent on their correct near-misses."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.pyrisk import python_risks


def _rules(source: str) -> set[str]:
    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


# a key checked against a collection of the object, an await, then the key put in (asyncio
# docs, "Synchronization Primitives"; CWE-367)
MEMBER_RACES = [
    """
    class Registry:
        async def register(self, name, url):
            if name in self.services:
                raise ValueError("taken")
            await self.probe(url)
            self.services[name] = url
    """,
    """
    class Pool:
        async def connection(self, key):
            if key not in self.conns:
                conn = await connect(key)
                self.conns[key] = conn
            return self.conns[key]
    """,
    """
    class Rooms:
        async def join(self, user_id):
            if user_id in self.members:
                return False
            await self.db.fetch_profile(user_id)
            self.members.add(user_id)
            return True
    """,
]
MEMBER_SAFE = [
    # the key put in before the await (a placeholder future)
    """
    class Pool:
        async def connection(self, key):
            if key not in self.conns:
                fut = asyncio.get_running_loop().create_future()
                self.conns[key] = fut
                fut.set_result(await connect(key))
            return await self.conns[key]
    """,
    # checked again after the await
    """
    class Rooms:
        async def join(self, user_id):
            if user_id in self.members:
                return False
            await self.db.fetch_profile(user_id)
            if user_id in self.members:
                return False
            self.members.add(user_id)
    """,
    # under a lock
    """
    class Rooms:
        async def join(self, user_id):
            async with self._lock:
                if user_id in self.members:
                    return False
                await self.db.fetch_profile(user_id)
                self.members.add(user_id)
    """,
    # a cache filled twice holds the same value
    """
    class Cache:
        async def get(self, url):
            if url not in self._cache:
                self._cache[url] = await fetch(url)
            return self._cache[url]
    """,
    # removed, not put in
    """
    class Rooms:
        async def leave(self, user_id):
            if user_id not in self.members:
                return
            await self.notify(user_id)
            self.members.discard(user_id)
    """,
]


@pytest.mark.parametrize("source", MEMBER_RACES)
def test_a_key_checked_then_put_in_after_an_await(source: str) -> None:
    assert "py-stale-read-across-await" in _rules(source)


@pytest.mark.parametrize("source", MEMBER_SAFE)
def test_a_key_put_in_safely(source: str) -> None:
    assert "py-stale-read-across-await" not in _rules(source)


def _paths(source: str) -> list[str]:
    return [r.detail for r in python_risks(textwrap.dedent(source)) if r.kind == "path_traversal"]


def test_a_file_served_through_the_frameworks_module_builds_a_path() -> None:
    """aiohttp's `web.FileResponse(BASE / name)` with the name from the request (CWE-22)."""
    found = _paths("""
    from aiohttp import web

    async def get_file(request):
        name = request.match_info["name"]
        return web.FileResponse(BASE / name)
    """)
    assert any("web.FileResponse" in d for d in found)


def test_send_from_directory_keeps_the_name_inside_the_folder() -> None:
    """Flask's send_from_directory joins the name with safe_join: only a folder taken from the
    client can escape."""
    assert not _paths("""
    from flask import request, send_from_directory

    @app.route("/download")
    def download():
        name = request.args["file"]
        return send_from_directory(UPLOAD_DIR, name)
    """)
    assert _paths("""
    from flask import request, send_from_directory

    @app.route("/download")
    def download():
        return send_from_directory(request.args["dir"], "index.html")
    """)


def test_a_buffer_served_is_no_path() -> None:
    """`send_file(BytesIO(data), ...)` serves bytes held in memory, whatever they came from."""
    assert not _paths("""
    from io import BytesIO
    from flask import send_file

    def get_resource(request, filename):
        data = load(filename)
        return send_file(BytesIO(data), request.environ, download_name=filename)
    """)
