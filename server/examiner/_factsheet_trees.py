"""Fact sheets of JavaScript, TypeScript, Go and Java, read from tree-sitter trees (ast-grep-py).

What this reads: the operations inside loops and their documented costs (MDN: `includes`,
`indexOf`, `shift`, `unshift` and `splice` walk or move the array; `Set.has` and `Map.has` are
sub-linear; the Java collections documentation: `ArrayList.contains`, `indexOf` and
`remove(0)` are linear, `HashSet.contains` and `HashMap.containsKey` constant; Go's
`slices.Contains` is linear), strings built with `+=` in a loop (immutable strings: each `+=`
copies), and what runs concurrently (`go` statements, Java threads and executors, JavaScript's
`Promise.all`), and per named function whether a path returns null (`return;`, `return null`,
`return undefined`, Go's `return nil` as the first result), what it throws (or `panic`s),
what it calls and whether it is async; what closes a resource (Go's `defer x.Close()` outside
a loop, Java's try-with-resources or a `finally` close on every path; a close statement alone
only on the normal path); which parameters a function changes in
place (MDN: `sort`, `reverse`, `push`, `splice` ... change the array itself; the Java
collections' mutators and `Collections.sort`; Go's `sort` and `slices` sorts and `s[i] =` on a
slice parameter write the caller's backing array).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from ast_grep_py import SgNode

from ._facttree import FUNCTIONS, in_loop, own, read_tree
from ._facttypes import (
    Concurrency,
    Cost,
    FactSheet,
    FunctionFacts,
    LoopOperation,
    Mutation,
    Resource,
)

__all__ = ["tree_fact_sheet"]


@dataclass(frozen=True)
class CallRule:
    """A method called on a receiver of some declared kind, and what one call costs."""

    method: str
    receivers: tuple[str, ...]
    """Declared kinds the receiver must have (`array`, `list`, `set`, `map`); () = any."""
    operation: str
    cost: Cost
    first_arg: str = ""
    """The first argument's text the rule needs (`0` for `remove(0)`), '' = any."""


_JS_RULES: Final = (
    CallRule("includes", ("array",), "array.includes", Cost.LINEAR),
    CallRule("indexOf", ("array",), "array.indexOf", Cost.LINEAR),
    CallRule("lastIndexOf", ("array",), "array.lastIndexOf", Cost.LINEAR),
    CallRule("shift", ("array",), "array.shift", Cost.LINEAR),
    CallRule("unshift", ("array",), "array.unshift", Cost.LINEAR),
    CallRule("splice", ("array",), "array.splice", Cost.LINEAR),
    CallRule("find", ("array",), "array.find", Cost.LINEAR),
    CallRule("has", ("set", "map"), "set.has", Cost.CONSTANT),
)
_JAVA_RULES: Final = (
    CallRule("contains", ("list",), "list.contains", Cost.LINEAR),
    CallRule("indexOf", ("list",), "list.indexOf", Cost.LINEAR),
    CallRule("remove", ("list",), "list.remove(0)", Cost.LINEAR, "0"),
    CallRule("add", ("list",), "list.add(0)", Cost.LINEAR, "0"),
    CallRule("contains", ("set",), "set.contains", Cost.CONSTANT),
    CallRule("containsKey", ("map",), "map.containsKey", Cost.CONSTANT),
)
_RULES: Final = {"javascript": _JS_RULES, "typescript": _JS_RULES, "java": _JAVA_RULES,
                 "go": ()}
_JS_KINDS: Final = ((re.compile(r"^\s*\[|^\s*(new\s+)?Array\b|^\s*Array\.from\b|\.(map|filter|"
                                r"slice|concat)\("), "array"),
                    (re.compile(r"^\s*new\s+(Weak)?Set\b"), "set"),
                    (re.compile(r"^\s*new\s+(Weak)?Map\b"), "map"),
                    (re.compile(r"^\s*(['\"`])"), "string"))
_JAVA_TYPES: Final = ((re.compile(r"^(Array)?List\b|^LinkedList\b|^Vector\b"), "list"),
                      (re.compile(r"^(Hash|Tree|LinkedHash|Enum)?Set\b"), "set"),
                      (re.compile(r"^(Hash|Tree|LinkedHash|Concurrent(Hash)?)?Map\b"), "map"),
                      (re.compile(r"^String\b"), "string"))


