"""Checks for the rules written from public documentation after heldout7 (``rules/*.yaml``
names them in ``filter``): what a tree pattern cannot see, such as whether a Set is shared
between calls, or whether a value the file declares is a Go string or a Java BigDecimal.

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import field_text, js_declares
from .valuetypes import declared_types, integer_operands

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["DOC_FILTERS"]

_JS_FUNCTIONS: Final = ("function_declaration", "arrow_function", "method_definition",
                        "function_expression")
_JUMPS: Final = ("return_statement", "throw_statement", "continue_statement", "break_statement")


def _owner(node: SgNode, kinds: tuple[str, ...]) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in kinds), None)


def _js_shared(root: SgNode, node: SgNode, name: str) -> bool:
    """The store outlives one call: `this.x` (`this.#x`), or a name the module declares at
    its top that no function around the node declares again."""
    if re.fullmatch(r"this\.#?[\w$]+", name):
        return True
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return False
    if any(a.kind() in _JS_FUNCTIONS and js_declares(a, name) for a in node.ancestors()):
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


_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")
_GO_TEXT_MADE: Final = re.compile(r'^(fmt\.Sprint\w*\(|string\(|strings\.\w+\(|"|`)')
_ASCII_NAMES: Final = re.compile(r"(?i)(hash|sha\d*|digest|hex|id|uuid|guid|commit|rev|sum|"
                                 r"key|token|nonce|salt|etag|fingerprint)$")
"""Names of values made of ASCII by construction (a hex digest, an id): cutting them at a
byte count cuts no character."""


_SHORTEST_CUT: Final = 10
"""A cut at fewer bytes than this, written as a number, is a field of a format (a zone's three
letters, a magic number), not a text shortened to be shown."""


def _go_string(node: SgNode) -> bool:
    """Go: the file declares the value a `string` (every declaration agreeing), or makes it
    with a call that returns one (`fmt.Sprintf`, `string(b)`, `strings.TrimSpace`)."""
    declared = declared_types(node, "go")
    if not declared:
        return False
    for type_text, value in declared:
        if type_text.strip():
            if type_text.strip() != "string":
                return False
        elif value is None or not _GO_TEXT_MADE.match(value.text().strip()):
            return False
    return True


def go_string_cut_at_bytes(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go: the sliced value is a string as the file declares it, and the cut is a shortening
    to a length (`if len(s) > n { s = s[:n] }`, `s[:min(len(s), n)]`), in a function that
    does nothing about UTF-8 (no `utf8.`, `[]rune`, `ToValidUTF8`). A value named as a hash,
    id or key is ASCII by construction and left alone."""
    del root
    operand = node.field("operand")
    end = field_text(node, "end").strip()
    if operand is None or not end or _ASCII_NAMES.search(subject) or not _go_string(operand):
        return None
    if re.fullmatch(r"\d+", end) and int(end) < _SHORTEST_CUT:
        return None  # a three-letter code or a magic number compared, not text cut to show
    holder = node.parent()
    if holder is not None and (holder.kind() in ("expression_case", "expression_switch_statement")
                               or (holder.kind() == "binary_expression" and
                                   field_text(holder, "operator") in ("==", "!="))):
        return None  # `s[:8] == "Etc/GMT+"`: a prefix compared, not a string shortened
    function = _owner(node, _GO_FUNCTIONS)
    if function is None or re.search(r"\butf8\.|\[\]rune\b|ToValidUTF8|(?i:ascii)",
                                     function.text()):
        return None
    name = re.escape(operand.text().strip())
    if re.fullmatch(rf"min\(\s*len\(\s*{name}\s*\)\s*,\s*[\w.]+\s*\)|"
                    rf"min\(\s*[\w.]+\s*,\s*len\(\s*{name}\s*\)\s*\)", end):
        return subject
    # longer than the cut (a strict test: `len(s) >= n` only checks that the slice is in range)
    test = re.compile(rf"len\(\s*{name}\s*\)\s*>\s*{re.escape(end)}(?![\w.(]|\s*[-+*/%])|"
                      rf"(?<![\w.)]){re.escape(end)}\s*<\s*len\(\s*{name}\s*\)")
    for ancestor in node.ancestors():
        if ancestor.kind() == "if_statement" and test.search(field_text(ancestor, "condition")):
            return subject
        if ancestor.kind() in _GO_FUNCTIONS:
            break
    return subject if _go_returned_when_short(function, node, name, end) else None


def _go_returned_when_short(function: SgNode, node: SgNode, name: str, end: str) -> bool:
    """Earlier in the function the string is returned whole when it is short
    (`if len(s) <= limit { return s }`), and the cut is at that limit or at a local computed
    from it (`cut := limit - len("…")`): what follows shortens the longer strings."""
    at = node.range().start.index
    limits = []
    for branch in function.find_all(kind="if_statement"):
        if branch.range().end.index >= at:
            continue
        found = re.fullmatch(rf"\s*len\(\s*{name}\s*\)\s*<=?\s*([\w.]+)\s*",
                             field_text(branch, "condition"))
        if found and re.search(rf"\breturn\s+{name}\s*($|[,}}\n])",
                               field_text(branch, "consequence")):
            limits.append(found.group(1))
    if end in limits:
        return True
    made = re.search(rf"(?<![\w.]){re.escape(end)}\s*:?=\s*([^\n;]+)", function.text())
    return made is not None and any(re.search(rf"(?<![\w.]){re.escape(limit)}(?![\w(])",
                                              made.group(1)) for limit in limits)


