"""Filters of round forms-concurrency: hazards of the concurrency list in the forms real code
takes, where what decides the premise lies outside the matched node (another method of the
class, a field's declared type, the function a goroutine is started with)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import ancestor, field_text, function_name, source_of

if TYPE_CHECKING:
    from collections.abc import Callable

    from ast_grep_py import SgNode

__all__ = ["FORMS_CONCURRENCY_FILTERS"]

_JAVA_LOCK: Final = re.compile(r"^(?:this\.)?(\w+)\.(?:lock|lockInterruptibly)\(\s*\)$")
_JAVA_MONITOR: Final = re.compile(r"^\(\s*(?:this\.)?(\w+)\s*\)$")


def _java_fields(body: SgNode) -> set[str]:
    names: set[str] = set()
    for declaration in body.children():
        if declaration.kind() != "field_declaration":
            continue
        for declarator in declaration.find_all(kind="variable_declarator"):
            names.add(field_text(declarator, "name"))
    return names


def _java_acquisitions(method: SgNode, fields: set[str]) -> list[tuple[str, int, int]]:
    """Each field lock the method takes, with the stretch of text it is held over: to the
    first `unlock()` of it after the `lock()`, or the block of a `synchronized (field)`."""
    body = method.field("body")
    if body is None:
        return []
    taken: list[tuple[str, int, int]] = []
    end = body.range().end.index
    unlocks = [(m.range().start.index, m.text()) for m in body.find_all(kind="method_invocation")
               if re.search(r"\.unlock\(\s*\)$", m.text())]
    for call in body.find_all(kind="method_invocation"):
        found = _JAVA_LOCK.match(call.text())
        if found is None or found.group(1) not in fields:
            continue
        start = call.range().end.index
        name = found.group(1)
        stop = min((at for at, text in unlocks if at > start
                    and re.match(rf"^(?:this\.)?{name}\.unlock", text)), default=end)
        taken.append((name, start, stop))
    for block in body.find_all(kind="synchronized_statement"):
        lock = next((c for c in block.children() if c.kind() == "parenthesized_expression"), None)
        found = _JAVA_MONITOR.match(lock.text()) if lock is not None else None
        if lock is None or found is None or found.group(1) not in fields:
            continue
        taken.append((found.group(1), lock.range().end.index, block.range().end.index))
    return taken


def _java_locks_reached(name: str, methods: dict[str, SgNode], fields: set[str],
                        seen: set[str]) -> set[str]:
    """The field locks a method of the class takes, itself or through the class's own
    methods it calls (no object, or `this`)."""
    if name in seen or name not in methods:
        return set()
    seen.add(name)
    method = methods[name]
    locks = {lock for lock, _, _ in _java_acquisitions(method, fields)}
    for call in method.find_all(kind="method_invocation"):
        target = call.field("object")
        if target is None or target.text() == "this":
            locks |= _java_locks_reached(field_text(call, "name"), methods, fields, seen)
    return locks


def _java_orders(method: SgNode, methods: dict[str, SgNode],
                 fields: set[str]) -> set[tuple[str, str]]:
    """(held, then taken) for each field lock taken while another is held in the method."""
    orders: set[tuple[str, str]] = set()
    acquisitions = _java_acquisitions(method, fields)
    body = method.field("body")
    if body is None:
        return orders
    calls = [c for c in body.find_all(kind="method_invocation")
             if (target := c.field("object")) is None or target.text() == "this"]
    for held, start, stop in acquisitions:
        for other, at, _ in acquisitions:
            if other != held and start <= at <= stop:
                orders.add((held, other))
        for call in calls:
            if start <= call.range().start.index <= stop:
                reached = _java_locks_reached(field_text(call, "name"), methods, fields,
                                              {field_text(method, "name")})
                orders |= {(held, other) for other in reached if other != held}
    return orders


def java_field_locks_in_both_orders(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java (CWE-833, CERT LCK07-J): a method takes a lock field of its class and, holding it,
    another lock field (itself or through a method of the class it calls), while another
    method of the class takes the two in the other order: a thread in each can hold one and
    wait for the other for ever. ReentrantLock taken again is no second lock."""
    del root
    method = ancestor(node, "method_declaration", "constructor_declaration")
    owner = ancestor(node, "class_body")
    if method is None or owner is None:
        return None
    fields = _java_fields(owner)
    text = node.text()
    found = _JAVA_LOCK.match(text.rstrip(";").strip()) or _JAVA_MONITOR.match(
        next((c.text() for c in node.children() if c.kind() == "parenthesized_expression"), ""))
    if found is None or found.group(1) not in fields:
        return None
    first = found.group(1)
    methods = {field_text(m, "name"): m for m in owner.children()
               if m.kind() == "method_declaration"}
    mine = {(a, b) for a, b in _java_orders(method, methods, fields) if a == first}
    if not mine:
        return None
    for other in methods.values():
        if any((b, a) in _java_orders(other, methods, fields) for a, b in mine):
            return subject or first
    return None


