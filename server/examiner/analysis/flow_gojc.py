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


FLOW_GOJC_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "go-tls-named-callback": go_tls_named_callback,
}
