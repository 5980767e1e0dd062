"""Checks of round shapes-gojv (``rules/*.yaml`` name them in ``filter``): documented hazards
read in shapes other than their documentation's example.

- Go: an atomic read-modify-write written as a `Load` and a `Store` of a value computed from
  it (`atomic.StoreInt64(&c, atomic.LoadInt64(&c)+n)`, `c.Store(c.Load()+n)` on the
  sync/atomic types), inline or through locals (CWE-362; the sync/atomic docs: `Add` and
  `CompareAndSwap` do it in one step);
- Go: `x, err := f(x, ...)` in an `if`/`for`/`switch` block, where `x` is declared before the
  block in the same function and read after it: the update lands in a new inner `x` (go vet's
  shadow analyzer; the Go spec, "Declarations and scope");
- Java: an int product of three or more factors, or of two where one is a method or field the
  file declares `int`, every factor an int by the file's own declarations, stored in or added
  to a long (SpotBugs ICAST_INTEGER_MULTIPLY_CAST_TO_LONG, CERT NUM00-J, CWE-190);
- Java: N+1 queries through a helper: a method of the class that runs a keyed SELECT (or a
  repository's `find*`/`get*ById`), called once per item of a loop with the item (CWE-1073;
  Hibernate's user guide on the N+1 fetching problem).

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

__all__ = ["SHAPES_GOJV_FILTERS"]

_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")
_GO_ATOMIC_STORE: Final = re.compile(r"^atomic\.Store(Int32|Int64|Uint32|Uint64|Uintptr|Pointer)$")
_GO_ATOMIC_TYPE: Final = re.compile(r"^\*?atomic\.(Int32|Int64|Uint32|Uint64|Uintptr|Bool|Value|"
                                    r"Pointer)\b")


def _named_args(call: SgNode) -> list[SgNode]:
    args = call.field("arguments")
    return [c for c in args.children() if c.is_named() and c.kind() != "comment"] \
        if args is not None else []


def _squeezed(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _go_declared_atomic(root: SgNode, name: str) -> bool:
    """The file declares `name` (a struct field, a `var`, a parameter) as one of sync/atomic's
    types (`hits atomic.Int64`, `var ready atomic.Bool`)."""
    for spec in root.find_all(any=[{"kind": "field_declaration"}, {"kind": "var_spec"},
                                   {"kind": "parameter_declaration"}]):
        names = [c.text() for c in spec.children()
                 if c.kind() in ("field_identifier", "identifier")]
        if name in names and _GO_ATOMIC_TYPE.match(field_text(spec, "type")):
            return True
    return False


def _go_atomic_loads(function: SgNode, store: SgNode) -> list[SgNode]:
    """The loads of the atomic the store writes, in the function before the store or inside
    its value: `atomic.LoadT(&x)` for `atomic.StoreT(&x, v)`, `x.Load()` for `x.Store(v)`."""
    callee = field_text(store, "function")
    args = _named_args(store)
    plain = _GO_ATOMIC_STORE.match(callee)
    if plain is not None and len(args) == 2:
        wanted, target = f"atomic.Load{plain.group(1)}", _squeezed(args[0].text())
    elif callee.endswith(".Store") and len(args) == 1:
        wanted, target = "", callee[: -len(".Store")]
        if not _go_declared_atomic(function.get_root().root(), target.rpartition(".")[2]):
            return []
    else:
        return []
    loads = []
    for call in function.find_all(kind="call_expression"):
        if call == store or not (ends_before(call, store) or contains(store, call)):
            continue
        got = field_text(call, "function")
        found = _named_args(call)
        plain_load = bool(wanted) and got == wanted and len(found) == 1 and \
            _squeezed(found[0].text()) == target
        typed_load = not wanted and got == f"{target}.Load" and not found
        if plain_load or typed_load:
            loads.append(call)
    return loads


def _go_left_names(statement: SgNode) -> list[str]:
    left = statement.field("left")
    return [c.text() for c in left.children() if c.kind() == "identifier"] \
        if left is not None else []


def go_atomic_load_then_store(root: SgNode, node: SgNode, subject: str) -> str | None:
    """sync/atomic: `atomic.StoreT(&x, f(atomic.LoadT(&x)))` or `x.Store(f(x.Load()))` on an
    atomic type, directly or through locals assigned from the load before the store, with no
    mutex taken earlier in the function. Each call is atomic, the pair is not: two goroutines
    load the same value and one store overwrites the other's update (the `Add` methods and
    `CompareAndSwap` do it in one step). Returns the subject, or None."""
    del root
    function = ancestor(node, *_GO_FUNCTIONS)
    if function is None:
        return None
    loads = _go_atomic_loads(function, node)
    if not loads:
        return None
    body = function.field("body")
    if body is not None and any(
            re.search(r"\.Lock\(\)$", c.text()) and ends_before(c, node)
            for c in body.find_all(kind="call_expression")):
        return None
    value = _named_args(node)[-1]
    if any(contains(value, load) for load in loads):
        return subject
    # locals computed from the load (`cur := atomic.LoadInt64(&c)`, `next := cur + n`)
    steps: list[tuple[list[str], SgNode]] = []
    for statement in function.find_all(any=[{"kind": "short_var_declaration"},
                                            {"kind": "assignment_statement"}]):
        right = statement.field("right")
        if right is not None and ends_before(statement, node):
            steps.append((_go_left_names(statement), right))
    steps.sort(key=lambda s: s[1].range().start.index)
    derived: set[str] = set()
    for names, right in steps:
        used = {i.text() for i in right.find_all(kind="identifier")}
        if any(contains(right, load) for load in loads) or used & derived:
            derived.update(names)
        else:
            derived.difference_update(names)
    stored = {i.text() for i in value.find_all(kind="identifier")} | \
        ({value.text()} if value.kind() == "identifier" else set())
    return subject if stored & derived else None


_GO_BLOCK_STATEMENTS: Final = ("if_statement", "for_statement", "expression_switch_statement",
                                "type_switch_statement", "select_statement")
_GO_SCOPES: Final = ("block", "expression_case", "default_case", "type_case",
                     "communication_case", "if_statement", "for_statement",
                     "expression_switch_statement", "type_switch_statement")
"""Nodes that open a scope in Go (a block, a case clause, the header of an if/for/switch)."""
_GO_LEAVES: Final = re.compile(r"^(panic|os\.Exit|log\.(Fatal|Fatalf|Fatalln|Panic|Panicf))\(")


def _go_leaves(statement: SgNode) -> bool:
    """The statement leaves the function on every path: a return, a panic or exit, a block
    or an if/else whose every branch ends so."""
    kind = statement.kind()
    if kind == "return_statement":
        return True
    if kind == "expression_statement":
        return _GO_LEAVES.match(statement.text()) is not None
    if kind in ("block", "statement_list"):
        last = [c for c in statement.children() if c.is_named() and c.kind() != "comment"]
        return bool(last) and _go_leaves(last[-1])
    if kind == "if_statement":
        then, other = statement.field("consequence"), statement.field("alternative")
        return then is not None and other is not None and _go_leaves(then) and _go_leaves(other)
    return False


def _go_declares(node: SgNode, name: str) -> bool:
    """The node declares `name`: a `:=` or `var` naming it, a parameter, a range clause."""
    kind = node.kind()
    if kind in ("short_var_declaration", "range_clause"):
        return name in _go_left_names(node)
    if kind == "var_spec":
        return name in [c.text() for c in node.children() if c.kind() == "identifier"]
    if kind == "parameter_declaration":
        return name in [c.text() for c in node.children() if c.kind() == "identifier"]
    return False


def _go_scope_of(declaration: SgNode, function: SgNode) -> SgNode:
    """Where a declaration is visible: its enclosing block or clause, the function for a
    parameter."""
    if declaration.kind() == "parameter_declaration":
        return function
    return next((a for a in declaration.ancestors() if a.kind() in _GO_SCOPES), function)


def _go_converts(declared: SgNode, call: SgNode, root: SgNode) -> bool:
    """The call gives another type than the outer `x` has (`addr, err := ResolveUnixAddr(net,
    addr)` from a string): a new variable on purpose, as `=` would not compile. Known only
    where both are written: the outer one's declared type, the first result of the file's
    own function of that name."""
    written = field_text(declared, "type")
    name = field_text(call, "function").rpartition(".")[2]
    callees = [f for f in root.find_all(any=[{"kind": "function_declaration"},
                                            {"kind": "method_declaration"}])
               if field_text(f, "name") == name]
    if not written or len(callees) != 1:
        return False
    result = callees[0].field("result")
    if result is None:
        return False
    first = result if result.kind() != "parameter_list" else next(
        (p.field("type") for p in result.find_all(kind="parameter_declaration")), None)
    return first is not None and _squeezed(first.text()) != _squeezed(written)


def _go_declared_here(name: SgNode) -> bool:
    """The identifier is a name a `:=` declares (not a read of it)."""
    holder = name.parent()
    statement = holder.parent() if holder is not None else None
    return statement is not None and statement.kind() == "short_var_declaration" and \
        holder == statement.field("left")


def go_update_lands_in_shadow(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`x, err := f(x)` inside an if/for/switch block: the `:=` declares a new `x`, so the
    update is lost to the `x` declared before the block in the same function (a parameter,
    a `:=` or a `var`) when that one is read after the block. Not when the block leaves the
    function on every path, when the next mention of `x` after the block assigns it afresh,
    or when no outer `x` of the function can be seen there. A declaration whose call does not
    take `x` (the rule's other forms, checked by the pattern alone) passes unchanged."""
    right = node.field("right")
    call = next((c for c in right.children() if c.is_named()), None) if right is not None else None
    args = call.field("arguments") if call is not None and call.kind() == "call_expression" \
        else None
    if call is None or args is None or \
            not any(i.text() == subject for i in args.find_all(kind="identifier")):
        return subject
    function = ancestor(node, *_GO_FUNCTIONS)
    statement = ancestor(node, *_GO_BLOCK_STATEMENTS)
    # a statement of the block or case clause (not the header's `if x, ok := f(x); ok`,
    # whose `x` is narrowed for the block on purpose), the rest of which does not leave
    block = node.parent()
    if function is None or statement is None or block is None or \
            block.kind() != "statement_list" or not contains(function, statement) or \
            _go_leaves(block):
        return None
    lists = [function.field(f) for f in ("parameters", "receiver", "result")]
    parameters = [p for found in lists if found is not None
                  for p in found.find_all(kind="parameter_declaration")]
    # the `x` the call reads: the innermost declaration seen at the `:=`; one made in the
    # statement's own header (`switch v := v.(type)`, `if n, err := f(); ...`) ends with it
    seen = [(d, _go_scope_of(d, function)) for d in parameters + function.find_all(any=[
        {"kind": "short_var_declaration"}, {"kind": "var_spec"}, {"kind": "range_clause"}])
        if d != node and _go_declares(d, subject) and ends_before(d, node)]
    seen = [(d, scope) for d, scope in seen if contains(scope, node)]
    if not seen:
        return None
    declared, scope = max(seen, key=lambda p: (p[1].range().start.index,
                                               p[0].range().start.index))
    if scope.range().start.index >= statement.range().start.index or \
            _go_converts(declared, call, root):
        return None
    after = [i for i in scope.find_all(kind="identifier")
             if i.text() == subject and i.range().start.index >= statement.range().end.index
             and not _go_declared_here(i)]
    if not after:
        return None
    # the next mention assigns it afresh (`x = g()`): nothing reads the lost update
    holder = after[0].parent()
    assignment = holder.parent() if holder is not None else None
    if assignment is not None and assignment.kind() == "assignment_statement" and \
            holder == assignment.field("left") and field_text(assignment, "operator") == "=":
        value = assignment.field("right")
        if value is None or not any(i.text() == subject for i in value.find_all(kind="identifier")):
            return None
    return subject


