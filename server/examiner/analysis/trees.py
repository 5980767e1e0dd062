"""Functions, classes and loops from tree-sitter trees: JavaScript, TypeScript, Go, Java, C, C++
and Rust (every language the examiner reads that ast-grep-py has a grammar for)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Final

from .memo import graph_lookup, keeps_results
from .units import Unit

if TYPE_CHECKING:
    from ast_grep_py import Config, SgNode

__all__ = ["TREE_LANGUAGES", "Grammar", "grammar_of", "parse", "read_as", "tree_units"]

TREE_LANGUAGES: Final = ("javascript", "typescript", "go", "java", "c", "cpp", "rust")
"""Languages read through a tree-sitter grammar (ast-grep-py ships them)."""


@dataclass(frozen=True)
class Grammar:
    """The node kinds one language's analysis needs."""

    functions: frozenset[str]
    classes: frozenset[str]
    loops: frozenset[str]
    raises: frozenset[str]
    catches: frozenset[str]
    branches: frozenset[str]
    calls: frozenset[str]


_JS: Final = Grammar(
    functions=frozenset({"function_declaration", "generator_function_declaration",
                         "method_definition", "arrow_function", "function_expression", "function",
                         "generator_function"}),
    classes=frozenset({"class_declaration", "abstract_class_declaration", "class"}),
    loops=frozenset({"for_statement", "for_in_statement", "while_statement", "do_statement"}),
    raises=frozenset({"throw_statement"}), catches=frozenset({"catch_clause"}),
    branches=frozenset({"if_statement", "ternary_expression", "switch_statement",
                        "binary_expression"}),
    calls=frozenset({"call_expression"}))
GRAMMARS: Final[dict[str, Grammar]] = {
    "javascript": _JS,
    "typescript": _JS,
    "go": Grammar(
        functions=frozenset({"function_declaration", "method_declaration", "func_literal"}),
        classes=frozenset({"type_spec"}), loops=frozenset({"for_statement"}),
        raises=frozenset(), catches=frozenset(),
        branches=frozenset({"if_statement", "expression_switch_statement",
                            "type_switch_statement", "select_statement"}),
        calls=frozenset({"call_expression"})),
    "java": Grammar(
        functions=frozenset({"method_declaration", "constructor_declaration",
                             "lambda_expression"}),
        classes=frozenset({"class_declaration", "interface_declaration", "enum_declaration",
                           "record_declaration"}),
        loops=frozenset({"for_statement", "enhanced_for_statement", "while_statement",
                         "do_statement"}),
        raises=frozenset({"throw_statement"}), catches=frozenset({"catch_clause"}),
        branches=frozenset({"if_statement", "ternary_expression", "switch_expression",
                            "switch_statement"}),
        calls=frozenset({"method_invocation"})),
    "c": Grammar(
        functions=frozenset({"function_definition"}), classes=frozenset(),
        loops=frozenset({"for_statement", "while_statement", "do_statement"}),
        raises=frozenset(), catches=frozenset(),
        branches=frozenset({"if_statement", "conditional_expression", "switch_statement",
                            "binary_expression"}),
        calls=frozenset({"call_expression"})),
    "cpp": Grammar(
        functions=frozenset({"function_definition", "lambda_expression"}),
        classes=frozenset({"class_specifier", "struct_specifier"}),
        loops=frozenset({"for_statement", "for_range_loop", "while_statement", "do_statement"}),
        raises=frozenset({"throw_statement"}), catches=frozenset({"catch_clause"}),
        branches=frozenset({"if_statement", "conditional_expression", "switch_statement",
                            "binary_expression"}),
        calls=frozenset({"call_expression"})),
    "rust": Grammar(
        functions=frozenset({"function_item", "closure_expression"}),
        classes=frozenset({"struct_item", "enum_item", "trait_item", "impl_item"}),
        loops=frozenset({"for_expression", "while_expression", "loop_expression"}),
        raises=frozenset(), catches=frozenset(),
        # `?` returns early on an error: a path that stops without recursing
        branches=frozenset({"if_expression", "match_expression", "binary_expression",
                            "try_expression"}),
        calls=frozenset({"call_expression"})),
}
_C_FAMILY: Final = ("c", "cpp")
_C_DECLARATORS: Final = ("pointer_declarator", "reference_declarator", "function_declarator",
                         "abstract_function_declarator", "parenthesized_declarator")
_BOOLEAN_OPS: Final = ("&&", "||", "??")
_NEW: Final = frozenset({"new_expression", "object_creation_expression"})


DIALECTS: Final = {"tsx": "typescript"}
"""Grammars that read a language's files of one extension: a `.tsx` file is TypeScript with
JSX, which the plain TypeScript grammar cannot read (and which forbids its `<T>x` casts, so a
`.ts` file keeps that grammar). The language's checks and rules run on it as they are."""
_DIALECT: ContextVar[str] = ContextVar("dialect", default="")
"""The dialect of the file being analysed ('' for its language's own grammar)."""


