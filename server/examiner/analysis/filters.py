"""Checks in code that rules name in ``filter``: what a tree pattern cannot see, such as
which definition a call reaches or whether a Go variable is a map. Each returns the verified
subject of the finding, or None to drop it."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .aliasing import ALIASING_FILTERS
from .cchecks import ROUND2_FILTERS
from .concchecks import CONC_FILTERS
from .conres30 import CONRES30_FILTERS
from .docchecks import DOC_FILTERS
from .flow2_py import FLOW2_PY_FILTERS
from .flow_gjcr import FLOW_GJCR_FILTERS
from .flow_gojc import FLOW_GOJC_FILTERS
from .flow_pyjs import FLOW_PYJS_FILTERS
from .forms_concurrency import FORMS_CONCURRENCY_FILTERS
from .forms_performance import js_scan_grows
from .forms_resources import FORMS_RESOURCES_FILTERS, callee_never_rejects
from .forms_security import FORMS_SECURITY_FILTERS
from .js4checks import JS4_FILTERS
from .jsasync import (
    awaited_check_then_create,
    fetch_status_unchecked,
    field_checked_then_changed,
    found_used_after_await,
    in_async,
    lost_update,
    returned_promise_in_try,
)
from .jsflow import JS_FLOW_FILTERS
from .jsguard import guard_then_write
from .jsunits import JS_UNIT_FILTERS
from .lockheld import (
    go_lock_taken_again,
    go_method_run_by_goroutines,
    go_read_lock_taken_again,
    slow_call_under_lock,
)
from .premise_checks import go_accumulated_string, go_call_returns_error
from .py6checks import PY6_FILTERS
from .py7checks import PY7_FILTERS
from .pycovchecks import COVPY_FILTERS
from .redos import regex_backtracks
from .secchecks import (
    go_archive_join,
    go_fetches_argument,
    mac_compared_plainly,
    redirect_slash_only,
)
from .sequences import (
    go_slice_stored_then_reused,
    java_atomic_get_then_set,
    java_concurrent_read_then_put,
    java_sql_read_then_write,
)
from .shapes_gojv import SHAPES_GOJV_FILTERS
from .splitlock import SPLIT_LOCK_FILTERS
from .sqlsafe import (
    go_query_per_item,
    go_sql_from_constants,
    java_sql_from_constants,
    js_sql_from_constants,
    rust_sql_from_constants,
)
from .trees import (
    GO_FUNCTIONS,
    JS_FUNCTIONS,
    field_text,
    function_name,
    js_branch_leaves,
    js_declares,
    source_of,
)
from .valuetypes import go_time_value, integer_quotient
from .var_sec import VAR_SEC_FILTERS

if TYPE_CHECKING:
    from ast_grep_py import Config, Relation, SgNode

__all__ = ["FILTERS"]

_RETURNS_PROMISE: Final[Relation] = {"field": "body", "has": {
    "kind": "return_statement", "regex": r"^return\s+new\s+Promise\b", "stopBy": "end"}}
_ASYNC_DEFINITIONS: Final[Config] = {"rule": {"any": [
    {"kind": "function_declaration", "regex": r"^(export\s+)?async\b"},
    {"kind": "method_definition", "regex": r"^(static\s+)?async\b"},
    {"kind": "variable_declarator", "has": {"field": "value", "regex": r"^async\b"}},
    # not declared async, but documented by its body: it returns a new Promise
    {"kind": "function_declaration", "has": _RETURNS_PROMISE},
    {"kind": "method_definition", "has": _RETURNS_PROMISE},
    {"kind": "variable_declarator", "has": {"field": "value", "any": [
        {"has": _RETURNS_PROMISE}, {"has": {"field": "body", "regex": r"^new\s+Promise\b"}}]}},
]}}
_REQUEST: Final = re.compile(
    r"^req(uest)?\.(params|query|body)\b"
    # round cat-sec: Node's own http server has no params: the path is `req.url`, parsed
    # (`url.parse(req.url)`, `new URL(req.url, base)`) or decoded first
    r"|^req(uest)?\.url\b"
    r"|^(url\.parse|new\s+URL|decodeURIComponent|decodeURI)\s*\(\s*req(uest)?\.url\b")
_DECODES: Final = re.compile(r"^(decodeURIComponent|decodeURI|unescape)\s*\(")
"""Calls that only decode: what they return is the request's text still (`..%2f` made `../`)."""


_PROMISE_APIS: Final = re.compile(r"^(fetch|fs\.promises\.\w+|fsp\.\w+|fsPromises\.\w+|"
                                  r"navigator\.clipboard\.\w+)$")
"""Calls the platform documents as returning a promise."""


_DEFINITIONS: Final[Config] = {"rule": {"any": [
    {"kind": "function_declaration"}, {"kind": "method_definition"},
    {"kind": "variable_declarator"}]}}


def _takes_callback(call: SgNode) -> bool:
    """A call handed a function written in place (`time.start('x', () => ...)`)."""
    arguments = call.field("arguments")
    return arguments is not None and any(
        c.kind() in ("arrow_function", "function_expression") for c in arguments.children())


