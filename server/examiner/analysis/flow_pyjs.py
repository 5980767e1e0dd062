"""Checks of round flow-pyjs (``rules/*.yaml`` name them in ``filter``): hazards followed one
step through the program's own names.

- Python and JavaScript: the bound of a loop over a sequence's positions against the furthest
  position its body reads (CWE-193, off-by-one). `for i in range(len(xs) - K)` (or
  `i < xs.length - K`, `<=`, the bound kept in a local first) whose body reads `xs[i + J]`,
  a slice `xs[i:i + J]` or an inner loop's `xs[i + j]`: the bound is right only when its last
  start plus the furthest offset is the last index. One less skips the last window; one more
  reads past the end (IndexError in Python, `undefined` in JavaScript).

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .trees import ancestor, contains, ends_before

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["FLOW_PYJS_FILTERS", "linear"]

Linear = dict[str, int]
"""An integer expression as a sum: each opaque term's text -> its coefficient, "" the constant."""

_PY_FUNCTIONS: Final = ("function_definition",)
_JS_FUNCTIONS: Final = ("function_declaration", "arrow_function", "method_definition",
                        "function_expression", "generator_function_declaration")


def linear(text: str) -> Linear | None:
    """`len(xs) - k + 1` -> {"len(xs)": 1, "k": -1, "": 1}; None when it does not parse. Terms
    other than sums and differences (a product, a call) are kept whole, by their text."""
    try:
        tree = ast.parse(text.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return None
    out: Linear = {}

    def add(node: ast.expr, sign: int) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
            add(node.left, sign)
            add(node.right, sign if isinstance(node.op, ast.Add) else -sign)
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
            add(node.operand, -sign)
        elif isinstance(node, ast.Constant) and type(node.value) is int:
            out[""] = out.get("", 0) + sign * node.value
        else:
            key = ast.unparse(node)
            out[key] = out.get(key, 0) + sign
    add(tree, 1)
    return {k: v for k, v in out.items() if v}


def _merge(a: Linear, b: Linear) -> Linear:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) + v
    return {k: v for k, v in out.items() if v}


def _minus(a: Linear, b: Linear) -> Linear:
    out = dict(a)
    for k, v in b.items():
        out[k] = out.get(k, 0) - v
    return {k: v for k, v in out.items() if v}


def _assigned_once(scope: SgNode, name: str, before: SgNode, kinds: tuple[str, ...],
                   left: str, right: str) -> str | None:
    """The value text of the one assignment of `name` in `scope`, written before `before`."""
    values = [n for n in scope.find_all(any=[{"kind": k} for k in kinds])
              if (n.field(left) is not None and n.field(left).text() == name)]  # type: ignore[union-attr]
    if len(values) != 1 or not ends_before(values[0], before):
        return None
    value = values[0].field(right)
    return value.text() if value is not None else None


def _bound(text: str, length_of: Callable[[Linear], str | None]) -> tuple[str, Linear] | None:
    """(the sequence, the bound less its length) for a bound `len(xs) - K`/`xs.length - K`."""
    expr = linear(text)
    if expr is None:
        return None
    seqs = [(k, length_of({k: v})) for k, v in expr.items() if k and v == 1]
    seqs = [(k, s) for k, s in seqs if s is not None]
    if len(seqs) != 1:
        return None
    key, seq = seqs[0]
    rest = dict(expr)
    del rest[key]
    if any(length_of({k: 1}) is not None for k in rest):
        return None  # two lengths: not one sequence's positions
    return seq, rest  # type: ignore[return-value]


def _py_len(term: Linear) -> str | None:
    (key, _), = term.items()
    m = re.fullmatch(r"len\(([\w.]+)\)", key)
    return m.group(1) if m else None


def _js_len(term: Linear) -> str | None:
    (key, _), = term.items()
    m = re.fullmatch(r"([\w$.]+)\.length", key)
    return m.group(1) if m else None


def _offset(index: str, var: str, inner: dict[str, Linear]) -> Linear | None:
    """`i + j + 1` -> the offset past `i` (an inner loop's variable at its largest), or None
    when `index` is not `i` plus something."""
    expr = linear(index)
    if expr is None or expr.get(var) != 1:
        return None
    del expr[var]
    for name, top in inner.items():
        if name in expr:
            coef = expr.pop(name)
            if coef != 1:
                return None
            expr = _minus(expr, {k: -v for k, v in top.items()})
    return expr