@contextmanager
def read_as(dialect: str) -> Iterator[None]:
    """Within it, a tree of the dialect's language is read with the dialect's grammar (`tsx`):
    an analysis of one file sets it once, from the file's extension, and every `parse` and
    kind lookup below it, given the language ("typescript"), reads the file as it is."""
    token = _DIALECT.set(dialect if dialect in DIALECTS else "")
    try:
        yield
    finally:
        _DIALECT.reset(token)


def grammar_of(language: str) -> str:
    """The grammar that reads a language's file now: the dialect being read, where it is one of
    the language's; the language's own otherwise. A dialect's name is a grammar of its own."""
    dialect = _DIALECT.get()
    return dialect if dialect and DIALECTS[dialect] == language else language


def parse(source: str, language: str) -> SgNode:
    """The root of the syntax tree of source, in the grammar that reads the language now
    (`grammar_of`; the last few trees are kept: rules share them)."""
    return _parse(source, grammar_of(language))


@lru_cache(maxsize=8)
def _parse(source: str, grammar: str) -> SgNode:
    from ast_grep_py import SgRoot

    return SgRoot(source, grammar).root()


def _valid(language: str, kinds: frozenset[str]) -> tuple[str, ...]:
    """The kinds the grammar reading this language now has (JavaScript, TypeScript and TSX
    differ a little)."""
    return _grammar_kinds(grammar_of(language), kinds)


@lru_cache(maxsize=64)
def _grammar_kinds(grammar: str, kinds: frozenset[str]) -> tuple[str, ...]:
    from ast_grep_py import SgRoot

    root = SgRoot("", grammar).root()
    out: list[str] = []
    for kind in sorted(kinds):
        try:
            root.find(kind=kind)
        except RuntimeError:
            continue
        out.append(kind)
    return tuple(out)


def find_kinds(node: SgNode, language: str, kinds: frozenset[str]) -> list[SgNode]:
    """Every node of one of these kinds under node, in one pass."""
    valid = _valid(language, kinds)
    if not valid:
        return []
    config: Config = {"rule": {"any": [{"kind": k} for k in valid]}}
    return node.find_all(config)


def field_text(node: SgNode, field: str) -> str:
    """The text of one field of a node ('' when the node has no such field)."""
    child = node.field(field)
    return child.text() if child is not None else ""


_last_text: list[tuple[SgNode, str]] = []


def source_of(root: SgNode) -> str:
    """The text of a whole tree, copied out once for the tree last asked about: the checks
    after a rule's matches read the file's text for each match, and copying a large file out
    of the tree each time costs milliseconds."""
    if _last_text and _last_text[0][0] is root:
        return _last_text[0][1]
    text = root.text()
    _last_text[:] = [(root, text)]
    return text


def line_of(node: SgNode) -> int:
    """The 1-based line a node starts on."""
    return node.range().start.line + 1


def end_of(node: SgNode) -> int:
    """The 1-based line a node ends on."""
    return node.range().end.line + 1


def _c_declarator(node: SgNode) -> SgNode | None:
    """C and C++: the function declarator of a definition or lambda (under any pointers)."""
    found = node.field("declarator")
    while found is not None and found.kind() in _C_DECLARATORS:
        inner = found.field("declarator")
        if found.kind() in ("function_declarator", "abstract_function_declarator") and (
                inner is None or inner.kind() not in _C_DECLARATORS):
            return found  # the innermost: `pick` in `int (*pick(int k))(int)`
        # a parenthesised declarator, and a reference one (`Day& dayFor(...)`), hold theirs
        # without naming the field
        found = inner if inner is not None or found.kind() not in (
            "parenthesized_declarator", "reference_declarator") else \
            next((c for c in found.children() if c.is_named()), None)
    return None


def c_parameter_names(function: SgNode) -> list[str]:
    """C and C++: a function's parameter names by position ('' for one without a name, as in
    `void` or `int (*)(int)`), read from its innermost function declarator."""
    declarator = _c_declarator(function)
    parameters = declarator.field("parameters") if declarator is not None else None
    out: list[str] = []
    for p in parameters.children() if parameters is not None else []:
        if p.kind() in ("parameter_declaration", "optional_parameter_declaration"):
            names = [n.text() for n in p.find_all(kind="identifier")]
            out.append(names[-1] if names else "")
    return out