def _async_callee(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The subject is a function this file declares async, a platform call documented to
    return a promise, or a method the file awaits elsewhere on the same object, so calling it
    makes a promise.

    A bare call can only be a function, `this.x()` only a method; when the file also defines
    the name without async, which one runs cannot be told from here, so nothing is claimed.
    """
    if _PROMISE_APIS.match(subject):
        return subject
    if "." in subject and in_async(node) and not _takes_callback(node) and \
            re.search(rf"\bawait\s+{re.escape(subject)}\s*\(", root.text()):
        # the file awaits the same call on the same object elsewhere (a call taking a callback
        # may return what the callback returns; a sync function cannot await at all)
        return subject
    name = subject.rsplit(".", 1)[-1]
    bare, on_this = "." not in subject, subject == f"this.{name}"
    if not (bare or on_this):
        return None  # `this.#timers.load()`: another object's method, whatever this file has
    kinds = ("function_declaration", "variable_declarator") if bare else ("method_definition",)
    defined = [n for n in root.find_all(_DEFINITIONS)
               if n.kind() in kinds and field_text(n, "name") == name]
    is_async = {(n.kind(), n.range().start.index) for n in root.find_all(_ASYNC_DEFINITIONS)}
    if defined and all((n.kind(), n.range().start.index) in is_async for n in defined):
        return subject
    return None


def _async_callee_may_reject(root: SgNode, node: SgNode, subject: str) -> str | None:
    """``async-callee``, unless the callee's whole body is one `try` whose `catch` throws
    nothing (forms-resources): no rejection can come out of it, so nothing is lost unawaited."""
    found = _async_callee(root, node, subject)
    return None if found is not None and callee_never_rejects(root, node, subject) else found


def _passed_through_call(identifier: SgNode, arguments: SgNode) -> bool:
    """The identifier is handed to a call inside the arguments (`${lookup(id)}`): what
    reaches the outer call is that call's result, not the identifier."""
    for ancestor in identifier.ancestors():
        if ancestor.range().start.index == arguments.range().start.index:
            return False
        if ancestor.kind() in ("call_expression", "new_expression") and \
                not _DECODES.match(ancestor.text()):
            return True
    return False


def _glues_request(value: SgNode, tainted: set[str]) -> bool:
    """A path glued together in a local first (`ROOT + '/' + req.query.f`, `${DIR}/${name}`)
    from a request value or a name already taken from one, not passed through a call such as
    `path.basename` on the way (rules-forms-a)."""
    if value.kind() == "call_expression" and re.match(r"(path\.)?(join|resolve)$",
                                                      field_text(value, "function")):
        # `path.join(ROOT, decodeURIComponent(req.url))`: the arguments are the glue
        value = value.field("arguments") or value
    elif value.kind() not in ("template_string", "binary_expression"):
        return False
    span = (value.range().start.index, value.range().end.index)

    def direct(node: SgNode) -> bool:
        for ancestor in node.ancestors():
            if (ancestor.range().start.index, ancestor.range().end.index) == span:
                return True
            if ancestor.kind() in ("call_expression", "new_expression") and \
                    not _DECODES.match(ancestor.text()):
                return False
        return False

    return any(direct(n) for n in value.find_all(kind="member_expression")
               if _REQUEST.match(n.text())) or \
        any(direct(n) for n in value.find_all(kind="identifier") if n.text() in tainted)


def _request_value(root: SgNode, node: SgNode, subject: str) -> str | None:
    """An argument is a variable the enclosing function took from the request (itself, or
    glued into a path), not one passed through another call first."""
    function = next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)
    if function is None:
        return None
    tainted: set[str] = set()
    for declarator in function.find_all(kind="variable_declarator"):
        value, name = declarator.field("value"), declarator.field("name")
        if value is not None and name is not None and (
                _REQUEST.match(value.text()) or _glues_request(value, tainted)):
            tainted.update(re.findall(r"[A-Za-z_$][\w$]*", name.text()))
    arguments = node.field("arguments")
    if arguments is None:
        return None
    callee = node.field("function")
    # a write or an append takes the path first; what follows is the data written
    first = next((c for c in arguments.children() if c.is_named()), None) \
        if callee is not None and re.search(r"(writeFile|appendFile)(Sync)?$", callee.text()) \
        else None
    found = [n.text() for n in (first or arguments).find_all(kind="identifier")
             if n.text() in tainted and not _passed_through_call(n, arguments)]
    if first is not None and first.kind() == "identifier" and first.text() in tainted:
        found.insert(0, first.text())
    return found[0] if found else None


def _module_names(root: SgNode) -> set[str]:
    """Variables declared at the top of a JavaScript or TypeScript module."""
    names: set[str] = set()
    for child in root.children():
        node = child
        if node.kind() == "export_statement":
            node = next((c for c in node.children() if c.kind() in (
                "lexical_declaration", "variable_declaration")), node)
        if node.kind() in ("lexical_declaration", "variable_declaration"):
            for declarator in node.children():
                name = declarator.field("name") if declarator.kind() == \
                    "variable_declarator" else None
                if name is not None and name.kind() in ("object_pattern", "array_pattern"):
                    names.update(n.text() for n in name.find_all({"rule": {"any": [
                        {"kind": "shorthand_property_identifier_pattern"},
                        {"kind": "identifier"}]}}))  # `const { bus } = require('./bus')`
                elif name is not None:
                    names.add(name.text())
    return names


