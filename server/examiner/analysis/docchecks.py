"""Checks for the rules written from public documentation after heldout7 (``rules/*.yaml``
names them in ``filter``): what a tree pattern cannot see, such as whether a Set is shared
between calls, or whether a value the file declares is a Go string or a Java BigDecimal.

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import field_text
from .valuetypes import integer_operands

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["DOC_FILTERS"]

_JS_FUNCTIONS: Final = ("function_declaration", "arrow_function", "method_definition",
                        "function_expression")
_JUMPS: Final = ("return_statement", "throw_statement", "continue_statement", "break_statement")


def _owner(node: SgNode, kinds: tuple[str, ...]) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in kinds), None)


def _js_declares(function: SgNode, name: str) -> bool:
    """A JavaScript function declares `name` as a parameter or a local of its own."""
    params = function.field("parameters") or function.field("parameter")
    if params is not None and name in re.findall(r"[A-Za-z_$][\w$]*", params.text()):
        return True
    body = function.field("body")
    return body is not None and any(
        field_text(d, "name") == name for d in body.find_all(kind="variable_declarator"))


def _js_shared(root: SgNode, node: SgNode, name: str) -> bool:
    """The store outlives one call: `this.x` (`this.#x`), or a name the module declares at
    its top that no function around the node declares again."""
    if re.fullmatch(r"this\.#?[\w$]+", name):
        return True
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return False
    if any(a.kind() in _JS_FUNCTIONS and _js_declares(a, name) for a in node.ancestors()):
        return False
    top = re.compile(rf"(?m)^(export\s+)?(const|let|var)\s+{re.escape(name)}\b")
    return top.search(root.text()) is not None


def _leaves(statement: SgNode) -> bool:
    branch = statement.field("consequence")
    if branch is None:
        return False
    if branch.kind() in _JUMPS:
        return True
    last = [c for c in branch.children() if c.is_named()]
    return bool(last) and last[-1].kind() in _JUMPS


_AWAIT: Final = re.compile(r"(?<![\w$.])await\b")


def check_then_act_across_await(root: SgNode, node: SgNode, subject: str) -> str | None:
    """JS: the `if` tests a shared Set or Map for a key (`S.has(k)`), and the key is recorded
    (`S.add(k)`, `S.set(k, ...)`) only after an `await` of the same function: either the `if`
    leaves when the key is there and the record comes after an await among the statements
    that follow, or the `if` runs when it is not and its branch awaits before recording."""
    if not _js_shared(root, node, subject):
        return None
    condition = field_text(node, "condition")
    name = re.escape(subject)
    found = re.search(rf"(!\s*)?(?<![\w$.]){name}\s*\.\s*has\(\s*([^()]*(?:\([^()]*\)[^()]*)*?)\s*\)",
                      condition)
    if found is None or not found.group(2):
        return None
    negated, key = bool(found.group(1)), re.escape(found.group(2))
    record = re.compile(rf"(?<![\w$.]){name}\s*\.\s*(add|set)\(\s*{key}\s*[,)]")
    if negated:
        branch = field_text(node, "consequence")
        wrote = record.search(branch)
        return subject if wrote and _AWAIT.search(branch[:wrote.start()]) else None
    if not _leaves(node):
        return None
    block = node.parent()
    if block is None:
        return None
    awaited = False
    for sibling in block.children():
        if sibling.range().start.index <= node.range().start.index:
            continue
        text = sibling.text()
        wrote = record.search(text)
        if wrote:
            return subject if awaited or _AWAIT.search(text[:wrote.start()]) else None
        if _AWAIT.search(text):
            awaited = True
    return None


_ANY_FUNCTION: Final = (*_JS_FUNCTIONS, "function_definition", "function_item",
                        "method_declaration", "func_literal", "constructor_declaration",
                        "lambda_expression", "lambda")


def page_count_not_corrected(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The page count rounded down is not put right afterwards in its function: no remainder
    taken (`total % size`, `divmod`), no `ceil`, and the name not incremented (`pages++`,
    `pages += 1`, `pages = pages + 1`)."""
    del root
    function = _owner(node, _ANY_FUNCTION)
    text = function.text() if function is not None else node.text()
    name = re.escape(subject)
    if re.search(r"%|\bdivmod\(|\bceil", text) or re.search(
            rf"(?<![\w$.]){name}\s*(\+\+|\+=|=\s*{name}\s*\+)|\+\+\s*{name}\b", text):
        return None
    return subject


def go_page_count_not_corrected(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go: as ``page_count_not_corrected``, and both operands are integers in this file (a
    division of floats does not round)."""
    if not integer_operands(node, "go"):
        return None
    return page_count_not_corrected(root, node, subject)


DOC_FILTERS: Final = {
    "page-count-not-corrected": page_count_not_corrected,
    "go-page-count-not-corrected": go_page_count_not_corrected,
    "check-then-act-across-await": check_then_act_across_await,
}
"""The filters of this module by the name a rule gives in ``filter``."""
