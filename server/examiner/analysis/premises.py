"""Premises re-checked against the Python syntax tree before a question states them.

ruff and the ast passes find candidates; these checks drop a candidate whose question would say
something false: a resource that escapes to its caller is not leaked, a coroutine handed to
``gather`` is awaited, a method calling another object's method of the same name does not
recurse.
"""

from __future__ import annotations

import ast
import re
from typing import Final

from .python import parent_map

__all__ = ["call_default_mutable", "class_attribute_mutated", "default_kept", "escapes",
           "handler_uses_error", "has_base_case", "is_dropped_call", "resource_escapes",
           "runs_literal_text", "secret_context"]

_OPENERS: Final = frozenset({"open", "urlopen", "connect", "socket", "Popen", "TemporaryFile",
                             "NamedTemporaryFile", "ZipFile", "TarFile"})


def _function_of(node: ast.AST, parents: dict[int, ast.AST]) -> ast.AST | None:
    current = parents.get(id(node))
    while current is not None and not isinstance(current, (ast.FunctionDef,
                                                            ast.AsyncFunctionDef)):
        current = parents.get(id(current))
    return current


def _name_escapes(name: str, scope: ast.AST) -> bool:
    """True when a variable is returned, yielded, stored on an object, used in ``with``, or
    closed in a ``finally``."""
    for node in ast.walk(scope):
        value: ast.AST | None = None
        if isinstance(node, (ast.Return, ast.Yield, ast.YieldFrom)) or (isinstance(node, ast.Assign) and any(
                isinstance(t, (ast.Attribute, ast.Subscript)) for t in node.targets)):
            value = node.value
        elif isinstance(node, (ast.With, ast.AsyncWith)):
            if any((isinstance(i.context_expr, ast.Name) and i.context_expr.id == name) or
                   name in {n.id for n in ast.walk(i.context_expr) if isinstance(n, ast.Name)}
                   for i in node.items):
                return True
        elif isinstance(node, ast.Call) and _hands_over(node, name):
            return True
        elif isinstance(node, ast.Try):
            for stmt in node.finalbody:
                if any(isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and
                       c.func.attr == "close" and isinstance(c.func.value, ast.Name) and
                       c.func.value.id == name for c in ast.walk(stmt)):
                    return True
        if value is not None and (
                (isinstance(value, ast.Name) and value.id == name) or
                (isinstance(value, (ast.Tuple, ast.List)) and any(
                    isinstance(e, ast.Name) and e.id == name for e in value.elts))):
            return True
    return False


_KEEPERS: Final = frozenset({"append", "add", "extend", "insert", "appendleft", "setdefault",
                            "enter_context", "enter_async_context", "push", "callback", "put",
                            "put_nowait"})
"""Methods that keep what they are given: a list of open files, an ExitStack, the queue of a
pool's idle connections."""


def _hands_over(call: ast.Call, name: str) -> bool:
    """The call gives the variable to an owner that keeps it: a method of the object itself
    (`self.set_socket(sock)`, `self.initfp(fh)`) or a collection or stack that holds it
    (`opened.append(fh)`, `stack.enter_context(fh)`). A reader (`json.load(fh)`) is no owner."""
    func = call.func
    if not isinstance(func, ast.Attribute) or not any(
            isinstance(a, ast.Name) and a.id == name for a in call.args):
        return False
    owner = func.value
    return func.attr in _KEEPERS or (isinstance(owner, ast.Name) and owner.id in ("self", "cls"))


def escapes(call: ast.Call, parents: dict[int, ast.AST]) -> bool:
    """True when the value a call makes leaves the expression it is made in: returned, yielded,
    stored, awaited, passed on, or managed by ``with``."""
    parent = parents.get(id(call))
    while isinstance(parent, (ast.IfExp, ast.BoolOp)):  # `with (sys.stdin if x else open(p))`
        parent = parents.get(id(parent))
    if isinstance(parent, (ast.Return, ast.Yield, ast.YieldFrom, ast.Await, ast.withitem,
                           ast.Call, ast.keyword, ast.Starred, ast.List, ast.Tuple, ast.Dict)):
        return True
    if isinstance(parent, (ast.Assign, ast.AnnAssign)):
        targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
        if any(isinstance(t, (ast.Attribute, ast.Subscript)) for t in targets):
            return True
        scope = _function_of(call, parents) or parent
        names = [t.id for t in targets if isinstance(t, ast.Name)]
        return any(_name_escapes(n, scope) for n in names)
    return False


