"""A guard, an await, then the write the guard protected, in JavaScript and TypeScript
(CWE-367, time-of-check time-of-use; CWE-362).

An async function tests state that outlives the call and leaves (throw, return, continue)
when the state says no; then it awaits; then it writes the very state it tested. Every other
call runs at that await (Node.js docs, "Don't block the event loop" and the event-loop guide;
MDN, `await`: the function is suspended and the rest of the program runs), so two calls both
pass the guard and both write: a seat booked twice, a limit overrun, a record made twice, an
update lost.

The state is reached through `this`, a name the module declares at its top, a local bound to
an element of such a collection (`const item = this.items.get(id)`, a loop variable over one,
or a helper of the class or the module that returns one), or a record read from a store
(`const acct = await store.get(k)`) and written back to the same store. The guard may test it
directly or through a method of the class (or a function of the module) that reads it.

Escapes: the state written before the await (a reservation, undone on failure); the state
tested again after the last await before the write; a lock, mutex, semaphore or transaction in
the function, or a callback run one at a time around it; a write that only creates what is
absent (NX, `$setOnInsert`, ON CONFLICT) or only clears (null, `delete`, `clear`); state
local to the call; a guard and a write on different state; a function that is not async.

The narrower rules (``jsasync``, ``docchecks``) keep their own questions: this rule is marked
``general`` and gives way where one of them fires in the same function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .guardstate import RESERVED, State, matches, unguarded
from .guardstate import root as _root
from .trees import JS_FUNCTIONS, field_text, js_branch_leaves, js_outlives_call

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["guard_then_write"]

_SERIALISED: Final = re.compile(
    r"(?i)(\block|mutex|semaphore|exclusive|serializ|serialis|transaction|\bbegin\b|"
    r"for\s+update|\bacquire\s*\(|\bwithLock\b)")
"""What makes the test and the write one step: a lock or mutex (async-mutex's
`runExclusive`, a semaphore's `acquire`), a transaction or `SELECT ... FOR UPDATE`."""
_SERIAL_CALLBACK: Final = re.compile(r"(?i)(\.then|queue|schedule|limit|serial|lock|mutex|"
                                     r"exclusive|transaction)\w*$")
"""Calls whose callback runs one at a time: a promise chain used as a queue, a limiter."""
_CREATE_ONLY: Final = re.compile(
    r"(?i)['\"]NX['\"]|\bNX\s*:|setnx|hsetnx|\$setOnInsert|on\s+conflict|insert\s+ignore|"
    r"upsert\s*:\s*true|attribute_not_exists|ifNotExists|if_not_exists")
"""A write that makes the record only when it is absent: the store tests and writes at once."""
_MUTATORS: Final = frozenset({"set", "add", "push", "unshift", "fill", "assign"})
"""Methods that put something into a collection (removals, which repeat harmlessly, are left
out: `delete`, `clear`, `pop`, `shift`, `splice`)."""
_STORE_READS: Final = re.compile(r"^(get|getItem|hget|hGet|hgetall|hGetAll|findOne|findById|"
                                 r"findByPk|findUnique|findFirst|load|read|fetch|"
                                 r"(get|find|load|fetch|read)[A-Z][\w$]*)$")
_STORE_WRITES: Final = re.compile(r"^(set|put|save|update|updateOne|replaceOne|setItem|hset|"
                                  r"hSet|upsert|store|write|"
                                  r"(set|save|update|put|write|store|replace)[A-Z][\w$]*)$")
_CLEARED: Final = re.compile(r"^(null|undefined|void\s+0)$")
"""Values that empty the state (a flag claimed, `slot.free = false`, is no such)."""
_LITERAL: Final = re.compile(r"^(null|undefined|false|true|void\s+0|-?\d[\w.]*|'[^']*'|\"[^\"]*\"|"
                             r"`[^`$]*`|\[\s*\]|\{\s*\})$")
"""A value a refusal returns: nothing to speak of (not what the guard found there)."""
_EMPTY: Final = re.compile(r"^(null|undefined|false|0|''|\"\")$")
_LIFECYCLE: Final = re.compile(r"(?i)(clos|eof|exhaust|done|finish|stop|shut_?down|terminat|"
                               r"cancel|ended|dispos|destroy|start|initiali[sz]|loaded|ready|"
                               r"opened|connected|running|listening)[\w$]*$")
"""Flags that say where an object is in its life (started, closed, destroyed): set to a
constant after the await, a second call repeats the opening or the closing work, it books
nothing."""
_LEAVES: Final = ("return_statement", "throw_statement", "continue_statement")
_CHAINS: Final = ("member_expression", "subscript_expression", "non_null_expression")
_LOOPS: Final = ("for_statement", "for_in_statement", "while_statement", "do_statement")
_NAME: Final = re.compile(r"[A-Za-z_$][\w$]*")


def _start(node: SgNode) -> int:
    return node.range().start.index


def _end(node: SgNode) -> int:
    return node.range().end.index


def _same(a: SgNode | None, b: SgNode | None) -> bool:
    return a is not None and b is not None and _start(a) == _start(b) and \
        a.kind() == b.kind()


def _owner(node: SgNode) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)