_NULL_TEST: Final = re.compile(
    r"^\(\s*(?:!\s*([\w.>-]+)|([\w.>-]+)\s*==\s*(?:nullptr|NULL|0|false)|"
    r"(?:nullptr|NULL)\s*==\s*([\w.>-]+))\s*\)$")


def _tested(condition: str) -> str:
    found = _NULL_TEST.match(condition.strip())
    return next((g for g in found.groups() if g), "") if found else ""


def _member(name: str) -> str:
    return re.sub(r"^this->", "", name)


def _declared_atomic(source: str, field: str) -> bool:
    return bool(re.search(rf"(atomic\s*<[^;{{}}]*>|atomic_\w+|atomic_flag)\s+{re.escape(field)}\b",
                          source))


def cpp_double_checked_plain_field(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++ (CERT CON54/LCK10, the Core Guidelines CP.110, cppreference memory_order): a lazy
    value tested outside the lock, tested again under it and then stored in a member that is
    not `std::atomic`. The first test reads the member unsynchronised while another thread
    writes it: a data race, and a reader may see the pointer before the object it points to."""
    del subject
    outer = _tested(field_text(node, "condition"))
    consequence = node.field("consequence")
    function = ancestor(node, "function_definition")
    if not outer or consequence is None or function is None:
        return None
    inner = next((i for i in consequence.find_all(kind="if_statement")
                  if _tested(field_text(i, "condition")) == outer), None)
    if inner is None:
        return None
    # the member the value lives in: the tested name, or the member a local was copied from
    field = _member(outer)
    if not re.search(r"(_$|^m_|->|\.)", outer) and not outer.endswith("_"):
        copied = re.search(rf"\b{re.escape(outer)}\s*=\s*(?:this->)?(\w+)\s*;",
                           field_text(function, "body"))
        if copied is None:
            return None
        field = copied.group(1)
    assigned = re.search(rf"(?<![\w.>]){re.escape(field)}\s*=[^=]", field_text(inner, "consequence"))
    if assigned is None or _declared_atomic(source_of(root), field):
        return None
    return field


_STOP_LOOP_TEST: Final = re.compile(r"^\(\s*!\s*(?:[\w]+(?:\.|->))*(\w+)\s*\)$")


def cpp_plain_stop_flag(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++ (CERT CON43-C/VNA00-J, the C++ memory model): a loop that runs until a `bool`
    member is set, in a program that starts threads, where the flag is a plain `bool` set
    from another function, and the loop reads it holding no lock. It is a data race, and
    the compiler may read the flag once and loop for ever."""
    del subject
    found = _STOP_LOOP_TEST.match(field_text(node, "condition"))
    function = ancestor(node, "function_definition", "lambda_expression")
    if found is None or function is None:
        return None
    flag = found.group(1)
    source = source_of(root)
    if not re.search(r"std::(j?thread|async)\b|pthread_create", source):
        return None
    if not re.search(rf"(?<![\w:])bool\s+{re.escape(flag)}\s*(=|\{{|;)", source) or \
            _declared_atomic(source, flag):
        return None
    body = function.text()
    if re.search(r"lock_guard|unique_lock|scoped_lock|\.lock\(\)|pthread_mutex_lock", body):
        return None
    writers = [f for f in root.find_all(kind="function_definition")
               if f.range() != function.range()
               and re.search(rf"(?<!\w){re.escape(flag)}\s*=\s*(true|1)\b", f.text())]
    return flag if writers else None


def go_map_parameter_written_by_goroutines(root: SgNode, node: SgNode,
                                           subject: str) -> str | None:
    """Go (the Go memory model, the FAQ on atomic maps): a function writes a map it was
    given as a parameter, with no lock held at the write, and the file starts it with `go`
    in a loop, handing every goroutine the same map (a variable the loop did not make)."""
    function = ancestor(node, "function_declaration")
    if function is None:
        return None
    name = field_text(function, "name")
    listed = function.field("parameters")
    parameters = [p for p in (listed.children() if listed is not None else [])
                  if p.kind() == "parameter_declaration"]
    position = 0
    index = -1
    for parameter in parameters:
        names = [c.text() for c in parameter.children() if c.kind() == "identifier"]
        for each in names or ["_"]:
            if each == subject:
                index = position
            position += 1
    if index < 0:
        return None
    before = source_of(root)[function.range().start.index:node.range().start.index]
    lock = max((m.end() for m in re.finditer(r"\.Lock\(\)", before)), default=-1)
    unlock = max((m.end() for m in re.finditer(r"(?<!defer )\b[\w.]+\.Unlock\(\)", before)),
                 default=-1)
    if lock > unlock:
        return None
    for go in root.find_all(kind="go_statement"):
        call = next((c for c in go.children() if c.kind() == "call_expression"), None)
        loop = ancestor(go, "for_statement")
        if call is None or loop is None or field_text(call, "function") != name:
            continue
        given = call.field("arguments")
        arguments = [a for a in (given.children() if given is not None else [])
                     if a.is_named() and a.kind() != "comment"]
        if index >= len(arguments) or arguments[index].kind() != "identifier":
            continue
        shared = arguments[index].text()
        if re.search(rf"(?<![\w.]){re.escape(shared)}\s*(:=|,[^=]*:=)", loop.text()):
            continue
        return subject
    return None


def java_format_used_uncloned(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java (SpotBugs STCAL): a static DateFormat is shared only if a method uses it as it
    is; one that each method copies first (`(DateFormat) FMT.clone()`, the javadoc's advice
    of one instance per thread) is never formatted with from two threads."""
    del root
    names = [field_text(d, "name") for d in node.find_all(kind="variable_declarator")]
    owner = ancestor(node, "class_body")
    if not names or owner is None:
        return subject
    uses = [i for m in owner.children() if m.kind() in ("method_declaration",
                                                         "constructor_declaration")
            for i in m.find_all(kind="identifier") if i.text() in names]
    if not uses:
        return subject
    for use in uses:
        cloned = False
        for parent in use.ancestors():
            if parent.kind() == "method_invocation" and field_text(parent, "name") == "clone":
                cloned = True
                break
            if parent.kind() in ("expression_statement", "local_variable_declaration",
                                 "return_statement", "block"):
                break
        if not cloned:
            return subject
    return None


def go_helper_adds_to_waitgroup(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go (staticcheck SA2000, the sync.WaitGroup docs: "calls with a positive delta ... must
    happen before a Wait"): the first call in a goroutine is a helper of the file (a method or a
    function) whose body calls `Add` on a `sync.WaitGroup`, so the count goes up only once the
    goroutine runs, and `Wait` may find it zero and return early."""
    source = source_of(root)
    for function in root.find_all(kind="method_declaration") + \
            root.find_all(kind="function_declaration"):
        if field_text(function, "name") != subject:
            continue
        for call in function.find_all(kind="call_expression"):
            found = re.match(r"^(?:[\w]+\.)*(\w+)\.Add\(\s*[^)]", call.text())
            if found and re.search(rf"\b{re.escape(found.group(1))}\s+\*?sync\.WaitGroup\b",
                                   source):
                return subject
    return None


def go_callee_runs_argument_in_goroutine(root: SgNode, node: SgNode,
                                         subject: str) -> str | None:
    """Go (go vet loopclosure, the Go FAQ "What happens with closures running as
    goroutines?"): the closure is handed to a function or method of the file that runs the
    function it is given on a goroutine (`go task()`, `go func() { task() }()`), so the
    closure reads the loop variable while the loop goes on changing it (before Go 1.22)."""
    call = node.get_match("CALL")
    if call is None:
        return None
    name = call.text().rsplit(".", 1)[-1]
    for function in root.find_all(kind="method_declaration") + \
            root.find_all(kind="function_declaration"):
        if field_text(function, "name") != name:
            continue
        parameters = function.field("parameters")
        runs = [field_text(p, "name") for p in (parameters.children() if parameters else [])
                if p.kind() == "parameter_declaration"
                and (kind := p.field("type")) is not None and kind.kind() == "function_type"]
        for go in function.find_all(kind="go_statement"):
            if any(re.search(rf"(?<![\w.]){re.escape(r)}\(", go.text()) for r in runs if r):
                return subject
    return None


def go_copied_elements_hold_lock(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go (go vet copylocks, the sync docs: "A Mutex must not be copied after first use"): the
    elements copied are structs of a type the file declares with a lock in it (a
    `sync.Mutex`/`RWMutex` field, not a pointer to one), so each copy has a lock of its own."""
    del node
    source = source_of(root)
    declared = re.search(rf"\btype\s+{re.escape(subject)}\s+struct\s*\{{([^}}]*)\}}", source)
    if declared is None or not re.search(r"(?m)^\s*(\w+(\s*,\s*\w+)*\s+)?sync\.(RW)?Mutex\s*$",
                                         declared.group(1)):
        return None
    return subject


def _returns_promise(declaration: SgNode, method: str) -> bool:
    """An interface, type or class of the file declares `method` to return a promise."""
    for member in declaration.find_all(kind="method_signature") + \
            declaration.find_all(kind="property_signature") + \
            declaration.find_all(kind="method_definition"):
        if field_text(member, "name") != method:
            continue
        text = member.text()
        if member.kind() == "method_definition":
            if re.match(r"^(public\s+|private\s+|protected\s+|static\s+)*async\b", text) or \
                    re.search(r"\)\s*:\s*Promise\s*<", text.split("{", 1)[0]):
                return True
        elif re.search(r"(\)\s*:|=>)\s*Promise\s*<[^;]*;?\s*$", text):
            return True
    return False


def ts_typed_member_returns_promise(root: SgNode, node: SgNode, subject: str) -> str | None:
    """TypeScript (typescript-eslint no-floating-promises): the object a method is called on
    is a field or parameter whose declared type the file declares (an interface, a type, a
    class), and that type says the method returns a promise; the call's result is dropped."""
    del node
    found = re.match(r"^(?:this\.)?([\w$]+)\.([\w$]+)$", subject)
    if found is None:
        return None
    holder, method = found.groups()
    source = source_of(root)
    types = set(re.findall(rf"(?<![\w$.]){re.escape(holder)}\s*\??\s*:\s*([A-Z][\w$]*)\b(?!\s*[<\[])",
                           source))
    if not types:
        return None
    for declaration in root.find_all(kind="interface_declaration") + \
            root.find_all(kind="type_alias_declaration") + \
            root.find_all(kind="class_declaration"):
        if field_text(declaration, "name") in types and _returns_promise(declaration, method):
            return subject
    return None


def py_task_waits_on_own_pool(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Python (CERT TPS01-J's hazard; the concurrent.futures docs on deadlocks: "when the
    callable associated with a Future waits on the results of another Future"): a method
    submits work to a pool kept on the instance and waits for it, while the class also runs
    that very method on the same pool. With as many such tasks as workers, every worker
    waits and nothing runs the inner work."""
    del root
    method = ancestor(node, "function_definition")
    owner = ancestor(node, "class_definition")
    if method is None or owner is None:
        return None
    name = field_text(method, "name")
    pool = re.escape(subject)
    body = field_text(method, "body")
    if not re.search(r"\.result\(|\bwait\(|\bas_completed\(|\.map\(", body):
        return None
    if re.search(rf"{pool}\.(submit|map)\(\s*self\.{re.escape(name)}\b", owner.text()):
        return subject
    return None


def _c_functions(root: SgNode) -> dict[str, SgNode]:
    """The file's C and C++ function definitions by (unqualified) name."""
    return {function_name(f): f for f in root.find_all(kind="function_definition")
            if function_name(f)}


def _c_callees(function: SgNode, functions: dict[str, SgNode]) -> set[str]:
    return {field_text(c, "function") for c in function.find_all(kind="call_expression")
            if field_text(c, "function") in functions}


_GUARD: Final = re.compile(
    r"(?:lock_guard|unique_lock|scoped_lock)\s*(?:<[^>]*>)?\s*\w+\s*[({]\s*(?:this->)?(\w+)\s*[)}]")


def cpp_member_mutex_taken_again(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++ (the std::mutex docs: "If lock is called by a thread that already owns the mutex,
    the behavior is undefined"; CERT CON56-CPP): a member function holding a guard on a
    member mutex calls another member function of the file that guards the same mutex. The
    second lock, on the same thread, deadlocks. Not for a std::recursive_mutex."""
    function = ancestor(node, "function_definition")
    if function is None:
        return None
    functions = _c_functions(root)
    callee = functions.get(subject)
    if callee is None or callee.range() == function.range():
        return None
    before = source_of(root)[function.range().start.index:node.range().start.index]
    blocks = {a.range().start.index for a in node.ancestors() if a.kind() == "compound_statement"}
    held: set[str] = set()
    for declaration in function.find_all(kind="declaration"):
        scope = declaration.parent()
        found = _GUARD.search(declaration.text())
        if found and declaration.range().end.index <= node.range().start.index and \
                scope is not None and scope.range().start.index in blocks:
            held.add(found.group(1))  # a guard whose scope is still open at the call
    held |= set(re.findall(r"(?:this->)?(\w+)\.lock\(\)", before))
    held -= set(re.findall(r"(?:this->)?(\w+)\.unlock\(\)", before))
    taken = set(_GUARD.findall(callee.text())) | set(re.findall(r"(?:this->)?(\w+)\.lock\(\)",
                                                                callee.text()))
    source = source_of(root)
    for mutex in held & taken:
        if re.search(rf"\bstd::(timed_)?mutex\s+{re.escape(mutex)}\b", source):
            return subject
    return None


_SIGNAL_UNSAFE: Final = re.compile(
    r"^(printf|fprintf|vprintf|vfprintf|puts|fputs|putchar|malloc|calloc|realloc|free|exit|"
    r"syslog|fclose|fflush|fopen|fwrite|strdup|perror|pthread_mutex_lock)$")


def _c_signal_handlers(root: SgNode, functions: dict[str, SgNode]) -> set[str]:
    """Functions installed as signal handlers: passed to `signal`, stored in `sa_handler`, or
    handed to a function of the file that does one of those with its parameter."""
    installers: dict[str, int] = {}
    for name, function in functions.items():
        declarator = _c_declarator_params(function)
        for position, parameter in enumerate(declarator):
            if re.search(rf"(sa_handler|sa_sigaction)\s*=\s*&?\s*{re.escape(parameter)}\s*;|"
                         rf"\bsignal\s*\([^,]+,\s*&?\s*{re.escape(parameter)}\s*\)",
                         function.text()):
                installers[name] = position
    handlers: set[str] = set()
    for call in root.find_all(kind="call_expression"):
        callee = field_text(call, "function")
        given = call.field("arguments")
        arguments = [a for a in (given.children() if given is not None else []) if a.is_named()]
        position = 1 if callee == "signal" else installers.get(callee, -1)
        if 0 <= position < len(arguments):
            handlers.add(arguments[position].text().lstrip("&").strip())
    for assignment in root.find_all(kind="assignment_expression"):
        if re.search(r"(sa_handler|sa_sigaction)$", field_text(assignment, "left")):
            handlers.add(field_text(assignment, "right").lstrip("&").strip())
    return handlers & set(functions)


def _c_declarator_params(function: SgNode) -> list[str]:
    declarator = function.field("declarator")
    while declarator is not None and declarator.kind() != "function_declarator":
        declarator = declarator.field("declarator")
    parameters = declarator.field("parameters") if declarator is not None else None
    names = []
    for parameter in (parameters.children() if parameters else []):
        if parameter.kind() == "parameter_declaration":
            words = re.findall(r"\w+", field_text(parameter, "declarator"))
            names.append(words[0] if words else "")
    return names


def c_signal_handler_reaches_unsafe(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C (CERT SIG30-C, POSIX signal-safety(7)): a function installed as a signal handler
    (also through a helper of the file that calls `sigaction` with it) calls a function of
    the file that calls, itself or further down, one that is not async-signal-safe (stdio,
    malloc/free, exit). A signal that arrives while the program is inside it corrupts or
    deadlocks it."""
    function = ancestor(node, "function_definition")
    if function is None:
        return None
    functions = _c_functions(root)
    if function_name(function) not in _c_signal_handlers(root, functions):
        return None
    seen: set[str] = set()
    todo = [subject]
    while todo:
        name = todo.pop()
        if name in seen or name not in functions:
            continue
        seen.add(name)
        body = functions[name]
        if any(_SIGNAL_UNSAFE.match(field_text(c, "function"))
               for c in body.find_all(kind="call_expression")):
            return subject
        todo.extend(_c_callees(body, functions))
    return None


def c_state_changed_unlocked_before_wakeup(root: SgNode, node: SgNode,
                                           subject: str) -> str | None:
    """C (CERT CON38-C's neighbour, POSIX pthread_cond_broadcast: the predicate must be changed
    under the mutex): a function that signals the condition `subject` without holding any
    mutex, right after changing (itself or in a function of the file it calls) a field that
    a waiter of that condition tests in its `while` before `pthread_cond_wait`. A waiter
    between its test and its wait misses the wakeup and sleeps on."""
    function = ancestor(node, "function_definition")
    if function is None:
        return None
    before = source_of(root)[function.range().start.index:node.range().start.index]
    if re.search(r"pthread_mutex_lock|mtx_lock|\.lock\(", before):
        return None
    condition = re.sub(r"^&\s*", "", subject).split("->")[-1].split(".")[-1]
    tested: set[str] = set()
    for loop in root.find_all(kind="while_statement"):
        if re.search(rf"pthread_cond_(timed)?wait\s*\(\s*&?[\w.>-]*\b{re.escape(condition)}\b",
                     loop.text()):
            tested |= set(re.findall(r"(?:->|\.)(\w+)", field_text(loop, "condition")))
    if not tested:
        return None
    functions = _c_functions(root)
    changed = before
    for callee in re.findall(r"\b(\w+)\s*\(", before):
        if callee in functions and functions[callee].range() != function.range():
            changed += functions[callee].text()
    if any(re.search(rf"(->|\.){re.escape(f)}\s*([|&^+\-*/]?=[^=]|\+\+|--)", changed)
           for f in tested):
        return subject
    return None


_RUST_BLOCKING: Final = re.compile(
    r"TcpStream::connect|UdpSocket::bind|\.read_to_string\(|\.read_to_end\(|\.read_exact\(|"
    r"\.write_all\(|thread::sleep\(|reqwest::blocking|ureq::|\.recv\(\s*\)|"
    r"Command::new\(|File::open\(|File::create\(|fs::(read|write|read_to_string)\(")


def rust_guard_held_across_blocking_call(root: SgNode, node: SgNode,
                                         subject: str) -> str | None:
    """Rust (clippy await_holding_lock's sync sibling; the std Mutex docs: other threads
    block in `lock` until the guard is dropped): a guard bound by `let`, still alive, while
    the function makes a blocking call (network or file I/O, a sleep, a child process),
    directly or through a function or trait method of the file that does. Every other
    caller of the lock waits for that I/O."""
    block = node.parent()
    if block is None:
        return None
    functions: dict[str, list[SgNode]] = {}
    for function in root.find_all(kind="function_item"):
        functions.setdefault(field_text(function, "name"), []).append(function)
    blocking = {name for name, bodies in functions.items()
                if any(_RUST_BLOCKING.search(b.text()) for b in bodies)}
    after = [c for c in block.children() if c.range().start.index > node.range().end.index]
    for statement in after:
        text = statement.text()
        if re.search(rf"\bdrop\(\s*{re.escape(subject)}\s*\)", text):
            return None
        # `self.fetch(..)`, `fetch(..)`, and (round var-conc) an associated function by path,
        # `Self::fetch(..)` or `Catalog::fetch(..)` (the Rust reference's path expressions)
        called = set(re.findall(r"\.(\w+)\s*\(|(?<![\w.:])(\w+)\s*\(|"
                                r"(?<![\w:])(?:Self|[A-Z]\w*)::(\w+)\s*\(", text))
        names = {a or b or c for a, b, c in called}
        if _RUST_BLOCKING.search(text) or names & blocking:
            # the guard is still used after the blocking call, or lives to the block's end
            return subject
    return None


_JS_EXISTS: Final = re.compile(r"(?:^|[\s.(!])(access|accessSync|stat|statSync|lstat|lstatSync|"
                               r"exists|existsSync|pathExists)\s*\(")


def _js_functions(root: SgNode) -> dict[str, SgNode]:
    found: dict[str, SgNode] = {}
    for kind in ("function_declaration", "method_definition"):
        for function in root.find_all(kind=kind):
            found.setdefault(field_text(function, "name"), function)
    for declarator in root.find_all(kind="variable_declarator"):
        value = declarator.field("value")
        if value is not None and value.kind() in ("arrow_function", "function_expression"):
            found.setdefault(field_text(declarator, "name"), value)
    return found


def _js_says_missing(test: str, functions: dict[str, SgNode]) -> bool:
    """The condition is true when a path does not exist: `!existsSync(p)`, or a helper of the
    file whose existence test answers true on ENOENT (`catch (e) { if (e.code === 'ENOENT')
    return true; }`) or returns the negation of one."""
    if re.search(r"!\s*(await\s+)?[\w.]*(exists|existsSync|pathExists)\s*\(", test):
        return True
    for name in re.findall(r"([\w$]+)\s*\(", test):
        helper = functions.get(name)
        if helper is None or not _JS_EXISTS.search(helper.text()):
            continue
        body = helper.text()
        if re.search(r"ENOENT['\"`]\s*\)?\s*\{?\s*return\s+true\b", body) or \
                re.search(r"return\s+!\s*(await\s+)?[\w.]*(exists|existsSync|pathExists)\s*\(", body):
            return True
    return False


def js_path_found_free_then_written(root: SgNode, node: SgNode, subject: str) -> str | None:
    """JavaScript (CWE-367; the Node.js fs docs: "Using fs.access() to check for the
    accessibility of a file before calling fs.open() ... introduces a race condition"): the
    path written was picked by a function of the file that tries candidates in a loop and
    returns the first that does not exist; written without the `wx` flag, two callers at once
    can pick the same path and one overwrites the other."""
    del node
    functions = _js_functions(root)
    picker = functions.get(subject)
    if picker is None:
        return None
    for loop in picker.find_all(kind="for_statement") + picker.find_all(kind="while_statement") + \
            picker.find_all(kind="for_in_statement"):
        for branch in loop.find_all(kind="if_statement"):
            consequence = branch.field("consequence")
            if consequence is None or not (consequence.kind() == "return_statement" or
                                           consequence.find(kind="return_statement")):
                continue
            if _js_says_missing(field_text(branch, "condition"), functions):
                return subject
    return None


FORMS_CONCURRENCY_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "java-field-locks-in-both-orders": java_field_locks_in_both_orders,
    "cpp-double-checked-plain-field": cpp_double_checked_plain_field,
    "cpp-plain-stop-flag": cpp_plain_stop_flag,
    "go-map-parameter-written-by-goroutines": go_map_parameter_written_by_goroutines,
    "java-format-used-uncloned": java_format_used_uncloned,
    "go-helper-adds-to-waitgroup": go_helper_adds_to_waitgroup,
    "go-callee-runs-argument-in-goroutine": go_callee_runs_argument_in_goroutine,
    "go-copied-elements-hold-lock": go_copied_elements_hold_lock,
    "ts-typed-member-returns-promise": ts_typed_member_returns_promise,
    "py-task-waits-on-own-pool": py_task_waits_on_own_pool,
    "cpp-member-mutex-taken-again": cpp_member_mutex_taken_again,
    "c-signal-handler-reaches-unsafe": c_signal_handler_reaches_unsafe,
    "c-state-changed-unlocked-before-wakeup": c_state_changed_unlocked_before_wakeup,
    "rust-guard-held-across-blocking-call": rust_guard_held_across_blocking_call,
    "js-path-found-free-then-written": js_path_found_free_then_written,
}
