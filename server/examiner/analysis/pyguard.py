"""A guard, an await, then the write the guard protected, in Python coroutines, with ``ast``
(CWE-367, time-of-check time-of-use; CWE-362).

A coroutine tests state that outlives the call and leaves (raise, return, continue) when the
state says no; then it awaits; then it writes the very state it tested. asyncio runs other
tasks at every await (the asyncio docs, "Coroutines and Tasks", and "Synchronization
Primitives": the primitives exist because tasks interleave there), so two calls both pass the
guard and both write: a seat booked twice, a limit overrun, a member added twice, an update
lost.

The state is reached through `self` or `cls`, a class of the module, a module-level name, a
local bound to an element of such a collection (`item = self._items[key]`, `.get(key)`, a
loop variable over one, or a method of the class or a function of the module that returns
one), or a record read from a store (`acct = await store.get(k)`) and written back to the same
store. The guard may test it directly or through a method of the class (or a function of the
module) that reads it.

Escapes: the state written before the await (a reservation, undone on failure); the state
tested again after the last await before the write; a lock, semaphore or transaction in the
coroutine (`async with self._lock`, `BEGIN`, `FOR UPDATE`); a write that only creates what is
absent (`setdefault`, NX, ON CONFLICT) or clears (None, `del`, `pop`, `discard`); state local
to the call; a guard and a write on different state; a function that is not async.

The narrower checks (``pyreview``'s stale read, ``pylocks``' lost update, ``pyrisk``'s
module state) keep their own questions: ``pyrisk`` drops this finding where one of them
reports a race in the same function.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from .finding_facts import Facts, RuleFacts, SharedFacts
from .guardstate import RESERVED, State, matches, unguarded
from .guardstate import root as _root
from .risk import Risk
from .risk import src as _src

__all__ = ["QUESTIONS", "RULE", "guard_risks"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

RULE: Final = "py-guard-then-write-across-await"
_QUESTION: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. What happens when two calls "
                    "run at the same time, and how would you write it?")
QUESTIONS: Final = {RULE: _QUESTION}
"""The question of this check's findings, by rule id (as the other Python checks' QUESTIONS)."""

_SERIALISED: Final = re.compile(r"(?i)(?<![a-z])(r?lock|semaphore|mutex|transaction|atomic)|"
                                r"for\s+update|select_for_update|\bbegin\b")
"""A lock, semaphore or transaction in the coroutine's text: the test and the write are one
step for the tasks that share it."""
_CREATE_ONLY: Final = re.compile(
    r"(?i)\bnx\s*=\s*True|['\"]NX['\"]|setnx|hsetnx|\$setOnInsert|on\s+conflict|"
    r"insert\s+(or\s+)?ignore|upsert\s*=\s*True|if_not_exists|attribute_not_exists")
"""A write that makes the record only when it is absent: the store tests and writes at once."""
_MUTATORS: Final = frozenset({"append", "add", "update", "insert", "extend", "appendleft",
                              "__setitem__"})
"""Methods that put something into a collection (removals, which repeat harmlessly, and
`setdefault`, which creates only what is absent, are left out)."""
_STORE_READS: Final = re.compile(r"^(get|fetch|load|read|find|find_one|select|retrieve|lookup|"
                                 r"hget|hgetall|first|one|(get|fetch|load|find|read)_\w+)$")
_STORE_WRITES: Final = re.compile(r"^(save|set|put|update|update_one|replace_one|write|store|"
                                  r"upsert|replace|hset|persist|"
                                  r"(set|save|put|update|write|store|replace)_\w+)$")
_PRIMITIVE_METHODS: Final = frozenset({"acquire", "release", "wait", "__aenter__", "__aexit__"})
"""A synchronisation primitive's own methods: what they await is their business."""
_READERS: Final = frozenset({"len", "bool", "any", "all", "sum", "min", "max", "sorted", "list",
                             "set", "tuple", "frozenset"})
