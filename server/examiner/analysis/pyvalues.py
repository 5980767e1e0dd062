"""Values that come out wrong, and state that is read and acted on in two steps, with ``ast``.

- `Decimal(x)` of a float (a float literal, `float(...)`, or a name or field the module
  annotates `float`): the decimal module docs, "Decimal(0.1) ... 0.1000000000000000055511151231257827";
  construct from a string (`Decimal(str(x))`) or keep the amount as text or cents (CERT
  FLP34-J's sibling for Java, SpotBugs DMI_BIGDECIMAL_CONSTRUCTED_FROM_DOUBLE).
- `a is b` between two values the module treats as numbers or strings (ids, counts, fields
  it annotates `int`/`str`): `is` tests identity, and only small ints and some strings are
  cached (the Python docs, "Identity comparisons"; pylint R0123 literal-comparison, ruff F632
  for literals only).
- A binary search from `hi = len(xs)` under `while lo <= hi` that reads `xs[mid]`: when the
  target is above every item, `lo` and `hi` meet at `len(xs)` and `xs[mid]` is one past the end
  (CWE-193; the half-open form keeps `lo < hi`, the closed one starts at `len(xs) - 1`).
- `while not q.empty(): q.get()` in a module that runs threads or tasks: the queue docs, "If
  empty() returns False it doesn't guarantee that a subsequent call to get() will not block";
  another consumer takes the last item in between and this one waits for ever (CWE-367).
- A mutable class attribute that a method changes (`items = []` in the class, then
  `self.items.append(x)`) is one list shared by every instance (the tutorial, 9.3.5 "Class and
  Instance Variables": "the tricks list ... should not be used as a class variable because just
  a single list would be shared by all Dog instances"); the question is asked here, the finding
  comes from ruff's RUF012 with the premise that something changes it (`facts.py`).
- `sum`, `max`, `min`, `sorted` or a mean of a list the same loop appends to, on every round:
  the work grows with the list, so the loop is O(n²) (the Python docs' TimeComplexity; keep a
  running total, count or heap).
"""

from __future__ import annotations

import ast
import re
from typing import Final

from .python import dotted
from .risk import Risk, own_nodes, rule_risk
from .risk import src as _src

__all__ = ["QUESTIONS", "value_risks"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

_DECIMAL_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What exactly does "
                     "`Decimal(1.005)` hold, what does that do to the rounding, and how would you "
                     "build the amount?")
_IS_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. When can two equal "
                "values fail that test, and what should it compare?")
_SEARCH_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens when "
                    "the value sought is larger than every item, and how would you fix the "
                    "bounds?")
_QUEUE_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens when "
                   "two workers see one item left at the same moment, and how would you take "
                   "items instead?")
_RESCAN_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. How does the "
                    "running time grow with the input, and how would you keep the figure "
                    "without rescanning?")

_CLASS_ATTR_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. What does a second "
                        "instance see after the first one changes it, and how would you give each "
                        "instance its own?")

QUESTIONS: Final = {
    "py-class-attribute-shared": _CLASS_ATTR_Q,
    "py-decimal-from-float": _DECIMAL_Q, "py-is-compares-values": _IS_Q,
    "py-binary-search-past-end": _SEARCH_Q, "py-queue-empty-then-get": _QUEUE_Q,
    "py-growing-list-rescanned": _RESCAN_Q}
"""The checks here, by id (their key points are in ``questions/templates.py``)."""

_VALUE_NAME: Final = re.compile(
    r"(?i)(^|_)(id|count|num|number|total|port|amount|price|qty|quantity|size|index|idx|"
    r"length)$")
"""Names that hold a number, never an object compared by identity (a `name` or a `key` may be
a tree node or a sentinel object)."""
_SCALARS: Final = frozenset({"int", "str", "float", "Decimal", "bytes"})
_THREADS: Final = re.compile(r"\b(threading\.Thread|Thread\(|ThreadPoolExecutor|ProcessPoolExecutor|"
                             r"multiprocessing|create_task|gather\(|TaskGroup)")
_RESCANS: Final = frozenset({"sum", "max", "min", "sorted", "mean", "median", "fmean",
                             "statistics.mean", "statistics.median", "statistics.fmean",
                             "np.mean", "numpy.mean"})


def _risk(kind: str, line: int, fn: str, detail: str, rule: str, severity: str,
          subject: str) -> Risk:
    return rule_risk(kind, line, fn, detail, rule, severity, subject, QUESTIONS[rule])


