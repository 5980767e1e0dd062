"""Checks for the rules-py6 round of Python rules from documentation (``rules/python.yaml``
names them in ``filter``): an `assert` that checks what the caller passed in a module whose
own checks raise exceptions (bandit B101, ruff S101: "assert is removed with compiling to
optimised byte code (python -O)").

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import ast
import builtins
import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from .python import last_name, parameter_names, parsed_module
from .trees import line_of, source_of

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["PY6_FILTERS"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

_BUILTINS: Final = frozenset(dir(builtins))
_TYPE_TESTS: Final = frozenset({"isinstance", "issubclass", "callable", "hasattr", "type"})
"""Calls whose assert narrows a type for a checker (`assert isinstance(x, Foo)`), not a rule
of the business."""
_NOT_OWN: Final = frozenset({"AssertionError", "NotImplementedError", "StopIteration",
                             "StopAsyncIteration", "SystemExit", "KeyboardInterrupt"})
_OWN_ERROR: Final = re.compile(r"(Error|Exception|Invalid\w*|Denied|Rejected)$")
_ENTRY_DUNDERS: Final = frozenset({"__init__", "__post_init__", "__new__", "__call__",
                                   "__setitem__", "__set__"})
_REQUEST: Final = re.compile(r"^(request|req|flask\.request)\.(json|form|args|values|data|"
                             r"get_json|query_params|GET|POST|body|params|files|headers|cookies)\b")
"""A local read from the request is the caller's value as much as a parameter is."""
_PARSES: Final = re.compile(r"(?i)^(\w*_)?(parse|decode|convert|coerce|clean|normali[sz]e)(_\w*)?$|"
                            r"^(int|float|Decimal|Fraction)$")
"""A function that turns what the caller passed into a value (`amount = parse_amount(text)`):
its result is the caller's value in another form."""
_PARSE_CALL: Final = re.compile(r"=\s*[\w.]*(parse|decode|convert|coerce|clean|normali[sz]e|int|"
                                r"float|Decimal|Fraction)\w*\(", re.IGNORECASE)
_FETCHES: Final = re.compile(r"(?i)^(\w*_)?(load|read|fetch|lookup|find|get)(_\w*)?$")
"""A function that fetches what the caller's value names (`sale = load_sale(conn, sale_id)`):
its result is no invariant of the function's own work, but no value the caller wrote either
(`n = read_uint8(f); assert n >= 0` checks the reader)."""


def _raises_error(stmt: ast.stmt) -> bool:
    """The statement raises ValueError or an error class of the program's own."""
    if not isinstance(stmt, ast.Raise) or stmt.exc is None:
        return False
    exc = stmt.exc.func if isinstance(stmt.exc, ast.Call) else stmt.exc
    name = exc.attr if isinstance(exc, ast.Attribute) else getattr(exc, "id", "")
    return bool(name) and name not in _NOT_OWN and bool(_OWN_ERROR.search(name))


def _raises_own_errors(tree: ast.Module) -> bool:
    """The module reports bad input by raising: ValueError, its own error classes."""
    return any(isinstance(node, ast.Raise) and _raises_error(node) for node in ast.walk(tree))


def _refusals(scope: ast.AST) -> Iterator[ast.If]:
    """The `if <test>: raise SomeError(...)` checks in the scope."""
    for node in ast.walk(scope):
        if isinstance(node, ast.If) and node.body and _raises_error(node.body[0]):
            yield node


def _validates_by_raising(tree: ast.Module, fn: _Fn, checked: set[str], given: set[str]) -> bool:
    """The program checks input by raising where this assert is: the same function refuses
    another of the caller's values with `if ...: raise`, or a sibling (a method of the same
    class, a function of the module) refuses a parameter of the same name so."""
    if any(_checks_value(r.test, given) for r in _refusals(fn)):
        return True
    home = next((c for c in ast.walk(tree) if isinstance(c, (ast.Module, ast.ClassDef))
                 and any(s is fn for s in c.body)), None)
    for other in home.body if home is not None else ():
        if isinstance(other, (ast.FunctionDef, ast.AsyncFunctionDef)) and other is not fn:
            names = checked & parameter_names(other)
            if names and any(_checks_value(r.test, names) for r in _refusals(other)):
                return True
    return False


def _test_module(tree: ast.Module) -> bool:
    for node in tree.body:
        if isinstance(node, ast.Import) and any(a.name.split(".")[0] in ("pytest", "unittest")
                                                for a in node.names):
            return True
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in (
                "pytest", "unittest", "hypothesis"):
            return True
    return False


def _module_names(tree: ast.Module) -> set[str]:
    """Names the module binds at its top: constants, imports, classes and functions."""
    out: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            out.add(node.name)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            out.update((a.asname or a.name).split(".")[0] for a in node.names)
        else:
            out.update(n.id for n in ast.walk(node)
                       if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store))
    return out


@lru_cache(maxsize=4)
def _asserts(source: str) -> dict[int, tuple[_Fn, ast.Assert]]:
    """Each assert of the module by its line, with the innermost function around it."""
    tree = parsed_module(source)
    found: dict[int, tuple[_Fn, ast.Assert]] = {}

    def visit(node: ast.AST, fn: _Fn | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                visit(child, child)
            else:
                if isinstance(child, ast.Assert) and fn is not None:
                    found.setdefault(child.lineno, (fn, child))
                visit(child, fn)

    if tree is not None:
        visit(tree, None)
    return found


@lru_cache(maxsize=4)
def _module_facts(source: str) -> tuple[bool, frozenset[str], bool, bool]:
    """Whether the module is one to look at (not a test module, and raising its own errors
    for bad input), the names it binds at its top, whether it reads a request and whether it
    names `__debug__`."""
    tree = parsed_module(source)
    if tree is None or _test_module(tree) or not _raises_own_errors(tree):
        return False, frozenset(), False, False
    return (True, frozenset(_module_names(tree)), "request" in source or "req." in source,
            "__debug__" in source)


def _under_debug(fn: _Fn, target: ast.Assert) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, ast.If) and any(isinstance(n, ast.Name) and n.id == "__debug__"
                                            for n in ast.walk(node.test)) and any(
                target is n for n in ast.walk(node)):
            return True
    return False