"""Builtins whose argument a test reads as state (`len(self.members) >= self.cap`)."""
_LIFECYCLE: Final = re.compile(r"(?i)(clos|eof|exhaust|done|finish|stop|shut_?down|terminat|"
                               r"cancel|ended|dispos|destroy|start|initiali[sz]|loaded|ready|"
                               r"opened|connected|running|listening)\w*$")
"""Flags that say where an object is in its life (started, closed, at EOF): set to a constant
after the await, a second call repeats the opening or the closing work, it books nothing."""
_KEY_ATTRS: Final = re.compile(r"(?i)^(_?id|\w+_id|key|pk|name)$")
_SWITCHES: Final = (ast.Await, ast.AsyncFor, ast.AsyncWith)
_LEAVES: Final = (ast.Raise, ast.Return, ast.Continue)
_NESTED: Final = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)


def _normal(text: str) -> str:
    """A path as text, spelled one way: no spaces, `m.get(k)` as `m[k]`."""
    return re.sub(r"\.get\(([^(),]*)\)", r"[\1]", re.sub(r"\s+", "", text))


def _pos(node: ast.AST) -> tuple[int, int]:
    return getattr(node, "lineno", 0), getattr(node, "col_offset", 0)


def _end(node: ast.AST) -> tuple[int, int]:
    return (getattr(node, "end_lineno", 0) or 0), (getattr(node, "end_col_offset", 0) or 0)


def _own(nodes: Sequence[ast.AST]) -> list[ast.AST]:
    """Every node under these, without the bodies of functions, lambdas or classes in them."""
    out: list[ast.AST] = []
    stack: list[ast.AST] = list(nodes)
    while stack:
        node = stack.pop()
        out.append(node)
        stack.extend(c for c in ast.iter_child_nodes(node) if not isinstance(c, _NESTED))
    return out


def _bound_names(target: ast.AST | None) -> list[str]:
    """The names an assignment's target binds (`a`, `a, b`, `*rest`), not those it only
    reads (`d` and `k` in `d[k] = v`)."""
    if isinstance(target, ast.Name):
        return [target.id]
    if isinstance(target, (ast.Tuple, ast.List)):
        return [n for e in target.elts for n in _bound_names(e)]
    if isinstance(target, ast.Starred):
        return _bound_names(target.value)
    return []


def _chain(node: ast.AST) -> bool:
    return isinstance(node, (ast.Attribute, ast.Subscript))


