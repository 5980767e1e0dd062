"""Loop costs with ``ast``: derived only where the code shows them, open questions otherwise."""

from __future__ import annotations

import ast
import re
from typing import Final

from .finding_facts import CostFacts, Facts
from .percall import PyScans, py_per_call_scans
from .python import dotted
from .risk import Risk
from .risk import names as _names
from .risk import src as _src
from .risk import walk as _walk

_HALVING: Final = re.compile(r"(//=\s*2|>>=\s*1|/=\s*2)")


def _part_of(it: ast.expr, items: set[str]) -> bool:
    """True when `it` is a part of the outer loop's current item: the item itself or a piece
    of it (`row`, `row.cells`, `table[key]`, `line.split()`), not a call that merely takes it
    as an argument (`range(i, n)`, `orders.filter(...)`)."""
    if isinstance(it, ast.Call):
        func = it.func
        while isinstance(func, ast.Attribute):
            func = func.value
        return isinstance(it.func, ast.Attribute) and isinstance(func, ast.Name) \
            and func.id in items
    return bool(_names(it) & items)


def _loop_cost(loop: ast.For | ast.While | ast.AsyncFor, outer: list[ast.AST],
               constants: dict[str, int]) -> tuple[str | None, str]:
    """(derivable big-O or None, how it was derived / what the loop iterates)."""
    if isinstance(loop, ast.While):
        body = "\n".join(_src(s) for s in loop.body)
        test = _src(loop.test)
        if _HALVING.search(body) or re.search(r"\b(\w+)\s*=\s*\1\s*//\s*2\b", body) or (
                re.search(r"\bmid\b", body) and re.search(r"\b(lo|low|left|hi|high|right)\s*=\s*mid",
                                                         body)):
            return "O(log n)", f"the while loop on `{test}` halves its range each time round"
        if any(n in constants for n in _names(loop.test)):
            return "O(1)", (f"the while loop on `{test}` is bounded by a constant, not by the "
                            "input size")
        return None, f"the while loop on `{test}`"
    it = loop.iter
    text = _src(it)
    if isinstance(it, ast.Name) and it.id in constants:
        return "O(1)", f"the loop over `{text}` walks a fixed collection"
    if isinstance(it, ast.Call) and dotted(it.func) == "range":
        used = set().union(*(_names(a) for a in it.args)) if it.args else set()
        if (used and used <= set(constants)) or all(isinstance(a, ast.Constant) for a in it.args):
            return "O(1)", f"the loop over `{text}` runs a fixed number of times"
    for parent in reversed(outer):
        if isinstance(parent, (ast.For, ast.AsyncFor)) and _part_of(it, _names(parent.target)):
            target = _src(parent.target)
            return "O(total)", (f"the inner loop walks `{text}` of the current `{target}` "
                                f"only, so over the whole of `{_src(parent.iter)}` its body runs "
                                f"once per item in total")
    for parent in outer:
        if not isinstance(parent, (ast.For, ast.AsyncFor)):
            continue
        ptext = _src(parent.iter)
        same = ptext == text
        if isinstance(it, ast.Call) and isinstance(parent.iter, ast.Call) and \
                dotted(it.func) == dotted(parent.iter.func) == "range":
            if len(parent.iter.args) == 3 and it.args and \
                    _src(it.args[-1]) == _src(parent.iter.args[2]):
                # `for i in range(0, n, w): for j in range(w)`: w items per step, n in total
                return "O(total)", (f"the outer loop steps through `{ptext}` and the inner "
                                    f"loop walks `{text}`, one step's worth, so the body runs "
                                    "once per item in total")
            outer_bound = _bound_names(parent.iter.args)
            inner_bound = _bound_names(it.args)
            same = same or bool(outer_bound and outer_bound == inner_bound
                                and not outer_bound & set(constants))
        if same and ptext == text:
            return "O(n^2)", (f"for each item of `{ptext}` the inner loop walks `{text}` again, "
                              "n × n steps")
        if same:
            return "O(n^2)", (f"the outer loop runs over `{ptext}` and the inner loop over "
                              f"`{text}`, both bounded by the same size: about n²/2 steps")
        if isinstance(it, ast.Call) and dotted(it.func) == "range" and isinstance(
                parent.iter, ast.Call) and dotted(parent.iter.func) == "range" and \
                _names(it) & _names(parent.target):
            if _names(parent.iter) and not _names(parent.iter) <= set(constants):
                return "O(n^2)", (f"the inner loop `{text}` runs up to the outer counter, "
                                  f"1 + 2 + ... + n steps over `{ptext}`: about n²/2")
            return "O(1)", f"both loops are bounded by constants (`{ptext}`)"
    return None, f"the loop over `{text}`"


