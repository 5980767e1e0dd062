"""Is SQL text built from strings built only from the code's own text?

"Builds SQL from values" is false when every piece put into the text is the program's own:
string literals, numbers (`$${values.length}`, `len(values)`), a value picked from an
allow-list (`sort if sort in SORTABLE else "id"`, `SORTABLE.has(sort) ? sort : "id"`,
Python's `SORT_COLUMNS.get(sort)` or `SORT_COLUMNS[sort]` from a constant table), or a
join of pieces that are each of these (the `WHERE a = $1 AND b = $2` a filter builds). The
values then travel as parameters, which is the remedy, not the hazard. Anything else (a
parameter, an attribute, a call's result) is a value that may come from outside.

One function's assignments are followed, a few steps deep; a name assigned anywhere from
something unknown is unknown. In Python a parameter is followed one call away: it is the
program's own text when the module calls the function, and every call passes it such a piece
(a literal, a module constant, a name a loop takes from a module constant:
`for table, columns in TABLES.items(): export(conn, table, columns)`). A function the module
never calls has unknown callers.
"""

from __future__ import annotations

import ast
import re
from collections import Counter
from contextvars import ContextVar
from typing import Final

from ast_grep_py import SgNode

from .trees import field_text

__all__ = ["go_query_per_item", "go_sql_from_constants", "java_sql_from_constants",
           "js_sql_from_constants", "py_sql_from_constants", "rust_sql_from_constants"]

_DEPTH: Final = 16
"""How many steps deep a piece is followed before it counts as unknown."""


# ---------------------------------------------------------------- Python (ast)

_PY_MODULE: ContextVar[ast.AST | None] = ContextVar("_PY_MODULE", default=None)
"""The module being read, for the functions a piece calls (`_py_returns_safe`)."""


def py_sql_from_constants(tree: ast.AST, line: int) -> bool:
    """True when the SQL text built on this line (an f-string, `+` or `%`/`.format`) takes
    only pieces of the program's own text."""
    around = [f for f in ast.walk(tree) if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
              and f.lineno <= line <= (f.end_lineno or f.lineno)]
    scope: ast.AST = max(around, key=lambda f: f.lineno) if around else tree
    built = [n for n in ast.walk(scope) if getattr(n, "lineno", None) == line and isinstance(
        n, (ast.JoinedStr, ast.BinOp, ast.Call))]
    if not built:
        return False
    # the module's own constants (`SPOOL_TABLE = "events"`) are its text, where the function
    # does not rebind their names
    constants = _py_module_constants(tree)
    token = _PY_MODULE.set(tree)
    try:
        known = _py_known(scope, constants) if scope is not tree else frozenset()
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
            known |= _py_params_given_constants(tree, scope, constants)
        return all(_py_safe(n, scope, _DEPTH, known) for n in built if _py_is_text(n))
    finally:
        _PY_MODULE.reset(token)


def _py_known(scope: ast.AST, constants: frozenset[str]) -> frozenset[str]:
    """The module's constants a scope does not rebind, and the names its loops take from one
    of them (`for table, columns in TABLES.items()`), where nothing else binds those names."""
    stores = Counter(n.id for n in ast.walk(scope) if isinstance(n, ast.Name)
                     and isinstance(n.ctx, ast.Store))
    params = {a.arg for a in ast.walk(scope) if isinstance(a, ast.arg)}
    known = {name for name in constants if not stores[name] and name not in params}
    for loop in ast.walk(scope):
        if not isinstance(loop, (ast.For, ast.AsyncFor)):
            continue
        source = loop.iter
        if isinstance(source, ast.Call) and isinstance(source.func, ast.Attribute) and \
                source.func.attr in ("items", "keys", "values") and not source.args:
            source = source.func.value
        if not (isinstance(source, ast.Name) and source.id in known) and \
                not (isinstance(source, (ast.Tuple, ast.List)) and
                     all(isinstance(e, ast.Constant) for e in source.elts)):
            continue
        names = [n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)]
        known |= {n for n in names if stores[n] == 1 and n not in params}
    return frozenset(known)


def _py_params_given_constants(tree: ast.AST, fn: ast.FunctionDef | ast.AsyncFunctionDef,
                               constants: frozenset[str]) -> frozenset[str]:
    """The parameters of `fn` that every call the module makes passes a piece of the program's
    own text, where the module calls it at least once and the function never rebinds them."""
    args = [*fn.args.posonlyargs, *fn.args.args]
    method = bool(args) and args[0].arg in ("self", "cls")
    positional = [a.arg for a in args[1:]] if method else [a.arg for a in args]
    stored = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name)
              and isinstance(n.ctx, ast.Store)}
    scopes = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    calls: list[tuple[ast.Call, ast.AST]] = []
    for scope in [tree, *scopes]:
        for node in ast.walk(scope):
            # each call once, in the innermost function around it (or the module)
            if isinstance(node, ast.Call) and _calls(node, fn.name, method) and \
                    min((s for s in scopes if _within(node, s)),
                        key=lambda s: (s.end_lineno or s.lineno) - s.lineno,
                        default=tree) is scope:
                calls.append((node, scope))
    if not calls or any(isinstance(a, ast.Starred) for c, _ in calls for a in c.args) or \
            any(k.arg is None for c, _ in calls for k in c.keywords):
        return frozenset()
    # a call written straight into the `if __name__ == "__main__":` block is a demonstration
    # of a module that is also imported: its importers are callers the module does not show
    demos = [n for n in getattr(tree, "body", []) if isinstance(n, ast.If) and
             _py_main_guard(n.test)]
    if any(_within(call, guard) for call, _ in calls for guard in demos):
        return frozenset()
    defaults = dict(zip(reversed(positional), reversed(fn.args.defaults), strict=False))
    safe = set()
    for name in set(positional) - stored:
        index = positional.index(name)
        for call, scope in calls:
            given = next((k.value for k in call.keywords if k.arg == name), None)
            if given is None:
                given = call.args[index] if index < len(call.args) else defaults.get(name)
            known = _py_known(scope, constants) if scope is not tree else constants
            if given is None or not _py_safe(given, scope, _DEPTH, known):
                break
        else:
            safe.add(name)
    return frozenset(safe)