class _Scope:
    """The coroutine around the guard: which names reach state that outlives the call."""

    def __init__(self, fn: ast.AsyncFunctionDef, cls: ast.ClassDef | None,
                 module: dict[str, ast.AST | None], functions: dict[str, _Fn]) -> None:
        self.fn, self.cls, self.module, self.functions = fn, cls, module, functions
        params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)]
        self.params = set(params)
        if fn.args.vararg is not None:
            self.params.add(fn.args.vararg.arg)
        if fn.args.kwarg is not None:
            self.params.add(fn.args.kwarg.arg)
        self.this = params[0] if cls is not None and params else ""
        self.nodes = _own(fn.body)
        self.declared_global = {n for g in self.nodes if isinstance(g, ast.Global) for n in g.names}
        self.bound: dict[str, list[tuple[int, ast.AST | None]]] = {}
        self.loops: dict[str, ast.AST] = {}
        for node in self.nodes:
            if isinstance(node, (ast.For, ast.AsyncFor)):
                for name in _bound_names(node.target):
                    self.loops[name] = node.iter
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    value = node.value if isinstance(target, ast.Name) else None
                    for name in _bound_names(target):
                        self.bound.setdefault(name, []).append((node.lineno, value))
            elif isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr)) and \
                    isinstance(node.target, ast.Name):
                value = node.value if isinstance(node, (ast.AnnAssign, ast.NamedExpr)) else None
                self.bound.setdefault(node.target.id, []).append((node.lineno, value))
            elif isinstance(node, (ast.With, ast.AsyncWith)):
                for item in node.items:
                    for name in _bound_names(item.optional_vars):
                        self.bound.setdefault(name, []).append((node.lineno, None))
        self.kinds: dict[str, tuple[str, str] | None] = {}

    def method(self, name: str) -> _Fn | None:
        if self.cls is None:
            return None
        return next((m for m in self.cls.body if isinstance(m, (ast.FunctionDef,
                                                                 ast.AsyncFunctionDef))
                     and m.name == name), None)

    def live(self, path: str) -> bool:
        """The path's root is `self`/`cls`, a class of the module, or a module-level name the
        coroutine does not bind for itself."""
        name = _root(path)
        if not name:
            return False
        if name == self.this or name in ("self", "cls"):
            return bool(self.this) or self.cls is not None
        if name in self.params or (name in self.bound and name not in self.declared_global):
            return False
        return name in self.module

    def kind(self, name: str, line: int) -> tuple[str, str] | None:
        """('live', '') when the name reaches state that outlives the call, ('store', S) when
        it holds a record read from the store S, None when it is the call's own."""
        if name not in self.kinds:
            self.kinds[name] = self._kind(name, line)
        return self.kinds[name]

    def _kind(self, name: str, line: int) -> tuple[str, str] | None:
        if self.live(name):
            return ("live", "")
        if name in self.loops:
            over = self.loops[name]
            if isinstance(over, ast.Call) and isinstance(over.func, ast.Attribute) and \
                    over.func.attr in ("values", "items", "copy"):
                over = over.func.value
            return ("live", "") if self.live(_normal(_src(over))) else None
        values = [v for at, v in self.bound.get(name, []) if at <= line]
        if not values or values[-1] is None or name in self.params:
            return None
        return self._value_kind(values[-1])

    def _value_kind(self, value: ast.AST) -> tuple[str, str] | None:
        awaited = isinstance(value, ast.Await)
        if awaited:
            value = value.value  # type: ignore[attr-defined]
        if _chain(value):
            return ("live", "") if not awaited and self.live(_normal(_src(value))) else None
        if not isinstance(value, ast.Call):
            return None
        func = value.func
        if isinstance(func, ast.Attribute):
            target = _normal(_src(func.value))
            if target in ("self", "cls", self.this) and \
                    self._returns_element(self.method(func.attr)):
                return ("live", "")
            if not awaited and func.attr == "get" and self.live(target):
                return ("live", "")
            if awaited and _STORE_READS.match(func.attr):
                return ("store", target)
            return None
        if isinstance(func, ast.Name):
            searched = value.args[0] if value.args else None
            if func.id == "next" and isinstance(searched, ast.GeneratorExp) and \
                    self.live(_normal(_src(searched.generators[0].iter))):
                return ("live", "")  # `next(s for s in self.slots if s.free)`
            if self._returns_element(self.functions.get(func.id)):
                return ("live", "")
        return None

    def _returns_element(self, function: _Fn | None) -> bool:
        """The method or function returns an element of a collection that outlives the call
        (`return self._items[key]`, `.get(key)`, or a local taken so and returned)."""
        if function is None:
            return False
        taken: set[str] = set()
        for node in ast.walk(function):
            value = node.value if isinstance(node, (ast.Assign, ast.Return)) else None
            if value is None:
                continue
            if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
                    value.func.attr == "get":
                value = value.func.value
            elif isinstance(value, ast.Subscript):
                value = value.value
            else:
                if isinstance(node, ast.Return) and isinstance(value, ast.Name) and \
                        value.id in taken:
                    return True
                continue
            root = _root(_src(value))
            outlives = root in ("self", "cls") or (root in self.module and not any(
                isinstance(n, ast.Name) and n.id == root and isinstance(n.ctx, ast.Store)
                for n in ast.walk(function)))
            if not outlives:
                continue
            if isinstance(node, ast.Assign):
                taken.update(t.id for t in node.targets if isinstance(t, ast.Name))
            else:
                return True
        return False


# --- what a test reads and a write changes --------------------------------------------------


