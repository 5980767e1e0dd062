"""A hidden case's `checker`: a small expression over the JSON `result`, evaluated in the server.

Never candidate objects: `result` is what `json.loads` made of the sandbox's serialised answer
(None, bool, int, float, str, list, dict). The language is a subset of Python expressions with
no attribute access, no comprehension scopes leaking names, no `**`, and calls only to the
functions in `FUNCTIONS`; sequences built by `*` are capped so a huge `result` cannot make the
server build a huge string.

    >>> evaluate("len(result) == 2 and result[0] < result[1]", [1, 3])
    True
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable
from typing import Any, Final

__all__ = ["FUNCTIONS", "CheckerError", "compile_checker", "evaluate"]

MAX_SEQUENCE: Final = 100_000
"""Longest string, list or tuple an expression may build."""

MAX_SOURCE: Final = 2000


class CheckerError(ValueError):
    """The checker is not a valid expression of the language, or failed on this result."""


def _sorted(value: Any, reverse: bool = False) -> list[Any]:
    return sorted(value, reverse=bool(reverse))


FUNCTIONS: Final[dict[str, Callable[..., Any]]] = {
    "len": len, "abs": abs, "min": min, "max": max, "sum": sum, "sorted": _sorted, "all": all,
    "any": any, "round": round, "int": int, "float": float, "str": str, "bool": bool,
    "list": list, "set": set, "tuple": tuple, "isclose": math.isclose,
}
"""The only callables a checker may call."""

_BINARY: Final[dict[type[ast.operator], Callable[[Any, Any], Any]]] = {
    ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
    ast.Div: operator.truediv, ast.FloorDiv: operator.floordiv, ast.Mod: operator.mod,
}
_UNARY: Final[dict[type[ast.unaryop], Callable[[Any], Any]]] = {
    ast.Not: operator.not_, ast.USub: operator.neg, ast.UAdd: operator.pos,
}
_COMPARE: Final[dict[type[ast.cmpop], Callable[[Any, Any], Any]]] = {
    ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
    ast.Gt: operator.gt, ast.GtE: operator.ge, ast.In: lambda a, b: a in b,
    ast.NotIn: lambda a, b: a not in b, ast.Is: operator.is_, ast.IsNot: operator.is_not,
}
_ALLOWED: Final = (
    ast.Expression, ast.BoolOp, ast.And, ast.Or, ast.BinOp, ast.UnaryOp, ast.Compare, ast.IfExp,
    ast.Constant, ast.Name, ast.Load, ast.List, ast.Tuple, ast.Dict, ast.Set, ast.Subscript,
    ast.Slice, ast.Call, *_BINARY, *_UNARY, *_COMPARE,
)


def compile_checker(source: str) -> ast.Expression:
    """Parse and vet `source`; CheckerError names the first construct it may not use."""
    if len(source) > MAX_SOURCE:
        raise CheckerError(f"a checker is at most {MAX_SOURCE} characters")
    try:
        tree = ast.parse(source.strip(), mode="eval")
    except SyntaxError as exc:
        raise CheckerError(f"not an expression: {exc.msg}") from None
    for node in ast.walk(tree):
        if not isinstance(node, _ALLOWED):
            raise CheckerError(f"a checker may not use {type(node).__name__}")
        if isinstance(node, ast.Name) and node.id != "result" and node.id not in FUNCTIONS:
            raise CheckerError(f"a checker knows only `result` and {', '.join(FUNCTIONS)}, not {node.id}")
        if isinstance(node, ast.Call):
            if not isinstance(node.func, ast.Name) or node.func.id not in FUNCTIONS:
                raise CheckerError("a checker may only call " + ", ".join(FUNCTIONS))
            if node.keywords and not (node.func.id in ("sorted", "isclose")
                                      and all(k.arg in ("reverse", "rel_tol", "abs_tol") for k in node.keywords)):
                raise CheckerError("keyword arguments are not allowed in a checker's calls")
    return tree


def _capped(value: Any) -> Any:
    if isinstance(value, (str, list, tuple)) and len(value) > MAX_SEQUENCE:
        raise CheckerError("the checker built a value too large to keep")
    return value


def _eval(node: ast.AST, result: Any) -> Any:
    if isinstance(node, ast.Expression):
        return _eval(node.body, result)
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return result if node.id == "result" else FUNCTIONS[node.id]
    if isinstance(node, ast.BoolOp):
        value: Any = None
        for part in node.values:
            value = _eval(part, result)
            if isinstance(node.op, ast.And) and not value:
                return value
            if isinstance(node.op, ast.Or) and value:
                return value
        return value
    if isinstance(node, ast.BinOp):
        left, right = _eval(node.left, result), _eval(node.right, result)
        if isinstance(node.op, ast.Mult):
            for seq, count in ((left, right), (right, left)):
                if isinstance(seq, (str, list, tuple)) and isinstance(count, int) \
                        and len(seq) * max(count, 0) > MAX_SEQUENCE:
                    raise CheckerError("the checker built a value too large to keep")
        return _capped(_BINARY[type(node.op)](left, right))
    if isinstance(node, ast.UnaryOp):
        return _UNARY[type(node.op)](_eval(node.operand, result))
    if isinstance(node, ast.Compare):
        left = _eval(node.left, result)
        for op, comparator in zip(node.ops, node.comparators, strict=True):
            right = _eval(comparator, result)
            if not _COMPARE[type(op)](left, right):
                return False
            left = right
        return True
    if isinstance(node, ast.IfExp):
        return _eval(node.body if _eval(node.test, result) else node.orelse, result)
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        items = [_eval(e, result) for e in node.elts]
        return items if isinstance(node, ast.List) else tuple(items) if isinstance(node, ast.Tuple) else set(items)
    if isinstance(node, ast.Dict):
        return {_eval(k, result): _eval(v, result) for k, v in zip(node.keys, node.values, strict=True)
                if k is not None}
    if isinstance(node, ast.Subscript):
        return _eval(node.value, result)[_eval(node.slice, result)]
    if isinstance(node, ast.Slice):
        parts = (node.lower, node.upper, node.step)
        return slice(*(None if p is None else _eval(p, result) for p in parts))
    if isinstance(node, ast.Call):
        func = FUNCTIONS[node.func.id]  # type: ignore[attr-defined]
        args = [_eval(a, result) for a in node.args]
        kwargs = {k.arg: _eval(k.value, result) for k in node.keywords if k.arg}
        return _capped(func(*args, **kwargs))
    raise CheckerError(f"a checker may not use {type(node).__name__}")


def evaluate(source: str | ast.Expression, result: Any) -> bool:
    """Whether the checker holds for `result`; CheckerError when it cannot be evaluated."""
    tree = compile_checker(source) if isinstance(source, str) else source
    try:
        return bool(_eval(tree, result))
    except CheckerError:
        raise
    except (TypeError, ValueError, KeyError, IndexError, ZeroDivisionError, OverflowError,
            RecursionError, MemoryError) as exc:
        raise CheckerError(f"the checker failed on this result: {type(exc).__name__}: {exc}"[:300]) from None
