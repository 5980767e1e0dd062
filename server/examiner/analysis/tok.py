"""What the token scanner (`_tokens`) produces and its fact finder (`_token_facts`) reads."""

from __future__ import annotations

from dataclasses import dataclass

from .units import Unit

__all__ = ["Structure", "Tok"]


@dataclass(slots=True)
class Tok:
    """One significant token: its line, coarse kind and text."""

    line: int
    kind: str
    """'name', 'kw', 'str', 'num', 'op' or 'punct'."""
    value: str
    interp: bool = False


@dataclass
class Structure:
    """Tokens, their bracket partners, the units with token spans, and the loop spans."""

    toks: list[Tok]
    partner: list[int]
    spans: list[tuple[Unit, int, int, int]]
    """(unit, index of its name token, index of its body's opening brace, index of its end)."""
    loops: list[tuple[int, int]]