def _keys_of(test: ast.AST) -> dict[int, str]:
    """For `k in X` (or `not in`), the key of the collection X, by the node's id."""
    keys: dict[int, str] = {}
    for node in ast.walk(test):
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and \
                isinstance(node.ops[0], (ast.In, ast.NotIn)):
            keys[id(node.comparators[0])] = _src(node.left)
    return keys


def _chains(test: ast.AST) -> list[ast.AST]:
    """The longest attribute and subscript chains in a test, without those that are a key or
    an argument of a call other than a reading builtin (`len(self.members)`)."""
    out: list[ast.AST] = []
    skip: set[int] = set()
    inner: set[int] = set()
    for node in ast.walk(test):
        if _chain(node):
            inner.add(id(node.value))  # type: ignore[attr-defined]
        if isinstance(node, ast.Subscript):
            skip.update(id(n) for n in ast.walk(node.slice))
        if isinstance(node, ast.Call) and not (isinstance(node.func, ast.Name) and
                                               node.func.id in _READERS):
            skip.update(id(n) for a in (*node.args, *(k.value for k in node.keywords))
                        for n in ast.walk(a))
        if isinstance(node, (ast.Lambda, ast.GeneratorExp, ast.ListComp, ast.SetComp,
                             ast.DictComp)):
            skip.update(id(n) for n in ast.walk(node))
    for node in ast.walk(test):
        if _chain(node) and id(node) not in inner and id(node) not in skip:
            out.append(node)
    return out


def _read_states(test: ast.AST, scope: _Scope, depth: int = 0) -> list[State]:
    """The state a test (or a method it calls) reads: chains whose root outlives the call or
    holds a store's record, a collection tested for a key, what a method of the class or a
    function of the module reads when the test calls it, and module-level names."""
    out: list[State] = []
    keys = _keys_of(test)
    calls = {id(n.func): n for n in ast.walk(test) if isinstance(n, ast.Call)}
    for chain in _chains(test):
        path, key = _normal(_src(chain)), keys.get(id(chain), "")
        call = calls.get(id(chain))
        if call is not None and isinstance(chain, ast.Attribute):
            target = _normal(_src(chain.value))
            if target in ("self", "cls", scope.this) and target:
                called = scope.method(chain.attr)
                if called is not None and depth == 0:
                    out.extend(s for stmt in called.body
                               for s in _read_states(stmt, scope, depth + 1))
                continue
            path = target
            if chain.attr in ("get", "__contains__", "count", "index") and call.args:
                key = _src(call.args[0])
        elif isinstance(chain, ast.Subscript):
            key = _src(chain.slice)
        out.extend(_rooted(path, key, scope, getattr(test, "lineno", 0)))
    for node in ast.walk(test):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and depth == 0:
            called = scope.functions.get(node.func.id)
            if called is not None and called is not scope.fn:
                out.extend(s for stmt in called.body for s in _read_states(stmt, scope, 1))
        elif isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and \
                node.id in scope.module and node.id not in (scope.this, "self", "cls") and \
                (depth or (node.id not in scope.loops and scope.live(node.id))) and \
                scope.module[node.id] is None:
            out.append(State(node.id, keys.get(id(node), "")))  # a module's own variable
    return out


def _rooted(path: str, key: str, scope: _Scope, line: int) -> list[State]:
    """The path as state when its root outlives the call (or holds a store's record)."""
    root = _root(path)
    if not root or path in ("self", "cls", scope.this):
        return []
    kind = scope.kind(root, line)
    if kind is None:
        return []
    if kind[0] == "store":
        return [State(path, key, kind[1])] if path != root else []
    if path == root and not scope.live(root):
        return []  # `if item is None`: whether an element is there, not what it holds
    return [State(path, key)]


@dataclass(frozen=True)
class _Write:
    node: ast.AST
    state: State


def _cleared(value: ast.AST | None) -> bool:
    """None written: the state emptied (a claim of a flag, `slot.free = False`, is no such)."""
    return isinstance(value, ast.Constant) and value.value is None


