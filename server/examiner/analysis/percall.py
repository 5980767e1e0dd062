"""A linear scan hidden behind a call: a loop calls a function of the same file that walks a
whole collection the program keeps adding to (`self.products`, `orders_`), so the loop costs
len(loop) × len(collection), though neither function shows two loops.

Only collections the file adds to count (`append`, `push`, `add`, `put`, `X[k] = v`...): a
fixed table of rules or handlers is small, a store of records grows with the input. A helper
that walks its own parameter, or a local it builds, is linear in what the caller hands it: in
Python, where the caller hands it one of its own parameters (an input of its own, as the
loop's collection is), the loop costs len(loop) × len(that input)."""

from __future__ import annotations

import ast
import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final, Generic, TypeVar

from .finding_facts import CostFacts, Facts
from .python import dotted
from .risk import Risk
from .risk import src as _src

if TYPE_CHECKING:
    from ast_grep_py import SgNode

    from .units import Unit

__all__ = ["PyScans", "Scan", "TreeScans", "grown_names", "how_per_call", "py_per_call_scans",
           "tree_per_call_scans"]

_GROWS: Final = frozenset({"append", "extend", "insert", "add", "update", "setdefault",
                           "appendleft", "push", "unshift", "put", "putIfAbsent", "set",
                           "push_back", "emplace_back", "emplace", "addLast", "addFirst"})
_CACHED: Final = frozenset({"cache", "lru_cache", "cached_property", "functools.cache",
                            "functools.lru_cache", "functools.cached_property"})
_DEPTH: Final = 3
"""How many calls deep a scan is followed (`a` calls `b`, which calls `c`, which walks)."""
_VIEWS: Final = frozenset({"values", "items", "keys", "copy"})


F = TypeVar("F")
"""A function as one reader sees it (an `ast` node, a tree-sitter node)."""


@dataclass(frozen=True)
class Scan:
    """A function that walks all of a kept collection: which, where, and through which calls."""

    collection: str
    line: int
    via: tuple[str, ...] = ()
    """The functions the walk is reached through, after the one called."""


_GROWTH: Final = (
    re.compile(r"([A-Za-z_$][\w$]*(?:(?:\.|->)[A-Za-z_$][\w$]*)*)\s*\.\s*(" + "|".join(_GROWS)
               + r")\s*\("),
    re.compile(r"([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*=\s*append\(\s*\1\s*,"),  # Go
    re.compile(r"([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\[[^\]\n]+\]\s*=[^=]"))
"""Adding to a collection: `items.push(x)`, `s.jobs = append(s.jobs, j)`, `index[key] = v`."""


def growth(text: str) -> list[tuple[int, str]]:
    """(offset, collection) of every addition in the text (`self.products`, `orders_`, `s.jobs`)."""
    return [(m.start(), m.group(1)) for pattern in _GROWTH for m in pattern.finditer(text)]


def grown_names(text: str) -> set[str]:
    """Collections the text adds to, by their text."""
    return {name for _, name in growth(text)}


def how_per_call(call: str, call_line: int, scan: Scan, outer: str, grows_here: bool) -> tuple[str, str]:
    """(cost, derivation) for a call inside the loop over `outer` that walks `scan.collection`."""
    through = f", through `{'` and `'.join(scan.via)}`" if scan.via else ""
    walks = (f"`{call}` (line {call_line}) walks all of `{scan.collection}` (line {scan.line}"
             f"{through})")
    if scan.collection == outer:
        return "O(n^2)", (f"for each item of `{outer}`, {walks}: the same collection again, "
                          "n × n steps")
    if grows_here:
        return "O(n^2)", (f"for each item of `{outer}`, {walks}, and `{scan.collection}` gains "
                          f"items inside the same loop: the scans grow with the input, up to "
                          f"n × n steps")
    return "O(n*m)", (f"for each item of `{outer}`, {walks}: len({outer}) × "
                      f"len({scan.collection}) steps")


def _own_nodes(fn: ast.AST) -> list[ast.AST]:
    """The nodes of a function's body, not of functions defined inside it."""
    out: list[ast.AST] = []
    stack = list(ast.iter_child_nodes(fn))
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            continue
        out.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return out


