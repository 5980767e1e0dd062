"""Checks of round flow2-gjcr (``rules/*.yaml`` name them in ``filter``): documented hazards
whose value passes one step through the program's own names before it does harm.

- Go: a floating-point value the code computes (a sum kept in a loop, `a - b`, a product,
  or a local assigned one) compared exactly with `==`/`!=` (CWE-1077; staticcheck's and
  Clippy's float comparison advice); silent for zero, infinities, `x != x` and tests;
- Java: a collection that is not thread-safe changed from a lambda a parallel stream or an
  executor runs on several threads, itself or through a method of the class the lambda calls
  (CWE-362);
- C++: an `int` minus a `size_t` (or the reverse), whose unsigned difference is compared or
  kept in an `auto` (CERT INT31-C, CWE-195);
- Rust: a `std::sync::Mutex` guard held in a local while a method of the same type that
  locks the same field is called (CWE-667, CWE-833: the mutex is not reentrant).

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .trees import ancestor, contains, ends_before, field_text, unparenthesized
from .valuetypes import declared_types

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["FLOW_GJCR_FILTERS"]

def _flat(node: SgNode | None) -> str:
    return " ".join(node.text().split()) if node is not None else ""


# --- Go: a computed float compared exactly ------------------------------------------------------

_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")
_GO_FLOAT_TYPE: Final = re.compile(r"^float(32|64)$")
_GO_ARITHMETIC: Final = ("+", "-", "*", "/")
_GO_SENTINEL: Final = re.compile(
    r"^-?(0+(\.0*)?|\.0+|0[xX]0+|math\.(Inf\([^()]*\)|NaN\(\)|MaxFloat(32|64)|"
    r"SmallestNonzeroFloat(32|64))|nil)$")
_GO_FLOAT_CALL: Final = re.compile(r"^(float(32|64)|math\.(Sqrt|Pow|Exp|Log\w*|Abs|Mod|Hypot|"
                                   r"Sin|Cos|Tan|Atan2?))\(")


def _go_float(node: SgNode, depth: int = 2) -> bool:
    """The expression is a float64 or float32 as the file shows it."""
    node = unparenthesized(node)
    kind = node.kind()
    if kind == "float_literal":
        return True
    if kind == "call_expression":
        return bool(_GO_FLOAT_CALL.match(node.text()))
    if kind == "unary_expression":
        operand = node.field("operand")
        return operand is not None and _go_float(operand, depth)
    if kind == "binary_expression":
        if field_text(node, "operator") not in _GO_ARITHMETIC:
            return False
        left, right = node.field("left"), node.field("right")
        return any(side is not None and _go_float(side, depth) for side in (left, right))
    if kind in ("identifier", "selector_expression") and depth > 0:
        declared = declared_types(node, "go")
        return bool(declared) and all(
            bool(_GO_FLOAT_TYPE.match(t.strip())) if t else
            (value is not None and _go_float(value, depth - 1)) for t, value in declared)
    return False


def _go_arithmetic(node: SgNode | None) -> bool:
    node = unparenthesized(node) if node is not None else None
    return node is not None and node.kind() == "binary_expression" and \
        field_text(node, "operator") in _GO_ARITHMETIC


def _go_accumulated(node: SgNode, function: SgNode) -> bool:
    """A local summed (or scaled) in place before the node: `total += x` in a loop."""
    before = function.text()[:node.range().start.index - function.range().start.index]
    return bool(re.search(rf"(?<![\w.]){re.escape(node.text().strip())}\s*[-+*/]=", before))


def _go_computed(node: SgNode) -> bool:
    """A float the code computes: arithmetic on a float and a variable, or a float local
    summed in place (`total += x`), declared or assigned from arithmetic (`diff := a - b`)
    before the comparison."""
    node = unparenthesized(node)
    if node.kind() == "binary_expression":
        return _go_arithmetic(node) and node.find(kind="identifier") is not None and _go_float(node)
    if node.kind() != "identifier" or not _go_float(node):
        return False
    name = node.text().strip()
    function = ancestor(node, *_GO_FUNCTIONS)
    if function is None:
        return False
    if _go_accumulated(node, function):
        return True
    if any(value is not None and _go_arithmetic(value) and ends_before(value, node)
           for _, value in declared_types(node, "go")):
        return True
    for assignment in function.find_all(kind="assignment_statement"):
        if ends_before(assignment, node) and field_text(assignment, "left").strip() == name and \
                field_text(assignment, "operator") == "=" and _go_arithmetic(assignment.field("right")):
            return True
    return False


_GO_LITERAL: Final = ("int_literal", "float_literal")


def go_float_computed_equality(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`==`/`!=` where one side is a float the code computes and the other a float value (a
    number only against a running sum): rounding makes the two differ in the last bits."""
    if re.search(r'"testing"', root.text()[:4000]):
        return None  # a test asserting an exact result it constructed
    left, right = node.field("left"), node.field("right")
    if left is None or right is None:
        return None
    a, b = unparenthesized(left), unparenthesized(right)
    if _flat(a) == _flat(b) or _GO_SENTINEL.match(_flat(a)) or _GO_SENTINEL.match(_flat(b)):
        return None  # `x != x` (NaN), a zero or an infinity is exact
    function = ancestor(node, *_GO_FUNCTIONS)
    for computed, other in ((a, b), (b, a)):
        if not _go_computed(computed) or function is None:
            continue
        if re.fullmatch(r"\w+", _flat(other)) and re.search(rf"(?<![\w.]){_flat(other)}(?![\w(])", _flat(computed)):
            return None  # `v+v == v`, `x+1 == x`: a test for an infinity or lost precision
        literal = other.kind() in _GO_LITERAL or (
            other.kind() == "unary_expression" and unparenthesized(other).text().lstrip("-+").strip()[:1].isdigit())
        if literal:
            # a deliberate boundary (`f == 1` after a division) unless a running sum
            if computed.kind() == "identifier" and _go_accumulated(computed, function):
                del subject
                return _flat(computed)
            continue
        if _go_float(other):
            del subject
            return _flat(computed)
    return None