def _writes(nodes: list[ast.AST], scope: _Scope, tests: set[int]) -> list[_Write]:
    """The writes among the nodes, in order: assignments, `+=`, an entry put into a
    collection, a record written back to its store (`tests`: the ids of nodes inside a test,
    whose call's answer decides)."""
    out: list[_Write] = []
    for node in nodes:
        state: State | None = None
        if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            if isinstance(node, ast.AnnAssign) and node.value is None:
                continue
            if not isinstance(node, ast.AugAssign) and _cleared(node.value):
                continue
            if isinstance(node.value, ast.Constant) and not isinstance(node, ast.AugAssign) and \
                    any(_LIFECYCLE.search(_src(t)) for t in (
                        node.targets if isinstance(node, ast.Assign) else [node.target])):
                continue  # a lifecycle flag (`self._closed = True`)
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for t in (target.elts if isinstance(target, ast.Tuple) else [target]):
                    state = _target(t, scope)
                    if state is not None:
                        out.append(_Write(node, state))
            continue
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute) or \
                id(node) in tests or _CREATE_ONLY.search(_src(node)):
            continue
        method, target = node.func.attr, node.func.value
        if method in _MUTATORS:
            state = _target(target, scope, _src(node.args[0]) if node.args and
                            method in ("add", "append", "__setitem__") else "")
        elif method == "save" and isinstance(target, ast.Name):
            held = scope.kind(target.id, node.lineno)
            if held is not None and held[0] == "store":
                state = State(target.id, "", held[1])  # a record that saves itself
        elif _STORE_WRITES.match(method):
            state = _written_back(node, _normal(_src(target)), scope)
        if state is not None:
            out.append(_Write(node, state))
    return sorted(out, key=lambda w: _pos(w.node))


def _written_back(call: ast.Call, store: str, scope: _Scope) -> State | None:
    """A record read from `store` sent back to it: itself, spread into the new one
    (`{**acct, ...}`), converted (`asdict(acct)`), or a value computed from one of its
    fields; not its id or key alone."""
    for arg in (*call.args, *(k.value for k in call.keywords)):
        for name in {n.id for n in ast.walk(arg) if isinstance(n, ast.Name)}:
            held = scope.kind(name, call.lineno)
            if held is None or held != ("store", store):
                continue
            uses = [n for n in ast.walk(arg) if isinstance(n, ast.Attribute) and
                    isinstance(n.value, ast.Name) and n.value.id == name]
            bare = sum(1 for n in ast.walk(arg) if isinstance(n, ast.Name) and n.id == name)
            if bare > len(uses) or any(not _KEY_ATTRS.match(u.attr) for u in uses):
                return State(name, "", store)
    return None


def _target(node: ast.AST, scope: _Scope, key: str = "") -> State | None:
    path = _normal(_src(node))
    root = _root(path)
    if not root or path in ("self", "cls", scope.this):
        return None
    if isinstance(node, ast.Name) and node.id not in scope.declared_global:
        return None
    if isinstance(node, ast.Subscript) and not key:
        key = _src(node.slice)
    kind = scope.kind(root, getattr(node, "lineno", 0))
    return State(path, key) if kind is not None and kind[0] == "live" else None


def _allowing(test: ast.AST, scope: _Scope) -> list[State]:
    """The state a test finds absent, free or under a limit (`not seat.owner`, `job.worker is
    None`, `user not in room.members`, `self.used < self.cap`): a branch it runs is the
    allowed path. A test of presence (`if self._conn:`) guards no claim."""
    out: list[State] = []
    for node in ast.walk(test):
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            out.extend(_read_states(node.operand, scope))
        elif isinstance(node, ast.Compare) and len(node.ops) == 1:
            op, right = node.ops[0], node.comparators[0]
            if isinstance(op, (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.NotIn)):
                out.extend(_read_states(node, scope))
            elif isinstance(op, (ast.Is, ast.Eq)) and isinstance(right, ast.Constant) and \
                    right.value in (None, False, 0, ""):
                out.extend(_read_states(node.left, scope))
    return out


# --- the region the guard protects ----------------------------------------------------------