def _bound_names(args: list[ast.expr]) -> set[str]:
    """What a `range(...)` stops at, by name: `range(n)`, `range(a, n)` and `range(a, n, s)`
    all stop at n (a step is no bound); an attribute counts whole (`self.rows`, not `self`)."""
    if not args:
        return set()
    stop = args[1] if len(args) > 1 else args[0]
    within = {id(n.value) for n in ast.walk(stop) if isinstance(n, ast.Attribute)}
    return {_src(n) for n in ast.walk(stop)
            if isinstance(n, (ast.Name, ast.Attribute)) and id(n) not in within}


def _bound(loop: ast.AST) -> str:
    if isinstance(loop, (ast.For, ast.AsyncFor)):
        return _src(loop.iter)
    if isinstance(loop, ast.While):
        return _src(loop.test)
    return ""


def loop_risks(fn: ast.FunctionDef | ast.AsyncFunctionDef, constants: dict[str, int],
               out: list[Risk], scans: PyScans | None = None) -> None:
    """Derivable costs and open cost questions for the loops of one function."""
    fixed: set[int] = set()

    def walk(node: ast.AST, outer: list[ast.AST]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                continue
            if isinstance(child, (ast.For, ast.AsyncFor, ast.While)):
                cost, how = _loop_cost(child, outer, constants)
                nested = any(isinstance(o, (ast.For, ast.AsyncFor, ast.While)) for o in outer)
                if cost == "O(1)":
                    fixed.add(id(child))
                if cost == "O(1)" and nested and all(id(o) in fixed for o in outer):
                    bounds = ", ".join(f"`{_bound(o)}`" for o in [*outer, child])
                    how = (f"every loop is bounded by a constant ({bounds}): the body runs a "
                           "fixed number of times whatever the input")
                    out.append(Risk("complexity", child.lineno, fn.name, how,
                                    Facts(cost=CostFacts("O(1)", how, child.lineno, how))))
                if cost in ("O(n^2)", "O(log n)", "O(total)"):
                    out.append(Risk("complexity", child.lineno, fn.name, how,
                                        Facts(cost=CostFacts(cost, how, child.lineno, how))))
                elif cost is None and nested:
                    out.append(Risk("complexity", child.lineno, fn.name, how,
                                        Facts(cost=CostFacts(
                                            None, how, child.lineno,
                                            outer=_loop_desc(outer[-1])))))
                if isinstance(child, (ast.For, ast.AsyncFor)):
                    _scans(out, fn, child)
                if scans is not None and cost != "O(1)" and \
                        isinstance(child, (ast.For, ast.AsyncFor)):
                    py_per_call_scans(scans, fn, child, out)
                walk(child, [*outer, child])
            else:
                walk(child, outer)
    walk(fn, [])


def _loop_desc(node: ast.AST) -> str:
    if isinstance(node, (ast.For, ast.AsyncFor)):
        return f"the loop over `{_src(node.iter)}`"
    if isinstance(node, ast.While):
        return f"the while loop on `{_src(node.test)}`"
    return "the enclosing loop"


def _local_lists(fn: ast.AST) -> dict[str, int]:
    return {t.id: n.lineno for n in _walk(fn) if isinstance(n, ast.Assign)
            and (isinstance(n.value, (ast.List, ast.ListComp))
                 or (isinstance(n.value, ast.Call) and dotted(n.value.func) in ("list", "sorted")))
            for t in n.targets if isinstance(t, ast.Name)}


def _appended_in(loop: ast.For | ast.AsyncFor, name: str) -> int:
    """The line where the loop appends to list `name` (0 when it does not): the list grows with it."""
    for node in ast.walk(loop):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in ("append", "insert") and _src(node.func.value) == name:
            return node.lineno
    return 0


def _inputs_of(fn: ast.AST) -> set[str]:
    """A function's parameters and the names it assigns: the collections that grow with its
    input (a module's own table, `_WILDS`, is of a fixed size)."""
    params = {a.arg for a in ast.walk(fn) if isinstance(a, ast.arg)} if isinstance(
        fn, (ast.FunctionDef, ast.AsyncFunctionDef)) else set()
    return params | {t.id for n in _walk(fn) if isinstance(n, (ast.Assign, ast.AnnAssign))
                     for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                     if isinstance(t, ast.Name)}


def _search_per_item(node: ast.AST, loop: ast.For | ast.AsyncFor, inputs: set[str]) -> str | None:
    """The collection a comprehension inside the loop walks to find what matches the current
    item (`next(c for c in customers if c["id"] == cid)`, `[u for u in users if u.team ==
    row.team]`), or None: a join done as a search per item. Not one over a piece of the current
    item, nor one whose test does not depend on it."""
    if not isinstance(node, (ast.GeneratorExp, ast.ListComp, ast.SetComp)) or node is loop.iter:
        return None
    gen = node.generators[0]
    if not gen.ifs or not isinstance(gen.iter, (ast.Name, ast.Attribute)):
        return None
    root: ast.expr = gen.iter
    while isinstance(root, ast.Attribute):
        root = root.value
    if not (isinstance(root, ast.Name) and (root.id in inputs or root.id == "self")):
        return None  # a module's own table: its size does not grow with the input
    item = _names(loop.target)
    per_item = item | {t.id for stmt in loop.body for n in ast.walk(stmt) if isinstance(n, ast.Assign)
                       for t in n.targets if isinstance(t, ast.Name)}
    if _part_of(gen.iter, per_item) or not any(_names(cond) & per_item for cond in gen.ifs):
        return None
    return _src(gen.iter)


def _scans(out: list[Risk], fn: ast.AST, loop: ast.For | ast.AsyncFor) -> None:
    """`x in seq` (or seq.index/count) inside a loop: n × n over the same data, n × m over a list."""
    seq = _src(loop.iter)
    lists = _local_lists(fn)
    inputs = _inputs_of(fn)
    for node in ast.walk(loop):
        target, searched = "", False
        if isinstance(node, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn))
                                                 for o in node.ops):
            target = _src(node.comparators[-1])
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in ("index", "count", "remove"):
            target = _src(node.func.value)
        elif (search := _search_per_item(node, loop, inputs)) is not None:
            target, searched = search, True
        line = getattr(node, "lineno", loop.lineno)
        name = getattr(fn, "name", "")
        if searched:
            scope = "again" if target == seq else f"`{target}`"
            how = (f"for each item of `{seq}`, line {line} walks {scope} looking for a match "
                   f"(`{_src(node)[:60]}`): len({seq}) × len({target}) steps")
            cost = "O(n^2)" if target == seq else "O(n*m)"
        elif target and target == seq and node is not loop.iter:
            how = (f"inside the loop over `{seq}`, line {line} scans `{seq}` again, "
                   "a linear search per item, n × n steps")
            cost = "O(n^2)"
        elif target in lists and target != seq and (grows := _appended_in(loop, target)):
            how = (f"`{target}` (a list) gains an item per item of `{seq}` (line {grows}) and "
                   f"is searched item by item at line {line}: up to n × n steps for n items")
            cost = "O(n^2)"
        elif target in lists and target != seq:
            how = (f"for each item of `{seq}`, `{target}` (a list) is searched item by item at "
                   f"line {line}: len({seq}) × len({target}) steps")
            cost = "O(n*m)"
        else:
            continue
        out.append(Risk("complexity", line, name, how,
                            Facts(cost=CostFacts(cost, how, loop.lineno, how, sequence=seq,
                                                 scanned=target))))
        return
