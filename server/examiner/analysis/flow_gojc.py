"""Checks of round flow-gojc (``rules/*.yaml`` name them in ``filter``): documented hazards
whose value passes one step through the program's own code before it does harm.

- Go: `InsecureSkipVerify: true` with a `VerifyPeerCertificate` (or `VerifyConnection`)
  callback given by name, a function or a method of the file (`VerifyPeerCertificate:
  checkLeaf`, `: v.check`, `cfg.VerifyPeerCertificate = checkLeaf`): the named function's
  body is read with the test the rule applies to a literal callback (gosec G402, CWE-295);
- Java: double-checked locking whose test reads the field through a local copy, a
  `java.util.concurrent.locks.Lock` or a small predicate method of the class (SpotBugs
  DC_DOUBLECHECK, CERT LCK10-J);
- C and C++: a name from argv or a request joined to a base directory and opened, checked at
  most by a validator of the file that lets `.` and `/` through (CWE-22).

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .shapes_gojv import _GO_FUNCTIONS
from .trees import ancestor, c_parameter_names, contains, ends_before, field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["FLOW_GOJC_FILTERS"]

# --- Go: a peer-verification callback given by name -------------------------------------------

_GO_CALLBACK_FIELD: Final = re.compile(r"^(VerifyPeerCertificate|VerifyConnection)$")
_GO_VERIFIES: Final = re.compile(r"\.Verify\(|\b(bytes|hmac)\.Equal\(|ConstantTimeCompare\(")
_GO_DIGEST: Final = re.compile(r"(?i)\.Sum(1|224|256|384|512)?\(|fingerprint|digest|pin")


def _go_body_verifies(body: SgNode, root: SgNode, depth: int = 1) -> bool:
    """The callback's body checks the chain (`c.Verify(x509.VerifyOptions{...})`) or
    compares a digest with a pin: the test the rule applies to a literal callback. A helper
    of the file the body calls is read too, one step."""
    text = body.text()
    if _GO_VERIFIES.search(text):
        return True
    if _GO_DIGEST.search(text) and any(
            field_text(b, "operator") in ("==", "!=") and field_text(b, "right") != "nil"
            for b in body.find_all(kind="binary_expression")):
        return True
    if depth > 0:
        for call in body.find_all(kind="call_expression"):
            callee = call.field("function")
            if callee is None or callee.kind() not in ("identifier", "selector_expression"):
                continue
            target = _go_named_function(root, callee)
            if target is not None and not contains(target, body) and \
                    _go_body_verifies(target, root, depth - 1):
                return True
    return False


def _go_named_function(root: SgNode, value: SgNode) -> SgNode | None:
    """The function a name stands for in this file: a function declared with that name, a
    method of that name (for a method value `v.check`), or a variable given a func literal."""
    if value.kind() == "identifier":
        name = value.text()
        for fn in root.find_all(kind="function_declaration"):
            if field_text(fn, "name") == name:
                return fn.field("body")
        for spec in root.find_all(any=[{"kind": "var_spec"}, {"kind": "short_var_declaration"}]):
            left = spec.field("left") or spec.field("name")
            if left is not None and left.text() == name:
                literal = spec.find(kind="func_literal")
                if literal is not None:
                    return literal.field("body")
        return None
    if value.kind() == "selector_expression":
        name = field_text(value, "field")
        methods = [m for m in root.find_all(kind="method_declaration")
                   if field_text(m, "name") == name]
        return methods[0].field("body") if len(methods) == 1 else None
    return None


def _go_named_callbacks(node: SgNode) -> list[SgNode]:
    """The values given by name to `VerifyPeerCertificate`/`VerifyConnection`: in the config
    literal the opt-out sits in, or assigned to a config in the same function."""
    out: list[SgNode] = []
    literal = node.parent() if node.kind() == "keyed_element" else None
    if literal is not None and literal.kind() == "literal_value":
        for element in literal.children():
            if element.kind() != "keyed_element":
                continue
            parts = [c for c in element.children() if c.is_named()]
            if len(parts) == 2 and _GO_CALLBACK_FIELD.match(parts[0].text()):
                value = next((c for c in parts[1].children() if c.is_named()), parts[1])
                out.append(value)
    function = ancestor(node, *_GO_FUNCTIONS)
    if function is not None:
        for assign in function.find_all(kind="assignment_statement"):
            left, right = field_text(assign, "left"), assign.field("right")
            if re.search(r"\.(VerifyPeerCertificate|VerifyConnection)$", left) and right is not None:
                given = next((c for c in right.children() if c.is_named()), None)
                if given is not None:
                    out.append(given)
    return [v for v in out if v.kind() in ("identifier", "selector_expression")]


def go_tls_named_callback(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`InsecureSkipVerify: true` stands unless a callback given by name is a function or
    method of the file whose body verifies the chain or a pin, or is not the file's to read."""
    for value in _go_named_callbacks(node):
        body = _go_named_function(root, value)
        if body is None or _go_body_verifies(body, root):
            return None
    return subject

