"""Types a value visibly has in the file, for the rules about values silently wrong
(``wrong_result``): a quotient of two integers, a Go ``time.Time``.

Each check returns the verified subject, or None when the file does not show the type: a name
declared nowhere in the file, or declared with different types in different places, is not
claimed to be anything.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .trees import field_text, unparenthesized

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["declared_types", "go_time_value", "integer_operands", "integer_quotient"]

_INTEGER_TYPES: Final = {
    "rust": re.compile(r"^&?(mut\s+)?[ui](8|16|32|64|128|size)$"),
    "go": re.compile(r"^u?int(8|16|32|64)?$|^uintptr$"),
    "java": re.compile(r"^(int|long|short|byte|Integer|Long|Short|Byte)$"),
    "c": re.compile(r"^(const\s+)?((un)?signed\s+)?((short|long|long\s+long)(\s+int)?|int)$|"
                    r"^(un)?signed$|^(std::)?(u?int(8|16|32|64|max|ptr)_t|s?size_t|ptrdiff_t)$"),
}
"""Integer types, spelled as each grammar writes a declaration's type."""

_FUNCTIONS: Final = {
    "rust": ("function_item", "closure_expression"),
    "go": ("function_declaration", "method_declaration", "func_literal"),
    "java": ("method_declaration", "constructor_declaration", "lambda_expression"),
    "c": ("function_definition", "lambda_expression"),  # C++ too: the C rules run on it
}

_COUNTS: Final = {
    "rust": re.compile(r"^[\w.]+\s*\.\s*(len|count)\(\)$"),
    "go": re.compile(r"^(len|cap)\(.*\)$"),
    # (round cat-corrperf) an array's `length` and a String's `length()` are ints too (JLS
    # 10.7, String.length)
    "java": re.compile(r"^[\w.]+\s*\.\s*(size\(\)|length\(\)|length)$"),
    "c": re.compile(r"^((std::)?strlen\(.*\)|sizeof\b.*|[\w.]+\s*\.\s*size\(\))$"),
}
"""Calls documented to return an integer: a length, a count, a size."""

_INTEGER_LITERAL: Final = re.compile(r"^\d+$")
_INFERRED: Final = ("", "var", "auto")
"""A declaration's type left to its value (Go's `:=`, Rust's `let`, Java's `var`, C++'s `auto`)."""
def _names_of(declaration: SgNode, language: str) -> list[tuple[str, str, SgNode | None]]:
    """(name, type, value) for each plain variable a declaration makes; a pointer or an array
    declared in a C list is not a plain variable and is left out."""
    kind = declaration.kind()
    if language == "rust":
        name = field_text(declaration, "pattern" if kind != "field_declaration" else "name")
        name = re.sub(r"^mut\s+", "", name)
        return [(name, field_text(declaration, "type"), declaration.field("value"))]
    if language == "go":
        type_text = field_text(declaration, "type")
        if kind == "short_var_declaration":
            left = [n.strip() for n in field_text(declaration, "left").split(",")]
            right = declaration.field("right")
            values = [c for c in right.children() if c.is_named()] if right else []
            if len(values) != len(left):
                return []
            return [(n, "", v) for n, v in zip(left, values, strict=True)]
        names = [c.text() for c in declaration.children()
                 if c.kind() in ("identifier", "field_identifier")]
        value = declaration.field("value")
        values = [c for c in value.children() if c.is_named()] if value else []
        return [(n, type_text, values[i] if i < len(values) else None) for i, n in enumerate(names)]
    if language == "java":
        type_text = field_text(declaration, "type")
        if kind == "formal_parameter":
            return [(field_text(declaration, "name"), type_text, None)]
        return [(field_text(d, "name"), type_text, d.field("value"))
                for d in declaration.children() if d.kind() == "variable_declarator"]
    type_text = field_text(declaration, "type")
    out: list[tuple[str, str, SgNode | None]] = []
    for child in declaration.children():
        if child.kind() in ("identifier", "field_identifier"):
            out.append((child.text(), type_text, None))
        elif child.kind() == "init_declarator":
            inner = child.field("declarator")
            if inner is not None and inner.kind() == "identifier":
                out.append((inner.text(), type_text, child.field("value")))
    return out


