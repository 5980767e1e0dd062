"""The facts a finding carries: one small frozen dataclass per kind of fact, and their sum.

A finding about a function or class carries ``UnitFacts`` (and ``LoopFacts`` or ``EventFacts``
for a loop or an event inside it); a finding of a ranked kind carries ``PlaceFacts`` (where it
sits) and the analyser's own parts (``RuleFacts``, ``CostFacts``, ``SharedFacts``, ...). Typed,
so a reader sees what facts exist and mypy checks their use; ``Facts.to_json`` gives the flat
JSON object that prompts show and questions store, with the keys they always had.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

__all__ = [
    "BranchingFacts",
    "CallFacts",
    "CompareFacts",
    "CostFacts",
    "DesignFacts",
    "EventFacts",
    "Facts",
    "JsonObject",
    "LoopFacts",
    "PlaceFacts",
    "RuffFacts",
    "RuleFacts",
    "SecretFacts",
    "SharedFacts",
    "UnitFacts",
]

JsonObject = dict[str, object]
"""A JSON object as stored with a question and shown in prompts."""


def _present(pairs: dict[str, object]) -> JsonObject:
    """The pairs whose value is set (None stands for a fact the analyser did not state)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in pairs.items() if v is not None}


@dataclass(frozen=True)
class UnitFacts:
    """The function or class a structural finding is about."""

    kind: Literal["function", "class"]
    name: str
    qualname: str
    new: bool
    """The name does not occur in the file before the change."""
    params: tuple[str, ...]
    nesting: int
    """Deepest loop nesting inside the unit."""
    raises: tuple[str, ...]
    catches: tuple[str, ...]
    recursive: bool
    is_async: bool
    has_docstring: bool
    length: int
    """Lines from the definition to its end."""
    methods: tuple[str, ...] | None = None
    """A class's methods (None for a function)."""
    bases: tuple[str, ...] | None = None

    def to_json(self) -> JsonObject:
        return _present({
            self.kind: self.name, "qualname": self.qualname, "new": self.new,
            "params": self.params, "nesting": self.nesting, "raises": self.raises,
            "catches": self.catches, "recursive": self.recursive, "is_async": self.is_async,
            "has_docstring": self.has_docstring, "length": self.length,
            "methods": self.methods, "bases": self.bases})


@dataclass(frozen=True)
class LoopFacts:
    """The deepest loop of a unit."""

    depth: int
    loop_line: int

    def to_json(self) -> JsonObject:
        return {"depth": self.depth, "loop_line": self.loop_line}


@dataclass(frozen=True)
class EventFacts:
    """What an event inside a unit is about (a raised name, a call, a variable)."""

    subject: str
    event_line: int | None = None
    """The event's own line, for a structural finding (None on a ranked one)."""

    def to_json(self) -> JsonObject:
        return _present({"subject": self.subject, "event_line": self.event_line})


@dataclass(frozen=True)
class PlaceFacts:
    """Where a ranked finding sits: on a changed line or not, in which function, near what."""

    rank: int
    in_change: bool
    line_text: str
    params: tuple[str, ...]
    function: str
    is_async: bool
    nesting: int
    recursive: bool
    names: tuple[str, ...]
    """Names defined around the finding, kept with the question to stand for the code."""
    entry: bool = False
    """In the program's entry point (`main`, `demo`, Python's `if __name__ == "__main__":`),
    which wires up and demonstrates the rest."""

    def to_json(self) -> JsonObject:
        return _present({
            "rank": self.rank, "in_change": self.in_change, "line_text": self.line_text,
            "params": self.params, "function": self.function, "is_async": self.is_async,
            "nesting": self.nesting, "recursive": self.recursive, "names": self.names,
            "entry": self.entry})


@dataclass(frozen=True)
class RuleFacts:
    """A rule kept as data matched (``analysis/rules/*.yaml``)."""

    rule: str
    severity: str
    subject: str
    """The matched meta-variable the finding is about (a call, a variable), or ''."""
    question: str
    """The rule's own question template, or '' for its kind's."""

    def to_json(self) -> JsonObject:
        out: JsonObject = {"rule": self.rule, "severity": self.severity,
                           "subject": self.subject, "question": self.question}
        if self.subject:
            out["call"] = self.subject
        return out


@dataclass(frozen=True)
class RuffFacts:
    """A ruff diagnostic, by its code."""

    rule: str

    def to_json(self) -> JsonObject:
        return {"rule": self.rule}


@dataclass(frozen=True)
class CostFacts:
    """What a loop costs: known (``complexity``) or open (None: the sizes decide)."""

    complexity: str | None
    iterates: str
    loop_line: int
    derivation: str | None = None
    """How the cost follows from the code, in words."""
    outer: str | None = None
    """The enclosing loop, for an open question about nesting."""
    sequence: str | None = None
    scanned: str | None = None

    def to_json(self) -> JsonObject:
        return {"complexity": self.complexity, **_present({
            "derivation": self.derivation, "loop_line": self.loop_line,
            "iterates": self.iterates, "outer": self.outer, "sequence": self.sequence,
            "scanned": self.scanned})}