_JAVA_INT: Final = re.compile(r"^(int|short|byte|Integer|Short|Byte)$")
_JAVA_LONG: Final = re.compile(r"^(long|Long)$")
_JAVA_SCOPES: Final = ("method_declaration", "constructor_declaration", "lambda_expression")
_JAVA_TYPES: Final = ("class_declaration", "record_declaration", "enum_declaration",
                      "interface_declaration")
_JAVA_SMALL: Final = 64
"""A two-factor product with a literal this small (`n * 2`, `x * 8`) is left alone: it
passes 2^31 only for an int already past 2^25."""


def _java_factors(product: SgNode) -> list[SgNode]:
    """The factors of a chain of `*` (`a * b * c`, through parentheses)."""
    node = product
    while node.kind() == "parenthesized_expression":
        inner = [c for c in node.children() if c.is_named()]
        if len(inner) != 1:
            break
        node = inner[0]
    if node.kind() == "binary_expression" and field_text(node, "operator") == "*":
        left, right = node.field("left"), node.field("right")
        if left is not None and right is not None:
            return _java_factors(left) + _java_factors(right)
    return [node]


def _java_declared(node: SgNode, name: str) -> tuple[str, bool] | None:
    """The declared type of the name `name` seen at `node`, and whether it is a field: a
    parameter or local of an enclosing method (declared before the node), a field of an
    enclosing class, a component of an enclosing record. None when none is written."""
    for scope in node.ancestors():
        kind = scope.kind()
        if kind in _JAVA_SCOPES:
            for declared in scope.find_all(any=[{"kind": "formal_parameter"},
                                                {"kind": "local_variable_declaration"}]):
                if declared.range().start.index > node.range().start.index:
                    continue
                names = [field_text(declared, "name")] + [
                    field_text(d, "name") for d in declared.children()
                    if d.kind() == "variable_declarator"]
                if name in names:
                    return field_text(declared, "type"), False
        elif kind in _JAVA_TYPES:
            body = scope.field("body")
            for declared in body.children() if body is not None else []:
                if declared.kind() == "field_declaration" and name in [
                        field_text(d, "name") for d in declared.children()
                        if d.kind() == "variable_declarator"]:
                    return field_text(declared, "type"), True
            components = scope.field("parameters") if kind == "record_declaration" else None
            for component in components.children() if components is not None else []:
                if component.kind() == "formal_parameter" and \
                        field_text(component, "name") == name:
                    return field_text(component, "type"), True
    return None


