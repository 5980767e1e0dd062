"""Checks of round shapes-gojv (``rules/*.yaml`` name them in ``filter``): documented hazards
read in shapes other than their documentation's example.

- Go: an atomic read-modify-write written as a `Load` and a `Store` of a value computed from
  it (`atomic.StoreInt64(&c, atomic.LoadInt64(&c)+n)`, `c.Store(c.Load()+n)` on the
  sync/atomic types), inline or through locals (CWE-362; the sync/atomic docs: `Add` and
  `CompareAndSwap` do it in one step);

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .trees import field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["SHAPES_GOJV_FILTERS"]

_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")
_GO_ATOMIC_STORE: Final = re.compile(r"^atomic\.Store(Int32|Int64|Uint32|Uint64|Uintptr|Pointer)$")
_GO_ATOMIC_TYPE: Final = re.compile(r"^\*?atomic\.(Int32|Int64|Uint32|Uint64|Uintptr|Bool|Value|"
                                    r"Pointer)\b")


def _ancestor(node: SgNode, *kinds: str) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in kinds), None)


def _inside(node: SgNode, outer: SgNode) -> bool:
    a, b = node.range(), outer.range()
    return b.start.index <= a.start.index and a.end.index <= b.end.index


def _before(node: SgNode, other: SgNode) -> bool:
    return node.range().end.index <= other.range().start.index


def _named_args(call: SgNode) -> list[SgNode]:
    args = call.field("arguments")
    return [c for c in args.children() if c.is_named() and c.kind() != "comment"] \
        if args is not None else []


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _go_declared_atomic(root: SgNode, name: str) -> bool:
    """The file declares `name` (a struct field, a `var`, a parameter) as one of sync/atomic's
    types (`hits atomic.Int64`, `var ready atomic.Bool`)."""
    for spec in root.find_all(any=[{"kind": "field_declaration"}, {"kind": "var_spec"},
                                   {"kind": "parameter_declaration"}]):
        names = [c.text() for c in spec.children()
                 if c.kind() in ("field_identifier", "identifier")]
        if name in names and _GO_ATOMIC_TYPE.match(field_text(spec, "type")):
            return True
    return False


def _go_atomic_loads(function: SgNode, store: SgNode) -> list[SgNode]:
    """The loads of the atomic the store writes, in the function before the store or inside
    its value: `atomic.LoadT(&x)` for `atomic.StoreT(&x, v)`, `x.Load()` for `x.Store(v)`."""
    callee = field_text(store, "function")
    args = _named_args(store)
    plain = _GO_ATOMIC_STORE.match(callee)
    if plain is not None and len(args) == 2:
        wanted, target = f"atomic.Load{plain.group(1)}", _squeezed(args[0].text())
    elif callee.endswith(".Store") and len(args) == 1:
        wanted, target = "", callee[: -len(".Store")]
        if not _go_declared_atomic(function.get_root().root(), target.rpartition(".")[2]):
            return []
    else:
        return []
    loads = []
    for call in function.find_all(kind="call_expression"):
        if call == store or not (_before(call, store) or _inside(call, store)):
            continue
        got = field_text(call, "function")
        found = _named_args(call)
        plain_load = bool(wanted) and got == wanted and len(found) == 1 and \
            _squeezed(found[0].text()) == target
        typed_load = not wanted and got == f"{target}.Load" and not found
        if plain_load or typed_load:
            loads.append(call)
    return loads


def _go_left_names(statement: SgNode) -> list[str]:
    left = statement.field("left")
    return [c.text() for c in left.children() if c.kind() == "identifier"] \
        if left is not None else []


def go_atomic_load_then_store(root: SgNode, node: SgNode, subject: str) -> str | None:
    """sync/atomic: `atomic.StoreT(&x, f(atomic.LoadT(&x)))` or `x.Store(f(x.Load()))` on an
    atomic type, directly or through locals assigned from the load before the store, with no
    mutex taken earlier in the function. Each call is atomic, the pair is not: two goroutines
    load the same value and one store overwrites the other's update (the `Add` methods and
    `CompareAndSwap` do it in one step). Returns the subject, or None."""
    del root
    function = _ancestor(node, *_GO_FUNCTIONS)
    if function is None:
        return None
    loads = _go_atomic_loads(function, node)
    if not loads:
        return None
    body = function.field("body")
    if body is not None and any(
            re.search(r"\.Lock\(\)$", c.text()) and _before(c, node)
            for c in body.find_all(kind="call_expression")):
        return None
    value = _named_args(node)[-1]
    if any(_inside(load, value) for load in loads):
        return subject
    # locals computed from the load (`cur := atomic.LoadInt64(&c)`, `next := cur + n`)
    steps: list[tuple[list[str], SgNode]] = []
    for statement in function.find_all(any=[{"kind": "short_var_declaration"},
                                            {"kind": "assignment_statement"}]):
        right = statement.field("right")
        if right is not None and _before(statement, node):
            steps.append((_go_left_names(statement), right))
    steps.sort(key=lambda s: s[1].range().start.index)
    derived: set[str] = set()
    for names, right in steps:
        used = {i.text() for i in right.find_all(kind="identifier")}
        if any(_inside(load, right) for load in loads) or used & derived:
            derived.update(names)
        else:
            derived.difference_update(names)
    stored = {i.text() for i in value.find_all(kind="identifier")} | \
        ({value.text()} if value.kind() == "identifier" else set())
    return subject if stored & derived else None


SHAPES_GOJV_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "go-atomic-load-then-store": go_atomic_load_then_store,
}
