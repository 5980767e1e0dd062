"""Filters of round cat-conc: the lock-ordering deadlock in C, C++ and Go (CERT CON35-C, C++
Core Guidelines CP.21, CWE-833), where a function locks the lock of one parameter and, still
holding it, the same lock of another parameter of the same type."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from collections.abc import Callable

    from ast_grep_py import SgNode

__all__ = ["CONC_FILTERS"]

_FUNCTIONS: Final = ("function_definition", "function_declaration", "method_declaration",
                     "func_literal", "lambda_expression")
_BLOCKS: Final = ("compound_statement", "block")
# the target of a lock: `&from->lock`, `from.mu`, `from->m`, `(from).mu`
_TARGET: Final = re.compile(r"^&?\s*\(?\s*(\w+)\s*\)?\s*(->|\.)\s*([\w.>-]+?)\s*$")
# something that puts the two locks in one order, takes them at once, or backs off
_ORDERED: Final = re.compile(
    r"std::lock\s*\(|scoped_lock\s*(<[^>]*>)?\s*\w*\s*[({][^;]*,|\btry_?lock|TryLock|"
    r"pthread_mutex_trylock|\bmin\s*\(|\bmax\s*\(|uintptr|std::less|\bswap\s*\(|"
    r"\.id\s*[<>]|[<>]=?\s*\w+\s*(->|\.)\s*id\b|\(uintptr_t\)|\(intptr_t\)")


def _owner(node: SgNode, kinds: tuple[str, ...]) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in kinds), None)


def _lock_target(node: SgNode) -> str:
    """The text naming the lock a lock call or lock_guard declaration takes."""
    text = node.text()
    for pattern in (r"(?:pthread_mutex_lock|mtx_lock|pthread_rwlock_wrlock)\s*\((.*)\)\s*$",
                    r"^(.*)\.(?:Lock|lock)\s*\(\s*\)\s*$",
                    r"(?:lock_guard|unique_lock)\s*(?:<[^>]*>)?\s*\w+\s*[({](.*)[)}]\s*;?\s*$"):
        found = re.search(pattern, text, re.DOTALL)
        if found:
            return found.group(1).strip()
    return ""


def _parameters(function: SgNode) -> dict[str, str]:
    """Each parameter's name and its type (with `*`/`&`), for C, C++ and Go."""
    types: dict[str, str] = {}
    parameters = function.field("parameters")
    if parameters is None:
        declarator = function.field("declarator")
        while declarator is not None and parameters is None:
            parameters = declarator.field("parameters")
            declarator = declarator.field("declarator")
    if parameters is None:
        return types
    for parameter in parameters.children():
        if parameter.kind() != "parameter_declaration":
            continue
        kind = parameter.field("type")
        kind_text = kind.text() if kind is not None else ""
        names = [c for c in parameter.children() if c.kind() == "identifier"]
        if (names and kind is not None and kind.kind() != "identifier") or len(names) > 1 or \
                (names and parameter.field("declarator") is None):
            # Go: `from, to *Account`
            for name in names:
                types[name.text()] = re.sub(r"\s+", "", kind_text)
            continue
        declarator = parameter.field("declarator")
        if declarator is None:
            continue
        marks = re.sub(r"[\w\s]", "", re.sub(r"\[.*\]", "[]", declarator.text()))
        words = re.findall(r"\w+", declarator.text())
        if words:
            types[words[-1]] = re.sub(r"\s+", "", kind_text) + marks
    return types


def _locks_in(body: SgNode) -> list[SgNode]:
    calls = [n for n in body.find_all(kind="call_expression")
             if re.search(r"^(pthread_mutex_lock|mtx_lock|pthread_rwlock_wrlock)\s*\(|"
                          r"\.(Lock|lock)\s*\(\s*\)$", n.text())]
    guards = [n for n in body.find_all(regex=r"^(std::)?(lock_guard|unique_lock)\b")
              if n.kind() == "declaration"]
    return calls + guards