def _java_members_int(root: SgNode, name: str, method: bool) -> bool:
    """Every method (or field) of the file named `name`, and every record component of that
    name (its accessor and its field), is declared int, and there is one."""
    types: list[str] = []
    for declared in root.find_all(kind="method_declaration" if method else "field_declaration"):
        names = [field_text(declared, "name")] if method else [
            field_text(d, "name") for d in declared.children() if d.kind() == "variable_declarator"]
        if name in names:
            types.append(field_text(declared, "type"))
    for record in root.find_all(kind="record_declaration"):
        components = record.field("parameters")
        for component in components.children() if components is not None else []:
            if component.kind() == "formal_parameter" and field_text(component, "name") == name:
                types.append(field_text(component, "type"))
    return bool(types) and all(_JAVA_INT.match(t) for t in types)


def _java_int_factor(factor: SgNode, root: SgNode) -> tuple[bool, bool]:
    """Whether a factor is an int by the file's own declarations, and whether it is a method
    call or a field (a value the reader does not see bounded where it is multiplied)."""
    kind = factor.kind()
    if kind in ("decimal_integer_literal", "hex_integer_literal"):
        return not re.search(r"[lL]$", factor.text()), False
    if kind == "identifier":
        declared = _java_declared(factor, factor.text())
        return (declared is not None and _JAVA_INT.match(declared[0]) is not None,
                declared is not None and declared[1])
    if kind == "field_access":
        name, owner = field_text(factor, "field"), field_text(factor, "object")
        if owner == "this":
            declared = _java_declared(factor, name)
            return declared is not None and _JAVA_INT.match(declared[0]) is not None, True
        return _java_members_int(root, name, method=False), True
    if kind == "method_invocation":
        return _java_members_int(root, field_text(factor, "name"), method=True), True
    if kind == "cast_expression":
        return _JAVA_INT.match(field_text(factor, "type")) is not None, False
    if kind in ("parenthesized_expression", "unary_expression", "binary_expression"):
        inner = [c for c in factor.children() if c.is_named()]
        if kind == "binary_expression" and field_text(factor, "operator") not in \
                ("+", "-", "*", "/", "%"):
            return False, False
        found = [_java_int_factor(c, root) for c in inner]
        return bool(found) and all(f[0] for f in found), any(f[1] for f in found)
    return False, False