_DECLARATIONS: Final = {
    "rust": {"parameter", "let_declaration", "field_declaration"},
    "go": {"parameter_declaration", "var_spec", "short_var_declaration", "field_declaration"},
    "java": {"formal_parameter", "local_variable_declaration", "field_declaration"},
    "c": {"parameter_declaration", "declaration", "field_declaration"},
}


def _declared(scope: SgNode, language: str, name: str, fields: bool,
              outside: tuple[str, ...] = ()) -> list[tuple[str, SgNode | None]]:
    """(type, value) of every declaration of `name` in the scope: struct and class fields only
    when `fields`, variables and parameters otherwise; none inside a node of the kinds
    `outside` (a file's own names are not another function's locals)."""
    kinds = _DECLARATIONS[language]
    found: list[tuple[str, SgNode | None]] = []
    for kind in kinds:
        if kind == "field_declaration" and not fields:
            continue
        for declaration in scope.find_all(kind=kind):
            if outside and any(a.kind() in outside for a in declaration.ancestors()):
                continue
            found.extend((t, v) for n, t, v in _names_of(declaration, language) if n == name)
    return found


def _file_declared(root: SgNode, language: str, name: str) -> list[tuple[str, SgNode | None]]:
    """Declarations of a bare name outside every function: a global, or (Java, C++) a field
    of the class a method reads (C++ through the C rules)."""
    return _declared(root, language, name, language in ("java", "c"), _FUNCTIONS[language])


_DEPTH: Final = 4
"""How many declarations deep an inferred type is followed (`let n = a + b`, `a` from ...)."""
_ARITHMETIC: Final = re.compile(r"^[-+*%]$")


def _integer_value(node: SgNode | None, language: str, depth: int) -> bool:
    """An initial value that makes a variable with no written type an integer: a length or a
    count, an integer literal (Go's `n := 0`, Rust's `let n = 0`, Java's `var n = 0`), a sum,
    difference, product or remainder of integers (`let lookups = c.hits + c.misses`), or
    another name, field or call the file declares an integer (`used := u.UsedMB`)."""
    if node is None:
        return False
    value = node.text().strip()
    if _COUNTS[language].match(value) or _INTEGER_LITERAL.match(value) or \
            (language == "go" and re.match(r"^u?int(8|16|32|64)?\(", value)):
        return True
    node = unparenthesized(node)
    if depth > 0 and node.kind() in ("identifier", "field_expression", "selector_expression",
                                     "field_access", "call_expression", "method_invocation"):
        # a copy of another name, a field or a call's result (`used, limit := u.Used, u.Limit`):
        # an integer when that one is (var-corr)
        return _integer(node, language, depth - 1)
    if node.kind() != "binary_expression" or depth <= 0:
        return False
    operator, left, right = node.field("operator"), node.field("left"), node.field("right")
    return operator is not None and left is not None and right is not None and \
        bool(_ARITHMETIC.match(operator.text())) and \
        _integer(left, language, depth - 1) and _integer(right, language, depth - 1)