def resource_escapes(tree: ast.AST, line: int) -> bool:
    """True when the resource opened on this line is not leaked: with, return, yield, an
    attribute, or a close in ``finally`` takes care of it (or no opener is on the line)."""
    parents = parent_map(tree)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno == line and
             _called_name(n) in _OPENERS]
    return not calls or all(escapes(call, parents) for call in calls)


_MUTATORS: Final = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "update",
                             "setdefault", "add", "discard", "popitem", "sort", "reverse"})


def class_attribute_mutated(tree: ast.AST, line: int) -> str:
    """The name of the class attribute assigned on this line when some method changes it in
    place (``self.X.append(...)``, ``self.X[k] = v``, ``cls.X.add(...)``), else ''."""
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        names = {t.id for stmt in cls.body if isinstance(stmt, (ast.Assign, ast.AnnAssign))
                 and stmt.lineno == line
                 for t in (stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target])
                 if isinstance(t, ast.Name)}
        if not names:
            continue
        for node in ast.walk(cls):
            target: ast.AST | None = None
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr in _MUTATORS:
                target = node.func.value
            elif isinstance(node, (ast.Assign, ast.AugAssign)):
                for t in node.targets if isinstance(node, ast.Assign) else [node.target]:
                    if isinstance(t, ast.Subscript):
                        target = t.value
            if isinstance(target, ast.Attribute) and target.attr in names and \
                    isinstance(target.value, ast.Name) and \
                    target.value.id in ("self", "cls", cls.name):
                return target.attr
    return ""


_SECRET_NAME: Final = re.compile(r"(?i)(token|secret|passw|otp|salt|nonce|session|api_?key|"
                                 r"reset|verif|auth|csrf|invite|voucher|coupon|activation|"
                                 r"code$|pin$|key$|^slug$|_slug$)")
"""Names of what must not be guessed; a random `slug` is the whole secret of a share or invite
link (a capability URL)."""


def _secret_target(node: ast.AST, line: int) -> bool:
    """An assignment spanning the line whose target is named like a secret."""
    if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.lineno <= line <= (
            node.end_lineno or node.lineno):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        return any(_SECRET_NAME.search(ast.unparse(t)) for t in targets)
    return False


def _holder(tree: ast.AST, line: int) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
    """The innermost function holding the line."""
    found: ast.FunctionDef | ast.AsyncFunctionDef | None = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                node.lineno <= line <= (node.end_lineno or node.lineno) and \
                (found is None or node.lineno >= found.lineno):
            found = node
    return found


def _called_as_secret(tree: ast.AST, name: str) -> bool:
    """A call of the module's helper `name` (or `self.name`) whose result is kept as a secret:
    assigned to a secret's name, passed as a secret's keyword (`slug=_random_string(22)`), or
    made in a function named for one (``issue_token``)."""
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name != name:
            named = bool(_SECRET_NAME.search(node.name))
            for sub in ast.walk(node):
                if isinstance(sub, (ast.Assign, ast.AnnAssign)):
                    targets = sub.targets if isinstance(sub, ast.Assign) else [sub.target]
                    if sub.value is not None and _calls(sub.value, name) and \
                            any(_SECRET_NAME.search(ast.unparse(t)) for t in targets):
                        return True
                elif (isinstance(sub, ast.keyword) and sub.arg and _SECRET_NAME.search(sub.arg)
                      and _calls(sub.value, name)) or \
                        (named and isinstance(sub, ast.Call) and _called_name(sub) == name):
                    return True
    return False


def _calls(value: ast.AST, name: str) -> bool:
    return any(isinstance(n, ast.Call) and _called_name(n) == name for n in ast.walk(value))


def secret_context(tree: ast.AST, line: int) -> bool:
    """True when the value made on this line is named like a secret: the variable it is
    assigned to, or the function it is made in (``make_token``, ``reset_code = ...``), or a
    helper of the module (``_random_string``) whose result is kept as a secret one call away."""
    for node in ast.walk(tree):
        if _secret_target(node, line):
            return True
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                node.lineno <= line <= (node.end_lineno or node.lineno) and \
                _SECRET_NAME.search(node.name):
            return True
    helper = _holder(tree, line)
    return helper is not None and _called_as_secret(tree, helper.name)


def is_dropped_call(call: ast.Call, parents: dict[int, ast.AST]) -> bool:
    """True when a call's value is thrown away: the call is a statement of its own (so it is not
    awaited, gathered, scheduled, returned or stored)."""
    return isinstance(parents.get(id(call)), ast.Expr)