def _java_constant(factor: SgNode, depth: int = 3) -> int | None:
    """The value of a constant factor: an int literal, or a name whose declaration in the
    file is `final` with a constant value (`static final int BLOCK = 4 * 1024`)."""
    kind = factor.kind()
    if kind == "decimal_integer_literal":
        return int(re.sub(r"[_lL]", "", factor.text()))
    if kind == "hex_integer_literal":
        return int(re.sub(r"[_lL]", "", factor.text()), 16)
    if kind == "parenthesized_expression" or (kind == "binary_expression" and
                                              field_text(factor, "operator") in ("*", "+", "-")):
        parts = [c for c in factor.children() if c.is_named()]
        values = [_java_constant(c, depth) for c in parts]
        if not values or any(v is None for v in values):
            return None
        known = [v for v in values if v is not None]
        if kind == "parenthesized_expression":
            return known[0]
        operator = field_text(factor, "operator")
        return known[0] * known[1] if operator == "*" else \
            known[0] + known[1] if operator == "+" else known[0] - known[1]
    if kind != "identifier" or depth == 0:
        return None
    for scope in factor.ancestors():
        body = scope.field("body") if scope.kind() in _JAVA_TYPES else None
        for declared in body.children() if body is not None else []:
            if declared.kind() != "field_declaration" or \
                    not re.search(r"\bfinal\b", declared.text().split("=", 1)[0]):
                continue
            for d in declared.children():
                value = d.field("value") if d.kind() == "variable_declarator" else None
                if value is not None and field_text(d, "name") == factor.text():
                    return _java_constant(value, depth - 1)
    return None


