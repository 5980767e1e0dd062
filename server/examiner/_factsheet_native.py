"""Fact sheets of C, C++ and Rust, read from tree-sitter trees (ast-grep-py).

What this reads, with the documented costs and rules it relies on:
- operations inside loops: C's `strlen` and `strcat` scan the whole string (C11 7.24), so in a
  loop they make it quadratic; C++ `vector::erase(begin())`, `vector::insert(begin(), x)` and
  `std::find` are linear, `unordered_set`/`unordered_map` lookups constant on average, `deque`
  ends constant (cppreference, Containers library); Rust `Vec::remove(0)`, `Vec::insert(0, x)`
  and `contains` on a vector or slice are linear, `HashSet`/`HashMap` lookups and `VecDeque`'s
  ends constant (std::collections documentation, "Performance");
- what runs concurrently: `pthread_create`, `std::thread`/`std::jthread`, `std::async`,
  Rust's `thread::spawn`, `tokio::spawn`, rayon's parallel iterators;
- per function whether a path returns NULL, nullptr or None, and what it throws (C++) or
  panics with (Rust's `panic!`, `unreachable!`, `unimplemented!`, `todo!`);
- resources closed on every path by scope (RAII): C++ streams, `unique_ptr`, lock guards;
  Rust files, sockets, lock guards (dropped at scope exit, on `?` and unwinding too);
- parameters changed in place: C pointers written through, C++ non-const references, Rust
  `&mut` parameters.
"""

from __future__ import annotations

import re
from typing import Final

from ast_grep_py import SgNode

from ._facttree import in_loop, own, owner, read_tree
from ._facttypes import (
    Concurrency,
    Cost,
    FactSheet,
    FunctionFacts,
    LoopOperation,
    Mutation,
    Resource,
)
from .analysis.trees import line_of

__all__ = ["NATIVE", "native_fact_sheet"]

NATIVE: Final = ("c", "cpp", "rust")
_CPP_KINDS: Final = ((re.compile(r"\bunordered_(set|map|multiset|multimap)\b"), "hash"),
                     (re.compile(r"\b(vector)\b"), "vector"),
                     (re.compile(r"\b(deque)\b"), "deque"),
                     (re.compile(r"\b(basic_)?string\b"), "string"))
_RUST_KINDS: Final = ((re.compile(r"\bVecDeque\b"), "deque"),
                      (re.compile(r"\bHash(Set|Map)\b"), "hash"),
                      (re.compile(r"\bVec\b|\bvec!|&\s*(mut\s+)?\["), "vector"))
_CPP_RAII: Final = re.compile(r"\b(i|o)?fstream\b|\b(unique_ptr|shared_ptr|lock_guard|unique_lock|"
                              r"scoped_lock|jthread)\b")
_RUST_RAII: Final = re.compile(r"\b(File::(open|create)|OpenOptions\b|TcpStream::connect|"
                               r"TcpListener::bind|BufReader::new|BufWriter::new)|\.(lock|read|"
                               r"write)\(\)")
_LEAKS_ON_PURPOSE: Final = re.compile(r"\b(mem::forget|Box::leak|into_raw|ManuallyDrop)\b")
_MUTATORS: Final = {
    "cpp": frozenset({"push_back", "emplace_back", "pop_back", "insert", "erase", "clear",
                      "resize", "assign", "swap", "push_front", "pop_front", "emplace"}),
    "rust": frozenset({"push", "pop", "insert", "remove", "clear", "sort", "sort_by",
                       "sort_by_key", "sort_unstable", "reverse", "extend", "truncate", "retain",
                       "dedup", "swap", "drain", "push_str", "append"}),
}
_C_WRITERS: Final = frozenset({"strcat", "strncat", "strcpy", "strncpy", "memcpy", "memmove",
                               "memset", "sprintf", "snprintf"})