def _is_async(function: SgNode) -> bool:
    return any(c.text() == "async" for c in function.children() if not c.is_named())


def _normal(text: str) -> str:
    """A path as text, spelled one way: no spaces, `?.` and `!.` as `.`, `m.get(k)` as `m[k]`."""
    text = re.sub(r"\s+", "", text).replace("?.[", "[").replace("?.", ".")
    text = re.sub(r"!(?=[.\[])", "", text)
    return re.sub(r"\.get\(([^()]*)\)", r"[\1]", text)


def _serialised(owner: SgNode) -> bool:
    """A lock, mutex or transaction in the function, or a callback run one at a time."""
    if _SERIALISED.search(owner.text()):
        return True
    return any(a.kind() == "call_expression" and (
        _SERIAL_CALLBACK.search(field_text(a, "function")) or
        _SERIALISED.search(field_text(a, "function"))) for a in owner.ancestors())


# --- where the state lives ------------------------------------------------------------------


class _Scope:
    """The function around the guard: which names reach state that outlives the call."""

    def __init__(self, root: SgNode, owner: SgNode) -> None:
        self.root, self.owner = root, owner
        self.body = next((a for a in owner.ancestors() if a.kind() == "class_body"), None)
        self.kinds: dict[str, tuple[str, str] | None] = {}
        self.loop_names = {n for loop in owner.find_all(kind="for_in_statement")
                           for n in _NAME.findall(field_text(loop, "left"))}

    def method(self, name: str) -> SgNode | None:
        """A method of the class around the function."""
        if self.body is None:
            return None
        return next((m for m in self.body.children() if m.kind() == "method_definition" and
                     field_text(m, "name") == name), None)

    def function(self, name: str) -> SgNode | None:
        """A function the module declares (a declaration or a `const` arrow)."""
        for found in self.root.find_all(any=[{"kind": "function_declaration"},
                                             {"kind": "variable_declarator"}]):
            if field_text(found, "name") != name:
                continue
            if found.kind() == "function_declaration":
                return found
            value = found.field("value")
            if value is not None and value.kind() in ("arrow_function", "function_expression"):
                return value
        return None

    def live(self, path: str, at: SgNode) -> bool:
        """The path's root is `this` or a name the module declares at its top."""
        name = _root(path)
        return name == "this" or (bool(name) and js_outlives_call(self.root, at, name) and
                                  not self._declared(name))

    def _declared(self, name: str) -> bool:
        given = self.owner.field("parameters") or self.owner.field("parameter")
        return (given is not None and name in _NAME.findall(given.text())) or any(
            field_text(d, "name") == name for d in self.owner.find_all(kind="variable_declarator"))

    def kind(self, name: str, at: SgNode) -> tuple[str, str] | None:
        """('live', '') when the name reaches state that outlives the call, ('store', S) when it
        holds a record read from the store S, None when it is the call's own."""
        if name not in self.kinds:
            self.kinds[name] = self._kind(name, at)
        return self.kinds[name]

    def _kind(self, name: str, at: SgNode) -> tuple[str, str] | None:
        if name == "this":
            return ("live", "")
        for loop in self.owner.find_all(kind="for_in_statement"):
            if name in _NAME.findall(field_text(loop, "left")):
                over = _normal(field_text(loop, "right"))
                over = re.sub(r"^Object\.(values|entries)\((.*)\)$", r"\2", over)
                return ("live", "") if self.live(over, at) else None
        for declarator in self.owner.find_all(kind="variable_declarator"):
            if field_text(declarator, "name") != name or _start(declarator) > _start(at):
                continue
            value = declarator.field("value")
            return self._value_kind(value, at) if value is not None else None
        given = self.owner.field("parameters") or self.owner.field("parameter")
        if given is not None and name in _NAME.findall(given.text()):
            return None
        return ("live", "") if self.live(name, at) else None

    def _value_kind(self, value: SgNode, at: SgNode) -> tuple[str, str] | None:
        awaited = value.kind() == "await_expression"
        if awaited:
            value = next((c for c in value.children() if c.is_named()), value)
        while value.kind() == "non_null_expression":
            value = next((c for c in value.children() if c.is_named()), value)
        if value.kind() in ("member_expression", "subscript_expression"):
            return ("live", "") if self.live(_normal(value.text()), at) and not awaited else None
        if value.kind() != "call_expression":
            return None
        callee = value.field("function")
        if callee is None:
            return None
        if callee.kind() == "member_expression":
            target, method = _normal(field_text(callee, "object")), field_text(callee, "property")
            if target == "this" and self._returns_element(self.method(method)):
                return ("live", "")
            if not awaited and method in ("get", "find", "findLast", "at") and \
                    self.live(target, at):
                return ("live", "")
            if awaited and _STORE_READS.match(method):
                return ("store", target)
            return None
        if callee.kind() == "identifier" and self._returns_element(self.function(callee.text())):
            return ("live", "")
        return None

    def _returns_element(self, function: SgNode | None) -> bool:
        """The method or function returns an element of a collection that outlives the call
        (`return this.items.get(id)`, or a local taken so and returned)."""
        if function is None:
            return False
        text = function.text()
        for taken in re.finditer(r"(this(\.#?[\w$]+)+|[A-Za-z_$][\w$]*)\s*"
                                 r"(\.\s*(get|find|findLast|at)\s*\(|\[)", text):
            base = taken.group(1)
            if base == "this" or base in ("return", "await", "typeof"):
                continue
            if base.startswith("this.") or js_outlives_call(self.root, function, base.split(".")[0]):
                return "return" in text
        return False