def function_name(node: SgNode) -> str:
    """A function's name: its own, or the variable, property or field it is assigned to."""
    if node.kind() == "function_definition" and node.field("declarator") is not None:
        # C and C++: the name sits in the declarator (Python's has a field `name`)
        declarator = _c_declarator(node)
        named = declarator.field("declarator") if declarator is not None else None
        return named.text().rsplit("::", 1)[-1] if named is not None else ""
    name = node.field("name")
    if name is not None:
        return name.text()
    parent = node.parent()
    while parent is not None and parent.kind() in ("parenthesized_expression", "await_expression"):
        parent = parent.parent()
    if parent is None:
        return ""
    for field in ("name", "key", "left", "declarator", "pattern"):
        target = parent.field(field)
        if target is not None and parent.kind() in (
                "variable_declarator", "pair", "assignment_expression", "public_field_definition",
                "field_definition", "short_var_declaration", "assignment_statement",
                "init_declarator", "let_declaration"):
            return target.text().rsplit(".", 1)[-1]
    return ""


def js_declares(function: SgNode, name: str) -> bool:
    """A JavaScript or TypeScript function declares `name` as a parameter or a local."""
    given = function.field("parameters") or function.field("parameter")
    if given is not None and name in re.findall(r"[A-Za-z_$][\w$]*", given.text()):
        return True
    body = function.field("body")
    return body is not None and any(
        field_text(d, "name") == name for d in body.find_all(kind="variable_declarator"))


_JS_JUMPS: Final = ("return_statement", "throw_statement", "continue_statement", "break_statement")
JS_FUNCTIONS: Final = ("function_declaration", "generator_function_declaration", "arrow_function",
                       "method_definition", "function_expression", "generator_function")
"""The JavaScript and TypeScript node kinds that are a function's own scope."""
GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")
"""Go's: functions, methods and function literals."""


def js_branch_leaves(statement: SgNode) -> bool:
    """JS: an `if` whose branch ends by leaving: return, throw, break or continue."""
    branch = statement.field("consequence")
    if branch is None:
        return False
    if branch.kind() in _JS_JUMPS:
        return True
    last = [c for c in branch.children() if c.is_named()]
    return bool(last) and last[-1].kind() in _JS_JUMPS


def js_outlives_call(root: SgNode, node: SgNode, name: str) -> bool:
    """JS: the store outlives one call: `this`, `this.x` (`this.#x`), or a name the module
    declares at its top that no function around the node declares again."""
    if re.fullmatch(r"this(\.#?[\w$]+)?", name):
        return True
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return False
    if any(a.kind() in JS_FUNCTIONS and js_declares(a, name) for a in node.ancestors()):
        return False
    top = re.compile(rf"(?m)^(export\s+)?(const|let|var)\s+{re.escape(name)}\b")
    return top.search(root.text()) is not None


def params(node: SgNode, language: str) -> list[str]:
    if language in _C_FAMILY:
        declarator = _c_declarator(node)
        node = declarator if declarator is not None else node
    params = node.field("parameters") or node.field("parameter")
    if params is None:
        return []
    if params.kind() == "identifier":
        return [params.text()]
    out: list[str] = []
    for child in params.children():
        if not child.is_named():
            continue
        if language == "go" or language == "java":
            named = [c for c in child.children() if c.kind() == "identifier"]
            out.extend(c.text() for c in named)
            continue
        if language in _C_FAMILY or language == "rust":
            # C, C++: `char *name`, `const T& name`; Rust: `name: T`, `mut name: T`, `|name|`
            target = child.field("declarator") or child.field("pattern") or child
            ident = target if target.kind() == "identifier" else \
                target.find(kind="identifier")
            if ident is not None:
                out.append(ident.text())
            continue
        target = child.field("pattern") or child.field("left") or child
        if target.kind() == "identifier":
            out.append(target.text())
        else:
            out.extend(n.text() for n in target.find_all(kind="identifier")
                       if (parent := n.parent()) is not None and parent.kind() != "pair")
    return out


def receiver(node: SgNode) -> str:
    """Go: the receiver's name of a method (`s` in `func (s *S) Get()`)."""
    receiver = node.field("receiver")
    if receiver is None:
        return ""
    ident = receiver.find(kind="identifier")
    return ident.text() if ident is not None else ""


def unparenthesized(node: SgNode) -> SgNode:
    """The expression inside any parentheses around it (`((a / b))` is `a / b`)."""
    while node.kind() == "parenthesized_expression":
        inner = [c for c in node.children() if c.is_named()]
        if len(inner) != 1:
            break
        node = inner[0]
    return node


def ancestor(node: SgNode, *kinds: str) -> SgNode | None:
    """The nearest enclosing node of one of these kinds, or None."""
    return next((a for a in node.ancestors() if a.kind() in kinds), None)


def contains(outer: SgNode, node: SgNode) -> bool:
    """True when `node`'s text lies within `outer`'s (the node itself included)."""
    a, b = node.range(), outer.range()
    return b.start.index <= a.start.index and a.end.index <= b.end.index


