"""Words the clients say about counts: `1 question`, `2 questions`, `0 files`."""

from __future__ import annotations

__all__ = ["counted"]


def counted(n: object, noun: str, plural: str | None = None) -> str:
    """`n` and `noun`, the noun in the plural unless `n` is exactly 1 (`plural` when the
    plural is not `noun + "s"`); a count that is not a number is shown as it is."""
    one = isinstance(n, int | float) and not isinstance(n, bool) and n == 1
    return f"{n} {noun if one else (plural or noun + 's')}"