def _java_small(factor: SgNode) -> bool:
    value = _java_constant(factor)
    return value is not None and abs(value) <= _JAVA_SMALL


def java_int_product_widened(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`a * b * c` (or `size() * count` with a method or field of the file) computed in int
    and then stored in, returned as or added to a long: the product wraps before it is
    widened. Every factor must be an int by the file's declarations (a parameter, local,
    field, record component, a method declared int, an int literal); two factors need a
    method call or field among them and no small constant (`n * 2`); an assignment's target
    must be declared long; a product of constants only when its value passes 2^31. Returns
    the subject, or None."""
    factors = _java_factors(node)
    typed = [_java_int_factor(f, root) for f in factors]
    if len(factors) < 2 or not all(t[0] for t in typed):
        return None
    # a product of constants is known: it wraps only if its value does (`10 * 1024 * 1024`
    # is 10 MiB, `60 * 1000 * 60` an hour in ms)
    values = [_java_constant(f) for f in factors]
    if all(v is not None for v in values):
        product = 1
        for v in values:
            product *= v or 0
        if -(2 ** 31) <= product < 2 ** 31:
            return None
    if len(factors) == 2 and (not any(t[1] for t in typed) or any(map(_java_small, factors))):
        return None
    holder = node.parent()
    if holder is not None and holder.kind() == "binary_expression":
        holder = holder.parent()
    if holder is not None and holder.kind() == "assignment_expression":
        target = holder.field("left")
        if target is None:
            return None
        name = target.text().removeprefix("this.")
        declared = _java_declared(target, name) if re.match(r"^\w+$", name) else None
        if declared is None or not _JAVA_LONG.match(declared[0]):
            return None
    return subject


_JAVA_QUERY_CALLS: Final = re.compile(r"^(prepareStatement|prepareCall|executeQuery|query|"
                                      r"queryFor\w+|createQuery|createNativeQuery|"
                                      r"createNamedQuery|prepare)$")
_JAVA_KEYED_SELECT: Final = re.compile(r"(?is)^\s*select\b.*\bwhere\b.*(=|\bin\b)\s*\(?\s*'?[?:]")
_JAVA_REPOSITORY: Final = re.compile(r"^\w*(Repository|Repo|Dao|DAO|EntityManager)\b")
_JAVA_FINDER: Final = re.compile(r"^(find\w*|get\w*By\w*|getOne|getReferenceById|load\w*By\w*|"
                                 r"read\w*By\w*|query\w*By\w*|count\w*By\w*|exists\w*By\w*)$")
_JAVA_CACHE_READS: Final = re.compile(r"^(get|getOrDefault|containsKey|computeIfAbsent|"
                                      r"getIfPresent)$")
_JAVA_CACHE_TYPES: Final = re.compile(r"^\w*(Map|Cache)\b")
_JAVA_LOOPS: Final = ("for_statement", "enhanced_for_statement", "while_statement",
                      "do_statement")
_JAVA_PER_ITEM: Final = re.compile(r"^(forEach|map|flatMap|peek|filter|mapToObj|mapToLong|"
                                   r"mapToInt|anyMatch|allMatch|collect)$")
"""Stream and Iterable methods whose lambda runs once per element."""


def _java_text_of(value: SgNode | None, scope: SgNode, depth: int = 3) -> str | None:
    """The text a Java string expression holds when the program writes it: literals joined
    with `+`, a local or a field of the class (a `static final String SQL = ...`)."""
    if value is None or depth == 0:
        return None
    kind = value.kind()
    if kind == "string_literal":
        return "".join(c.text() for c in value.children()
                       if c.kind() in ("string_fragment", "escape_sequence", "multiline_string_fragment"))
    if kind == "binary_expression" and field_text(value, "operator") == "+":
        left = _java_text_of(value.field("left"), scope, depth)
        right = _java_text_of(value.field("right"), scope, depth)
        if left is None:
            return None
        # a value spliced into the text stands where a placeholder would (`"... id = " + id`)
        return left + (right if right is not None else "?")
    if kind == "parenthesized_expression":
        inner = [c for c in value.children() if c.is_named()]
        return _java_text_of(inner[0], scope, depth) if len(inner) == 1 else None
    if kind != "identifier":
        return None
    owners = [scope] + [a for a in scope.ancestors() if a.kind() in _JAVA_TYPES]
    for owner in owners:
        for declarator in owner.find_all(kind="variable_declarator"):
            if field_text(declarator, "name") == value.text():
                return _java_text_of(declarator.field("value"), scope, depth - 1)
    return None


def _java_field_type(node: SgNode, name: str) -> str:
    declared = _java_declared(node, name.removeprefix("this."))
    return declared[0] if declared is not None else ""


def _java_queries(call: SgNode, scope: SgNode) -> bool:
    """The call runs a database query keyed by what it is given: a keyed SELECT handed to
    JDBC, JdbcTemplate or JPA (literal, joined, or a constant of the class), or a
    repository's or EntityManager's finder with arguments."""
    name = field_text(call, "name")
    args = call.field("arguments")
    given = [c for c in args.children() if c.is_named()] if args is not None else []
    if _JAVA_QUERY_CALLS.match(name) and given:
        text = _java_text_of(given[0], scope)
        return text is not None and _JAVA_KEYED_SELECT.match(text) is not None
    owner = field_text(call, "object")
    return bool(given) and _JAVA_FINDER.match(name) is not None and \
        re.match(r"^(this\.)?\w+$", owner) is not None and \
        _JAVA_REPOSITORY.match(_java_field_type(call, owner)) is not None


def _java_helper_queries(helper: SgNode) -> bool:
    """A method of the class runs a keyed query and looks in no cache map of the class first
    (`cache.get(id)`, `computeIfAbsent`)."""
    body = helper.field("body")
    if body is None:
        return False
    calls = body.find_all(kind="method_invocation")
    queries = [c for c in calls if _java_queries(c, helper)]
    if not queries:
        return False
    first = min(q.range().start.index for q in queries)
    return not any(
        _JAVA_CACHE_READS.match(field_text(c, "name")) and
        c.range().start.index < first + 1 and
        re.match(r"^(this\.)?\w+$", field_text(c, "object")) is not None and
        _JAVA_CACHE_TYPES.match(_java_field_type(c, field_text(c, "object"))) is not None
        for c in calls)


def _java_fixed_items(loop: SgNode) -> bool:
    """The loop runs over a few constants: an array or `List.of`/`Set.of` of literals, an
    enum's `values()`, a `static final` table of them, or `i < 3`."""
    if loop.kind() == "for_statement":
        condition = field_text(loop, "condition")
        bound = re.match(r"^\w+\s*<=?\s*(\d+)$", condition)
        return bound is not None and int(bound.group(1)) <= 16
    if loop.kind() != "enhanced_for_statement":
        return False
    value = loop.field("value")
    if value is not None and value.kind() == "identifier":
        value = next((d.field("value") for a in loop.ancestors() if a.kind() in _JAVA_TYPES
                      for d in a.find_all(kind="variable_declarator")
                      if field_text(d, "name") == value.text()), value)
    if value is None:
        return False
    text = value.text()
    if re.match(r"^[\w.]*values\(\s*\)$", text):
        return True
    items = value.find_all(any=[{"kind": "array_initializer"}, {"kind": "argument_list"}])
    listed = value.kind() in ("array_creation_expression", "array_initializer") or \
        re.match(r"^(List|Set|Stream|Arrays|EnumSet)\s*\.\s*(of|asList)\s*\(", text)
    return bool(listed) and bool(items) and all(
        c.kind().endswith("literal") or re.match(r"^[A-Z][\w.]*$", c.text())
        for i in items[:1] for c in i.children() if c.is_named())