def lock_order_from_arguments(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C, C++, Go: a lock of `to`'s lock taken while the same lock of `from`, another
    parameter of the same type, is held, with nothing fixing an order between the two."""
    del root, subject
    target = _TARGET.match(_lock_target(node))
    function = _owner(node, _FUNCTIONS)
    if target is None or function is None or function.kind() in ("func_literal",
                                                                   "lambda_expression"):
        return None
    second, path = target.group(1), target.group(3)
    types = _parameters(function)
    body = function.field("body")
    if second not in types or body is None or _ORDERED.search(body.text()):
        return None
    start = node.range().start.index
    for earlier in _locks_in(body):
        if earlier.range().end.index > start:
            continue
        held = _TARGET.match(_lock_target(earlier))
        if held is None or held.group(3) != path or held.group(1) == second:
            continue
        first = held.group(1)
        if types.get(first) != types[second]:
            continue
        if earlier.kind() == "declaration":
            block = _owner(earlier, _BLOCKS)
            if block is None or not any(a == block for a in node.ancestors()):
                continue  # the guard's scope ended before the second lock
        if _released_between(body, node, earlier, first, path):
            continue
        # the two compared (`if from < to`, `if (a->id < b->id)`) decides the order
        if any(re.search(rf"\b{first}\b", t.text()) and re.search(rf"\b{second}\b", t.text())
               and re.search(r"[<>]", t.text())
               for t in body.find_all(kind="binary_expression")):
            return None
        return second
    return None


def _released_between(body: SgNode, node: SgNode, earlier: SgNode, first: str,
                      path: str) -> bool:
    """True when the first lock is given back between the two locks on the way to the
    second: an unlock (not deferred) in a block the second lock is also in."""
    unlock = re.compile(
        rf"^((pthread_mutex_unlock|mtx_unlock|pthread_rwlock_unlock)\s*\(\s*&?\s*{first}\s*"
        rf"(->|\.)\s*{re.escape(path)}\s*\)|{first}\s*(->|\.)\s*{re.escape(path)}\s*\.\s*"
        r"(Unlock|unlock)\s*\(\s*\))$")
    for call in body.find_all(kind="call_expression"):
        if not (earlier.range().end.index <= call.range().start.index
                and call.range().end.index <= node.range().start.index):
            continue
        parent = call.parent()
        if not unlock.match(call.text()) or (parent is not None and
                                             parent.kind() == "defer_statement"):
            continue
        block = _owner(call, _BLOCKS)
        if block is not None and any(a == block for a in node.ancestors()):
            return True
    return False


def py_lock_order_from_arguments(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Python: `with b.lock:` inside `with a.lock:` where `a` and `b` are two different
    parameters of the function (or `self` and a parameter), and nothing orders them (a
    comparison naming both, `id(...)`, `sorted(...)`) or backs off (`acquire(timeout=`,
    `blocking=False`)."""
    del root
    inner = node.get_match("B")
    outer = node.get_match("A")
    function = _owner(node, ("function_definition",))
    if inner is None or outer is None or function is None:
        return None
    first, second = outer.text(), inner.text()
    parameters = function.field("parameters")
    names = {c.text() for c in parameters.children() if c.kind() == "identifier"} \
        if parameters is not None else set()
    names |= {named.text() for c in (parameters.children() if parameters else [])
              if c.kind() in ("default_parameter", "typed_default_parameter")
              and (named := c.field("name")) is not None}
    names |= {c.children()[0].text() for c in (parameters.children() if parameters else [])
              if c.kind() == "typed_parameter" and c.children()}
    body = function.field("body")
    if first == second or first not in names or second not in names or body is None:
        return None
    if re.search(r"\bid\s*\(|\bsorted\s*\(|\bmin\s*\(|\bmax\s*\(|timeout\s*=|blocking\s*=\s*False|"
                 r"\.id\s*[<>]", body.text()):
        return None
    if any(re.search(rf"\b{first}\b", c.text()) and re.search(rf"\b{second}\b", c.text())
           and re.search(r"[<>]", c.text()) for c in body.find_all(kind="comparison_operator")):
        return None
    return second or subject


CONC_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "lock-order-from-arguments": lock_order_from_arguments,
    "py-lock-order-from-arguments": py_lock_order_from_arguments,
}