_BIG_DECIMAL_MADE: Final = re.compile(r"^(BigDecimal\.(ZERO|ONE|TWO|TEN|valueOf\(.*\))|"
                                      r"new\s+BigDecimal\(.*\))$", re.DOTALL)


def _java_big_decimal(node: SgNode) -> bool:
    """Java: a BigDecimal constant or construction, or a name the file declares BigDecimal
    (every declaration agreeing)."""
    text = node.text().strip()
    if _BIG_DECIMAL_MADE.match(text):
        return True
    declared = declared_types(node, "java")
    return bool(declared) and all(re.sub(r"^(final\s+)?(java\.math\.)?", "", t.strip()) ==
                                  "BigDecimal" for t, _ in declared)


def java_big_decimal_equals(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java: one side of the `equals` (`a.equals(b)`, `Objects.equals(a, b)`) is visibly a
    BigDecimal."""
    del root
    arguments = [c for c in (node.field("arguments") or node).children() if c.is_named()] \
        if node.field("arguments") is not None else []
    receiver = node.field("object")
    sides = [*([receiver] if receiver is not None and receiver.text() != "Objects" else []),
             *arguments]
    return subject if any(_java_big_decimal(side) for side in sides) else None


def c_terminator_past_checked_length(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C: `buf[len] = '\\0'` after a test that refuses only `len > sizeof buf` (or `len > N`
    for `char buf[N]`), so `len == sizeof buf` passes, and after a copy of `len` bytes into
    `buf` (`memcpy`, `memmove`, `strncpy`, `read`, `fread`) in the same function."""
    left = node.field("left")
    if left is None or left.kind() != "subscript_expression":
        return None
    buf = field_text(left, "argument").strip()
    index = left.field("indices") or left.field("index")
    length = re.sub(r"^\[|\]$", "", index.text()).strip() if index is not None else ""
    # the buffer a plain array or a struct's field (`cfg->hostname`, `rec.name`)
    if not re.fullmatch(r"[A-Za-z_]\w*(\s*(->|\.)\s*[A-Za-z_]\w*)*", buf) or \
            not re.fullmatch(r"[A-Za-z_][\w.>-]*", length):
        return None
    function = _owner(node, ("function_definition",))
    if function is None:
        return None
    text = function.text()[:node.range().start.index - function.range().start.index]
    b, n = re.escape(buf), re.escape(length)
    field = re.split(r"->|\.", buf)[-1].strip()
    sizes = [rf"sizeof\s*\(\s*{b}\s*\)(?!\s*-)", rf"sizeof\s+{b}\b(?!\s*-)"]
    declared = re.search(rf"\b{re.escape(field)}\s*\[\s*([A-Za-z_]\w*|\d+)\s*\]", root.text())
    if declared:
        sizes.append(rf"{re.escape(declared.group(1))}\b(?!\s*-)")
    checked = re.search(rf"(?<![\w.>]){n}\s*>\s*(?!=)({'|'.join(sizes)})", text)
    copied = re.search(rf"\b(memcpy|memmove|strncpy|read|fread)\s*\([^;]*(?<![\w>.]){b}\b[^;]*\b{n}\b",
                       text)
    return subject if checked and copied else None


_CONTAINER: Final = r"(std::)?(map|unordered_map|multimap|set|unordered_set|vector|deque|list|string)\b"
_LOCKED: Final = re.compile(r"\b(lock_guard|unique_lock|scoped_lock|shared_lock)\b|\.\s*lock\s*\(\s*\)")


def cpp_container_changed_by_threads(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++: the changed container is a member the file declares as a standard container, the
    function changing it is one the file starts on threads (`std::thread(&C::f, this)`,
    `emplace_back(&C::f, this)`, `[this] { f(); }` handed to a thread), and that function takes
    no lock of its own (`lock_guard`, `unique_lock`, `scoped_lock`, `m.lock()`)."""
    member = subject.removeprefix("this->")
    function = _owner(node, ("function_definition",))
    if function is None:
        return None
    declarator = function.field("declarator")
    inner = declarator.field("declarator") if declarator is not None else None
    name = inner.text().rsplit("::", 1)[-1] if inner is not None else ""
    text = root.text()
    declared = rf"{_CONTAINER}\s*<[^;{{}}]*>\s*{re.escape(member)}\s*[;{{=]"
    # a member: declared in the file, not a local of this function
    if not name or not re.search(declared, text) or re.search(declared, function.text()):
        return None
    f = re.escape(name)
    started = re.search(rf"std::thread\s*[({{]\s*&\s*\w+::{f}\b|"
                        rf"(emplace_back|push_back|emplace)\s*\(\s*(std::thread\s*\(\s*)?&\s*\w+::{f}\b|"
                        rf"(std::thread|emplace_back|push_back|emplace|std::async)\s*\([^;]*\[\s*(this|&|=)[^\]]*\]"
                        rf"[^{{;]*\{{\s*(this->)?{f}\s*\(", text)
    return subject if started and not _LOCKED.search(function.text()) else None


DOC_FILTERS: Final = {
    "cpp-container-changed-by-threads": cpp_container_changed_by_threads,
    "c-terminator-past-checked-length": c_terminator_past_checked_length,
    "go-string-cut-at-bytes": go_string_cut_at_bytes,
    "java-big-decimal-equals": java_big_decimal_equals,
    "page-count-not-corrected": page_count_not_corrected,
    "go-page-count-not-corrected": go_page_count_not_corrected,
    "check-then-act-across-await": check_then_act_across_await,
}
"""The filters of this module by the name a rule gives in ``filter``."""