def has_base_case(function: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """True when a function can return without recursing: a branch, loop, guard or handler."""
    for node in ast.walk(function):
        if node is not function and isinstance(node, (ast.If, ast.IfExp, ast.While, ast.For,
                                                      ast.Try, ast.BoolOp, ast.Match)):
            return True
    return False


def _called_name(call: ast.Call) -> str:
    """The name a call ends in: `open` for `open(...)`, `connect` for `self.pool.connect(...)`."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


_CHANGES: Final = frozenset({"append", "extend", "insert", "update", "add", "setdefault", "pop",
                             "popitem", "remove", "discard", "clear", "sort", "reverse"})


def default_kept(tree: ast.AST, line: int) -> bool:
    """A mutable default on this line outlives the call in a way that matters: the function
    changes it, returns or stores it, or hands it to other code. A default only read (a
    sentinel compared with `is`, a fallback iterated) is one object, harmlessly."""
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or fn.lineno > line or \
                line > (fn.body[0].lineno if fn.body else fn.lineno):
            continue
        args = fn.args
        positional = [*args.posonlyargs, *args.args]  # defaults cover both (`def f(a=1, /)`)
        pairs = list(zip(positional[len(positional) - len(args.defaults):], args.defaults,
                         strict=True))
        pairs += [(a, d) for a, d in zip(args.kwonlyargs, args.kw_defaults, strict=True)
                  if d is not None]
        names = {a.arg for a, d in pairs if isinstance(d, (ast.List, ast.Dict, ast.Set, ast.Call))
                 and getattr(d, "lineno", 0) == line}
        return any(_kept(alias, fn) for name in names for alias in _aliases(name, fn)) \
            if names else True
    return True


_READERS: Final = frozenset({"get", "len", "isinstance", "id", "iter", "sorted", "list", "tuple",
                             "set", "frozenset", "dict", "enumerate", "print", "str", "repr",
                             "any", "all", "sum", "min", "max", "bool", "copy", "deepcopy",
                             "join"})
"""Calls that read an object or copy it, and keep nothing of it."""


def _shown(value: ast.AST) -> list[ast.AST]:
    """The objects an expression hands over as they are: itself, or a display's items."""
    if isinstance(value, (ast.Tuple, ast.List, ast.Set)):
        return [e for item in value.elts for e in _shown(item)]
    if isinstance(value, ast.Dict):
        return [e for item in value.values for e in _shown(item)]
    if isinstance(value, ast.IfExp):
        return [*_shown(value.body), *_shown(value.orelse)]
    return [value]


def _aliases(name: str, fn: ast.AST) -> set[str]:
    """The name and every local bound to the same object (`out = seen`)."""
    found = {name}
    for node in ast.walk(fn):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and \
                node.value.id == name:
            found |= {t.id for t in node.targets if isinstance(t, ast.Name)}
    return found


def _held_whole(value: ast.AST) -> list[ast.AST]:
    """The nodes of an expression that may hand over an object itself: not what is only
    indexed or sliced (`xs[:]` is a copy, `xs[0]` an item) nor read by a reader (`list(xs)`)."""
    out: list[ast.AST] = []
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Subscript):
            stack.append(node.slice)
            continue
        if isinstance(node, ast.Call) and _called_name(node) in _READERS:
            continue
        out.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return out


def _kept(name: str, fn: ast.AST) -> bool:
    for node in ast.walk(fn):
        if isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
                    func.value.id == name and func.attr in _CHANGES:
                return True
            callee = func.attr if isinstance(func, ast.Attribute) else \
                func.id if isinstance(func, ast.Name) else ""
            if callee not in _READERS and any(
                    isinstance(a, ast.Name) and a.id == name
                    for a in [*node.args, *(k.value for k in node.keywords if k.arg)]):
                return True  # handed to other code, which may change or keep it
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                   and t.value.id == name for t in targets):
                return True
            if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and \
                    node.target.id == name:
                return True
            value = node.value
            if value is not None and any(isinstance(n, ast.Name) and n.id == name
                                         for n in _held_whole(value)) and \
                    any(not isinstance(t, ast.Name) for t in targets):
                return True  # stored on an object
        if isinstance(node, (ast.Return, ast.Yield)) and node.value is not None and any(
                isinstance(n, ast.Name) and n.id == name for n in _shown(node.value)):
            return True  # the object itself goes to the caller
        if isinstance(node, ast.Delete) and any(
                isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                and t.value.id == name for t in node.targets):
            return True
    return False


def _handlers_at(tree: ast.AST, line: int) -> list[ast.ExceptHandler]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.ExceptHandler) and n.lineno == line]