def _judge(rest: Linear, reads: list[tuple[Linear, str]], window: bool,
           expect: str) -> str | None:
    """`rest` + an offset is how far past the last index a read lands on the last round.
    "long": some read lands past it (its text is returned). "short": every read is comparable
    and the furthest lands one before it, on a window (a slice, an inner loop, two positions)."""
    slacks = [(_merge(rest, off), text) for off, text in reads]
    plain = [(s.get("", 0), text) for s, text in slacks if not set(s) - {""}]
    if not plain:
        return None
    if expect == "long":
        far, text = max(plain, key=lambda p: p[0])
        return text if far >= 1 else None
    if len(plain) != len(slacks):
        return None
    window = window or len({p[0] for p in plain}) > 1
    return "short" if window and max(p[0] for p in plain) == -1 else None


def _every_round(access: SgNode, loop: SgNode) -> bool:
    """`access` runs on every round of `loop`: not in a branch of an `if` or a conditional
    expression (only in its test), whose condition may say the item has a next one."""
    for above in access.ancestors():
        if above == loop:
            return True
        if above.kind() in ("if_statement", "conditional_expression", "ternary_expression",
                            "elif_clause", "else_clause"):
            cond = above.field("condition")
            if cond is None or not contains(cond, access):
                return False
    return True


def _guards(body: SgNode, names: set[str]) -> bool:
    """The body names the bound or a local holding the length (`if i < n - 1`)."""
    return any(n.text() in names for n in body.find_all(kind="identifier"))


# --- Python ---------------------------------------------------------------------------------

def _range_stop(text: str) -> str | None:
    """The stop of `range(stop)` or `range(start, stop)`, as text; None for anything else."""
    if not text.startswith("range("):
        return None
    try:
        call = ast.parse(text, mode="eval").body
    except (SyntaxError, ValueError, RecursionError):
        return None
    if not isinstance(call, ast.Call) or call.keywords or not 1 <= len(call.args) <= 2:
        return None
    return ast.unparse(call.args[-1])


_PY_COMPREHENSIONS: Final = ("generator_expression", "list_comprehension", "set_comprehension",
                              "dictionary_comprehension")


def _py_binding(loop: SgNode) -> tuple[str, Linear] | None:
    """`for j in range(E)`/`range(S, E)` (a statement or a comprehension's clause): (j, E - 1)."""
    left, right = loop.field("left"), loop.field("right")
    if left is None or right is None or left.kind() != "identifier":
        return None
    stop = _range_stop(right.text())
    top = linear(stop) if stop is not None else None
    return (left.text(), _minus(top, {"": 1})) if top is not None else None


def _py_inner(access: SgNode, outer: SgNode) -> dict[str, Linear]:
    """The inner loops' variables at `access`, each at its largest value, the nearest binding
    of a name first."""
    out: dict[str, Linear] = {}
    for above in access.ancestors():
        if above == outer:
            break
        loops = [above] if above.kind() == "for_statement" else \
            [c for c in above.children() if c.kind() == "for_in_clause"] \
            if above.kind() in _PY_COMPREHENSIONS else []
        for loop in loops:
            bound = _py_binding(loop)
            if bound is not None and bound[0] not in out:
                out[bound[0]] = bound[1]
    return out