# --- Java: double-checked locking through a copy, a Lock or a predicate -------------------------

_JAVA_LOCK_CALL: Final = re.compile(r"\.(lock|lockInterruptibly)\(\)$")


def _java_plain_fields(body: SgNode) -> set[str]:
    """The class's fields that are neither volatile nor final nor atomic: a write to one made
    under a lock is not safely published to a reader that takes no lock."""
    out: set[str] = set()
    for decl in body.children():
        if decl.kind() != "field_declaration":
            continue
        modifiers = next((c.text() for c in decl.children() if c.kind() == "modifiers"), "")
        if re.search(r"\b(volatile|final)\b", modifiers) or \
                re.match(r"^(java\.util\.concurrent\.atomic\.)?Atomic", field_text(decl, "type")):
            continue
        out.update(field_text(d, "name") for d in decl.children() if d.kind() == "variable_declarator")
    return out


def _java_field_named(node: SgNode, hidden: frozenset[str] = frozenset()) -> str:
    """`f` for the expression `f` (unless a local of that name hides the field) or `this.f`,
    else ''."""
    if node.kind() == "identifier":
        parent = node.parent()
        return node.text() if node.text() not in hidden and (
            parent is None or parent.kind() != "field_access") else ""
    if node.kind() == "field_access" and field_text(node, "object") == "this":
        return field_text(node, "field")
    return ""


def _java_fields_read(node: SgNode, fields: set[str],
                      hidden: frozenset[str] = frozenset()) -> set[str]:
    found = {_java_field_named(n, hidden) for n in node.find_all(
        any=[{"kind": "identifier"}, {"kind": "field_access"}])}
    if node.kind() in ("identifier", "field_access"):
        found.add(_java_field_named(node, hidden))
    return found & fields


def _java_copies(scope: SgNode, before: SgNode, fields: set[str],
                 hidden: frozenset[str]) -> dict[str, str]:
    """Locals given a plain field's value before `before` (`T x = field;`, `x = this.field;`):
    the local's name to the field's."""
    out: dict[str, str] = {}
    for node in scope.find_all(any=[{"kind": "variable_declarator"},
                                    {"kind": "assignment_expression"}]):
        if not ends_before(node, before):
            continue
        if node.kind() == "variable_declarator":
            name, value = field_text(node, "name"), node.field("value")
        else:
            left = node.field("left")
            name = left.text() if left is not None and left.kind() == "identifier" else ""
            value = node.field("right")
        field = _java_field_named(value, hidden) if value is not None else ""
        if name and field in fields:
            out[name] = field
    return out


def _java_predicates(body: SgNode, fields: set[str]) -> dict[str, set[str]]:
    """Small methods of the class whose one statement returns a test of plain fields
    (`private boolean stale() { return cache == null; }`): the method's name to the fields."""
    out: dict[str, set[str]] = {}
    for method in body.children():
        if method.kind() != "method_declaration" or field_text(method, "type") != "boolean":
            continue
        block = method.field("body")
        statements = [c for c in block.children() if c.is_named()] if block is not None else []
        if len(statements) == 1 and statements[0].kind() == "return_statement":
            read = _java_fields_read(statements[0], fields)
            if read:
                out[field_text(method, "name")] = read
    return out


def _java_tested(condition: SgNode, scope: SgNode, fields: set[str],
                 predicates: dict[str, set[str]], hidden: frozenset[str]) -> set[str]:
    """The plain fields a condition tests: directly, through a local copied from one before
    it, or through a predicate method of the class."""
    tested = _java_fields_read(condition, fields, hidden)
    copies = _java_copies(scope, condition, fields, hidden)
    for ident in condition.find_all(kind="identifier"):
        if ident.text() in copies and _java_field_named(ident):
            tested.add(copies[ident.text()])
    for call in condition.find_all(kind="method_invocation"):
        if field_text(call, "object") in ("", "this") and field_text(call, "name") in predicates:
            tested |= predicates[field_text(call, "name")]
    return tested


