"""The fact sheet of Python code, read from `ast`.

What each function returns and raises on its paths, what each operation inside a loop costs,
what state is shared (module and class level, mutable defaults) or local to a call, and what
runs concurrently, what closes each resource (a `with` block, a `finally`, or only a `close()`
on the normal path), and which parameters a function changes in place. Costs are CPython's
documented ones (the Python wiki's TimeComplexity page, the `collections.deque` documentation):
`list.remove`, `list.pop(0)`, `list.insert(0, x)`, `list.index`, `x in list` and building a
string with `+=` are linear in the size, so inside a loop they make it quadratic;
`deque.popleft`, `x in set` and `x in dict` are constant.
"""

from __future__ import annotations

import ast
from enum import Enum
from typing import Final

from ._facttypes import (
    Concurrency,
    Cost,
    FactSheet,
    FunctionFacts,
    LoopOperation,
    Mutation,
    Resource,
    Shared,
)
from .analysis.risk import own_nodes

__all__ = ["python_fact_sheet"]


class Container(Enum):
    """What a name holds, as far as the code shows."""

    LIST = "list"
    SET = "set"
    DICT = "dict"
    DEQUE = "deque"
    STR = "str"


_LINEAR_METHODS: Final = {("list", "remove"), ("list", "index"), ("list", "count"),
                          ("str", "replace"), ("str", "join")}
_MUTATORS: Final = frozenset({"append", "extend", "insert", "remove", "pop", "clear", "update",
                              "add", "discard", "setdefault", "popitem", "appendleft",
                              "popleft", "sort", "reverse"})
_CONTAINER_CALLS: Final = {"list": Container.LIST, "sorted": Container.LIST,
                           "set": Container.SET, "frozenset": Container.SET,
                           "dict": Container.DICT, "defaultdict": Container.DICT,
                           "OrderedDict": Container.DICT, "Counter": Container.DICT,
                           "deque": Container.DEQUE, "str": Container.STR}
_ANNOTATIONS: Final = {"list": Container.LIST, "List": Container.LIST,
                       "Sequence": Container.LIST, "set": Container.SET, "Set": Container.SET,
                       "frozenset": Container.SET, "dict": Container.DICT,
                       "Dict": Container.DICT, "Mapping": Container.DICT,
                       "deque": Container.DEQUE, "Deque": Container.DEQUE, "str": Container.STR}
_CONCURRENT_CALLS: Final = {"Thread": "thread", "Process": "process",
                            "ThreadPoolExecutor": "executor", "ProcessPoolExecutor": "executor",
                            "run_in_executor": "executor", "to_thread": "executor",
                            "create_task": "task", "ensure_future": "task", "gather": "gather",
                            "TaskGroup": "task", "start_new_thread": "thread"}


def _name(node: ast.AST) -> str:
    """A dotted name for a Name or Attribute (`self.items`), else '' (iterative: chains are
    as long as candidate code makes them)."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return ""
    parts.append(node.id)
    return ".".join(reversed(parts))


def _callee(node: ast.Call) -> str:
    """The last part of a call's name (`deque` for `collections.deque(...)`)."""
    func = node.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _container_of(value: ast.AST | None) -> Container | None:
    """What kind of container an expression builds, when it is plain to see."""
    if isinstance(value, (ast.List, ast.ListComp)):
        return Container.LIST
    if isinstance(value, (ast.Set, ast.SetComp)):
        return Container.SET
    if isinstance(value, (ast.Dict, ast.DictComp)):
        return Container.DICT
    if isinstance(value, ast.JoinedStr) or (isinstance(value, ast.Constant)
                                            and isinstance(value.value, str)):
        return Container.STR
    if isinstance(value, ast.Call):
        return _CONTAINER_CALLS.get(_callee(value))
    return None


def _annotation(node: ast.AST | None) -> Container | None:
    """The container an annotation names (`list[int]`, `Deque[str]`, `dict`)."""
    if isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, (ast.Name, ast.Attribute)):
        return _ANNOTATIONS.get(_name(node).rsplit(".", 1)[-1])
    return None


def _kinds(scope: ast.AST, known: dict[str, Container]) -> dict[str, Container]:
    """Container kinds of the names a scope binds (assignments, annotations, parameters)."""
    out = dict(known)
    if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
        for arg in [*scope.args.posonlyargs, *scope.args.args, *scope.args.kwonlyargs]:
            kind = _annotation(arg.annotation)
            if kind is not None:
                out[arg.arg] = kind
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign):
            kind = _container_of(node.value)
            for target in node.targets:
                if kind is not None and _name(target):
                    out[_name(target)] = kind
        elif isinstance(node, ast.AnnAssign) and _name(node.target):
            kind = _annotation(node.annotation) or _container_of(node.value)
            if kind is not None:
                out[_name(node.target)] = kind
    return out


