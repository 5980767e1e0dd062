"""Checks for JavaScript and TypeScript rules about units and money (``rules/javascript.yaml``
names them in ``filter``): what a tree pattern cannot see, such as which constant a field or a
parameter's default holds.

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import JS_FUNCTIONS, field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["JS_UNIT_FILTERS"]

_NAME: Final = re.compile(r"^[A-Za-z_$][\w$]*$")

_SECONDS_VALUE: Final = re.compile(
    r"^\(?\s*(\d{1,3}\s*\*\s*)?(60|3600|86400)(\s*\*\s*(60|24|7|\d{1,2}))*\s*\)?$")
"""A duration written in seconds: `30 * 60`, `3600`, `24 * 60 * 60`, `7 * 86400`. In
milliseconds the same would carry a `1000`."""
_SECONDS_NAME: Final = re.compile(r"(?i)(_s|_secs?|_seconds|secs|seconds|insec(ond)?s?)$")
_SECONDS_MEMBER: Final = re.compile(r"\.([\w$]*[._](s|secs?|seconds)|[\w$]*[a-z](Secs?|Seconds)|secs?|seconds)$")
"""A setting whose name says seconds at the end of a member path (`this.options.pollSeconds`)."""
_MILLIS_NAME: Final = re.compile(r"(?i)(ms|millis|milliseconds)$")
_NOW_MS: Final = re.compile(r"^(Date\.now\(\)|new Date\(\)\.(getTime|valueOf)\(\)|\+\s*new Date\(\)|"
                            r"(new Date\([^()]*\)|[\w$.]+)\.getTime\(\))$")


def _declared_values(root: SgNode, name: str) -> list[SgNode]:
    """What the file declares `name` with, anywhere (`const TTL = 30 * 60`)."""
    return [v for d in root.find_all(kind="variable_declarator")
            if field_text(d, "name") == name and (v := d.field("value")) is not None]


_DEFAULTED: Final = frozenset({"assignment_pattern", "object_assignment_pattern",
                               "required_parameter", "optional_parameter"})
"""Parameter forms that may carry a default (JavaScript's and TypeScript's grammars)."""


def _descendants(node: SgNode, kinds: frozenset[str]) -> list[SgNode]:
    """Nodes under `node` of these kinds (kinds one grammar lacks are simply not met)."""
    out: list[SgNode] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.kind() in kinds:
            out.append(current)
        stack.extend(c for c in current.children() if c.is_named())
    return out


def _parameter_default(function: SgNode, name: str) -> SgNode | None:
    """The default a parameter `name` of the function takes (`ttl = TTL`, `{ ttl = TTL } = {}`)."""
    params = function.field("parameters")
    if params is None:
        return None
    for pattern in _descendants(params, _DEFAULTED):
        left = pattern.field("left") or pattern.field("pattern")
        right = pattern.field("right") or pattern.field("value")
        if left is not None and right is not None and left.text() == name:
            return right
    return None


def _field_sources(node: SgNode, field: str) -> list[SgNode]:
    """What `this.field` is set from in the class around `node`: the value assigned, or, when
    that is a parameter of the method, the parameter's default."""
    body = next((a for a in node.ancestors() if a.kind() == "class_body"), None)
    if body is None:
        return []
    out: list[SgNode] = []
    for assign in body.find_all(kind="assignment_expression"):
        if field_text(assign, "left") != f"this.{field}" or (right := assign.field("right")) is None:
            continue
        method = next((a for a in assign.ancestors() if a.kind() in JS_FUNCTIONS), None)
        default = _parameter_default(method, right.text()) if method is not None and \
            _NAME.match(right.text()) else None
        out.append(default if default is not None else right)
    for parameter in _descendants(body, frozenset({"required_parameter", "optional_parameter"})):
        # a TypeScript parameter property: `constructor(private readonly ttl = TTL_SECONDS)`
        held, value = parameter.field("pattern"), parameter.field("value")
        if held is not None and value is not None and held.text() == field and any(
                c.kind() == "accessibility_modifier" or c.text() == "readonly"
                for c in parameter.children()):
            out.append(value)
    for definition in _descendants(body, frozenset({"field_definition", "public_field_definition"})):
        value = definition.field("value")
        name = field_text(definition, "name") or field_text(definition, "property")
        if name == field and value is not None:
            out.append(value)
    return out


def _in_seconds(root: SgNode, value: SgNode, depth: int = 3) -> str | None:
    """The name or text of a duration the file writes in seconds, followed through names."""
    text = value.text().strip()
    if _SECONDS_VALUE.match(text):
        return text
    if depth <= 0 or not _NAME.match(text) or _MILLIS_NAME.search(text):
        return None
    values = _declared_values(root, text)
    if len(values) != 1:
        return None
    if _SECONDS_NAME.search(text) and "1000" not in values[0].text():
        return text
    return text if _in_seconds(root, values[0], depth - 1) is not None else None


def _milliseconds_now(function: SgNode | None, operand: SgNode) -> bool:
    """The operand is the current time in milliseconds: `Date.now()`, or a local of the
    function declared from it (`const now = Date.now()`)."""
    text = operand.text().strip()
    if _NOW_MS.match(text):
        return True
    if function is None or not _NAME.match(text):
        return False
    values = [v for d in function.find_all(kind="variable_declarator")
              if field_text(d, "name") == text and (v := d.field("value")) is not None]
    return len(values) == 1 and _NOW_MS.match(values[0].text().strip()) is not None


def seconds_as_milliseconds(root: SgNode, node: SgNode, subject: str) -> str | None:
    """MDN, `Date.now()` and `setTimeout`: times and delays are milliseconds. A duration the file
    writes in seconds (`const SESSION_TTL = 30 * 60`, a name ending in `_SECONDS`), reached as
    itself, as a field the class sets from it, or as a parameter's default, added to the current
    time in milliseconds or given as a timer's delay, is a thousandth of what was meant."""
    function = next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)
    duration = node.get_match("D")
    if duration is None:
        return None
    if node.kind() == "binary_expression":
        other = node.field("left") if node.field("right") == duration else node.field("right")
        if other is None or not _milliseconds_now(function, other):
            return None
    text = duration.text()
    if node.kind() == "call_expression" and text.count(".") > 1 and _SECONDS_MEMBER.search(text):
        return subject  # a timer's delay read from a setting named in seconds: `this.opts.pollSeconds`
    if text.startswith("this."):
        sources = _field_sources(node, text[len("this."):])
        return subject if sources and all(_in_seconds(root, s) for s in sources) else None
    if function is not None and _NAME.match(text):
        default = _parameter_default(function, text)
        if default is not None:
            return subject if _in_seconds(root, default) else None
        params = function.field("parameters") or function.field("parameter")
        if params is not None and text in re.findall(r"[A-Za-z_$][\w$]*", params.text()):
            return None  # the caller's value, in whatever unit the caller chose
        if any(field_text(d, "name") == text for d in function.find_all(kind="variable_declarator")):
            local = [v for d in function.find_all(kind="variable_declarator")
                     if field_text(d, "name") == text and (v := d.field("value")) is not None]
            return subject if len(local) == 1 and _in_seconds(root, local[0]) else None
    return subject if _in_seconds(root, duration) else None


JS_UNIT_FILTERS: Final = {
    "seconds-as-milliseconds": seconds_as_milliseconds,
}