def _java_locked_blocks(area: SgNode) -> list[SgNode]:
    """The blocks run under a lock in `area`: a `synchronized` statement's body, and the try
    block after `lock.lock();` (or starting with it)."""
    out = [b for s in area.find_all(kind="synchronized_statement") if (b := s.field("body"))]
    if area.kind() == "synchronized_statement" and (own := area.field("body")) is not None:
        out.append(own)
    for call in area.find_all(kind="method_invocation"):
        if not _JAVA_LOCK_CALL.search(call.text()):
            continue
        statement = call.parent()
        if statement is None or statement.kind() != "expression_statement":
            continue
        after = statement.next()
        while after is not None and not after.is_named():
            after = after.next()
        tried_body = after.field("body") if after is not None and \
            after.kind() == "try_statement" else None
        if tried_body is not None:
            out.append(tried_body)
        elif (holder := statement.parent()) is not None and holder.kind() == "block" and \
                (tried := holder.parent()) is not None and tried.kind() == "try_statement":
            out.append(holder)
    return out


def _java_sets(block: SgNode, field: str, hidden: frozenset[str]) -> bool:
    return any(left is not None and _java_field_named(left, hidden) == field
               and field_text(a, "operator") in ("", "=")
               for a in block.find_all(kind="assignment_expression")
               for left in (a.field("left"),))