def _blocks(fn: ast.AsyncFunctionDef) -> dict[int, tuple[ast.AST, list[ast.stmt]]]:
    """For each statement of the coroutine, the node and the list of statements holding it."""
    where: dict[int, tuple[ast.AST, list[ast.stmt]]] = {}
    for node in _own([fn]):
        for _, value in ast.iter_fields(node):
            if isinstance(value, list) and value and isinstance(value[0], ast.stmt):
                for stmt in value:
                    where[id(stmt)] = (node, value)
            elif isinstance(value, list):
                for handler in (v for v in value if isinstance(v, ast.ExceptHandler)):
                    for stmt in handler.body:
                        where[id(stmt)] = (handler, handler.body)
    return where


def _after(node: ast.If, fn: ast.AsyncFunctionDef, leave: ast.stmt,
           where: dict[int, tuple[ast.AST, list[ast.stmt]]]) -> list[ast.stmt]:
    """The statements that run after the `if` when its branch did not leave: the later
    statements of each block around it, up to the coroutine (a `continue`: up to its loop; a
    `raise` inside a `try` with handlers: up to the try)."""
    out: list[ast.stmt] = []
    current: ast.AST = node
    while current is not fn and id(current) in where:
        parent, block = where[id(current)]
        index = next(i for i, s in enumerate(block) if s is current)
        out.extend(block[index + 1:])
        if isinstance(leave, ast.Continue) and isinstance(parent, (ast.For, ast.AsyncFor,
                                                                    ast.While)):
            break
        if isinstance(leave, ast.Raise) and isinstance(parent, ast.Try) and \
                block is parent.body and parent.handlers:
            break
        current = parent
    return out


def _stores_awaited(write: ast.AST, scope: _Scope) -> bool:
    """The write stores what an await produced (`self._conn = await connect()`, or a value
    computed from a local that took one): the state was absent and is being filled (a cache,
    a connection made once), not claimed."""
    if isinstance(write, (ast.Assign, ast.AnnAssign)):
        value = write.value
    elif isinstance(write, ast.Call) and write.args:
        value = write.args[-1]
    else:
        return False
    if value is None:
        return False
    if any(isinstance(n, ast.Await) for n in ast.walk(value)):
        return True
    used = {n.id for n in ast.walk(value) if isinstance(n, ast.Name)}
    return any(v is not None and any(isinstance(n, ast.Await) for n in ast.walk(v))
               for name in used for _, v in scope.bound.get(name, []))