def _py_window(node: SgNode, expect: str) -> str | None:
    left, right, body = node.field("left"), node.field("right"), node.field("body")
    if left is None or right is None or body is None or left.kind() != "identifier":
        return None
    var = left.text()
    stop = _range_stop(right.text())
    if stop is None:
        return None
    held: set[str] = set()
    if re.fullmatch(r"\w+", stop):
        # one step: the bound kept in a local first (`last = len(xs) - k`)
        scope = ancestor(node, *_PY_FUNCTIONS)
        if scope is None:
            return None
        value = _assigned_once(scope, stop, node, ("assignment",), "left", "right")
        if value is None:
            return None
        held.add(stop)
        stop = value
    found = _bound(stop, _py_len)
    if found is None:
        return None
    seq, rest = found  # last start: len + rest - 1
    # sentinel exits and guards: the loop may leave, or test the position against the length
    text = body.text()
    if re.search(rf"\b{re.escape(var)}\s*[+-]?=", text) or _guards(body, held) or \
            f"len({seq})" in text:
        return None
    if expect == "short" and _py_documented_shape(right.text(), body, var, seq, rest):
        return var
    # the loop may leave before the last rounds (a sentinel), or tests positions itself: a
    # read past the end is not certain (a window skipped is, wherever the loop leaves)
    if expect == "long" and re.search(r"\b(break|return|raise)\b|\blen\(|IndexError|\bwhile\b",
                                      text):
        return None
    reads: list[tuple[Linear, str]] = []
    window = False
    for sub in body.find_all(kind="subscript"):
        held_in = sub.field("value")
        if held_in is None or held_in.text() != seq:
            continue
        inner = _py_inner(sub, node)
        index = sub.field("subscript")
        if index is None:
            continue
        if index.kind() == "slice":
            parts = [c for c in index.children() if c.kind() != ":"]
            colons = [c for c in index.children() if c.kind() == ":"]
            if len(colons) != 1 or len(parts) != 2:
                continue
            upper = _offset(parts[1].text(), var, inner)
            if upper is None or _offset(parts[0].text(), var, inner) is None:
                continue
            reads.append((_minus(upper, {"": 1}), sub.text()))
            window = True
        else:
            off = _offset(index.text(), var, inner)
            if off is None:
                continue
            if any(k in inner for k in linear(index.text()) or {}):
                window = True
            if expect == "long" and not _every_round(sub, node):
                continue
            reads.append((off, sub.text()))
    verdict = _judge(rest, reads, window, expect)
    if verdict is None:
        return None
    return verdict if expect == "long" else var




def _py_documented_shape(call: str, body: SgNode, var: str, seq: str, rest: Linear) -> bool:
    """The documentation's shape, kept as the rule read it before: `range(len(a) - k)` (k one
    name or number) with a slice `a[i:i + k]` or a `range(k)`/`range(1, k)` in the body."""
    if len(rest) != 1 or not re.fullmatch(r"range\(\s*len\([\w.]+\)\s*-\s*[\w.]+\s*\)", call):
        return False
    (k, coef), = rest.items()
    if k and coef != -1:
        return False
    pattern = re.escape(k or str(-coef))
    slices = rf"\b{re.escape(seq)}\[\s*{re.escape(var)}\s*:\s*{re.escape(var)}\s*\+\s*{pattern}\s*\]"
    inner = rf"\brange\(\s*(1\s*,\s*)?{pattern}\s*\)"
    text = body.text()
    return bool(re.search(slices, text) or re.search(inner, text))