def _returns_module_state(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The subject names a function of this file that returns a module-level variable, so
    every caller gets the same object."""
    shared = _module_names(root)
    for function in root.find_all(kind="function_declaration"):
        name = function.field("name")
        if name is None or name.text() != subject:
            continue
        for ret in function.find_all(kind="return_statement"):
            value = next((c for c in ret.children() if c.is_named()), None)
            if value is not None and value.kind() == "identifier" and value.text() in shared:
                return subject
    return None


_GO_MAP_VALUE: Final = re.compile(r"^(make\(\s*map\[|map\[)")


def _go_map(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go: a written element belongs to a map declared in this file (a variable, parameter or
    struct field); a slice written at distinct indexes is not the shared map a race needs."""
    if f"{subject}[" not in node.text():
        return subject  # a field or variable changed itself (`s.total++`), not an element
    name = subject.rsplit(".", 1)[-1]
    for spec in root.find_all(kind="short_var_declaration"):
        left, right = field_text(spec, "left"), field_text(spec, "right")
        if "." not in subject and name in [x.strip() for x in left.split(",")] and \
                _GO_MAP_VALUE.match(right):
            return subject
    for kind in ("var_spec", "parameter_declaration", "field_declaration"):
        for spec in root.find_all(kind=kind):
            if kind == "field_declaration" and "." not in subject:
                continue
            names = [c.text() for c in spec.children()
                     if c.kind() in ("identifier", "field_identifier")]
            kind_text = field_text(spec, "type") or field_text(spec, "value")
            if name in names and _GO_MAP_VALUE.match(kind_text):
                return subject
    return None


_GO_ALIAS: Final = re.compile(r"^[\w.]+(\[[^\]]*\])?$")
"""A right-hand side that names an existing value (`m := s.counts`): a map, slice or pointer
taken this way is the shared one under a new name."""


def _go_declares(function: SgNode, name: str) -> bool:
    """The Go function declares `name` itself (a parameter, `:=`, `var`, a range variable), as a
    value of its own rather than another name for an existing one."""
    params = function.field("parameters")
    if params is not None and any(
            name in [c.text() for c in p.children() if c.kind() == "identifier"]
            for p in params.children() if p.kind() == "parameter_declaration"):
        return True
    for spec in function.find_all({"rule": {"any": [
            {"kind": "short_var_declaration"}, {"kind": "var_spec"}, {"kind": "range_clause"}]}}):
        owner = next((a for a in spec.ancestors() if a.kind() in GO_FUNCTIONS), None)
        if owner is None or owner.range().start.index != function.range().start.index:
            continue
        if spec.kind() == "var_spec":
            names = [c.text() for c in spec.children() if c.kind() == "identifier"]
            value = field_text(spec, "value")
        else:
            names = [x.strip() for x in field_text(spec, "left").split(",")]
            value = field_text(spec, "right")
        if name in names and not (spec.kind() == "short_var_declaration" and
                                  _GO_ALIAS.match(value.strip())):
            return True
    return False


_GO_HANDLER_PARAMETERS: Final = re.compile(
    r"http\.ResponseWriter|\*gin\.Context\b|\becho\.Context\b|\*fiber\.Ctx\b")
"""The parameters of a request handler of net/http, gin, echo or fiber."""


def _go_handler_shared(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go: what a handler changes outlives the request. A variable the handler (or a function
    inside it) declares is made afresh for each request, so writing to it races with nothing;
    the handler's receiver and what it captures from the function that built it are shared.
    Then, as ``go-map``, a written element must belong to a map."""
    base = re.split(r"[.\[]", subject, maxsplit=1)[0].strip()
    for function in node.ancestors():
        if function.kind() not in GO_FUNCTIONS:
            continue
        if _go_declares(function, base):
            return None
        if _GO_HANDLER_PARAMETERS.search(field_text(function, "parameters")):
            break
    return _go_map(root, node, subject)


_EMPTY_TESTS: Final = ("pop", "shift", "at")
"""Calls that find nothing only when the collection is empty: a test of its length or size
before them is the guard."""


def _tests_receiver(condition: str, receiver: str, method: str) -> bool:
    """The condition tests what the asserted call needs: the receiver's length or size (for
    `pop`, `shift`, `at`), or that it has the key (`m.has(k)` before `m.get(k)!`)."""
    tail = r"\s*\.\s*has\s*\(" if method == "get" else \
        r"\s*\.\s*(length|size)\b" if method in _EMPTY_TESTS else ""
    return bool(tail) and re.search(rf"(?<![\w$.]){re.escape(receiver)}{tail}", condition) is not None


def _non_null_unguarded(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A `!` after `R.pop()` (or `shift`, `at`, `get`) asserts what a guard may already have
    made true: a test of `R.length`/`R.size` (of `R.has(...)` for `get`) in a condition around
    the call (an `if`, a `while`, the left of `&&` or of `?`), or in an earlier `if` that leaves
    the function or loop. Then the premise that the call may find nothing is false."""
    del root
    receiver, _, method = subject.rpartition(".")
    if not receiver or (method not in _EMPTY_TESTS and method != "get"):
        return subject
    child = node
    for ancestor in node.ancestors():
        kind = ancestor.kind()
        if kind in ("if_statement", "while_statement", "ternary_expression"):
            condition = ancestor.field("condition")
            if condition is not None and not condition.range().start.index <= \
                    child.range().start.index < condition.range().end.index and \
                    _tests_receiver(condition.text(), receiver, method):
                return None
        elif kind == "binary_expression" and field_text(ancestor, "operator") == "&&":
            left = ancestor.field("left")
            if left is not None and left.range().end.index <= child.range().start.index and \
                    _tests_receiver(left.text(), receiver, method):
                return None
        elif kind == "statement_block":
            for sibling in ancestor.children():
                if sibling.range().start.index >= child.range().start.index:
                    break
                if sibling.kind() == "if_statement" and js_branch_leaves(sibling) and _tests_receiver(
                        field_text(sibling, "condition"), receiver, method):
                    return None
                if method == "get" and re.search(
                        rf"(?<![\w$.]){re.escape(receiver)}\s*\.\s*set\s*\(", sibling.text()):
                    return None  # `if (!m.has(k)) m.set(k, []); m.get(k)!.push(v)`
        if kind in JS_FUNCTIONS:
            break
        child = ancestor
    return subject


_HANDLER_PARAMS: Final = frozenset({"req", "request", "socket", "sock", "ws", "conn",
                                    "connection", "ctx"})
"""Parameters that say a function serves one request or connection (Express, Koa, ws,
socket.io, net); `res` alone is as often a promise's resolve."""
_ROUTES: Final = re.compile(r"(?i)^\w*(app|router|server|api|routes?|fastify|srv)\."
                            r"(get|post|put|patch|delete|all|use|head|options|route)$|"
                            r"(^|\.)createServer$")
_PER_EVENT: Final = re.compile(r"^[\'\"`](connection|connect|request|upgrade|message|data|"
                               r"stream|session)[\'\"`]$")
"""Events that fire once per connection, request or message: their listener is a handler."""
_GLOBAL_EMITTERS: Final = frozenset({"process", "window", "document", "globalThis"})


def _imported_names(root: SgNode) -> set[str]:
    """Names an ES module imports (the local names: `b` of `{ a as b }`, `ns` of `* as ns`)."""
    names: set[str] = set()
    for clause in root.find_all(kind="import_clause"):
        for child in clause.children():
            if child.kind() == "identifier":
                names.add(child.text())
            elif child.kind() in ("named_imports", "namespace_import"):
                for spec in [child, *child.find_all(kind="import_specifier")]:
                    local = spec.field("alias") or spec.field("name")
                    if spec.kind() == "namespace_import":
                        local = next((c for c in spec.children() if c.kind() == "identifier"),
                                     None)
                    if local is not None:
                        names.add(local.text())
    return names


def _handles_request(function: SgNode) -> bool:
    """The function serves one request, connection or message: a parameter named for one
    (`req`, `res`, `socket`, `ws`, `ctx`), or it is the callback of a route (`app.get`,
    `router.post`, `createServer`) or of a per-connection event (`.on('connection', ...)`)."""
    holder = function.parent()
    if holder is not None and holder.kind() == "arguments" and \
            (holder.parent() or holder).kind() == "new_expression":
        return False  # a promise's executor (`new Promise((res, rej) => ...)`)
    params = function.field("parameters") or function.field("parameter")
    if params is not None and _HANDLER_PARAMS & set(_names_in(params.text())):
        return True
    call = holder.parent() if holder is not None and holder.kind() == "arguments" else None
    if call is None:
        return False
    callee = field_text(call, "function")
    if _ROUTES.search(callee):
        return True
    first = next((c for c in holder.children() if c.is_named()), None) if holder else None
    return re.search(r"\.(on|once|addListener|prependListener)$", callee) is not None and \
        first is not None and _PER_EVENT.match(first.text()) is not None


def _module_listener_kept(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A listener added inside a function to an emitter that outlives it, which nothing in
    the file takes off again: no `off`, `removeListener`, `removeEventListener` or
    `removeAllListeners` on it, and no AbortSignal (`{ signal }`) passed with the listener.

    The emitter outlives the call when the module declares it (then any function counts,
    unless it first sets the variable to a new emitter), or, in a function that serves a
    request, connection or message (``_handles_request``), when neither that function nor one
    inside it made it: an import, a global (`process`, `window`), or a value captured from the
    function that set the handler up. A listener on the request or socket itself goes with
    it, and so does one added through a helper handed the emitter first (the rule)."""
    arguments = node.field("arguments")
    if arguments is not None and re.search(r"\bsignal\b", arguments.text()):
        return None
    removal = re.compile(rf"(?<![\w$.]){re.escape(subject)}\s*\.\s*(off|removeListener|"
                         r"removeEventListener|removeAllListeners)\s*\(")
    if removal.search(root.text()):
        return None
    functions = [a for a in node.ancestors() if a.kind() in JS_FUNCTIONS]
    if functions and any(
            field_text(a, "left") == subject and a.range().end.index < node.range().start.index
            for a in functions[0].find_all(kind="assignment_expression")):
        return None  # the variable is set to a new emitter first: the listener goes with it
    handler = next((i for i, f in enumerate(functions) if _handles_request(f)), None)
    declared = next((i for i, f in enumerate(functions) if js_declares(f, subject)), None)
    if handler is not None:
        if declared is not None:
            return subject if declared > handler else None  # captured from outside the handler
        shared = _module_names(root) | _imported_names(root) | _GLOBAL_EMITTERS
        return subject if subject in shared else None
    if declared is not None or subject not in _module_names(root):
        return None  # a parameter or local of the same name hides the module's
    return subject


_CONNECTION_METHODS: Final = re.compile(r"(?i)^(on|handle)?_?(connection|connect|request|upgrade)$")
"""Method names that say the method runs once per connection or request (`connect(socket)`,
`handleConnection(client)`, `onRequest(req, res)`)."""
_RELEASES: Final = r"(off|removeListener|removeEventListener|removeAllListeners|unsubscribe)"
_CONNECTIONS: Final = _HANDLER_PARAMS | {"res", "response", "websocket", "stream", "transport"}
"""Names of the request, response or connection itself: what is set from one dies with it."""


def _per_connection(function: SgNode) -> bool:
    """The function serves one request or connection (``_handles_request``, or a method named
    for it)."""
    return _handles_request(function) or (
        function.kind() == "method_definition" and
        _CONNECTION_METHODS.match(function_name(function)) is not None)


def _kept_then_released(root: SgNode, node: SgNode) -> bool:
    """The subscription's result is held for later: declared as a name that the file uses
    again (called, handed to a close handler, stored), not declared and then forgotten."""
    holder = node.parent()
    while holder is not None and holder.kind() in ("await_expression", "parenthesized_expression"):
        holder = holder.parent()
    if holder is None or holder.kind() != "variable_declarator":
        return False
    names = _names_in(field_text(holder, "name"))
    rest = root.text()[holder.range().end.index:]
    return any(re.search(rf"(?<![\w$.]){re.escape(n)}(?![\w$])", rest) for n in names)


def _listener_per_connection(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A listener or subscription added, in a function that serves one request or connection
    (``_per_connection``), to an emitter, bus or store that outlives it, and never taken off:
    a field of `this` that is not the connection and not set from `new` or from a request,
    socket or response (``_CONNECTIONS``), or a name the handler did not declare that the
    module declares, imports, or a function around the handler holds. Escapes: a removal on the same emitter
    anywhere in the file (`off`, `removeListener`, `removeAllListeners`, `unsubscribe`), an
    AbortSignal passed (`{ signal }`), the unsubscribe function the call returned kept and
    used again (``_kept_then_released``)."""
    arguments = node.field("arguments")
    if arguments is not None and re.search(r"\bsignal\b", arguments.text()):
        return None
    last = subject.rsplit(".", 1)[-1]
    if re.search(rf"(?<![\w$]){re.escape(last)}\s*\.\s*{_RELEASES}\s*\(", root.text()) or \
            _kept_then_released(root, node):
        return None
    functions = [a for a in node.ancestors() if a.kind() in JS_FUNCTIONS]
    handler = next((i for i, f in enumerate(functions) if _per_connection(f)), None)
    if handler is None:
        return None
    if subject.startswith("this."):
        if last.lstrip("_#").lower() in _CONNECTIONS:
            return None  # the connection itself (`this.socket`, `this._ws`)
        made = re.compile(rf"(?<![\w$]){re.escape(subject)}\s*=(?!=)\s*(new\b|[\w$]+)")
        if any(m.group(1) == "new" or m.group(1) in _CONNECTIONS
               for m in made.finditer(root.text())):
            return None  # made per object, or taken from the request or connection
        return subject
    declared = next((i for i, f in enumerate(functions) if js_declares(f, subject)), None)
    if declared is not None:
        return subject if declared > handler else None  # captured from outside the handler
    shared = _module_names(root) | _imported_names(root) | _GLOBAL_EMITTERS
    return subject if subject in shared else None


_KEY_SOURCES: Final = re.compile(r"\bObject\s*\.\s*(keys|entries|getOwnPropertyNames)\s*\(|"
                                 r"\.\s*split\s*\(")
"""Where copied keys come from: another object's own keys, or a path split into keys."""
_ITERATORS: Final = re.compile(r"\.\s*(forEach|reduce|map|every|some)$")


def _names_in(text: str) -> list[str]:
    return re.findall(r"[A-Za-z_$][\w$]*", text)


def _declared_value(scope: SgNode, name: str) -> str:
    """The value a variable of the scope is declared with ('' when none)."""
    for declarator in scope.find_all(kind="variable_declarator"):
        if name in _names_in(field_text(declarator, "name")):
            return field_text(declarator, "value")
    return ""


def _from_keys(scope: SgNode, text: str, depth: int = 0) -> bool:
    """An expression is a list of keys from elsewhere (`Object.keys(src)`, `path.split('.')`),
    directly or through variables (`const parts = path.split('.'); const last = parts.pop()`)."""
    if _KEY_SOURCES.search(text):
        return True
    base = _names_in(text)
    return bool(base) and depth < 3 and _from_keys(scope, _declared_value(scope, base[0]),
                                                   depth + 1)


def _key_is_copied(scope: SgNode, node: SgNode, key: str) -> bool:
    """The key of `target[key] = ...` ranges over another object's keys or a split path."""
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", key):  # `parts[i]`, `keys[keys.length - 1]`
        return _from_keys(scope, key.split("[", 1)[0])
    for ancestor in node.ancestors():
        if ancestor.kind() == "for_in_statement" and key in _names_in(field_text(ancestor, "left")):
            return field_text(ancestor, "operator") == "in" or \
                _from_keys(scope, field_text(ancestor, "right"))
        if ancestor.kind() in ("arrow_function", "function_expression") and \
                key in _names_in(field_text(ancestor, "parameters") or
                                 field_text(ancestor, "parameter")):
            call = ancestor.parent()
            call = call.parent() if call is not None and call.kind() == "arguments" else None
            callee = field_text(call, "function") if call is not None else ""
            return bool(_ITERATORS.search(callee)) and _from_keys(scope, callee)
    return _from_keys(scope, _declared_value(scope, key))


def _calls_itself(function: SgNode, name: str) -> bool:
    """A function calls itself by its bare name, a method as `this.name(...)`: a bare `get()`
    in a method is the module's `get`, and `other.get(...)` another object's method."""
    prefix = r"this\." if function.kind() == "method_definition" else ""
    return re.search(rf"(?<![\w$.]){prefix}{re.escape(name)}\s*\(",
                     field_text(function, "body")) is not None


def _walks_by_reduce(node: SgNode, target: str) -> bool:
    """`keys.reduce((o, k) => (o[k] = o[k] || {}), obj)`: the write is into the accumulator of
    a reduce callback, which walks down the object one key at a time."""
    callback = next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)
    if callback is None or callback.kind() not in ("arrow_function", "function_expression"):
        return False
    holder = callback.parent()
    call = holder.parent() if holder is not None and holder.kind() == "arguments" else None
    if call is None or not re.search(r"\.\s*reduce(Right)?$", field_text(call, "function")):
        return False
    params = _names_in(field_text(callback, "parameters") or field_text(callback, "parameter"))
    if not params or params[0] != target:
        return False
    # it hands the next step the child, not the accumulator (`acc[k] = v; return acc` copies)
    body = field_text(callback, "body").strip()
    left = re.escape(field_text(node, "left"))
    return re.fullmatch(rf"\(*\s*{left}\s*=(?!=).*", body, re.DOTALL) is not None or \
        re.search(rf"\breturn\s+\(?\s*{left}\s*[;)}}]", body) is not None


def _unguarded_key_copy(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-1321: `target[key] = ...` with keys taken from another object or a split path, in a
    recursive merge or a walk down a path (`cur = cur[k]`), where nothing refuses `__proto__`,
    `constructor` or `prototype`: a key `__proto__` reaches `Object.prototype`. Escapes: a
    check of those names or of an allow-list (`ALLOWED.has(key)`), `hasOwn` on the target, a
    target made with `Object.create(null)`."""
    del root
    functions = [a for a in node.ancestors() if a.kind() in JS_FUNCTIONS]
    if not functions:
        return None
    scope = functions[-1]
    left = node.field("left")
    if left is None or left.kind() != "subscript_expression":
        return None
    target, key = field_text(left, "object"), field_text(left, "index")
    if not _key_is_copied(scope, node, key):
        return None
    text = scope.text()
    recursive = any(_calls_itself(f, function_name(f)) for f in functions if function_name(f))
    walks = re.search(r"(?<![\w$.])([A-Za-z_$][\w$]*)\s*=\s*\1\s*\[", text) is not None or \
        _walks_by_reduce(node, target)
    if not (recursive or walks):
        return None
    base = re.escape(target.split("[", 1)[0])
    guarded = re.search(r"__proto__|[\'\"`](constructor|prototype)[\'\"`]|"
                        r"Object\s*\.\s*create\s*\(\s*null\s*\)|"
                        rf"hasOwn(Property)?\s*(\.\s*call\s*)?\(\s*{base}\b|"
                        rf"(?<![\w$.]){base}\s*\.\s*hasOwnProperty\s*\(|"
                        r"\.\s*(has|includes)\s*\(\s*" + re.escape(key) + r"\s*\)", text)
    return None if guarded else subject


_PER_ELEMENT: Final = re.compile(r"\.\s*(map|flatMap|forEach|filter|reduce|reduceRight|some|every|"
                                 r"find|findIndex|findLast|sort)$")
"""Array methods that run their callback once for every element (or pair, for `sort`)."""


_ARRAY_MADE: Final = re.compile(r"^\[\s*\]$|^\[\s*\.\.\.|\bnew\s+Array\b|\bArray\s*\.\s*from\b|"
                                r"\.\s*(filter|map|flatMap|slice|concat|split)\s*\(|"
                                r"\bObject\s*\.\s*(keys|values|entries)\s*\(")
"""A value that is an array as big as some input: built empty and filled, or derived from
another collection."""


def _scales(root: SgNode, node: SgNode, receiver: str, method: str) -> bool:
    """A scanned JavaScript receiver grows with the input, so a scan per item is n × m: the
    array is the queue itself (`shift`, `splice`), something adds to it, it is a parameter of
    the enclosing function, or it is declared as an array made from other data. A string, a
    fixed table or a part of a record is not (`lower.includes(w)`, `KINDS.includes(k)`).
    Nor is a search that starts at a position (`s.indexOf(sep, from)`: a parse that moves
    `from` forward reads the text once), nor an array declared in the loop's own body, made
    afresh for each item (`const parts = line.split('='); parts.shift()`)."""
    if method in ("indexOf", "lastIndexOf", "includes") and node.kind() == "call_expression":
        args = node.field("arguments")
        if args is not None and len([a for a in args.children() if a.is_named()]) >= 2:
            return False
    if _made_per_item(node, receiver):
        return False
    if _kept_below_a_bound(node, receiver):
        return False
    if _walked_anyway(node, receiver):
        return False
    if method in ("shift", "unshift", "splice"):
        return True
    if re.search(rf"(?<![\w$.]){re.escape(receiver)}\s*\.\s*(push|unshift|splice)\s*\(",
                 root.text()):
        return True
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", receiver):
        # (forms-performance) a field or a parameter's list, filled from data
        return js_scan_grows(root, node, receiver)
    for scope in node.ancestors():
        if scope.kind() not in JS_FUNCTIONS and scope.kind() != "program":
            continue
        params = scope.field("parameters") or scope.field("parameter")
        if params is not None and receiver in _names_in(params.text()):
            holder = scope.parent()  # a callback's parameter is an element
            return holder is None or holder.kind() != "arguments"
        value = _declared_value(scope, receiver)
        if value:
            return _ARRAY_MADE.search(value.strip()) is not None or \
                js_scan_grows(root, node, receiver)
    return False


_JS_LOOPS: Final = ("for_statement", "for_in_statement", "while_statement", "do_statement")


def _kept_below_a_bound(node: SgNode, receiver: str) -> bool:
    """Every `push` onto the receiver in its function comes after a test of its length against
    a bound that leaves the function (`if (stamps.length >= this.limit) return ...`), or inside
    a test that it is below one: a window of at most that many items, whatever the input."""
    function = next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)
    if function is None or not re.fullmatch(r"[A-Za-z_$][\w$.]*", receiver):
        return False
    text, name = function.text(), re.escape(receiver)
    pushes = [m.start() for m in re.finditer(rf"(?<![\w$.]){name}\s*\.\s*push\s*\(", text)]
    if not pushes:
        return False
    leaves = re.compile(rf"\bif\s*\(\s*{name}\.length\s*(>=|>|===)\s*[^)]+\)\s*\{{?[^{{}}]*?"
                        r"\b(return|throw|continue|break)\b")
    below = re.compile(rf"\bif\s*\(\s*{name}\.length\s*(<|<=)\s*[^)]+\)\s*\{{?[^{{}}]*?"
                       rf"(?<![\w$.]){name}\s*\.\s*push\s*\(")
    guards = [m.end() for m in leaves.finditer(text)]
    inside = [m.end() for m in below.finditer(text)]
    return all(any(g <= p for g in guards) or any(p < e <= p + len(receiver) + 12 for e in inside)
               for p in pushes)


def _walked_anyway(node: SgNode, receiver: str) -> bool:
    """The loop around `node` already walks the receiver each time round: another loop in its
    body runs over it, or up to its length or a name holding that length (`const n =
    list.length; ... for (let i = 0; i < n / 2; i++)`), so one more linear call per round
    adds a constant factor, not an order."""
    loop = next((a for a in node.ancestors() if a.kind() in _JS_LOOPS or a.kind() in JS_FUNCTIONS),
                None)
    if loop is None or loop.kind() not in _JS_LOOPS or \
            not re.fullmatch(r"[A-Za-z_$][\w$.]*", receiver):
        return False
    function = next((a for a in loop.ancestors() if a.kind() in JS_FUNCTIONS), None)
    name = re.escape(receiver)
    lengths = {receiver, f"{receiver}.length"} | set(re.findall(
        rf"\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*{name}\.length\b",
        function.text() if function is not None else ""))
    pattern = "|".join(re.escape(n) for n in sorted(lengths, key=len, reverse=True))
    start = node.range().start.index
    for inner in loop.find_all(any=[{"kind": k} for k in _JS_LOOPS]):
        if inner.range().start.index <= start < inner.range().end.index or \
                inner.range().start.index == loop.range().start.index:
            continue  # the loop around the call itself
        body = inner.field("body")
        head = inner.text()[:body.range().start.index - inner.range().start.index] \
            if body is not None else inner.text()
        if re.search(rf"(?<![\w$.])(?:{pattern})(?![\w$])", head):
            return True
    return False


def _made_per_item(node: SgNode, receiver: str) -> bool:
    """The receiver is declared in the body of the innermost loop around `node`. A callback
    written in place as an argument (`wants.filter((w) => !unknown.includes(w))`) runs inside
    that loop's round, so the loop around it counts (round r30-corr)."""
    loop = None
    for ancestor in node.ancestors():
        if ancestor.kind() in _JS_LOOPS:
            loop = ancestor
            break
        if ancestor.kind() in JS_FUNCTIONS:
            holder = ancestor.parent()
            if ancestor.kind() in _CALLBACKS and holder is not None and holder.kind() == "arguments":
                continue
            break
    body = loop.field("body") if loop is not None else None
    if loop is None or body is None:
        return False
    owner = next((a for a in loop.ancestors() if a.kind() in JS_FUNCTIONS), None)
    return any(receiver in _names_in(field_text(d, "name"))
               for d in body.find_all(kind="variable_declarator")
               if next((a for a in d.ancestors() if a.kind() in JS_FUNCTIONS), None) == owner)


def _growing_scan(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The collection scanned in the loop grows with the input (`_scales`)."""
    receiver, _, method = subject.rpartition(".")
    return subject if _scales(root, node, receiver.strip(), method.strip()) else None


def _stream_read_unchecked(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++: the stream declared at `node` is read from later in its function (`getline(f, ..)`,
    `f >> x`, `f.read(..)`) and nothing there tests whether it opened (`!f`, `if (f)`,
    `f.is_open()`, `fail()`, `good()`, `exceptions(..)`, or the stream handed back)."""
    del root
    function = next((a for a in node.ancestors() if a.kind() == "function_definition"), None)
    if function is None:
        return None
    after = function.text()[node.range().end.index - function.range().start.index:]
    name = re.escape(subject)
    read = re.search(rf"\bgetline\(\s*{name}\b|(?<![\w.]){name}\s*>>|(?<![\w.]){name}\s*\."
                     r"\s*(read|get)\s*\(", after)
    tested = re.search(rf"!\s*{name}\b|\(\s*{name}\s*\)|(?<![\w.]){name}\s*\.\s*(is_open|fail|"
                       rf"good|bad|exceptions)\s*\(|\breturn\s+{name}\b", function.text())
    return subject if read and not tested else None


def _scan_per_element(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The scanned collection is a linear scan run once per element: the call is inside a
    callback given to `map`, `forEach`, `filter`, `reduce`... and scans a collection from
    outside that callback, not the element itself or something the callback made, and the
    collection grows with the input (`_scales`)."""
    base = re.split(r"[.\[(]", subject, maxsplit=1)[0].strip()
    if not base or (base == "this" and subject.count(".") < 2):
        return None
    for ancestor in node.ancestors():
        if ancestor.kind() in ("function_declaration", "method_definition"):
            return None
        if ancestor.kind() not in ("arrow_function", "function_expression"):
            continue
        if js_declares(ancestor, base):
            return None  # the element, or a value made per element
        holder = ancestor.parent()
        call = holder.parent() if holder is not None and holder.kind() == "arguments" else None
        if call is not None and _PER_ELEMENT.search(field_text(call, "function")):
            return _growing_scan(root, node, subject)
    return None


_CALLBACKS: Final = ("arrow_function", "function_expression")
"""Functions written in place as an argument: callbacks."""
_PARAMETER_OWNERS: Final = frozenset({*JS_FUNCTIONS, "function_definition"})
"""Where a parameter is declared: JavaScript's and TypeScript's functions, Python's `def`."""
_JS_REBINDINGS: Final[Config] = {"rule": {"any": [
    {"kind": "assignment_expression"}, {"kind": "augmented_assignment_expression"}]}}
_PY_REBINDINGS: Final[Config] = {"rule": {"any": [
    {"kind": "assignment"}, {"kind": "augmented_assignment"}]}}


def _parameter_kept(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The subject is still the caller's object where the match is: a parameter of the
    function around it that the function never rebinds (`xs = xs.slice()` makes a copy), and
    whose callers may still hold it (``_js_callers_discard``)."""
    owner = next((a for a in node.ancestors() if a.kind() in _PARAMETER_OWNERS), None)
    if owner is None:
        return None
    if owner.kind() in _CALLBACKS and (owner.parent() or owner).kind() == "arguments":
        return None  # a callback's argument (`.then(r => r.sort())`) has no caller keeping it
    rebindings = _PY_REBINDINGS if owner.kind() == "function_definition" else _JS_REBINDINGS
    rebound = [n for n in owner.find_all(rebindings) if field_text(n, "left") == subject]
    if rebound or (owner.kind() != "function_definition" and _js_callers_discard(root, owner, subject)):
        return None
    return subject


def _js_callers_discard(root: SgNode, function: SgNode, parameter: str) -> bool:
    """No caller can see what the function does to its parameter: the file keeps the function
    to itself (no `export`, no `exports`), calls it at least once, and every call hands it a
    value made for the call (`render(collect(xs))`) or a local the caller never names again
    after the call, outside any loop."""
    name = function_name(function)
    params = function.field("parameters")
    if not name or params is None:
        return False
    names = [re.match(r"^[\s(]*([A-Za-z_$][\w$]*)", p.text()) for p in params.children()
             if p.is_named()]
    index = next((i for i, m in enumerate(names) if m and m.group(1) == parameter), -1)
    text = root.text()
    if index < 0 or function.kind() == "method_definition" or \
            re.search(rf"\bexport\b[^;\n]*\b{re.escape(name)}\b|\bexports\b[^;]*\b{re.escape(name)}\b",
                      text):
        return False
    calls = [c for c in root.find_all(kind="call_expression") if field_text(c, "function") == name]
    if not calls:
        return False
    for call in calls:
        args = [a for a in (call.field("arguments") or call).children() if a.is_named()]
        if index >= len(args):
            return False
        caller = next((a for a in call.ancestors() if a.kind() in JS_FUNCTIONS), root)
        if any(a.kind() in _JS_LOOPS for a in call.ancestors()
               if a.range().start.index >= caller.range().start.index):
            return False
        given = args[index]
        if given.kind() != "identifier":
            if given.kind() in ("call_expression", "array", "new_expression"):
                continue
            return False
        after = caller.text()[call.range().end.index - caller.range().start.index:]
        if re.search(rf"(?<![\w$.]){re.escape(given.text())}\b", after):
            return False
    return True


def _built_from_values(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The SQL text takes a value from outside: some piece of it is not the program's own
    text, a count, or a value picked from an allow-list (`sqlsafe`)."""
    del root
    return None if js_sql_from_constants(node) else subject


def _java_built_from_values(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java's `built-from-values`: some piece is neither a literal nor a `final` string."""
    del root
    return None if java_sql_from_constants(node) else subject


def _go_built_from_values(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go's `built-from-values`: some piece is not a literal, a constant, a number or a pick
    from the package's own table of literals (`sqlsafe`)."""
    del root
    return None if go_sql_from_constants(node) else subject


def _rust_built_from_values(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Rust's `built-from-values`: some argument of the `format!` is not a literal, a `const`
    or a call of the file's own `&'static str` function (`sqlsafe`)."""
    del root
    return None if rust_sql_from_constants(node) else subject


_FRESH_COPY: Final = re.compile(r"^(copy\.(deep)?copy|list|dict|sorted)\(|^\[|^[\w.]+\[:\]$|"
                                r"^[\w.]+\.copy\(\)$")
"""A value made afresh: a copy (`copy.deepcopy(x)`, `x[:]`, `x.copy()`) or a new list."""


def _py_list_receiver(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The call's receiver may be a list that grows with the input: its first name is not a
    module the file imports (`os.remove(path)`, `shutil.move(...)` are file operations, not
    list operations), and it is not a fixed table of the module (`_ORDER = ("w", "d", "h")`,
    `_ORDER = "wdhms"`: a literal assigned once at the top level and never added to), whose
    size is the code's; nor a list made afresh each time round the loop (`trial =
    copy.deepcopy(best)` then `trial[src].remove(g)`: one removal from each new copy, which
    costs no more than making it)."""
    receiver = subject.rpartition(".")[0]
    first = re.match(r"[A-Za-z_]\w*", receiver)
    if first is None:
        return subject
    loop = next((a for a in node.ancestors() if a.kind() in ("for_statement", "while_statement")),
                None)
    body = loop.field("body") if loop is not None else None
    if body is not None and any(
            field_text(a, "left") == first.group(0) and a.range().end.index < node.range().start.index
            and _FRESH_COPY.match(field_text(a, "right")) for a in body.find_all(kind="assignment")):
        return None
    name = re.escape(first.group(0))
    imported = re.compile(rf"(?m)^[ \t]*(import[ \t]+[\w., \t]*\b{name}\b|"
                          rf"from[ \t]+\S+[ \t]+import[ \t]+[^#\n]*\b{name}\b)")
    if imported.search(root.text()):
        return None
    text = root.text()
    fixed = re.compile(rf"(?m)^{name}\s*(?::[^=\n]+)?=\s*[\[(\"']")
    assigned = re.findall(rf"(?m)^\s*{name}\s*(?::[^=\n]+)?=(?!=)", text)
    grown = re.search(rf"(?<![\w.]){name}\s*(\.\s*(append|extend|insert)\s*\(|\+=|\[[^\]]*\]\s*=(?!=))",
                      text)
    if receiver == first.group(0) and fixed.search(text) and len(assigned) == 1 and not grown:
        return None
    return subject


_LISTENER: Final = re.compile(r"(\.(on|once|addListener|addEventListener|prependListener)|"
                             r"^(setTimeout|setInterval|setImmediate|process\.nextTick|"
                             r"queueMicrotask))$")


def _in_listener(node: SgNode) -> bool:
    """The node runs in a callback handed to an event source or a timer, with no try between
    them: what it throws, nothing catches."""
    for ancestor in node.ancestors():
        if ancestor.kind() == "try_statement":
            return False
        if ancestor.kind() in _CALLBACKS:
            args = ancestor.parent()
            call = args.parent() if args is not None else None
            if args is not None and args.kind() == "arguments" and call is not None and \
                    _LISTENER.search(field_text(call, "function")):
                return True
    return False


def _listener_calls(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The function around the match is a listener's (named as the callback, or called from
    a callback with no try around the call): what it throws ends the process."""
    owner = next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)
    name = function_name(owner) if owner is not None else ""
    if not name:
        return None
    for call in root.find_all(kind="call_expression"):
        callee = field_text(call, "function")
        args = call.field("arguments")
        handed = args is not None and _LISTENER.search(callee) and any(
            a.kind() == "identifier" and a.text() == name for a in args.children())
        if handed or (callee in (name, f"this.{name}") and _in_listener(call)):
            return subject
    return None


_OWN_IO_METHOD: Final = re.compile(r"fn (read|write)\s*(<[^>]*>)?\s*\([^)]*\)\s*(->\s*([^{;]*))?")


def _rust_io_count_dropped(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Rust: the dropped `read`/`write` is the std one, not a method of this file's own that
    returns no count (a printer's `fn write(&self, buf: &[u8]) -> io::Result<()>`). Found
    with `str.find` first: a regex scan of a 4,000-line file took milliseconds per hit."""
    called = "write" if ".write(" in node.text() else "read"
    text = source_of(root)
    at = text.find(f"fn {called}")
    while at >= 0:
        own = _OWN_IO_METHOD.match(text, at)
        if own is not None and own.group(1) == called and "usize" not in (own.group(4) or ""):
            return None
        at = text.find(f"fn {called}", at + 1)
    return subject


_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration")


def _go_cause_checked_by_caller(root: SgNode, node: SgNode, subject: str) -> str | None:
    """(round cov-go) An error formatted with `%v`: asked about only when a function of the
    file calls the one that formats it and tests what it gets back with errors.Is/errors.As
    (errorlint; fmt.Errorf's docs on %w), so the lost wrapping changes what the caller does."""
    function = next((a for a in node.ancestors() if a.kind() in _GO_FUNCTIONS), None)
    name = function.field("name") if function is not None else None
    if name is None:
        return None
    call = re.compile(rf"(?<![\w.])(\w+\.)?{re.escape(name.text())}\(")
    for other in root.find_all(any=[{"kind": k} for k in _GO_FUNCTIONS]):
        body = other.text()
        if other != function and call.search(body) and re.search(r"\berrors\.(Is|As)\(", body):
            return subject
    return None


FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "rust-io-count-dropped": _rust_io_count_dropped,
    "listener-calls": _listener_calls,
    "built-from-values": _built_from_values,
    "java-built-from-values": _java_built_from_values,
    "go-built-from-values": _go_built_from_values,
    "go-cause-checked-by-caller": _go_cause_checked_by_caller,
    "rust-built-from-values": _rust_built_from_values,
    "go-query-per-item": go_query_per_item,
    "async-callee": _async_callee,
    "async-callee-may-reject": _async_callee_may_reject,
    "parameter-kept": _parameter_kept,
    "request-value": _request_value,
    "returns-module-state": _returns_module_state,
    "go-map": _go_map,
    "go-handler-shared": _go_handler_shared,
    "non-null-unguarded": _non_null_unguarded,
    "module-listener-kept": _module_listener_kept,
    "listener-per-connection": _listener_per_connection,
    "unguarded-key-copy": _unguarded_key_copy,
    "scan-per-element": _scan_per_element,
    "java-concurrent-read-then-put": java_concurrent_read_then_put,
    "java-atomic-get-then-set": java_atomic_get_then_set,
    "go-slice-stored-then-reused": go_slice_stored_then_reused,
    "java-sql-read-then-write": java_sql_read_then_write,
    "growing-scan": _growing_scan,
    "stream-read-unchecked": _stream_read_unchecked,
    "lost-update": lost_update,
    "field-checked-then-changed": field_checked_then_changed,
    "returned-promise-in-try": returned_promise_in_try,
    "fetch-status-unchecked": fetch_status_unchecked,
    "awaited-check-then-create": awaited_check_then_create,
    "found-used-after-await": found_used_after_await,
    "guard-then-write-across-await": guard_then_write,
    "go-accumulated-string": go_accumulated_string,
    "go-call-returns-error": go_call_returns_error,
    "py-list-receiver": _py_list_receiver,
    "go-time-value": go_time_value,
    "redirect-slash-only": redirect_slash_only,
    "mac-compared-plainly": mac_compared_plainly,
    "go-archive-join": go_archive_join,
    "go-fetches-argument": go_fetches_argument,
    "slow-call-under-lock": slow_call_under_lock,
    "go-method-run-by-goroutines": go_method_run_by_goroutines,
    "go-read-lock-taken-again": go_read_lock_taken_again,
    "go-lock-taken-again": go_lock_taken_again,
    "regex-backtracks": regex_backtracks,
    **{f"{language}-integer-quotient": integer_quotient(language)
       for language in ("rust", "go", "java", "c")},
    **DOC_FILTERS,
    **ROUND2_FILTERS,
    **CONC_FILTERS,
    **SPLIT_LOCK_FILTERS,
    **JS_UNIT_FILTERS,
    **JS_FLOW_FILTERS,
    **JS4_FILTERS,
    **ALIASING_FILTERS,
    **PY6_FILTERS,
    **PY7_FILTERS,
    **FORMS_RESOURCES_FILTERS,
    **COVPY_FILTERS,
    **FORMS_CONCURRENCY_FILTERS,
    **FORMS_SECURITY_FILTERS,
    **SHAPES_GOJV_FILTERS,
    **FLOW_GOJC_FILTERS,
    **FLOW_GJCR_FILTERS,
    **FLOW_PYJS_FILTERS,
    **FLOW2_PY_FILTERS,
    **VAR_SEC_FILTERS,
    **CONRES30_FILTERS,
}
"""Checks a rule can name in ``filter``, for what a pattern cannot see: ``async-callee``, the
subject is a function this file declares async; ``request-value``, an argument holds a value
the enclosing function took from the request; ``returns-module-state``, the subject is a
function returning a module-level variable; ``go-map``, the subject is declared as a Go map;
``go-handler-shared``, what a Go handler changes is not its own variable (and a written element
belongs to a map); ``non-null-unguarded``, no length, size or `has` test guards the call a `!`
asserts on; ``module-listener-kept``, the subject is an emitter that outlives the function (the
module's, or in a request or connection handler one the handler did not make) whose listeners
the file never removes; ``listener-per-connection``, the same for a field of `this` or a
subscription whose unsubscribe is dropped, added in a function serving one request or
connection; ``unguarded-key-copy``, a recursive merge or path walk sets copied keys
with no check of `__proto__`, `constructor` or `prototype`; ``scan-per-element``, a scan of an
outside collection runs inside a callback called for every element;
``parameter-kept``, the subject is a parameter its function never rebinds;
``built-from-values`` (``java-built-from-values``, ``go-built-from-values``), SQL text takes a piece that is not the
program's own text; ``go-query-per-item``, the call runs a keyed SELECT, itself or through a
function of the file (``sqlsafe``);
``listener-calls``, the function around the match is an event listener's or a timer's, named
as the callback or called from one with no try around the call;
``java-concurrent-read-then-put`` and ``java-atomic-get-then-set``, a write to a concurrent map
or an atomic field computed from an earlier read of it, with no lock around the two;
``go-slice-stored-then-reused``, a slice kept in a collection and then written again through
the same backing array (``sequences``);
``growing-scan``, a JavaScript collection scanned per item grows with the input;
``lost-update``, ``field-checked-then-changed``, ``returned-promise-in-try`` and
``fetch-status-unchecked``, JavaScript's async hazards (``jsasync``);
``guard-then-write-across-await``, a test of state that outlives the call, an await, then a
write of that state with no new test (``jsguard``);
``go-accumulated-string``, a Go string grown across a loop's iterations (not one declared in
its body, not a number); ``go-call-returns-error``, no definition of the called name in the
file returns no error (``premise_checks``);
``py-list-receiver``, a Python call's receiver is not a module the file imports;
``go-time-value``, a Go receiver is a `time.Time` not put in UTC; ``<language>-integer-quotient``,
both operands of a division are integers as the file declares them, neither a literal and the
quotient not multiplied back by its divisor (``valuetypes``; `c-` serves C++ too);
``redirect-slash-only``, a value checked only for a leading `/` is a redirect target (or a next
URL returned) with no test for `//` or a backslash, and ``mac-compared-plainly``, a value named
as a signature, MAC, digest or token compared by ordinary equality in a file that computes a
MAC, and ``go-archive-join``, the call joining an archive entry's name is `filepath.Join` or a
helper of the file that joins the parameter it takes with no check, and ``go-fetches-argument``, the
same for a URL fetched (``secchecks``); the checks
of the rules from documentation added after heldout7; ``slow-call-under-lock``, a C++ or Go call
that sleeps, waits on the network or runs a process (itself or through a helper of the file)
made while a lock is held, and ``go-method-run-by-goroutines``, the Go method around a change
is called from goroutines a loop starts, and ``go-read-lock-taken-again`` and
``go-lock-taken-again``, a Go method that calls another method of its type while holding the
receiver's mutex, where the callee locks that mutex again (``lockheld``)
(``docchecks``); the checks of the second checklist round's C, C++ and Java rules
(``cchecks``); a Go slice, a Java hash key or a Rust cell shared where the code treats it as
its own (``aliasing``); ``listener-kept-per-item``, a listener added per item to `window`,
`document`, `process` or a field of `this` and never taken off, and
``layout-read-after-write``, a layout value read after a DOM write in the same pass of a loop
(``js4checks``); ``py-assert-checks-input``, an `assert` in a public function tests a value the
caller passed, in a module that raises its own errors for bad input (``py6checks``);
``py-generator-shared-by-threads``, one generator read unguarded by the threads several starts
run, ``py-pool-never-closed``, a pool made per call and never closed nor handed on,
``py-popen-never-waited``, a child process started per call and never waited for, and
``py-daemon-writer-never-joined``, a daemon thread that loops writing in a module that never
waits for it (``py7checks``); ``check-then-act-unless-read-memo``, a key tested and recorded
across an await unless the function is a memo of reads, and ``async-callee-may-reject``, an
async callee unless its body is one `try` whose catch throws nothing (``forms_resources``).
Each returns the verified subject, or None."""
