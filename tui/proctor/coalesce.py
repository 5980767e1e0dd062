"""Coalescing: the model changes at feed speed, the screen at a bounded rate.

Every applied event marks its key; a repaint timer drains all marks at once. However many
events arrive between two ticks, a row is repainted once, and no event is lost because the
model already holds it.
"""

from __future__ import annotations

from collections.abc import Hashable
from typing import Generic, TypeVar

__all__ = ["Coalescer"]

K = TypeVar("K", bound=Hashable)


class Coalescer(Generic[K]):
    """Keys changed since the last repaint."""

    def __init__(self) -> None:
        self._dirty: set[K] = set()
        self.marks = 0
        """Marks made in total (one per applied event)."""
        self.drains = 0
        """Drains that returned something (repaints)."""

    def mark(self, key: K) -> None:
        """Note that `key` changed."""
        self._dirty.add(key)
        self.marks += 1

    def mark_all(self, keys: set[K]) -> None:
        """Note that every key in `keys` changed."""
        self._dirty |= keys
        self.marks += len(keys)

    @property
    def pending(self) -> bool:
        """Whether a repaint is due."""
        return bool(self._dirty)

    def drain(self) -> set[K]:
        """Every key marked since the last drain; clears them."""
        dirty, self._dirty = self._dirty, set()
        if dirty:
            self.drains += 1
        return dirty