def ends_before(node: SgNode, other: SgNode) -> bool:
    """True when `node` ends where `other` starts or earlier."""
    return node.range().end.index <= other.range().start.index


def self_calls(node: SgNode, language: str, name: str) -> list[SgNode]:
    """Calls inside a function that resolve to the function itself.

    A plain function calls itself by its bare name; a method through `this`/its receiver (or,
    in Java, with no object at all). `other.save()` inside `save` is another type's method.
    """
    grammar = GRAMMARS[language]
    if language in _C_FAMILY or language == "rust":
        return _own_calls(node, language, grammar, name)
    is_method = node.kind() in ("method_definition", "method_declaration",
                                "constructor_declaration")
    own_receiver = receiver(node) if language == "go" else ""
    out: list[SgNode] = []
    for call in find_kinds(node, language, grammar.calls):
        if owner_function(call, grammar) != node:
            continue
        if language == "java":
            if field_text(call, "name") != name or not _same_arity(node, call) or \
                    _other_overload(node, call):
                continue  # another overload of the same name is another method
            target = call.field("object")
            if target is None or target.text() == "this":
                out.append(call)
            continue
        callee = call.field("function")
        if callee is None:
            continue
        text = callee.text()
        if language == "go" and node.kind() == "method_declaration":
            if own_receiver and text == f"{own_receiver}.{name}":
                out.append(call)
        elif is_method:
            if text == f"this.{name}":
                out.append(call)
        elif text == name and _binds_own_name(node):
            out.append(call)
    return out


def _binds_own_name(node: SgNode) -> bool:
    """JavaScript, TypeScript, Python, Go: the bare name reaches the function itself. A
    declaration or a named function expression binds its name, and so does a variable it is
    stored in (`const walk = (n) => walk(n.next)`); a function stored in a property
    (`api.scan = (s) => scan(s)`, `{ scan: (s) => scan(s) }`, a class field) is named after the
    property, and the bare name inside is another binding of the module."""
    if node.field("name") is not None:
        return True
    parent = node.parent()
    while parent is not None and parent.kind() in ("parenthesized_expression", "await_expression"):
        parent = parent.parent()
    if parent is None or parent.kind() in ("pair", "public_field_definition", "field_definition"):
        return False
    target = parent.field("left")
    return target is None or target.kind() == "identifier"


def _c_method(node: SgNode) -> bool:
    """C++: a member function (defined in its class, or out of line as `Type::name`)."""
    declarator = _c_declarator(node)
    named = declarator.field("declarator") if declarator is not None else None
    return named is not None and named.kind() in ("field_identifier", "qualified_identifier")


def _rust_method(node: SgNode) -> bool:
    """Rust: a function in an `impl` or `trait` that takes `self`."""
    params = node.field("parameters")
    return params is not None and any(c.kind() == "self_parameter" for c in params.children())


def _own_calls(node: SgNode, language: str, grammar: Grammar, name: str) -> list[SgNode]:
    """C, C++, Rust: calls of the function itself. A C++ method calls itself bare or through
    `this->`; a Rust method through `self.` or `Self::`; `other.save()` is another's method."""
    if language == "cpp" and _c_method(node):
        own = {name, f"this->{name}", f"(*this).{name}"}
    elif language == "rust" and _rust_method(node):
        own = {f"self.{name}", f"Self::{name}"}
    elif language == "rust":
        own = {name, f"Self::{name}"}
    else:
        own = {name}
    calls = [call for call in find_kinds(node, language, grammar.calls)
             if owner_function(call, grammar) == node and field_text(call, "function") in own
             and not _called_result(call)]
    if calls and language == "cpp" and _overloaded(node, language, grammar, name):
        return []  # which overload a call reaches depends on its arguments' types
    return calls


def _called_result(call: SgNode) -> bool:
    """C, C++: `NAME(x)(args)`, a call whose result is called: a macro building a function's
    name (`TRANS(Close)`), not a call of `NAME` itself."""
    parent = call.parent()
    return parent is not None and parent.kind() == "call_expression" and \
        parent.field("function") == call


def _overloaded(node: SgNode, language: str, grammar: Grammar, name: str) -> bool:
    """C++: the file defines or declares a function of the same name with other parameters."""
    top = node
    while (up := top.parent()) is not None:
        top = up
    lists: set[str] = set()
    for found in find_kinds(top, language, grammar.functions):
        declarator = _c_declarator(found) if function_name(found) == name else None
        if declarator is not None:
            lists.add(" ".join(field_text(declarator, "parameters").split()))
    for found in top.find_all(kind="function_declarator"):
        if field_text(found, "declarator").rsplit("::", 1)[-1] == name:
            lists.add(" ".join(field_text(found, "parameters").split()))
    return len(lists) > 1