# --- what a test reads and a write changes --------------------------------------------------


def _chains(node: SgNode) -> list[SgNode]:
    """The longest member and subscript chains under the node (`this.items[id].owner`, not
    its parts; TypeScript's `!` inside a chain is part of it)."""
    out: list[SgNode] = []
    for chain in node.find_all(any=[{"kind": "member_expression"},
                                    {"kind": "subscript_expression"}]):
        inner, parent = chain, chain.parent()
        while parent is not None and parent.kind() == "non_null_expression":
            inner, parent = parent, parent.parent()
        if parent is not None and parent.kind() in _CHAINS and \
                _same(parent.field("object"), inner):
            continue
        if not _a_key(chain, node):
            out.append(chain)
    return out


def _a_key(chain: SgNode, top: SgNode) -> bool:
    """The chain is a key or an argument inside the test (`this.#file` in
    `files[this.#file]`), not the state it tests."""
    child = chain
    for ancestor in chain.ancestors():
        if _same(ancestor, top):
            return False
        if ancestor.kind() == "arguments" or (ancestor.kind() == "subscript_expression" and
                                              _same(ancestor.field("index"), child)):
            return True
        child = ancestor
    return False


def _first_argument(call: SgNode) -> str:
    args = call.field("arguments")
    first = next((c for c in args.children() if c.is_named()), None) if args is not None else None
    return first.text() if first is not None else ""