_NULL_RETURN: Final = {"c": re.compile(r"^return\s+(NULL|\(\w+\s*\*\)\s*0)\s*;"),
                       "cpp": re.compile(r"^return\s+(NULL|nullptr)\s*;"),
                       "rust": re.compile(r"^return\s+None\b")}
_PANICS: Final = re.compile(r"^(panic|unreachable|unimplemented|todo)!")


def _function_name(function: SgNode, language: str) -> str:
    if language == "rust":
        name = function.field("name")
        return name.text() if name is not None else "<closure>"
    if function.kind() == "lambda_expression":
        return "<lambda>"
    declarator = function.field("declarator")
    while declarator is not None and declarator.kind() != "function_declarator":
        declarator = declarator.field("declarator")
    inner = declarator.field("declarator") if declarator is not None else None
    return inner.text().rsplit("::", 1)[-1] if inner is not None else "<anonymous>"


def _enclosing(node: SgNode, language: str) -> str:
    function = owner(node, language)
    return _function_name(function, language) if function is not None else "<file>"


def _root_name(text: str) -> str:
    match = re.match(r"\s*[&*]?\s*(?:mut\s+)?([A-Za-z_]\w*)", text)
    return match.group(1) if match else ""


def _declared(root: SgNode, language: str) -> dict[str, str]:
    """Names and the kind of container they were declared as (vector, hash, deque, string)."""
    out: dict[str, str] = {}
    if language == "rust":
        nodes = [*root.find_all(kind="let_declaration"), *root.find_all(kind="parameter")]
        for node in nodes:
            pattern = node.field("pattern")
            typed = node.field("type")
            value = node.field("value") if node.kind() == "let_declaration" else None
            text = " ".join(n.text() for n in (typed, value) if n is not None)
            name = _root_name(pattern.text()) if pattern is not None else ""
            for regex, kind in _RUST_KINDS:
                if name and regex.search(text):
                    out[name] = kind
                    break
    elif language == "cpp":
        for node in [*root.find_all(kind="declaration"),
                     *root.find_all(kind="parameter_declaration")]:
            typed = node.field("type")
            declarator = node.field("declarator")
            if typed is None or declarator is None:
                continue
            for regex, kind in _CPP_KINDS:
                if regex.search(typed.text()):
                    inner = declarator.field("declarator") if declarator.kind() == \
                        "init_declarator" else declarator
                    if inner is not None and _root_name(inner.text()):
                        out[_root_name(inner.text())] = kind
                    break
    return out


def _call_parts(call: SgNode) -> tuple[str, str, list[str]]:
    """(receiver, method or function name, argument texts) of a call expression."""
    func = call.field("function")
    args = call.field("arguments")
    arguments = [a.text() for a in args.children() if a.is_named()] if args is not None else []
    if func is None:
        return "", "", arguments
    if func.kind() == "field_expression":
        value = func.field("argument") or func.field("value")
        field = func.field("field")
        return (value.text() if value is not None else "",
                field.text() if field is not None else "", arguments)
    return "", func.text(), arguments


def _loop_operations(root: SgNode, language: str,
                     declared: dict[str, str]) -> list[LoopOperation]:
    out: list[LoopOperation] = []
    for call in root.find_all(kind="call_expression"):
        if not in_loop(call, language):
            continue
        receiver, name, args = _call_parts(call)
        target = _root_name(receiver) if receiver else (_root_name(args[0]) if args else "")
        kind = declared.get(target, "")
        first = args[0].replace(" ", "") if args else ""
        op, cost = "", Cost.LINEAR
        if language == "c" and name in ("strlen", "strcat", "strncat"):
            op = "strlen" if name == "strlen" else "strcat"
        elif language == "cpp" and receiver:
            if kind == "vector" and name in ("erase", "insert") and first.endswith(
                    "begin()") and "+" not in first:
                op = f"vector.{name}(begin)"
            elif kind == "hash" and name in ("count", "find", "contains"):
                op, cost = "unordered.lookup", Cost.CONSTANT
            elif kind == "deque" and name in ("push_front", "pop_front"):
                op, cost = f"deque.{name}", Cost.CONSTANT
        elif language == "cpp" and name in ("std::find", "find", "std::count", "count") and \
                len(args) >= 3:
            op = "std::find" if name.endswith("find") else "std::count"
        elif language == "rust" and receiver:
            if kind == "vector" and name in ("remove", "insert") and first == "0":
                op = f"Vec::{name}(0)"
            elif kind == "vector" and name == "contains":
                op = "Vec::contains"
            elif kind == "hash" and name in ("contains", "contains_key", "get", "get_mut"):
                op, cost = "HashSet::contains", Cost.CONSTANT
            elif kind == "deque" and name in ("push_front", "pop_front"):
                op, cost = f"VecDeque::{name}", Cost.CONSTANT
        if op and target:
            out.append(LoopOperation(_enclosing(call, language), line_of(call), op, target, cost))
    return out


