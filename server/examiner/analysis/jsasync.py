"""Checks for JavaScript's and TypeScript's async hazards that a tree pattern cannot verify:
a read-modify-write split by an `await` (CWE-362/367), a promise returned unawaited from a
`try` (typescript-eslint's return-await, "in-try-catch"), and a `fetch` response used without
a test of its status (MDN, fetch(): the promise does not reject on an HTTP error status).

Each check takes (root, matched node, subject) like ``filters.FILTERS`` and returns the
verified subject, or None to drop the finding."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import JS_FUNCTIONS, field_text, js_branch_leaves, js_outlives_call

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["awaited_check_then_create", "fetch_status_unchecked", "field_checked_then_changed",
           "found_used_after_await", "in_async", "lost_update", "returned_promise_in_try"]



def _owner(node: SgNode) -> SgNode | None:
    """The nearest function around the node."""
    return next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)


def _same(a: SgNode | None, b: SgNode | None) -> bool:
    return a is not None and b is not None and a.range().start.index == b.range().start.index


def _is_async(function: SgNode) -> bool:
    return any(c.text() == "async" for c in function.children() if not c.is_named())


def in_async(node: SgNode) -> bool:
    """The innermost function around the node is declared async."""
    owner = _owner(node)
    return owner is not None and _is_async(owner)


def _start(node: SgNode) -> int:
    return node.range().start.index


def _end(node: SgNode) -> int:
    return node.range().end.index


def _uses(text: str, names: list[str]) -> bool:
    return any(re.search(rf"(?<![\w$.]){re.escape(n)}\b", text) for n in names)


# --- lost update across an await ----------------------------------------------------------

_GUARDS: Final = re.compile(
    r"(?i)(\block|mutex|semaphore|exclusive|serializ|transaction|\bbegin\b|for\s+update|"
    r"\$inc\b|\bincr|increment|if-?match|\bmulti\s*\(|\bwatch\s*\(|compare_?and_?(set|swap)|\bcas\s*\()")
"""What makes a read-modify-write safe: a lock or mutex, a transaction (or `SELECT ... FOR
UPDATE`), an atomic increment, Redis's WATCH/MULTI."""
_VERSION_COMPARED: Final = re.compile(
    r"(?i)\b(version|__v|rev|etag)\s*(===?|!==?|<|>)|(===?|!==?)\s*[\w$.]*\b(version|__v|rev|etag)\b|"
    r"\bwhere\b[^;]*\b(version|rev)\b")
"""A version compared somewhere in the file (a store whose write checks it): optimistic
concurrency. A version only bumped, never compared, guards nothing."""
_SERIAL_CALLBACK: Final = re.compile(r"(?i)(\.then|queue|schedule|limit|serial|lock|mutex|"
                                     r"exclusive|transaction)\w*$")
"""Calls whose callback runs one at a time (or inside a transaction): a promise chain used as a
queue, a limiter, a lock."""
_ARITHMETIC: Final = frozenset({"+", "-", "*", "/", "%"})
_SQL_SELECT: Final = re.compile(r"(?is)^[\s(`'\"]*select\b")
_SQL_WRITE: Final = re.compile(r"(?is)^[\s(`'\"]*(update|insert)\b")
_SQL_CALLS: Final = frozenset({"query", "execute", "run", "all", "get"})
_STORE_READS: Final = frozenset({"get", "getItem", "hget", "hGet", "hgetall", "hGetAll", "findOne",
                                 "findById", "findUnique", "findFirst", "findByPk", "load", "read"})
_STORE_WRITES: Final = frozenset({"set", "put", "update", "updateOne", "save", "replaceOne",
                                  "setItem", "hset", "hSet", "upsert"})
"""A store's own reads and writes, paired with each other whatever their names say."""
_BARE_READ: Final = re.compile(r"^(get|load|find|fetch|read)(\w*)$")
_BARE_WRITE: Final = re.compile(r"^(set|save|update|put|write|store)(\w*)$")


def _derived(expression: SgNode, names: list[str]) -> bool:
    """The expression computes from a name: arithmetic with it (`x.n + q`, `bal - amt`)."""
    for binary in expression.find_all(kind="binary_expression"):
        if field_text(binary, "operator") in _ARITHMETIC and _uses(binary.text(), names):
            return True
    return False