def _read_states(node: SgNode, scope: _Scope, depth: int = 0) -> list[State]:
    """The state a condition (or a method it calls) reads: chains whose root outlives the call
    or holds a store's record, the collection of a `has`/`includes`/`get` call with its key,
    what a method of the class or a function of the module reads when the test calls it, and
    module-level names."""
    out: list[State] = []
    for chain in _chains(node):
        parent = chain.parent()
        path, key = _normal(chain.text()), ""
        if parent is not None and parent.kind() == "call_expression" and \
                _same(parent.field("function"), chain):
            if chain.kind() != "member_expression":
                continue
            method = field_text(chain, "property")
            target = _normal(field_text(chain, "object"))
            if target == "this":
                called = scope.method(method)
                if called is not None and depth == 0:
                    out.extend(_read_states(called.field("body") or called, scope, depth + 1))
                continue
            path = target
            if method in ("has", "includes", "get", "at", "indexOf"):
                key = _first_argument(parent)
        elif chain.kind() == "subscript_expression":
            key = field_text(chain, "index")
        out.extend(_rooted(path, key, scope, chain))
    for call in node.find_all(kind="call_expression"):
        callee = call.field("function")
        if callee is not None and callee.kind() == "identifier" and depth == 0:
            called = scope.function(callee.text())
            if called is not None:
                out.extend(_read_states(called.field("body") or called, scope, depth + 1))
    for name in node.find_all(kind="identifier"):
        parent = name.parent()
        if parent is not None and (parent.kind() in _CHAINS or (
                parent.kind() == "call_expression" and _same(parent.field("function"), name))):
            continue
        if depth == 0 and name.text() not in scope.loop_names and scope.live(name.text(), name):
            out.append(State(name.text()))  # a module's own variable (`let seatsLeft`)
    return out


def _rooted(path: str, key: str, scope: _Scope, at: SgNode) -> list[State]:
    """The path as state when its root outlives the call (or holds a store's record)."""
    root = _root(path)
    if not root or path == "this":
        return []
    kind = scope.kind(root, at)
    if kind is None:
        return []
    if kind[0] == "store":
        return [State(path, key, kind[1])] if path != root else []
    if path == root and _local(scope, root):
        return []  # `if (!item)`: whether an element is there, not what it holds
    return [State(path, key)]


def _local(scope: _Scope, name: str) -> bool:
    return any(field_text(d, "name") == name for d in scope.owner.find_all(kind="variable_declarator"))


@dataclass(frozen=True)
class _Write:
    node: SgNode
    state: State


def _writes(region: list[SgNode], scope: _Scope) -> list[_Write]:
    """The writes the function itself makes in the region, in order: assignments, `+=`, `++`,
    an entry put into a collection, a record written back to its store."""
    out: list[_Write] = []
    for part in region:
        for found in part.find_all(any=[
                {"kind": "assignment_expression"}, {"kind": "augmented_assignment_expression"},
                {"kind": "update_expression"}, {"kind": "call_expression"}]):
            if not _same(_owner(found), scope.owner):
                continue
            state = _written(found, scope)
            if state is not None:
                out.append(_Write(found, state))
    return sorted(out, key=lambda w: _start(w.node))


def _written(node: SgNode, scope: _Scope) -> State | None:
    kind = node.kind()
    if kind in ("assignment_expression", "augmented_assignment_expression"):
        left = node.field("left")
        value = field_text(node, "right").strip()
        if left is None or (kind == "assignment_expression" and (
                _CLEARED.match(value) or (_LITERAL.match(value) and
                                          _LIFECYCLE.search(left.text())))):
            return None  # cleared, or a lifecycle flag set (`this.closed = true`)
        key = field_text(left, "index") if left.kind() == "subscript_expression" else ""
        return _target(_normal(left.text()), key, scope, node)
    if kind == "update_expression":
        return _target(_normal(field_text(node, "argument")), "", scope, node)
    callee = node.field("function")
    if callee is None or callee.kind() != "member_expression":
        return None
    method, target = field_text(callee, "property"), _normal(field_text(callee, "object"))
    if _CREATE_ONLY.search(node.text()) or _in_condition(node, scope):
        return None  # made only if absent, or its answer tested: the store decides
    if target == "Object" and method == "assign":
        return _target(_normal(_first_argument(node)), "", scope, node)
    if method in _MUTATORS:
        return _target(target, _first_argument(node), scope, node)
    record = scope.kind(target, node) if _NAME.fullmatch(target) else None
    if method == "save" and record is not None and record[0] == "store":
        return State(target, "", record[1])  # a document that saves itself (`doc.save()`)
    if _STORE_WRITES.match(method):
        args = node.field("arguments")
        sent = args.text() if args is not None else ""
        for name in set(_NAME.findall(sent)):
            held = scope.kind(name, node)
            if held is not None and held[0] == "store" and held[1] == target and re.search(
                    rf"(?<![\w$.])(\.\.\.\s*)?{re.escape(name)}\s*(?=[,)}}\]])", sent):
                return State(name, "", target)  # the record itself, or spread into the new one
    return None


