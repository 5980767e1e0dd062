"""Language-neutral model of code units (functions and classes) that the analysers fill in."""

from __future__ import annotations

from dataclasses import dataclass, field

EVENT_KINDS = (
    "recursion",
    "raise",
    "except",
    "io",
    "resource",
    "mutation",
    "concurrency",
    "risky",
    "sql",
    "path",
    "data_structure",
    "performance",
    "missing_base_case",
    "branching_recursion",
)
"""(``nested_loop``, ``windowed_loop`` and ``item_loop`` events become cost findings, not unit events.)"""
"""Kinds of event an analyser records inside a unit; each becomes a finding kind."""


@dataclass(frozen=True)
class UnitEvent:
    """One fact found inside a unit: what kind, where, and its subject (a name or call)."""

    kind: str
    line: int
    subject: str
    detail: str


@dataclass
class Unit:
    """A function or class as an analyser saw it."""

    name: str
    kind: str
    line: int
    end: int
    qualname: str = ""
    params: list[str] = field(default_factory=list)
    is_async: bool = False
    has_doc: bool = False
    sorts: bool = False
    loops: list[tuple[int, int]] = field(default_factory=list)
    """(line, nesting depth) of every loop directly inside this unit."""
    events: list[UnitEvent] = field(default_factory=list)
    members: list[str] = field(default_factory=list)
    """Methods of a class."""
    bases: list[str] = field(default_factory=list)

    def add(self, kind: str, line: int, subject: str, detail: str) -> None:
        """Record an event inside this unit."""
        self.events.append(UnitEvent(kind, line, subject, detail))

    @property
    def max_nesting(self) -> int:
        """Deepest loop nesting inside the unit (0 when it has no loops)."""
        return max((depth for _, depth in self.loops), default=0)


def owner(units: list[Unit], line: int) -> Unit | None:
    """The innermost function holding a line."""
    best: Unit | None = None
    for unit in units:
        if unit.kind == "function" and unit.line <= line <= unit.end and \
                (best is None or unit.line >= best.line):
            best = unit
    return best