def _py_main_guard(test: ast.expr) -> bool:
    """`__name__ == "__main__"`."""
    return isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and \
        test.left.id == "__name__" and len(test.comparators) == 1 and \
        isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value == "__main__"


def _calls(call: ast.Call, name: str, method: bool) -> bool:
    """`name(...)`, or for a method `self.name(...)` / `cls.name(...)`."""
    func = call.func
    if method:
        return isinstance(func, ast.Attribute) and func.attr == name and \
            isinstance(func.value, ast.Name) and func.value.id in ("self", "cls")
    return isinstance(func, ast.Name) and func.id == name


def _within(node: ast.AST, scope: ast.AST) -> bool:
    return getattr(scope, "lineno", 0) <= getattr(node, "lineno", -1) <= \
        (getattr(scope, "end_lineno", 0) or 0)


def _py_module_constants(tree: ast.AST) -> frozenset[str]:
    """Names the module assigns once, at its top level, to a literal (or a tuple of them), and
    nothing rebinds (no second assignment, no `global`)."""
    if not isinstance(tree, ast.Module):
        return frozenset()
    stored = Counter(n.id for n in ast.walk(tree) if isinstance(n, ast.Name)
                     and isinstance(n.ctx, ast.Store))
    rebound = {name for g in ast.walk(tree) if isinstance(g, ast.Global) for name in g.names}
    found = set()
    for node in tree.body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) else []
        if value is None or len(targets) != 1 or not isinstance(targets[0], ast.Name):
            continue
        literal = _py_literal(value)
        name = targets[0].id
        if literal and stored[name] == 1 and name not in rebound:
            found.add(name)
    return frozenset(found)


def _py_literal(value: ast.AST) -> bool:
    """A constant, or a tuple, list or dict of constants (a dict's values may be tuples of
    constants: `TABLES = {"orders": ("id", "total")}`)."""
    if isinstance(value, ast.Constant):
        return True
    if isinstance(value, (ast.Tuple, ast.List)):
        return all(isinstance(e, ast.Constant) for e in value.elts)
    return isinstance(value, ast.Dict) and all(
        isinstance(k, ast.Constant) for k in value.keys) and all(_py_literal(v) and
                                                                 not isinstance(v, ast.Dict)
                                                                 for v in value.values)


def _py_is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return isinstance(node.op, (ast.Add, ast.Mod))
    return isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
        node.func.attr == "format"


def _py_safe(node: ast.AST, scope: ast.AST, depth: int, busy: frozenset[str]) -> bool:
    if depth <= 0:
        return False
    down = depth - 1
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.JoinedStr):
        return all(_py_safe(v.value, scope, down, busy) for v in node.values
                   if isinstance(v, ast.FormattedValue))
    if isinstance(node, ast.BinOp):
        return _py_safe(node.left, scope, down, busy) and _py_safe(node.right, scope, down, busy)
    if isinstance(node, ast.IfExp):
        return _py_chosen(node, scope, down, busy)
    if isinstance(node, (ast.List, ast.Tuple)):
        return all(_py_safe(e, scope, down, busy) for e in node.elts)
    if isinstance(node, (ast.GeneratorExp, ast.ListComp)):
        # one placeholder per value: `", ".join("?" for _ in ids)`; the loop's own names are
        # unknown, so an element that uses them is not the program's text
        return _py_safe(node.elt, scope, down, busy)
    if isinstance(node, ast.Call):
        return _py_safe_call(node, scope, down, busy)
    if isinstance(node, ast.Name):
        return _py_name_safe(node.id, scope, down, busy)
    if isinstance(node, ast.Subscript):  # an entry of a constant table: `SORT_COLUMNS[sort]`
        return isinstance(node.value, ast.Name) and node.value.id in busy
    return False


def _py_safe_call(node: ast.Call, scope: ast.AST, depth: int, busy: frozenset[str]) -> bool:
    func = node.func
    if isinstance(func, ast.Name) and func.id == "len":
        return True  # a count is a number
    if isinstance(func, ast.Attribute) and func.attr == "join" and len(node.args) == 1:
        return _py_safe(func.value, scope, depth, busy) and \
            _py_safe(node.args[0], scope, depth, busy)
    if isinstance(func, ast.Attribute) and func.attr == "get" and \
            isinstance(func.value, ast.Name) and func.value.id in busy and 1 <= len(node.args) <= 2:
        # a constant table's entry, or the default given (`SORT_COLUMNS.get(sort, "id")`)
        return all(_py_safe(a, scope, depth, busy) for a in node.args[1:])
    if isinstance(func, ast.Attribute) and func.attr == "format":
        given = [*node.args, *(k.value for k in node.keywords)]
        return _py_safe(func.value, scope, depth, busy) and all(
            _py_safe(a, scope, depth, busy) for a in given)
    if isinstance(func, ast.Name):
        return _py_returns_safe(func.id, scope, depth, busy)
    return False