def _declared(root: SgNode, language: str) -> dict[str, str]:
    """Names and the kind of value they were declared with (array, list, set, map, string)."""
    out: dict[str, str] = {}
    if language in ("javascript", "typescript"):
        for node in root.find_all(kind="variable_declarator"):
            name, value = node.field("name"), node.field("value")
            if name is None or value is None:
                continue
            annotation = node.field("type")
            text = value.text()
            if annotation is not None and re.search(r"\[\]|Array<", annotation.text()):
                out[name.text()] = "array"
                continue
            for pattern, kind in _JS_KINDS:
                if pattern.search(text):
                    out[name.text()] = kind
                    break
        parameters = root.find_all(kind="required_parameter") if language == "typescript" else []
        for node in parameters:
            name, annotation = node.field("pattern"), node.field("type")
            if name is not None and annotation is not None and \
                    re.search(r"\[\]|Array<", annotation.text()):
                out[name.text()] = "array"
    elif language == "java":
        for kind in ("local_variable_declaration", "field_declaration", "formal_parameter"):
            for node in root.find_all(kind=kind):
                declared_type = node.field("type")
                if declared_type is None:
                    continue
                for pattern, label in _JAVA_TYPES:
                    if pattern.search(declared_type.text()):
                        names = [d.field("name") for d in node.find_all(kind="variable_declarator")]
                        if kind == "formal_parameter":
                            names = [node.field("name")]
                        for name in names:
                            if name is not None:
                                out[name.text()] = label
                        break
    elif language == "go":
        for node in root.find_all(kind="short_var_declaration"):
            left, right = node.field("left"), node.field("right")
            if left is not None and right is not None and re.match(r"\s*[\"`]", right.text()):
                out[left.text().split(",")[0].strip()] = "string"
        for node in root.find_all(kind="var_spec"):
            name, declared_type = node.field("name"), node.field("type")
            if name is not None and declared_type is not None and \
                    declared_type.text() == "string":
                out[name.text()] = "string"
    return out


def _enclosing_function(node: SgNode, language: str) -> str:
    for ancestor in node.ancestors():
        if ancestor.kind() in FUNCTIONS[language]:
            name = ancestor.field("name")
            return name.text() if name is not None else "<anonymous>"
    return "<module>"


def _calls(root: SgNode, language: str) -> list[tuple[SgNode, str, str, str]]:
    """(node, receiver, method, first argument) of every method call."""
    out: list[tuple[SgNode, str, str, str]] = []
    if language in ("javascript", "typescript"):
        for node in root.find_all(kind="call_expression"):
            func = node.field("function")
            if func is None or func.kind() != "member_expression":
                continue
            obj, prop = func.field("object"), func.field("property")
            args = node.field("arguments")
            first = args.children()[1].text() if args is not None and \
                len(args.children()) > 2 else ""
            if obj is not None and prop is not None:
                out.append((node, obj.text(), prop.text(), first))
    elif language == "java":
        for node in root.find_all(kind="method_invocation"):
            obj, name = node.field("object"), node.field("name")
            args = node.field("arguments")
            first = args.children()[1].text() if args is not None and \
                len(args.children()) > 2 else ""
            if obj is not None and name is not None:
                out.append((node, obj.text(), name.text(), first))
    elif language == "go":
        for node in root.find_all(kind="call_expression"):
            func = node.field("function")
            if func is not None and func.text() in ("slices.Contains", "slices.Index"):
                args = node.field("arguments")
                first = args.children()[1].text() if args is not None and \
                    len(args.children()) > 2 else ""
                out.append((node, first, func.text(), first))
    return out


def _loop_operations(root: SgNode, language: str,
                     declared: dict[str, str]) -> list[LoopOperation]:
    out: list[LoopOperation] = []
    for node, receiver, method, first in _calls(root, language):
        if not in_loop(node, language):
            continue
        function = _enclosing_function(node, language)
        line = node.range().start.line + 1
        if language == "go":
            out.append(LoopOperation(function, line, method, receiver, Cost.LINEAR))
            continue
        target = receiver.removeprefix("this.")
        for rule in _RULES[language]:
            if rule.method != method or (rule.first_arg and first.strip() != rule.first_arg):
                continue
            if rule.receivers and declared.get(target) not in rule.receivers:
                continue
            out.append(LoopOperation(function, line, rule.operation, target, rule.cost))
            break
    assign = "augmented_assignment_expression" if language in ("javascript", "typescript") \
        else ("assignment_expression" if language == "java" else "assignment_statement")
    for node in root.find_all(kind=assign):
        text = node.text()
        match = re.match(r"\s*([A-Za-z_$][\w$.]*)\s*\+=", text)
        if match and declared.get(match.group(1)) == "string" and in_loop(node, language):
            out.append(LoopOperation(_enclosing_function(node, language),
                                     node.range().start.line + 1, "string +=", match.group(1),
                                     Cost.LINEAR))
    return out


