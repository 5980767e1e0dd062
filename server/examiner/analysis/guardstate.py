"""What a guard tests and a write changes, for the guard-then-write checks of both languages
(`jsguard`, `pyguard`): state as a path, the key it is looked up with and, for a record read
from a store, the store; whether a write changes what a test read; and whether a write after
an await is one the guard left unprotected."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from typing import Final

__all__ = ["RESERVED", "Pos", "State", "matches", "root", "unguarded"]

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


Pos = tuple[int, int]
"""Where a node is, in the order of the source (line and column, or offset and 0)."""
RESERVED: Final = "reserved"
"""`unguarded`'s answer when the guard's claim was made before the first await."""


def unguarded(tested: Sequence[State], write: State, at: Pos,
              writes: Sequence[tuple[State, Pos]], first_await: Pos, last_await: Pos,
              retests: Sequence[tuple[Pos, Sequence[State]]],
              loops: Collection[str]) -> State | str | None:
    """The state a guard tested that a write at `at` changes with an await between them and
    no new test; RESERVED when a state the guard tests is written before the first await (the
    state itself, or a flag such as `trialInFlight` set before the call goes out: the claim
    was made in time); None when the write changes none of them, or each is tested again
    (`retests`: each later condition's position and the states it reads) after the last
    await and before the write."""
    for state in tested:
        if not matches(state, write, loops):
            continue
        if any(matches(t, w, loops) and where < first_await for t in tested for w, where in writes):
            return RESERVED
        if any(last_await <= where < at and any(matches(again, write, loops) for again in reads)
               for where, reads in retests):
            continue  # tested again after the await
        return state
    return None