_REPORTS: Final = frozenset({"exc_info", "exception", "print_exc", "format_exc", "excepthook",
                             "print_exception", "format_exception"})
"""Calls that hand the error in flight on: `sys.exc_info()`, `log.exception(...)`, ..."""


def handler_uses_error(tree: ast.AST, line: int) -> bool:
    """True when the `except` on this line does something with the error it catches: raises
    (it or another), passes the bound exception on (`waiter.set_exception(exc)`, stores it,
    wraps it), or reads the one in flight (`sys.exc_info()`, `log.exception(...)`). Such a
    handler routes the error; it does not swallow it."""
    for handler in _handlers_at(tree, line):
        for node in (n for stmt in handler.body for n in ast.walk(stmt)):
            if isinstance(node, ast.Raise):
                return True
            if handler.name and isinstance(node, ast.Name) and node.id == handler.name:
                return True
            if isinstance(node, ast.Call) and _called_name(node) in _REPORTS:
                return True
    return False


def _literal(node: ast.AST, fixed: set[str]) -> bool:
    """An expression built from literals only (or from names bound only to literals)."""
    if isinstance(node, ast.Constant):
        return True
    if isinstance(node, ast.Name):
        return node.id in fixed
    if isinstance(node, ast.JoinedStr):
        return all(_literal(v.value if isinstance(v, ast.FormattedValue) else v, fixed)
                   for v in node.values)
    if isinstance(node, ast.BinOp):
        return _literal(node.left, fixed) and _literal(node.right, fixed)
    if isinstance(node, (ast.Tuple, ast.List)):
        return all(_literal(e, fixed) for e in node.elts)
    return False


def _fixed_names(scope: ast.AST) -> set[str]:
    """Local names every binding of which is a literal (`cmd = "ver"`, `for cmd in ("a", "b")`)."""
    bound: dict[str, list[ast.AST]] = {}
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    bound.setdefault(t.id, []).append(node.value)
        elif isinstance(node, (ast.For, ast.AsyncFor)) and isinstance(node.target, ast.Name):
            items = node.iter.elts if isinstance(node.iter, (ast.Tuple, ast.List, ast.Set)) \
                else [node.iter]
            bound.setdefault(node.target.id, []).extend(items)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.NamedExpr)) and \
                isinstance(node.target, ast.Name):
            bound.setdefault(node.target.id, []).append(node.value or node)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            for a in [*node.args.posonlyargs, *node.args.args, *node.args.kwonlyargs]:
                bound.setdefault(a.arg, []).append(a)  # a parameter: anything at all
    fixed: set[str] = set()
    changed = True
    while changed:  # `base = "ls"; cmd = base + " -l"`
        changed = False
        for name, values in bound.items():
            if name not in fixed and all(_literal(v, fixed) for v in values):
                fixed.add(name)
                changed = True
    return fixed


def runs_literal_text(tree: ast.AST, line: int) -> bool:
    """True when every call starting on this line runs (as code or as a command) text made of
    literals only: `exec("x = 1")`, `subprocess.run("ver", shell=True)` over a fixed tuple.
    Nobody outside the program controls such text, so it cannot be injected into."""
    parents = parent_map(tree)
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno == line and
             (n.args or any(k.arg in ("args", "cmd", "command", "source") for k in n.keywords))]
    if not calls:
        return False
    scope = _function_of(calls[0], parents) or tree
    fixed = _fixed_names(scope)
    for call in calls:
        text = call.args[0] if call.args else next(
            k.value for k in call.keywords if k.arg in ("args", "cmd", "command", "source"))
        if not _literal(text, fixed):
            return False
    return True


_MUTABLE_MAKERS: Final = frozenset({"list", "dict", "set", "bytearray", "defaultdict",
                                    "OrderedDict", "Counter", "deque", "array"})


def call_default_mutable(tree: ast.AST, line: int) -> bool:
    """True when a default on this line made by a call makes a mutable container
    (`items=list()`, `seen=set()`). ruff's B008 reports every call in a default; one that
    returns a string, a number, a tuple or a chosen shared object (`scheme=default_scheme()`,
    `rng=Random()`) is evaluated once, but it is not a mutable default."""
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        defaults = [*fn.args.defaults, *(d for d in fn.args.kw_defaults if d is not None)]
        for default in defaults:
            if getattr(default, "lineno", 0) != line:
                continue
            if isinstance(default, ast.Call) and _called_name(default) in _MUTABLE_MAKERS:
                return True
    return False