def _kept(it: ast.expr, module_names: set[str]) -> str:
    """The kept collection an iteration walks (`self.X`, `self.X.values()`, a module list)."""
    if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) and \
            it.func.attr in _VIEWS and not it.args:
        it = it.func.value
    if isinstance(it, ast.Attribute) and isinstance(it.value, ast.Name) and \
            it.value.id in ("self", "cls"):
        return _src(it)
    if isinstance(it, ast.Name) and it.id in module_names:
        return it.id
    return ""


class _Scans(Generic[F]):
    """What the Python and the tree-sitter readers share: the stores of the file, found once on
    first need, and the walk from a function through the calls it makes (up to `_DEPTH` deep,
    each function once, a cycle walking nothing new)."""

    def __init__(self) -> None:
        self._stores: tuple[dict[str, set[str]], set[str]] | None = None
        self._memo: dict[int, Scan | None] = {}

    def _find_stores(self) -> tuple[dict[str, set[str]], set[str]]:
        raise NotImplementedError

    def _load(self) -> tuple[dict[str, set[str]], set[str]]:
        if self._stores is None:
            self._stores = self._find_stores()  # on first need: most changes call no helper
        return self._stores

    @property
    def grown(self) -> dict[str, set[str]]:
        """Collections the file's functions add to, with the functions that add."""
        return self._load()[0]

    @property
    def emptied(self) -> set[str]:
        """Collections a function empties outside a constructor (buffers)."""
        return self._load()[1]

    def _key(self, fn: F) -> int:
        raise NotImplementedError

    def _name(self, fn: F) -> str:
        raise NotImplementedError

    def _own_scan(self, fn: F) -> Scan | None:
        raise NotImplementedError

    def _inner(self, fn: F) -> Iterator[F]:
        """The functions of the file `fn` calls, in order."""
        raise NotImplementedError

    def _walks(self, fn: F) -> bool:
        """Whether a call of `fn` runs its body at all (a cached function's mostly does not)."""
        del fn
        return True

    def scan(self, fn: F, depth: int = 0) -> Scan | None:
        """How `fn` walks all of a kept, growing collection (None when it does not)."""
        key = self._key(fn)
        if key in self._memo:
            return self._memo[key]
        self._memo[key] = None  # a cycle walks nothing new
        found = self._own_scan(fn) if self._walks(fn) else None
        if found is None and depth < _DEPTH and self._walks(fn):
            found = next((Scan(deeper.collection, deeper.line, (self._name(inner), *deeper.via))
                          for inner in self._inner(fn)
                          if (deeper := self.scan(inner, depth + 1)) is not None), None)
        self._memo[key] = found
        return found