def py_window_short(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`range(len(xs) - K)` whose body reads a window ending one short of the last item."""
    del root, subject
    return _py_window(node, "short")


def py_window_long(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`range(len(xs) - K)` whose body reads past the last item on the last rounds."""
    del root, subject
    return _py_window(node, "long")


# --- JavaScript -----------------------------------------------------------------------------

def _js_inner(access: SgNode, outer: SgNode) -> dict[str, Linear]:
    """The inner loops' variables at `access` (`for (let j = ...; j < E; j++)`), each at its
    largest value, the nearest binding of a name first."""
    out: dict[str, Linear] = {}
    for loop in access.ancestors():
        if loop == outer:
            break
        cond = loop.field("condition") if loop.kind() == "for_statement" else None
        m = re.fullmatch(r"\s*([\w$]+)\s*(<=?)\s*(.+?)\s*;?\s*", cond.text()) if cond else None
        if m is None or m.group(1) in out:
            continue
        top = linear(m.group(3))
        if top is not None:
            out[m.group(1)] = _minus(top, {"": 1}) if m.group(2) == "<" else top
    return out


def _js_window(node: SgNode, expect: str) -> str | None:
    cond, body, init = node.field("condition"), node.field("body"), node.field("initializer")
    step = node.field("increment")
    if cond is None or body is None or step is None:
        return None
    m = re.fullmatch(r"\s*([\w$]+)\s*(<=?)\s*(.+?)\s*;?\s*", cond.text())
    if m is None or not re.fullmatch(rf"{re.escape(m.group(1))}\s*(\+\+|\+=\s*1)|\+\+"
                                     rf"{re.escape(m.group(1))}", step.text().strip()):
        return None
    var, op, stop = m.groups()
    held: set[str] = set()
    if re.fullmatch(r"[\w$]+", stop):
        held.add(stop)
        # one step: the bound kept in a local (`const last = xs.length - k`, or in the
        # loop's own initializer `let i = 0, n = xs.length - k`)
        value = None
        if init is not None:
            d = re.search(rf"(?:^|[\s,]){re.escape(stop)}\s*=\s*([^,;]+)", init.text())
            value = d.group(1) if d else None
        if value is None:
            scope = ancestor(node, *_JS_FUNCTIONS)
            if scope is None:
                return None
            value = _assigned_once(scope, stop, node, ("variable_declarator",), "name", "value")
        if value is None:
            return None
        stop = value
    found = _bound(stop, _js_len)
    if found is None:
        return None
    seq, rest = found
    text = body.text()
    if re.search(rf"(?<![\w$.]){re.escape(var)}\s*([+-]=|\+\+|--)|(\+\+|--){re.escape(var)}",
                 text) or _guards(body, held) or f"{seq}.length" in text:
        return None
    if expect == "short" and _js_documented_shape(cond.text(), body, var, seq, rest):
        return var
    if expect == "long" and re.search(
            r"\b(break|return|throw)\b|\.length\b|undefined|\?\?|\|\||\bwhile\b|\?\.", text):
        return None
    reads: list[tuple[Linear, str]] = []
    window = False
    for sub in body.find_all(any=[{"kind": "subscript_expression"}, {"kind": "call_expression"}]):
        inner = _js_inner(sub, node)
        if sub.kind() == "subscript_expression":
            obj, index = sub.field("object"), sub.field("index")
            if obj is None or index is None or obj.text() != seq:
                continue
            off = _offset(index.text(), var, inner)
            if off is None:
                continue
            if any(k in inner for k in linear(index.text()) or {}):
                window = True
        else:
            fn = sub.field("function")
            fm = re.fullmatch(r"([\w$.]+)\.(slice|substring|subarray)", fn.text()) if fn else None
            args = sub.field("arguments")
            if fm is None or fm.group(1) != seq or args is None:
                continue
            named = [c for c in args.children() if c.is_named()]
            if len(named) != 2 or _offset(named[0].text(), var, inner) is None:
                continue
            upper = _offset(named[1].text(), var, inner)
            if upper is None:
                continue
            off = _minus(upper, {"": 1})
            window = True
        if expect == "long" and not _every_round(sub, node):
            continue
        reads.append((off, sub.text()))
    # the last start, relative to the length, plus one: how far past the last index
    last_start = rest if op == "<=" else _minus(rest, {"": 1})
    verdict = _judge(_merge(last_start, {"": 1}), reads, window, expect)
    if verdict is None:
        return None
    return verdict if expect == "long" else var


def _js_documented_shape(cond: str, body: SgNode, var: str, seq: str, rest: Linear) -> bool:
    """The documentation's shape, kept as the rule read it before: `i < a.length - k` (k one
    name) with `a.slice(i, i + k)` (`substring`, `subarray`) or an inner `j < k`/`j <= k - 1`."""
    if len(rest) != 1 or not re.fullmatch(
            rf"\s*{re.escape(var)}\s*<\s*{re.escape(seq)}\.length\s*-\s*[\w$.]+\s*", cond):
        return False
    (k, coef), = rest.items()
    if coef != -1 or not k:
        return False
    pattern = re.escape(k)
    cut = (rf"\b{re.escape(seq)}\.(slice|substring|subarray)\(\s*{re.escape(var)}\s*,\s*"
           rf"{re.escape(var)}\s*\+\s*{pattern}\s*\)")
    inner = rf"\bfor\s*\([^;]*;\s*[\w$]+\s*(<\s*{pattern}|<=\s*{pattern}\s*-\s*1)\s*;"
    text = body.text()
    return bool(re.search(cut, text) or re.search(inner, text))


def js_window_short(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`i < xs.length - K` whose body reads a window ending one short of the last item."""
    del root, subject
    return _js_window(node, "short")


def js_window_long(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`i < xs.length - K` whose body reads past the last item on the last rounds."""
    del root, subject
    return _js_window(node, "long")


FLOW_PYJS_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "py-window-short": py_window_short,
    "py-window-long": py_window_long,
    "js-window-short": js_window_short,
    "js-window-long": js_window_long,
}
