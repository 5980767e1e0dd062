"""Checks in code for steps that are right alone and wrong in sequence: a read and a write of
a shared value that nothing makes one atomic step (Java's concurrent maps and atomics), and a
Go slice stored while its backing array is still being written (``FILTERS`` names them)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import contains, ends_before, field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["go_slice_stored_then_reused", "java_atomic_get_then_set",
           "java_concurrent_read_then_put", "java_sql_read_then_write"]

_JAVA_SCOPES: Final = ("method_declaration", "constructor_declaration", "lambda_expression")
_JAVA_CLASS_BODIES: Final = ("class_body", "enum_body", "record_body")
_CONCURRENT_MAP: Final = re.compile(r"^(Concurrent(Hash|SkipList)Map|ConcurrentMap|"
                                    r"ConcurrentNavigableMap)\b|"
                                    r"=\s*new\s+Concurrent(Hash|SkipList)Map\b|"
                                    r"=\s*(java\.util\.)?Collections\s*\.\s*"
                                    r"synchronized(Sorted|Navigable)?Map\s*\(")
"""A map whose single calls are thread-safe: a concurrent map, or a synchronized wrapper (the
Collections.synchronizedMap javadoc: a compound action still needs the map's own lock)."""
_CONCURRENT_LIST: Final = re.compile(r"=\s*(java\.util\.)?Collections\s*\.\s*"
                                     r"synchronized(List|Collection)\s*\(|"
                                     r"=\s*new\s+(CopyOnWriteArrayList|ConcurrentLinkedQueue|"
                                     r"ConcurrentLinkedDeque|LinkedBlockingQueue|"
                                     r"LinkedBlockingDeque)\b")
"""A list or queue whose single calls are thread-safe but which keeps duplicates."""
_ATOMIC: Final = re.compile(r"^Atomic(Integer|Long|Boolean|Reference)\b|"
                            r"=\s*new\s+Atomic(Integer|Long|Boolean|Reference)\b")
_JAVA_LOCKS: Final = re.compile(r"\.\s*(lock|lockInterruptibly|tryLock)\s*\(|\bcompareAndSet\b|"
                                r"\bsynchronized\b")
"""A lock taken in the scope (or a compare-and-set the sequence may be retried by)."""
_MUTATORS: Final = re.compile(r"^\.\s*(add|addAll|put|putAll|offer|push|addFirst|addLast|"
                              r"incrementAndGet|getAndIncrement|addAndGet|getAndAdd|increment|"
                              r"add\w+|accumulate|set)\s*\(")
_WRAPPERS: Final = ("parenthesized_expression", "cast_expression")
_FIELD_PATH: Final = re.compile(r"^\w+(\.\w+)*$")
"""A receiver the filters resolve: a field, or a field reached through fields (`stats.hits`)."""


def _unwrapped(node: SgNode) -> SgNode:
    """The expression inside parentheses and casts: `(int) m.get(k)` passes the read on."""
    while node.kind() in _WRAPPERS:
        inner = [c for c in node.children() if c.is_named()]
        if not inner:
            break
        node = inner[-1]
    return node


def _java_field(node: SgNode, name: str) -> str:
    """The declaration (type and value) of the class field `name` the node sees, '' when a
    local or parameter of an enclosing method hides it or no class field has that name. A
    dotted name (`stats.hits`, shapes-gojv) is a field of a field: the first name's declared
    type is a class of the file, whose field the rest names."""
    first, _, rest = name.partition(".")
    for ancestor in node.ancestors():
        kind = ancestor.kind()
        if kind in _JAVA_SCOPES and _java_declares(ancestor, first):
            # a parameter's object may be shared; one the method makes itself is its own
            return _java_field_of(node, _java_local_type(ancestor, first), rest) \
                if rest and not _java_made_here(ancestor, first) else ""
        if kind not in _JAVA_CLASS_BODIES:
            continue
        declared = _java_body_field(ancestor, first)
        if not rest or not declared:
            return declared
        return _java_field_of(node, declared.partition(" = ")[0], rest)
    return ""


def _java_body_field(body: SgNode, name: str) -> str:
    """`type = value` of the field `name` of a class body; a field declared without a value
    takes the one a constructor assigns it (`this.m = new ConcurrentHashMap<>()`)."""
    for field in body.children():
        if field.kind() != "field_declaration":
            continue
        for declarator in field.children():
            if declarator.kind() == "variable_declarator" and \
                    field_text(declarator, "name") == name:
                value = field_text(declarator, "value")
                if not value:
                    value = next((field_text(a, "right") for c in body.children()
                                  if c.kind() == "constructor_declaration"
                                  for a in c.find_all(kind="assignment_expression")
                                  if field_text(a, "left") in (name, f"this.{name}")), "")
                return f"{field_text(field, 'type')} = {value}"
    return ""


def _java_local_type(scope: SgNode, name: str) -> str:
    """The declared type of a parameter or local of a method, '' when not written (`var`)."""
    for p in scope.find_all(any=[{"kind": "formal_parameter"},
                                 {"kind": "local_variable_declaration"}]):
        names = [field_text(p, "name")] + [field_text(d, "name") for d in p.children()
                                           if d.kind() == "variable_declarator"]
        if name in names:
            return field_text(p, "type")
    return ""


def _java_made_here(scope: SgNode, name: str) -> bool:
    """The method makes the object `name` holds itself (`Stats s = new Stats();`)."""
    return any(field_text(d, "name") == name and
               field_text(d, "value").startswith("new ")
               for d in scope.find_all(kind="variable_declarator"))


def _java_field_of(node: SgNode, owner: str, path: str) -> str:
    """The declaration of the field `path` (dotted) of the file's own class `owner`."""
    owner = re.sub(r"<.*$", "", owner).strip()
    if not re.match(r"^\w+$", owner):
        return ""
    root = node.get_root().root()
    first, _, rest = path.partition(".")
    for cls in root.find_all(any=[{"kind": "class_declaration"}, {"kind": "record_declaration"}]):
        body = cls.field("body")
        if field_text(cls, "name") != owner or body is None:
            continue
        declared = _java_body_field(body, first)
        if rest and declared:
            return _java_field_of(node, declared.partition(" = ")[0], rest)
        return declared
    return ""


def _java_declares(scope: SgNode, name: str) -> bool:
    """A method, constructor or lambda takes or declares `name` itself."""
    params = scope.field("parameters")
    if params is not None and (params.text() == name or any(
            field_text(p, "name") == name or p.text() == name for p in params.children())):
        return True
    return any(field_text(d, "name") == name for d in scope.find_all(kind="variable_declarator")
               if (d.parent() or d).kind() == "local_variable_declaration")


def _java_locked(node: SgNode, scope: SgNode) -> bool:
    """The sequence runs under a lock: a `synchronized` block or method around it, or a lock
    taken in its scope, or in every caller of a helper (``_java_called_locked``)."""
    return _java_locked_here(node, scope) or _java_called_locked(scope, 3, set())


def _java_called_locked(scope: SgNode, depth: int, seen: set[int]) -> bool:
    """(shapes-gojv) A private or protected helper of the class whose every call in the class
    is made under a lock, directly or through callers that are themselves only called under
    one (tomcat's OrderInterceptor.processIncoming, called only inside `inLock.writeLock()`)."""
    if scope.kind() != "method_declaration" or depth == 0 or id(scope) in seen or \
            re.search(r"\bpublic\b", next((c.text() for c in scope.children()
                                            if c.kind() == "modifiers"), "")):
        return False
    seen.add(id(scope))
    name, body = field_text(scope, "name"), scope.parent()
    if body is None or body.kind() not in _JAVA_CLASS_BODIES:
        return False
    calls = [c for c in body.find_all(kind="method_invocation")
             if field_text(c, "name") == name and field_text(c, "object") in ("", "this")
             and not contains(scope, c)]
    for call in calls:
        caller = next((a for a in call.ancestors() if a.kind() in _JAVA_SCOPES), None)
        if caller is None or caller.kind() == "lambda_expression":
            return False
        if not _java_locked_here(call, caller) and \
                not _java_called_locked(caller, depth - 1, seen):
            return False
    return bool(calls)


def _java_locked_here(node: SgNode, scope: SgNode) -> bool:
    """A `synchronized` block or method around the node, or a lock taken in its scope."""
    for ancestor in node.ancestors():
        if ancestor.kind() == "synchronized_statement":
            return True
        if ancestor.kind() in ("method_declaration", "constructor_declaration") and \
                re.search(r"\bsynchronized\b", field_text(ancestor, "modifiers") or
                          next((c.text() for c in ancestor.children()
                                if c.kind() == "modifiers"), "")):
            return True
    return _JAVA_LOCKS.search(field_text(scope, "body") or scope.text()) is not None


def _names(node: SgNode) -> set[str]:
    return {n.text() for n in node.find_all(kind="identifier")} | \
        ({node.text()} if node.kind() == "identifier" else set())


def _mentions(node: SgNode, reads: list[SgNode], names: set[str]) -> bool:
    return any(contains(node, r) for r in reads) or bool(_names(node) & names)


def _is_plain(node: SgNode, reads: list[SgNode], names: set[str]) -> bool:
    """The expression is the read itself or a variable holding it, passed on unchanged."""
    node = _unwrapped(node)
    return (node.kind() == "identifier" and node.text() in names) or any(
        r.range().start.index == node.range().start.index and
        r.range().end.index == node.range().end.index for r in reads)


def _derived(scope: SgNode, reads: list[SgNode], value: SgNode, write: SgNode) -> bool:
    """The written value is computed from a read (`cur + n`, `Math.max(cur, n)`,
    `cur.plus(x)`), directly or through locals assigned before the write; a variable that
    only holds the read, or is replaced by a fresh value when it is missing, is not."""
    plain: set[str] = set()
    derived: set[str] = set()
    steps: list[tuple[str, SgNode]] = []
    for declarator in scope.find_all(kind="variable_declarator"):
        val = declarator.field("value")
        if val is not None and ends_before(declarator, write):
            steps.append((field_text(declarator, "name"), val))
    for assignment in scope.find_all(kind="assignment_expression"):
        left, right = assignment.field("left"), assignment.field("right")
        if left is not None and right is not None and left.kind() == "identifier" and \
                ends_before(assignment, write):
            steps.append((left.text(), right))
    steps.sort(key=lambda s: s[1].range().start.index)
    for name, val in steps:
        if _is_plain(val, reads, plain | derived):
            if _unwrapped(val).text() in derived:
                derived.add(name)
            else:
                plain.add(name)
        elif _mentions(val, reads, plain | derived):
            derived.add(name)
        else:
            plain.discard(name)  # replaced by a value of its own (`v = new ArrayList<>()`)
            derived.discard(name)
    value = _unwrapped(value)
    if value.kind() == "identifier":
        return value.text() in derived
    return not _is_plain(value, reads, plain) and _mentions(value, reads, plain | derived)


def _object_name(call: SgNode) -> str:
    text = field_text(call, "object")
    return text.removeprefix("this.")


def _java_reads(scope: SgNode, name: str, methods: tuple[str, ...], key: str | None,
                write: SgNode) -> list[SgNode]:
    """Calls `name.method(key, ...)` in the scope before the write or inside its arguments
    (`this.` or not)."""
    found = []
    for call in scope.find_all(kind="method_invocation"):
        if _object_name(call) != name or field_text(call, "name") not in methods or \
                not (ends_before(call, write) or contains(write, call)) or call == write:
            continue
        args = call.field("arguments")
        first = next((c for c in args.children() if c.is_named()), None) if args else None
        wanted = first is None or first.kind() == "block_comment" if key is None else \
            first is not None and first.text() == key
        if wanted:
            found.append(call)
    return found


def _java_helper_reads(scope: SgNode, name: str, key: str, write: SgNode) -> list[SgNode]:
    """(round r30-concres) Calls `helper(key)` (or `this.helper(key)`) in the scope before the
    write or inside its arguments, where `helper` is a method of the same class, not
    synchronized, whose body is `return name.get(p)` or `return name.getOrDefault(p, d)` for
    its first parameter `p`: the read one call away (`put(k, pointsOf(k) + n)`)."""
    body = next((a for a in scope.ancestors() if a.kind() == "class_body"), None)
    if body is None:
        return []
    readers: set[str] = set()
    for method in body.children():
        if method.kind() != "method_declaration" or "synchronized" in field_text(
                method, "modifiers") or "synchronized" in (method.text().split("(", 1)[0]):
            continue
        params = method.field("parameters")
        first = next((c for c in params.children() if c.kind() == "formal_parameter"),
                     None) if params is not None else None
        block = method.field("body")
        statements = [c for c in block.children() if c.is_named()] if block is not None else []
        if first is None or len(statements) != 1 or statements[0].kind() != "return_statement":
            continue
        call = next((c for c in statements[0].children() if c.kind() == "method_invocation"),
                    None)
        args = _arguments(call) if call is not None else []
        if call is not None and _object_name(call) == name and \
                field_text(call, "name") in ("get", "getOrDefault") and args and \
                args[0].text() == field_text(first, "name"):
            readers.add(field_text(method, "name"))
    if not readers:
        return []
    found = []
    for call in scope.find_all(kind="method_invocation"):
        args = _arguments(call)
        if field_text(call, "object") in ("", "this") and field_text(call, "name") in readers \
                and args and args[0].text() == key and call != write and \
                (ends_before(call, write) or contains(write, call)):
            found.append(call)
    return found


def _arguments(call: SgNode) -> list[SgNode]:
    args = call.field("arguments")
    return [c for c in args.children() if c.is_named() and "comment" not in c.kind()] \
        if args is not None else []


def _rejects(statement: SgNode) -> bool:
    """An `if` whose branch refuses: it throws or returns false, at once or after undoing
    something (`{ flying.remove(p); return false; }`)."""
    branch = statement.field("consequence")
    if branch is None:
        return False
    last = [c for c in branch.children() if c.is_named()][-1:] \
        if branch.kind() == "block" else [branch]
    return bool(last) and re.match(r"^(throw\b|return\s+(false|null)\s*;)", last[0].text()) \
        is not None


def _checked_then_put(scope: SgNode, put: SgNode, name: str, key: str,
                      checks: list[SgNode]) -> bool:
    """Check-then-act: an earlier `if (m.containsKey(k)) throw/return false` refuses a
    duplicate the put then overwrites when two threads pass the check together; or a put of a
    fresh container under `if (!m.containsKey(k))` that is then filled through `m.get(k)`, so
    a second thread's put throws away what the first added."""
    for statement in scope.find_all(kind="if_statement"):
        condition = statement.field("condition")
        if condition is None or contains(statement, put) or not ends_before(statement, put):
            continue
        if any(contains(condition, c) for c in checks) and _rejects(statement) and \
                not re.search(r"!\s*" + re.escape(name), condition.text()):
            return True
    args = _arguments(put)
    if len(args) >= 2 and _absent_guard_puts_parameter(scope, put, name, key, args[1]):
        return True
    if len(args) < 2 or not re.match(r"^new\s", args[1].text()):
        return False
    guard = next((a for a in put.ancestors() if a.kind() == "if_statement"), None)
    condition = guard.field("condition") if guard is not None else None
    if condition is None or not any(contains(condition, c) for c in checks):
        return False
    tail = scope.text()[put.range().end.index - scope.range().start.index:]
    fill = re.compile(rf"(?<![\w.]){re.escape(name)}\s*\.\s*get\s*\(\s*{re.escape(key)}\s*\)")
    return any(_MUTATORS.match(tail[m.end():].lstrip()) for m in fill.finditer(tail))


def _absent_guard_puts_parameter(scope: SgNode, put: SgNode, name: str, key: str,
                                 value: SgNode) -> bool:
    """`if (!m.containsKey(k)) m.put(k, v)` (or `m.get(k) == null`) where v is a parameter of
    the method other than the key: a caller's own value (a registration, a session), so when
    two callers pass the test together the second put silently replaces the first one's
    value and both are told they succeeded (putIfAbsent does it in one step). A value the
    method computes from the key (a cache filled on a miss) is the same either way."""
    guard = next((a for a in put.ancestors() if a.kind() == "if_statement"), None)
    condition = guard.field("condition") if guard is not None else None
    consequence = guard.field("consequence") if guard is not None else None
    if condition is None or consequence is None or not contains(consequence, put) or \
            (guard is not None and not contains(scope, guard)):
        return False
    called = rf"(this\s*\.\s*)?{re.escape(name)}\s*\.\s*"
    absent = (rf"^\(\s*(!\s*{called}containsKey\s*\(\s*{re.escape(key)}\s*\)|"
              rf"{called}get\s*\(\s*{re.escape(key)}\s*\)\s*==\s*null)\s*\)$")
    if not re.match(absent, condition.text()):
        return False
    declared = scope.field("parameters")
    parameters = {field_text(p, "name") for p in declared.children()
                  if p.kind() == "formal_parameter"} if declared is not None else set()
    text = _unwrapped(value).text()
    if text in parameters and text != key:
        return True
    # a fresh object made for this caller (`new Session(user)`, inline or through a local of
    # the branch) and handed back: a second caller's replaces it, and both hold their own
    made: SgNode | None = _unwrapped(value)
    if made is not None and made.kind() == "identifier":
        made = next((d.field("value") for d in consequence.find_all(kind="variable_declarator")
                     if field_text(d, "name") == text), made)
    return made is not None and made.kind() == "object_creation_expression" and \
        re.search(r"\breturn\s+" + re.escape(text) + r"\s*;", consequence.text()) is not None


def java_concurrent_read_then_put(root: SgNode, node: SgNode, subject: str) -> str | None:
    """SpotBugs AT_OPERATION_SEQUENCE_ON_CONCURRENT_ABSTRACTION: `m.put(k, v)` on a field
    declared a ConcurrentHashMap (or ConcurrentMap), where v is computed from an earlier
    `m.get(k)`/`m.getOrDefault(k, d)` of the same method, or follows a `containsKey` check
    that refuses duplicates (or fills a fresh container), with no lock around the two. Each
    call is atomic; the pair is not, so two threads lose one update (the map's javadoc:
    compute, merge, putIfAbsent). Returns the read, or None."""
    del root, subject
    scope = next((a for a in node.ancestors() if a.kind() in _JAVA_SCOPES), None)
    name, args = _object_name(node), _arguments(node)
    if scope is not None and field_text(node, "name") == "add" and len(args) == 1 and \
            _FIELD_PATH.match(name) and _CONCURRENT_LIST.search(_java_field(node, name)) and \
            not _java_locked(node, scope):
        # `if (list.contains(x)) return false; list.add(x);`: two threads both add it
        checks = _java_reads(scope, name, ("contains",), args[0].text(), node)
        return checks[-1].text() if checks and _checked_then_put(
            scope, node, name, args[0].text(), checks) else None
    if scope is None or len(args) != 2 or not _FIELD_PATH.match(name) or \
            not _CONCURRENT_MAP.search(_java_field(node, name)) or _java_locked(node, scope):
        return None
    key = args[0].text()
    reads = _java_reads(scope, name, ("get", "getOrDefault"), key, node) + \
        _java_helper_reads(scope, name, key, node)
    if reads and _derived(scope, reads, args[1], node):
        return reads[-1].text()
    checks = _java_reads(scope, name, ("containsKey", "get"), key, node)
    if checks and _checked_then_put(scope, node, name, key, checks):
        return checks[-1].text()
    return None


def java_atomic_get_then_set(root: SgNode, node: SgNode, subject: str) -> str | None:
    """java.util.concurrent.atomic: `x.set(f(x.get()))` on a field declared an atomic is a read
    and a write another thread can come between, so one of two updates is lost; the atomic
    update methods (addAndGet, updateAndGet, accumulateAndGet, compareAndSet) do it in one
    step. Returns the read, or None when the field is no atomic, a lock is held, or the set
    value is not computed from the read."""
    del root, subject
    scope = next((a for a in node.ancestors() if a.kind() in _JAVA_SCOPES), None)
    name, args = _object_name(node), _arguments(node)
    if scope is None or len(args) != 1 or not _FIELD_PATH.match(name) or \
            not _ATOMIC.search(_java_field(node, name)) or _java_locked(node, scope):
        return None
    reads = _java_reads(scope, name, ("get", "getPlain", "getAcquire", "getOpaque"), None, node)
    if reads and _derived(scope, reads, args[0], node):
        return reads[-1].text()
    return None


_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")
_GO_SLICE_NAME: Final = re.compile(r"^[A-Za-z_]\w*(\.[A-Za-z_]\w*)?$")
"""What is stored: a variable, or a field of one (`b.buf`)."""
_GO_NOT_SLICE: Final = re.compile(r"^(string|\[\s*[^\]\s]|map\[|\*|chan\b|[A-Za-z_][\w.]*$)")
"""Declared types whose values are not a slice: a string, an array (`[4]int`, copied on
assignment), a map, a pointer, a channel, a named type."""


def _go_name(function: SgNode) -> str:
    """A Go function's name, or the variable a function literal is assigned to."""
    name = field_text(function, "name")
    if name:
        return name
    holder = function.parent()
    statement = holder.parent() if holder is not None else None
    if statement is not None and statement.kind() in ("assignment_statement",
                                                      "short_var_declaration"):
        return field_text(statement, "left").strip()
    return ""


def _go_declared_types(function: SgNode, name: str) -> list[str]:
    """How the function declares `name`: the types of parameters and `var`s, the values of
    `:=` (`make([]T, 0, n)`, `[]T{}`)."""
    found: list[str] = []
    for spec in function.find_all({"rule": {"any": [
            {"kind": "parameter_declaration"}, {"kind": "variadic_parameter_declaration"},
            {"kind": "var_spec"}]}}):
        names = [c.text() for c in spec.children() if c.kind() == "identifier"]
        if name in names:
            found.append(field_text(spec, "type") or field_text(spec, "value"))
    for spec in function.find_all(kind="short_var_declaration"):
        names = [x.strip() for x in field_text(spec, "left").split(",")]
        if name in names and len(names) == 1:
            found.append(field_text(spec, "right"))
    return found


def _go_field_types(root: SgNode, field: str) -> list[str]:
    """The types struct fields named `field` are declared with in the file."""
    return [field_text(spec, "type") for spec in root.find_all(kind="field_declaration")
            if field in [c.text() for c in spec.children() if c.kind() == "field_identifier"]]


def _go_is_slice(root: SgNode, function: SgNode, name: str) -> bool:
    """`name` (a variable, or a field `x.f`) is a slice: declared `[]T`, made with
    `make([]T...)` or `[]T{}`, cut from one, or appended to; never declared as anything else."""
    declared = _go_field_types(root, name.split(".")[1]) if "." in name else \
        _go_declared_types(function, name)
    if any(_GO_NOT_SLICE.match(t.strip()) and not t.strip().startswith(("[]", "make([]"))
           for t in declared if not re.match(r"^(\w+\s*\[|append\()", t.strip())):
        return False
    return any(t.strip().startswith(("[]", "make([]")) or re.match(r"^[\w.]+\[[^\]]*:", t.strip())
               for t in declared) or \
        re.search(rf"\bappend\(\s*{re.escape(name)}\s*,", function.text()) is not None


def _go_assigns(function: SgNode, name: str) -> list[tuple[SgNode, SgNode]]:
    """Every `name = value` / `name := value` in the function: (statement, value)."""
    out: list[tuple[SgNode, SgNode]] = []
    for statement in function.find_all({"rule": {"any": [{"kind": "assignment_statement"},
                                                         {"kind": "short_var_declaration"}]}}):
        left, right = statement.field("left"), statement.field("right")
        if left is None or right is None or left.text().strip() != name:
            continue
        value = next((c for c in right.children() if c.is_named()), None)
        if value is not None and field_text(statement, "operator") in ("", "=", ":="):
            out.append((statement, value))
    for spec in function.find_all(kind="var_spec"):
        if [c.text() for c in spec.children() if c.kind() == "identifier"] == [name]:
            out.append((spec, spec))
    return out


def _go_fresh(value: SgNode, name: str) -> bool:
    """A value that is not `name`'s backing array: nil, make, a literal, a copy."""
    text = value.text().strip()
    if value.kind() == "var_spec":
        return True
    return not (re.match(rf"^(append\(\s*)?{re.escape(name)}\b", text) or
                (value.kind() == "slice_expression" and field_text(value, "operand") == name))


def _go_rewrites(root: SgNode | None, function: SgNode, name: str) -> list[SgNode]:
    """Statements that write into `name`'s backing array again: `name = name[:0]` (or any
    cut from the start) when the function appends to or indexes `name` (for a field `x.f` kept
    where it outlives the call, given as `root`, any function of the file), `name[i] = v`, and
    `copy(name, ...)`."""
    out: list[SgNode] = []
    body = function.text()
    wide = "." in name and root is not None
    ref = r"\w+\." + re.escape(name.split(".")[1]) if wide else re.escape(name)
    refills = re.search(rf"\bappend\(\s*{ref}\s*,|(?<![\w.]){ref}"
                        rf"\s*\[[^\]]*\]\s*=[^=]|\bcopy\(\s*{ref}\s*,",
                        root.text() if wide and root is not None else body)
    for statement, value in _go_assigns(function, name):
        if value.kind() == "slice_expression" and field_text(value, "operand") == name and \
                field_text(value, "start") in ("", "0") and refills:
            out.append(statement)
    for statement in function.find_all(kind="assignment_statement"):
        left = statement.field("left")
        target = next((c for c in left.children() if c.is_named()), None) if left else None
        if target is not None and target.kind() == "index_expression" and \
                field_text(target, "operand") == name:
            out.append(statement)
    for call in function.find_all(kind="call_expression"):
        if field_text(call, "function") == "copy" and re.match(
                rf"^\(\s*{re.escape(name)}\s*,", field_text(call, "arguments")):
            out.append(call)
    return out


def _go_leaves_after(node: SgNode) -> bool:
    """A `return` follows the statement in its own block: nothing after the block runs."""
    return any(s.kind() == "return_statement" for s in node.next_all())


def _go_reused_after(root: SgNode | None, function: SgNode, node: SgNode,
                     name: str) -> SgNode | None:
    """A rewrite of `name`'s array that runs after the store: later in the function with no
    fresh value in between, or earlier in a loop around the store that never gives `name` a
    fresh value."""
    fresh = [s for s, v in _go_assigns(function, name) if _go_fresh(v, name)]
    loops = [a for a in node.ancestors() if a.kind() == "for_statement" and contains(function, a)]
    for rewrite in _go_rewrites(root, function, name):
        if ends_before(node, rewrite):
            if _go_leaves_after(node) and not loops:
                continue
            if not any(ends_before(node, f) and ends_before(f, rewrite) for f in fresh):
                return rewrite
        elif any(contains(loop, rewrite) and not any(contains(loop, f) for f in fresh)
                 for loop in loops):
            return rewrite
    return None


def go_slice_stored_then_reused(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The Go blog, "Go Slices: usage and internals" (a slice is a view of an array; append
    writes into the same array while its capacity lasts): `out = append(out, buf)` or
    `m[k] = buf` keeps a view of buf's array, not a copy. When the function then writes that
    array again (`buf = buf[:0]` and refills it, `buf[i] = v`, `copy(buf, ...)`), or, in a
    recursive function that stores its path parameter, passes `append(path, x)` to its own
    calls (siblings write the same element), what was stored changes. Returns the statement
    that writes the array again, or None."""
    del subject
    function = next((a for a in node.ancestors() if a.kind() in _GO_FUNCTIONS), None)
    right, left = node.field("right"), node.field("left")
    if function is None or right is None or left is None:
        return None
    value = next((c for c in right.children() if c.is_named()), None)
    target = next((c for c in left.children() if c.is_named()), None)
    if value is None or target is None:
        return None
    if value.kind() == "call_expression" and field_text(value, "function") == "append":
        args = [c for c in (value.field("arguments") or value).children() if c.is_named()]
        if len(args) != 2 or not _GO_SLICE_NAME.match(args[1].text()):
            return None
        name, kept = args[1].text(), args[0].text()
    elif target.kind() == "index_expression" and _GO_SLICE_NAME.match(value.text()):
        name, kept = value.text(), field_text(target, "operand")
    else:
        return None
    # where it is kept outlives the call (a field, a package variable): a later call's refill
    # of a field reaches it; a local or parameter is gone by then
    base = re.split(r"[.\[]", kept.lstrip("*&"), maxsplit=1)[0].strip()
    outlives = root if "." in kept or not _go_declared_types(function, base) else None
    if not _go_is_slice(root, function, name):
        return None
    own = _go_name(function)
    calls = [c for c in function.find_all(kind="call_expression") if own and (
        field_text(c, "function") == own or field_text(c, "function").endswith(f".{own}"))]
    assigns = _go_assigns(function, name)
    if calls and not any(_go_fresh(v, name) for _, v in assigns):
        # recursion: every call below writes the array this call stored from
        grown = any(re.match(rf"^append\(\s*{re.escape(name)}\s*,", v.text()) for _, v in assigns)
        passed = re.compile(rf"\bappend\(\s*{re.escape(name)}\s*,|" +
                            (rf"[(,]\s*{re.escape(name)}\s*[,)]" if grown else "$^"))
        for call in calls:
            if re.search(rf"(?<![\w.]){re.escape(name)}\b", field_text(function, "parameters")) \
                    and passed.search(field_text(call, "arguments")):
                return " ".join(call.text().split())
        rewrites = _go_rewrites(outlives, function, name)
        if rewrites:
            return " ".join(rewrites[0].text().split())
    rewrite = _go_reused_after(outlives, function, node, name)
    return " ".join(rewrite.text().split()) if rewrite is not None else None


_SET_ABSOLUTE: Final = re.compile(r"(?i)\b(\w+)\s*=\s*\?")
_SQL_GUARDS: Final = re.compile(r"(?i)\bfor\s+update\b|setAutoCommit\s*\(\s*false|"
                                r"TRANSACTION_(SERIALIZABLE|REPEATABLE_READ)|\bsynchronized\b|"
                                r"\.\s*(lock|tryLock|lockInterruptibly)\s*\(|"
                                r"\bbegin\s+transaction\b|@Transactional")


def _java_method_texts(node: SgNode) -> tuple[SgNode | None, dict[str, str]]:
    """The method around the node, and the text of every method of its class by name."""
    method = next((a for a in node.ancestors() if a.kind() == "method_declaration"), None)
    body = next((a for a in node.ancestors() if a.kind() in _JAVA_CLASS_BODIES), None)
    methods = {field_text(m, "name"): m.text() for m in body.children()
               if m.kind() == "method_declaration"} if body is not None else {}
    return method, methods


def java_sql_read_then_write(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-362 through a database: `UPDATE t SET col = ?` writes a value the method computed
    from `col` read by a SELECT earlier (in the method, or in a method of the class it calls),
    as separate statements with no transaction, row lock (`SELECT ... FOR UPDATE`) or Java
    lock, and no compare-and-set in the WHERE clause: two calls read the same value and one
    write is lost. An update relative to the stored value (`SET col = col - ?`) is atomic."""
    del root
    text = node.text().strip('"')
    head = re.match(r"(?is)\s*update\s+(\w+)\s+set\s+(.*?)(\bwhere\b(.*))?$", text)
    method, methods = _java_method_texts(node)
    if head is None or method is None:
        return None
    table, assignments, condition = head.group(1), head.group(2), head.group(4) or ""
    columns = [c for c in _SET_ABSOLUTE.findall(assignments)
               if not re.search(rf"(?i)\b{c}\s*=\s*{c}\b", assignments)]
    own = method.text()
    if not columns or _SQL_GUARDS.search(own) or any(
            re.search(rf"(?i)\b{c}\b", condition) for c in columns) or \
            re.search(r"(?i)\bversion\b", condition):
        return None
    called = {name for name in methods if re.search(rf"\b{re.escape(name)}\s*\(", own)}
    texts = [own] + [methods[name] for name in called if name != field_text(method, "name")]
    if any(_SQL_GUARDS.search(t) for t in texts[1:]):
        return None
    select = re.compile(rf"(?is)\bselect\b[^\"]*\b({'|'.join(map(re.escape, columns))})\b"
                        rf"[^\"]*\bfrom\s+{re.escape(table)}\b")
    for t in texts:
        found = select.search(t)
        if found:
            return f"{found.group(1)}"
    return None

