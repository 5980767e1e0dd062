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

from .trees import ancestor, contains, ends_before, field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["FLOW_GOJC_FILTERS"]

# --- Go: a peer-verification callback given by name -------------------------------------------

_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")
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
                value = next((c for c in right.children() if c.is_named()), None)
                if value is not None:
                    out.append(value)
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
        if after is not None and after.kind() == "try_statement" and after.field("body"):
            out.append(after.field("body"))
        elif (holder := statement.parent()) is not None and holder.kind() == "block" and \
                (tried := holder.parent()) is not None and tried.kind() == "try_statement":
            out.append(holder)
    return out


def _java_sets(block: SgNode, field: str, hidden: frozenset[str]) -> bool:
    return any(_java_field_named(a.field("left"), hidden) == field
               for a in block.find_all(kind="assignment_expression")
               if a.field("left") is not None and field_text(a, "operator") in ("", "="))


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


FLOW_GOJC_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "go-tls-named-callback": go_tls_named_callback,
    "java-double-checked-through-copy": java_double_checked_through_copy,
}