def _mutated(owner: SgNode, names: list[str], after: int, before: int) -> bool:
    """A field of the read record is changed by arithmetic between the read and the write
    (`x.stock -= q`, `x.uses++`, `x.n = x.n + 1`)."""
    for node in owner.find_all({"rule": {"any": [
            {"kind": "augmented_assignment_expression"}, {"kind": "update_expression"},
            {"kind": "assignment_expression"}]}}):
        if not after <= _start(node) < before:
            continue
        target = field_text(node, "left") or field_text(node, "argument") or \
            node.text().strip("+-; ")
        if not (_uses(target, names) and "." in target):
            continue
        if node.kind() != "assignment_expression" or _derived(node.field("right") or node, names):
            return True
    return False


def _derived_locals(owner: SgNode, names: list[str], after: int, before: int) -> list[str]:
    """Locals the function computes from the read between the read and the write
    (`const balance = acct.balance - amount`, `const next = { ...acct, n: acct.n + 1 }`),
    followed through one another: writing one back writes the stale reading."""
    found: list[str] = []
    for declarator in owner.find_all(kind="variable_declarator"):
        value = declarator.field("value")
        if value is None or not after <= _start(declarator) < before or \
                not _same(_owner(declarator), owner):
            continue
        if _derived(value, names + found) or (found and _uses(value.text(), found)):
            found.extend(re.findall(r"[A-Za-z_$][\w$]*", field_text(declarator, "name")))
    return found


def _awaits_between(owner: SgNode, after: int, before: int) -> bool:
    """An `await` of the function itself (not of a function inside it) lies between."""
    return any(after <= _start(a) and _end(a) <= before and _same(_owner(a), owner)
               for a in owner.find_all(kind="await_expression"))


def _first_argument(call: SgNode) -> str:
    args = call.field("arguments")
    first = next((c for c in args.children() if c.is_named()), None) if args is not None else None
    return first.text() if first is not None else ""


def _checked_then_written(node: SgNode, owner: SgNode, names: list[str]) -> bool:
    """The write sits in an `if` of the same function that tests the read value."""
    for ancestor in node.ancestors():
        if _same(ancestor, owner):
            return False
        if ancestor.kind() == "if_statement" and _uses(field_text(ancestor, "condition"), names):
            return True
    return False


def _same_store(write: SgNode, read: SgNode) -> bool:
    """Read and write reach the same store: the same receiver (`store.get`/`store.set`), SQL
    that selects then updates, or bare helpers named for the same thing (`getCoupon` and
    `saveCoupon`)."""
    wf, rf = write.field("function"), read.field("function")
    if wf is None or rf is None:
        return False
    if rf.kind() == "member_expression" and field_text(rf, "object") == "this" and \
            wf.kind() == "member_expression" and field_text(wf, "object").startswith("this."):
        return _method_reads(read, field_text(rf, "property"), field_text(wf, "object"))
    if rf.kind() == "identifier" and wf.kind() == "member_expression" and \
            field_text(wf, "property") in _STORE_WRITES:
        # a helper of the file that reads the same store (`loadWallet` doing `wallets.findOne`)
        return _function_reads(read, rf.text(), field_text(wf, "object"))
    if rf.kind() == "identifier" and wf.kind() == "member_expression" and \
            field_text(wf, "property") in _SQL_CALLS:
        # ... or selects from the database that the write then updates (`getMember` doing
        # `pool.query('SELECT ...')`, then `pool.query('UPDATE ... SET points = $1')`)
        return bool(re.match(r"(?is)^[\s(`'\"]*update\b", _first_argument(write)) and
                    not re.search(r"(?i)\bwhere\b[^;]*\band\b", _first_argument(write)) and
                    _function_reads(read, rf.text(), field_text(wf, "object"), sql=True))
    if wf.kind() == "identifier" and rf.kind() == "identifier":
        w, r = _BARE_WRITE.match(wf.text()), _BARE_READ.match(rf.text())
        return bool(w and r and w.group(2).lower() == r.group(2).lower())
    if wf.kind() != "member_expression" or rf.kind() != "member_expression" or \
            field_text(wf, "object") != field_text(rf, "object"):
        return False
    method = field_text(wf, "property")
    if method in _SQL_CALLS:
        return bool(_SQL_SELECT.match(_first_argument(read)) and
                    _SQL_WRITE.match(_first_argument(write)) and
                    not re.search(r"(?i)\bwhere\b[^;]*\band\b", _first_argument(write)))
    read_method = field_text(rf, "property")
    w, r = _BARE_WRITE.match(method), _BARE_READ.match(read_method)
    if w and r and (w.group(2)[:1].isupper() or r.group(2)[:1].isupper()) and not (
            method in _STORE_WRITES and read_method in _STORE_READS):
        return w.group(2).lower() == r.group(2).lower()  # `repo.findCoupon`, `repo.saveCoupon`
    return method != read_method


