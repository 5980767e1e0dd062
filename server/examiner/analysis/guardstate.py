"""What a guard tests and a write changes, for the guard-then-write checks of both languages
(`jsguard`, `pyguard`): state as a path, the key it is looked up with and, for a record read
from a store, the store; and whether a write changes what a test read."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass
from typing import Final

__all__ = ["State", "matches", "root"]

_NAME: Final = re.compile(r"[A-Za-z_$][\w$]*")
_PLAIN: Final = re.compile(r"[A-Za-z_$][\w$]*|\d+|'[^']*'|\"[^\"]*\"")
"""A key that names one entry for certain: a plain name or a literal."""


@dataclass(frozen=True)
class State:
    """What a guard tests or a write changes: a path (`item.owner`, `this.holds`,
    `self._holds`), the key it is looked up with (`id` in `this.holds.has(id)`, `user` in
    `user in item.members`), and, for a record read from a store, the store it came from."""

    path: str
    key: str = ""
    store: str = ""


def root(path: str) -> str:
    """The name a path starts from (`this` of `this.holds[id]`), or ''."""
    found = _NAME.match(path)
    return found.group() if found else ""


def _agree(a: str, b: str, loops: Collection[str]) -> bool:
    """Two keys may name the same entry: unless both are plain names or literals that differ
    and neither is a loop's variable (a loop over the keys tests one and writes another)."""
    if not a or not b or a == b:
        return True
    if not (_PLAIN.fullmatch(a) and _PLAIN.fullmatch(b)):
        return True
    return a in loops or b in loops


def matches(test: State, write: State, loops: Collection[str]) -> bool:
    """The write changes what the test read (`loops`: the function's loop variables)."""
    if test.store or write.store:
        return bool(test.store) and test.store == write.store and \
            root(test.path) == root(write.path)
    t, w = test.path, write.path
    related = t == w or w.startswith((t + ".", t + "[")) or t.startswith((w + ".", w + "["))
    return related and _agree(test.key, write.key, loops)