def _concurrency(root: SgNode, language: str) -> list[Concurrency]:
    out: list[Concurrency] = []
    if language == "go":
        for node in root.find_all(kind="go_statement"):
            out.append(Concurrency(_enclosing_function(node, language),
                                   node.range().start.line + 1, "goroutine"))
    elif language == "java":
        for node in root.find_all(kind="object_creation_expression"):
            if re.match(r"new\s+Thread\b", node.text()):
                out.append(Concurrency(_enclosing_function(node, language),
                                       node.range().start.line + 1, "thread"))
        for node, _receiver, method, _first in _calls(root, language):
            if method in ("submit", "execute", "supplyAsync", "runAsync"):
                out.append(Concurrency(_enclosing_function(node, language),
                                       node.range().start.line + 1, "executor"))
    else:
        for node, receiver, method, _first in _calls(root, language):
            if receiver == "Promise" and method in ("all", "allSettled", "race", "any"):
                out.append(Concurrency(_enclosing_function(node, language),
                                       node.range().start.line + 1, "gather"))
    return out


_NAMED: Final = {
    "javascript": ("function_declaration", "method_definition", "generator_function_declaration"),
    "typescript": ("function_declaration", "method_definition", "generator_function_declaration"),
    "go": ("function_declaration", "method_declaration"),
    "java": ("method_declaration", "constructor_declaration"),
}
_NULL_RETURN: Final = {
    "javascript": re.compile(r"^return\s*(;|$|null\b|undefined\b)"),
    "typescript": re.compile(r"^return\s*(;|$|null\b|undefined\b)"),
    "java": re.compile(r"^return\s*(;|null\b)"),
    "go": re.compile(r"^return\s+nil\b"),
}


def _functions(root: SgNode, language: str) -> list[FunctionFacts]:
    out: list[FunctionFacts] = []
    call_kind = "method_invocation" if language == "java" else "call_expression"
    for kind in _NAMED[language]:
        for function in root.find_all(kind=kind):
            name = function.field("name")
            if name is None:
                continue
            returns = [r.text() for r in own(function, language, "return_statement")]
            none = any(_NULL_RETURN[language].match(r) for r in returns)
            value = any(not _NULL_RETURN[language].match(r) and r.strip() not in ("return",
                                                                                "return;")
                        for r in returns)
            raises: list[str] = []
            calls: set[str] = set()
            for call in own(function, language, call_kind):
                if language == "java":
                    callee = call.field("name")
                    calls.add(callee.text() if callee is not None else "")
                else:
                    func = call.field("function")
                    text = func.text() if func is not None else ""
                    calls.add(text.rsplit(".", 1)[-1])
                    if language == "go" and text == "panic":
                        raises.append("panic")
            if language != "go":
                for throw in own(function, language, "throw_statement"):
                    match = re.search(r"new\s+([\w$.]+)", throw.text())
                    raises.append(match.group(1).rsplit(".", 1)[-1] if match else "re-throw")
            body = function.field("body")
            last = [c for c in body.children() if c.is_named()] if body is not None else []
            if language in ("javascript", "typescript") and value and (
                    not last or last[-1].kind() not in ("return_statement", "throw_statement")):
                none = True  # falling off the end returns undefined
            out.append(FunctionFacts(
                name.text(), function.range().start.line + 1, returns_none=none,
                returns_value=value, raises=tuple(dict.fromkeys(raises)), catches=(),
                locals=frozenset(), is_async=function.text().lstrip().startswith("async"),
                calls=frozenset(calls - {"", "panic"})))
    return out


_IN_PLACE: Final = {
    "javascript": frozenset({"sort", "reverse", "push", "pop", "shift", "unshift", "splice",
                             "fill", "copyWithin", "set", "delete", "clear", "add"}),
    "java": frozenset({"add", "addAll", "remove", "removeIf", "removeAll", "retainAll",
                       "clear", "set", "put", "putAll", "sort", "replaceAll"}),
}
_IN_PLACE["typescript"] = _IN_PLACE["javascript"]
_STATIC_SORTS: Final = frozenset({"Collections.sort", "Collections.reverse", "Collections.shuffle",
                                  "Arrays.sort", "Arrays.fill", "sort.Ints", "sort.Strings",
                                  "sort.Float64s", "sort.Slice", "sort.SliceStable", "sort.Sort",
                                  "slices.Sort", "slices.SortFunc", "slices.Reverse"})
_INDEX_TARGET: Final = {"javascript": "subscript_expression", "typescript": "subscript_expression",
                        "java": "array_access", "go": "index_expression"}


