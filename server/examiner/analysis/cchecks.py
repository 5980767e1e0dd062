"""Checks for the C, C++ and Java rules of the second checklist round (``rules/*.yaml`` names
them in ``filter``): what a tree pattern cannot see, such as whether a copy's length was ever
compared with the size of the array it is copied into, or whether a moved-from object is read
again on the same path.

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import contextlib
import math
import re
from typing import TYPE_CHECKING, Final

from .trees import field_text, function_name
from .valuetypes import declared_types

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["ROUND2_FILTERS"]

_COMPARISON: Final = re.compile(r"^(<|>|<=|>=|==|!=)$")
_BOUND_WORDS: Final = re.compile(r"(?i:sizeof|max|cap|limit|room)|\b[A-Z][A-Z0-9_]{2,}\b|\b\d{2,}\b")
"""What a comparison's other side names when it bounds a length by a destination: `sizeof`, a
capacity or limit, a constant (`VALUE_MAX`, `NAME_LEN`), a number of two digits or more."""


def _code_only(text: str) -> str:
    """The text with string and character literals emptied and comments removed."""
    return re.sub(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|//[^\n]*|/\*.*?\*/', '""', text,
                  flags=re.DOTALL)


def _text(node: SgNode | None) -> str:
    return node.text() if node is not None else ""


def _owner(node: SgNode, kinds: tuple[str, ...]) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in kinds), None)


def _word(name: str) -> str:
    return rf"(?<![\w.>]){re.escape(name)}(?!\w)"


def _before(node: SgNode, other: SgNode) -> bool:
    return other.range().end.index <= node.range().start.index


def _c_array_size(root: SgNode, function: SgNode, dest: str) -> str | None:
    """The declared size of the array `dest` names (`char buf[64]` in the function or the file,
    `unsigned char value[VALUE_MAX]` as a field of a struct the file declares), or None when
    the destination is not an array with a size written in this file."""
    name = re.split(r"->|\.", dest)[-1].strip()
    if not re.fullmatch(r"[A-Za-z_]\w*", name):
        return None
    pattern = re.compile(rf"(?<![\w.>]){re.escape(name)}\s*\[\s*([A-Za-z_]\w*|\d+)\s*\]\s*[;,=)]")
    if name == dest:  # a plain array: declared in this function, or at the top of the file
        for scope in (function, root):
            for declaration in scope.find_all(kind="declaration"):
                if scope is root and _owner(declaration, ("function_definition",)) is not None:
                    continue
                found = pattern.search(declaration.text())
                if found:
                    return found.group(1)
        return None
    for field in root.find_all(kind="field_declaration"):
        found = pattern.search(field.text())
        if found:
            return found.group(1)
    return None


def _c_parameters(function: SgNode) -> list[str]:
    declarator = function.field("declarator")
    while declarator is not None and declarator.kind() != "function_declarator":
        declarator = declarator.field("declarator")
    listed = declarator.field("parameters") if declarator is not None else None
    names: list[str] = []
    for parameter in (listed.children() if listed is not None else []):
        found = re.findall(r"[A-Za-z_]\w*", parameter.text())
        if parameter.kind() == "parameter_declaration" and found:
            names.append(found[-1])
    return names


def _from_constants(function: SgNode, name: str, parameters: set[str]) -> bool:
    """`name` is a local the function sets only from values that are not its parameters (a
    header size summed from constants and flags), so a test against it is a bound."""
    if not re.fullmatch(r"[A-Za-z_]\w*", name) or name in parameters:
        return False
    sets = re.findall(rf"(?<![\w.>]){re.escape(name)}\s*=(?!=)\s*([^;]*);", function.text())
    return bool(sets) and all(
        not parameters & set(re.findall(r"[A-Za-z_]\w*", value)) and "-" not in value
        for value in sets)


def c_copy_length_unchecked_against_destination(root: SgNode, node: SgNode,
                                                subject: str) -> str | None:
    """C: `memcpy(dst, src, n)` into an array of a size this file declares, where the function
    compares `n` before the copy, but only with other lengths (what is left of the input), never
    with a size, a capacity or a constant, and never clamps it with `sizeof` or a constant."""
    arguments = [c for c in (node.field("arguments") or node).children() if c.is_named()]
    if len(arguments) != 3:
        return None
    dest, length = arguments[0].text().strip(), arguments[2].text().strip()
    if not re.fullmatch(r"[A-Za-z_]\w*", length) or re.fullmatch(r"[A-Z][A-Z0-9_]*", length):
        return None  # a constant (`RUN_ID_SIZE`) is a length fixed in the source
    function = _owner(node, ("function_definition",))
    if function is None:
        return None
    size = _c_array_size(root, function, dest)
    if size is None:
        return None
    n = _word(length)
    parameters = set(_c_parameters(function))
    compared = False
    for test in function.find_all(kind="binary_expression"):
        operator = test.field("operator")
        if operator is None or not _COMPARISON.match(operator.text()) or not _before(node, test):
            continue
        left, right = test.field("left"), test.field("right")
        if left is None or right is None:
            continue
        for side, other in ((left, right), (right, left)):
            if re.search(n, side.text()) and not re.fullmatch(r"\d|NULL|nullptr", other.text()):
                compared = True  # (a test for zero or one is no comparison with a length)
                if _BOUND_WORDS.search(other.text()) or re.search(_word(size), other.text()) or \
                        _from_constants(function, other.text(), parameters):
                    return None
    if not compared:
        return None
    # clamped or set from a size (`n = MIN(n, sizeof buf)`, `n = sizeof buf - 1`), or a type
    # too narrow to reach the array's size (`uint8_t n` into `char buf[256]`)
    text = function.text()[:node.range().start.index - function.range().start.index]
    if re.search(rf"{n}\s*=[^=;][^;]*(sizeof|\bmin\b|\bMIN\b|\b{re.escape(size)}\b)", text):
        return None
    defined = re.search(rf"(?m)^\s*#\s*define\s+{re.escape(size)}\s+\(?(\d+)\)?\s*$", root.text())
    value = size if size.isdigit() else defined.group(1) if defined else ""
    if re.search(rf"\b(uint8_t|u8|unsigned\s+char)\s+{re.escape(length)}\b", text) and \
            value and int(value) >= 256:
        return None
    return subject


def c_format_not_from_literals(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C: the format handed to a printf-like call is not a constant (`BANNER`), nor a name the
    file only ever sets from string literals (`const char *fmt = v ? "a %s" : "b %s"`,
    `static const char usage[] = "..."`)."""
    if re.fullmatch(r"[A-Z][A-Z0-9_]*", subject):
        return None
    name = re.split(r"->|\.", subject)[-1].strip()
    if re.fullmatch(r"[A-Za-z_]\w*", name):
        # (a key inside a string literal, `"name="`, is no assignment)
        sets = re.findall(rf"(?<![\w.>\"]){re.escape(name)}\s*(?:\[[^\]]*\])?\s*=(?!=)\s*([^;]*);",
                          root.text())
        literal = r'\s*(\(\s*)*"[^;]*'
        if sets and all(re.match(rf'{literal}$', s) or re.match(r'[^;?]*\?\s*"[^;:]*"\s*:\s*"', s)
                        for s in sets):
            return None
    return subject


_LENGTH_USES: Final = r"\b(write|send|sendto|fwrite|memcpy|memmove|SSL_write|strncpy|strncat)\s*\([^;]*"


