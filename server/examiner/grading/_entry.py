"""One catalogue entry, and the pieces its patterns are written with.

Kept apart from the entries themselves so that `catalogue.py` (the first entries),
`_semantics_dynamic.py`, `_semantics_static.py` and `_semantics_more.py` (false beliefs about
language and runtime semantics) share them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache
from typing import Final

from .._match import unnegated

__all__ = ["ANY", "NOT", "NOT_CONTRAST", "NOT_ONLY", "Entry", "keyed"]


@dataclass(frozen=True)
class Entry:
    """A false claim, the pattern that states it, its source and its examples."""

    id: str
    claim: str
    """What is true, said as the correction."""
    pattern: str
    source: str
    positives: tuple[str, ...]
    negatives: tuple[str, ...]
    languages: tuple[str, ...] = ()
    """The languages the claim is false in (() = any): a C++ `std::set` is a tree, Python's
    `set` is not."""
    code_has: str = ""
    """With the code given, what it must contain for the claim to be about it (a claim about
    `sort` is not one where nothing is sorted)."""
    code_lacks: str = ""
    """With the code given, what makes the claim possibly true there (a `with` block over a
    context manager of the code's own, whose `__exit__` may swallow the exception)."""

    def about(self, code: str) -> bool:
        """Whether the claim can be false of this code ('' = no code: any)."""
        if not code:
            return True
        return (not self.code_has or _found(self.code_has, code)) and \
            (not self.code_lacks or not _found(self.code_lacks, code))

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """The compiled pattern."""
        return re.compile(self.pattern)


@lru_cache(maxsize=2048)
def _found(pattern: str, code: str) -> bool:
    """Whether the pattern occurs in the code, remembered: an answer's every sentence asks each
    entry about the same code."""
    return re.search(pattern, code) is not None


NOT: Final = unnegated("only when")
"""One character of a claim that no negation has taken back yet (a dot inside a name such as
`cfg.Settings` is no sentence's end)."""
NOT_ONLY: Final = unnegated("only", "just", "nothing")
"""One character of a claim that neither a negation nor a restriction ("only single bytecodes")
has taken back yet."""
NOT_CONTRAST: Final = unnegated("only", "just", "nothing", "no", "unlike", "while", "whereas",
                                "but", "rather_than", "instead_of")
"""One character of a claim that no negation, restriction or contrast ("unlike Object.freeze",
"no effect at runtime") has taken back."""
ANY: Final = r"(?:[^.;]|\.(?=\w))"
"""One character of the sentence (a dot inside a name such as `list.remove` included)."""


def keyed(entries: tuple[Entry, ...], keys: dict[str, str]) -> tuple[Entry, ...]:
    """The entries, each pattern first checking that the sentence has its key word (`keys`, by
    id; one every statement of the belief has): a sentence without it, as most are, costs one
    scan instead of one search per position."""
    return tuple(replace(e, pattern=rf"^(?=.*?{keys[e.id]})(?:.*?)(?:{e.pattern})")
                 for e in entries)
