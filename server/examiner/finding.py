"""A finding: one fact about changed code that a question can be asked about."""

from __future__ import annotations

from dataclasses import dataclass, field

from .analysis.finding_facts import Facts

__all__ = ["Finding"]


@dataclass(frozen=True)
class Finding:
    """One fact about changed code, grounded in a path, a line and an identifier."""

    path: str
    line: int
    identifier: str
    kind: str
    """A ranked kind (``kinds.KINDS``: 'sql_injection', ..., 'function') or a structural one
    ('class', 'loop', 'raise', 'except', 'io', 'mutation', ...) that only describes the unit."""
    detail: str
    language: str
    facts: Facts = field(default_factory=Facts)
    """Code facts used for questions and grading, typed by kind (``analysis.finding_facts``):
    the unit's shape, the place, a rule's match, a loop's cost, shared state, ..."""
