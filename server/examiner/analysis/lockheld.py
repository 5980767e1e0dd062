"""A lock held across a slow call (C++ and Go).

CERT LCK09-J and CON05-C ("do not perform operations that can block while holding a lock"),
the C++ Core Guidelines CP.22 ("never call unknown code while holding a lock") and CP.43
("minimize time spent in a critical section"), Go's sync docs on Mutex: while one thread
sleeps, waits on the network or runs a process with the lock held, every other thread that
needs the lock waits too, so one slow upstream stalls every caller of the object.

The call is slow when it sleeps, talks to the network or runs a process, or when it calls a
function of the same file that does so directly (`auto fresh = fetch(symbol);` where
`fetch` calls `client_.get(...)`). The lock is held when a `lock_guard`, `unique_lock` or
`scoped_lock` declared before the call in a block around it is not unlocked between the two
(C++), or when `mu.Lock()` / `mu.RLock()` ran before the call in the function and no plain
`mu.Unlock()` ran between them (Go; a deferred unlock keeps it to the end). A call a goroutine
or a closure makes runs on its own time, not under the lock.

Also here: whether a Go method whose change is unguarded is run by several goroutines at once
(``go_method_run_by_goroutines``).

The checks take (root, matched node, subject) like ``filters.FILTERS`` and returns the
verified subject, or None to drop the finding.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import field_text, function_name

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from ast_grep_py import SgNode

__all__ = ["go_lock_taken_again", "go_method_run_by_goroutines", "go_read_lock_taken_again",
           "slow_call_under_lock"]

_CPP_SLOW: Final = re.compile(
    r"^((std::)?this_thread::)?sleep_(for|until)$|^(::)?(u|nano)?sleep$|^curl_(easy|multi)_perform$|"
    r"^(::)?(recv|recvfrom|send|sendto|accept|getaddrinfo|gethostbyname|system|popen)$|"
    r"(?i:^(\w+(\.|->))*\w*(client|http|session|socket|sock|stub|channel|upstream)\w*(\.|->)"
    r"(get|post|put|patch|delete|request|send|call|fetch|execute|recv|receive|read|write|"
    r"perform|invoke|download|upload)$)")
"""A C++ call that sleeps, waits on the network or runs a process."""
_GO_SLOW: Final = re.compile(
    r"^time\.Sleep$|^http\.(Get|Post|Head|PostForm)$|"
    r"^exec\.Command(Context)?\(.*\)\.(Run|Output|CombinedOutput)$|"
    r"(?i:^(\w+\.)*\w*(client|http|conn|upstream|api)\w*\.(Get|Post|Head|PostForm|Do|Call|"
    r"Invoke|Fetch|Send)$)")
"""A Go call that sleeps, waits on the network or runs a process. Not a dial: a connection
(re)made under the lock that guards it (log/syslog's Writer) is how one connection is shared."""
_CPP_LOCK: Final = re.compile(r"\b(lock_guard|unique_lock|scoped_lock|shared_lock)\b")
_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")


def _slow_callee(root: SgNode, callee: str, slow: re.Pattern[str], owner: SgNode,
                 kinds: tuple[str, ...]) -> bool:
    """The callee is slow itself, or is a function of the file (not the caller) whose body
    makes a slow call directly."""
    if slow.search(callee):
        return True
    name = re.sub(r"^(this->|\w+(\.|->|::))+", "", callee)
    if not re.fullmatch(r"[A-Za-z_]\w*", name):
        return False
    helpers = [d for d in root.find_all(any=[{"kind": k} for k in kinds])
               if function_name(d) == name]
    if len(helpers) != 1 or helpers[0] == owner:
        return False
    return any(slow.search(field_text(call, "function"))
               for call in helpers[0].find_all(kind="call_expression"))


def _cpp_lock_held(node: SgNode) -> bool:
    """A lock object declared before the call in a block around it, not deferred, not
    unlocked between the two."""
    child = node
    for block in node.ancestors():
        if block.kind() in ("function_definition", "lambda_expression"):
            return False
        if block.kind() == "compound_statement":
            before: list[SgNode] = []
            for statement in block.children():
                if statement == child:
                    break
                before.append(statement)
            for i, statement in enumerate(before):
                text = statement.text()
                if statement.kind() == "declaration" and _CPP_LOCK.search(text) and \
                        "defer_lock" not in text and "try_to_lock" not in text:
                    declared = statement.find(kind="identifier")
                    names = [d.text() for d in statement.find_all(kind="identifier")]
                    later = " ".join(s.text() for s in before[i + 1:])
                    if declared is not None and not any(
                            re.search(rf"\b{re.escape(n)}\s*\.\s*unlock\s*\(", later) for n in names):
                        return True
        child = block
    return False


def _go_lock_held(node: SgNode, owner: SgNode) -> bool:
    """`m.Lock()` (or `RLock`) ran earlier in the function with no plain unlock of `m` since;
    a deferred unlock holds the lock to the end."""
    body = owner.field("body")
    if body is None:
        return False
    start = node.range().start.index - body.range().start.index
    text = body.text()[:max(start, 0)]
    locks = list(re.finditer(r"([\w.]+)\.(R?)Lock\(\)", text))
    if not locks:
        return False
    last = locks[-1]
    after = text[last.end():]
    unlock = re.compile(rf"(?m)^(?!\s*defer\b).*\b{re.escape(last.group(1))}\.{last.group(2)}Unlock\(\)")
    return not unlock.search(after)


def slow_call_under_lock(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The call is slow (itself or through a helper of the file) and made while a lock is
    held."""
    callee = field_text(node, "function")
    kinds: tuple[str, ...]
    go = any(a.kind() in _GO_FUNCTIONS for a in node.ancestors())
    if go:
        owner = next((a for a in node.ancestors() if a.kind() in _GO_FUNCTIONS), None)
        if owner is None or owner.kind() == "func_literal" or \
                any(a.kind() == "go_statement" for a in node.ancestors()):
            return None  # a closure or a goroutine may run later, after the unlock
        held = _go_lock_held(node, owner)
        slow, kinds = _GO_SLOW, ("function_declaration", "method_declaration")
    else:
        owner = next((a for a in node.ancestors()
                      if a.kind() in ("function_definition", "lambda_expression")), None)
        if owner is None or owner.kind() == "lambda_expression":
            return None
        held = _cpp_lock_held(node)
        slow, kinds = _CPP_SLOW, ("function_definition",)
    return subject if held and _slow_callee(root, callee, slow, owner, kinds) else None


def _go_receiver(method: SgNode) -> tuple[str, str]:
    """A Go method's receiver: its name and its type without the pointer (`c`, `Crawler`)."""
    receiver = method.field("receiver")
    declared = receiver.find(kind="parameter_declaration") if receiver is not None else None
    if declared is None:
        return "", ""
    return field_text(declared, "name"), field_text(declared, "type").lstrip("*").strip()


_GO_CALL_DEPTH: Final = 3


def _go_callers(root: SgNode, kind: str, name: str) -> set[str]:
    """The method's name and those of the type's methods that call it on their receiver,
    directly or through up to three such calls, without a lock or an atomic of their own
    (a caller that locks around the call guards it)."""
    methods = [(m, *_go_receiver(m)) for m in root.find_all(kind="method_declaration")]
    names = {name}
    for _ in range(_GO_CALL_DEPTH):
        more = set()
        for method, receiver, of in methods:
            body = field_text(method, "body")
            if of != kind or not receiver or field_text(method, "name") in names or \
                    re.search(r"\.R?Lock\(\)|atomic\.", body):
                continue
            if re.search(rf"(?<![\w.]){re.escape(receiver)}\.({'|'.join(map(re.escape, names))})\(", body):
                more.add(field_text(method, "name"))
        if not more:
            break
        names |= more
    return names


def _go_makers(root: SgNode, kind: str) -> list[str]:
    """The functions of the file whose result is a `*T` or `T` (alone or before an error):
    the constructors of the type, whatever they are called (`newIndex`, `openBook`)."""
    shape = re.compile(rf"^\(?\s*\*?{re.escape(kind)}\s*(,\s*error\s*)?\)?$")
    return [field_text(f, "name") for f in root.find_all(kind="function_declaration")
            if shape.match(field_text(f, "result"))]


def _go_values_of(starter: SgNode, kind: str, makers: Sequence[str] = ()) -> set[str]:
    """Names that hold a value of the type in a function that starts goroutines: its receiver
    (a method of the type), a parameter declared `*T` or `T`, or a local made as one (`&T{`,
    `T{`, `NewT(`, `var x T`, and (round var-conc) a call of one of `makers`, the file's own
    constructors of the type: `idx := newIndex()`, `b, err := openBook(p)`)."""
    found: set[str] = set()
    if starter.kind() == "method_declaration":
        receiver, of = _go_receiver(starter)
        if of == kind and receiver:
            found.add(receiver)
    for parameter in (starter.field("parameters") or starter).children():
        if parameter.kind() == "parameter_declaration" and \
                field_text(parameter, "type").lstrip("*").strip() == kind:
            found |= {c.text() for c in parameter.children() if c.kind() == "identifier"}
    body = field_text(starter, "body")
    kind_ref = re.escape(kind)
    for made in re.finditer(rf"(?<![\w.])([A-Za-z_]\w*)\s*:=\s*(&?{kind_ref}\s*\{{|(?i:new_?){kind_ref}\s*\()|"
                            rf"\bvar\s+([A-Za-z_]\w*)\s+\*?{kind_ref}\b", body):
        found.add(made.group(1) or made.group(3))
    if makers:
        by = "|".join(map(re.escape, makers))
        for made in re.finditer(rf"(?<![\w.])([A-Za-z_]\w*)\s*(?:,\s*\w+\s*)?:=\s*(?:{by})\s*\(",
                                body):
            found.add(made.group(1))
    return found


def go_method_run_by_goroutines(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The method around the change is called, on one value, from goroutines that a function
    starts in a loop (a worker pool: `for i := 0; i < n; i++ { go func() { for u := range jobs
    { c.fetch(u) } }() }`, or `for _, u := range urls { go c.fetch(u) }`), itself or through
    other methods of the type that call it on their receiver (`fetch` calling `c.record`), so
    several run it at once on one value; neither the goroutine nor the method (nor a method on
    the way) takes a lock or uses an atomic (the Go memory model: unsynchronised writes race).
    The starter is a method of the type (the value is its receiver) or any function holding a
    value of the type it did not make in the loop (a parameter `book *Book`, a local `&Book{}`).
    The receiver names the type, so a `Write` of another type is not taken for this one."""
    method = next((a for a in node.ancestors() if a.kind() in _GO_FUNCTIONS), None)
    if method is None or method.kind() != "method_declaration":
        return None
    _, kind = _go_receiver(method)
    if not kind:
        return None
    names = _go_callers(root, kind, field_text(method, "name"))
    called = "|".join(map(re.escape, names))
    makers = _go_makers(root, kind)
    for go in root.find_all(kind="go_statement"):
        starter = next((a for a in go.ancestors() if a.kind() in _GO_FUNCTIONS
                        and a.kind() != "func_literal"), None)
        loop = next((a for a in go.ancestors() if a.kind() == "for_statement"), None)
        if starter is None or loop is None or \
                loop.range().start.index < starter.range().start.index:
            continue
        body = go.text()
        if re.search(r"\.R?Lock\(\)|atomic\.", body):
            continue
        loop_body = field_text(loop, "body")
        head = loop.text()[:len(loop.text()) - len(loop_body)]
        own = set(re.findall(r"[A-Za-z_]\w*", head.split(":=", 1)[0])) if ":=" in head else set()
        for shared in _go_values_of(starter, kind, makers):
            if shared in own or re.search(rf"(?<![\w.]){re.escape(shared)}\s*:=", loop_body):
                continue  # the loop's own variable or one made in it: one value per goroutine
            if re.search(rf"(?<![\w.]){re.escape(shared)}\.({called})\(", body) and \
                    not re.search(rf"\bfunc\s*\([^)]*\b{re.escape(shared)}\b", body):
                return subject
    return None


def _go_locks_held(node: SgNode, stop: SgNode, receiver: str) -> dict[str, str]:
    """The receiver's locks held at the node: each path (`.mu`, or `` for an embedded mutex)
    whose nearest earlier statement of lock or unlock, in the blocks around the node, is a
    `Lock()` ("" in the value) or an `RLock()` ("R"). A deferred unlock holds the lock to the
    end; an unlock inside an earlier `if` (an early return) does not release it here."""
    shape = re.compile(rf"{re.escape(receiver)}((?:\.\w+)*)\.(R?)(Lock|Unlock)\(\)")
    decided: dict[str, str | None] = {}
    for statement in _go_statements_before(node, stop):
        found = shape.fullmatch(statement.text().strip())
        if found is not None and found.group(1) not in decided:
            decided[found.group(1)] = found.group(2) if found.group(3) == "Lock" else None
    return {path: mode for path, mode in decided.items() if mode is not None}


def _go_statements_before(node: SgNode, stop: SgNode) -> Iterator[SgNode]:
    """The statements before the node in the blocks around it, nearest first, up to `stop`."""
    child = node
    for block in node.ancestors():
        if block == stop:
            return
        yield from child.prev_all()
        child = block


def _go_earlier_lock_statement(node: SgNode, stop: SgNode, receiver: str, path: str) -> str | None:
    """The nearest statement before the node, in the blocks around it, that locks or unlocks
    the receiver's mutex at `path`: "Lock", "RLock", "Unlock" or "RUnlock"."""
    shape = re.compile(rf"{re.escape(receiver)}{re.escape(path)}\.(R?(?:Lock|Unlock))\(\)")
    for statement in _go_statements_before(node, stop):
        found = shape.fullmatch(statement.text().strip())
        if found is not None:
            return found.group(1)
    return None


def _go_callee_locks(root: SgNode, kind: str, name: str, path: str) -> set[str]:
    """How the type's method `name` locks the receiver's mutex at `path` in its own body (not
    in a closure or a goroutine it starts): "" for `Lock()`, "R" for `RLock()`."""
    modes: set[str] = set()
    for method in root.find_all(kind="method_declaration"):
        receiver, of = _go_receiver(method)
        if of != kind or not receiver or field_text(method, "name") != name:
            continue
        shape = re.compile(rf"{re.escape(receiver)}{re.escape(path)}\.(R?)Lock")
        for call in method.find_all(kind="call_expression"):
            found = shape.fullmatch(field_text(call, "function"))
            if found is None or any(
                    a.kind() in ("func_literal", "go_statement", "defer_statement")
                    for a in call.ancestors() if a.range().start.index > method.range().start.index):
                continue
            # a callee that lets go of the caller's lock first and takes it back (the
            # `...RLocked` helper that upgrades to a write lock) does not take it twice
            earlier = _go_earlier_lock_statement(call, method, receiver, path)
            if earlier is None or not earlier.endswith("Unlock"):
                modes.add(found.group(1))
    return modes


def _go_relocks(root: SgNode, node: SgNode) -> set[tuple[str, str]]:
    """(held, taken) for a call `r.m(...)` in a method of type T made while `r.mu` is held,
    where T's method `m` locks `mu` again on its own receiver: each pair of modes ("" for
    `Lock`, "R" for `RLock`). Not in a closure or a goroutine (it may run after the unlock)."""
    method = next((a for a in node.ancestors() if a.kind() in _GO_FUNCTIONS), None)
    function = node.field("function")
    if method is None or method.kind() != "method_declaration" or function is None or \
            function.kind() != "selector_expression":
        return set()
    receiver, kind = _go_receiver(method)
    operand = field_text(function, "operand")
    if not receiver or not (operand == receiver or operand.startswith(receiver + ".")):
        return set()
    name = field_text(function, "field")
    if name in ("Lock", "RLock", "Unlock", "RUnlock", "TryLock", "TryRLock"):
        return set()
    held = _go_locks_held(node, method, receiver)

    def relocked(callee: str) -> set[tuple[str, str]]:
        """(held, taken) for each lock `callee`, a method of the type, takes that is held."""
        return {(mode, taken) for path, mode in held.items()
                for taken in _go_callee_locks(root, kind, callee, path)}

    pairs = relocked(name) if operand == receiver else set()
    # (round post-gjc) a hook: a func-typed field (`r.cfg.OnFull()`, `r.notify()`) that the
    # file sets to a function literal calling a method of the same type that locks that mutex
    for hook in _go_hook_bodies(root, name):
        for call in hook.find_all(kind="call_expression"):
            callee = call.field("function")
            if callee is not None and callee.kind() == "selector_expression":
                pairs |= relocked(field_text(callee, "field"))
    return pairs


def _go_hook_bodies(root: SgNode, field: str) -> Iterator[SgNode]:
    """The function literals the file stores in a field named `field`: `Field: func() {...}` in
    a composite literal, `x.Field = func() {...}`."""
    for literal in root.find_all(kind="func_literal"):
        parent = literal.parent()
        if parent is None:
            continue
        if parent.kind() == "literal_element":
            parent = parent.parent()
        if parent is None:
            continue
        if parent.kind() == "keyed_element":
            key = parent.child(0)
            if key is not None and key.text().strip() == field:
                yield literal
        elif parent.kind() == "expression_list":
            statement = parent.parent()
            left = statement.field("left") if statement is not None and \
                statement.kind() == "assignment_statement" else None
            if left is not None and re.search(rf"\.{re.escape(field)}$", left.text().strip()):
                yield literal


def go_read_lock_taken_again(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The call is made holding the receiver's `RLock` and the callee takes that `RLock`
    again (the sync docs: "this prohibits recursive read locking")."""
    return subject if ("R", "R") in _go_relocks(root, node) else None


def go_lock_taken_again(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The call is made holding the receiver's mutex and the callee locks it again, where one
    of the two is a write lock (`Lock`): Go's mutexes are not reentrant, so it blocks at once."""
    return subject if _go_relocks(root, node) - {("R", "R")} else None
