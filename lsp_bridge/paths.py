"""Which editor URIs belong to the session's workspace, and under which relative path.

Editors name documents by URI (`file:///home/ana/task/src/app.py`); the server names files
by their POSIX path relative to the workspace root (`src/app.py`). Documents outside the
root, in version-control or viva state directories, or not on disk at all (`untitled:`)
are not part of the session.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from typing import Final
from urllib.parse import quote, unquote, urlsplit

from viva.protocol import validate_path
from viva.settings import STATE_DIR_NAME

__all__ = ["IGNORED_DIRS", "WorkspaceRoot", "fs_path", "read_text_file"]

IGNORED_DIRS: Final = frozenset({".git", ".hg", ".svn", STATE_DIR_NAME})
"""Directories whose files are never sent, wherever they are in the workspace."""


def fs_path(uri: str) -> Path | None:
    """The local file a `file:` URI names, or None for any other scheme."""
    parts = urlsplit(uri)
    if parts.scheme != "file":
        return None
    path = unquote(parts.path)
    if os.name == "nt" and len(path) > 2 and path[0] == "/" and path[2] == ":":
        path = path[1:]  # file:///C:/x -> C:/x
    return Path(path)


def read_text_file(path: Path, max_bytes: int) -> str | None:
    """The UTF-8 text of a file no larger than `max_bytes`; None when it is not one."""
    try:
        if not path.is_file() or path.stat().st_size > max_bytes:
            return None
        return path.read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


class WorkspaceRoot:
    """The workspace root, and the mapping between editor URIs and session paths."""

    def __init__(self, root: Path) -> None:
        self.path = Path(os.path.abspath(root))
        self._real = Path(os.path.realpath(self.path))

    def relative(self, uri: str) -> str | None:
        """The session path of `uri`, or None when it is not a workspace file."""
        fs = fs_path(uri)
        if fs is None:
            return None
        return self.relative_path(fs)

    def relative_path(self, fs: Path) -> str | None:
        """The session path of a local path, or None when it is outside the workspace."""
        candidates = [(Path(os.path.abspath(fs)), self.path)]
        # A root or file reached through a symlink (macOS /tmp, a linked checkout).
        candidates.append((Path(os.path.realpath(fs)), self._real))
        for path, root in candidates:
            try:
                rel = PurePosixPath(*path.relative_to(root).parts)
            except ValueError:
                continue
            if not rel.parts or IGNORED_DIRS.intersection(rel.parts):
                return None
            try:
                return validate_path(str(rel))
            except ValueError:
                return None
        return None

    def uri_for(self, rel: str) -> str:
        """The `file:` URI of a session path."""
        full = (self.path / rel).as_posix()
        if not full.startswith("/"):
            full = "/" + full  # a Windows drive path
        return "file://" + quote(full, safe="/:")

    def file(self, rel: str) -> Path:
        """The local path of a session path."""
        return self.path / rel
