"""Checks that a rule's premise holds where it matched, for the shapes well-kept code shows
a pattern cannot tell apart: a string rebuilt per item rather than grown across the loop, a
call whose definition in the file returns no error. Each takes (root, node, subject) like
the filters in ``filters`` and returns the subject, or None to drop a finding whose premise
is false or cannot be verified."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["go_accumulated_string", "go_call_returns_error"]

_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")
_GO_NUMBER: Final = re.compile(r"^(-?[\d.]+|len\(|cap\(|int\d*\(|uint\d*\(|float\d*\()")
_GO_NUMERIC_TYPE: Final = re.compile(r"^(u?int\d*|float\d+|byte|rune|uintptr|complex\d+)$")


def _go_names(spec: SgNode) -> list[str]:
    if spec.kind() == "short_var_declaration":
        return [x.strip() for x in field_text(spec, "left").split(",")]
    return [c.text() for c in spec.children() if c.kind() == "identifier"]


def _go_declaration(scope: SgNode, name: str) -> SgNode | None:
    """The nearest declaration of `name` inside `scope` (not inside a nested function)."""
    for spec in scope.find_all({"rule": {"any": [{"kind": "short_var_declaration"},
                                                 {"kind": "var_spec"}]}}):
        owner = next((a for a in spec.ancestors() if a.kind() in _GO_FUNCTIONS), None)
        inner = next((a for a in scope.ancestors() if a.kind() in _GO_FUNCTIONS), None) \
            if scope.kind() not in _GO_FUNCTIONS else scope
        if owner is not None and inner is not None and owner != inner:
            continue
        if name in _go_names(spec):
            return spec
    return None


def _go_capped(loop: SgNode, body: SgNode, subject: str = "") -> bool:
    """The loop stops after a fixed number of items: its body breaks (or returns) when the
    range index reaches a constant (`if i == 3 { ...; break }`), or it runs while the string
    itself is shorter than a constant (`for len(frac) < 2 { frac += "0" }`: padding to a
    width)."""
    # Go's grammar gives a bare condition no field: the named child that is not a clause
    condition = next((c for c in loop.children() if c.is_named() and c.kind() not in (
        "block", "for_clause", "range_clause")), None)
    if subject and condition is not None and re.fullmatch(
            rf"len\(\s*{re.escape(subject)}\s*\)\s*<=?\s*\d+", condition.text().strip()):
        return True
    ranged = next((c for c in loop.children() if c.kind() == "range_clause"), None)
    left = field_text(ranged, "left") if ranged is not None else ""
    index = left.split(",")[0].strip()
    if not re.fullmatch(r"[A-Za-z_]\w*", index) or index == "_":
        return False
    return re.search(rf"\bif\s+{re.escape(index)}\s*(==|>=|>)\s*\d+\s*\{{[^{{}}]*\b(break|return)\b",
                     body.text()) is not None


def go_accumulated_string(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`s += "..."` in a loop grows one string across the iterations only when `s` is a
    string declared outside the loop: a variable declared in the loop's body is a new string
    per item (`name := f.Name(); if dir { name += "/" }`), a number (`size += len(", ")`)
    is no string at all, and a loop that stops at a fixed index adds a fixed number of pieces."""
    loop = next((a for a in node.ancestors() if a.kind() == "for_statement"), None)
    body = loop.field("body") if loop is not None else None
    if body is None or loop is None or _go_declaration(body, subject) is not None or \
            _go_capped(loop, body, subject):
        return None
    right = field_text(node, "right").strip()
    if _GO_NUMBER.match(right):
        return None
    function = next((a for a in node.ancestors() if a.kind() in _GO_FUNCTIONS), None)
    spec = _go_declaration(function, subject) if function is not None else None
    if spec is not None:
        value = field_text(spec, "right") if spec.kind() == "short_var_declaration" \
            else field_text(spec, "value")
        if _GO_NUMERIC_TYPE.match(field_text(spec, "type").strip()) or \
                _GO_NUMBER.match(value.strip()):
            return None
    return subject


def go_call_returns_error(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A call's error is thrown away only if it returns one: where the file itself defines a
    function or method of that name, and none of them has an `error` among its results
    (`func (e *Encoding) Encode(dst, src []byte)`), there is no error to lose."""
    name = subject.rsplit(".", 1)[-1]
    defined = [d for d in root.find_all({"rule": {"any": [{"kind": "function_declaration"},
                                                          {"kind": "method_declaration"}]}})
               if field_text(d, "name") == name]
    if defined and not any(re.search(r"\berror\b", field_text(d, "result")) for d in defined):
        return None
    return subject