class PyScans(_Scans[ast.FunctionDef | ast.AsyncFunctionDef]):
    """Which functions of a Python module walk all of a collection the module adds to."""

    def __init__(self, tree: ast.Module, module_names: set[str]) -> None:
        super().__init__()
        self._module = module_names
        self._tree = tree
        self._functions: dict[str, ast.FunctionDef | ast.AsyncFunctionDef] = {}
        self._methods: dict[tuple[str, str], ast.FunctionDef | ast.AsyncFunctionDef] = {}
        self._class_of: dict[int, str] = {}
        for stmt in tree.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                self._functions[stmt.name] = stmt
            elif isinstance(stmt, ast.ClassDef):
                for item in stmt.body:
                    if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                        self._methods[(stmt.name, item.name)] = item
                        self._class_of[id(item)] = stmt.name
        self.reported: set[int] = set()
        """Calls already reported (an inner loop's call is its outer loop's too)."""

    def _find_stores(self) -> tuple[dict[str, set[str]], set[str]]:
        return _stores_py(self._tree)

    def _key(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> int:
        return id(fn)

    def _name(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
        return fn.name

    def _walks(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
        return not any(dotted(d.func if isinstance(d, ast.Call) else d) in _CACHED
                       for d in fn.decorator_list)

    def _inner(self, fn: ast.FunctionDef | ast.AsyncFunctionDef
               ) -> Iterator[ast.FunctionDef | ast.AsyncFunctionDef]:
        for node in _own_nodes(fn):
            inner = self.callee(node, fn) if isinstance(node, ast.Call) else None
            if inner is not None and inner is not fn:
                yield inner

    def callee(self, call: ast.Call, caller: ast.AST) -> ast.FunctionDef | ast.AsyncFunctionDef | None:
        """The function of this module a call runs: `self.m(...)` in the caller's class, or a
        module function by its bare name."""
        func = call.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
                func.value.id in ("self", "cls"):
            owner = self._class_of.get(id(caller))
            return self._methods.get((owner, func.attr)) if owner else None
        if isinstance(func, ast.Name):
            return self._functions.get(func.id)
        return None

    def _own_scan(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> Scan | None:
        for node in sorted((n for n in _own_nodes(fn)
                            if isinstance(n, (ast.For, ast.AsyncFor, ast.comprehension))),
                           key=lambda n: getattr(n, "lineno", getattr(n.iter, "lineno", 0))):
            kept = _kept(node.iter, self._module)
            if kept and kept in self.grown:
                return Scan(kept, getattr(node, "lineno", node.iter.lineno))
        return None

    def param_walk(self, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[int, str, int] | None:
        """(position, name, line) of the first positional parameter `fn` searches by walking
        it (a loop or a comprehension over it that compares each item with another
        parameter: `if line.ref == ref`), or None. An early exit still walks all of it when
        the item is not there, as a search's miss does; a walk that searches for nothing (over
        a few option values) is no lookup a dict would replace."""
        if not self._walks(fn):
            return None
        params = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args]]
        if params[:1] in (["self"], ["cls"]):
            params = params[1:]
        for node in sorted((n for n in _own_nodes(fn)
                            if isinstance(n, (ast.For, ast.AsyncFor, ast.comprehension))),
                           key=lambda n: getattr(n, "lineno", getattr(n.iter, "lineno", 0))):
            it = node.iter
            if isinstance(it, ast.Name) and it.id in params and \
                    _searches(node, set(params) - {it.id}):
                return params.index(it.id), it.id, getattr(node, "lineno", it.lineno)
        return None

    @staticmethod
    def grows_in(loop: ast.AST, collection: str) -> bool:
        """The loop's own body adds to the collection."""
        return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                   and n.func.attr in _GROWS and _src(n.func.value) == collection
                   for n in ast.walk(loop))


_EMPTY: Final = ("[]", "{}", "set()", "list()", "dict()", "deque()")
_CONSTRUCTORS: Final = frozenset({"__init__", "__post_init__", "constructor", "init", "New"})


def _stores_py(tree: ast.Module) -> tuple[dict[str, set[str]], set[str]]:
    """Collections a Python module's functions add to (`self.items.append(x)`, `INDEX[k] = v`),
    with the functions that add; and those it empties outside a constructor (a buffer)."""
    grown: dict[str, set[str]] = {}
    emptied: set[str] = set()
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in _own_nodes(fn):
            added = ""
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                if node.func.attr in _GROWS:
                    added = _src(node.func.value)
                elif node.func.attr == "clear" and not node.args:
                    emptied.add(_src(node.func.value))
            elif isinstance(node, ast.Assign):
                for target in node.targets:
                    if isinstance(target, ast.Subscript):
                        if isinstance(target.slice, ast.Slice):
                            emptied.add(_src(target.value))  # `items[:] = ...`
                        else:
                            added = _src(target.value)
                    elif fn.name not in _CONSTRUCTORS and _src(node.value) in _EMPTY:
                        emptied.add(_src(target))
            elif isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
                added = _src(node.target)  # `self.items += [x]`
            elif isinstance(node, ast.Delete):
                emptied |= {_src(t.value) for t in node.targets if isinstance(t, ast.Subscript)
                            and isinstance(t.slice, ast.Slice)}
            if added:
                grown.setdefault(added, set()).add(fn.name)
    return grown, emptied


def kept_store(collection: str, chain: tuple[str, ...], grown: dict[str, set[str]],
               emptied: set[str]) -> bool:
    """A store of records: a function other than the walking ones adds to it, and nothing
    empties it (an emptied collection is a buffer the size of one piece of work)."""
    return bool(grown.get(collection, set()) - set(chain)) and collection not in emptied


def _normal_path(loop: ast.AST) -> list[ast.AST]:
    """The loop's body without its `except` handlers (the path run once per item)."""
    out: list[ast.AST] = []
    stack = [s for s in ast.iter_child_nodes(loop) if s is not getattr(loop, "iter", None)]
    while stack:
        node = stack.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                             ast.ExceptHandler)):
            continue
        out.append(node)
        stack.extend(ast.iter_child_nodes(node))
    return out


