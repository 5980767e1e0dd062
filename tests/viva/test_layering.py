"""The client packages never load the server or a server-only dependency (SPEC §1)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

CLIENT_PACKAGES = ["viva", "tui", "watcher", "lsp_bridge"]
FORBIDDEN = ("server", "aiohttp.web", "tortoise", "asyncpg", "redis", "chromadb", "langchain")

_PROBE = """
import importlib, json, pkgutil, sys
pkg = importlib.import_module(sys.argv[1])
for info in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    if not info.name.endswith("__main__"):
        importlib.import_module(info.name)
print(json.dumps(sorted(sys.modules)))
"""


def _forbidden(modules: list[str]) -> list[str]:
    return [m for m in modules
            if any(m == f or m.startswith(f + ".") or (f == "langchain" and m.startswith(f))
                   for f in FORBIDDEN)]


@pytest.mark.parametrize("package", CLIENT_PACKAGES)
def test_importing_a_client_package_loads_no_server_dependency(package):
    result = subprocess.run([sys.executable, "-c", _PROBE, package],
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    assert _forbidden(json.loads(result.stdout)) == []


def test_the_layering_check_would_notice_a_server_import():
    assert _forbidden(["aiohttp", "aiohttp.web", "langchain_openai", "server.app", "viva"]) == [
        "aiohttp.web", "langchain_openai", "server.app"]