def _arguments(call: SgNode) -> str:
    args = call.field("arguments")
    return args.text() if args is not None else ""


def _same_arity(method: SgNode, call: SgNode) -> bool:
    """Java: the call passes as many arguments as the method takes (or it takes varargs)."""
    params = method.field("parameters")
    args = call.field("arguments")
    if params is None or args is None:
        return True
    if "..." in params.text():  # varargs: only the same count is surely this method
        return len([c for c in params.children() if c.is_named()]) == 1 or \
            len([c for c in params.children() if c.is_named()]) == \
            len([c for c in args.children() if c.is_named()])
    return len([c for c in params.children() if c.is_named()]) == \
        len([c for c in args.children() if c.is_named()])


def _declared_types(method: SgNode) -> dict[str, str]:
    """Java: the declared type of each parameter, local and resource of a method, by name
    (generic arguments dropped)."""
    types: dict[str, str] = {}
    for found in method.find_all(any=[{"kind": "formal_parameter"}, {"kind": "resource"},
                                      {"kind": "local_variable_declaration"}]):
        kind = found.field("type")
        if kind is None:
            continue
        names = [found.field("name")] + [d.field("name") for d in
                                         found.find_all(kind="variable_declarator")]
        for named in (n for n in names if n is not None):
            types[named.text()] = kind.text().split("<")[0].strip()
    return types


_FINAL_TYPES: Final = frozenset({"String", "int", "long", "short", "byte", "char", "boolean",
                                  "double", "float", "Integer", "Long", "Short", "Byte",
                                  "Character", "Boolean", "Double", "Float"})
"""Java types no other class extends: an argument of another type cannot be one of them."""
_LITERAL_TYPES: Final = {"string_literal": "String", "decimal_integer_literal": "int",
                         "decimal_floating_point_literal": "double", "true": "boolean",
                         "false": "boolean", "character_literal": "char"}


def _argument_type(arg: SgNode, declared: dict[str, str]) -> str:
    """The type of an argument where the syntax shows it: a declared variable, a literal, a
    `new T(...)`; '' otherwise."""
    if arg.kind() == "identifier":
        return declared.get(arg.text(), "")
    if arg.kind() == "cast_expression":  # `(Integer) value`
        cast = arg.field("type")
        return cast.text().split("<")[0].strip() if cast is not None else ""
    if arg.kind() == "object_creation_expression":
        made = arg.field("type")
        return made.text().split("<")[0].strip() if made is not None else ""
    return _LITERAL_TYPES.get(arg.kind(), "")


def _other_overload(method: SgNode, call: SgNode) -> bool:
    """Java: the call reaches another method of the same name, not this one.

    With another method of the same name and arity in the type, the call is this method only
    where every argument's type is shown and is this method's parameter type; without one, an
    argument shown to be of another type where this method takes a final type (`String`,
    `int`) means an inherited overload."""
    name = field_text(method, "name")
    body = next((a for a in method.ancestors()
                 if a.kind() in ("class_body", "interface_body", "enum_body")), None)
    siblings = body is not None and any(
        other != method and field_text(other, "name") == name and _same_arity(other, call)
        for other in body.children() if other.kind() == "method_declaration")
    params = [p for p in (method.field("parameters") or method).children()
              if p.kind() == "formal_parameter"]
    args = [a for a in (call.field("arguments") or call).children() if a.is_named()]
    declared = _declared_types(method)
    for param, arg in zip(params, args, strict=False):
        wanted_node = param.field("type")
        wanted = wanted_node.text().split("<")[0].strip() if wanted_node is not None else ""
        given = _argument_type(arg, declared)
        if siblings and given != wanted:
            return True  # not shown to be this method's type: the overload may be the one
        if given and given != wanted and wanted in _FINAL_TYPES:
            return True
    return False


def owner_function(node: SgNode, grammar: Grammar) -> SgNode | None:
    for parent in node.ancestors():
        if parent.kind() in grammar.functions:
            return parent
    return None


def _shrinks(call: SgNode, names: list[str]) -> bool:
    """The call passes a value a constant away from this call's: `n - 1`, or `i + 1` on a
    parameter (`mid + 1` on a local is a split, as in a binary search)."""
    args = _arguments(call)
    return bool(re.search(r"\w\s*-\s*\d", args)) or any(
        re.search(rf"\b{re.escape(n)}\s*\+\s*\d", args) for n in names)