def c_snprintf_result_unchecked(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C: what `snprintf` returned is added to an offset (`used += snprintf(...)`) or used as
    the length of a write or copy, and the function never compares it (nor the offset) with
    anything. A measuring call (`snprintf(NULL, 0, ...)`) returns the size wanted, not a
    length written."""
    function = _owner(node, ("function_definition",))
    if function is None or re.search(r"snprintf\s*\(\s*(NULL|0|nullptr)\s*,", node.text()):
        return None
    # the output can outgrow the buffer: a string conversion, or a format that is not a literal
    # (numbers alone have a bounded width, and buffers are sized for them)
    call = next(iter(node.find_all(kind="call_expression")), None)
    listed = call.field("arguments") if call is not None else None
    arguments = [c for c in (listed.children() if listed is not None else []) if c.is_named()]
    form = arguments[2] if len(arguments) >= 3 and "vsnprintf" not in node.text() else None
    if form is not None and form.kind() in ("string_literal", "concatenated_string") and \
            not re.search(r"%[-+ #0-9.*]*[sS]", form.text()):
        return None
    n = _word(subject)
    for test in function.find_all(kind="binary_expression"):
        operator = test.field("operator")
        if operator is not None and _COMPARISON.match(operator.text()) and \
                re.search(n, test.text()):
            return None
    if re.search(r"(?<![<>=!])\+=", node.text()):
        return subject
    after = function.text()[node.range().end.index - function.range().start.index:]
    if re.search(rf"{_LENGTH_USES}{n}\s*[,)]", after) or re.search(rf"\+=\s*{n}\s*;", after):
        return subject
    return None


def c_terminator_after_full_read(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C: `buf[n] = 0` where `n` was last set from `read`/`recv`/`recvfrom`/`fread` asked for
    the whole array (`sizeof buf`, or the size it is declared with, with no `- 1`), and the
    function never compares `n` with that size."""
    function = _owner(node, ("function_definition",))
    left = node.field("left")
    if function is None or left is None:
        return None
    index = left.field("indices") or left.field("index")
    count = re.sub(r"^\[|\]$", "", index.text()).strip() if index is not None else ""
    size = _c_array_size(root, function, subject)
    if size is None or not re.fullmatch(r"[A-Za-z_]\w*", count):
        return None
    b, n = re.escape(subject), _word(count)
    whole = rf"(sizeof\s*\(\s*{b}\s*\)|sizeof\s+{b}\b|(?<![\w.>]){re.escape(size)}\b)(?!\s*-)"
    text = function.text()[:node.range().start.index - function.range().start.index]
    reads = list(re.finditer(rf"{n}\s*=(?!=)\s*(\([^()]*\)\s*)?(read|recv|recvfrom)\s*\(\s*[^,;]+,\s*"
                             rf"{b}\s*,\s*{whole}\s*[,)]|"
                             rf"{n}\s*=(?!=)\s*(\([^()]*\)\s*)?fread\s*\(\s*{b}\s*,\s*1\s*,\s*{whole}\s*,",
                             text))
    if not reads or re.search(rf"{n}\s*=(?!=)", text[reads[-1].end():]):
        return None
    size_words = rf"sizeof|(?<![\w.>]){re.escape(size)}\b"
    for test in function.find_all(kind="binary_expression"):
        operator = test.field("operator")
        if operator is not None and _COMPARISON.match(operator.text()) and \
                re.search(n, test.text()) and re.search(size_words, test.text()):
            return None
    return subject


_FUNCTIONS: Final = ("function_definition", "method_declaration", "constructor_declaration",
                     "lambda_expression")
_LOOPS: Final = ("for_statement", "while_statement", "do_statement", "enhanced_for_statement",
                 "for_range_loop")


def _bare(text: str) -> str:
    text = " ".join(text.split())
    while text.startswith("(") and text.endswith(")") and text.count("(") == text.count(")"):
        text = text[1:-1].strip()
    return text


def _running_minimum(update: SgNode, name: str) -> bool:
    """`if (x < name) name = x;` (or `name > x`), or `name = min(name, x)`, inside a loop."""
    right = update.field("right")
    value = _bare(right.text()) if right is not None else ""
    if not value or re.fullmatch(r"-?[\d.]+[fFlL]?|[A-Z][A-Z0-9_.]*", value):
        return False
    if not any(a.kind() in _LOOPS for a in update.ancestors()):
        return False
    v, x = re.escape(name), re.escape(value)
    if re.fullmatch(rf"(std::|Math\.)?f?min\s*\(\s*({v}\s*,\s*.+|.+,\s*{v}\s*)\)", value):
        return True
    test = next((a for a in update.ancestors() if a.kind() == "if_statement"), None)
    condition = test.field("condition") if test is not None else None
    if condition is None:
        return False
    return re.fullmatch(rf"{x}\s*<=?\s*{v}|{v}\s*>=?\s*{x}", _bare(condition.text())) is not None


def min_seeded_with_zero(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C, C++ and Java: a running minimum declared as 0 whose every later assignment is the
    update of a minimum in a loop (`if (x < lo) lo = x;`, `lo = min(lo, x)`): nothing seeds it
    from the data (the first item, a maximum value, a flag for the first pass), so with values
    above zero it stays 0."""
    function = _owner(node, _FUNCTIONS)
    if function is None:
        return None
    updates = [a for a in function.find_all(kind="assignment_expression")
               if _bare(field_text(a, "left")) == subject]
    if not updates or not all(_running_minimum(u, subject) for u in updates):
        return None
    if re.search(rf"{_word(subject)}\s*(==|!=)|(==|!=)\s*{_word(subject)}|"
                 rf"[-+*/]=\s*{_word(subject)}|{_word(subject)}\s*([-+*/]=|\+\+|--)",
                 function.text()):
        return None  # tested for its seed (`lo == 0 ||`), or changed some other way
    return subject


_REINITIALISED: Final = r"\s*(=(?!=)|\.\s*(clear|assign|reset|emplace|swap)\s*\(|\.\s*operator\s*=)"


_MOVING_METHODS: Final = re.compile(r"(\.|->)\s*(push_back|emplace_back|push_front|emplace_front|emplace|"
                                    r"insert|push|assign|swap)$")


def _moves_for_sure(call: SgNode) -> bool:
    """`std::move(x)` only casts; `x` is emptied only where the value is taken: assigned or
    initialised from (`a = std::move(x)`, `T a{std::move(x)}`, `T a(std::move(x))`), or handed
    to a standard container's insertion (`v.push_back(std::move(x))`). Handed to any other
    function, it may be taken by reference and copied, so nothing is claimed."""
    parent = call.parent()
    if parent is None:
        return False
    if parent.kind() in ("assignment_expression", "init_declarator", "initializer_list",
                         "field_initializer"):
        return True
    if parent.kind() == "argument_list":
        holder = parent.parent()
        if holder is None:
            return False
        if holder.kind() == "init_declarator":
            return True
        function = holder.field("function") if holder.kind() == "call_expression" else None
        return function is not None and _MOVING_METHODS.search(function.text()) is not None
    return False


def cpp_used_after_move(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++: `std::move(x)` in a statement of a block, and a later statement of the same block
    reads `x` before anything assigns, clears, resets or swaps it (clang-tidy
    bugprone-use-after-move). Smart pointers are left alone (a moved-from one is null, a defined
    state tests rely on), and so is a move in a `return` or into a lambda's capture."""
    if not _moves_for_sure(node):
        return None
    statement, up = node, node.parent()
    while up is not None and up.kind() != "compound_statement":
        statement, up = up, up.parent()
        if statement.kind() in ("return_statement", "lambda_expression", "lambda_capture_specifier",
                                "function_definition"):
            return None
    if up is None or statement.kind() not in ("expression_statement", "declaration"):
        return None
    if re.search(rf"(unique_ptr|shared_ptr|weak_ptr)\s*<[^;]*>\s*&?&?\s*{re.escape(subject)}\b",
                 root.text()):
        return None
    x = _word(subject)
    for later in statement.next_all():
        text = _code_only(later.text())
        found = re.search(x, text)
        if found is None:
            continue
        if re.match(_REINITIALISED, text[found.end():]) and later.kind() == "expression_statement" \
                and text.lstrip().startswith(subject):
            return None
        if later.kind() in ("expression_statement", "declaration", "return_statement",
                            "for_range_loop", "for_statement", "if_statement", "while_statement"):
            return subject
        return None
    return None


def cpp_size_minus_one_unguarded(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++: a loop runs to `c.size() - 1` and nothing before it in the function tests `c` for
    being empty (`empty()`, a comparison of its size, a test of it as a condition)."""
    function = _owner(node, ("function_definition", "lambda_expression"))
    if function is None:
        return None
    text = _code_only(function.text()[:node.range().start.index - function.range().start.index])
    c = re.escape(subject)
    if re.search(rf"(?<![\w.>]){c}\s*(\.|->)\s*(empty|size|length)\s*\(\s*\)\s*(?!-)", text) and \
            re.search(rf"(?<![\w.>]){c}\s*(\.|->)\s*empty\s*\(|"
                      rf"(?<![\w.>]){c}\s*(\.|->)\s*(size|length)\s*\(\s*\)\s*([<>!=]=?)|"
                      rf"([<>!=]=?)\s*{c}\s*(\.|->)\s*(size|length)\s*\(", text):
        return None
    return subject


_UNSIGNED_COUNT: Final = re.compile(r"^(const\s+)?((std::)?size_t|unsigned(\s+(int|long|long\s+long))?|"
                                    r"uint(8|16|32|64)_t)$")


def c_count_minus_one_unguarded(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C and C++: a loop runs to `n - 1` where `n` is an unsigned count the function is given
    or declares (`size_t n`, `const auto n = v.size()`), and nothing before the loop tests `n`
    (`n == 0`, `n < 2`, `!n`, `if (n)`): with n == 0 the bound wraps to the largest value."""
    del root
    function = _owner(node, ("function_definition", "lambda_expression"))
    if function is None:
        return None
    start = node.range().start.index - function.range().start.index
    before = _code_only(function.text()[:start])
    name = _word(subject)
    declared = [field_text(d, "type") for d in function.find_all(
        {"rule": {"any": [{"kind": "parameter_declaration"}, {"kind": "declaration"}]}})
        if _declares(d, subject)]
    unsigned = any(_UNSIGNED_COUNT.match(" ".join(t.split())) for t in declared) or \
        re.search(rf"\bauto\s+{name}\s*=\s*[\w.>-]+\s*(\.|->)\s*(size|length)\s*\(\s*\)\s*;",
                  before) is not None
    if not unsigned:
        return None
    guard = (rf"{name}\s*(==|!=|<=?|>=?)|(==|!=|<=?|>=?)\s*{name}|!\s*{name}|\(\s*{name}\s*\)|"
             rf"\b(assert|if|while)\s*\([^;{{]*{name}")
    return None if re.search(guard, before) else subject


def _declares(declaration: SgNode, name: str) -> bool:
    """A parameter or declaration that names `name` (a pointer or reference to it as well)."""
    for child in declaration.children():
        if child.kind() in ("identifier", "init_declarator", "pointer_declarator",
                            "reference_declarator") and \
                re.fullmatch(rf"[*&\s]*{re.escape(name)}(\s*=.*)?", child.text(), re.DOTALL):
            return True
    return False


def _cpp_locals(function: SgNode) -> set[str]:
    """Parameters and local variables of a C++ function (by the names they are declared with)."""
    names = set(_c_parameters(function))
    for declarator in function.find_all(kind="init_declarator"):
        inner = declarator.field("declarator")
        if inner is not None and re.fullmatch(r"[&*\s]*[A-Za-z_]\w*", inner.text()):
            names.add(inner.text().strip("&* \t"))
    for declaration in function.find_all(kind="declaration"):
        for child in declaration.children():
            if child.kind() == "identifier":
                names.add(child.text())
    return names


def cpp_detached_thread_captures_locals(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++: a lambda that captures by reference (`[&]`, `[&x]`) is handed to a `std::thread`
    that is detached (`std::thread(...).detach()`, or the thread variable's `detach()` in the
    same function), and what it captures is a local or a parameter of the function around it,
    which ends while the thread may still run."""
    function = _owner(node, ("function_definition",))
    capture = next((c for c in node.children() if c.kind() == "lambda_capture_specifier"), None)
    body = node.field("body")
    if function is None or capture is None or body is None:
        return None
    holder = node.parent()
    thread = holder.parent() if holder is not None else None
    if thread is None:
        return None
    detached = False
    if thread.kind() == "call_expression" and re.match(r"std::thread\b", thread.text()):
        after = thread.parent()
        detached = after is not None and after.kind() == "field_expression" and \
            re.search(r"\.\s*detach$", after.text()) is not None
    elif thread.kind() == "init_declarator" and re.match(r"std::thread\b", _text(thread.parent())):
        name = field_text(thread, "declarator").strip()
        detached = re.search(rf"(?<![\w.>]){re.escape(name)}\s*\.\s*detach\s*\(",
                             function.text()) is not None
    if not detached:
        return None
    locals_ = _cpp_locals(function)
    explicit = set(re.findall(r"&\s*([A-Za-z_]\w*)", capture.text()))
    if explicit & locals_:
        return subject
    if re.fullmatch(r"\[\s*&\s*(,[^\]]*)?\]", capture.text()):
        used = set(re.findall(r"(?<![\w.>:])([A-Za-z_]\w*)", _code_only(body.text())))
        by_value = set(re.findall(r"[,\[]\s*([A-Za-z_]\w*)\s*(?=[,\]=])", capture.text()))
        if (used - by_value) & locals_:
            return subject
    return None


_GROWS: Final = (r"\s*(\.|->)\s*(push_back|emplace_back|insert|emplace|resize|reserve|append|assign|"
                 r"push_front|emplace_front)\s*\(")
_DEQUE_MIDDLE: Final = r"\s*(\.|->)\s*(insert|emplace|insert_range|shrink_to_fit)\s*\("


def _invalidating(container_type: str, iterator: bool) -> str:
    """The calls on a container of this type that invalidate what is kept into it, after
    cppreference's iterator invalidation table: on a vector or a string every growth may
    reallocate and invalidates references, pointers and iterators alike; on a deque growth at
    either end (`push_back`, `emplace_front`, a growing `resize`) invalidates iterators but no
    reference or pointer, which only an insertion that may be in the middle (`insert`,
    `emplace`) or `shrink_to_fit` invalidates."""
    return _DEQUE_MIDDLE if container_type == "deque" and not iterator else _GROWS


def _element_reference(node: SgNode) -> tuple[str, str, bool] | None:
    """(name, container, is an iterator) for a declaration that keeps a reference, a pointer
    or an iterator into a container (`Node& p = nodes_[i]`, `auto it = v.begin()`), or None
    for a copy of the element or anything else."""
    value = node.field("value")
    declarator = node.field("declarator")
    if value is None or declarator is None:
        return None
    name = declarator.text().strip("&* \t")
    target = re.match(r"&?\s*([A-Za-z_][\w]*(?:(?:\.|->)[A-Za-z_]\w*)*)\s*"
                      r"(\[|(\.|->)\s*(at|back|front|data|begin|end)\s*\()", value.text())
    if not re.fullmatch(r"[A-Za-z_]\w*", name) or target is None:
        return None
    iterator = declarator.kind() == "identifier"
    if iterator and not re.search(r"(\.|->)\s*(begin|end|data)\s*\(", value.text()):
        return None  # a copy of the element, not a reference to it
    return name, target.group(1), iterator and "data" not in value.text()


def _reference_from_member(root: SgNode, node: SgNode) -> tuple[str, str, bool] | None:
    """(name, container, False) for a reference declared from a call of a member function of
    the file that hands back a reference to an element of a member container (`Day& src =
    dayFor(date)` where `Day& dayFor(...)` returns `days_.back()`, `days_[i]`, or the variable
    of a `for (Day& d : days_)`), or None."""
    value, declarator = node.field("value"), node.field("declarator")
    if value is None or declarator is None or value.kind() != "call_expression" or \
            declarator.kind() != "reference_declarator":
        return None
    name = declarator.text().strip("&* \t")
    callee = re.sub(r"^this\s*->\s*", "", field_text(value, "function")).strip()
    if not re.fullmatch(r"[A-Za-z_]\w*", name) or not re.fullmatch(r"[A-Za-z_]\w*", callee):
        return None
    for function in root.find_all(kind="function_definition"):
        returned = function.field("declarator")
        if function_name(function) != callee or returned is None or \
                returned.kind() != "reference_declarator" or function.field("body") is None:
            continue
        body = _code_only(field_text(function, "body"))
        element = re.search(r"\breturn\s+(?:this\s*->\s*)?([A-Za-z_]\w*)\s*"
                            r"(?:\[|(?:\.|->)\s*(?:back|front|at)\s*\()", body)
        if element:
            return name, element.group(1), False
        for loop in re.finditer(r"\bfor\s*\(\s*[\w:<>\s]+&\s*(\w+)\s*:\s*(?:this\s*->\s*)?(\w+)\s*\)",
                                body):
            if re.search(rf"\breturn\s+{re.escape(loop.group(1))}\s*;", body):
                return name, loop.group(2), False
    return None


def cpp_reference_kept_across_growth(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++: a reference, pointer or iterator into a `std::vector`, `std::string` or
    `std::deque` the file declares (`Node& p = nodes_[i]`, `auto it = v.begin()`), then a later
    statement of the same block that grows that container in a way that invalidates it
    (`push_back`, `insert`, `resize`...; on a deque only a middle insertion invalidates a
    reference), then a use of the reference after it: the growth may reallocate, and the
    reference dangles (cppreference, iterator invalidation)."""
    kept = _element_reference(node)
    if kept is None:
        return None
    name, container, iterator = kept
    field = re.split(r"\.|->", container)[-1]
    block = _owner(node, ("compound_statement",))
    if block is None or not re.search(rf"(?<![\w.>]){re.escape(container)}{_GROWS}", block.text()):
        return None  # cheap first: nothing in the block grows the container
    # a variable, a member, or a parameter (`std::vector<Job>& jobs,`)
    declared = re.search(rf"std::(vector|basic_string|string|deque)\b[^;(){{}}]*?\b{re.escape(field)}\s*[;{{=,)]",
                         root.text())
    if declared is None:
        return None
    grows = rf"(?<![\w.>]){re.escape(container)}{_invalidating(declared.group(1), iterator)}"
    statement = node.parent()
    if statement is None or statement.kind() != "declaration" or statement.parent() != block:
        return None
    grown = False
    for later in statement.next_all():
        text = _code_only(later.text())
        if not grown:
            if re.search(grows, text):
                grown = True
                if re.search(_word(name), text.split(container, 1)[0]):
                    return None
            elif re.search(rf"(?<![\w.>]){re.escape(name)}\s*=(?!=)", text):
                return None
            continue
        if re.search(rf"(?<![\w.>]){re.escape(name)}\s*=(?!=)", text):
            return None
        if re.search(_word(name), text):
            return name
    return None


def _member_container_type(root: SgNode, field: str) -> str:
    """'vector', 'string' or 'deque' when a class or struct of the file declares the member
    with that standard type, else ''."""
    for declaration in root.find_all(kind="field_declaration"):
        names = re.findall(r"[A-Za-z_]\w*", " ".join(
            c.text() for c in declaration.children() if c.kind() in ("field_identifier", "init_declarator")))
        if field not in names:
            continue
        found = re.match(r"^(?:std::)?(vector|basic_string|string|deque)\b", field_text(declaration, "type"))
        return "string" if found and found.group(1) == "basic_string" else (found.group(1) if found else "")
    return ""


def _class_of(function: SgNode) -> str:
    """The class a member function belongs to: `Tree` of `Tree::add`, or the class whose body
    holds the definition ('' for a free function)."""
    declarator = function.field("declarator")
    while declarator is not None and declarator.kind() != "function_declarator":
        declarator = declarator.field("declarator")
    name = field_text(declarator, "declarator") if declarator is not None else ""
    if "::" in name:
        return name.rsplit("::", 1)[0].split("<")[0].strip()
    holder = _owner(function, ("class_specifier", "struct_specifier"))
    return field_text(holder, "name") if holder is not None else ""


def _growing_members(root: SgNode, klass: str, grows: str) -> set[str]:
    """Names of the class's member functions, defined in this file, whose body grows the
    member container (`grows` matches the growth), itself or through other such members it
    calls (`find` that falls back to `add`, which does the `push_back`)."""
    bodies: dict[str, list[str]] = {}
    for function in root.find_all(kind="function_definition"):
        body = function.field("body")
        if body is not None and _class_of(function) == klass and (name := function_name(function).strip()):
            bodies.setdefault(name, []).append(_code_only(body.text()))
    found = {name for name, texts in bodies.items() if any(re.search(grows, t) for t in texts)}
    while True:
        calls = re.compile(rf"(?<![\w.>])(?:this\s*->\s*)?({'|'.join(map(re.escape, found))})\s*\(") \
            if found else None
        more = {name for name, texts in bodies.items()
                if name not in found and calls is not None and any(calls.search(t) for t in texts)}
        if not more:
            return found
        found |= more


def _used_after_call(statement: SgNode, call: SgNode, name: str) -> bool:
    """In the statement that makes the growing call, the kept name is used once the call has
    run: after it in the text, as the object or target the call's result goes to
    (`parent.children.push_back(addTask(n))`, `parent.id = addTask(n)`), or anywhere in a
    loop around the call (the next pass)."""
    word = re.compile(_word(name))
    for ancestor in call.ancestors():
        if ancestor.kind() in _LOOPS and word.search(_code_only(ancestor.text())):
            return True
        if ancestor == statement:
            break
        if ancestor.kind() == "call_expression" and word.search(field_text(ancestor, "function")):
            return True
        if ancestor.kind() == "assignment_expression" and word.search(field_text(ancestor, "left")):
            return True
    after = statement.text()[call.range().end.index - statement.range().start.index:]
    return word.search(_code_only(after)) is not None


def cpp_reference_kept_across_growing_call(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++: a reference, pointer or iterator into a member container (`Task& parent =
    tasks_[i]`), then in a later statement of the same block a call of another member function
    of the same class, defined in this file, whose body grows that container (`addTask` doing
    `tasks_.push_back(...)`), and a use of the reference once the call has run: the growth may
    reallocate and the reference dangles (cppreference's iterator invalidation table; Core
    Guidelines ES.65). Taking the reference again after the call (assigning it), a member
    whose type the file does not show as a vector, string or deque, a deque's end growth with a
    reference kept (references survive it), and a `reserve` of the container earlier in the
    function (the author bounding the growth; the amount is not checked) are left alone."""
    kept = _element_reference(node) or _reference_from_member(root, node)
    if kept is None:
        return None
    name, container, iterator = kept
    field = re.sub(r"^this\s*->\s*", "", container)
    if not re.fullmatch(r"[A-Za-z_]\w*", field):
        return None  # another object's container
    function = _owner(node, ("function_definition",))
    block = _owner(node, ("compound_statement",))
    statement = node.parent()
    if function is None or block is None or statement is None or \
            statement.kind() != "declaration" or statement.parent() != block:
        return None
    container_type = _member_container_type(root, field)
    if not container_type:
        return None
    member = rf"(?<![\w.>])(?:this\s*->\s*)?{re.escape(field)}"
    before = function.text()[:node.range().start.index - function.range().start.index]
    if re.search(rf"{member}\s*(\.|->)\s*reserve\s*\(", _code_only(before)):
        return None
    growers = _growing_members(root, _class_of(function), rf"{member}{_invalidating(container_type, iterator)}")
    if not growers:
        return None
    # a pointer or an iterator can be pointed again; assigning to a reference writes through it
    rebinds = re.compile(rf"^\s*{re.escape(name)}\s*=(?!=)") \
        if field_text(node, "declarator").lstrip()[:1] != "&" else None
    for later in statement.next_all():
        calls = [c for c in later.find_all(kind="call_expression")
                 if re.sub(r"^this\s*->\s*", "", field_text(c, "function")).strip() in growers]
        if not calls:
            if rebinds is not None and rebinds.search(_code_only(later.text())):
                return None
            continue
        if any(_used_after_call(later, c, name) for c in calls):
            return name
        for rest in later.next_all():
            text = _code_only(rest.text())
            if rebinds is not None and rebinds.search(text):
                return None
            if re.search(_word(name), text):
                return name
        return None
    return None


_SECRET_NAME: Final = re.compile(
    r"(?i)(password|passwd|passphrase|secret|api_?key|private_?key|credentials?|"
    r"(access|reset|auth|session|api|refresh|bearer|csrf|otp|id)_?token)$")
_SECRET_GETTER: Final = re.compile(
    r"^get\w*(Password|Passwd|Passphrase|Secret|ApiKey|PrivateKey|Credentials?|"
    r"(Access|Reset|Auth|Session|Api|Refresh|Bearer|Csrf)Token)$")


def java_secret_logged(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java: a logging or printing call is handed a variable or field named as a password,
    secret, key or credential token (`password`, `resetToken`, `user.getPassword()`) as it is,
    not through a method that measures, masks or hashes it (`password.length()`,
    `mask(token)`), and not a constant (`PASSWORD_PARAM`)."""
    arguments = node.field("arguments")
    if arguments is None:
        return None
    for value in arguments.find_all(any=[{"kind": "identifier"}, {"kind": "method_invocation"}]):
        name = value.text() if value.kind() == "identifier" else field_text(value, "name")
        if value.kind() == "identifier":
            if not _SECRET_NAME.search(name) or re.fullmatch(r"[A-Z][A-Z0-9_]*", name):
                continue
            parent = value.parent()
            if parent is not None and parent.kind() == "method_invocation" and \
                    parent.field("name") == value:
                continue  # the name of a method (`log.info(user.password())` is the getter's case)
        elif not _SECRET_GETTER.match(name) or field_text(value, "arguments").strip() != "()":
            continue
        # handed over as it is: only concatenation, parentheses and the logging call between
        inner, passed = value.parent(), True
        while inner is not None and inner != arguments:
            if inner.kind() not in ("binary_expression", "parenthesized_expression", "field_access",
                                    "argument_list", "array_initializer", "array_creation_expression"):
                passed = False
                break
            if inner.kind() == "argument_list" and inner != arguments:
                passed = False
                break
            inner = inner.parent()
        holder = value.parent()
        if passed and (value.kind() == "method_invocation" or holder is None or
                       holder.kind() != "field_access" or holder.field("field") == value):
            return value.text()
    return None


_UNSIGNED_32: Final = re.compile(r"^(const\s+)?(unsigned(\s+int)?|uint32_t|u32|u_int32_t|UINT32|DWORD)$")
_SIGNED_32: Final = re.compile(r"^(const\s+)?((signed\s+)?int|int32_t|s32|INT32)$")


def _type_of(node: SgNode) -> str:
    """The one type the file declares the operand with ('' when none or several)."""
    types = {" ".join(t.split()) for t, _ in declared_types(node, "c")}
    return types.pop() if len(types) == 1 else ""


def _operands(node: SgNode, operator: str = "") -> list[SgNode]:
    """The operands of an arithmetic expression, through parentheses and binary operators (only
    `operator`'s, when given): `(w * h) * 4` is `w`, `h`, `4`."""
    operands: list[SgNode] = []
    stack = [node]
    while stack:
        current = stack.pop()
        if current.kind() == "parenthesized_expression":
            stack.extend(c for c in current.children() if c.is_named())
        elif current.kind() == "binary_expression" and (
                not operator or field_text(current, "operator") == operator):
            stack.extend(x for x in (current.field("left"), current.field("right")) if x is not None)
        else:
            operands.append(current)
    return operands


def c_allocation_size_wraps(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C: an allocation's size written in place as arithmetic done in 32 bits, with no
    `sizeof` and no cast to a wider type to carry it: a sum of an unsigned 32-bit value and a
    constant (`len + 1`, 0xFFFFFFFF + 1 is 0), or a product of two values the file declares as
    32-bit integers (`w * h * 4`), which wraps for large inputs."""
    if re.search(r"sizeof|\(\s*(size_t|uint64_t|int64_t|unsigned\s+long|long)", subject):
        return None
    operands = _operands(node)
    names = [o for o in operands if o.kind() in ("identifier", "field_expression")]
    if len(names) + sum(o.kind() == "number_literal" for o in operands) != len(operands):
        return None  # a call, a cast or a subscript among the operands: not followed here
    types = [_type_of(o) for o in names]
    if "*" in subject and "+" not in subject:
        if len(names) >= 2 and all(_UNSIGNED_32.match(t) or _SIGNED_32.match(t) for t in types):
            return subject
        return None
    if "+" in subject and "*" not in subject and "-" not in subject and names and \
            any(_UNSIGNED_32.match(t) for t in types):
        return subject
    return None


_UNIT_FACTORS: Final = re.compile(r"^(1000|60|3600|86400|1000000|1000000000|1024|1048576)[uU]?$")


def c_int_product_widened(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C: a 64-bit variable initialised with a product computed in 32 bits: every name in it
    the file declares as a 32-bit (or narrower) integer, no wider literal (`1000LL`), cast or
    `sizeof` in it, and either two such names or a name scaled by a unit (`* 1000`,
    `* 86400`, `* 1024`) (clang-tidy bugprone-implicit-widening-of-multiplication-result)."""
    if re.search(r"\d[uU]?[lL]|sizeof|\(\s*(long|int64_t|uint64_t|size_t|double|float|time_t)|\.\d",
                 subject):
        return None
    declarator = next((c for c in node.children() if c.kind() == "init_declarator"), None)
    value = declarator.field("value") if declarator is not None else None
    if value is None:
        return None
    # the product itself, or a product that a sum or difference starts from (`(stop - start)
    # * 1000000 - latency`): the sum is as narrow as its product
    products = [part for part in _terms(value) if field_text(part, "operator") == "*"]
    return subject if any(_narrow_product(p) for p in products) else None


def _terms(node: SgNode) -> list[SgNode]:
    """The terms of a sum or difference, through parentheses (`a * b - c` is `a * b`, `c`)."""
    if node.kind() == "parenthesized_expression":
        inner = [c for c in node.children() if c.is_named()]
        return _terms(inner[0]) if len(inner) == 1 else [node]
    if node.kind() == "binary_expression" and field_text(node, "operator") in ("+", "-"):
        return [t for side in (node.field("left"), node.field("right")) if side is not None
                for t in _terms(side)]
    return [node]


def _narrow_product(product: SgNode) -> bool:
    """A product of 32-bit (or narrower) names, and of differences or sums of them
    (`(stop - start) * 1000`), with two names or a name scaled by a unit."""
    operands: list[SgNode] = []
    for factor in _operands(product, "*"):
        terms = _terms(factor)
        operands.extend(_operands(factor) if len(terms) > 1 else [factor])
    names = [o for o in operands if o.kind() in ("identifier", "field_expression")]
    literals = [o for o in operands if o.kind() == "number_literal"]
    if len(names) + len(literals) != len(operands) or len(operands) < 2 or not names:
        return False
    if not all(_UNSIGNED_32.match(t) or _SIGNED_32.match(t) or
               re.match(r"^(const\s+)?((un)?signed\s+)?short|u?int(8|16)_t$", t)
               for t in (_type_of(n) for n in names)):
        return False
    factors = _operands(product, "*")
    scaled = any(f.kind() == "number_literal" and _UNIT_FACTORS.match(f.text()) for f in factors)
    if not (len([f for f in factors if f.kind() != "number_literal"]) >= 2 or scaled):
        return False
    # a product whose every factor the code bounds (an hour read from two digit characters,
    # `(s[0] - '0') * 10 + (s[1] - '0')`, times 60) cannot reach 2^31
    bounds = [_bound(f) for f in factors]
    return any(b is None for b in bounds) or math.prod(b for b in bounds if b is not None) >= 2 ** 31


_CHAR_TYPE: Final = re.compile(r"\b(char|string|string_view|u?int8_t)\b")


def _bound(node: SgNode, depth: int = 0) -> int | None:
    """An upper bound of the absolute value of an integer expression that the code fixes: a
    literal, a character (of a literal, or read from a string by index), arithmetic of such,
    and a name declared once, initialised with one (None: the code does not bound it)."""
    kind = node.kind()
    if depth > 8:
        return None
    if kind == "number_literal":
        text = node.text().rstrip("uUlL")
        with contextlib.suppress(ValueError):
            return abs(int(text, 0))
        return None
    if kind == "char_literal":
        return 255
    if kind == "subscript_expression":
        array = node.field("argument")
        if array is None or array.kind() != "identifier":
            return None
        types = [t for t, _ in declared_types(array, "c")] or re.findall(
            rf"\b((?:std::)?(?:string_view|string)|char)\s*[*&]?\s*(?:const\s+)?"
            rf"{re.escape(array.text())}\b", node.get_root().root().text())
        return 255 if types and all(_CHAR_TYPE.search(t) for t in types) else None
    if kind == "parenthesized_expression":
        inner = [c for c in node.children() if c.is_named()]
        return _bound(inner[0], depth + 1) if len(inner) == 1 else None
    if kind == "binary_expression":
        left, right = node.field("left"), node.field("right")
        op = field_text(node, "operator")
        if left is None or right is None or op not in ("+", "-", "*"):
            return None
        a, b = _bound(left, depth + 1), _bound(right, depth + 1)
        if a is None or b is None:
            return None
        return a * b if op == "*" else a + b
    if kind == "identifier":
        declared = declared_types(node, "c")
        if len(declared) == 1 and declared[0][1] is not None:
            return _bound(declared[0][1], depth + 1)
    return None


_RING_INDEX_TYPE: Final = re.compile(
    r"^(const\s+|volatile\s+|_Atomic\s+)*((std::)?atomic\s*<\s*)?"
    r"(unsigned(\s+(int|long(\s+long)?))?|(std::)?size_t|(std::)?uint(32|64|max|ptr)_t|u32|u64|"
    r"u_?int|u_?long|(typename\s+)?[\w:<>]*::size_type)\s*>?$")
"""Unsigned types at least as wide as `int` (narrower ones are promoted to `int`, so their
difference goes negative instead of wrapping)."""


def _ring_index(function: SgNode, operand: SgNode) -> str:
    """The stored index an operand of the count reads: the field of `r->head`, a bare name
    (a global, a C++ member), or for a local copied from one (`size_t h = r->head, t = tail;`)
    that field or name; '' for anything else."""
    if operand.kind() == "field_expression":
        return field_text(operand, "field")
    if operand.kind() != "identifier":
        return ""
    name = operand.text()
    copy = re.compile(rf"{_word(name)}\s*=\s*(?:[A-Za-z_]\w*\s*(?:->|\.)\s*)?([A-Za-z_]\w*)\s*[;,]")
    for declaration in function.find_all(kind="declaration"):
        copied = copy.search(_code_only(declaration.text()))
        if copied:
            return copied.group(1)
    return name


def _wrapped(text: str, name: str) -> bool:
    """The file stores the index back wrapped to the capacity: `i = (i + 1) % cap`, `i %= cap`,
    `i = (i + 1) & mask`, `if (++i == cap) i = 0`, `i = i + 1 == cap ? 0 : i + 1`."""
    i = rf"(?<![\w])(?:[A-Za-z_]\w*\s*(?:->|\.)\s*)?{re.escape(name)}(?!\w)"
    return re.search(
        rf"{i}\s*%=|{i}\s*&=|{i}\s*=(?!=)[^;]*%|{i}\s*=(?!=)[^;]*{i}[^;&]*[^&]&[^&=]|"
        rf"\bif\s*\(\s*(\+\+\s*)?{i}\s*(\+\+\s*)?(==|>=|>)[^;{{}}]*\)\s*\{{?\s*{i}\s*(=\s*0\s*;|-=)|"
        rf"{i}\s*=(?!=)[^;?]*(==|>=|>)[^;?]*\?\s*0\s*:", text) is not None


def _spaced(text: str) -> str:
    """A pattern for the expression's text with any spacing between its tokens."""
    return r"\s*".join(re.escape(t) for t in re.findall(r"\w+|[^\w\s]", text))


def _corrected(node: SgNode) -> bool:
    """The difference is taken modulo the capacity where it is computed: `(h - t + cap) % cap`,
    `(h - t) & mask`."""
    current, up = node, node.parent()
    while up is not None:
        kind = up.kind()
        if kind == "binary_expression":
            operator = field_text(up, "operator")
            if operator in ("%", "&"):
                return up.field("left") == current
            if operator not in ("+", "-"):
                return False
        elif kind not in ("parenthesized_expression", "cast_expression"):
            return False
        current, up = up, up.parent()
    return False


def c_ring_count_unwrapped(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C (and C++ through the C rules): `head - tail` of two unsigned indices that the file
    stores back wrapped to the capacity (`% cap`, `& mask`, reset to 0 at the end), with no
    correction: not taken modulo the capacity where it is computed, no comparison of the two
    indices in the function (`head >= tail ? ... : ...`), and no later fix of the variable it is
    stored in. Indices that only grow (masked only where the array is read, as Linux's kfifo
    does) give the right count and are not wrapped here (CERT INT30-C)."""
    left, right = node.field("left"), node.field("right")
    function = _owner(node, ("function_definition",))
    if left is None or right is None or function is None:
        return None
    if "field_expression" in (left.kind(), right.kind()) and (
            left.kind() != right.kind() or field_text(left, "argument") != field_text(right, "argument")):
        return None  # two indices of one ring: `r->head - r->tail`
    first, second = _ring_index(function, left), _ring_index(function, right)
    if not first or not second or first == second:
        return None
    if not all(_RING_INDEX_TYPE.match(_type_of(side)) for side in (left, right)):
        return None
    text = _code_only(root.text())
    if not (_wrapped(text, first) and _wrapped(text, second)):
        return None
    if _corrected(node):
        return None
    body = _code_only(function.text())
    a, b = _spaced(left.text()), _spaced(right.text())
    if re.search(rf"(?<![\w.>]){a}\s*(<|>)=?\s*{b}(?![\w(])|(?<![\w.>]){b}\s*(<|>)=?\s*{a}(?![\w(])", body):
        return None  # a branch on which index is ahead
    holder = node.parent()
    while holder is not None and holder.kind() in ("parenthesized_expression", "cast_expression"):
        holder = holder.parent()
    target = ""
    if holder is not None and holder.kind() == "init_declarator":
        target = field_text(holder, "declarator")
    elif holder is not None and holder.kind() == "assignment_expression":
        target = field_text(holder, "left")
    if target:
        v = _spaced(target)
        if re.search(rf"(?<![\w.>]){v}\s*(\+=|%=|&=|=[^;=][^;]*(?<![\w.>]){v}(?!\w)[^;]*[%&])", body):
            return None  # `n = h - t; n %= cap` or `if (n > cap) n += cap`
    return subject


def java_temp_file_kept(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java: a temporary file created into a local that the method never deletes (`delete`,
    `deleteOnExit`, `Files.delete(IfExists)`), never moves or renames into place, never returns,
    stores or hands to something that keeps or removes it."""
    method = _owner(node, ("method_declaration", "constructor_declaration", "lambda_expression"))
    if method is None:
        return None
    t = re.escape(subject)
    text = _code_only(method.text())
    kept = (rf"(?<![\w.]){t}\s*\.\s*(delete|deleteOnExit|renameTo)\b|"
            rf"\b(delete\w*|move|remove\w*|clean\w*|register\w*|add|put|offer|track\w*)\s*\("
            rf"[^;]*(?<![\w.]){t}\b|"
            rf"\breturn\s+(new\s+\w+\s*\(\s*)?{t}\b|=\s*{t}\s*;|"
            rf"\(\s*(?<![\w.]){t}\s*\)\s*->|\bdeleteOnExit\b")
    return None if re.search(kept, text) else subject


_POOL_RELEASES: Final = ("shutdown", "shutdownNow", "close")
_TASK_WAIT: Final = re.compile(r"^(get\(\s*(\)|[^,()]+,[^,()]+\))|join\(\s*\)|invokeAll\(|invokeAny\()")
"""Calls that wait for a task and throw when it failed: `Future.get()` (`get(timeout, unit)`),
`join()`, `invokeAll`, `invokeAny`."""
_BORROWS_POOL: Final = re.compile(r"Async$|^(new\s+)?ExecutorCompletionService\b")
"""Calls that run work on a pool handed to them without taking it over (`supplyAsync(task,
pool)`, `thenApplyAsync(f, pool)`, `new ExecutorCompletionService<>(pool)`)."""


def _in_nested_body(node: SgNode, body: SgNode) -> bool:
    """The node is inside a lambda or an anonymous class within `body`: its return or throw
    leaves that, not the method."""
    for ancestor in node.ancestors():
        if ancestor == body:
            return False
        if ancestor.kind() in ("lambda_expression", "class_body"):
            return True
    return False


def java_executor_not_shut_down(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java: a thread pool made into a local that the method neither returns, stores (assigned
    to a field or another variable), hands to a call that may take it over (any call but the
    `*Async` methods and `ExecutorCompletionService`, which only borrow it), nor shuts down on
    every path. A `shutdown()`, `shutdownNow()` or `close()` in `finally` covers every path; one
    on the normal path only counts when nothing between the pool's creation and it leaves the
    method: no `return` or `throw` before it, and no wait for a task (`get()`, `join()`,
    `invokeAll`, `invokeAny`, which throw when a task failed) outside a try that catches there.
    Unchecked exceptions of other calls are not counted: any call may throw one, and counting
    them would condemn every straight-line shutdown."""
    method = _owner(node, ("method_declaration", "constructor_declaration", "lambda_expression"))
    body = method.field("body") if method is not None else None
    if body is None:
        return None
    e = re.escape(subject)
    text = _code_only(body.text())
    if re.search(rf"\breturn\s+{e}\s*;|=\s*{e}\s*[;,)]|(?<![\w.]){e}::(shutdown|shutdownNow|close)\b", text):
        return None  # returned, stored in a field or another variable, or its shutdown handed on
    calls = body.find_all(kind="method_invocation") + body.find_all(kind="object_creation_expression")
    for call in calls:
        arguments = call.field("arguments")
        if arguments is None or not any(a.text() == subject for a in arguments.children()):
            continue
        name = field_text(call, "name") or f"new {field_text(call, 'type')}"
        if not _BORROWS_POOL.search(name):
            return None  # handed to something that may own it
    releases = [c for c in body.find_all(kind="method_invocation")
                if field_text(c, "object") == subject and field_text(c, "name") in _POOL_RELEASES]
    if not releases:
        return subject
    if any(any(a.kind() == "finally_clause" for a in r.ancestors()) for r in releases):
        return None
    start = node.range().end.index
    first = min(r.range().start.index for r in releases)
    for jump in body.find_all(kind="return_statement") + body.find_all(kind="throw_statement"):
        if start <= jump.range().start.index < first and not _in_nested_body(jump, body):
            return subject  # leaves before the shutdown
    for call in body.find_all(kind="method_invocation"):
        at = call.range().start.index
        wait = f"{field_text(call, 'name')}{field_text(call, 'arguments')}"
        if not start <= at < first or not _TASK_WAIT.match(wait) or _in_nested_body(call, body):
            continue
        caught = any(a.kind() == "try_statement" and start <= a.range().start.index and
                     a.range().end.index <= first and
                     any(c.kind() == "catch_clause" for c in a.children())
                     for a in call.ancestors())
        if not caught:
            return subject  # a failed task's exception skips the shutdown
    return None


_JAVA_LOCK_ORDERED: Final = re.compile(r"\b(compareTo|compare|identityHashCode|tryLock)\s*\(")
"""What orders two locks or gives up waiting for one: a comparison of the two objects (or of
their identity hashes), or `tryLock`."""


def java_lock_order_from_arguments(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java: a method that locks one parameter (`from`, `from.lock`, `from.getLock()`) and,
    holding it, the same lock of another parameter of the same type, with nothing that orders
    the two (a comparison naming both, `compareTo`, `System.identityHashCode`), no `tryLock`,
    and no lock around both (a synchronized method, an outer `synchronized` block or an
    earlier `lock()` in the method)."""
    first = node.get_match("A")
    second = node.get_match("B")
    method = _owner(node, ("method_declaration", "constructor_declaration", "lambda_expression",
                           "class_body"))
    if first is None or second is None or method is None or \
            method.kind() not in ("method_declaration", "constructor_declaration"):
        return None
    a, b = first.text(), second.text()
    head_a, head_b = re.match(r"(\w+)(.*)", a, re.DOTALL), re.match(r"(\w+)(.*)", b, re.DOTALL)
    if head_a is None or head_b is None or head_a.group(2) != head_b.group(2) or \
            head_a.group(1) == head_b.group(1):
        return None
    types = {field_text(p, "name"): field_text(p, "type")
             for p in method.find_all(kind="formal_parameter")}
    one, other = head_a.group(1), head_b.group(1)
    if one not in types or other not in types:
        # locals looked up from two parameters (`Account from = find(fromId)`, `to =
        # find(toId)`) vary with the arguments just as they do
        found = _java_locals_from_parameters(method, set(types), (one, other))
        if found is None:
            return None
        types = {**types, **found}
    if types[one] != types[other]:
        return None
    if re.search(r"\bsynchronized\b", _text(next(
            (c for c in method.children() if c.kind() == "modifiers"), None))):
        return None
    body = method.field("body")
    if body is None or _JAVA_LOCK_ORDERED.search(body.text()):
        return None
    for test in body.find_all(kind="binary_expression"):
        operator = field_text(test, "operator")
        if operator in ("<", ">", "<=", ">=") and re.search(_word(one), test.text()) and \
                re.search(_word(other), test.text()):
            return None  # the two locks taken in an order the comparison decides
    outer = _owner(node, ("synchronized_statement", "method_declaration",
                          "constructor_declaration"))
    if outer is not None and outer.kind() == "synchronized_statement":
        return None
    for call in body.find_all(kind="method_invocation"):
        if field_text(call, "name") == "lock" and _before(node, call):
            return None  # a lock taken first, around both
    return a


def _java_locals_from_parameters(method: SgNode, parameters: set[str],
                                 names: tuple[str, str]) -> dict[str, str] | None:
    """The declared types of the two names, where each is a local of the method assigned once
    from an expression naming a parameter, and the two name different parameters."""
    declared: dict[str, list[tuple[str, str]]] = {}
    for declaration in method.find_all(kind="local_variable_declaration"):
        kind = field_text(declaration, "type")
        for declarator in declaration.find_all(kind="variable_declarator"):
            declared.setdefault(field_text(declarator, "name"), []).append(
                (kind, field_text(declarator, "value")))
    sources: list[tuple[str | None, set[str]]] = []
    for name in names:
        if name in parameters:
            sources.append((None, {name}))
            continue
        found = declared.get(name, [])
        if len(found) != 1:
            return None
        kind, value = found[0]
        used = {p for p in parameters if re.search(_word(p), value)}
        if not used:
            return None
        sources.append((kind, used))
    if sources[0][1] == sources[1][1]:
        return None  # both from the same argument
    return {name: kind for name, (kind, _) in zip(names, sources, strict=True) if kind}


_CPP_RELEASES: Final = {"fopen": ("fclose",), "fdopen": ("fclose",), "open": ("close",),
                        "malloc": ("free",), "calloc": ("free",)}
"""The C call that releases what each acquiring call returns."""
_CPP_THROWING_CALL: Final = re.compile(r"^(std::)?(stoi|stol|stoll|stoul|stoull|stof|stod|stold)$")
"""Standard calls that throw on ordinary bad input (`std::invalid_argument`, `out_of_range`)."""
_CPP_OWNER: Final = re.compile(r"\b(unique_ptr|shared_ptr|scope_exit|SCOPE_EXIT|\w*[Gg]uard\w*|"
                               r"finally|defer)\b")
"""A wrapper that releases the handle on every exit (RAII, a scope guard)."""


def _cpp_throwers(root: SgNode) -> set[str]:
    """The names of the functions this file defines whose bodies hold a `throw`."""
    names: set[str] = set()
    for function in root.find_all(kind="function_definition"):
        body = function.field("body")
        if body is not None and body.find(kind="throw_statement") is not None:
            declarator = function.field("declarator")
            while declarator is not None and declarator.kind() != "function_declarator":
                declarator = declarator.field("declarator")
            name = field_text(declarator, "declarator") if declarator is not None else ""
            if name:
                names.add(re.split(r"::|\.|->", name)[-1])
    return names


def cpp_raw_handle_across_throw(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C++: a raw handle (`FILE* f = fopen(...)`, `int fd = open(...)`, `malloc`) the function
    releases itself (`fclose(f)`), where between taking it and that release something can throw
    outside a local try: a `throw` not guarded by a test of the handle and not after releasing
    it, `new`, `std::stoi`-like parsing, `.at(`, or a call to a function of this file that throws.
    Dropped when the handle is owned by a wrapper or guard, released in a catch, or returned."""
    function = _owner(node, ("function_definition", "lambda_expression"))
    value = node.find(kind="init_declarator")
    body = function.field("body") if function is not None else None
    if body is None or value is None or not re.fullmatch(r"[A-Za-z_]\w*", subject):
        return None
    made = field_text(value, "value")
    acquired = re.search(r"(\w+)\s*\(", made)
    newed = bool(re.match(r"new\b", made))
    releases_by = ("delete",) if newed else \
        _CPP_RELEASES.get(acquired.group(1) if acquired else "", ())
    code = _code_only(body.text())
    if not releases_by or _CPP_OWNER.search(code) or re.search(
            rf"\breturn\s+{re.escape(subject)}\s*;", code):
        return None
    if newed:  # `delete p` / `delete[] p` (Core Guidelines R.11: a naked new and delete)
        releases = [d for d in body.find_all(kind="delete_expression")
                    if re.fullmatch(rf"delete\s*(\[\s*\])?\s*\(?\s*{re.escape(subject)}\s*\)?;?",
                                    d.text())]
    else:
        releases = [c for c in body.find_all(kind="call_expression")
                    if re.sub(r"^(std)?::", "", field_text(c, "function")) in releases_by and
                    re.fullmatch(rf"\(\s*{re.escape(subject)}\s*\)",
                                 field_text(c, "arguments"))]
    if not releases or any(any(a.kind() == "catch_clause" for a in r.ancestors())
                           for r in releases):
        return None
    start, end = node.range().end.index, max(r.range().start.index for r in releases)
    throwers = _cpp_throwers(root)
    for site in body.find_all(any=[{"kind": "throw_statement"}, {"kind": "new_expression"},
                                   {"kind": "call_expression"}]):
        at = site.range().start.index
        if not start <= at < end:
            continue
        if site.kind() == "call_expression":
            called = field_text(site, "function")
            if not (_CPP_THROWING_CALL.match(called) or re.search(r"\.at$", called) or
                    re.split(r"::|\.|->", called)[-1] in throwers):
                continue
        if _cpp_caught_or_guarded(site, body, subject, releases_by):
            continue
        return subject
    return None


def _cpp_caught_or_guarded(site: SgNode, body: SgNode, subject: str,
                           releases_by: tuple[str, ...]) -> bool:
    """The throw at `site` cannot leak the handle: it is in a local try block, in a branch that
    tests the handle (`if (!f) throw`), or after the handle's release in its own block."""
    name = rf"(?<![\w.>]){re.escape(subject)}(?!\w)"
    for ancestor in site.ancestors():
        if ancestor == body:
            break
        parent = ancestor.parent()
        if ancestor.kind() == "compound_statement" and parent is not None and \
                parent.kind() == "try_statement":
            return True  # caught here
        if ancestor.kind() == "if_statement" and re.search(
                rf"!\s*{name}|{name}\s*(==\s*(nullptr|NULL|0|-1)\b|<\s*0)|\b(nullptr|NULL)\s*==\s*{name}",
                field_text(ancestor, "condition")):
            return True  # the handle was never acquired
        if ancestor.kind() == "compound_statement":
            closed = rf"\b({'|'.join(releases_by)})\s*(\[\s*\])?\s*\(?\s*{re.escape(subject)}(?!\w)"
            before = ancestor.text()[:site.range().start.index - ancestor.range().start.index]
            if re.search(closed, before):
                return True
    return False


def _callers_free_again(root: SgNode, function: SgNode, field: str) -> bool:
    """Some call of `function` in the file is followed, in its caller, by `free(v.field)` or
    `free(v->field)` with no `v.field = NULL` between: the caller frees what it freed."""
    name = function_name(function)
    if not name:
        return False
    freed = re.compile(rf"\bfree\s*\(\s*\(?\s*\w+\s*(?:\.|->)\s*{re.escape(field)}\s*\)")
    nulled = re.compile(rf"(?:\.|->)\s*{re.escape(field)}\s*=\s*(?:NULL|0|nullptr)\b")
    for call in root.find_all(kind="call_expression"):
        if field_text(call, "function") != name:
            continue
        caller = _owner(call, ("function_definition",))
        if caller is None or caller == function:
            continue
        after = _code_only(caller.text()[call.range().end.index - caller.range().start.index:])
        hit = freed.search(after)
        if hit and not nulled.search(after[:hit.start()]):
            return True
    return False


def c_field_freed_then_freed_by_caller(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-415: `free(s->note)` on a field of a struct the caller passed in, the pointer left
    set (nothing after the call in this function stores into `s->note`), and a caller that
    frees the same field again after the call."""
    function = _owner(node, ("function_definition",))
    target = re.fullmatch(r"\s*(\w+)\s*->\s*(\w+)\s*", subject)
    if function is None or target is None or target.group(1) not in _c_parameters(function):
        return None
    rest = _code_only(function.text()[node.range().end.index - function.range().start.index:])
    if re.search(rf"\b{target.group(1)}\s*->\s*{target.group(2)}\s*=[^=]", rest):
        return None
    return subject if _callers_free_again(root, function, target.group(2)) else None


ROUND2_FILTERS: Final = {
    "c-field-freed-then-freed-by-caller": c_field_freed_then_freed_by_caller,
    "cpp-reference-kept-across-growing-call": cpp_reference_kept_across_growing_call,
    "java-executor-not-shut-down": java_executor_not_shut_down,
    "c-ring-count-unwrapped": c_ring_count_unwrapped,
    "java-temp-file-kept": java_temp_file_kept,
    "java-lock-order-from-arguments": java_lock_order_from_arguments,
    "cpp-raw-handle-across-throw": cpp_raw_handle_across_throw,
    "c-int-product-widened": c_int_product_widened,
    "c-allocation-size-wraps": c_allocation_size_wraps,
    "java-secret-logged": java_secret_logged,
    "cpp-reference-kept-across-growth": cpp_reference_kept_across_growth,
    "cpp-detached-thread-captures-locals": cpp_detached_thread_captures_locals,
    "cpp-size-minus-one-unguarded": cpp_size_minus_one_unguarded,
    "c-count-minus-one-unguarded": c_count_minus_one_unguarded,
    "cpp-used-after-move": cpp_used_after_move,
    "min-seeded-with-zero": min_seeded_with_zero,
    "c-terminator-after-full-read": c_terminator_after_full_read,
    "c-snprintf-result-unchecked": c_snprintf_result_unchecked,
    "c-format-not-from-literals": c_format_not_from_literals,
    "c-copy-length-unchecked-against-destination": c_copy_length_unchecked_against_destination,
}
"""The filters of this module by the name a rule gives in ``filter``."""