def _loop_operations(function: str, loop: ast.For | ast.While | ast.AsyncFor,
                     kinds: dict[str, Container]) -> list[LoopOperation]:
    """The costed operations in a loop's body (nested loops included)."""
    out: list[LoopOperation] = []
    for node in (n for stmt in loop.body for n in ast.walk(stmt)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target = _name(node.func.value)
            kind = kinds.get(target)
            method = node.func.attr
            first = node.args[0] if node.args else None
            zero = isinstance(first, ast.Constant) and first.value == 0
            if kind is Container.LIST and method == "pop" and zero:
                out.append(LoopOperation(function, node.lineno, "list.pop(0)", target, Cost.LINEAR))
            elif kind is Container.LIST and method == "insert" and zero:
                out.append(LoopOperation(function, node.lineno, "list.insert(0)", target,
                                         Cost.LINEAR))
            elif kind is not None and (kind.value, method) in _LINEAR_METHODS:
                out.append(LoopOperation(function, node.lineno, f"{kind.value}.{method}", target,
                                         Cost.LINEAR))
            elif kind is Container.DEQUE and method in ("popleft", "appendleft", "append", "pop"):
                out.append(LoopOperation(function, node.lineno, f"deque.{method}", target,
                                         Cost.CONSTANT))
        elif isinstance(node, ast.Compare):
            for op, right in zip(node.ops, node.comparators, strict=False):
                if not isinstance(op, (ast.In, ast.NotIn)):
                    continue
                target = _name(right)
                kind = kinds.get(target) or _container_of(right)
                if kind in (Container.LIST, Container.DEQUE):
                    out.append(LoopOperation(function, node.lineno, f"in {kind.value}", target,
                                             Cost.LINEAR))
                elif kind in (Container.SET, Container.DICT):
                    out.append(LoopOperation(function, node.lineno, f"in {kind.value}", target,
                                             Cost.CONSTANT))
        elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
            target = _name(node.target)
            if kinds.get(target) is Container.STR:
                out.append(LoopOperation(function, node.lineno, "str +=", target, Cost.LINEAR))
    return out


def _falls_off(body: list[ast.stmt]) -> bool:
    """True when control can reach the end of a block (no return or raise ends it for sure)."""
    if not body:
        return True
    last = body[-1]
    if isinstance(last, (ast.Return, ast.Raise)):
        return False
    if isinstance(last, ast.If):
        return _falls_off(last.body) or _falls_off(last.orelse)
    if isinstance(last, ast.Try):
        return (_falls_off(last.body + last.orelse)
                or any(_falls_off(h.body) for h in last.handlers)) and _falls_off(last.finalbody)
    if isinstance(last, ast.While) and isinstance(last.test, ast.Constant) and last.test.value:
        return False
    if isinstance(last, (ast.With, ast.AsyncWith)):
        return _falls_off(last.body)
    return True


def _exception_name(node: ast.AST | None) -> str:
    if isinstance(node, ast.Call):
        node = node.func
    return _name(node).rsplit(".", 1)[-1] if node is not None else ""


def _function_facts(function: ast.FunctionDef | ast.AsyncFunctionDef,
                    nodes: list[ast.AST]) -> FunctionFacts:
    returns = [n for n in nodes if isinstance(n, ast.Return)]
    none_return = any(r.value is None or (isinstance(r.value, ast.Constant)
                                          and r.value.value is None) for r in returns)
    value_return = any(r.value is not None and not (isinstance(r.value, ast.Constant)
                                                    and r.value.value is None) for r in returns)
    is_generator = any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in nodes)
    raises = tuple(dict.fromkeys(_exception_name(n.exc) or "re-raise" for n in nodes
                                 if isinstance(n, ast.Raise)))
    catches: list[str] = []
    for n in nodes:
        if isinstance(n, ast.ExceptHandler):
            types = n.type.elts if isinstance(n.type, ast.Tuple) else [n.type]
            catches += [_exception_name(t) or "Exception" for t in types]
    declared = {name for n in nodes if isinstance(n, (ast.Global, ast.Nonlocal))
                for name in n.names}
    bound = {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    params = {a.arg for a in [*function.args.posonlyargs, *function.args.args,
                              *function.args.kwonlyargs]}
    return FunctionFacts(
        function.name, function.lineno,
        returns_none=not is_generator and (none_return or (value_return
                                                           and _falls_off(function.body))),
        returns_value=value_return, raises=raises, catches=tuple(dict.fromkeys(catches)),
        locals=frozenset((bound | params) - declared),
        is_async=isinstance(function, ast.AsyncFunctionDef),
        calls=frozenset(_callee(n) for n in nodes if isinstance(n, ast.Call)) - {""})


def _mutated_names(tree: ast.AST) -> set[str]:
    """Names a method call, an item assignment or an augmented assignment changes in place."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in _MUTATORS:
            out.add(_name(node.func.value))
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            for target in targets:
                if isinstance(target, ast.Subscript):
                    out.add(_name(target.value))
                elif isinstance(node, ast.AugAssign):
                    out.add(_name(target))
    return out


_OPENERS: Final = frozenset({"open", "socket", "create_connection", "connect", "urlopen",
                             "Popen", "TemporaryFile", "NamedTemporaryFile", "cursor",
                             "create_server", "fdopen", "ZipFile", "TarFile"})
"""Calls that return something to close (io, socket, sqlite3, urllib, subprocess, tempfile)."""


def _calls_on(nodes: list[ast.AST], method: str) -> set[str]:
    """The names whose `method` is called among these nodes (`f` for `f.close()`)."""
    return {_name(n.func.value) for n in nodes if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute) and n.func.attr == method}


def _resources(function: ast.FunctionDef | ast.AsyncFunctionDef,
               nodes: list[ast.AST]) -> list[Resource]:
    """What the function opens and what closes it (a resource it hands on is not its own)."""
    out: list[Resource] = []
    for node in nodes:
        if isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                name = _name(item.optional_vars) if item.optional_vars is not None else ""
                expr = item.context_expr
                label = name or _name(expr) or (_callee(expr) if isinstance(expr, ast.Call)
                                                 else "")
                if label:
                    out.append(Resource(function.name, node.lineno, label, "with"))
    finally_closed = _calls_on([n for t in nodes if isinstance(t, ast.Try)
                                for stmt in t.finalbody for n in ast.walk(stmt)], "close")
    closed = _calls_on(nodes, "close")
    escaped = {_name(n.value) for n in nodes if isinstance(n, (ast.Return, ast.Yield))
               and n.value is not None} | {
        _name(n.value) for n in nodes if isinstance(n, ast.Assign)
        and any(isinstance(t, ast.Attribute) for t in n.targets)}
    released = _calls_on(nodes, "release")
    finally_released = _calls_on([n for t in nodes if isinstance(t, ast.Try)
                                  for stmt in t.finalbody for n in ast.walk(stmt)], "release")
    for node in nodes:
        # a lock taken by hand: `lock.acquire()` as a statement, released by a later call
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
                isinstance(node.value.func, ast.Attribute) and node.value.func.attr == "acquire":
            name = _name(node.value.func.value)
            if name in finally_released:
                out.append(Resource(function.name, node.lineno, name, "finally"))
            elif name in released:
                out.append(Resource(function.name, node.lineno, name, "release"))
    for node in nodes:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                _callee(node.value) in _OPENERS and len(node.targets) == 1:
            name = _name(node.targets[0])
            if not name or name in escaped or "." in name:
                continue
            if name in finally_closed:
                out.append(Resource(function.name, node.lineno, name, "finally"))
            elif name in closed:
                out.append(Resource(function.name, node.lineno, name, "close"))
    return out


def _mutations(function: ast.FunctionDef | ast.AsyncFunctionDef,
               nodes: list[ast.AST]) -> list[Mutation]:
    """Parameters whose object the function changes in place (never one it rebinds first)."""
    params = {a.arg for a in [*function.args.posonlyargs, *function.args.args,
                              *function.args.kwonlyargs]} - {"self", "cls"}
    rebound = {n.id for n in nodes if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    out: list[Mutation] = []
    for node in nodes:
        target, how = "", ""
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in _MUTATORS:
            target, how = _name(node.func.value), f"{node.func.attr}()"
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) \
                else [node.target]
            for t in targets:
                if isinstance(t, ast.Subscript) and _name(t.value):
                    target, how = _name(t.value), "[...] ="
                elif isinstance(t, ast.Attribute) and _name(t.value) in params:
                    target, how = _name(t.value), f".{t.attr} ="
        if target in params and target not in rebound:
            out.append(Mutation(function.name, getattr(node, "lineno", function.lineno),
                                target, how))
    return out


def _awaits_in_loops(function: ast.FunctionDef | ast.AsyncFunctionDef,
                     nodes: list[ast.AST]) -> list[Concurrency]:
    """Awaits in a loop's body or a comprehension: each finishes before the next begins."""
    out: list[Concurrency] = []
    for node in nodes:
        if isinstance(node, (ast.For, ast.AsyncFor, ast.While)):
            inner = [n for stmt in node.body for n in ast.walk(stmt)]
        elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
            inner = list(ast.walk(node))
        else:
            continue
        first = next((n for n in inner if isinstance(n, ast.Await)), None)
        if first is not None:
            out.append(Concurrency(function.name, first.lineno, "await in a loop"))
    return list(dict.fromkeys(out))


_WAITS: Final = ("join", "result")
"""A thread's or a future's methods that wait for it to finish."""
_ONE_PIECE: Final = ("create_task", "ensure_future", "to_thread", "run_in_executor")
"""Calls that start one piece of work (a `gather` starts several: awaiting it overlaps them)."""


def _waited_at_once(nodes: list[ast.AST]) -> set[int]:
    """Calls that start one piece of work the code waits for before it starts the next: awaited
    where they are made (`await asyncio.create_task(f())`), or held in a name that is awaited or
    joined later in the same loop pass (`t = create_task(f(x)); out.append(await t)`). Nothing
    of theirs overlaps."""
    waited = {id(n.value) for n in nodes if isinstance(n, ast.Await) and isinstance(n.value, ast.Call)
              and _callee(n.value) in _ONE_PIECE}
    for loop in nodes:
        if not isinstance(loop, (ast.For, ast.AsyncFor, ast.While)):
            continue
        body = [n for stmt in loop.body for n in ast.walk(stmt)]
        held = {n.targets[0].id: n.value for n in body if isinstance(n, ast.Assign)
                and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
                and isinstance(n.value, ast.Call) and _callee(n.value) in (*_ONE_PIECE, "Thread", "Process")}
        for n in body:
            if isinstance(n, ast.Await) and isinstance(n.value, ast.Name):
                name = n.value.id
            elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and \
                    n.func.attr in _WAITS and isinstance(n.func.value, ast.Name):
                name = n.func.value.id
            else:
                continue
            if name in held:
                waited.add(id(held[name]))
    return waited


def _python(code: str) -> FactSheet:
    try:
        tree = ast.parse(code)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return FactSheet("python", notes=("the code does not parse",))
    mutated = _mutated_names(tree)
    module_kinds = _kinds(ast.Module(body=[s for s in tree.body if isinstance(
        s, (ast.Assign, ast.AnnAssign))], type_ignores=[]), {})
    shared: list[Shared] = []
    for stmt in tree.body:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            if _container_of(stmt.value) in (Container.LIST, Container.SET, Container.DICT,
                                             Container.DEQUE):
                for target in targets:
                    if isinstance(target, ast.Name):
                        shared.append(Shared(target.id, stmt.lineno, "module",
                                             target.id in mutated))
        elif isinstance(stmt, ast.ClassDef):
            for item in stmt.body:
                if isinstance(item, ast.Assign) and _container_of(item.value) in (
                        Container.LIST, Container.SET, Container.DICT):
                    for target in item.targets:
                        if isinstance(target, ast.Name):
                            shared.append(Shared(target.id, item.lineno, "class",
                                                 any(m.endswith("." + target.id) or
                                                     m == target.id for m in mutated),
                                                 stmt.name))
    functions: list[FunctionFacts] = []
    operations: list[LoopOperation] = []
    concurrency: list[Concurrency] = []
    resources: list[Resource] = []
    mutations: list[Mutation] = []
    awaits: list[Concurrency] = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        own = own_nodes(node)
        functions.append(_function_facts(node, own))
        resources += _resources(node, own)
        mutations += _mutations(node, own)
        awaits += _awaits_in_loops(node, own)
        defaults = [*node.args.defaults, *(d for d in node.args.kw_defaults if d is not None)]
        params = [*node.args.posonlyargs, *node.args.args][-len(node.args.defaults):] \
            if node.args.defaults else []
        named = dict(zip([p.arg for p in params], node.args.defaults, strict=False))
        for arg, default in named.items():
            if _container_of(default) in (Container.LIST, Container.SET, Container.DICT):
                shared.append(Shared(arg, default.lineno, "default",
                                     arg in _mutated_names(node), node.name))
        del defaults
        kinds = _kinds(node, module_kinds)
        waited = _waited_at_once(own)
        for inner in own:
            if isinstance(inner, (ast.For, ast.While, ast.AsyncFor)):
                operations += _loop_operations(node.name, inner, kinds)
            elif isinstance(inner, ast.Call) and _callee(inner) in _CONCURRENT_CALLS and \
                    id(inner) not in waited:
                concurrency.append(Concurrency(node.name, inner.lineno,
                                               _CONCURRENT_CALLS[_callee(inner)]))
    unique_ops = tuple(dict.fromkeys(operations))
    return FactSheet("python", tuple(functions), unique_ops, tuple(shared), tuple(concurrency),
                     awaits_in_loops=tuple(awaits), resources=tuple(resources),
                     mutations=tuple(dict.fromkeys(mutations)),
                     parsed=True)


def python_fact_sheet(code: str) -> FactSheet:
    """The fact sheet of Python source (an unparsed one when it does not parse)."""
    return _python(code)