def _java_item_names(loop: SgNode, call: SgNode) -> set[str]:
    """Names that hold the loop's current item: the loop variable, a lambda's parameters,
    the `rs` of `while (rs.next())`, and locals declared in the body before the call."""
    names: set[str] = set()
    if loop.kind() == "enhanced_for_statement":
        names.add(field_text(loop, "name"))
    elif loop.kind() == "for_statement":
        init = loop.field("init")
        names.update(field_text(d, "name") for d in init.find_all(kind="variable_declarator")) \
            if init is not None else None
    elif loop.kind() == "lambda_expression":
        params = loop.field("parameters")
        if params is not None:
            names.update(i.text() for i in ([params] if params.kind() == "identifier"
                                            else params.find_all(kind="identifier")))
    condition = loop.field("condition")
    if condition is not None:
        names.update(m.group(1) for m in re.finditer(r"(\w+)\.next\(\)", condition.text()))
    body = loop.field("body")
    for declarator in body.find_all(kind="variable_declarator") if body is not None else []:
        if declarator.range().end.index <= call.range().start.index:
            names.add(field_text(declarator, "name"))
    return names


def _java_per_item_loop(call: SgNode) -> SgNode | None:
    """The loop (or per-element lambda) around the call whose item the call is given, not a
    retry loop, not a loop over a few constants, not one whose body leaves after one pass."""
    args = call.field("arguments")
    used = {i.text() for i in args.find_all(kind="identifier")} if args is not None else set()
    for loop in call.ancestors():
        kind = loop.kind()
        if kind in ("method_declaration", "constructor_declaration", "class_body"):
            return None
        if kind == "lambda_expression":
            holder = loop.parent()
            runner = holder.parent() if holder is not None else None
            if runner is None or runner.kind() != "method_invocation" or \
                    not _JAVA_PER_ITEM.match(field_text(runner, "name")):
                return None
        elif kind not in _JAVA_LOOPS:
            continue
        if re.search(r"(?i)attempt|retr|tries", field_text(loop, "condition")) or \
                _java_fixed_items(loop):
            return None
        body = loop.field("body")
        last = [c for c in body.children() if c.is_named()][-1:] \
            if body is not None and body.kind() == "block" else []
        if last and last[0].kind() in ("break_statement", "return_statement", "throw_statement"):
            return None
        if used & _java_item_names(loop, call):
            return loop
    return None


