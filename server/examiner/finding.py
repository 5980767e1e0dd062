"""A finding: one fact about changed code that a question can be asked about."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
    facts: dict[str, Any] = field(default_factory=dict)
    """Code facts used for questions and grading: nesting, complexity, raises, catches, ..."""