def _concurrency(root: SgNode, language: str) -> list[Concurrency]:
    out: list[Concurrency] = []
    for call in root.find_all(kind="call_expression"):
        receiver, name, _args = _call_parts(call)
        how = ""
        if name in ("pthread_create", "thrd_create"):
            how = "thread"
        elif name in ("std::async", "async") and language == "cpp":
            how = "task"
        elif re.search(r"(^|::)thread::spawn$|^(std::)?thread::scope$", name):
            how = "thread"
        elif re.search(r"(^|::)(tokio|async_std)::(task::)?spawn$", name):
            how = "task"
        elif receiver and name in ("par_iter", "par_iter_mut", "into_par_iter") and \
                language == "rust":
            how = "thread"
        if how:
            out.append(Concurrency(_enclosing(call, language), line_of(call), how))
    if language == "cpp":
        for node in root.find_all(kind="declaration"):
            typed = node.field("type")
            if typed is not None and re.search(r"\b(j?thread)\b", typed.text()):
                out.append(Concurrency(_enclosing(node, language), line_of(node), "thread"))
    return out


def _functions(root: SgNode, language: str) -> list[FunctionFacts]:
    out: list[FunctionFacts] = []
    named = "function_item" if language == "rust" else "function_definition"
    for function in root.find_all(kind=named):
        returns = [r.text() for r in own(function, language, "return_statement" if language != "rust"
                                          else "return_expression")]
        none = any(_NULL_RETURN[language].match(r) for r in returns)
        if language == "rust":
            body = function.field("body")
            last = [c for c in body.children() if c.is_named()] if body is not None else []
            none = none or bool(last and last[-1].text().strip() == "None")
        raises: list[str] = []
        if language == "cpp":
            for throw in own(function, language, "throw_statement"):
                match = re.search(r"throw\s+([\w:]+)", throw.text())
                raises.append(match.group(1).rsplit("::", 1)[-1] if match else "re-throw")
        elif language == "rust":
            for macro in own(function, language, "macro_invocation"):
                if _PANICS.match(macro.text()):
                    raises.append("panic")
        calls = {_call_parts(c)[1].rsplit("::", 1)[-1]
                 for c in own(function, language, "call_expression")} - {""}
        out.append(FunctionFacts(
            _function_name(function, language), line_of(function), returns_none=none,
            returns_value=any(not _NULL_RETURN[language].match(r) and r.strip() not in (
                "return;", "return") for r in returns),
            raises=tuple(dict.fromkeys(raises)), catches=(), locals=frozenset(),
            is_async=function.text().lstrip().startswith(("async", "pub async")),
            calls=frozenset(calls)))
    return out


