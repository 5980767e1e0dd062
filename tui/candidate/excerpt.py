"""The lines of a workspace file a code question points at."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

__all__ = ["Excerpt", "read_excerpt"]

CONTEXT_LINES: Final = 3
"""Lines shown either side of the question's line."""
MAX_BYTES: Final = 2 * 1024 * 1024
"""Larger files are not read for an excerpt."""


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Some lines of a file, and which of them the question is about."""

    path: str
    text: str
    """The whole file's text (the highlighter needs the context above the excerpt)."""
    first: int
    last: int
    line: int
    """The line the question names, 1-based."""


def read_excerpt(root: Path | None, path: str | None, line: int | None,
                 context: int = CONTEXT_LINES) -> Excerpt | None:
    """The lines around `line` of `root/path`; None when the file is not here to read."""
    if root is None or not path:
        return None
    base = root.resolve()
    full = (base / path).resolve()
    if not full.is_relative_to(base) or not full.is_file():
        return None  # never read outside the workspace, whatever the path says
    try:
        if full.stat().st_size > MAX_BYTES:
            return None
        text = full.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    count = max(1, text.count("\n") + (0 if text.endswith("\n") else 1))
    at = min(max(1, line or 1), count)
    return Excerpt(path, text, max(1, at - context), min(count, at + context), at)