# --- Java: a plain collection changed from threads -----------------------------------------------

_JAVA_PLAIN: Final = re.compile(r"^new\s+(ArrayList|LinkedList|HashMap|HashSet|TreeMap|TreeSet|"
                                r"ArrayDeque|LinkedHashMap|LinkedHashSet|PriorityQueue)\b")
_JAVA_MUTATORS: Final = ("put|add|remove|merge|compute|computeIfAbsent|computeIfPresent|"
                         "putIfAbsent|addAll|removeAll|clear|putAll|addFirst|addLast|offer|"
                         "push|pop|poll|set|replaceAll|removeIf")


def _java_plain_field(body: SgNode, name: str) -> bool:
    """The class declares `name` as a field holding a collection that is not thread-safe
    (initialised so, or assigned so in a constructor or method)."""
    for declaration in body.find_all(kind="field_declaration"):
        for declarator in declaration.children():
            if declarator.kind() == "variable_declarator" and field_text(declarator, "name") == name \
                    and _JAVA_PLAIN.match(_flat(declarator.field("value"))):
                return True
    for assignment in body.find_all(kind="assignment_expression"):
        if re.fullmatch(rf"(this\.)?{re.escape(name)}", field_text(assignment, "left").strip()) \
                and _JAVA_PLAIN.match(_flat(assignment.field("right"))):
            return True
    return False


def _java_plain_local(method: SgNode, name: str, before: SgNode) -> bool:
    for declarator in method.find_all(kind="variable_declarator"):
        if field_text(declarator, "name") == name and ends_before(declarator, before):
            return bool(_JAVA_PLAIN.match(_flat(declarator.field("value"))))
    return False


def _java_locked(node: SgNode, stop: SgNode) -> bool:
    """A `synchronized` block or a lock between the node and `stop`."""
    for a in node.ancestors():
        if a == stop:
            return False
        if a.kind() == "synchronized_statement":
            return True
    return False


