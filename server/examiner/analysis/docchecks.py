"""Checks for the rules written from public documentation after heldout7 (``rules/*.yaml``
names them in ``filter``): what a tree pattern cannot see, such as whether a Set is shared
between calls, or whether a value the file declares is a Go string or a Java BigDecimal.

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .trees import (
    GO_FUNCTIONS,
    JS_FUNCTIONS,
    field_text,
    function_name,
    js_branch_leaves,
    js_outlives_call,
)
from .valuetypes import declared_types, integer_operands

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["DOC_FILTERS"]



def _owner(node: SgNode, kinds: tuple[str, ...]) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in kinds), None)


_AWAIT: Final = re.compile(r"(?<![\w$.])await\b")


def _got_local(node: SgNode, store: str, condition: str) -> tuple[str, bool] | None:
    """(key, absent) when the test is of a local the function took with `store.get(key)`
    (`const prev = results.get(k); if (prev !== undefined) return prev;`): absent when the
    test holds for a missing entry (`!prev`, `prev === undefined`, `prev == null`)."""
    owner = _owner(node, JS_FUNCTIONS)
    if owner is None:
        return None
    name = re.escape(store)
    for declarator in owner.find_all(kind="variable_declarator"):
        local = field_text(declarator, "name")
        got = re.fullmatch(rf"(?<![\w$.]){name}\s*\.\s*get\(\s*([^()]+?)\s*\)",
                           field_text(declarator, "value"))
        if got is None or declarator.range().start.index > node.range().start.index or \
                not re.fullmatch(r"[A-Za-z_$][\w$]*", local):
            continue
        v = re.escape(local)
        if re.fullmatch(rf"\(\s*(!\s*{v}|{v}\s*===?\s*(undefined|null)|"
                        rf"(undefined|null)\s*===?\s*{v})\s*\)", condition):
            return got.group(1), True
        if re.fullmatch(rf"\(\s*({v}|{v}\s*!==?\s*(undefined|null)|"
                        rf"(undefined|null)\s*!==?\s*{v})\s*\)", condition):
            return got.group(1), False
    return None


def _own_text(node: SgNode) -> str:
    """The node's text with the bodies of the functions inside it blanked: an `await` or a write
    in a callback or an async IIFE does not suspend or act in the function around it."""
    text = node.text()
    start = node.range().start.index
    for kind in JS_FUNCTIONS:
        for inner in node.find_all(kind=kind):
            if inner.range().start.index == start:
                continue
            a, b = inner.range().start.index - start, inner.range().end.index - start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


def check_then_act_across_await(root: SgNode, node: SgNode, subject: str) -> str | None:
    """JS: the `if` tests a shared Set, Map, object or array for a key (`S.has(k)`, `S[k]`,
    `S.includes(k)`, or a local taken with `S.get(k)`), and the key is recorded (`S.add(k)`,
    `S.set(k, ...)`, `S[k] = ...`, `S.push(k)`) only after an `await` of the same function:
    either the `if` leaves when the key is there and the record comes after an await among
    the statements that follow, or the `if` runs when it is not and its branch awaits before
    recording. The key tested again after the await (a re-check) closes the gap."""
    if not js_outlives_call(root, node, subject):
        return None
    condition = field_text(node, "condition")
    name = re.escape(subject)
    argument = r"([^()]*(?:\([^()]*\)[^()]*)*?)"
    # `S.has(k)` anywhere in the test; `S[k]` and `S.includes(k)` as the whole test
    found = re.search(rf"(!\s*)?(?<![\w$.]){name}\s*\.\s*has\(\s*{argument}\s*\)", condition) or \
        re.search(rf"^\(\s*(!\s*)?(?<![\w$.]){name}\s*(?:\.\s*includes\(\s*{argument}\s*\)|"
                  rf"\[\s*([^\[\]]+?)\s*\])\s*\)$", condition)
    key = next((g for g in found.groups()[1:] if g), "") if found else ""
    negated = bool(found.group(1)) if found else False
    if not key:
        local = _got_local(node, subject, condition)
        if local is None:
            return None
        key, negated = local
    key = re.escape(key)
    record = re.compile(rf"(?<![\w$.]){name}\s*(\.\s*(add|set|push)\(\s*{key}\s*[,)]|"
                        rf"\[\s*{key}\s*\]\s*=(?!=))")
    retest = re.compile(rf"(?<![\w$.]){name}\s*(\.\s*(has|get|includes)\(\s*{key}\s*\)|"
                        rf"\[\s*{key}\s*\](?!\s*=(?!=)))")
    if negated:
        consequence = node.field("consequence")
        branch = _own_text(consequence) if consequence is not None else ""
        wrote = record.search(branch)
        gap = _AWAIT.search(branch[:wrote.start()]) if wrote else None
        return subject if wrote and gap and \
            not retest.search(branch[gap.end():wrote.start()]) else None
    if not js_branch_leaves(node):
        return None
    block = node.parent()
    if block is None:
        return None
    awaited = False
    for sibling in block.children():
        if sibling.range().start.index <= node.range().start.index:
            continue
        text = _own_text(sibling)
        wrote = record.search(text)
        if wrote:
            before = text[:wrote.start()]
            gap = _AWAIT.search(before)
            if gap and retest.search(before[gap.end():]):
                return None
            return subject if awaited or gap else None
        if _AWAIT.search(text):
            awaited = True
        elif awaited and retest.search(text):
            return None  # tested again after the await
    return None


def catch_then_carries_on(root: SgNode, node: SgNode, subject: str) -> str | None:
    """JS: something runs after the `try` whose catch only logs. A script's last top-level
    statement (in no function, nothing after it up to the program's end) is the outermost
    handler: nothing carries on, and logging is all a top-level handler can do."""
    del root
    if _owner(node, JS_FUNCTIONS) is not None:
        return subject
    current = _owner(node, ("try_statement",))
    while current is not None and current.kind() != "program":
        after = current.next()
        if after is not None and after.is_named():
            return subject
        current = current.parent()
    return None


_ANY_FUNCTION: Final = (*JS_FUNCTIONS, "function_definition", "function_item",
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


_ONE: Final = r"(\|\||\?\?)\s*\(?\s*['\"`]?1['\"`]?(?![\w.])"
_ZERO: Final = r"(\|\||\?\?)\s*\(?\s*['\"`]?0['\"`]?(?![\w.])"
_SAME_EXPRESSION: Final = r"(?:[^;,\n]|\([^()\n]*\))*?"
"""The rest of one expression: no statement ends, and no comma but in parentheses it opens."""


def _one_based(text: str, page: str) -> bool:
    """The code takes the page to count from 1: it sets it (or reads a field of its name,
    `Number(q.page) || 1`) with a default of 1 (`?? '1'`, `|| 1`, `Math.max(1, ...)`), starts,
    clamps or resets it at 1, or refuses it below 1 (`page < 1`, `page <= 0`)."""
    p = rf"(?<![\w$]){re.escape(page)}"
    return re.search(
        rf"{p}(\s*[=:](?!=)|\b){_SAME_EXPRESSION}({_ONE}|Math\.max\(\s*1\s*,|,\s*1\s*\))|"
        rf"{p}\s*=\s*1(?![\w.])|{p}\s*<\s*1(?![\w.])|{p}\s*<=\s*0(?![\w.])|"
        rf"\b1\s*>\s*{p}\b|Math\.max\(\s*1\s*,{_SAME_EXPRESSION}{p}\b", text) is not None


def _zero_based(text: str, page: str) -> bool:
    """The code lets the page be 0: a default of 0, a start at 0, a refusal only below 0."""
    p = rf"(?<![\w$]){re.escape(page)}"
    return re.search(
        rf"{p}(\s*[=:](?!=)|\b){_SAME_EXPRESSION}{_ZERO}|{p}\s*=\s*0(?![\w.])|"
        rf"{p}\s*<\s*0(?![\w.])|{p}\s*>=\s*0(?![\w.])", text) is not None


def _stepped_down(text: str, page: str) -> bool:
    """The code takes 1 from the page (`page - 1`, `page -= 1`, `page--`)."""
    p = rf"(?<![\w$.]){re.escape(page)}"
    return re.search(rf"{p}\s*(-\s*1(?![\w.])|-=\s*1(?![\w.])|--)|--\s*{p}\b", text) is not None


def _names(text: str) -> set[str]:
    """The identifiers in a piece of code."""
    return set(re.findall(r"[A-Za-z_$][\w$]*", text))


def _made_by(scope: SgNode, helpers: re.Pattern[str]) -> set[str]:
    """Names the scope itself (not a function inside it) declares from a call of a helper:
    `page` of `const page = parsePage(q)`, `page` and `size` of `const { page, size } = ...`."""
    def own(declarator: SgNode) -> bool:
        owner = _owner(declarator, JS_FUNCTIONS)
        if scope.kind() == "program":
            return owner is None
        return owner is not None and owner.range().start.index == scope.range().start.index

    return {name for d in scope.find_all(kind="variable_declarator")
            if helpers.search(field_text(d, "value")) and own(d)
            for name in _names(field_text(d, "name"))}


def offset_from_page_one_based_elsewhere(root: SgNode, node: SgNode, subject: str) -> str | None:
    """JS: `page * size` is an offset in a function that does not itself say where pages
    start, and another function of the file makes the same-named page count from 1
    (``_one_based``) and hands it in: the function computing the offset declares the page
    from a call of it, or a call of the function computing the offset passes a call of it, a
    value declared from one, or the page of a caller that makes it count from 1. Escapes: a
    page that may be 0 anywhere in the file, 1 taken off in the function or in an argument of
    the call."""
    function = _owner(node, JS_FUNCTIONS)
    if function is None or _zero_based(root.text(), subject) or \
            _stepped_down(function.text(), subject) or _one_based(function.text(), subject):
        return None
    first, last = function.range().start.index, function.range().end.index
    helpers = {name for f in root.find_all({"rule": {"any": [{"kind": k} for k in JS_FUNCTIONS]}})
               if (name := function_name(f)) and _one_based(f.text(), subject) and not (
                   f.range().start.index <= first and last <= f.range().end.index)}
    calls = re.compile(rf"(?<![\w$])({'|'.join(map(re.escape, sorted(helpers)))})\s*\(") \
        if helpers else None
    if calls is not None and subject in _made_by(function, calls):
        return subject  # `const page = this.pageOf(req)`
    name = function_name(function)
    if not name:
        return None
    for call in root.find_all(kind="call_expression"):
        if not re.fullmatch(rf"([\w$.]+\.)?{re.escape(name)}", field_text(call, "function")):
            continue
        arguments = field_text(call, "arguments")
        if re.search(r"-\s*1(?![\w.])", arguments):
            return None  # an argument takes 1 off: `page - 1`, `parsePage(q) - 1`
        scope = _owner(call, JS_FUNCTIONS)
        passed = _names(arguments)
        if calls is not None and (calls.search(arguments) or passed & _made_by(scope or root, calls)):
            return subject
        if scope is not None and subject in passed and _one_based(scope.text(), subject):
            return subject
    return None



_NUMBER_TYPE: Final = re.compile(r"^:\s*((undefined|null)\s*\|\s*)*number(\s*\|\s*(undefined|null))*$")
"""A TypeScript annotation that makes a value a number, or a number that may be missing."""
_TS_PARAMETERS: Final = ("required_parameter", "optional_parameter")
_LOGICAL: Final = frozenset({"&&", "||", "??"})


def _ts_number_declared(node: SgNode, value: SgNode) -> bool:
    """TS: the file declares the value a number (``_NUMBER_TYPE``). A name: the nearest
    parameter or variable of that name in the functions around it, or else the module's. A
    field, `o.f` or `this.f`: every property, class field or parameter property named `f` in
    the file (at least one), since the object's own type is not followed."""
    if value.kind() == "identifier":
        name = value.text()
        for scope in [*(a for a in node.ancestors() if a.kind() in JS_FUNCTIONS),
                      node.get_root().root()]:
            params = scope.field("parameters")
            for param in (params.children() if params is not None else []):
                if param.kind() in _TS_PARAMETERS and field_text(param, "pattern") == name:
                    return bool(_NUMBER_TYPE.match(field_text(param, "type")))
            for declarator in scope.find_all(kind="variable_declarator"):
                owner = _owner(declarator, JS_FUNCTIONS)
                own = owner is None if scope.kind() == "program" else \
                    owner is not None and owner.range() == scope.range()
                if own and field_text(declarator, "name") == name:
                    return bool(_NUMBER_TYPE.match(field_text(declarator, "type")))
        return False
    name = field_text(value, "property")
    types = [field_text(d, "type") for d in node.get_root().root().find_all({"rule": {"any": [
        {"kind": "property_signature"}, {"kind": "public_field_definition"}]}})
        if field_text(d, "name") == name]
    types += [field_text(p, "type") for p in node.get_root().root().find_all({"rule": {"any": [
        {"kind": k} for k in _TS_PARAMETERS]}})
        if field_text(p, "pattern") == name and p.find({"rule": {"kind": "accessibility_modifier"}})]
    return bool(types) and all(_NUMBER_TYPE.match(t) for t in types)


def _tested_as_condition(node: SgNode) -> bool:
    """The expression is read for its truth, not kept as a value: the condition of an `if`,
    a loop or a `?:`, an operand of `!` or of another `&&`, `||`, `??`."""
    child = node
    parent = node.parent()
    while parent is not None and parent.kind() == "parenthesized_expression":
        child, parent = parent, parent.parent()
    if parent is None:
        return False
    if parent.kind() in ("if_statement", "while_statement", "do_statement", "for_statement"):
        return True
    if parent.kind() == "ternary_expression":
        condition = parent.field("condition")
        return condition is not None and condition.range() == child.range()
    if parent.kind() == "unary_expression":
        return field_text(parent, "operator") == "!"
    return parent.kind() == "binary_expression" and field_text(parent, "operator") in _LOGICAL


def number_defaulted_with_or(root: SgNode, node: SgNode, subject: str) -> str | None:
    """TS: `x || fallback` keeps a value the file declares a number (``_ts_number_declared``),
    so an explicit 0 is replaced by the fallback. Escapes: the expression read for its truth
    (``_tested_as_condition``), the value compared with 0, `undefined` or `null`, or its
    type tested, earlier in the function."""
    del root
    value = node.field("left")
    if value is None or _tested_as_condition(node) or not _ts_number_declared(node, value):
        return None
    function = _owner(node, JS_FUNCTIONS)
    if function is not None:
        before = function.text()[:node.range().start.index - function.range().start.index]
        v = rf"(?<![\w$.]){re.escape(subject)}(?![\w$])"
        if re.search(rf"{v}\s*(===?|!==?|<=?|>=?)\s*(0|undefined|null)\b|"
                     rf"\b(0|undefined|null)\s*(===?|!==?|<=?|>=?)\s*{v}|typeof\s+{v}|"
                     rf"(isNaN|isFinite|isInteger)\(\s*{v}\s*\)", before):
            return None
    return subject


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
    function = _owner(node, GO_FUNCTIONS)
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
        if ancestor.kind() in GO_FUNCTIONS:
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


def _java_big_decimal(node: SgNode, source: str = "") -> bool:
    """Java: a BigDecimal constant or construction, a name the file declares BigDecimal (every
    declaration agreeing), or a call of an accessor the file declares to give one (a record's
    component `BigDecimal amount`, a method `BigDecimal amount()`)."""
    text = node.text().strip()
    if _BIG_DECIMAL_MADE.match(text):
        return True
    accessor = re.fullmatch(r"(?:[\w.]+\s*\.\s*)?(\w+)\s*\(\s*\)", text)
    if accessor and source:
        name = re.escape(accessor.group(1))
        types = re.findall(rf"(?<![\w.])([\w.]+)\s+{name}\s*(?:[,)]|\(\s*\))", source)
        if types and all(t.removeprefix("java.math.") == "BigDecimal" for t in types):
            return True
    declared = declared_types(node, "java")
    return bool(declared) and all(re.sub(r"^(final\s+)?(java\.math\.)?", "", t.strip()) ==
                                  "BigDecimal" for t, _ in declared)


def java_big_decimal_equals(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java: one side of the `equals` (`a.equals(b)`, `Objects.equals(a, b)`) is visibly a
    BigDecimal."""
    arguments = [c for c in (node.field("arguments") or node).children() if c.is_named()] \
        if node.field("arguments") is not None else []
    receiver = node.field("object")
    sides = [*([receiver] if receiver is not None and receiver.text() != "Objects" else []),
             *arguments]
    source = root.text()
    return subject if any(_java_big_decimal(side, source) for side in sides) else None


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
    # a buffer handed in with its size, the C idiom `char *dst, size_t dstsz`
    parameters = function.field("declarator")
    paired = re.search(rf"\*\s*{b}\s*,\s*(?:const\s+)?(?:size_t|unsigned(?:\s+int)?|int|long|"
                       rf"unsigned\s+long)\s+([A-Za-z_]\w*)", parameters.text()) \
        if parameters is not None else None
    if paired:
        sizes.append(rf"{re.escape(paired.group(1))}\b(?!\s*-)")
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


@dataclass(frozen=True)
class _Refill:
    """How one language writes the parts of a token bucket's refill."""

    functions: tuple[str, ...]
    assignments: tuple[str, ...]
    ifs: tuple[str, ...]
    cuts: tuple[str, ...]
    """The node kinds a cut to a whole number can be: a call, a cast, a division."""
    now: re.Pattern[str]
    """A call that reads the current time."""
    field: re.Pattern[str]
    """An assignment's target that is the object's field (the tokens, the timestamp)."""


_REFILL: Final = {
    "rust": _Refill(("function_item", "closure_expression"),
                    ("assignment_expression", "compound_assignment_expr"), ("if_expression",),
                    ("call_expression", "type_cast_expression", "binary_expression"),
                    re.compile(r"^((std|tokio)::time::)?(Instant|SystemTime)::now\(\)$"),
                    re.compile(r"^[A-Za-z_]\w*\.\w+$")),
    "go": _Refill(("function_declaration", "method_declaration", "func_literal"),
                  ("assignment_statement",), ("if_statement",), ("call_expression", "binary_expression"),
                  re.compile(r"^time\.Now\(\)$"), re.compile(r"^[A-Za-z_]\w*\.\w+$")),
    "java": _Refill(("method_declaration", "constructor_declaration", "lambda_expression"),
                    ("assignment_expression",), ("if_statement",),
                    ("method_invocation", "cast_expression", "binary_expression"),
                    re.compile(r"^(System\.(currentTimeMillis|nanoTime)\(\)|(Instant|LocalDateTime|"
                               r"ZonedDateTime|OffsetDateTime)\.now\(.*\)|\w*[cC]lock\.(millis|instant)\(\))$"),
                    re.compile(r"^(this\.)?[A-Za-z_]\w*$")),
}
_FLOAT_MARKERS: Final = re.compile(
    r"as_secs_f(32|64)|as_millis_f|\bf(32|64)\b|\d\.\d|\d\.(?!\w)|\d[eE][-+]?\d|\b\d+[dDfF]\b|"
    r"\.(Seconds|Minutes|Hours)\(\)|\bfloat(32|64)\b|\b(double|float|Double|Float)\b|"
    r"\bmath\.|\bMath\.")
"""What makes an expression a float in these languages: a float method, type or literal."""
_INTEGER_TYPE: Final = re.compile(r"^(u|i)(8|16|32|64|128|size)$|^u?int(8|16|32|64)?$|^(int|long|short)$")


def _locals_of(function: SgNode, language: str) -> list[tuple[str, SgNode]]:
    """(name, value) for each local the function declares (`let x = v`, `x := v`, `var x =
    v`, `long x = v`) and each later plain `x = v` to one of them."""
    found: list[tuple[str, SgNode]] = []
    assignments: list[tuple[str, SgNode]] = []
    if language == "rust":
        for declaration in function.find_all(kind="let_declaration"):
            value = declaration.field("value")
            name = re.sub(r"^mut\s+", "", field_text(declaration, "pattern"))
            if value is not None and re.fullmatch(r"[A-Za-z_]\w*", name):
                found.append((name, value))
    elif language == "go":
        for declaration in function.find_all(kind="short_var_declaration") + \
                function.find_all(kind="var_spec") + function.find_all(kind="assignment_statement"):
            spec = declaration.kind() == "var_spec"
            left = declaration.field("left") if not spec else None
            names = [n.strip() for n in (left.text() if left is not None else
                                         field_text(declaration, "name")).split(",")]
            right = declaration.field("value" if spec else "right")
            values = [c for c in right.children() if c.is_named()] if right is not None else []
            if len(names) != len(values) or field_text(declaration, "operator") not in ("", "=", ":="):
                continue
            pairs = [(n, v) for n, v in zip(names, values, strict=True) if re.fullmatch(r"[A-Za-z_]\w*", n)]
            (assignments if declaration.kind() == "assignment_statement" else found).extend(pairs)
    else:
        for declarator in function.find_all(kind="variable_declarator"):
            value = declarator.field("value")
            if value is not None:
                found.append((field_text(declarator, "name"), value))
    if language != "go":
        for assignment in function.find_all(kind="assignment_expression"):
            value = assignment.field("right")
            name = field_text(assignment, "left")
            if value is not None and field_text(assignment, "operator") in ("", "=") and \
                    re.fullmatch(r"[A-Za-z_]\w*", name):
                assignments.append((name, value))
    declared = {n for n, _ in found}
    return found + [(n, v) for n, v in assignments if n in declared]


def _mentions(text: str, names: set[str]) -> bool:
    text = re.sub(r"\bthis\.", "", text)
    return any(re.search(rf"(?<![\w.]){re.escape(n)}(?!\w)", text) for n in names)


def _java_float_names(node: SgNode) -> bool:
    """A name in the Java expression the file declares as a double or a float."""
    for name in [node, *node.find_all(kind="identifier"), *node.find_all(kind="field_access")]:
        if name.kind() in ("identifier", "field_access") and any(
                re.match(r"^(final\s+)?(double|float|Double|Float)$", t.strip())
                for t, _ in declared_types(name, "java")):
            return True
    return False


def _cuts_to_whole(node: SgNode, language: str, floats: set[str], elapsed: set[str]) -> bool:
    """The node cuts a time span to a whole number (see ``_truncations``)."""
    kind = node.kind()
    callee = field_text(node, "function") if kind == "call_expression" else ""
    method = field_text(node, "name") if kind == "method_invocation" else ""
    if re.search(r"(\.|::)(floor|Floor|trunc|Trunc)$|^math\.(Floor|Trunc)$", callee) or method == "floor":
        return True
    if kind in ("type_cast_expression", "cast_expression"):
        return _INTEGER_TYPE.match(field_text(node, "type").strip()) is not None and (
            _FLOAT_MARKERS.search(field_text(node, "value")) is not None or
            (language == "java" and _java_float_names(node)))
    if kind == "call_expression":
        if language == "rust":
            return re.search(r"\.as_secs$", callee) is not None
        return language == "go" and _INTEGER_TYPE.match(callee) is not None and \
            _FLOAT_MARKERS.search(field_text(node, "arguments")) is not None
    if kind == "method_invocation":
        return method in ("toSeconds", "getSeconds", "toMinutes", "toHours") or \
            (method == "between" and "ChronoUnit." in field_text(node, "object"))
    return kind == "binary_expression" and field_text(node, "operator") == "/" and \
        _integer_division(node, language, elapsed, floats)


def _truncations(function: SgNode, language: str, elapsed: set[str], floats: set[str]) -> list[SgNode]:
    """The expressions of the function that cut a time span that mentions `elapsed` to a
    whole number: Rust `as_secs()`, an integer cast of a float, an integer division of
    `as_millis()`/`as_nanos()`; Go an integer conversion of `Seconds()`, a Duration divided by
    a Duration (`elapsed / time.Second`); Java `toSeconds()`/`getSeconds()`,
    `ChronoUnit.X.between`, an integer cast of a double, a `long` divided by an integer;
    `floor` in any of them. `floats` are the locals that hold a float."""
    return [node for kind in _REFILL[language].cuts for node in function.find_all(kind=kind)
            if _mentions(node.text(), elapsed) and _cuts_to_whole(node, language, floats, elapsed)]


_INTEGER_DIVISOR: Final = {
    "rust": re.compile(r"^(\d[\d_]*([ui](8|16|32|64|128|size))?|[\w.]+\.as_(secs|millis|micros|nanos)\(\))$"),
    "go": re.compile(r"^(\d[\d_]*|time\.(Nanosecond|Microsecond|Millisecond|Second|Minute|Hour))$"),
    "java": re.compile(r"^\d[\d_]*[lL]?$"),
}
"""Divisors that are integers by their text: a literal, a Duration's whole count, a Go unit."""
_INTEGER_DECLARED: Final = re.compile(
    r"^(final\s+)?([ui](8|16|32|64|128|size)|u?int(8|16|32|64)?|time\.Duration|long|int|short|Long|Integer)$")
_JAVA_INTEGER_CALLS: Final = frozenset({"currentTimeMillis", "nanoTime", "toMillis", "toNanos", "getTime",
                                        "millis", "toEpochMilli", "getEpochSecond", "size", "length"})


def _declared_integer(node: SgNode, language: str) -> bool:
    types = [t.strip() for t, _ in declared_types(node, language)]
    return bool(types) and all(_INTEGER_DECLARED.match(t) for t in types)


def _integer_division(node: SgNode, language: str, elapsed: set[str], floats: set[str]) -> bool:
    """The division takes a span that mentions `elapsed` and both sides are visibly integers:
    no float method, type, literal or float local in it; the divisor a literal, a whole count
    (`as_nanos()`, `time.Second`) or a name the file declares as an integer; in Rust the span a
    whole count (`as_millis()`); in Java every name in it declared as an integer and every
    call one that returns a count of time (`currentTimeMillis()`, `toMillis()`)."""
    left, right = node.field("left"), node.field("right")
    if left is None or right is None or not _mentions(left.text(), elapsed) or \
            _FLOAT_MARKERS.search(node.text()) or _mentions(node.text(), floats):
        return False
    divisor = right.text().strip()
    if not _INTEGER_DIVISOR[language].match(divisor) and not (
            right.kind() in ("identifier", "field_expression", "selector_expression", "field_access") and
            _declared_integer(right, language)):
        return False
    if language == "rust":
        return re.search(r"\.as_(secs|millis|micros|nanos)\(\)", left.text()) is not None
    if language == "java":
        for call in left.find_all(kind="method_invocation"):
            if field_text(call, "name") not in _JAVA_INTEGER_CALLS:
                return False
        for name in [*left.find_all(kind="identifier"), *left.find_all(kind="field_access")]:
            parent = name.parent()
            if parent is not None and parent.kind() in ("method_invocation", "field_access"):
                continue
            if not _declared_integer(name, "java"):
                return False
    return True


def _to_integer(node: SgNode) -> bool:
    """The expression is a cast or conversion to an integer type (`x as u64`, `(long) x`,
    `int64(x)`)."""
    while node.kind() == "parenthesized_expression" and node.child(1) is not None:
        inner = [c for c in node.children() if c.is_named()]
        if len(inner) != 1:
            break
        node = inner[0]
    if node.kind() in ("type_cast_expression", "cast_expression"):
        return _INTEGER_TYPE.match(field_text(node, "type").strip()) is not None
    return node.kind() == "call_expression" and _INTEGER_TYPE.match(field_text(node, "function")) is not None


_SPAN: Final = re.compile(r"(?<![-+*/=<>!])-(?![-=>])|\.(Sub|duration_since|elapsed|between)\(|\bSince\(")
"""A condition that measures the time since the timestamp (`now - last >= 1000`,
`time.Since(r.last) >= time.Second`), not one that only orders two instants."""


def _holds(node: SgNode, nodes: list[SgNode]) -> bool:
    """One of the nodes lies within `node`."""
    start, end = node.range().start.index, node.range().end.index
    return any(start <= n.range().start.index and n.range().end.index <= end for n in nodes)


def refill_truncated(language: str) -> Callable[[SgNode, SgNode, str], str | None]:
    """A check for a token bucket's refill that sets its timestamp to now (the match) after
    adding tokens for the elapsed time cut to a whole number: in the function, an expression
    cuts a span computed from the timestamp (`now.duration_since(self.last).as_secs()`,
    `int64(elapsed.Seconds()*rate)`, `(now - last) / 1000`), and its value reaches another field
    (`self.tokens += secs * rate`). Left alone: fractional tokens (nothing cut), a timestamp
    also advanced by arithmetic (`last += n * interval`, only the time the whole tokens account
    for), and a move to now guarded by, or after an early return on, a test of the cut value
    (`if add > 0`) or of the elapsed span (`if now - last >= 1000`), which keeps the remainder
    until a whole token is due."""
    forms = _REFILL[language]

    def check(root: SgNode, node: SgNode, subject: str) -> str | None:
        del root
        function = _owner(node, forms.functions)
        left, right = node.field("left"), node.field("right")
        if function is None or left is None or right is None:
            return None
        stamp = re.sub(r"^this\.", "", left.text().strip())
        value = right.text().strip()
        locals_ = _locals_of(function, language)
        if any(n == stamp for n, _ in locals_):
            return None  # a local, not the object's timestamp
        if not forms.now.match(value) and not (
                re.fullmatch(r"[A-Za-z_]\w*", value) and (
                    re.fullmatch(r"(?i)now\w*|\w*Now", value) or
                    any(n == value and forms.now.match(" ".join(v.text().split())) for n, v in locals_))):
            return None  # not set to the current time
        elapsed = {stamp}
        for _ in range(3):
            elapsed |= {n for n, v in locals_ if _mentions(v.text(), elapsed)}
        floats = {n for n, v in locals_ if _FLOAT_MARKERS.search(v.text()) and not _to_integer(v)}
        for _ in range(3):
            floats |= {n for n, v in locals_ if _mentions(v.text(), floats)}
        cuts = _truncations(function, language, elapsed, floats)
        if not cuts:
            return None
        cut = {n for n, v in locals_ if _holds(v, cuts)}
        for _ in range(3):
            cut |= {n for n, v in locals_ if _mentions(v.text(), cut)}
        credited = False
        for assignment in (a for kind in forms.assignments for a in function.find_all(kind=kind)):
            target = assignment.field("left")
            source = assignment.field("right")
            if target is None or source is None:
                continue
            target_text = re.sub(r"^this\.", "", target.text().strip())
            if target_text == stamp:
                if assignment != node and (_mentions(source.text(), {stamp}) or
                                           field_text(assignment, "operator") not in ("", "=")):
                    return None  # advanced by the time the whole tokens account for
                continue
            if not forms.field.match(target.text().strip()) or \
                    any(n == target_text for n, _ in locals_):
                continue
            if _holds(source, cuts) or _mentions(source.text(), cut):
                credited = True
        if not credited:
            return None
        start = node.range().start.index
        spans = elapsed - {stamp}
        for test in (t for kind in forms.ifs for t in function.find_all(kind=kind)):
            condition = test.field("condition")
            if condition is None or not (
                    _holds(condition, cuts) or _mentions(condition.text(), cut | spans) or
                    (_mentions(condition.text(), {stamp}) and _SPAN.search(condition.text()))):
                continue
            if test.range().start.index <= start < test.range().end.index or \
                    test.range().end.index <= start:
                return None  # the timestamp moves only once a whole token is due
        return subject

    return check


DOC_FILTERS: Final = {
    **{f"{language}-refill-truncated": refill_truncated(language) for language in _REFILL},
    "cpp-container-changed-by-threads": cpp_container_changed_by_threads,
    "c-terminator-past-checked-length": c_terminator_past_checked_length,
    "go-string-cut-at-bytes": go_string_cut_at_bytes,
    "java-big-decimal-equals": java_big_decimal_equals,
    "page-count-not-corrected": page_count_not_corrected,
    "go-page-count-not-corrected": go_page_count_not_corrected,
    "check-then-act-across-await": check_then_act_across_await,
    "catch-then-carries-on": catch_then_carries_on,
    "offset-from-page-one-based-elsewhere": offset_from_page_one_based_elsewhere,
    "number-defaulted-with-or": number_defaulted_with_or,
}
"""The filters of this module by the name a rule gives in ``filter``."""