def _ending_blocks(where: dict[int, tuple[ast.AST, list[ast.stmt]]]
                   ) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The spans of the blocks that end by returning or raising."""
    blocks = {id(block): block for _, block in where.values()}
    return [(_pos(b[0]), _end(b[-1])) for b in blocks.values()
            if isinstance(b[-1], (ast.Return, ast.Raise))]


def _reaches(gap: ast.AST, write: ast.AST,
             ends: list[tuple[tuple[int, int], tuple[int, int]]]) -> bool:
    """Some path runs from the await to the write: the await is in no block that returns or
    raises without holding the write (`elif closing: await close(); return`)."""
    return not any(a <= _pos(gap) < b and not a <= _pos(write) < b for a, b in ends)


def _test_nodes(nodes: list[ast.AST]) -> list[ast.AST]:
    return [n.test for n in nodes if isinstance(n, (ast.If, ast.While, ast.IfExp, ast.Assert))]


def _guard(node: ast.If, scope: _Scope, where: dict[int, tuple[ast.AST, list[ast.stmt]]]
           ) -> tuple[State, _Write, ast.AST] | None:
    """(the state, its write, the await before it) when the `if` guards a write after an
    await, with no reservation and no new test."""
    tested = _read_states(node.test, scope)
    if not tested:
        return None
    leave = node.body[-1] if isinstance(node.body[-1], _LEAVES) else None
    if isinstance(leave, ast.Return) and leave.value is not None:
        handed = _src(leave.value)
        found = {n.target.id for n in ast.walk(node.test) if isinstance(n, ast.NamedExpr)}
        tested = [t for t in tested if not (_normal(t.path) in _normal(handed) or any(
            isinstance(n, ast.Name) and n.id in found for n in ast.walk(leave.value)))]
        # a return of what the test found (`return self._info`): a cache hit, no refusal
    if leave is not None:
        region: list[ast.stmt] = _after(node, scope.fn, leave, where)
        # a branch that writes what it tested before leaving fills the state, it refuses none
        filled = _writes(_own(node.body), scope, set())
        tested = [t for t in tested if not any(matches(t, w.state, scope.loops) for w in filled)]
    else:
        region = list(node.body)
        allowed = _allowing(node.test, scope)
        tested = [t for t in tested if t in allowed]
    if not region or not tested:
        return None
    nodes = _own(region)
    awaits = sorted((n for n in nodes if isinstance(n, _SWITCHES)), key=_pos)
    if not awaits:
        return None
    checks = _test_nodes(nodes)
    in_tests = {id(n) for c in checks for n in ast.walk(c)}
    handlers = [(_pos(h), _end(h)) for h in nodes if isinstance(h, ast.ExceptHandler)]
    writes = [w for w in _writes(nodes, scope, in_tests)
              if not any(a <= _pos(w.node) < b for a, b in handlers)]  # a failure recorded
    ends = _ending_blocks(where)
    placed = [(w.state, _pos(w.node)) for w in writes]
    retests = [(_pos(c), _read_states(c, scope)) for c in checks]
    for write in writes:
        before = [a for a in awaits if _end(a) <= _pos(write.node) and
                  _reaches(a, write.node, ends)]
        if not before or (not isinstance(leave, ast.Raise) and
                          _stores_awaited(write.node, scope)):
            continue  # no await first; or a value made once and kept (a cache, a connection)
        verdict = unguarded(tested, write.state, _pos(write.node), placed, _pos(before[0]),
                            _end(before[-1]), retests, scope.loops)
        if verdict == RESERVED:
            return None
        if isinstance(verdict, State):
            return verdict, write, before[-1]
    return None


def _module_names(tree: ast.Module) -> dict[str, ast.AST | None]:
    """Names the module binds at its top: variables, classes and functions."""
    names: dict[str, ast.AST | None] = {}
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                names.update((n.id, None) for n in ast.walk(target) if isinstance(n, ast.Name))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] = node
    return names


def guard_risks(tree: ast.Module, functions: list[_Fn],
                parents: dict[int, ast.AST]) -> list[Risk]:
    """The findings above, in the given coroutines of the module (`parents`: each node's
    parent in the tree)."""
    out: list[Risk] = []
    coroutines = [f for f in functions if isinstance(f, ast.AsyncFunctionDef) and
                  f.name not in _PRIMITIVE_METHODS and any(
                      isinstance(n, ast.If) for n in ast.walk(f)) and any(
                      isinstance(n, _SWITCHES) for n in ast.walk(f))]
    if not coroutines:
        return out
    module = _module_names(tree)
    top = {n.name: n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    for fn in coroutines:
        if _SERIALISED.search(_src(fn)):
            continue
        cls = parents.get(id(fn))
        scope = _Scope(fn, cls if isinstance(cls, ast.ClassDef) else None, module, top)
        where = _blocks(fn)
        for node in sorted((n for n in scope.nodes if isinstance(n, ast.If)), key=_pos):
            found = _guard(node, scope, where)
            if found is None:
                continue
            state, write, gap = found
            line = getattr(write.node, "lineno", 0)
            written = write.state.path if not write.state.store else \
                f"{write.state.path}` back into `{write.state.store}"
            detail = (f"`{state.path}` is tested (line {node.lineno}), the coroutine awaits "
                      f"(line {getattr(gap, 'lineno', 0)}), and only then is `{written}` "
                      f"written (line {line}) with no new test; another task passes the same "
                      "test at the await")
            out.append(Risk("race_condition", node.lineno, fn.name, detail, Facts(
                rule=RuleFacts(RULE, "warning", state.path, _QUESTION),
                shared=SharedFacts(state.path, read_modify_write=True))))
            break
    return out