def _function_reads(call: SgNode, name: str, store: str, *, sql: bool = False) -> bool:
    """The file declares a function `name` (a declaration or a `const` arrow) that reads from
    `store` (`await wallets.findOne(...)`, or with `sql` a SELECT through `pool.query(...)`):
    calling it reads the store."""
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", store):
        return False
    reads = r"(query|execute|all|get)\s*\(\s*[`'\"]\s*select\b" if sql else \
        "(" + "|".join(sorted(_STORE_READS | {"find"})) + r")\s*\("
    root = call.get_root().root()
    for definition in root.find_all(any=[{"kind": "function_declaration"},
                                         {"kind": "variable_declarator"}]):
        value = definition.field("value")
        if field_text(definition, "name") != name or (
                definition.kind() == "variable_declarator" and
                (value is None or value.kind() not in ("arrow_function", "function_expression"))):
            continue
        return re.search(rf"(?i)(?<![\w$.]){re.escape(store)}\s*\.\s*{reads}",
                         definition.text()) is not None
    return False


def _method_reads(call: SgNode, method: str, store: str) -> bool:
    """The class around `call` has a method `method` that reads from `store` (`load` doing
    `await this.store.get(...)`): reading through it reads the store."""
    body = next((a for a in call.ancestors() if a.kind() == "class_body"), None)
    if body is None:
        return False
    reads = "|".join(sorted(_STORE_READS))
    for definition in body.children():
        if definition.kind() == "method_definition" and field_text(definition, "name") == method:
            return re.search(rf"{re.escape(store)}\s*\.\s*({reads})\s*\(", definition.text()) \
                is not None
    return False


