"""The vocabulary of a fact sheet: typed facts about code that grading checks claims against."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__all__ = ["Concurrency", "Cost", "FactSheet", "FunctionFacts", "LoopOperation", "Mutation",
           "Resource", "Shared"]


class Cost(Enum):
    """The cost of one operation, in the size of the collection it works on."""

    CONSTANT = "constant"
    LINEAR = "linear"


@dataclass(frozen=True)
class LoopOperation:
    """An operation inside a loop and what one execution of it costs."""

    function: str
    line: int
    operation: str
    """e.g. `list.remove`, `list.pop(0)`, `in list`, `str +=`, `deque.popleft`, `in set`."""
    target: str
    cost: Cost


@dataclass(frozen=True)
class FunctionFacts:
    """What one function does on its paths."""

    name: str
    line: int
    returns_none: bool
    """Some path returns None (a bare `return`, `return None`, or falling off the end)."""
    returns_value: bool
    raises: tuple[str, ...]
    """Exception names raised by a `raise` statement in the function itself."""
    catches: tuple[str, ...]
    """Exception names its `except` clauses catch (`Exception` for a bare except)."""
    locals: frozenset[str]
    """Names bound inside it (fresh on every call, unless declared global or nonlocal)."""
    is_async: bool
    calls: frozenset[str] = frozenset()
    """Names of what it calls (the last part: `loads` for `json.loads(...)`)."""


@dataclass(frozen=True)
class Shared:
    """State that outlives one call: module or class level, or a mutable default."""

    name: str
    line: int
    where: str
    """`module`, `class` or `default` (a mutable default argument)."""
    mutated: bool
    function: str = ""


@dataclass(frozen=True)
class Concurrency:
    """Something that runs concurrently with its caller."""

    function: str
    line: int
    how: str
    """`thread`, `process`, `executor`, `task` (asyncio) or `gather`."""


@dataclass(frozen=True)
class Resource:
    """A resource a function opens (a file, socket, connection, lock) and what closes it."""

    function: str
    line: int
    name: str
    closed_by: str
    """`with`, `defer`, `try-with-resources` or `finally`: closed on every path out of the
    function; `close` (`release` for a lock) when only an explicit call on the normal path
    closes it."""
    kind: str = ""
    """The class it was made with, where the code names one (`BufferedOutputStream`): an answer
    may name the resource by it."""

    @property
    def by_hand(self) -> bool:
        """Closed (released) only by an explicit call on the normal path."""
        return self.closed_by in ("close", "release")


@dataclass(frozen=True)
class Mutation:
    """A function changing a parameter's object in place (the caller sees the change)."""

    function: str
    line: int
    parameter: str
    how: str
    """What changes it: `sort()`, `append()`, `[i] =` ..."""


@dataclass(frozen=True)
class FactSheet:
    """Facts about the code that an answer's claims can contradict."""

    language: str
    functions: tuple[FunctionFacts, ...] = ()
    loop_operations: tuple[LoopOperation, ...] = ()
    shared: tuple[Shared, ...] = ()
    concurrency: tuple[Concurrency, ...] = ()
    awaits_in_loops: tuple[Concurrency, ...] = ()
    """Awaits inside a loop (`how` is `await in a loop`): each waits before the next starts."""
    resources: tuple[Resource, ...] = ()
    mutations: tuple[Mutation, ...] = ()
    parsed: bool = False
    """False when the code could not be read (a syntax error, another language)."""
    notes: tuple[str, ...] = field(default=())

    def function(self, name: str) -> FunctionFacts | None:
        """The facts of the function of this name, if there is one."""
        return next((f for f in self.functions if f.name == name), None)