def _root_name(expr: ast.expr) -> str:
    while isinstance(expr, (ast.Attribute, ast.Subscript, ast.Call)):
        expr = expr.func if isinstance(expr, ast.Call) else expr.value
    return expr.id if isinstance(expr, ast.Name) else ""


def _callers_values(fn: _Fn, before: int) -> tuple[set[str], set[str], set[str]]:
    """The names holding what the caller passed (parameters not rebound before the assert,
    locals read straight from the request or made from a parameter by a function that reads
    input), the locals fetched by those values, and the function's other locals."""
    given = parameter_names(fn)
    fetched: set[str] = set()
    local: set[str] = set()
    for node in ast.walk(fn):
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and node.lineno < before:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
            value = node.value
            if value is not None and not isinstance(node, ast.AugAssign) and \
                    _root_name(value) in ("request", "req", "flask") and \
                    _REQUEST.match(ast.unparse(value)):
                given |= names
                continue
            if isinstance(value, ast.Call) and any(
                    isinstance(a, ast.Name) and a.id in given for a in value.args):
                if _PARSES.match(last_name(value.func)):
                    given |= names
                    continue
                if _FETCHES.match(last_name(value.func)):
                    given -= names
                    fetched |= names
                    continue
            given -= names
            fetched -= names
            local |= names
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store) and \
                node.lineno < before and node.id not in given and node.id not in fetched:
            local.add(node.id)  # a loop's, a with's or a walrus's target
    return given, local - given - fetched, fetched


def _checks_value(test: ast.expr, given: set[str]) -> bool:
    """The test compares what the caller passed with a value (a range, a set of allowed
    values, a length, a format): not a None or type narrowing."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _checks_value(test.operand, given)
    if isinstance(test, ast.BoolOp):
        return any(_checks_value(v, given) for v in test.values)
    if isinstance(test, ast.Compare):
        return not all(isinstance(op, (ast.Is, ast.IsNot)) for op in test.ops) and \
            any(_about(x, given) for x in (test.left, *test.comparators))
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute):
        return _about(test.func.value, given)
    return False


def _about(expr: ast.expr, given: set[str]) -> bool:
    """The expression is the caller's value itself, a part of it (`v.x`, `v["k"]`), its
    length or a method's answer on it: not a value some other call made from it."""
    if isinstance(expr, ast.Name):
        return expr.id in given
    if isinstance(expr, (ast.Attribute, ast.Subscript)):
        return _about(expr.value, given)
    if isinstance(expr, ast.Call):
        if isinstance(expr.func, ast.Name) and expr.func.id in ("len", "abs", "int", "float",
                                                                 "str", "round"):
            return len(expr.args) == 1 and _about(expr.args[0], given)
        if isinstance(expr.func, ast.Attribute):
            return _about(expr.func.value, given)
    if isinstance(expr, ast.BinOp):
        return _about(expr.left, given) or _about(expr.right, given)
    return False


def _names_known(test: ast.expr, given: set[str], local: set[str],
                 module: frozenset[str]) -> bool:
    """Every name the test reads is the caller's value, the module's or a builtin: none is
    a result the function computed (an invariant of its own work)."""
    bound = {n.id for c in ast.walk(test) if isinstance(c, ast.comprehension)
             for n in ast.walk(c.target) if isinstance(n, ast.Name)}
    for node in ast.walk(test):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
                node.func.id in _TYPE_TESTS:
            return False
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load):
            name = node.id
            if name in local and name not in given:
                return False
            if name not in given and name not in bound and name not in module and \
                    name not in _BUILTINS:
                return False
    return True


def _assert_checks_input(root: SgNode, node: SgNode, subject: str) -> str | None:
    """An `assert` in a public function that tests a value the caller passed (a parameter,
    or a local read from the request) against a range, a set or a format, in a module that
    raises its own errors for bad input: under `python -O` the check is gone, and otherwise
    it raises AssertionError, which the module's callers do not catch. Silent in tests, under
    `if __debug__`, for type and None narrowing, and for invariants of the function's own
    results."""
    source = source_of(root)
    looked_at, module_names, reads_request, names_debug = _module_facts(source)
    found = _asserts(source).get(line_of(node)) if looked_at else None
    tree = parsed_module(source)
    if found is None or tree is None:
        return None
    fn, target = found
    name = fn.name
    if name.startswith("test") or (name.startswith("_") and name not in _ENTRY_DUNDERS):
        return None
    # cheap first: the test is about a parameter (or, where a request is read or input is
    # parsed, some name)
    upper = parameter_names(fn)
    if reads_request or _PARSE_CALL.search(source):
        upper |= {n.id for n in ast.walk(target.test) if isinstance(n, ast.Name)}
    if not _checks_value(target.test, upper):
        return None
    if names_debug and _under_debug(fn, target):
        return None
    given, local, fetched = _callers_values(fn, target.lineno)
    if not given or not _checks_value(target.test, given):
        return None
    if not _names_known(target.test, given | fetched, local, module_names):
        return None
    checked = {n.id for n in ast.walk(target.test) if isinstance(n, ast.Name)} & given
    if not _validates_by_raising(tree, fn, checked, given | fetched):
        return None
    return subject


PY6_FILTERS: Final = {
    "py-assert-checks-input": _assert_checks_input,
}