def lost_update(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-362/367: an async function reads a value (`x = await store.get(k)`, or a copy of a
    field, `bal = this.balance`), yields, and writes back a value computed from what it read
    (`store.set(k, x.n + q)`, `this.balance = bal - amt`, a changed record saved, or a write
    inside an `if` that tested it). Two calls interleaving at the await both read the old
    value, and one update is lost. Escapes: a lock, a transaction, a version or compare-and-set,
    an atomic increment anywhere in the function, or a callback run one at a time."""
    read, name = node.get_match("READ"), node.get_match("X")
    owner = _owner(node)
    if read is None or name is None or owner is None or not _is_async(owner) or \
            not _same(_owner(read), owner) or _end(read) > _start(node):
        return None
    if _GUARDS.search(owner.text()) or _VERSION_COMPARED.search(root.text()):
        return None
    for ancestor in owner.ancestors():
        if ancestor.kind() == "call_expression" and (
                _SERIAL_CALLBACK.search(field_text(ancestor, "function")) or
                _GUARDS.search(field_text(ancestor, "function"))):
            return None
    names = re.findall(r"[A-Za-z_$][\w$]*", name.text())
    awaited = read.kind() == "await_expression"
    if not (awaited or _awaits_between(owner, _end(read), _start(node))):
        return None
    if node.kind() == "call_expression":
        call = read if read.kind() == "call_expression" else next(
            (c for c in read.find_all(kind="call_expression")), None)
        if call is None or not _same_store(node, call):
            return None
        args = node.field("arguments")
        if args is None or any(
                not re.fullmatch(r"(?i)_?id|\w*_id|\w*[a-z]Id|key", sent.group(1))
                for sent in re.finditer(r"(\w+)\s*:\s*(" + "|".join(map(re.escape, names)) +
                                        r")\s*\.\s*\1\s*(?=[,}\]])", args.text())):
            return None  # the old value sent along to be compared: a compare-and-set (the
            # record's own id or key only says which record)
        computed = _derived_locals(owner, names, _end(read), _start(node))
        derived = _derived(args, names) or (computed and _uses(args.text(), computed)) or (
            _uses(args.text(), names) and (_mutated(owner, names, _end(read), _start(node)) or
                                           _checked_then_written(node, owner, names)))
        return subject if derived else None
    right = node.field("right")  # `this.f = <from the copy>`
    computed = _derived_locals(owner, names, _end(read), _start(node))
    return subject if right is not None and (
        _derived(right, names) or (computed and _uses(right.text(), computed))) else None


# --- a field tested against a limit, then changed after an await ----------------------------

_AWAIT: Final = re.compile(r"(?<![\w$.])await\b")
_RELATIONAL: Final = frozenset({"<", "<=", ">", ">="})
_COMPARISONS: Final = _RELATIONAL | {"===", "!==", "==", "!="}
_FIELD: Final = re.compile(r"^[A-Za-z_$][\w$]*(\.#?[\w$]+)+$")
_ACQUIRES: Final = re.compile(r"\b(acquire|runExclusive)\b")
"""A semaphore taken around the work (async-mutex, async-sema), besides ``_GUARDS``' locks."""


def _steps_of(field: str, owner: SgNode, region: list[SgNode]) -> list[tuple[int, str]]:
    """In source order, what the function itself (not a function inside it) does in the
    region: 'await', 'change' (the field moved by arithmetic: `+=`, `-=`, `++`, `--`,
    `f = f - n`) and 'test' (the field compared)."""
    steps: list[tuple[int, str]] = []
    # a collection's size or length moves with what is put into it (`this.members.set(k, v)`
    # for a test of `this.members.size`)
    sized = re.fullmatch(r"(.+)\.(size|length)", field)
    for part in region:
        for found in part.find_all({"rule": {"any": [
                {"kind": "await_expression"}, {"kind": "update_expression"},
                {"kind": "augmented_assignment_expression"}, {"kind": "assignment_expression"},
                {"kind": "binary_expression"}, {"kind": "call_expression"}]}}):
            if not _same(_owner(found), owner):
                continue
            kind = found.kind()
            if kind == "await_expression":
                steps.append((_start(found), "await"))
            elif kind == "call_expression":
                if sized and re.fullmatch(rf"{re.escape(sized.group(1))}\s*\.\s*"
                                          r"(add|set|push|unshift)", field_text(found, "function")):
                    steps.append((_start(found), "change"))
            elif kind == "update_expression":
                if field_text(found, "argument") == field:
                    steps.append((_start(found), "change"))
            elif kind == "augmented_assignment_expression":
                if field_text(found, "left") == field and \
                        field_text(found, "operator") in ("+=", "-="):
                    steps.append((_start(found), "change"))
            elif kind == "assignment_expression":
                right = found.field("right")
                if field_text(found, "left") == field and right is not None and \
                        _derived(right, [field]):
                    steps.append((_start(found), "change"))
            elif field_text(found, "operator") in _COMPARISONS and field in (
                    field_text(found, "left"), field_text(found, "right")):
                steps.append((_start(found), "test"))
    return sorted(steps)


def field_checked_then_changed(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-367: an async function tests a numeric field of an object that outlives the call
    (`this.available`, a module's object) against a limit in the condition of an `if` or a
    `while` (the subject, or another field compared there), reaches an `await` and only then
    moves that field by arithmetic: in the statements after an `if` whose branch leaves
    (return, throw), in the branch of an `if`, or in a `while` loop's body. Another call runs
    at the await and passes the same test. Escapes: the field changed before the await (a
    reservation), compared again between the await and the change, a lock, mutex, semaphore
    or transaction in the function or a callback run one at a time around it, a function
    that is not async. Returns the field changed."""
    owner = _owner(node)
    if owner is None or not _is_async(owner):
        return None
    if _GUARDS.search(owner.text()) or _ACQUIRES.search(owner.text()) or any(
            a.kind() == "call_expression" and (
                _GUARDS.search(field_text(a, "function")) or
                _SERIAL_CALLBACK.search(field_text(a, "function")))
            for a in owner.ancestors()):
        return None
    paths = [[node.field("body")]] if node.kind() == "while_statement" else \
        [[node.field("consequence")]]
    if node.kind() == "if_statement" and js_branch_leaves(node):
        block = node.parent()  # the statements after it run when the test sent nothing away
        paths.append([s for s in (block.children() if block is not None else [])
                      if s.is_named() and _start(s) > _end(node)])
    condition = node.field("condition")
    tested = [subject] + [side.text() for binary in (
        condition.find_all(kind="binary_expression") if condition is not None else [])
        if field_text(binary, "operator") in _RELATIONAL
        for side in (binary.field("left"), binary.field("right"))
        if side is not None and _FIELD.match(side.text())]
    for field in dict.fromkeys(tested):
        if js_outlives_call(root, node, field.split(".", 1)[0]) and any(
                _changed_after_await(field, owner, [r for r in path if r is not None])
                for path in paths):
            return field
    return None


def _changed_after_await(field: str, owner: SgNode, region: list[SgNode]) -> bool:
    """Along the region the field's first change comes after an await, with no comparison of
    the field between the two."""
    awaited = False
    for _, step in _steps_of(field, owner, region):
        if step == "change":
            return awaited
        if step == "await":
            awaited = True
        elif awaited:
            return False  # compared again after the await
    return False


# --- a promise returned unawaited from a try -------------------------------------------------

_PROMISE_CALLS: Final = re.compile(r"^(fetch|(window|globalThis)\.fetch|Promise\.(all|any|race)|"
                                   r"fs\.promises\.\w+|fsp\.\w+|fsPromises\.\w+)$")


def _async_names(root: SgNode) -> set[str]:
    """Functions and methods this file declares async (by name)."""
    names: set[str] = set()
    for function in root.find_all({"rule": {"any": [
            {"kind": "function_declaration"}, {"kind": "method_definition"},
            {"kind": "arrow_function"}, {"kind": "function_expression"}]}}):
        if not _is_async(function):
            continue
        name = field_text(function, "name")
        parent = function.parent()
        if not name and parent is not None and parent.kind() == "variable_declarator":
            name = field_text(parent, "name")
        if name:
            names.add(name)
    return names


def _synchronous_names(root: SgNode) -> set[str]:
    """Functions and methods this file declares without async (a name may be both)."""
    names: set[str] = set()
    for function in root.find_all({"rule": {"any": [
            {"kind": "function_declaration"}, {"kind": "method_definition"}]}}):
        if not _is_async(function) and not re.search(r"\breturn\s+new\s+Promise\b",
                                                      function.text()):
            names.add(field_text(function, "name"))
    return names


def _returns_promise(root: SgNode, call: SgNode) -> bool:
    """The call is known to make a promise: `fetch`, `Promise.all`, fs.promises, a function or
    `this` method the file declares async (and nothing of that name sync), or a call the file
    awaits elsewhere (`await db.query(` ... `return db.query(`)."""
    callee = field_text(call, "function")
    if _PROMISE_CALLS.match(callee):
        return True
    name = callee.rsplit(".", 1)[-1]
    if (callee == name or callee == f"this.{name}") and name in _async_names(root) and \
            name not in _synchronous_names(root):
        return True
    return re.search(rf"\bawait\s+{re.escape(callee)}\s*\(", root.text()) is not None


def _inert_catch(try_statement: SgNode) -> bool:
    """A catch that only rethrows what it caught, and no finally: it changes nothing."""
    handler, final = try_statement.field("handler"), try_statement.field("finalizer")
    if handler is None or final is not None:
        return False
    param = field_text(handler, "parameter")
    return bool(param) and re.fullmatch(rf"\{{\s*throw\s+{re.escape(param)}\s*;?\s*\}}",
                                        field_text(handler, "body")) is not None


def _awaits_in(block: SgNode | None, owner: SgNode) -> bool:
    """The block awaits something of its own: then its catch has other work to guard, and
    the returned promise may be left to the caller on purpose."""
    return block is not None and any(_same(_owner(a), owner)
                                     for a in block.find_all(kind="await_expression"))


def returned_promise_in_try(root: SgNode, node: SgNode, subject: str) -> str | None:
    """typescript-eslint return-await ("in-try-catch"): in an async function, `return p()`
    inside a `try` (or inside a `catch` that has a `finally`) leaves the try before the promise
    settles, so the catch never sees its rejection and the finally runs first. Only for a call
    known to make a promise (``_returns_promise``); a `new Promise` counts too. A try that
    awaits other work first is left alone: its catch may be there for that work only."""
    owner = _owner(node)
    if owner is None or not _is_async(owner):
        return None
    value = next((c for c in node.children() if c.is_named()), None)
    if value is None or value.kind() not in ("call_expression", "new_expression"):
        return None
    if value.kind() == "new_expression":
        if field_text(value, "constructor") != "Promise":
            return None
    elif not _returns_promise(root, value):
        return None
    child = node
    for ancestor in node.ancestors():
        if _same(ancestor, owner):
            return None
        if ancestor.kind() == "try_statement":
            in_body = _same(ancestor.field("body"), child)
            in_catch = _same(ancestor.field("handler"), child) and \
                ancestor.field("finalizer") is not None
            if in_catch or (in_body and not _inert_catch(ancestor) and
                            not _awaits_in(ancestor.field("body"), owner)):
                return subject
        child = ancestor
    return None


# --- a fetch response used without testing its status ---------------------------------------

_WHATWG_FETCH: Final = re.compile(r"^['\"](node-fetch|undici|cross-fetch|isomorphic-fetch|"
                                  r"isomorphic-unfetch|make-fetch-happen)['\"]$")
"""Modules whose `fetch` keeps the standard's contract: no rejection on an HTTP error."""
_BODY_READS: Final = frozenset({"json", "text", "arrayBuffer", "blob", "formData", "body",
                                "headers", "url", "bytes"})
"""What a response is used for without saying whether the request succeeded."""


def _standard_fetch(root: SgNode, node: SgNode) -> bool:
    """`fetch` here is the platform's (or a module's with its contract), not another function
    of that name (npm-registry-fetch rejects on an error status)."""
    for function in node.ancestors():
        if function.kind() in JS_FUNCTIONS and re.search(
                r"(?<![\w$.])fetch\b", field_text(function, "parameters") or
                field_text(function, "parameter")):
            return False
    for bound in root.find_all({"rule": {"any": [
            {"kind": "variable_declarator", "has": {"field": "name", "regex": r"\bfetch\b"}},
            {"kind": "import_statement", "regex": r"\bfetch\b"},
            {"kind": "function_declaration", "has": {"field": "name", "regex": "^fetch$"}}]}}):
        source = bound.field("source") if bound.kind() == "import_statement" else None
        if source is None and bound.kind() == "variable_declarator":
            module = re.search(r"require\(\s*(['\"][^'\"]+['\"])\s*\)", field_text(bound, "value"))
            if module is not None and _WHATWG_FETCH.match(module.group(1)):
                continue
        if source is not None and _WHATWG_FETCH.match(source.text()):
            continue
        return False
    return True


def fetch_status_unchecked(root: SgNode, node: SgNode, subject: str) -> str | None:
    """MDN, fetch(): the promise resolves on any HTTP response, 404 and 500 included; only
    `response.ok` or `response.status` tells. The response (a variable, or a `.then` callback's
    parameter) is only read for its body or headers, never tested, and goes nowhere else (not
    returned, passed on or stored, where a helper could check it)."""
    if subject.startswith(("fetch(", "window.fetch(", "globalThis.fetch(")) and \
            not _standard_fetch(root, node):
        return None
    if node.kind() == "variable_declarator":
        scope, name = _owner(node), field_text(node, "name")
    elif node.kind() in ("arrow_function", "function_expression"):
        scope = node
        params = re.findall(r"[A-Za-z_$][\w$]*", field_text(node, "parameter") or
                            field_text(node, "parameters"))
        name = params[0] if params else ""
    else:  # `(await fetch(u)).json()`, `await fetch(u, {method: 'POST'})`: never even named
        return subject
    if scope is None or not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return None
    uses = scope.find_all({"rule": {"any": [{"kind": "identifier"},
                                            {"kind": "shorthand_property_identifier"}],
                                    "regex": f"^{re.escape(name)}$"}})
    for use in uses:
        parent = use.parent()
        if parent is None or (parent.kind() == "variable_declarator" and
                              _same(parent.field("name"), use)):
            continue
        if parent.kind() in ("formal_parameters", "required_parameter", "optional_parameter") or (
                parent.kind() == "arrow_function" and _same(parent.field("parameter"), use)):
            continue
        if parent.kind() != "member_expression" or not _same(parent.field("object"), use):
            return None  # returned, passed on, stored, destructured: maybe checked elsewhere
        if field_text(parent, "property") not in _BODY_READS:
            return None  # `.ok`, `.status`, or anything else this check does not know
    return subject


# --- a store asked whether a record exists, then the record made after another await --------

_EXISTS_CALLS: Final = re.compile(r"^(exists|sismember|sIsMember|smismember|hexists|hExists|"
                                  r"findOne|findUnique|findFirst|findBy\w*|count|countDocuments|"
                                  r"has|get|hget|hGet)$")
"""Calls that tell whether a record is there (mongoose `exists`, Redis SISMEMBER/HEXISTS,
an ORM's single-row lookup)."""
_CREATE_CALLS: Final = re.compile(r"^(create|insert|insertOne|sadd|sAdd|hset|hSet|hsetnx|set|"
                                  r"add|put|save|upsert)$")
_DUPLICATE_HANDLED: Final = re.compile(
    r"(?i)11000|dup_?entry|23505|P2002|unique|duplicate|already exists|\bNX\b|setnx|"
    r"\$setOnInsert|on\s+conflict|insert\s+ignore|upsert\s*:\s*true")
"""A duplicate refused by the store and caught (a unique index's error code: MongoDB 11000,
MySQL ER_DUP_ENTRY, PostgreSQL 23505, Prisma P2002), or a write that creates only if absent."""


def awaited_check_then_create(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-367 across an await: `const found = await R.exists(q)` (or `sismember`, `findOne`),
    `if (found) return/throw`, then other awaits, then `await R.create(...)` (or `sadd`,
    `insert`) of the same thing: two requests pass the check before either writes, so a
    single-use code is used twice or two accounts get one e-mail. Escapes: no await between
    the check and the write, the write's result tested (`if (!(await R.sadd(k, v)))`), a
    duplicate error caught or a create-if-absent write, a lock or transaction."""
    del root
    owner = _owner(node)
    if owner is None or not _is_async(owner) or _GUARDS.search(owner.text()) or \
            _DUPLICATE_HANDLED.search(owner.text()):
        return None
    condition = field_text(node, "condition")
    tested = re.fullmatch(r"\(\s*(!\s*)?([A-Za-z_$][\w$]*)\s*(>\s*0\s*)?\)", condition)
    if tested is None:
        return None
    local = tested.group(2)
    check = None
    for declarator in owner.find_all(kind="variable_declarator"):
        value = declarator.field("value")
        if field_text(declarator, "name") == local and value is not None and \
                value.kind() == "await_expression" and _start(declarator) < _start(node):
            check = next((c for c in value.children() if c.kind() == "call_expression"), None)
    function = check.field("function") if check is not None else None
    if check is None or function is None or function.kind() != "member_expression" or \
            not _EXISTS_CALLS.match(field_text(function, "property")):
        return None
    receiver = field_text(function, "object")
    names = set(re.findall(r"[A-Za-z_$][\w$]*", field_text(check, "arguments")))
    if tested.group(1):  # `if (!found) { ... await ...; await R.create(...) }`
        region, start = [node.field("consequence")], _start(node)
    else:
        if not js_branch_leaves(node):
            return None
        block = node.parent()
        region = [s for s in (block.children() if block is not None else [])
                  if s.is_named() and _start(s) > _end(node)]
        start = _end(node)
    awaits = [_start(a) for a in owner.find_all(kind="await_expression")
              if _same(_owner(a), owner) and _start(a) > start]
    for part in region:
        if part is None:
            continue
        for call in part.find_all(kind="call_expression"):
            callee = call.field("function")
            if callee is None or callee.kind() != "member_expression" or \
                    field_text(callee, "object") != receiver or \
                    not _CREATE_CALLS.match(field_text(callee, "property")) or \
                    not _same(_owner(call), owner) or \
                    not names & set(re.findall(r"[A-Za-z_$][\w$]*", field_text(call, "arguments"))):
                continue
            parent = call.parent()
            written = parent if parent is not None and parent.kind() == "await_expression" \
                else call
            holder = written.parent()
            if holder is None or holder.kind() not in ("expression_statement",
                                                       "variable_declarator",
                                                       "return_statement"):
                continue  # the write's answer tested: an add that says whether it was new
            if holder.kind() == "variable_declarator":
                kept = re.escape(field_text(holder, "name"))
                if re.search(rf"\bif\s*\(\s*!?\s*\(?\s*{kept}\s*(\)|[!=<>]=?)",
                             owner.text()[_end(holder) - _start(owner):]):
                    continue
            if any(a < _start(written) for a in awaits):
                return subject
    return None


# --- an index or an item found in a shared array, used after an await ------------------------


def _shared(root: SgNode, node: SgNode, owner: SgNode, store: str) -> bool:
    """The array outlives the call: `this.x`, a module's name or a field of one, or a field of
    a local the function took from such a store (`const cart = carts.get(id)`, or through a
    function of the file that returns an entry of one, `cartFor(id)`)."""
    base = store if store.startswith("this.") else store.split(".")[0]
    if js_outlives_call(root, node, base):
        return True
    if "." not in store:
        return False
    for declarator in owner.find_all(kind="variable_declarator"):
        value = declarator.field("value")
        if field_text(declarator, "name") != base or value is None or \
                _start(declarator) > _start(node):
            continue
        if value.kind() == "await_expression":
            value = next((c for c in value.children() if c.is_named()), value)
        callee = value.field("function") if value.kind() == "call_expression" else None
        if callee is not None and callee.kind() == "member_expression" and \
                field_text(callee, "property") == "get":
            return js_outlives_call(root, node, field_text(callee, "object").split(".")[0])
        if callee is not None and callee.kind() == "identifier":
            helper = next((f for f in root.find_all(kind="function_declaration")
                           if field_text(f, "name") == callee.text()), None)
            if helper is None:
                return False
            for got in helper.find_all(kind="call_expression"):
                fn = got.field("function")
                if fn is not None and fn.kind() == "member_expression" and \
                        field_text(fn, "property") == "get" and \
                        js_outlives_call(root, got, field_text(fn, "object")):
                    return True
        return False
    return False


def found_used_after_await(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-367: `const i = S.findIndex(...)` (or `indexOf`), an await, then `S[i] = ...` or
    `S.splice(i, ...)` on an array that outlives the call; or `const job = S.find((j) =>
    j.status === 'pending')`, an await, then `job.status = ...`: other calls ran at the
    await, so the index may point at another element, and the item found free may have been
    claimed by another call. Escapes: the search done again after the await, the field or the
    element tested again after it, a lock or a callback run one at a time."""
    owner = _owner(node)
    store = subject
    if owner is None or not _is_async(owner) or _GUARDS.search(owner.text()) or \
            _ACQUIRES.search(owner.text()) or not _shared(root, node, owner, store):
        return None
    value = node.field("value")
    local = field_text(node, "name")
    if value is None or not re.fullmatch(r"[A-Za-z_$][\w$]*", local):
        return None
    method = field_text(value.field("function") or value, "property")
    body = owner.text()[_end(node) - _start(owner):]
    gap = _AWAIT.search(body)
    if gap is None:
        return None
    after = body[gap.end():]
    s, v = re.escape(store), re.escape(local)
    if re.search(rf"(?<![\w$]){s}\s*\.\s*(findIndex|indexOf|find|findLast|findLastIndex)\(", after):
        return None  # looked up again
    if method in ("findIndex", "indexOf", "findLastIndex", "lastIndexOf"):
        use = re.search(rf"(?<![\w$]){s}\s*(\[\s*{v}\s*\](\s*\.\s*[\w$]+)*\s*=(?!=)|"
                        rf"\.\s*splice\(\s*{v}\b)", after)
        if use is None or re.search(rf"(?<![\w$]){s}\s*\[\s*{v}\s*\]\s*(\?\.|\.)\s*[\w$]+\s*[!=]==?",
                                    after[:use.start()]):
            return None
        return subject
    fields = set(re.findall(r"\.\s*([\w$]+)\s*[!=]==?", field_text(value, "arguments")))
    for claim in re.finditer(rf"(?<![\w$.]){v}\s*\.\s*([\w$]+)\s*=(?!=)", after):
        if claim.group(1) in fields and not re.search(
                rf"(?<![\w$.]){v}\s*\.\s*{re.escape(claim.group(1))}\s*[!=]==?",
                after[:claim.start()]):
            return subject
    return None