def _py_returns_safe(name: str, scope: ast.AST, depth: int, busy: frozenset[str]) -> bool:
    """`order_column(sort)`: a function of the module's own whose every `return` gives the
    program's own text (a chain of `if sort == "amount": return "amount_cents"` ending in a
    literal default): whatever it is passed, its result is one of those pieces."""
    marker = f"{name}()"
    if marker in busy:
        return False  # a function that recurses into itself
    module = _PY_MODULE.get()
    defs = [n for n in getattr(module, "body", []) if isinstance(
        n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == name]
    if module is None or len(defs) != 1:
        return False
    # the callee's own names are its own: only the module's constants carry over
    known = _py_known(defs[0], _py_module_constants(module)) | \
        {m for m in busy if m.endswith("()")} | {marker}
    returns = [r for r in ast.walk(defs[0]) if isinstance(r, ast.Return)]
    return bool(returns) and all(r.value is not None and _py_safe(r.value, defs[0], depth, known)
                                 for r in returns)


def _py_chosen(node: ast.IfExp, scope: ast.AST, depth: int, busy: frozenset[str]) -> bool:
    """`a if cond else b`: safe when both are, or when the test checks the chosen value
    against a collection (`sort if sort in SORTABLE else "id"`)."""
    checked = {ast.dump(c.left) for c in ast.walk(node.test) if isinstance(c, ast.Compare)
               and any(isinstance(op, ast.In) for op in c.ops)}
    return all(ast.dump(branch) in checked or _py_safe(branch, scope, depth, busy)
               for branch in (node.body, node.orelse))


def _py_name_safe(name: str, scope: ast.AST, depth: int, busy: frozenset[str]) -> bool:
    """Every value the name is given in the scope is safe. `busy` names count as safe: the
    module's constants, and a name being checked where it feeds itself
    (`sql = sql + " AND b = %s"`)."""
    if name in busy:
        return True
    return _py_values_safe(name, scope, depth, busy | {name})


def _py_values_safe(name: str, scope: ast.AST, depth: int, busy: frozenset[str]) -> bool:
    values: list[ast.AST] = []
    from_helper = False
    for node in ast.walk(scope):
        if isinstance(node, ast.arguments) and name in {
                a.arg for a in [*node.posonlyargs, *node.args, *node.kwonlyargs]}:
            return False  # a parameter: the caller's value
        if isinstance(node, ast.Assign) and any(_binds(t, name) for t in node.targets):
            value = _unpacked(node, name)
            if value is None:
                # `where, args = build_filters(q)`: the element of what the file's own
                # function returns at that position, or else unknown
                if not _py_helper_element_safe(node, name, depth, busy):
                    return False
                from_helper = True
                continue
            values.append(value)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)) and _binds(node.target, name):
            if node.value is None:
                continue
            values.append(node.value)
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.withitem, ast.NamedExpr)) and \
                _binds(getattr(node, "target", None) or getattr(node, "optional_vars", None),
                       name):
            return False
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                isinstance(node.func.value, ast.Name) and node.func.value.id == name and \
                node.func.attr in ("append", "extend", "insert"):
            values.extend(node.args[-1:])
    return (bool(values) or from_helper) and all(_py_safe(v, scope, depth, busy) for v in values)


def _py_helper_element_safe(node: ast.Assign, name: str, depth: int,
                            busy: frozenset[str]) -> bool:
    """`sql, args = helper(...)` with `helper` a function of the module whose every `return`
    is a tuple of the same length: the name's element of each is the program's own text
    (the clause a filter builds of placeholders while the values go in the other element)."""
    call = node.value
    if len(node.targets) != 1 or not isinstance(node.targets[0], (ast.Tuple, ast.List)) or \
            not isinstance(call, ast.Call) or not isinstance(call.func, ast.Name):
        return False
    names = node.targets[0].elts
    index = next((i for i, e in enumerate(names) if isinstance(e, ast.Name) and e.id == name), -1)
    module = _PY_MODULE.get()
    marker = f"{call.func.id}()"
    defs = [n for n in getattr(module, "body", []) if isinstance(
        n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.name == call.func.id]
    if index < 0 or module is None or len(defs) != 1 or marker in busy:
        return False
    known = _py_known(defs[0], _py_module_constants(module)) | \
        {m for m in busy if m.endswith("()")} | {marker}
    returns = [r for r in ast.walk(defs[0]) if isinstance(r, ast.Return)]
    return bool(returns) and all(
        isinstance(r.value, ast.Tuple) and len(r.value.elts) == len(names) and
        _py_safe(r.value.elts[index], defs[0], depth, known) for r in returns)


def _unpacked(node: ast.Assign, name: str) -> ast.AST | None:
    """The value an assignment gives the name: the whole value, or its element where a tuple
    literal is unpacked (`clauses, values = [], []`)."""
    for target in node.targets:
        if isinstance(target, ast.Name) and target.id == name:
            return node.value
        if isinstance(target, (ast.Tuple, ast.List)) and isinstance(node.value, (ast.Tuple,
                                                                                ast.List)) \
                and len(target.elts) == len(node.value.elts):
            for element, value in zip(target.elts, node.value.elts, strict=True):
                if isinstance(element, ast.Name) and element.id == name:
                    return value
    return None


def _binds(target: ast.AST | None, name: str) -> bool:
    if target is None:
        return False
    return any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(target))


# ---------------------------------------------------------------- JavaScript (tree-sitter)

_JS_FUNCTIONS: Final = frozenset({"function_declaration", "function_expression", "arrow_function",
                                  "method_definition", "generator_function_declaration"})


def js_sql_from_constants(node: SgNode) -> bool:
    """True when the SQL text at `node` (a template string or a `+` chain) takes only pieces
    of the program's own text."""
    scope = next((a for a in node.ancestors() if a.kind() in _JS_FUNCTIONS), None)
    if scope is None:
        scope = node.get_root().root()
    if node.kind() == "augmented_assignment_expression":  # `sql += ...`: every piece of `sql`
        left = node.field("left")
        if left is None:
            return True
        if not any(_SQL_START.match(v.text()) for v in _js_values(left.text(), scope)):
            return True  # `message += ' and ...'`: text that never starts as a statement
        return _js_name_safe(left.text(), scope, _DEPTH, frozenset())
    return _js_safe(node, scope, _DEPTH, frozenset())


def _js_safe(node: SgNode, scope: SgNode, depth: int, busy: frozenset[str]) -> bool:
    if depth <= 0:
        return False
    down = depth - 1
    kind = node.kind()
    if kind in ("string", "number", "true", "false", "null"):
        return True
    if kind == "template_string":
        return all(_js_safe(_inner(s), scope, down, busy) for s in node.children()
                   if s.kind() == "template_substitution")
    if kind == "parenthesized_expression":
        return all(_js_safe(c, scope, down, busy) for c in node.children() if c.is_named())
    if kind == "binary_expression":
        left, right = node.field("left"), node.field("right")
        return left is not None and right is not None and \
            _js_safe(left, scope, down, busy) and _js_safe(right, scope, down, busy)
    if kind == "ternary_expression":
        return _js_chosen(node, scope, down, busy)
    if kind == "array":
        return all(_js_safe(c, scope, down, busy) for c in node.children() if c.is_named())
    if kind == "member_expression":
        return (node.field("property") or node).text() == "length"  # a count is a number
    if kind == "call_expression":
        return _js_safe_call(node, scope, down, busy)
    if kind == "identifier":
        return _js_name_safe(node.text(), scope, down, busy)
    if kind == "subscript_expression":
        return _js_table_safe(node, down, busy)
    return False