def _annotated(tree: ast.Module) -> dict[str, set[str]]:
    """Every name the module annotates (a parameter, a field, a variable) with its types."""
    out: dict[str, set[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.arg) and node.annotation is not None:
            out.setdefault(node.arg, set()).add(_src(node.annotation))
        elif isinstance(node, ast.AnnAssign):
            target = node.target
            name = target.id if isinstance(target, ast.Name) else \
                target.attr if isinstance(target, ast.Attribute) else ""
            if name:
                out.setdefault(name, set()).add(_src(node.annotation))
    return out


def _last_name(node: ast.AST) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _typed(node: ast.AST, types: dict[str, set[str]], want: frozenset[str]) -> bool:
    """The expression is a name or field the module annotates only with types in `want`."""
    found = types.get(_last_name(node))
    return bool(found) and found is not None and all(t in want for t in found)


# --- Decimal of a float ------------------------------------------------------------------------

def _float_value(node: ast.AST, types: dict[str, set[str]]) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, float)
    if isinstance(node, ast.Call):
        return dotted(node.func) == "float"
    return _typed(node, types, frozenset({"float"}))


def _decimal_from_float(fn: _Fn, nodes: list[ast.AST], types: dict[str, set[str]],
                        out: list[Risk]) -> None:
    for node in nodes:
        if isinstance(node, ast.Call) and dotted(node.func) in ("Decimal", "decimal.Decimal") \
                and len(node.args) == 1 and not node.keywords and \
                _float_value(node.args[0], types):
            arg = _src(node.args[0])
            detail = (f"makes a Decimal from the float `{arg}`, which keeps the float's binary "
                      "error instead of the decimal value it was written as")
            out.append(_risk("wrong_result", node.lineno, fn.name, detail,
                             "py-decimal-from-float", "error", arg))
            return


# --- identity for values -----------------------------------------------------------------------

def _value_like(node: ast.AST, types: dict[str, set[str]]) -> bool:
    name = _last_name(node)
    if not name or name.isupper() or name.startswith("_"):
        return False  # a module's sentinel (`_MISSING`, `DEFAULT`) is compared by identity
    return bool(_VALUE_NAME.search(name)) or _typed(node, types, _SCALARS)


def _identity_of_values(fn: _Fn, nodes: list[ast.AST], types: dict[str, set[str]],
                        out: list[Risk]) -> None:
    for node in nodes:
        if not (isinstance(node, ast.Compare) and len(node.ops) == 1 and
                isinstance(node.ops[0], (ast.Is, ast.IsNot))):
            continue
        left, right = node.left, node.comparators[0]
        if isinstance(left, ast.Constant) or isinstance(right, ast.Constant):
            continue  # None, True, False (a literal number is ruff's F632)
        if _value_like(left, types) and _value_like(right, types):
            op = "is not" if isinstance(node.ops[0], ast.IsNot) else "is"
            detail = (f"compares `{_src(left)}` and `{_src(right)}` with `{op}`, which tests "
                      "whether they are the same object, not the same value")
            out.append(_risk("equality_bug", node.lineno, fn.name, detail,
                             "py-is-compares-values", "error", _src(node)))
            return


# --- a binary search one past the end ----------------------------------------------------------

def _len_of(node: ast.AST) -> str:
    """`len(xs)` -> 'xs'."""
    if isinstance(node, ast.Call) and dotted(node.func) == "len" and len(node.args) == 1:
        return _src(node.args[0])
    return ""


def _bound_to_len(nodes: list[ast.AST]) -> dict[str, str]:
    """Names assigned `len(xs)` (also in a tuple: `lo, hi = 0, len(xs)`), and never anything
    else, with the sequence each measures."""
    given: dict[str, list[ast.AST]] = {}
    for node in sorted((n for n in nodes if isinstance(n, ast.Assign)),
                       key=lambda n: (n.lineno, n.col_offset)):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    given.setdefault(target.id, []).append(node.value)
                elif isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple) and \
                        len(target.elts) == len(node.value.elts):
                    for t, v in zip(target.elts, node.value.elts, strict=True):
                        if isinstance(t, ast.Name):
                            given.setdefault(t.id, []).append(v)
    out = {}
    for name, values in given.items():
        seq = _len_of(values[0])
        # later `hi = mid - 1` moves inside the loop are expected; only the start counts
        if seq:
            out[name] = seq
    return out