def _parameters(function: SgNode, language: str) -> list[str]:
    """The names of a function's parameters."""
    params = function.field("parameters")
    if params is None:
        return []
    out: list[str] = []
    for child in (c for c in params.children() if c.is_named()):
        if child.kind() == "identifier":
            out.append(child.text())
        elif child.kind() in ("assignment_pattern", "rest_pattern", "required_parameter",
                              "optional_parameter", "formal_parameter",
                              "parameter_declaration", "spread_parameter"):
            names = [c.text() for c in child.children() if c.kind() == "identifier"]
            out += names if language == "go" else names[:1]
    return out


def _mutations(root: SgNode, language: str) -> list[Mutation]:
    """Parameters whose object a function changes in place (never one it reassigns)."""
    out: list[Mutation] = []
    call_kind = "method_invocation" if language == "java" else "call_expression"
    assign_kind = "assignment_statement" if language == "go" else "assignment_expression"
    for kind in _NAMED[language]:
        for function in root.find_all(kind=kind):
            name = function.field("name")
            params = set(_parameters(function, language)) - {"this", "self"}
            if name is None or not params:
                continue
            assigns = own(function, language, assign_kind)
            rebound = {m.group(1) for a in assigns
                       if (m := re.match(r"\s*([A-Za-z_$][\w$]*)\s*(=|:=)(?!=)", a.text()))}
            found: list[tuple[int, str, str]] = []
            for call in own(function, language, call_kind):
                line = call.range().start.line + 1
                if language == "java":
                    obj, method = call.field("object"), call.field("name")
                    receiver = obj.text() if obj is not None else ""
                    method_name = method.text() if method is not None else ""
                    qualified = f"{receiver}.{method_name}"
                else:
                    func = call.field("function")
                    qualified = func.text() if func is not None else ""
                    receiver, _, method_name = qualified.rpartition(".")
                args = call.field("arguments")
                first = args.children()[1].text() if args is not None and \
                    len(args.children()) > 2 else ""
                if qualified in _STATIC_SORTS:
                    found.append((line, first, f"{qualified}()"))
                elif method_name in _IN_PLACE.get(language, ()):
                    root_name = re.match(r"[A-Za-z_$][\w$]*", receiver)
                    # `s.sort().reverse()`: sort returns the same array, still the caller's
                    if root_name and re.fullmatch(r"[A-Za-z_$][\w$]*(\.(sort|reverse)\([^;]*\))*",
                                                  receiver):
                        found.append((line, root_name.group(0), f"{method_name}()"))
            for a in assigns:
                left = a.field("left")
                if left is not None and left.kind() == "expression_list":
                    left = next((c for c in left.children() if c.is_named()), None)
                if left is not None and left.kind() == _INDEX_TARGET[language]:
                    indexed = re.match(r"[A-Za-z_$][\w$]*", left.text())
                    if indexed:
                        found.append((a.range().start.line + 1, indexed.group(0), "[i] ="))
            for line, param, how in found:
                if param in params and param not in rebound:
                    out.append(Mutation(name.text(), line, param, how))
    return out


_GO_OPENS: Final = re.compile(r"^(os\.(Open|Create|OpenFile)|net\.Dial\w*|sql\.Open|zip\.OpenReader|"
                              r"tls\.Dial\w*)\(")
"""Go calls that hand back something to `Close` (the os, net, database/sql, archive/zip docs)."""
_JAVA_OPENS: Final = re.compile(
    r"^(new\s+(File(Input|Output)Stream|FileReader|FileWriter|BufferedReader|BufferedWriter|"
    r"InputStreamReader|OutputStreamWriter|PrintWriter|Scanner|Socket|ZipFile|RandomAccessFile|"
    r"(Buffered|Data|Object|GZIP|Zip|Print|Checked)(Input|Output)?Stream)\b|"
    r"Files\.(newBufferedReader|newBufferedWriter|newInputStream|newOutputStream|lines|list|walk)\(|"
    r"DriverManager\.getConnection\(|[\w.]+\.(getConnection|prepareStatement|createStatement|"
    r"executeQuery)\()")
"""Java constructors and calls that hand back something `AutoCloseable` (java.io, java.nio.file,
java.net, java.sql, java.util.zip)."""


