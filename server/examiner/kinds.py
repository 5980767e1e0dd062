"""Finding kinds, ranked by importance, and the skill each is reported under.

Derived from the one vocabulary, ``analysis.kinds.Kind``: security, then data loss and
correctness, concurrency, resources, performance, design and edge cases.
"""

from __future__ import annotations

from typing import Final

from .analysis.kinds import Kind

KINDS: Final = tuple(k.code for k in sorted(Kind, key=lambda k: k.priority))
"""Every finding kind a question can be about, most important first."""

RANK: Final[dict[str, int]] = {kind: n for n, kind in enumerate(KINDS)}

SKILL_OF: Final[dict[str, str]] = {k.code: k.skill for k in Kind}
"""The report groups questions by skill; each kind belongs to one."""


def rank(kind: str) -> int:
    """Position of a kind in the importance order (unknown kinds come last)."""
    return RANK.get(kind, len(KINDS))