def _exclusive(a: SgNode, b: SgNode) -> bool:
    """The two calls sit in different branches of one `if`/`switch`/`match`/`?:`: one call
    runs at most, so they do not multiply."""
    inside_a = {(n.range().start.index, n.kind()) for n in a.ancestors()}
    for parent in b.ancestors():
        if (parent.range().start.index, parent.kind()) not in inside_a:
            continue
        branches = [c for c in parent.children() if c.is_named()]
        if parent.kind() in _BRANCHING_KINDS:
            return _branch_of(branches, a) != _branch_of(branches, b)
        # `if (...) return f(n - 2); return f(n - 1);`: the later call runs only when the
        # earlier one's branch did not
        first = a if a.range().start.index <= b.range().start.index else b
        at = _branch_of(branches, first)
        statement = branches[at] if at >= 0 else None
        return statement is not None and statement.kind() == "if_statement" and \
            _leaves(statement, first)
    return False


def _leaves(statement: SgNode, call: SgNode) -> bool:
    """`call` is in a branch of the `if` that ends by returning or throwing."""
    branch = next((b for b in (statement.field("consequence"), statement.field("alternative"))
                   if b is not None and b.range().start.index <= call.range().start.index <
                   b.range().end.index), None)
    if branch is None:
        return False
    last = branch
    while last.kind() in _BLOCKS and (named := [c for c in last.children() if c.is_named()]):
        last = named[-1]  # a block's last statement (Go: block > statement_list > ...)
    return last.kind() in _EXITS


_EXITS: Final = frozenset({"return_statement", "throw_statement", "return_expression"})
_BLOCKS: Final = frozenset({"block", "statement_list", "statement_block", "compound_statement"})


_BRANCHING_KINDS: Final = frozenset({
    "if_statement", "if_expression", "else_clause", "ternary_expression",
    "conditional_expression", "switch_statement", "switch_block", "switch_body",
    "expression_switch_statement", "match_expression", "match_block"})


def _branch_of(branches: list[SgNode], node: SgNode) -> int:
    start = node.range().start.index
    for i, branch in enumerate(branches):
        if branch.range().start.index <= start < branch.range().end.index:
            return i
    return -1


def _branching(unit: Unit, node: SgNode, language: str, calls: list[SgNode]) -> None:
    """Exponential recursion: two calls per call on slightly smaller inputs (`fib(n - 1) +
    fib(n - 2)`), or a call per entry of a lookup keyed by the argument (the edges out of a
    graph's node), with nothing kept between calls (a memo or a visited set makes each key
    once)."""
    name = unit.name
    names = params(node, language)
    if not calls or keeps_results(node.text(), names, " ".join(_arguments(c) for c in calls),
                                   name):
        return
    shrinking = [c for c in calls if _shrinks(c, names)]
    if len(shrinking) >= 2 and not all(_exclusive(shrinking[0], c) for c in shrinking[1:]):
        shown = " and ".join(f"`{c.text()}`" for c in shrinking[:2])
        unit.add("branching_recursion", line_of(shrinking[0]), name,
                 f"calls itself twice per call, {shown}, each on a slightly smaller input")
        return
    # (forms-performance) once for every pass of a loop over a collection, on a smaller input
    per_pass = _self_call_per_loop_pass(node, language, calls)
    if per_pass is not None:
        unit.add("branching_recursion", line_of(per_pass), name,
                 f"calls itself once for every pass of a loop, `{per_pass.text()}`, each on a "
                 "smaller input, with no memo of results already computed")
        return
    grammar = GRAMMARS[language]
    for call in calls:
        loop = next((a for a in call.ancestors() if a.kind() in grammar.loops), None)
        if loop is None or owner_function(loop, grammar) != node:
            continue
        lookup = graph_lookup(collection(loop), names)
        items = _loop_variables(loop) - _KEYWORDS
        if lookup and items & set(re.findall(r"[A-Za-z_$][\w$]*", _arguments(call))):
            unit.add("branching_recursion", line_of(call), name,
                     f"calls itself once for each entry of `{lookup}`, keeping no result "
                     "between calls, so a node two paths reach is worked out again on each")
            return


_MEMO: Final = re.compile(r"(?i)\b(memo|cache|cached|known|seen|table|dp)\w*\b|"
                          r"\.\s*(has|get)\s*\(|@(lru_)?cache\b|\bcomputeIfAbsent\b")
"""Signs of a memo: a table consulted before recursing."""


def _self_call_per_loop_pass(function: SgNode, language: str, calls: list[SgNode]) -> SgNode | None:
    """A self-call in the body of a loop over a collection, on an argument made smaller by
    subtraction (`ways(left - coin)`), in a function with no memo: one call per pass, each
    branching again. None when there is none, or two or more self-calls already say so."""
    if not calls or _MEMO.search(function.text()):
        return None
    loops = GRAMMARS[language].loops
    for call in calls:
        args = call.field("arguments")
        if args is None or not re.search(r"[\w)\]]\s*-\s*[A-Za-z_$(]", args.text()):
            continue
        loop = next((a for a in call.ancestors()
                     if a.kind() in loops or a.kind() in GRAMMARS[language].functions), None)
        if loop is None or loop.kind() not in loops:
            continue
        # the loop walks a collection (not a counter bounded by a constant)
        header = loop.text().split("{", 1)[0]
        if re.search(r"\b(of|in|range)\b|:\s*[A-Za-z_&*]|\.iter\(\)|<=?\s*[A-Za-z_$]", header):
            return call
    return None