def _js_table_safe(node: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`COLUMNS[sort]`: a pick from a table the module declares with only the program's own
    text (`const COLUMNS = { name: 'name', date: 'created_at' }`) and never writes into; any
    key picks one of those values, or one of an object's own methods, never the key."""
    table = node.field("object")
    if table is None or table.kind() != "identifier":
        return False
    root = node.get_root().root()
    name = table.text()
    if re.search(rf"(?<![\w$.]){re.escape(name)}\s*(\[[^\]]*\]|\.[\w$]+)\s*=(?!=)", root.text()):
        return False  # written into somewhere
    values = _js_values(name, root)
    if not values or any(v.kind() not in ("object", "array") for v in values):
        return False
    pieces = [(p.field("value") if p.kind() == "pair" else p)
              for v in values for p in v.children() if p.is_named() and p.kind() != "comment"]
    return all(p is not None and p.kind() != "spread_element" and
               _js_safe(p, root, depth, busy) for p in pieces)


def _inner(substitution: SgNode) -> SgNode:
    return next((c for c in substitution.children() if c.is_named()), substitution)


def _js_safe_call(node: SgNode, scope: SgNode, depth: int, busy: frozenset[str]) -> bool:
    callee = node.field("function")
    args = [c for c in (node.field("arguments") or node).children() if c.is_named()]
    if callee is not None and callee.kind() == "identifier":
        return _js_returns_safe(callee.text(), node, depth, busy)
    if callee is None or callee.kind() != "member_expression":
        return False
    method = (callee.field("property") or callee).text()
    target = callee.field("object")
    if method == "join" and target is not None:
        return _js_safe(target, scope, depth, busy) and \
            all(_js_safe(a, scope, depth, busy) for a in args)
    if method == "get" and target is not None and target.kind() == "identifier":
        return _js_map_safe(target.text(), node, depth, busy)
    return False


def _js_returns_safe(name: str, node: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`orderColumn(sort)`: a function the module declares once whose every `return` (or
    arrow body) gives the program's own text (a `switch` of `return "amount_cents"` with a
    literal default): whatever it is passed, its result is one of those pieces."""
    marker = f"{name}()"
    if marker in busy:
        return False
    root = node.get_root().root()
    found = [d for d in root.find_all(kind="function_declaration") if field_text(d, "name") == name]
    found += [v for d in root.find_all(kind="variable_declarator") if _declared_name(d) == name
              and (v := d.field("value")) is not None and v.kind() in ("arrow_function",
                                                                       "function_expression")]
    if len(found) != 1:
        return False
    function = found[0]
    body = function.field("body")
    if body is None:
        return False
    known = frozenset(m for m in busy if m.endswith("()")) | {marker}
    if body.kind() != "statement_block":  # `(s) => s === "amount" ? "amount_cents" : "id"`
        return _js_safe(body, function, depth, known)
    returns = [r for r in body.find_all(kind="return_statement")
               if next((a for a in r.ancestors() if a.kind() in _JS_FUNCTIONS), None) == function]
    values = [next((c for c in r.children() if c.is_named()), None) for r in returns]
    return bool(values) and all(v is not None and _js_safe(v, function, depth, known)
                                for v in values)


def _js_map_safe(name: str, node: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`SORTABLE.get(sort)`: a pick from a `Map` the module builds from pairs of the program's
    own text (`new Map([['price', 'p.price_cents'], ...])`) and never sets into; any key gives
    one of those values or `undefined`, never the key."""
    root = node.get_root().root()
    if re.search(rf"(?<![\w$.]){re.escape(name)}\s*\.\s*set\s*\(", root.text()):
        return False  # filled elsewhere
    values = _js_values(name, root)
    if len(values) != 1 or values[0].kind() != "new_expression" or \
            (values[0].field("constructor") or values[0]).text() != "Map":
        return False
    args = [c for c in (values[0].field("arguments") or values[0]).children() if c.is_named()]
    if len(args) != 1 or args[0].kind() != "array":
        return False
    pairs = [c for c in args[0].children() if c.is_named() and c.kind() != "comment"]
    return bool(pairs) and all(
        p.kind() == "array" and all(_js_safe(c, root, depth, busy)
                                    for c in p.children() if c.is_named())
        for p in pairs)


def _js_chosen(node: SgNode, scope: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`cond ? a : b`: safe when both are, or when the condition checks the chosen value
    against a collection (`SORTABLE.has(sort) ? sort : "id"`, `ALLOWED.includes(dir)`)."""
    condition = node.field("condition")
    checked: set[str] = set()
    if condition is not None:
        for call in [condition, *condition.find_all(kind="call_expression")]:
            callee = call.field("function") if call.kind() == "call_expression" else None
            if callee is not None and callee.kind() == "member_expression" and \
                    (callee.field("property") or callee).text() in ("has", "includes"):
                checked |= {a.text() for a in (call.field("arguments") or call).children()
                            if a.is_named()}
    branches = [node.field("consequence"), node.field("alternative")]
    return all(b is not None and (b.text() in checked or _js_safe(b, scope, depth, busy))
               for b in branches)


def _js_name_safe(name: str, scope: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """As `_py_name_safe`."""
    if name in busy:
        return True
    return _js_values_safe(name, scope, depth, busy | {name})


_SQL_START: Final = re.compile(r"(?is)^[\"'`]\s*(select|insert|update|delete|with)\b")
"""A string that opens an SQL statement."""


def _js_values(name: str, scope: SgNode) -> list[SgNode]:
    """What a variable is declared with or assigned (`=` or `+=`) in the scope."""
    out = [d.field("value") for d in scope.find_all(kind="variable_declarator")
           if _declared_name(d) == name]
    out += [a.field("right") for a in scope.find_all(any=[
        {"kind": "assignment_expression"}, {"kind": "augmented_assignment_expression"}])
        if (a.field("left") or a).text() == name]
    return [v for v in out if v is not None]


def _js_values_safe(name: str, scope: SgNode, depth: int, busy: frozenset[str]) -> bool:
    for param in scope.find_all(kind="formal_parameters"):
        if any(p.text().split(":")[0].split("=")[0].strip() == name
               for p in param.children() if p.is_named()):
            return False  # a parameter: the caller's value
    values = _js_values(name, scope)
    for call in scope.find_all(kind="call_expression"):
        callee = call.field("function")
        if callee is not None and callee.kind() == "member_expression" and \
                (callee.field("object") or callee).text() == name and \
                (callee.field("property") or callee).text() in ("push", "unshift"):
            values.extend(c for c in (call.field("arguments") or call).children()
                          if c.is_named())
    if any((f.field("left") or f).text().split()[-1] == name
           for f in scope.find_all(kind="for_in_statement")):
        return False
    return bool(values) and all(_js_safe(v, scope, depth, busy) for v in values)


def _declared_name(declarator: SgNode) -> str:
    named = declarator.field("name")
    return named.text() if named is not None else ""


# ---------------------------------------------------------------- Java (tree-sitter)


def java_sql_from_constants(node: SgNode) -> bool:
    """True when the SQL text at `node` (a `+` chain, or `q += ...`) joins only string
    literals and `final` strings of the program's own text (`"SELECT " + COLUMNS + " FROM " +
    TABLE + " WHERE id = ?"`, with `static final String TABLE = "invoices"`)."""
    if node.kind() == "assignment_expression":
        left = node.field("left")
        return left is not None and _java_name_safe(left.text(), node, _DEPTH, frozenset())
    if node.kind() == "method_invocation" and field_text(node, "name") == "format":
        # `String.format(text, args...)`: the text and every argument decide
        return all(_java_safe(a, node, _DEPTH, frozenset()) for a in _java_arguments(node))
    if node.kind() == "method_invocation":  # `sql.append(piece)`: the piece decides
        arguments = node.field("arguments")
        pieces = [c for c in arguments.children() if c.is_named()] if arguments else []
        return len(pieces) == 1 and _java_safe(pieces[0], node, _DEPTH, frozenset())
    return _java_safe(node, node, _DEPTH, frozenset())


def _java_safe(node: SgNode, at: SgNode, depth: int, busy: frozenset[str]) -> bool:
    if depth <= 0:
        return False
    kind = node.kind()
    if kind in ("string_literal", "decimal_integer_literal", "character_literal"):
        return True
    if kind == "parenthesized_expression":
        return all(_java_safe(c, at, depth - 1, busy) for c in node.children() if c.is_named())
    if kind == "binary_expression":
        left, right = node.field("left"), node.field("right")
        return left is not None and right is not None and \
            _java_safe(left, at, depth - 1, busy) and _java_safe(right, at, depth - 1, busy)
    if kind == "identifier":
        return _java_name_safe(node.text(), at, depth - 1, busy)
    if kind == "ternary_expression":
        return _java_chosen(node, at, depth - 1, busy)
    if kind == "method_invocation":
        target, name = node.field("object"), node.field("name")
        if target is None and name is not None:
            return _java_returns_safe(name.text(), at, depth - 1, busy)
        if target is None or name is None:
            return False
        if name.text() == "join" and target.text() == "String":
            # placeholders joined: `String.join(", ", Collections.nCopies(n, "?"))`
            return all(_java_safe(a, at, depth - 1, busy) or _java_copies_of_literal(a)
                       for a in _java_arguments(node))
        if name.text() == "toString" and target.kind() == "identifier":
            return _java_name_safe(target.text(), at, depth - 1, busy)
        # a lookup in a `final` map of the program's own (`SORTABLE.get(key)`): an allow-list;
        # `getOrDefault(key, key)` falls back to the key itself, which is the caller's text
        return name.text() in ("get", "getOrDefault") and target.kind() == "identifier" and \
            _java_final_field(target.text(), at) and \
            all(_java_safe(a, at, depth - 1, busy) for a in _java_arguments(node)[1:])
    if kind == "field_access":
        # a field of an enum of the program's own whose constants are given literals only
        # (`(sort == null ? Sort.GRADE : sort).sql`, with `GRADE("grade DESC")`)
        field = node.field("field")
        return field is not None and _java_enum_literal_field(field.text(), at)
    if kind == "object_creation_expression":
        # a builder started from literals (`new StringJoiner(", ", "(", ")")`); what is added
        # to it later is checked where the name is read (`_java_built_safely`)
        built = node.field("type")
        return built is not None and built.text() in _JAVA_BUILDERS and \
            all(_java_safe(a, at, depth - 1, busy) for a in _java_arguments(node))
    return False


def _java_returns_safe(name: str, at: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`orderBy(sort)`: a method of the class around `at`, declared once, whose every `return`
    gives the program's own text (a `switch` of `return "o.total"` with a literal default)."""
    marker = f"{name}()"
    owner = next((a for a in at.ancestors() if a.kind() == "class_body"), None)
    if marker in busy or owner is None:
        return False
    methods = [m for m in owner.children() if m.kind() == "method_declaration"
               and field_text(m, "name") == name]
    body = methods[0].field("body") if len(methods) == 1 else None
    if body is None:
        return False
    known = frozenset(m for m in busy if m.endswith("()")) | {marker}
    values = [next((c for c in r.children() if c.is_named()), None)
              for r in body.find_all(kind="return_statement")
              if next((a for a in r.ancestors() if a.kind() in (
                  "method_declaration", "lambda_expression", "class_body")), None) == methods[0]]
    return bool(values) and all(v is not None and _java_safe(v, v, depth, known)
                                for v in values)


_JAVA_BUILDERS: Final = frozenset({"StringJoiner", "StringBuilder", "StringBuffer"})


def _java_arguments(node: SgNode) -> list[SgNode]:
    arguments = node.field("arguments")
    return [c for c in arguments.children() if c.is_named()] if arguments is not None else []


def _java_copies_of_literal(node: SgNode) -> bool:
    """`Collections.nCopies(n, "?")`: any number of one literal."""
    name = node.field("name") if node.kind() == "method_invocation" else None
    arguments = _java_arguments(node) if name is not None else []
    return name is not None and name.text() == "nCopies" and len(arguments) == 2 and \
        arguments[1].kind() == "string_literal"


def _java_built_safely(name: str, scope: SgNode, at: SgNode, depth: int,
                       busy: frozenset[str]) -> bool:
    """Every piece the method adds to the builder `name` (`marks.add("?")`) is safe."""
    for call in scope.find_all(kind="method_invocation"):
        target, method = call.field("object"), call.field("name")
        if target is not None and method is not None and target.text() == name and \
                method.text() in ("add", "append", "insert", "setEmptyValue") and \
                not all(_java_safe(a, at, depth, busy | {name}) for a in _java_arguments(call)
                        if a.kind() != "decimal_integer_literal"):
            return False
    return True


def _java_chosen(node: SgNode, at: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`cond ? a : b`: safe when both are, or when the value taken is one an allow-list test in
    the condition admitted (`ALLOWED.contains(sort) ? sort : "id"`)."""
    condition, yes, no = node.field("condition"), node.field("consequence"), \
        node.field("alternative")
    if yes is None or no is None:
        return False
    admitted = set(re.findall(r"\b(\w+)\s*\.\s*(?:contains|containsKey)\s*\(\s*(\w+)\s*\)",
                              condition.text() if condition is not None else ""))
    allowed = {value for holder, value in admitted if _java_final_field(holder, at)}
    return all(_java_safe(branch, at, depth, busy) or
               (branch is yes and branch.text() in allowed) for branch in (yes, no))


def _java_final_declarators(name: str, at: SgNode) -> list[SgNode]:
    """The declarators of the `final` field `name` of the class around `at`."""
    owner = next((a for a in at.ancestors() if a.kind() == "class_body"), None)
    return [d for field in (owner.children() if owner is not None else [])
            if field.kind() == "field_declaration" and "final" in next(
                (c.text() for c in field.children() if c.kind() == "modifiers"), "")
            for d in field.find_all(kind="variable_declarator") if _declared_name(d) == name]


def _java_enum_literal_field(name: str, at: SgNode) -> bool:
    """`name` is a field of an enum declared in the file, and every constant of that enum is
    given string or number literals only: whatever value the field holds is the program's."""
    root = next((a for a in at.ancestors() if a.kind() == "program"), None)
    if root is None:
        return False
    for enum in root.find_all(kind="enum_declaration"):
        body = enum.field("body")
        if body is None or not any(
                field_text(d, "name") == name
                for f in body.find_all(kind="field_declaration")
                for d in f.find_all(kind="variable_declarator")):
            continue
        constants = [c for c in body.children() if c.kind() == "enum_constant"]
        given = [a for c in constants if (arguments := c.field("arguments")) is not None
                 for a in arguments.children() if a.is_named()]
        return bool(constants) and all(
            a.kind() in ("string_literal", "decimal_integer_literal") for a in given)
    return False


def _java_final_field(name: str, at: SgNode) -> bool:
    """A `final` field of the class around `at` (a table the program fills itself)."""
    return bool(_java_final_declarators(name, at))


def _java_name_safe(name: str, at: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """A `final` field or a local whose every value is safe (a parameter never is)."""
    if name in busy:
        return True
    method = next((a for a in at.ancestors() if a.kind() in ("method_declaration",
                                                            "constructor_declaration")), None)
    if method is not None and any(
            (p.field("name") or p).text() == name
            for p in method.find_all(kind="formal_parameter")):
        return False
    scopes = [method] if method is not None else []
    found: list[SgNode | None] = []
    for scope in scopes:
        found += [d.field("value") for d in scope.find_all(kind="variable_declarator")
                  if _declared_name(d) == name]
        found += [a.field("right") for a in scope.find_all(kind="assignment_expression")
                  if (a.field("left") or a).text() == name]
    if not found:
        found = [d.field("value") for d in _java_final_declarators(name, at)]
    values = [v for v in found if v is not None]
    builder = any(v.kind() == "object_creation_expression" for v in values)
    return bool(values) and all(_java_safe(v, at, depth, busy | {name}) for v in values) and \
        not (builder and method is not None and
             not _java_built_safely(name, method, at, depth, busy))


# ---------------------------------------------------------------- Go (tree-sitter)

_GO_FUNCTIONS: Final = frozenset({"function_declaration", "method_declaration", "func_literal"})
_GO_NUMBERS: Final = re.compile(r"^(len|cap|strconv\.(Itoa|FormatInt|FormatUint|FormatFloat|"
                                r"FormatBool|Quote))$")
"""Calls whose result is a number's text (or a quoted literal), never a piece of SQL."""


_GO_QUOTERS: Final = re.compile(r"^(pq|pgx|sqlite3?)\.(QuoteIdentifier|QuoteLiteral)$")
"""The drivers' quoting functions (lib/pq's `QuoteIdentifier` and `QuoteLiteral`): what they
return is one identifier or literal, whatever the caller passed (gosec G201's escape)."""


_GO_ARITHMETIC: Final = frozenset({"*", "/", "-", "%", "<<", ">>", "&", "|", "^", "&^"})
"""Operators whose result is a number (`+` may join strings)."""
_GO_VERB: Final = re.compile(r"%[-+# 0]*(\*|\d+)?(\.(\*|\d+))?(\[\d+\])?([a-zA-Z%])")
_GO_NUMERIC_VERBS: Final = frozenset("dbcoOxXeEfFgGtU")
"""`fmt` verbs that print a number (or a bool) for a number, and garbage for a string: never
SQL text a caller chose."""


def go_sql_from_constants(node: SgNode) -> bool:
    """True when the SQL text at `node` (`fmt.Sprintf(format, ...)`, a `+` chain, `q += ...`)
    takes only pieces of the program's own text: literals, constants, numbers, locals assigned
    only such pieces, and picks from a package-level map or slice literal never written into
    (`col, ok := sortColumns[key]; if !ok { col = "created_at" }`)."""
    if node.kind() == "call_expression":
        args = [c for c in (node.field("arguments") or node).children() if c.is_named()]
        if not args:
            return False
        found = [v for v in _GO_VERB.finditer(args[0].text()) if v.group(5) != "%"]
        verbs = [v.group(5) for v in found]
        # `%[2]d` and `%*d` take arguments out of order: no verb is matched to its argument
        explicit = any(v.group(1) == "*" or v.group(3) == "*" or v.group(4) for v in found)
        return _go_safe(args[0], node, _DEPTH, frozenset()) and all(
            (not explicit and i < len(verbs) and verbs[i] in _GO_NUMERIC_VERBS) or
            _go_safe(a, node, _DEPTH, frozenset()) for i, a in enumerate(args[1:]))
    if node.kind() == "assignment_statement":
        right = node.field("right")
        return right is not None and all(_go_safe(c, node, _DEPTH, frozenset())
                                         for c in right.children() if c.is_named())
    return _go_safe(node, node, _DEPTH, frozenset())


def _go_safe(node: SgNode, at: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`at` places the piece: the function around it holds the locals it may name."""
    if depth <= 0:
        return False
    down = depth - 1
    kind = node.kind()
    if kind in ("interpreted_string_literal", "raw_string_literal", "int_literal",
                "float_literal", "rune_literal", "true", "false"):
        return True
    if kind == "parenthesized_expression":
        return all(_go_safe(c, at, down, busy) for c in node.children() if c.is_named())
    if kind == "binary_expression":
        if field_text(node, "operator") in _GO_ARITHMETIC:
            return True  # a number: `page*pageSize`, `len(ids)-1`
        left, right = node.field("left"), node.field("right")
        return left is not None and right is not None and \
            _go_safe(left, at, down, busy) and _go_safe(right, at, down, busy)
    if kind == "call_expression":
        # a number's text, or a name quoted by the driver (`pq.QuoteIdentifier(table)`), or a
        # function of the file whose every return is the program's own text (`orderBy(sort)`)
        function = (node.field("function") or node).text()
        return bool(_GO_NUMBERS.match(function) or _GO_QUOTERS.match(function)) or \
            (function.isidentifier() and _go_returns_safe(function, node, down, busy))
    if kind == "identifier":
        return _go_name_safe(node.text(), at, down, busy)
    if kind == "index_expression":
        return _go_table_safe(node, down, busy)
    return False


def _go_returns_safe(name: str, at: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`orderBy(sort)`: a function declared once in the file, returning one string, whose
    every `return` gives the program's own text (a pick from its table whose miss falls back
    to a literal); a fallback to the argument itself is the caller's text."""
    marker = f"{name}()"
    if marker in busy:
        return False
    root = at.get_root().root()
    declared = [d for d in root.find_all(kind="function_declaration")
                if field_text(d, "name") == name]
    body = declared[0].field("body") if len(declared) == 1 else None
    if body is None or field_text(declared[0], "result") != "string":
        return False
    returns = [r for r in body.find_all(kind="return_statement")
               if next((a for a in r.ancestors() if a.kind() in _GO_FUNCTIONS), None) == declared[0]]
    values = [next((c for c in r.children() if c.is_named()), None) for r in returns]
    return bool(values) and all(
        v is not None and all(_go_safe(c, v, depth, busy | {marker}) for c in v.children()
                              if c.is_named()) for v in values)


def _go_table_safe(node: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """`sortColumns[key]`: a pick from a package-level map or slice literal whose values are
    all the program's own text, never written into nor rebound: any key yields one of them
    (or the zero value)."""
    table = node.field("operand")
    if table is None or table.kind() != "identifier":
        return False
    root = node.get_root().root()
    specs = [s for top in root.children() if top.kind() == "var_declaration"
             for s in top.find_all(kind="var_spec")
             if (s.field("name") or s).text() == table.text()]
    if len(specs) != 1:
        return False
    name = re.escape(table.text())
    for write in re.finditer(rf"(?<![\w.]){name}\s*(\[[^\]]*\]\s*)?=(?!=)|"
                             rf"\b(delete|append)\(\s*{name}\b", root.text()):
        if write.start() != specs[0].range().start.index:
            return False  # written into, or rebound, somewhere
    value = specs[0].field("value")
    literal = next((c for c in (value.children() if value else []) if c.is_named()), None)
    body = literal.field("body") if literal is not None and \
        literal.kind() == "composite_literal" else None
    if body is None:
        return False
    pieces = []
    for element in body.children():
        if not element.is_named() or element.kind() == "comment":
            continue
        last = [c for c in element.children() if c.is_named()][-1] \
            if element.kind() == "keyed_element" else element
        pieces.append(next((c for c in last.children() if c.is_named()), last)
                      if last.kind() == "literal_element" else last)
    return bool(pieces) and all(_go_safe(p, specs[0], depth, busy) for p in pieces)


def _go_values(name: str, scope: SgNode) -> list[SgNode] | None:
    """What the function `scope` binds `name` to (`:=`, `=`, `var`), or None when it takes it
    from its caller, a range, a call with several results or anything else it cannot follow."""
    for params in scope.find_all(kind="parameter_declaration"):
        if any(i.text() == name for i in params.children() if i.kind() == "identifier"):
            return None
    for loop in scope.find_all(kind="range_clause"):
        left = loop.field("left")
        if left is not None and name in re.findall(r"\w+", left.text()):
            return None
    values: list[SgNode] = []
    for binding in scope.find_all(any=[{"kind": "short_var_declaration"},
                                       {"kind": "assignment_statement"}, {"kind": "var_spec"}]):
        if binding.kind() == "var_spec":
            names = [c.text() for c in binding.children() if c.kind() == "identifier"]
            right = binding.field("value")
        else:
            left, right = binding.field("left"), binding.field("right")
            names = [c.text() for c in (left.children() if left else []) if c.is_named()]
        if name not in names:
            continue
        rights = [c for c in (right.children() if right else []) if c.is_named()]
        at = names.index(name)
        if len(rights) == len(names):
            values.append(rights[at])
        elif len(rights) == 1 and at == 0 and rights[0].kind() == "index_expression":
            values.append(rights[0])  # `v, ok := table[key]`
        else:
            return None
    return values


def _go_name_safe(name: str, at: SgNode, depth: int, busy: frozenset[str]) -> bool:
    """A constant, or a local whose every value is safe."""
    if name in busy:
        return True
    busy |= {name}
    scope = next((a for a in at.ancestors() if a.kind() in _GO_FUNCTIONS), None)
    if scope is not None:
        values = _go_values(name, scope)
        if values is None:
            return False
        if values:
            return all(_go_safe(v, at, depth, busy) for v in values)
    root = at.get_root().root()
    specs = [s for s in root.find_all(kind="const_spec")
             if name in [c.text() for c in s.children() if c.kind() == "identifier"]]
    return bool(specs) and all(_go_safe(v, s, depth, busy) for s in specs
                               for v in (s.field("value") or s).children() if v.is_named())


_GO_QUERY_METHODS: Final = re.compile(
    r"^(Query|QueryRow|QueryContext|QueryRowContext|Queryx|QueryRowx|QueryxContext|QueryRowxContext|"
    r"Get|GetContext|Select|SelectContext)$")
_GO_KEYED_SELECT: Final = re.compile(r"(?is)^[\"`]\s*select\b.*\bwhere\b.*(=|\bin\b)\s*\(?\s*"
                                     r"(\$\d+|\?|:\w+|@\w+)")


def _go_keyed_query(call: SgNode) -> bool:
    """`db.QueryRow("SELECT ... WHERE id = $1", id)`: a query method given a keyed SELECT."""
    function = call.field("function")
    if function is None or function.kind() != "selector_expression" or \
            not _GO_QUERY_METHODS.match(field_text(function, "field")):
        return False
    arguments = call.field("arguments")
    return arguments is not None and any(
        a.kind() in ("interpreted_string_literal", "raw_string_literal") and
        _GO_KEYED_SELECT.match(a.text()) for a in arguments.children())


def go_query_per_item(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The call in the loop queries the database: a keyed SELECT itself, or a function of the
    file whose body runs one (`name, err := r.customerName(ctx, x.customer)`; the N+1
    pattern through a helper)."""
    if _go_keyed_query(node):
        return subject
    name = field_text(node, "function").rpartition(".")[2]
    helpers = [d for d in root.find_all(any=[{"kind": "function_declaration"},
                                             {"kind": "method_declaration"}])
               if (d.field("name") or d).text() == name]
    owner = next((a for a in node.ancestors()
                  if a.kind() in ("function_declaration", "method_declaration")), None)
    if len(helpers) != 1 or helpers[0] == owner:
        return None
    return subject if any(_go_keyed_query(c) for c in helpers[0].find_all(kind="call_expression")) \
        else None


# ---------------------------------------------------------------- Rust (tree-sitter)

_RUST_CAPTURE: Final = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)?(?::[^{}]*)?\}")
"""A `format!` placeholder, with the name it captures inline (`{dir}`) when it has one."""


def rust_sql_from_constants(node: SgNode) -> bool:
    """True when the `format!` at `node` fills its SQL only with the program's own text: string
    and number literals, `const`/`static` items, and calls to functions of the file declared to
    return `&'static str` (a `match` of literals): whatever they are passed, what they give is
    text written into the program (`ORDER BY {}`, `order_column(sort)`)."""
    tree = next((c for c in node.children() if c.kind() == "token_tree"), None)
    if tree is None:
        return False
    items = [c for c in tree.children() if c.kind() not in ("(", ")", "[", "]", "{", "}")]
    if not items or items[0].kind() not in ("string_literal", "raw_string_literal"):
        return False
    root = node.get_root().root()
    # split the arguments at the top-level commas: `order_column(sort)` is an identifier and
    # its token tree
    args: list[list[SgNode]] = [[]]
    for item in items[1:]:
        if item.kind() == ",":
            args.append([])
        else:
            args[-1].append(item)
    args = [a for a in args if a]
    inline = [m.group(1) for m in _RUST_CAPTURE.finditer(items[0].text()) if m.group(1)]
    return all(_rust_piece_safe(a, root) for a in args) and \
        all(_rust_name_safe(name, root) for name in inline if not name.isdigit())


def _rust_piece_safe(tokens: list[SgNode], root: SgNode) -> bool:
    kinds = [t.kind() for t in tokens]
    if kinds in (["string_literal"], ["integer_literal"], ["float_literal"],
                 ["raw_string_literal"]):
        return True
    if kinds == ["identifier"]:
        return _rust_name_safe(tokens[0].text(), root)
    if kinds == ["identifier", "token_tree"]:  # a call of the file's own `&'static str` function
        return _rust_static_str_fn(tokens[0].text(), root)
    return False


def _rust_name_safe(name: str, root: SgNode) -> bool:
    """A `const` or `static` item of the file."""
    return any(field_text(item, "name") == name
               for item in root.find_all(any=[{"kind": "const_item"}, {"kind": "static_item"}]))


def _rust_static_str_fn(name: str, root: SgNode) -> bool:
    """A function of the file, declared once, whose result is `&'static str`."""
    found = [f for f in root.find_all(kind="function_item") if field_text(f, "name") == name]
    return len(found) == 1 and re.fullmatch(r"&\s*'static\s+str",
                                            field_text(found[0], "return_type")) is not None
