"""Which workspace paths the watcher never sends: `.gitignore`, `.vivaignore` and a few givens.

Rules come from, lowest priority first: the built-in editor and tool litter
(`DEFAULT_IGNORES`), then every `.gitignore` and `.vivaignore` in the tree, a deeper file
overriding a shallower one and `.vivaignore` overriding the `.gitignore` beside it, as git
does. `.git/` and `.viva/` are never sent, whatever the rules say. Patterns are
gitwildmatch, matched by pathspec.
"""

from __future__ import annotations

import os
import posixpath
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Final

import pathspec

from viva.settings import STATE_DIR_NAME

__all__ = ["ALWAYS_IGNORED", "DEFAULT_IGNORES", "IGNORE_FILES", "IgnoreRules"]

IGNORE_FILES: Final = (".gitignore", ".vivaignore")
"""File names whose patterns the watcher obeys, in rising priority."""

ALWAYS_IGNORED: Final = frozenset({".git", STATE_DIR_NAME})
"""Directory names never sent, at any depth."""

DEFAULT_IGNORES: Final = (
    # editors' swap, backup and safe-write temporaries
    "*.swp", "*.swo", "*.swx", "*~", ".#*", "#*#", "4913", "*___jb_tmp___", "*___jb_old___",
    ".*.kate-swp", ".DS_Store",
    # tool caches and environments that a workspace without a .gitignore still has
    "__pycache__/", "*.py[cod]", ".venv/", ".mypy_cache/", ".pytest_cache/", ".ruff_cache/",
    ".hypothesis/", "node_modules/", ".tox/",
)
"""Ignored unless a `.gitignore` or `.vivaignore` re-includes them with `!pattern`."""


def _spec(lines: list[str]) -> pathspec.PathSpec[Any]:
    return pathspec.GitIgnoreSpec.from_lines(lines)


class IgnoreRules:
    """The ignore rules of one workspace; `reload()` after an ignore file changes."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._default = _spec(list(DEFAULT_IGNORES))
        self._specs: list[tuple[str, pathspec.PathSpec[Any]]] = []
        self.reload()

    def reload(self) -> None:
        """Read every `.gitignore` and `.vivaignore` under the root again."""
        # os.walk is top-down, so a directory's ignore files are read before its
        # subdirectories are judged, and the list ends up shallow-to-deep: git's priority.
        self._specs = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            rel_dir = os.path.relpath(dirpath, self.root).replace(os.sep, "/")
            rel_dir = "" if rel_dir == "." else rel_dir
            for name in IGNORE_FILES:
                if name in filenames:
                    lines = _read_lines(Path(dirpath) / name)
                    if lines:
                        self._specs.append((rel_dir, _spec(lines)))
            dirnames[:] = sorted(
                d for d in dirnames
                if not os.path.islink(os.path.join(dirpath, d))
                and not self.is_ignored(posixpath.join(rel_dir, d), is_dir=True))

    def is_ignored(self, rel_path: str, *, is_dir: bool = False) -> bool:
        """True when the relative POSIX path `rel_path` (or a directory above it) is ignored."""
        parts = rel_path.split("/")
        if ALWAYS_IGNORED.intersection(parts):
            return True
        # git never looks inside an ignored directory, so check each ancestor first
        for depth in range(1, len(parts)):
            if self._match("/".join(parts[:depth]) + "/"):
                return True
        return self._match(rel_path + "/" if is_dir else rel_path)

    def _match(self, rel: str) -> bool:
        verdict = bool(self._default.check_file(rel).include)
        for prefix, spec in self._specs:
            if prefix:
                if not rel.startswith(prefix + "/"):
                    continue
                sub = rel[len(prefix) + 1:]
            else:
                sub = rel
            include = spec.check_file(sub).include
            if include is not None:
                verdict = include
        return verdict

    def walk(self) -> Iterator[str]:
        """Every file under the root that is not ignored, as a relative POSIX path."""
        yield from self.walk_under("")

    def walk_under(self, rel_dir: str) -> Iterator[str]:
        """Every file not ignored under the directory `rel_dir` ("" for the root)."""
        top = self.root / rel_dir if rel_dir else self.root
        for dirpath, dirnames, filenames in os.walk(top):
            rel = os.path.relpath(dirpath, self.root).replace(os.sep, "/")
            rel = "" if rel == "." else rel
            dirnames[:] = sorted(
                d for d in dirnames
                if not os.path.islink(os.path.join(dirpath, d))
                and not self.is_ignored(posixpath.join(rel, d), is_dir=True))
            for name in sorted(filenames):
                path = posixpath.join(rel, name)
                if not self.is_ignored(path):
                    yield path

    def affects(self, rel_path: str) -> bool:
        """True when `rel_path` is an ignore file, so the rules must be reloaded."""
        return posixpath.basename(rel_path) in IGNORE_FILES


def _read_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