def has_base_case(node: SgNode, language: str) -> bool:
    """True when the function can stop without recursing: a branch, a guard or a loop."""
    grammar = GRAMMARS[language]
    body = node.field("body") or node
    for found in find_kinds(body, language, grammar.branches | grammar.loops):
        if found.kind() != "binary_expression" or any(
                c.text() in _BOOLEAN_OPS for c in found.children() if not c.is_named()):
            return True
    return False


def _loops(node: SgNode, language: str, grammar: Grammar) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for loop in find_kinds(node, language, grammar.loops):
        if owner_function(loop, grammar) != node:
            continue
        depth = 1 + sum(1 for a in loop.ancestors() if a.kind() in grammar.loops
                        and owner_function(a, grammar) == node)
        out.append((line_of(loop), depth))
    return sorted(out)


def loop_desc(loop: SgNode) -> str:
    """What a loop runs over, in the words of a question: `the loop over `items``."""
    for field in ("right", "value"):  # for..of / for..in, Java's enhanced for
        over = loop.field(field)
        if over is not None and loop.kind() in _FOR_EACH:
            return f"the loop over `{_short(over.text())}`"
    ranged = next((c for c in loop.children() if c.kind() == "range_clause"), None)
    if ranged is not None and field_text(ranged, "right"):
        return f"the loop over `{_short(field_text(ranged, 'right'))}`"
    clause = next((c for c in loop.children() if c.kind() == "for_clause"), None)
    condition = (clause or loop).field("condition")
    if condition is not None:
        return f"the loop while `{_short(condition.text().strip('()'))}`"
    return "a loop"


_FOR_EACH: Final = ("for_in_statement", "enhanced_for_statement", "for_range_loop",
                     "for_expression")
"""Loops over a collection: JavaScript's for..of, Java's enhanced for, C++'s range for, Rust's
for."""


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:57] + "..."


_WINDOW = re.compile(r"^(?P<whole>[A-Za-z_$][\w$.]*)\s*(\[(?P<a>[^:\]]*):[^\]]*\]|"
                     r"\.(slice|subList)\((?P<b>[^,)]*)[,)])")


def collection(loop: SgNode) -> str:
    """The collection a for-each loop runs over (its text), or ''."""
    if loop.kind() in _FOR_EACH:
        over = loop.field("right") or loop.field("value")
        return over.text() if over is not None else ""
    ranged = next((c for c in loop.children() if c.kind() == "range_clause"), None)
    right = ranged.field("right") if ranged is not None else None
    return right.text() if right is not None else ""


def _loop_variables(loop: SgNode) -> set[str]:
    header = loop.field("initializer") or loop.field("left") or loop.field("name") or \
        loop.field("declarator") or loop.field("pattern")
    clause = next((c for c in loop.children() if c.kind() in ("for_clause", "range_clause")),
                  None)
    if clause is not None:
        header = clause.field("initializer") or clause.field("left") or header
    return set(re.findall(r"[A-Za-z_$][\w$]*", header.text())) if header is not None else set()


def window_of(outer: SgNode, inner: SgNode) -> str:
    """When the inner loop walks a slice of a collection taken at the outer loop's position,
    the name of that collection (the loops together touch each item once), else ''."""
    walked = collection(inner)
    if not re.fullmatch(r"[A-Za-z_$][\w$]*", walked):
        return ""
    counters = _loop_variables(outer)
    for text in re.findall(rf"\b{re.escape(walked)}\s*:?=\s*([^;\n]+)", outer.text()):
        found = _WINDOW.match(text.strip())
        start = found and (found.group("a") or found.group("b") or "")
        if found and counters & set(re.findall(r"[A-Za-z_$][\w$]*", start or "")):
            return found.group("whole")
    return ""


_KEYWORDS: Final = frozenset({"const", "let", "var", "mut", "auto", "final", "_"})


def item_of(outer: SgNode, inner: SgNode) -> str:
    """When the inner loop walks a part of the outer loop's current item (`line.split(...)`,
    `row.cells`, `strings.Fields(line)`), that item's name (the loops together touch each
    piece of the input once), else ''."""
    walked = collection(inner).strip()
    items = _loop_variables(outer) - _KEYWORDS
    head = re.match(r"[A-Za-z_$][\w$]*", walked)
    if head is None or not items:
        return ""
    if head.group() in items and walked[head.end():].lstrip()[:1] in ("", ".", "["):
        return head.group()
    # a call on the item itself: `strings.Fields(line)`, `Object.keys(row)`
    called = re.fullmatch(r"[\w$.]+\(\s*(?P<arg>[A-Za-z_$][\w$]*)\s*(,[^()]*)?\)", walked)
    return called.group("arg") if called and called.group("arg") in items else ""


