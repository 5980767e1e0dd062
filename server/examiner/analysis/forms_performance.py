"""Round forms-performance: the documented performance hazards in the forms real code takes.

What a rule's pattern cannot see, for hazards whose value comes from elsewhere in the file:

- ``js_scan_grows``: a JavaScript collection scanned once per item (`includes`, `find`,
  `indexOf`) grows with the input though it is not a plain local: a field the constructor fills
  with an array made from data (`this.overdue = overdueIds(invoices)`, a helper of the file
  that returns `invoices.filter(...).map(...)`), a local filled by such a helper, or a list
  held by a parameter of the function (`catalog.items`) searched by key equality
  (`find((p) => p.sku === line.sku)`), the lookup a Map or Set makes constant (MDN, Set).
(A function that calls itself once per pass of a loop, with no memo, is read in
`trees._self_call_per_loop_pass`, where the tree reader asks for it.)
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import JS_FUNCTIONS, field_text, function_name

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["js_scan_grows"]

_MADE_FROM_DATA: Final = re.compile(r"^\[\s*\.\.\.|\bArray\s*\.\s*from\b|"
                                    r"\.\s*(filter|map|flatMap|slice|concat)\s*\(|"
                                    r"\bObject\s*\.\s*(keys|values|entries)\s*\(")
"""An array as big as some input: derived from another collection."""
_NAME: Final = re.compile(r"[A-Za-z_$][\w$]*")


def _made_by_helper(root: SgNode, value: str, depth: int = 0) -> bool:
    """`value` is an array made from data, directly or as the result of a function of the file
    (by name, or a method of the file through `this.`) whose returned value is one."""
    value = value.strip()
    if _MADE_FROM_DATA.search(value):
        return True
    called = re.match(r"^(?:this\s*\.\s*)?([A-Za-z_$][\w$]*)\s*\(", value)
    if called is None or depth >= 2:
        return False
    name = called.group(1)
    for function in root.find_all({"rule": {"any": [{"kind": k} for k in JS_FUNCTIONS]}}):
        if function_name(function) != name:
            continue
        body = function.field("body")
        if body is None:
            continue
        if body.kind() != "statement_block":  # an arrow function's expression body
            return _made_by_helper(root, body.text(), depth + 1)
        returned = [field_text(r, "argument") or r.text().removeprefix("return")
                    for r in body.find_all(kind="return_statement")
                    if next((a for a in r.ancestors() if a.kind() in JS_FUNCTIONS), None) == function]
        return bool(returned) and all(_made_by_helper(root, r, depth + 1) for r in returned)
    return False


def _field_value(root: SgNode, field: str) -> list[str]:
    """What `this.<field>` is assigned anywhere in the file."""
    out: list[str] = []
    for assignment in root.find_all(kind="assignment_expression"):
        if re.fullmatch(rf"this\s*\.\s*{re.escape(field)}", field_text(assignment, "left")):
            out.append(field_text(assignment, "right"))
    return out


def _keyed_lookup(node: SgNode) -> bool:
    """The scan's callback compares a field of its element with another value by equality
    (`(p) => p.sku === line.sku`): a lookup by key."""
    args = node.field("arguments")
    first = next((c for c in args.children() if c.is_named()), None) if args is not None else None
    if first is None or first.kind() not in ("arrow_function", "function_expression"):
        return False
    params = _NAME.findall(field_text(first, "parameters") or field_text(first, "parameter"))
    body = field_text(first, "body")
    if not params:
        return False
    element = re.escape(params[0])
    return re.fullmatch(rf"\{{?\s*(return\s+)?{element}\s*\.\s*[\w$]+\s*===?\s*[A-Za-z_$][\w$.]*"
                        r"\s*;?\s*\}?", body) is not None or \
        re.fullmatch(rf"\{{?\s*(return\s+)?[A-Za-z_$][\w$.]*\s*===?\s*{element}\s*\.\s*[\w$]+"
                     r"\s*;?\s*\}?", body) is not None


def _named_function_parameters(node: SgNode) -> list[str]:
    """The parameters of the nearest enclosing function that is not a callback."""
    for ancestor in node.ancestors():
        if ancestor.kind() not in JS_FUNCTIONS:
            continue
        holder = ancestor.parent()
        if holder is not None and holder.kind() == "arguments":
            continue  # a callback: its parameter is an element
        params = ancestor.field("parameters") or ancestor.field("parameter")
        return _NAME.findall(re.sub(r":[^,)=]*", "", params.text())) if params is not None else []
    return []


def js_scan_grows(root: SgNode, node: SgNode, receiver: str) -> bool:
    """The receiver of a scan made once per item is a collection that grows with the input,
    though neither a plain local nor a parameter: a field or a local filled with an array made
    from data (directly or by a helper of the file), or a list a parameter holds that the scan
    searches by key."""
    field = re.fullmatch(r"this\s*\.\s*([A-Za-z_$][\w$]*)", receiver)
    if field is not None:
        values = _field_value(root, field.group(1))
        return bool(values) and all(_made_by_helper(root, v) for v in values)
    if _NAME.fullmatch(receiver):
        for declarator in root.find_all(kind="variable_declarator"):
            if field_text(declarator, "name") == receiver:
                value = field_text(declarator, "value")
                return bool(value) and _made_by_helper(root, value)
        return False
    part = re.fullmatch(r"([A-Za-z_$][\w$]*)\s*\.\s*[A-Za-z_$][\w$]*", receiver)
    if part is not None and node.kind() == "call_expression" and \
            re.search(r"\.\s*(find|findIndex|findLast|some|filter)$", field_text(node, "function")):
        return part.group(1) in _named_function_parameters(node) and _keyed_lookup(node)
    return False