def _resources(root: SgNode, language: str) -> list[Resource]:
    """What scope closes on every path: C++ RAII objects, Rust values dropped at scope exit."""
    out: list[Resource] = []
    if language == "cpp":
        for node in root.find_all(kind="declaration"):
            typed, declarator = node.field("type"), node.field("declarator")
            if typed is None or declarator is None or not _CPP_RAII.search(typed.text()) or \
                    owner(node, language) is None:
                continue
            name = _root_name(declarator.text())
            if name:
                out.append(Resource(_enclosing(node, language), line_of(node), name, "destructor"))
    elif language == "rust" and not _LEAKS_ON_PURPOSE.search(root.text()):
        for node in root.find_all(kind="let_declaration"):
            value, pattern = node.field("value"), node.field("pattern")
            if value is not None and pattern is not None and _RUST_RAII.search(value.text()):
                name = _root_name(pattern.text())
                if name:
                    out.append(Resource(_enclosing(node, language), line_of(node), name, "drop"))
    return out


def _parameters(function: SgNode, language: str) -> dict[str, str]:
    """A function's parameters and their declared types (with `&`, `*`, `mut`, `const`)."""
    out: dict[str, str] = {}
    if language == "rust":
        params = function.field("parameters")
        for p in params.find_all(kind="parameter") if params is not None else []:
            pattern, typed = p.field("pattern"), p.field("type")
            if pattern is not None and typed is not None:
                out[_root_name(pattern.text())] = typed.text()
        return out
    declarator = function.field("declarator")
    while declarator is not None and declarator.kind() != "function_declarator":
        declarator = declarator.field("declarator")
    params = declarator.field("parameters") if declarator is not None else None
    for p in params.find_all(kind="parameter_declaration") if params is not None else []:
        inner = p.field("declarator")
        if inner is not None:
            name = re.findall(r"[A-Za-z_]\w*", inner.text())
            if name:
                out[name[-1]] = p.text()
    return out


def _writable(language: str, declared: str) -> bool:
    if language == "rust":
        return "&mut" in declared.replace(" ", "")
    if language == "cpp":
        return "&" in declared and not re.search(r"\bconst\b", declared)
    return "*" in declared and not re.search(r"\bconst\b", declared)


def _mutations(root: SgNode, language: str) -> list[Mutation]:
    out: list[Mutation] = []
    named = "function_item" if language == "rust" else "function_definition"
    for function in root.find_all(kind=named):
        params = {n for n, t in _parameters(function, language).items() if _writable(language, t)}
        if not params:
            continue
        name = _function_name(function, language)
        for call in own(function, language, "call_expression"):
            receiver, method, args = _call_parts(call)
            target, how = "", ""
            if receiver and method in _MUTATORS.get(language, ()):
                target, how = _root_name(receiver), f"{method}()"
            elif args and ((language == "c" and method in _C_WRITERS) or (
                    language == "cpp" and method in ("std::sort", "sort", "std::reverse",
                                                     "reverse"))):
                target, how = _root_name(args[0]), f"{method}()"
            if target in params:
                out.append(Mutation(name, line_of(call), target, how))
        for assign in own(function, language, "assignment_expression"):
            left = assign.field("left")
            if left is not None and left.kind() in ("subscript_expression", "index_expression",
                                                    "pointer_expression", "field_expression"):
                target = _root_name(left.text().lstrip("*("))
                if target in params:
                    out.append(Mutation(name, line_of(assign), target, "[i] ="))
    return list(dict.fromkeys(out))


def native_fact_sheet(code: str, language: str) -> FactSheet:
    """The fact sheet of C, C++ or Rust source (empty when unreadable)."""
    if language not in NATIVE:
        return FactSheet(language, notes=(f"no fact sheet for {language}",))
    return read_tree(code, language, lambda root: _sheet(root, language))


def _sheet(root: SgNode, language: str) -> FactSheet:
    declared = _declared(root, language)
    return FactSheet(
        language, functions=tuple(_functions(root, language)),
        loop_operations=tuple(dict.fromkeys(_loop_operations(root, language, declared))),
        concurrency=tuple(_concurrency(root, language)),
        resources=tuple(_resources(root, language)),
        mutations=tuple(_mutations(root, language)), parsed=True)
