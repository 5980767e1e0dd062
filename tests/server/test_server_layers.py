"""The server's layers (server/__init__.py) import one way only, and nothing imports in a circle.

Every import is read from the source with `ast`, those under `TYPE_CHECKING` and inside
functions included, so a cycle cannot hide behind a deferred import.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVER = Path(__file__).resolve().parents[2] / "server"

LAYERS: dict[str, int] = {
    "core": 0,
    "examiner": 1, "packs": 1, "similarity": 1,
    "storage": 2,
    "live": 3,
    "testruns": 4,
    "sessions": 5,
    "examining": 6, "mcq": 6, "challenges": 6, "comparing": 6,
    "http": 7, "ws": 7, "keys": 7,
    "app": 8, "cli": 8,
}
"""Each part of `server` and its layer: a part may import its own layer and those below."""

READS_APP_KEYS = {"app", "http", "ws", "keys"}
"""The parts that may read the app's typed keys; every other part is handed what it needs."""

NO_ORM = {"core", "examiner", "packs", "similarity", "http", "ws", "keys", "app"}
"""Parts that never import Tortoise: the engines, and the wire (it asks the layers below)."""


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(SERVER.rglob("*.py")):
        parts = path.relative_to(SERVER.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        found[name] = path
    return found


def _imports(name: str, path: Path) -> Iterator[str]:
    """Every module `name` imports, absolute, from anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            yield base
            yield from (f"{base}.{alias.name}" for alias in node.names)


def _part(module: str) -> str | None:
    """The part of `server` a module belongs to (`server.http.sessions` -> `http`)."""
    parts = module.split(".")
    return parts[1] if parts[0] == "server" and len(parts) > 1 else None


MODULES = _modules()
GRAPH: dict[str, set[str]] = {
    name: {m for m in _imports(name, path) if m in MODULES and m != name}
    for name, path in MODULES.items()
}


def test_every_part_of_the_server_has_a_layer() -> None:
    parts = {_part(name) for name in MODULES} - {None}
    assert parts - LAYERS.keys() == set(), "give the new part a layer in LAYERS"


def test_no_part_imports_a_layer_above_its_own() -> None:
    upward = [f"{name} imports {target}" for name, targets in GRAPH.items()
              for target in targets
              if (a := _part(name)) and (b := _part(target)) and LAYERS[b] > LAYERS[a]]
    assert upward == []


def test_only_the_app_and_the_wire_read_the_app_keys() -> None:
    readers = sorted(name for name, targets in GRAPH.items()
                     if "server.keys" in targets and _part(name) not in READS_APP_KEYS)
    assert readers == []


def test_the_engines_and_the_wire_never_import_the_orm() -> None:
    users = sorted(name for name, path in MODULES.items() if _part(name) in NO_ORM
                   and any(m == "tortoise" or m.startswith("tortoise.")
                           for m in _imports(name, path)))
    assert users == []


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One cycle of `graph`, as the nodes around it, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def test_no_module_imports_itself_in_a_circle() -> None:
    # a package's __init__ re-exporting its own modules is not a circle between modules
    graph = {name: {t for t in targets if not name.startswith(t + ".")}
             for name, targets in GRAPH.items()}
    assert _cycle(graph) is None


def test_no_two_parts_import_each_other() -> None:
    parts: dict[str, set[str]] = {}
    for name, targets in GRAPH.items():
        a = _part(name)
        if a is not None:
            parts.setdefault(a, set()).update(
                b for t in targets if (b := _part(t)) is not None and b != a)
    assert _cycle(parts) is None


@pytest.mark.parametrize(("graph", "expected"), [
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}}, ["a", "b", "c", "a"]),
    ({"a": {"b"}, "b": {"c"}, "c": set()}, None),
])
def test_the_cycle_check_finds_a_cycle_and_only_a_cycle(
        graph: dict[str, set[str]], expected: list[str] | None) -> None:
    assert _cycle(graph) == expected


def test_the_import_reader_sees_imports_under_type_checking_and_in_functions(
        tmp_path: Path) -> None:
    source = tmp_path / "mod.py"
    source.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                      "    from server.keys import EXAMINER\n"
                      "def f():\n    from server.app import create_app\n")
    assert {"server.keys.EXAMINER", "server.app.create_app"} <= set(
        _imports("server.live.mod", source))