def java_double_checked_through_copy(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Double-checked locking in the shapes the rule's pattern does not bind a field in: the
    field read into a local first, a `Lock` instead of `synchronized`, the test in a small
    predicate method. The field must be plain (not volatile, final or atomic), tested outside
    the lock, tested again inside it and assigned there."""
    if subject:
        return subject  # the pattern's own shape, the field bound and checked already
    method = ancestor(node, "method_declaration", "constructor_declaration", "lambda_expression")
    body = ancestor(node, "class_body")
    condition = node.field("condition")
    if method is None or body is None or condition is None:
        return None
    fields = _java_plain_fields(body)
    if not fields:
        return None
    hidden = frozenset(field_text(d, "name") for d in method.find_all(
        any=[{"kind": "formal_parameter"}, {"kind": "variable_declarator"}]))
    predicates = _java_predicates(body, fields)
    tested = _java_tested(condition, method, fields, predicates, hidden)
    if not tested:
        return None
    consequence = node.field("consequence")
    areas = [consequence] if consequence is not None else []
    if consequence is not None and consequence.find(kind="return_statement") is not None:
        after = node.next()
        while after is not None:
            if after.is_named():
                areas.append(after)
            after = after.next()
    for area in areas:
        for block in _java_locked_blocks(area):
            for inner in block.find_all(kind="if_statement"):
                again = inner.field("condition")
                if again is None:
                    continue
                for field in sorted(_java_tested(again, method, fields, predicates, hidden)
                                    & tested):
                    if _java_sets(inner, field, hidden):
                        return field
    return None

# --- C and C++: a name from argv or a request joined to a base directory and opened --------------

_C_FUNCTION: Final = "function_definition"
_C_STRIP: Final = re.compile(r"(\s*(\.|->)\s*(c_str|string|data|u8string)\s*\(\s*\))+$")
_C_REQUEST: Final = re.compile(
    r"^(argv|av)\s*\[|^(req|request|rq|query|qs|params?|form|http_?req\w*|cgi)\w*\s*(->|\.)\s*\w"
    r"|getenv\s*\(\s*\"(QUERY_STRING|PATH_INFO|PATH_TRANSLATED|REQUEST_URI|SCRIPT_NAME|HTTP_\w+)\"")
_C_REQUEST_NAME: Final = re.compile(r"(?i)^(req|request|request_?line|query|query_?string|qs|uri"
                                    r"|url|msg|message|packet|payload)\w*$")
_C_SOCKET: Final = re.compile(r"(?i)sock|client|conn|peer|cfd|\bfd\b")
_C_CONVERSION: Final = re.compile(r"%[-#0 +']*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|L|z|j|t)?([a-zA-Z%])")
_C_VALIDATOR_NAME: Final = re.compile(r"(?i)valid|safe|sanit|allow|legal|clean|check|ok\b|^is_")
_C_RESOLVES: Final = re.compile(r"\b(realpath|canonical|weakly_canonical|PathCanonicalize|"
                                r"GetFullPathName\w*|_fullpath)\s*\(")


def _c_args(call: SgNode) -> list[SgNode]:
    args = call.field("arguments")
    return [c for c in args.children() if c.is_named() and c.kind() != "comment"] \
        if args is not None else []


def _c_stripped(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return _C_STRIP.sub("", text)


def _c_string(node: SgNode, root: SgNode) -> str:
    """The text a string expression spells: literals joined, a `#define` of one resolved."""
    if node.kind() == "string_literal":
        return "".join(c.text() for c in node.children()
                       if c.kind() in ("string_content", "escape_sequence"))
    if node.kind() == "concatenated_string":
        return "".join(_c_string(c, root) for c in node.children() if c.is_named())
    if node.kind() == "identifier":
        for define in root.find_all(kind="preproc_def"):
            if field_text(define, "name") == node.text():
                return re.sub(r'^\s*"|"\s*$', "", field_text(define, "value")) or "BASE"
        return "BASE"  # a folder named by a constant
    return ""


def _c_operands(expression: SgNode) -> list[SgNode]:
    """The leaves of a chain of `+` or `/` (a string or a filesystem path built up)."""
    if expression.kind() == "parenthesized_expression":
        inner = next((c for c in expression.children() if c.is_named()), None)
        return _c_operands(inner) if inner is not None else []
    if expression.kind() == "binary_expression" and field_text(expression, "operator") in ("+", "/"):
        left, right = expression.field("left"), expression.field("right")
        return [*(_c_operands(left) if left else []), *(_c_operands(right) if right else [])]
    return [expression]


def _c_joined_names(path: SgNode | None, text: str, function: SgNode, sink: SgNode,
                    root: SgNode) -> list[SgNode]:
    """The parts joined after a base to make the opened path: `%s` after a `/` in an
    snprintf/sprintf into it, a strcat/strncat/append onto it, the right side of a `+` or `/`
    chain it is made from (or the opened expression itself)."""
    names: list[SgNode] = []
    if path is not None and path.kind() in ("binary_expression", "parenthesized_expression"):
        parts = _c_operands(path)
        return [p for p in parts[1:] if p.kind() not in ("string_literal", "char_literal")] \
            if len(parts) > 1 else []
    if not re.fullmatch(r"\w+", text):
        return []
    for call in function.find_all(kind="call_expression"):
        if not ends_before(call, sink):
            continue
        callee, args = field_text(call, "function"), _c_args(call)
        if not args or _c_stripped(args[0].text()).lstrip("&") != text:
            appended = call.field("function")
            if callee.endswith(".append") and appended is not None and \
                    _c_stripped(field_text(appended, "argument")) == text:
                names.extend(a for a in args[:1] if a.kind() != "string_literal")
            continue
        if callee in ("snprintf", "sprintf", "asprintf", "g_snprintf", "_snprintf"):
            at = 1 if callee in ("sprintf", "asprintf") else 2
            if len(args) <= at:
                continue
            fmt, values, k = _c_string(args[at], root), args[at + 1:], 0
            for m in _C_CONVERSION.finditer(fmt):
                if m.group(5) == "%":
                    continue
                k += (m.group(1) == "*") + (m.group(3) == "*")
                if m.group(5) == "s" and m.start() > 0 and fmt[m.start() - 1] == "/" and k < len(values):
                    names.append(values[k])
                k += 1
        elif callee in ("strcat", "strncat", "strlcat") and len(args) > 1 and \
                args[1].kind() not in ("string_literal", "char_literal"):
            names.append(args[1])
    for node in function.find_all(any=[{"kind": "init_declarator"}, {"kind": "assignment_expression"}]):
        if not ends_before(node, sink):
            continue
        target = node.field("declarator") if node.kind() == "init_declarator" else node.field("left")
        value = node.field("value") if node.kind() == "init_declarator" else node.field("right")
        if target is None or value is None or _c_stripped(target.text()).lstrip("*&") != text:
            continue
        operator = field_text(node, "operator") if node.kind() == "assignment_expression" else "="
        if operator in ("+=", "/="):
            names.append(value)
        elif value.kind() != "argument_list":
            parts = _c_operands(value)
            names.extend(p for p in parts[1:] if p.kind() not in ("string_literal", "char_literal"))
    return names


def _c_fills(function: SgNode, name: str, root: SgNode, depth: int, before: SgNode) -> bool:
    """A local the function fills from argv or the request: given one (`const char *n =
    argv[1]`, `std::string n = req.get_param_value("f")`), copied from one, received into
    (`recv(sock, n, ...)`), or scanned out of a request line (`sscanf(req, "GET /%s", n)`)."""
    for node in function.find_all(any=[{"kind": "init_declarator"}, {"kind": "assignment_expression"}]):
        target = node.field("declarator") if node.kind() == "init_declarator" else node.field("left")
        value = node.field("value") if node.kind() == "init_declarator" else node.field("right")
        if target is not None and value is not None and \
                _c_stripped(target.text()).lstrip("*&") == name and \
                _c_source(value, function, root, 0, before):
            return True
    for call in function.find_all(kind="call_expression"):
        callee, args = field_text(call, "function"), _c_args(call)
        texts = [_c_stripped(a.text()).lstrip("&") for a in args]
        if callee in ("recv", "recvfrom", "SSL_read", "BIO_read") and texts[1:2] == [name]:
            return True
        if callee == "read" and texts[1:2] == [name] and _C_SOCKET.search(texts[0]):
            return True
        if callee == "sscanf" and name in texts[2:] and _c_source(args[0], function, root, 0, before):
            return True
        if callee in ("strcpy", "strncpy", "strlcpy", "memcpy", "snprintf", "std::strcpy") and \
                texts[:1] == [name] and any(_c_source(a, function, root, 0, before) for a in args[1:]):
            return True
    return False


def _c_declarator(function: SgNode) -> SgNode | None:
    declarator = function.field("declarator")
    while declarator is not None and declarator.kind() != "function_declarator":
        declarator = declarator.field("declarator")
    return declarator


def _c_function_name(function: SgNode) -> str:
    declarator = _c_declarator(function)
    return field_text(declarator, "declarator") if declarator is not None else ""


def _c_source(node: SgNode, function: SgNode, root: SgNode, depth: int, before: SgNode) -> bool:
    """The value comes from argv or a request, in the function or (one step) from a caller
    of the file that passes such a value for this parameter."""
    text = _c_stripped(node.text())
    if node.kind() in ("string_literal", "concatenated_string", "number_literal", "char_literal"):
        return False
    if _C_REQUEST.search(text):
        return True
    if not re.fullmatch(r"\w+", text):
        return False
    if _C_REQUEST_NAME.match(text) and text in c_parameter_names(function):
        return True  # a handler given the request's text (`handle(int fd, char *request)`)
    if _c_fills(function, text, root, depth, before):
        return True
    params = c_parameter_names(function)
    if depth > 0 and text in params:
        position, own = params.index(text), _c_function_name(function)
        for call in root.find_all(kind="call_expression"):
            if field_text(call, "function") != own or contains(function, call):
                continue
            args, caller = _c_args(call), ancestor(call, _C_FUNCTION)
            # the caller's argument from argv or the request, and not checked there
            if caller is not None and position < len(args) and \
                    _c_source(args[position], caller, root, 0, call) and \
                    not _c_checked(_c_stripped(args[position].text()), caller, root, call):
                return True
    return False


def _c_allows_traversal(body: str, root: SgNode) -> bool:
    """A validator's body lets both `.` and `/` through: an allow-list of characters
    (`isalnum(c) || c == '.' || c == '/'`, `ispunct`) or a `strspn` set holding both."""
    if re.search(r"\b(ispunct|isgraph|isprint)\s*\(", body):
        return True
    slash = re.search(r"==\s*'/'|'/'\s*==|case\s+'/'", body)
    dot = re.search(r"==\s*'\.'|'\.'\s*==|case\s+'\.'", body)
    if slash and dot:
        return True
    for m in re.finditer(r"\b(strspn|find_first_not_of)\s*\(([^;]*)", body):
        sets = re.findall(r'"((?:[^"\\]|\\.)*)"', m.group(2))
        for name in re.findall(r"\b([A-Z_][A-Z0-9_]*|\w*(?i:allowed|chars|set)\w*)\b", m.group(2)):
            for define in root.find_all(kind="preproc_def"):
                if field_text(define, "name") == name:
                    sets.extend(re.findall(r'"((?:[^"\\]|\\.)*)"', field_text(define, "value")))
            for decl in root.find_all(kind="init_declarator"):
                if re.fullmatch(rf"\**{re.escape(name)}(\[\w*\])?", field_text(decl, "declarator")):
                    sets.extend(re.findall(r'"((?:[^"\\]|\\.)*)"', field_text(decl, "value")))
        if any("/" in x and "." in x for x in sets):
            return True
    return False


def _c_rejects(body: str, name: str) -> bool:
    """The code refuses `..` or `/` in the name (any name for `name` ''), or resolves the
    path and compares it."""
    if '".."' in body or _C_RESOLVES.search(body):
        return True
    n = re.escape(name) if name else r"\w+"
    return bool(re.search(rf"\b(strchr|strrchr|strpbrk|strcspn|strstr|index)\s*\(\s*{n}\b|"
                          rf"\b{n}\s*(\.|->)\s*(find|find_first_of|contains|rfind)\s*\(|"
                          rf"\bbasename\s*\(\s*{n}\b|\.filename\s*\(\s*\)", body))


def _c_checked(name: str, function: SgNode, root: SgNode, sink: SgNode) -> bool:
    """Something keeps the name inside the folder: a test of `..` or `/` in the function, a
    resolved path, a validator of the file that rejects `/` or `..`, or one the file does
    not declare. A validator of the file whose allow-list holds `.` and `/` does not."""
    text = function.text()
    if _c_rejects(text, name):
        return True
    # a character test written inline: one that refuses `/` (no allow-list with `.` as well)
    if re.search(r"[!=]=\s*'/'|'/'\s*[!=]=", text) and not _c_allows_traversal(text, root):
        return True
    defined = {_c_function_name(f): f for f in root.find_all(kind=_C_FUNCTION)}
    for call in function.find_all(kind="call_expression"):
        if not ends_before(call, sink) or not any(
                _c_stripped(a.text()) == name or re.search(rf"\b{re.escape(name)}\b", a.text())
                for a in _c_args(call)):
            continue
        test = ancestor(call, "if_statement", "while_statement", "conditional_expression",
                        "return_statement", "init_declarator")
        callee = field_text(call, "function")
        if test is None or callee in ("strlen", "strcmp", "strncmp", "printf", "fprintf"):
            continue
        if callee in ("std::all_of", "all_of", "std::any_of", "any_of", "std::none_of", "none_of"):
            if not _c_allows_traversal(call.text(), root):
                return True
            continue
        validator = defined.get(callee)
        if validator is None:
            if _C_VALIDATOR_NAME.search(callee.rsplit("::", 1)[-1].rsplit(".", 1)[-1]):
                return True
            continue
        body = field_text(validator, "body")
        if _c_rejects(body, "") or not _c_allows_traversal(body, root):
            return True
    if re.search(rf"\b{re.escape(name)}\s*(\.|->)\s*find_first_not_of\s*\(", function.text()):
        return not _c_allows_traversal(function.text(), root)
    return False


def _c_opened(node: SgNode) -> SgNode | None:
    """The path expression a file is opened at: `fopen(p, ...)`, `open(p, ...)`, `openat(d, p,
    ...)`, `f.open(p)`, `std::ifstream in(p)`."""
    if node.kind() == "call_expression":
        args = _c_args(node)
        at = 1 if field_text(node, "function") == "openat" else 0
        return args[at] if len(args) > at else None
    holder = node.find(any=[{"kind": "parameter_list"}, {"kind": "argument_list"}])
    return next((c for c in holder.children() if c.is_named()), None) if holder else None


def c_path_joined_from_input(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A file opened at a base folder joined with a name from argv or a request, which
    nothing keeps free of `..` and `/` (CWE-22)."""
    function = ancestor(node, _C_FUNCTION)
    opened = _c_opened(node)
    if function is None or opened is None:
        return None
    text = _c_stripped(opened.text())
    expression = opened
    while expression.kind() == "call_expression" and _C_STRIP.search(expression.text()):
        inner = expression.field("function")
        target = inner.field("argument") if inner is not None else None
        if target is None:
            break
        expression = target
    for name in _c_joined_names(expression, text, function, node, root):
        shown = _c_stripped(name.text())
        if not _c_source(name, function, root, 1, node):
            continue
        root_name = re.sub(r"\s*\[.*$", "", shown)
        if _c_checked(shown, function, root, node) or (
                root_name != shown and _c_checked(root_name, function, root, node)):
            continue
        return shown
    return None


FLOW_GOJC_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "go-tls-named-callback": go_tls_named_callback,
    "java-double-checked-through-copy": java_double_checked_through_copy,
    "c-path-joined-from-input": c_path_joined_from_input,
}