def java_query_per_item(root: SgNode, node: SgNode, subject: str) -> str | None:
    """N+1 queries one call deep: the call in the loop is a method of the class (no receiver
    or `this.`) that runs a keyed SELECT or a repository finder and reads no cache map
    first, or is itself such a finder or a query given a SQL constant; it is given the
    loop's item. A literal SELECT in the loop (the rule's first form) passes unchanged."""
    del root
    if node.kind() != "method_invocation":
        return subject
    method = ancestor(node, "method_declaration", "constructor_declaration")
    if method is None or _java_per_item_loop(node) is None:
        return None
    if field_text(node, "object") in ("", "this"):
        body = method.parent()
        name, args = field_text(node, "name"), node.field("arguments")
        arity = len([c for c in args.children() if c.is_named()]) if args is not None else 0
        helpers = [m for m in (body.children() if body is not None else [])
                   if m.kind() == "method_declaration" and field_text(m, "name") == name
                   and m != method and len([p for p in (m.field("parameters") or m).children()
                                            if p.kind() == "formal_parameter"]) == arity]
        return subject if len(helpers) == 1 and _java_helper_queries(helpers[0]) else None
    if not _java_queries(node, method):
        return None
    literal = _JAVA_QUERY_CALLS.match(field_text(node, "name")) and _java_literal_sql(node)
    return None if literal else subject


def _java_literal_sql(call: SgNode) -> bool:
    """The query's SQL is a literal in the call (the rule's first form reports it)."""
    args = call.field("arguments")
    first = next((c for c in args.children() if c.is_named()), None) if args is not None else None
    return first is not None and first.kind() == "string_literal"


SHAPES_GOJV_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "go-atomic-load-then-store": go_atomic_load_then_store,
    "go-update-lands-in-shadow": go_update_lands_in_shadow,
    "java-int-product-widened": java_int_product_widened,
    "java-query-per-item": java_query_per_item,
}