def py_per_call_scans(scans: PyScans, fn: ast.FunctionDef | ast.AsyncFunctionDef,
                      loop: ast.For | ast.AsyncFor, out: list[Risk]) -> bool:
    """A call in the loop's body to a function that walks all of a store of records: one cost
    finding (True when found)."""
    outer = _src(loop.iter)
    for node in sorted((n for n in _normal_path(loop) if isinstance(n, ast.Call)),
                       key=lambda n: (n.lineno, n.col_offset)):
        callee = scans.callee(node, fn)
        if callee is None or callee is fn or id(node) in scans.reported:
            continue
        scan = scans.scan(callee)
        if scan is None or not kept_store(scan.collection, (callee.name, *scan.via),
                                          scans.grown, scans.emptied):
            scan = _input_walked(scans, fn, loop, node, callee)
            if scan is None:
                continue
        cost, how = how_per_call(_src(node.func), node.lineno, scan, outer,
                                 scans.grows_in(loop, scan.collection))
        scans.reported.add(id(node))
        out.append(Risk("complexity", node.lineno, fn.name, how,
                        Facts(cost=CostFacts(cost, how, loop.lineno, how, sequence=outer,
                                             scanned=scan.collection))))
        return True
    return False


def _searches(walk: ast.For | ast.AsyncFor | ast.comprehension, others: set[str]) -> bool:
    """The walk compares each item with another parameter (`==`, `!=`, `is`, `in`)."""
    items = {n.id for n in ast.walk(walk.target) if isinstance(n, ast.Name)}
    where = walk.ifs if isinstance(walk, ast.comprehension) else walk.body
    for node in (n for part in where for n in ast.walk(part)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        names = [{n.id for n in ast.walk(side) if isinstance(n, ast.Name)} for side in sides]
        if any(s & items for s in names) and any(s & others for s in names):
            return True
    return False


def _input_walked(scans: PyScans, fn: ast.FunctionDef | ast.AsyncFunctionDef,
                  loop: ast.For | ast.AsyncFor, call: ast.Call,
                  callee: ast.FunctionDef | ast.AsyncFunctionDef) -> Scan | None:
    """The caller's own parameter the callee walks whole, handed to it by name: another input
    than the loop's item (`_find_line(statement, entry.ref)` in `for entry in ledger`)."""
    walked = scans.param_walk(callee)
    if walked is None:
        return None
    position, _, line = walked
    if len(call.args) <= position or any(isinstance(a, ast.Starred) for a in call.args):
        return None
    given = call.args[position]
    params = {a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]}
    targets = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
    # rebound before the loop (`items = set(items)`), it is no longer the input as given
    rebound = {t.id for n in _own_nodes(fn) if isinstance(n, (ast.Assign, ast.AugAssign))
               for t in ast.walk(n) if isinstance(t, ast.Name) and isinstance(t.ctx, ast.Store)}
    if not isinstance(given, ast.Name) or given.id not in params or given.id in targets | \
            rebound | {"self", "cls"}:
        return None
    return Scan(given.id, line)


# --- tree-sitter languages -------------------------------------------------------------------

_TREE_SCANS: Final = re.compile(
    r"([\w$.>-]+?)\s*\.\s*(find|findIndex|filter|some|every|forEach|reduce|map|indexOf|"
    r"includes|stream)\s*\(|std::(?:find|find_if|count|count_if|accumulate|any_of|all_of)"
    r"\s*\(\s*([\w$.>-]+?)\.(?:c?begin)\(")
"""A walk over a whole collection without a loop statement: JavaScript's array methods, a Java
stream, C++'s algorithms over `begin()..end()`."""
_VIEW_CALL: Final = re.compile(r"\.(iter|iter_mut|values|keys|entrySet|entries|begin|cbegin)"
                               r"\(\)$")
_EMPTIED: Final = re.compile(
    r"(?P<c>[\w$.>-]+?)\s*(\.\s*(clear|truncate)\s*\(\s*\)|\.length\s*=\s*0\b|"
    r"\.splice\(\s*0\s*\)|=\s*[\w$.>-]+\[\s*0?\s*:\s*0\s*\]|"
    r"(?P<fresh>\s*=\s*(\[\s*\]|\{\s*\}|nil\b|make\(|new\s)))")
"""A collection emptied (a buffer): `.clear()`, `.length = 0`, `buf = buf[:0]`, `x = []`, `x =
make(...)` (a fresh value counts outside a constructor only)."""
_BOUND: Final = re.compile(r"([\w$.>-]+?)\s*(?:\.\s*(?:size|length|len)\b(?:\s*\(\s*\))?|"
                           r"\.Len\(\))|\blen\(\s*([\w$.>-]+?)\s*\)")