def _java_changed_field(method: SgNode, body: SgNode) -> str | None:
    """The plain collection field a method of the class changes with no lock."""
    if re.search(r"\bsynchronized\b",
                 next((c.text() for c in method.children() if c.kind() == "modifiers"), "")):
        return None
    if re.search(r"\.(lock|tryLock)\(", method.text()):
        return None
    for call in method.find_all(kind="method_invocation"):
        if not re.fullmatch(_JAVA_MUTATORS, field_text(call, "name")):
            continue
        target = re.sub(r"^this\.", "", field_text(call, "object").strip())
        if re.fullmatch(r"\w+", target) and not _java_locked(call, method) and \
                _java_plain_field(body, target) and \
                not method.find(kind="variable_declarator", has={"field": "name", "regex": f"^{target}$"}):
            return target
    return None


def java_plain_collection_in_threads(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A call in a lambda run on several threads (a parallel stream's, an executor's, a
    Thread's) changes a collection that is not thread-safe: a field of the class or a local
    made before the lambda, itself, or in a method of the class the lambda calls."""
    del root
    if node.kind() == "method_reference":
        return subject  # the rule's first shape, checked by the pattern
    lam = ancestor(node, "lambda_expression")
    body = ancestor(node, "class_body")
    if lam is None or body is None or _java_locked(node, lam):
        return None
    name = field_text(node, "name")
    target = field_text(node, "object").strip()
    if re.fullmatch(_JAVA_MUTATORS, name) and target:
        target = re.sub(r"^this\.", "", target)
        if not re.fullmatch(r"\w+", target):
            return None
        method = ancestor(lam, "method_declaration", "constructor_declaration")
        if method is not None and method.find(
                kind="variable_declarator", has={"field": "name", "regex": f"^{re.escape(target)}$"}):
            return target if _java_plain_local(method, target, lam) else None
        return target if _java_plain_field(body, target) else None
    if target not in ("", "this"):
        return None
    # a method of the class named in the lambda of a parallel stream, one call deep
    for method in body.children():
        if method.kind() == "method_declaration" and field_text(method, "name") == name:
            changed = _java_changed_field(method, body)
            if changed is not None:
                return changed
    return None


# --- C++: int minus size_t ---------------------------------------------------------------------

_CPP_UNSIGNED_TYPE: Final = re.compile(r"^(const\s+)?(std::)?(size_t|uint(8|16|32|64)_t|"
                                       r"unsigned(\s+(int|long|long\s+long))?|size_type)$")
_CPP_SIGNED_TYPE: Final = re.compile(r"^(const\s+)?((signed\s+)?(int|long|short|long\s+long)|"
                                     r"(std::)?int(8|16|32|64)_t|(std::)?ptrdiff_t|ssize_t)$")
_CPP_SIZE_CALL: Final = re.compile(r"^[\w.>-]+\s*(\.|->)\s*(size|length)\(\)$")


def _cpp_declared(node: SgNode, pattern: re.Pattern[str]) -> bool:
    declared = declared_types(node, "c")
    return bool(declared) and all(pattern.match(t.strip()) for t, _ in declared)


def _cpp_unsigned(node: SgNode) -> bool:
    node = unparenthesized(node)
    if node.kind() == "call_expression":
        return bool(_CPP_SIZE_CALL.match(_flat(node)))
    if node.kind() == "identifier":
        declared = declared_types(node, "c")
        return bool(declared) and all(
            bool(_CPP_UNSIGNED_TYPE.match(t.strip())) or
            (t.strip() == "auto" and value is not None and bool(_CPP_SIZE_CALL.match(_flat(value))))
            for t, value in declared)
    return False


def _cpp_signed(node: SgNode) -> bool:
    node = unparenthesized(node)
    return node.kind() in ("identifier", "field_expression") and _cpp_declared(node, _CPP_SIGNED_TYPE)


def _cpp_compared(difference: SgNode) -> bool:
    """The difference (or the `auto` local keeping it) is compared with `<`, `>`, `<=`, `>=`
    against zero or a signed value."""
    up = difference.parent()
    while up is not None and up.kind() == "parenthesized_expression":
        up = up.parent()
    if up is None:
        return False
    if up.kind() == "binary_expression" and field_text(up, "operator") in ("<", ">", "<=", ">="):
        return True
    if up.kind() == "init_declarator":
        declaration = up.parent()
        name = field_text(up, "declarator").strip()
        function = ancestor(up, "function_definition", "lambda_expression")
        if declaration is None or function is None or field_text(declaration, "type").strip() != "auto" \
                or not re.fullmatch(r"\w+", name):
            return False
        after = function.text()[declaration.range().end.index - function.range().start.index:]
        n = re.escape(name)
        return bool(re.search(rf"(?<![\w.>]){n}\s*(<=?|>=?)(?![<>=])|(?<![<>-])(<=?|>=?)\s*{n}\b", after))
    return False


def cpp_signed_size_difference(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`i - v.size()` (or `v.size() - i`) with `i` a signed integer: the int is converted to
    unsigned, so the difference is never negative, and it is compared or kept as such."""
    del root
    left, right = node.field("left"), node.field("right")
    if left is None or right is None:
        return None
    if not ((_cpp_signed(left) and _cpp_unsigned(right)) or (_cpp_unsigned(left) and _cpp_signed(right))):
        return None
    return subject if _cpp_compared(node) else None


# --- Rust: a guard held while a method relocks ---------------------------------------------------

_RUST_GUARD: Final = re.compile(r"^self\.(\w+)\.(lock|write)\(\)(\.unwrap\(\)|\.expect\(\"[^\"]*\"\))?$")


def _rust_methods(node: SgNode, name: str) -> list[SgNode]:
    """The methods called `name` of the impl around the node, or of another impl of the same
    type in the file."""
    impl = ancestor(node, "impl_item")
    if impl is None:
        return []
    own = field_text(impl, "type").strip()
    found: list[SgNode] = []
    for other in node.get_root().root().find_all(kind="impl_item"):
        if field_text(other, "type").strip() != own:
            continue
        for item in other.find_all(kind="function_item"):
            if field_text(item, "name") == name and ancestor(item, "impl_item") == other:
                found.append(item)
    return found


def rust_guard_relocked_by_method(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`let g = self.f.lock().unwrap();` still in scope (not dropped, its block not closed)
    when `self.m(..)` is called, and `m` locks `self.f` too: std's Mutex is not reentrant."""
    del root
    function = ancestor(node, "function_item")
    callee = node.field("function")
    if function is None or callee is None:
        return None
    method = field_text(callee, "field")
    closure = ancestor(node, "closure_expression")
    for let in function.find_all(kind="let_declaration"):
        if not ends_before(let, node):
            continue
        guard = _RUST_GUARD.match(_flat(let.field("value")))
        name = re.sub(r"^mut\s+", "", field_text(let, "pattern").strip())
        block = let.parent()
        if guard is None or name == "_" or not re.fullmatch(r"\w+", name) or block is None or \
                not contains(block, node) or (closure is not None and contains(block, closure)):
            continue
        start, end = let.range().end.index, node.range().start.index
        between = function.get_root().root().text()[start:end]
        if re.search(rf"\bdrop\(\s*{re.escape(name)}\s*\)", between):
            continue
        relock = re.compile(rf"\bself\s*\.\s*{guard.group(1)}\s*\.\s*(lock|write|read)\(\)")
        for target in _rust_methods(function, method):
            if target != function and relock.search(field_text(target, "body")):
                return subject
    return None


FLOW_GJCR_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "go-float-computed-equality": go_float_computed_equality,
    "java-plain-collection-in-threads": java_plain_collection_in_threads,
    "cpp-signed-size-difference": cpp_signed_size_difference,
    "rust-guard-held-while-method-relocks": rust_guard_relocked_by_method,
}