def _search_past_end(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    bounds = _bound_to_len(nodes)
    if not bounds:
        return
    for loop in nodes:
        if not (isinstance(loop, ast.While) and isinstance(loop.test, ast.Compare) and
                len(loop.test.ops) == 1):
            continue
        test, op = loop.test, loop.test.ops[0]
        left, right = test.left, test.comparators[0]
        if isinstance(op, ast.LtE) and isinstance(right, ast.Name):
            high = right.id
        elif isinstance(op, ast.GtE) and isinstance(left, ast.Name):
            high = left.id
        else:
            continue
        seq = bounds.get(high)
        if not seq:
            continue
        inner = [n for stmt in loop.body for n in ast.walk(stmt)]
        mids = {t.id for n in inner if isinstance(n, ast.Assign) and
                isinstance(n.value, ast.BinOp) and isinstance(n.value.op, (ast.FloorDiv,
                                                                            ast.Add, ast.RShift))
                and high in {x.id for x in ast.walk(n.value) if isinstance(x, ast.Name)}
                for t in n.targets if isinstance(t, ast.Name)}
        for n in inner:
            if isinstance(n, ast.Subscript) and _src(n.value) == seq and \
                    isinstance(n.slice, ast.Name) and n.slice.id in mids:
                detail = (f"searches from `{high} = len({seq})` while `{_src(test)}`, so `{seq}"
                          f"[{n.slice.id}]` can be read at `len({seq})`, one past the end")
                out.append(_risk("wrong_result", n.lineno, fn.name, detail,
                                 "py-binary-search-past-end", "error", _src(n)))
                return


# --- queue.empty() then get() ------------------------------------------------------------------

def _emptiness_test(test: ast.AST) -> str:
    """`not q.empty()`, `q.qsize() > 0`, `q.qsize()` -> 'q'."""
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not) and \
            isinstance(test.operand, ast.Call) and isinstance(test.operand.func, ast.Attribute) \
            and test.operand.func.attr == "empty":
        return _src(test.operand.func.value)
    call = test.left if isinstance(test, ast.Compare) else test
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and \
            call.func.attr == "qsize":
        return _src(call.func.value)
    return ""


def _blocking_get(node: ast.AST, queue: str) -> bool:
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
        node.func.attr == "get" and _src(node.func.value) == queue and not node.args and \
        not node.keywords


def _empty_then_get(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    for node in nodes:
        if not isinstance(node, (ast.While, ast.If)):
            continue
        queue = _emptiness_test(node.test)
        if not queue:
            continue
        get = next((n for stmt in node.body for n in ast.walk(stmt)
                    if isinstance(n, ast.Call) and _blocking_get(n, queue)), None)
        if get is None:
            continue
        detail = (f"tests `{_src(node.test)}` and then takes an item with `{_src(get)}`, which "
                  "waits for ever if another worker took the last one in between")
        out.append(_risk("race_condition", get.lineno, fn.name, detail,
                         "py-queue-empty-then-get", "error", _src(get)))
        return


# --- a growing list rescanned per item -----------------------------------------------------------

def _local_lists(fn: _Fn) -> set[str]:
    return {t.id for n in own_nodes(fn) if isinstance(n, (ast.Assign, ast.AnnAssign))
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Name) and isinstance(n.value, ast.List) and not n.value.elts}


def _rescanned(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    lists = _local_lists(fn)
    if not lists:
        return
    for loop in nodes:
        if not isinstance(loop, (ast.For, ast.AsyncFor, ast.While)):
            continue
        inner = [n for stmt in loop.body for n in ast.walk(stmt)]
        grown = {_src(n.func.value) for n in inner if isinstance(n, ast.Call) and
                 isinstance(n.func, ast.Attribute) and n.func.attr in ("append", "extend")}
        shrunk = {_src(n.func.value) for n in inner if isinstance(n, ast.Call) and
                  isinstance(n.func, ast.Attribute) and n.func.attr in ("pop", "clear",
                                                                        "remove", "popleft")}
        shrunk |= {x.id for n in inner if isinstance(n, (ast.Assign, ast.Delete))
                   for target in n.targets for x in ast.walk(target) if isinstance(x, ast.Name)}
        for n in inner:
            if not (isinstance(n, ast.Call) and dotted(n.func) in _RESCANS and n.args and
                    isinstance(n.args[0], ast.Name)):
                continue
            name = n.args[0].id
            if name in lists and name in grown and name not in shrunk:
                detail = (f"`{_src(n)}` walks all of `{name}` on every round of the loop that "
                          f"appends to it, so the work grows with the square of the input")
                out.append(_risk("quadratic", n.lineno, fn.name, detail,
                                 "py-growing-list-rescanned", "warning", name))
                return


def value_risks(tree: ast.Module, functions: list[_Fn]) -> list[Risk]:
    """The findings above in the given functions of the module."""
    out: list[Risk] = []
    types = _annotated(tree)
    # a queue's emptiness is a race only where threads or tasks consume it
    threaded = any(isinstance(n, ast.Attribute) and n.attr in ("empty", "qsize")
                   for f in functions for n in ast.walk(f)) and \
        bool(_THREADS.search(ast.unparse(tree)))
    for fn in functions:
        nodes = own_nodes(fn)
        _decimal_from_float(fn, nodes, types, out)
        _identity_of_values(fn, nodes, types, out)
        _search_past_end(fn, nodes, out)
        if threaded:
            _empty_then_get(fn, nodes, out)
        _rescanned(fn, nodes, out)
    return out