def nested_loops(node: SgNode, language: str) -> list[tuple[SgNode, SgNode]]:
    """(outer, inner) for each loop directly inside another loop of the same function."""
    grammar = GRAMMARS[language]
    pairs: list[tuple[SgNode, SgNode]] = []
    for loop in find_kinds(node, language, grammar.loops):
        if owner_function(loop, grammar) != node:
            continue
        outer = next((a for a in loop.ancestors() if a.kind() in grammar.loops
                      or a.kind() in grammar.functions), None)
        if outer is not None and outer.kind() in grammar.loops:
            pairs.append((outer, loop))
    return pairs


def _is_async(node: SgNode) -> bool:
    return any(c.text() == "async" for c in node.children() if not c.is_named()) or any(
        c.kind() == "function_modifiers" and "async" in c.text().split()
        for c in node.children())  # Rust: `async fn`


_WIDE_CHANGE: Final = 0.3
"""A change covering more than this share of the file is searched in one pass over the tree."""


def _touched(root: SgNode, language: str, changed: set[int],
             kinds: frozenset[str]) -> list[SgNode]:
    """Nodes of these kinds that hold a changed line: found by walking down only the nodes
    that overlap the change (a one-line edit reads a handful of nodes, not the whole file)."""
    lines = sorted(changed)
    total = end_of(root)
    if not lines or len(lines) > _WIDE_CHANGE * total:
        return [n for n in find_kinds(root, language, kinds)
                if any(line_of(n) <= x <= end_of(n) for x in lines)]
    out: list[SgNode] = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.kind() in kinds:
            out.append(node)
        for child in node.children():
            if child.is_named() and any(line_of(child) <= x <= end_of(child) for x in lines):
                stack.append(child)
    return out


def tree_units(source: str, language: str, changed: set[int]) -> list[Unit]:
    """Functions and classes holding a changed line, with their loops and events."""
    grammar = GRAMMARS[language]
    root = parse(source, language)
    units: list[Unit] = []
    touched = _touched(root, language, changed, grammar.classes | grammar.functions)
    for node in (n for n in touched if n.kind() in grammar.classes):
        label = field_text(node, "name") or field_text(node, "type")  # Rust: `impl Type`
        body = node.field("body") or node.field("type")
        if not label or body is None:
            continue  # C++ `struct S s;` names a type, it does not define one
        named = function_name if language in _C_FAMILY else \
            (lambda n: field_text(n, "name"))
        members = [named(n) for n in find_kinds(body, language, grammar.functions)
                   if named(n)]
        units.append(Unit(label, "class", line_of(node), end_of(node),
                          members=members))
    for node in (n for n in touched if n.kind() in grammar.functions):
        start, end = line_of(node), end_of(node)
        name = function_name(node)
        if not name or not any(start <= n <= end for n in changed):
            continue
        unit = Unit(name, "function", start, end, params=params(node, language),
                    is_async=_is_async(node), loops=_loops(node, language, grammar))
        for outer, inner in nested_loops(node, language)[:2]:
            whole = window_of(outer, inner)
            item = "" if whole else item_of(outer, inner)
            if whole:
                unit.add("windowed_loop", line_of(inner), whole, collection(inner))
            elif item:
                unit.add("item_loop", line_of(inner), item, collection(inner))
            else:
                unit.add("nested_loop", line_of(inner), loop_desc(inner), loop_desc(outer))
        calls = self_calls(node, language, name)
        for call in calls:
            unit.add("recursion", line_of(call), name, f"{name} calls itself")
        _branching(unit, node, language, calls)
        if calls and not has_base_case(node, language):
            unit.add("missing_base_case", line_of(calls[0]), name,
                     f"`{name}` calls itself on every path, with no case that stops")
        for found in find_kinds(node, language, grammar.raises):
            made = find_kinds(found, language, _NEW)
            thrown = made[0] if made else None
            subject = (thrown.field("constructor") or thrown.field("type")) \
                if thrown is not None else None
            if subject is None and language == "cpp":  # `throw std::runtime_error("...")`
                made = find_kinds(found, language, frozenset({"call_expression"}))
                subject = made[0].field("function") if made else None
            unit.add("raise", line_of(found), subject.text() if subject else "error",
                     "throws")
        for found in find_kinds(node, language, grammar.catches):
            unit.add("except", line_of(found), found.text().split(")")[0][6:].strip(),
                     "catches")
        units.append(unit)
    units.sort(key=lambda u: (u.line, u.end))
    return units