def _field_name(text: str, owners: set[str]) -> str:
    """`this.items`, `self.items`, `this->items`, `s.items` (s a receiver) → `items`; a bare
    name stays; anything else (a local's field, a call) → ''."""
    text = re.sub(r"^(&mut\s+|&|\*)", "", text.strip())
    text = _VIEW_CALL.sub("", text)
    head, sep, rest = text.partition("->") if "->" in text else text.partition(".")
    if sep and head in owners and re.fullmatch(r"[A-Za-z_$][\w$]*", rest):
        return rest
    return text if re.fullmatch(r"[A-Za-z_$][\w$]*", text) else ""


def _declares(function: SgNode, name: str, params: list[str]) -> bool:
    """The function takes or declares `name` itself: a parameter or a local."""
    if name in params:
        return True
    body = function.text()
    return re.search(rf"\b(let|const|var|auto|val|mut)\s+{re.escape(name)}\b|"
                     rf"\b(let|const|var)\s*[{{\[][^=;]*\b{re.escape(name)}\b[^=;]*[}}\]]\s*=|"
                     rf"\b{re.escape(name)}\s*:=|[\w>\]]\s+&?{re.escape(name)}\s*[=;({{]",
                     body) is not None


class TreeScans(_Scans["SgNode"]):
    """Which functions of a file walk all of a collection the file adds to (tree-sitter)."""

    def __init__(self, source: str, language: str) -> None:
        from .trees import GRAMMARS, find_kinds, function_name, parse, receiver

        super().__init__()
        self.language = language
        self.grammar = GRAMMARS[language]
        self.root = parse(source, language)
        functions = find_kinds(self.root, language, self.grammar.functions)
        self.by_name: dict[str, list[SgNode]] = {}
        for node in functions:
            self.by_name.setdefault(function_name(node), []).append(node)
        self.owners = {"this", "self"} | ({receiver(f) for f in functions} - {""})
        self._source = source
        self._spans = sorted((f.range().start.index, f.range().end.index, function_name(f))
                             for f in functions)
        self.reported: set[tuple[int, int]] = set()

    def _function_at(self, offset: int) -> str:
        """The name of the innermost function holding an offset ('' at the top of the file)."""
        at = bisect_right(self._spans, (offset, float("inf"), ""))
        for start, end, name in reversed(self._spans[:at]):
            if start <= offset <= end:
                return name
        return ""

    def _find_stores(self) -> tuple[dict[str, set[str]], set[str]]:
        """One pass over the source (a fresh value counts as emptying outside a constructor)."""
        grown: dict[str, set[str]] = {}
        for offset, added in growth(self._source):
            field, owner = _field_name(added, self.owners), self._function_at(offset)
            if field and owner:
                grown.setdefault(field, set()).add(owner)
        emptied: set[str] = set()
        for m in _EMPTIED.finditer(self._source):
            owner = self._function_at(m.start())
            constructor = owner in _CONSTRUCTORS or (owner[:1].isupper()
                                                     and self.language != "go")
            if owner and not (constructor and m.group("fresh")):
                emptied.add(_field_name(m.group("c"), self.owners))
        return grown, emptied

    def callee(self, call: SgNode, caller: SgNode) -> SgNode | None:
        """The one function of this file a call runs (bare, or through this/self/the receiver)."""
        from .trees import field_text, receiver

        if self.language == "java":
            target = call.field("object")
            name = field_text(call, "name") if target is None or target.text() == "this" else ""
        else:
            function = call.field("function")
            text = function.text() if function is not None else ""
            head, _, rest = text.rpartition("->") if "->" in text else text.rpartition(".")
            if self.language == "rust" and text.startswith("Self::"):
                head, rest = "self", text[6:]
            name = rest if not head else rest if head in (
                {"this", "self", "(*this)"} | {receiver(caller)} - {""}) else ""
        found = self.by_name.get(name, []) if re.fullmatch(r"[A-Za-z_$][\w$]*", name) else []
        return found[0] if len(found) == 1 and found[0] != caller else None

    def _key(self, fn: SgNode) -> int:
        return fn.range().start.index

    def _name(self, fn: SgNode) -> str:
        from .trees import function_name

        return function_name(fn)

    def _inner(self, fn: SgNode) -> Iterator[SgNode]:
        for call in self._calls(fn):
            inner = self.callee(call, fn)
            if inner is not None:
                yield inner

    def _calls(self, within: SgNode, owner: SgNode | None = None) -> list[SgNode]:
        from .trees import find_kinds, owner_function

        owner = owner or within
        return [c for c in find_kinds(within, self.language, self.grammar.calls)
                if owner_function(c, self.grammar) == owner]

    def _kept(self, function: SgNode, text: str) -> str:
        from .trees import params

        name = _field_name(text, self.owners)
        bare = name == re.sub(r"^(&mut\s+|&|\*)", "", _VIEW_CALL.sub("", text.strip()))
        if not name or name not in self.grown:
            return ""
        if bare and _declares(function, name, params(function, self.language)):
            return ""
        return text.strip()

    def _own_scan(self, function: SgNode) -> Scan | None:
        from .trees import collection, find_kinds, line_of, owner_function

        for loop in find_kinds(function, self.language, self.grammar.loops):
            if owner_function(loop, self.grammar) != function:
                continue
            walked = collection(loop)
            if not walked:
                condition = loop.field("condition")
                clause = next((c for c in loop.children() if c.kind() == "for_clause"), None)
                condition = (clause.field("condition") if clause is not None else None) \
                    or condition
                bound = _BOUND.search(condition.text()) if condition is not None else None
                walked = (bound.group(1) or bound.group(2)) if bound else ""
            kept = self._kept(function, walked) if walked else ""
            if kept:
                return Scan(kept, line_of(loop))
        for call in self._calls(function):
            used = _TREE_SCANS.match(call.text())
            walked = (used.group(1) or used.group(3)) if used else ""
            kept = self._kept(function, walked) if walked else ""
            if kept:
                return Scan(kept, line_of(call))
        return None