@dataclass(frozen=True)
class SharedFacts:
    """State shared between calls, requests or threads."""

    shared: str
    alias: str | None = None
    """The local name the shared object is changed through ('' when changed by its own)."""
    defined_line: int | None = None
    read_modify_write: bool = False

    def to_json(self) -> JsonObject:
        return _present({"shared": self.shared, "alias": self.alias,
                         "defined_line": self.defined_line,
                         "read_modify_write": self.read_modify_write or None})


@dataclass(frozen=True)
class CallFacts:
    """A call the finding is about, and the inputs that reach it."""

    call: str
    inputs: tuple[str, ...] | None = None
    missing_await: bool = False

    def to_json(self) -> JsonObject:
        return _present({"inputs": self.inputs, "call": self.call,
                         "missing_await": self.missing_await or None})


@dataclass(frozen=True)
class SecretFacts:
    """A name holding a credential as a literal."""

    name: str

    def to_json(self) -> JsonObject:
        return {"name": self.name}


@dataclass(frozen=True)
class CompareFacts:
    """An exact comparison of values that are not exact."""

    compare: str
    float: bool

    def to_json(self) -> JsonObject:
        return {"compare": self.compare, "float": self.float}


@dataclass(frozen=True)
class BranchingFacts:
    """A function that calls itself more than once per call."""

    branching: int

    def to_json(self) -> JsonObject:
        return {"branching": self.branching}


@dataclass(frozen=True)
class DesignFacts:
    """A function's shape: its parameters and its length."""

    params: tuple[str, ...]
    length: int

    def to_json(self) -> JsonObject:
        return {"params": list(self.params), "length": self.length}


@dataclass(frozen=True)
class Facts:
    """Every fact about one finding, each kind in its own part (None when it does not apply)."""

    unit: UnitFacts | None = None
    place: PlaceFacts | None = None
    loop: LoopFacts | None = None
    event: EventFacts | None = None
    rule: RuleFacts | RuffFacts | None = None
    cost: CostFacts | None = None
    shared: SharedFacts | None = None
    call: CallFacts | None = None
    secret: SecretFacts | None = None
    compare: CompareFacts | None = None
    branching: BranchingFacts | None = None
    design: DesignFacts | None = None

    def to_json(self) -> JsonObject:
        """The facts as one flat JSON object (later parts' keys win, as analysers' did)."""
        out: JsonObject = {}
        for item in fields(self):
            part = getattr(self, item.name)
            if part is not None:
                out.update(part.to_json())
        return out

    # What questions read, whichever part states it.

    @property
    def function(self) -> str:
        """The function the finding is in ('' when none)."""
        if self.place is not None:
            return self.place.function
        return self.unit.name if self.unit is not None and self.unit.kind == "function" else ""

    @property
    def in_change(self) -> bool:
        """On a changed line (a structural finding's unit changed, so always True)."""
        return self.place.in_change if self.place is not None else True

    @property
    def params(self) -> tuple[str, ...]:
        for part in (self.design, self.place, self.unit):
            if part is not None:
                return part.params
        return ()

    @property
    def inputs(self) -> tuple[str, ...]:
        """The inputs reaching the finding's call, else its function's parameters."""
        if self.call is not None and self.call.inputs:
            return self.call.inputs
        return self.params

    @property
    def line_text(self) -> str:
        return self.place.line_text if self.place is not None else ""

    @property
    def names(self) -> tuple[str, ...]:
        return self.place.names if self.place is not None else ()

    @property
    def complexity(self) -> str | None:
        return self.cost.complexity if self.cost is not None else None

    @property
    def called(self) -> str:
        """The call the finding is about ('' when none)."""
        if isinstance(self.rule, RuleFacts) and self.rule.subject:
            return self.rule.subject
        return self.call.call if self.call is not None else ""

    @property
    def question(self) -> str:
        """A rule's own question template ('' for the kind's usual one)."""
        return self.rule.question if isinstance(self.rule, RuleFacts) else ""

    @property
    def rule_id(self) -> str:
        return self.rule.rule if self.rule is not None else ""

    @property
    def branches(self) -> int:
        """Calls to itself per call (0 when it is not known to branch)."""
        return self.branching.branching if self.branching is not None else 0

    @property
    def missing_await(self) -> bool:
        return self.call is not None and self.call.missing_await

    @property
    def new(self) -> bool:
        return self.unit is not None and self.unit.new

    @property
    def length(self) -> int:
        if self.design is not None:
            return self.design.length
        return self.unit.length if self.unit is not None else 0