def _target(path: str, key: str, scope: _Scope, at: SgNode) -> State | None:
    root = _root(path)
    if not root or path == "this":
        return None
    kind = scope.kind(root, at)
    if kind is None or kind[0] != "live":
        return None
    return State(path, key)


def _in_condition(node: SgNode, scope: _Scope) -> bool:
    """The call sits in the test of an `if` (or a `!`): its answer is what decides."""
    for ancestor in node.ancestors():
        if _same(ancestor, scope.owner) or ancestor.kind() in ("expression_statement",
                                                               "statement_block"):
            return False
        if ancestor.kind() in ("parenthesized_expression", "unary_expression") and \
                ancestor.parent() is not None and \
                (ancestor.parent() or ancestor).kind() in ("if_statement", "while_statement"):
            return True
    return False


# --- the region the guard protects ----------------------------------------------------------


def _after(node: SgNode, owner: SgNode, leaving: str) -> list[SgNode]:
    """The statements that run after the `if` when its branch did not leave: the later
    statements of each block around it, up to the function (a `continue`: up to its loop; a
    `throw` inside a `try` with a catch: up to the try)."""
    out: list[SgNode] = []
    current = node
    while True:
        parent = current.parent()
        if parent is None or _same(parent, owner):
            return out
        if parent.kind() in ("statement_block", "program", "switch_case", "switch_default"):
            out.extend(s for s in parent.children() if s.is_named() and _start(s) > _end(current))
        if parent.kind() in _LOOPS and leaving == "continue_statement":
            return out
        if parent.kind() == "try_statement" and leaving == "throw_statement" and \
                parent.field("handler") is not None and _same(parent.field("body"), current):
            return out
        current = parent


def _leaving(node: SgNode) -> str:
    """How the `if`'s branch leaves ('' when it does not; 'return value' for a return that
    hands something back)."""
    if not js_branch_leaves(node):
        return ""
    branch = node.field("consequence")
    if branch is None:
        return ""
    last = branch if branch.kind() in _LEAVES else \
        ([c for c in branch.children() if c.is_named()] or [branch])[-1]
    value = next((c for c in last.children() if c.is_named()), None) \
        if last.kind() == "return_statement" else None
    if value is not None and not _LITERAL.match(value.text()):
        return "return value"
    return last.kind() if last.kind() in _LEAVES else ""


def _returned(branch: SgNode) -> str:
    """The text of the value the branch's last statement returns."""
    last = branch if branch.kind() == "return_statement" else \
        ([c for c in branch.children() if c.is_named()] or [branch])[-1]
    value = next((c for c in last.children() if c.is_named()), None)
    return value.text() if value is not None else ""


def _reaches(gap: SgNode, write: SgNode, owner: SgNode) -> bool:
    """Some path runs from the await to the write: the await is in no block that returns or
    throws without holding the write (`else if (closing) { await close(); return; }`)."""
    for block in gap.ancestors():
        if _same(block, owner):
            return True
        if block.kind() != "statement_block":
            continue
        last = ([c for c in block.children() if c.is_named()] or [block])[-1]
        if last.kind() in ("return_statement", "throw_statement") and \
                not _start(block) <= _start(write) < _end(block):
            return False
    return True


def _in_catch(node: SgNode, owner: SgNode) -> bool:
    """The write records a failure: it sits in a `catch` of the function."""
    for ancestor in node.ancestors():
        if _same(ancestor, owner):
            return False
        if ancestor.kind() == "catch_clause":
            return True
    return False


def _stores_awaited(write: SgNode, owner: SgNode) -> bool:
    """The write stores what an await produced (`this.conn = await connect()`, or a value
    computed from a local that took one): the state was absent and is being filled (a cache,
    a connection made once), not claimed."""
    if write.kind() == "assignment_expression":
        value = field_text(write, "right")
    elif write.kind() == "call_expression":
        args = write.field("arguments")
        sent = [c.text() for c in args.children() if c.is_named()] if args is not None else []
        value = sent[-1] if sent else ""
    else:
        return False
    if re.search(r"(?<![\w$.])await\b", value):
        return True
    used = set(_NAME.findall(value))
    for bound in owner.find_all(any=[{"kind": "variable_declarator"},
                                     {"kind": "assignment_expression"}]):
        target = field_text(bound, "name") if bound.kind() == "variable_declarator" else \
            field_text(bound, "left")
        made = bound.field("value") if bound.kind() == "variable_declarator" else \
            bound.field("right")
        if target in used and made is not None and \
                any(_same(_owner(a), owner) for a in made.find_all(kind="await_expression")):
            return True
    return False