def tree_per_call_scans(source: str, language: str, units: list[Unit]) -> list[Risk]:
    """For each changed function's loops, the first call in the body that walks all of a kept,
    growing collection: a cost finding each."""
    from .trees import collection, find_kinds, function_name, line_of, owner_function

    wanted = {(u.name, u.line) for u in units if u.kind == "function" and u.loops}
    if not wanted:
        return []
    scans = TreeScans(source, language)
    out: list[Risk] = []
    for names in scans.by_name.values():
        for function in names:
            name = function_name(function)
            if (name, line_of(function)) not in wanted:
                continue
            for loop in find_kinds(function, language, scans.grammar.loops):
                body = loop.field("body")
                if body is None or owner_function(loop, scans.grammar) != function:
                    continue
                outer = collection(loop) or (loop_bound(loop) if loop.kind() == "for_statement"
                                             else "")
                if not outer:
                    continue  # a while loop: how often it runs is not the size of a collection
                for call in scans._calls(body, function):
                    where = (line_of(call), call.range().start.column)
                    inner = scans.callee(call, function)
                    scan = scans.scan(inner) if inner is not None and where not in \
                        scans.reported and not _in_catch(call, body) else None
                    field = _field_name(scan.collection, scans.owners) if scan else ""
                    if scan is None or inner is None or not kept_store(
                            field, (function_name(inner), *scan.via), scans.grown,
                            scans.emptied):
                        continue
                    scans.reported.add(where)
                    callee = call.field("function") or call.field("name")
                    cost, how = how_per_call(callee.text() if callee is not None else "",
                                             line_of(call), scan, outer,
                                             _grows_in(body.text(), scan.collection))
                    out.append(Risk("complexity", line_of(call), name, how, Facts(
                        cost=CostFacts(cost, how, line_of(loop), how, sequence=outer,
                                       scanned=scan.collection))))
                    break
    return out


def _in_catch(node: SgNode, stop: SgNode) -> bool:
    """The node runs only when something failed: inside a catch clause below `stop`."""
    for parent in node.ancestors():
        if parent == stop:
            return False
        if parent.kind() in ("catch_clause", "except_clause", "handler"):
            return True
    return False


def loop_bound(loop: SgNode) -> str:
    """What a counting loop runs up to (`items.length`, `n`), for the words of a question."""
    clause = next((c for c in loop.children() if c.kind() == "for_clause"), None)
    condition = (clause.field("condition") if clause is not None else None) or \
        loop.field("condition")
    text = " ".join(condition.text().strip("()").split()) if condition is not None else ""
    return text if len(text) <= 60 else text[:57] + "..."


def _grows_in(body: str, collection: str) -> bool:
    return any(g == collection for g in grown_names(body))