def _integer(node: SgNode, language: str, depth: int = _DEPTH) -> bool:
    """The operand is visibly an integer in this file: a variable, parameter or field declared
    with an integer type (every declaration of that name agreeing), a length or a count, or a
    conversion to an integer type."""
    node = unparenthesized(node)
    text = node.text().strip()
    kind = node.kind()
    if _COUNTS[language].match(text):
        return True
    if language == "go" and kind == "call_expression" and \
            _INTEGER_TYPES["go"].match(field_text(node, "function")):
        return True
    if kind in ("type_cast_expression", "cast_expression"):
        return bool(_INTEGER_TYPES[language].match(field_text(node, "type")))
    if kind in ("call_expression", "method_invocation"):
        return _returns_integer(node, language)
    if kind == "identifier":
        declared = _declared(_scope(node, language), language, text, False) or \
            _file_declared(node.get_root().root(), language, text)
    elif kind in ("field_expression", "selector_expression", "field_access"):
        if language == "java" and field_text(node, "object") != "this":
            return False  # another object's field: its class is seldom in the same file
        name = field_text(node, "field")
        declared = _declared(node.get_root().root(), language, name, True) if name else []
    else:
        return False
    return bool(declared) and all(
        _INTEGER_TYPES[language].match(t.strip()) if t.strip() not in _INFERRED
        else _integer_value(v, language, depth) for t, v in declared)


_RETURNS: Final = {
    "rust": r"\bfn\s+{name}\s*(?:<[^>]*>)?\s*\([^)]*\)\s*->\s*([\w:]+)",
    "go": r"\bfunc\s*(?:\([^)]*\)\s*)?{name}\s*\([^)]*\)\s*([\w.]+)\s*\{{",
    "java": r"\b([\w.]+)\s+{name}\s*\([^)]*\)\s*(?:throws\s[^{{;]*)?\{{",
    "c": r"^[ \t]*(?:static\s+|inline\s+|const\s+)*((?:unsigned\s+|signed\s+|long\s+)*[\w:]+)"
         r"\s+{name}\s*\([^)]*\)\s*(?:const\s*)?\{{",
}
"""A function's declared return type, by the name the call gives (`self.processed()`)."""


def _returns_integer(call: SgNode, language: str) -> bool:
    """The call is to a function or method this file declares with an integer return type
    (every declaration of that name agreeing): `self.processed()` for `fn processed(&self) ->
    u64`."""
    if language == "java":
        name = field_text(call, "name")
    else:
        function = call.field("function")
        if function is None:
            return False
        name = field_text(function, "field") if function.kind() in (
            "field_expression", "selector_expression") else function.text().strip()
    if not re.fullmatch(r"[A-Za-z_]\w*", name):
        return False
    pattern = re.compile(_RETURNS[language].format(name=re.escape(name)), re.MULTILINE)
    returned = [m.group(1) for m in pattern.finditer(call.get_root().root().text())]
    return bool(returned) and all(_INTEGER_TYPES[language].match(t) for t in returned)


def _scope(node: SgNode, language: str) -> SgNode:
    """The outermost function around the node (a closure sees its function's names), or the
    file."""
    functions = [a for a in node.ancestors() if a.kind() in _FUNCTIONS[language]]
    return functions[-1] if functions else node.get_root().root()


def declared_types(node: SgNode, language: str) -> list[tuple[str, SgNode | None]]:
    """(type, value) of every declaration of a variable, parameter or field the node names (a
    bare name in its function or the file; a field, `x.f` or `this.f`, anywhere in the file);
    empty when the file declares it nowhere."""
    node = unparenthesized(node)
    kind = node.kind()
    if kind == "identifier":
        name = node.text().strip()
        return _declared(_scope(node, language), language, name, False) or \
            _file_declared(node.get_root().root(), language, name)
    if kind in ("field_expression", "selector_expression", "field_access"):
        name = field_text(node, "field")
        return _declared(node.get_root().root(), language, name, True) if name else []
    return []


def integer_operands(node: SgNode, language: str) -> bool:
    """Both operands of the binary expression are integers in this file, an integer literal
    counting as one (`len(items) / 10`)."""
    left, right = node.field("left"), node.field("right")
    return left is not None and right is not None and all(
        _INTEGER_LITERAL.match(unparenthesized(side).text()) or _integer(side, language)
        for side in (left, right))