def _opened(root: SgNode, language: str) -> list[tuple[SgNode, str, str]]:
    """(declaration, name, class) of each local given a freshly opened resource (Java's
    try-with-resources resources are not locals of this kind; the class is Java's `new` one)."""
    out: list[tuple[SgNode, str, str]] = []
    if language == "go":
        for node in root.find_all(kind="short_var_declaration"):
            left, right = node.field("left"), node.field("right")
            if left is not None and right is not None and _GO_OPENS.match(right.text()):
                name = left.text().split(",", 1)[0].strip()
                if name != "_":
                    out.append((node, name, ""))
    elif language == "java":
        for node in root.find_all(kind="variable_declarator"):
            value, declared = node.field("value"), node.field("name")
            if value is not None and declared is not None and _JAVA_OPENS.match(value.text()):
                made = re.match(r"new\s+(\w+)", value.text())
                out.append((node, declared.text(), made.group(1) if made else ""))
    return out


def _explicitly_closed(node: SgNode, name: str, language: str) -> str:
    """How a local opened at `node` is closed in its function: `finally` (a close in a finally
    block), `close` (only a close statement on the normal path), or '' (none, or it escapes: it
    is returned, stored, deferred or handed on, and its closing is someone else's)."""
    function = next((a for a in node.ancestors() if a.kind() in FUNCTIONS[language]), None)
    if function is None:
        return ""
    body = function.text()
    word = re.escape(name)
    if language == "go":
        # the standard library's readers, writers and copies borrow a file, never close it
        body = re.sub(rf"\b(bufio|io|ioutil|json|xml|csv|gzip|fmt|tar|hex|base64)\.\w+\(\s*{word}\s*"
                      r"(?=[,)])", "(", body)
    close = "Close" if language == "go" else "close"
    if re.search(rf"\bdefer\b[^\n]*\b{word}\b|\breturn\b[^\n;]*\b{word}\b(?!\s*\.)|"
                 rf"[=(,]\s*{word}\s*[),;\n]|\b{word}\s*\)", body):
        return ""  # deferred, returned, stored or passed: closed elsewhere, or not ours to judge
    closes = [c for c in function.find_all(kind="call_expression" if language == "go"
                                            else "method_invocation")
              if re.match(rf"{word}\s*\.\s*{close}\s*\(", c.text())]
    if not closes:
        return ""
    if language == "java" and all(any(a.kind() == "finally_clause" for a in c.ancestors())
                                  for c in closes):
        return "finally"
    return "close"


def _resources(root: SgNode, language: str) -> list[Resource]:
    """What closes each resource: a `defer x.Close()` outside a loop, try-with-resources, a
    close in a `finally` block (on every path), or only an explicit close statement (the normal
    path's)."""
    out: list[Resource] = []
    if language == "go":
        for node in root.find_all(kind="defer_statement"):
            match = re.match(r"defer\s+([A-Za-z_]\w*)\.(Close|Unlock|Stop|Release)\(\)",
                             node.text())
            if match and not in_loop(node, language):
                out.append(Resource(_enclosing_function(node, language),
                                    node.range().start.line + 1, match.group(1), "defer"))
    elif language == "java":
        for node in root.find_all(kind="resource"):
            name = node.field("name")
            if name is not None:
                out.append(Resource(_enclosing_function(node, language),
                                    node.range().start.line + 1, name.text(),
                                    "try-with-resources"))
    for opened, local, made in _opened(root, language):
        closed_by = _explicitly_closed(opened, local, language)
        if closed_by:
            out.append(Resource(_enclosing_function(opened, language),
                                opened.range().start.line + 1, local, closed_by, made))
    return out


def _awaits_in_loops(root: SgNode, language: str) -> list[Concurrency]:
    """JavaScript and TypeScript awaits inside a loop: each waits before the next starts."""
    if language not in ("javascript", "typescript"):
        return []
    out = [Concurrency(_enclosing_function(node, language), node.range().start.line + 1,
                       "await in a loop")
           for node in root.find_all(kind="await_expression") if in_loop(node, language)]
    return list(dict.fromkeys(out))


def tree_fact_sheet(code: str, language: str) -> FactSheet:
    """The fact sheet of JavaScript, TypeScript, Go or Java source (empty when unreadable)."""
    if language not in _RULES:
        return FactSheet(language, notes=(f"no fact sheet for {language}",))
    return read_tree(code, language, lambda root: _sheet(root, language))


def _sheet(root: SgNode, language: str) -> FactSheet:
    declared = _declared(root, language)
    return FactSheet(language, functions=tuple(_functions(root, language)),
                     loop_operations=tuple(dict.fromkeys(
                         _loop_operations(root, language, declared))),
                     concurrency=tuple(_concurrency(root, language)),
                     awaits_in_loops=tuple(_awaits_in_loops(root, language)),
                     resources=tuple(_resources(root, language)),
                     mutations=tuple(dict.fromkeys(_mutations(root, language))), parsed=True)