def _allowing(condition: SgNode, scope: _Scope) -> list[State]:
    """The state a condition finds absent, free or under a limit (`!seat.owner`, `job.worker
    === undefined`, `!this.holds.has(id)`, `this.used < this.max`): a branch it runs is the
    allowed path. A test of presence (`if (this.conn)`) guards no claim."""
    out: list[State] = []
    for found in condition.find_all(any=[{"kind": "unary_expression"},
                                         {"kind": "binary_expression"}]):
        operator = field_text(found, "operator")
        if found.kind() == "unary_expression" and operator == "!":
            argument = found.field("argument")
            out.extend(_read_states(argument, scope) if argument is not None else [])
        elif operator in ("<", "<=", ">", ">="):
            out.extend(_read_states(found, scope))
        elif operator in ("===", "=="):
            left, right = found.field("left"), found.field("right")
            for side, other in ((left, right), (right, left)):
                if side is not None and other is not None and _EMPTY.match(other.text()):
                    out.extend(_read_states(side, scope))
    return out


def _awaits(region: list[SgNode], owner: SgNode) -> list[SgNode]:
    """The function's own awaits in the region (`for await` counts), in order."""
    found = [a for part in region for a in part.find_all(kind="await_expression")
             if _same(_owner(a), owner)]
    found += [loop for part in region for loop in part.find_all(kind="for_in_statement")
              if re.match(r"for\s+await\b", loop.text()) and _same(_owner(loop), owner)]
    return sorted(found, key=_start)


def _tests(region: list[SgNode], owner: SgNode) -> list[SgNode]:
    """Conditions in the region: of an `if`, a `while`, a `?:`."""
    out: list[SgNode] = []
    for part in region:
        for found in part.find_all(any=[{"kind": "if_statement"}, {"kind": "while_statement"},
                                        {"kind": "ternary_expression"}]):
            condition = found.field("condition")
            if condition is not None and _same(_owner(found), owner):
                out.append(condition)
    return out


def guard_then_write(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-367 across an await: the `if` tests state that outlives the call and leaves when it
    says no (or runs its branch when it says yes); after an await of the function, the state
    is written with no new test and no write before the await. Returns the state."""
    del subject
    owner = _owner(node)
    if owner is None or not _is_async(owner) or _serialised(owner):
        return None
    scope = _Scope(root, owner)
    condition = node.field("condition")
    if condition is None:
        return None
    tested = _read_states(condition, scope)
    if not tested:
        return None
    leaving = _leaving(node)
    branch = node.field("consequence")
    if branch is None:
        return None
    if leaving == "return value":
        handed = _normal(_returned(branch))
        tested = [t for t in tested if t.path not in handed]  # a cache hit, no refusal
    if leaving:
        region = _after(node, owner, leaving.replace("return value", "return_statement"))
        # a branch that writes what it tested before leaving fills the state, it refuses
        # nothing (`if (!this.prefix) { this.prefix = p; continue }`)
        filled = _writes([branch], scope)
        tested = [t for t in tested if not any(matches(t, w.state, scope.loop_names) for w in filled)]
    else:
        region = [branch]
        allowed = _allowing(condition, scope)
        tested = [t for t in tested if t in allowed]
    if not region or not tested:
        return None
    awaits = _awaits(region, owner)
    if not awaits:
        return None
    writes = [w for w in _writes(region, scope) if not _in_catch(w.node, owner)]
    placed = [(w.state, (_start(w.node), 0)) for w in writes]
    retests = [((_start(c), 0), _read_states(c, scope)) for c in _tests(region, owner)]
    for write in writes:
        before = [a for a in awaits if _end(a) <= _start(write.node) and
                  _reaches(a, write.node, owner)]
        if not before or (leaving != "throw_statement" and _stores_awaited(write.node, owner)):
            continue  # no await first; or a value made once and kept (a cache, a connection)
        verdict = unguarded(tested, write.state, (_start(write.node), 0), placed,
                            (_start(before[0]), 0), (_end(before[-1]), 0), retests,
                            scope.loop_names)
        if verdict == RESERVED:
            return None
        if isinstance(verdict, State):
            return verdict.path
    return None