def _scaled_back(division: SgNode, divisor: SgNode) -> bool:
    """The quotient is multiplied by its own divisor (`n / step * step`), which rounds `n`
    down to a multiple of it."""
    product = division.parent()
    while product is not None and product.kind() == "parenthesized_expression":
        product = product.parent()
    if product is None or product.kind() != "binary_expression" or \
            field_text(product, "operator") != "*":
        return False
    wanted = " ".join(unparenthesized(divisor).text().split())
    return any(side is not None and " ".join(unparenthesized(side).text().split()) == wanted
               for side in (product.field("left"), product.field("right")))


def integer_quotient(language: str) -> Callable[[SgNode, SgNode, str], str | None]:
    """A check that the matched division's two operands are both integers in this file, so the
    quotient is cut toward zero before anything scales it or makes it a float; not a division
    by a literal, nor one multiplied back by its divisor (both round to a step)."""

    def check(root: SgNode, node: SgNode, subject: str) -> str | None:
        left, right = node.field("left"), node.field("right")
        if left is None or right is None:
            return None
        if any(_INTEGER_LITERAL.match(unparenthesized(side).text()) for side in (left, right)):
            return None  # `n / 2 * 100`, `x / 100 * 100`: rounding to a step, not a ratio
        if _scaled_back(node, right):
            return None  # `n / bar_len * bar_len`: rounding down to a multiple of the divisor
        if _integer(left, language) and _integer(right, language):
            return subject
        return None

    return check


_GO_TIME_CALL: Final = re.compile(r"^time\.(Now\(\)|Unix(Milli|Micro)?\(|Date\(|ParseInLocation\()")
_GO_UTC: Final = re.compile(r"(\.UTC\(\)|\btime\.UTC\s*\)|\.In\(\s*time\.UTC\s*\))$")


def _go_time_expression(node: SgNode, root: SgNode, depth: int = 0) -> bool:
    """A Go expression whose value is a `time.Time` not already in UTC, as the file shows it."""
    node = unparenthesized(node)
    text = " ".join(node.text().split())
    if depth > 3 or _GO_UTC.search(text):
        return False  # `.UTC()`, `time.Date(..., time.UTC)`: a day cut in UTC is the intent
    if _GO_TIME_CALL.match(text):
        return True
    kind = node.kind()
    if kind == "call_expression":
        function = node.field("function")
        if function is not None and function.kind() == "selector_expression" and \
                field_text(function, "field") in ("Local", "In", "Add", "AddDate"):
            operand = function.field("operand")
            return operand is not None and _go_time_expression(operand, root, depth + 1)
        return False
    if kind == "identifier":
        scope, fields, name = _scope(node, "go"), False, text
    elif kind == "selector_expression":
        scope, fields, name = root, True, field_text(node, "field")
    else:
        return False
    declared = _declared(scope, "go", name, fields) if fields else \
        _declared(scope, "go", name, False) or _file_declared(root, "go", name)
    if not declared or (not fields and _go_assigned_utc(scope, name)):
        return False
    for type_text, value in declared:
        if type_text:
            if re.sub(r"^\*", "", type_text.strip()) != "time.Time":
                return False
        elif value is None or not _go_time_expression(value, root, depth + 1):
            return False
    return True


def _go_assigned_utc(scope: SgNode, name: str) -> bool:
    """The variable is set somewhere in its scope to a time put in UTC (`t = t.UTC()`)."""
    for assignment in scope.find_all(kind="assignment_statement"):
        left = [n.strip() for n in field_text(assignment, "left").split(",")]
        if name in left and _GO_UTC.search(" ".join(field_text(assignment, "right").split())):
            return True
    return False


def go_time_value(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The receiver of the matched `Truncate`/`Round` is a `time.Time` (not a `Duration`,
    whose cut to whole days is no zone's), and not one already put in UTC."""
    function = node.field("function")
    operand = function.field("operand") if function is not None else None
    if operand is None or not _go_time_expression(operand, root):
        return None
    return subject
