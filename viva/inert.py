"""Candidate text made inert for a terminal or a page: control and bidi characters made visible.

Test names, failure messages and output come from candidate code. Shown raw, an escape
sequence would drive the viewer's terminal (`\\x1b]0;title\\x07`, `\\x1b[2J`), and a bidi
override would reorder what the viewer reads. Here every control (Cc), format (Cf: bidi marks
and overrides, zero-width characters), surrogate and private-use character becomes a visible
`\\xNN` / `\\uNNNN` escape; newlines and tabs stay only where the caller allows them.

    >>> inert("ok\\x1b[2J")
    'ok\\\\x1b[2J'
"""

from __future__ import annotations

import unicodedata
from typing import Final

__all__ = ["inert", "inert_line"]

_UNSAFE: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Zl", "Zp"})


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}"


def inert(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every character that could steer a terminal or reorder text made visible."""
    kept = "\n\t" if keep_newlines else ""
    return "".join(c if c in kept or unicodedata.category(c) not in _UNSAFE else _escape(c)
                   for c in text)


def inert_line(text: object, limit: int = 300) -> str:
    """One line of candidate text: inert, line breaks as spaces, at most `limit` characters."""
    raw = str(text if text is not None else "")
    out = inert(" ".join(raw.replace("\r", " ").replace("\t", " ").split("\n")))
    return out if len(out) <= limit else out[:limit - 1] + "…"
