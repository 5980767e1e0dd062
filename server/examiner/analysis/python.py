"""Python analysis with ``ast``: functions, classes and the facts inside them."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left
from functools import lru_cache
from typing import Final

from .units import Unit

_IO_CALLS: Final = frozenset(
    {"open", "print", "input", "urlopen", "read_text", "write_text", "read_bytes", "write_bytes",
     "readlines", "listdir", "makedirs", "remove", "unlink", "rename", "rmtree", "copyfile",
     "dump", "load", "connect", "get", "post", "request", "recv", "send", "sendall"}
)
_IO_MODULES: Final = frozenset({"os", "shutil", "requests", "httpx", "urllib", "socket", "json",
                                 "sqlite3", "subprocess", "pathlib", "sys", "csv", "pickle"})
_RESOURCE_CALLS: Final = frozenset({"open", "socket.socket", "sqlite3.connect", "urlopen",
                                    "urllib.request.urlopen", "socket.create_connection",
                                    "tempfile.NamedTemporaryFile", "zipfile.ZipFile",
                                    "tarfile.open", "gzip.open"})
_RISKY_CALLS: Final = frozenset({"eval", "exec", "compile", "__import__", "os.system", "os.popen",
                                 "pickle.loads", "pickle.load", "marshal.loads", "yaml.load",
                                 "subprocess.getoutput", "subprocess.getstatusoutput"})
_SUBPROCESS: Final = frozenset({"subprocess.run", "subprocess.call", "subprocess.Popen",
                                "subprocess.check_output", "subprocess.check_call"})
_CONCURRENCY: Final = frozenset({"threading.Thread", "Thread", "threading.Lock", "Lock",
                                 "asyncio.create_task", "asyncio.gather", "asyncio.ensure_future",
                                 "asyncio.to_thread", "run_in_executor", "ThreadPoolExecutor",
                                 "ProcessPoolExecutor", "multiprocessing.Process", "Process",
                                 "submit", "acquire", "create_task", "gather"})
_PATH_CALLS: Final = frozenset({"open", "Path", "pathlib.Path", "os.path.join", "os.remove",
                                "os.unlink", "shutil.rmtree", "send_file", "send_from_directory",
                                "os.open", "os.listdir", "FileResponse"})
_SQL_METHODS: Final = frozenset({"execute", "executemany", "executescript", "raw", "query",
                                 "read_sql", "text"})
_MUTATORS: Final = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "update",
                              "add", "discard", "sort", "reverse", "setdefault", "popitem"})
_SQL_TEXT: Final = re.compile(
    r"\b(select\b.+\bfrom|insert\s+into|update\b.+\bset|delete\s+from|drop\s+table|where\b)",
    re.IGNORECASE | re.DOTALL,
)
_LOOPS = (ast.For, ast.AsyncFor, ast.While)
_COMPS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


@lru_cache(maxsize=4)
def parsed_module(source: str) -> ast.Module | None:
    """The whole source parsed once for the checks that read a file's tree (None when it does
    not parse); the last few are kept, as the checks of one change ask for the same text."""
    try:
        return ast.parse(source)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None


def parent_map(tree: ast.AST) -> dict[int, ast.AST]:
    """Each node's parent, keyed by the child's id."""
    return {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def last_name(func: ast.AST) -> str:
    """The bare name a call calls: `shutil.rmtree` -> 'rmtree', `print` -> 'print', '' else."""
    return func.attr if isinstance(func, ast.Attribute) else \
        func.id if isinstance(func, ast.Name) else ""


def parameter_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The names of a function's parameters a caller passes (not `self` or `cls`)."""
    a = fn.args
    return {p.arg for p in (*a.posonlyargs, *a.args, *a.kwonlyargs)} - {"self", "cls"}


def parameter_defaults(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> dict[str, ast.expr]:
    """Each parameter that has a default, with it (`def f(a, b=1, *, c=2)`: b and c)."""
    a = fn.args
    positional = [*a.posonlyargs, *a.args]  # `defaults` covers the last of both
    out = {arg.arg: default for arg, default in zip(
        positional[len(positional) - len(a.defaults):], a.defaults, strict=True)}
    out.update({arg.arg: kw for arg, kw in zip(a.kwonlyargs, a.kw_defaults, strict=True)
                if kw is not None})
    return out


def parameter_default(fn: ast.FunctionDef | ast.AsyncFunctionDef, name: str) -> ast.expr | None:
    """The default a function gives its parameter `name` (None: no such parameter, or none)."""
    return parameter_defaults(fn).get(name)


def dotted(node: ast.AST) -> str:
    """Return 'a.b.c' for a Name/Attribute chain, '' for anything else."""
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    if isinstance(node, ast.Call):
        inner = dotted(node.func)
        return ".".join([inner + "()", *reversed(parts)]) if inner else ""
    return ""


def local_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> frozenset[str]:
    """The names a function binds itself: its parameters and the names it assigns."""
    args = fn.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs,
             *[a for a in (args.vararg, args.kwarg) if a is not None]]
    stored = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return frozenset({a.arg for a in every} | stored)


def _exception_name(node: ast.AST | None) -> str:
    if node is None:
        return "re-raise"
    if isinstance(node, ast.Call):
        node = node.func
    return dotted(node) or "exception"


def _is_sql_string(node: ast.AST) -> bool:
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values if isinstance(v, ast.Constant)
                       and isinstance(v.value, str))
        return bool(_SQL_TEXT.search(text))
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return any(isinstance(n, ast.Constant) and isinstance(n.value, str)
                   and _SQL_TEXT.search(n.value) for n in ast.walk(node))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "format":
        base = node.func.value
        return isinstance(base, ast.Constant) and isinstance(base.value, str) \
            and bool(_SQL_TEXT.search(base.value))
    return False


class _Visitor(ast.NodeVisitor):
    def __init__(self, changed: list[int] | None) -> None:
        self._changed = changed
        self.units: list[Unit] = []
        self._stack: list[Unit] = []
        self._scope: list[str] = []
        self._depth = 0
        self._with_items: set[int] = set()
        self._locals: dict[int, frozenset[str]] = {}
        """Each function's own names (parameters, assigned names), by id of its unit: a local
        `requests` or `json` is not the module of that name."""

    @property
    def _unit(self) -> Unit | None:
        return self._stack[-1] if self._stack else None

    def _skip(self, node: ast.stmt) -> bool:
        """True when the definition holds no changed line (it is then not analysed at all)."""
        if self._changed is None:
            return False
        start = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
        at = bisect_left(self._changed, start)
        return at >= len(self._changed) or self._changed[at] > (node.end_lineno or node.lineno)

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if self._stack and self._stack[-1].kind == "class":
            self._stack[-1].members.append(node.name)
        if self._skip(node):
            return
        args = node.args
        every = [*args.posonlyargs, *args.args, *args.kwonlyargs]
        every += [a for a in (args.vararg, args.kwarg) if a is not None]
        params = [a.arg for a in every if a.arg not in ("self", "cls")]
        unit = Unit(node.name, "function", node.lineno, node.end_lineno or node.lineno,
                    qualname=".".join([*self._scope, node.name]), params=params,
                    is_async=isinstance(node, ast.AsyncFunctionDef),
                    has_doc=ast.get_docstring(node) is not None)
        self._locals[id(unit)] = local_names(node)
        for default in [*args.defaults, *args.kw_defaults]:
            if isinstance(default, (ast.List, ast.Dict, ast.Set)):
                unit.add("mutation", default.lineno, "default",
                         "has a mutable default argument, shared between calls")
        self._enter(unit, node)

    def _enter(self, unit: Unit, node: ast.AST) -> None:
        self.units.append(unit)
        self._stack.append(unit)
        self._scope.append(unit.name)
        saved, self._depth = self._depth, 0
        self.generic_visit(node)
        self._depth = saved
        self._scope.pop()
        self._stack.pop()

    visit_FunctionDef = _function
    visit_AsyncFunctionDef = _function

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        if self._skip(node):
            return
        unit = Unit(node.name, "class", node.lineno, node.end_lineno or node.lineno,
                    qualname=".".join([*self._scope, node.name]),
                    bases=[dotted(b) for b in node.bases if dotted(b)],
                    has_doc=ast.get_docstring(node) is not None)
        self._enter(unit, node)

    def _loop(self, node: ast.AST, levels: int = 1) -> None:
        self._depth += levels
        if (unit := self._unit) is not None:
            unit.loops.append((getattr(node, "lineno", 0), self._depth))
        self.generic_visit(node)
        self._depth -= levels

    def visit_For(self, node: ast.For | ast.AsyncFor | ast.While) -> None:
        self._loop(node)

    visit_AsyncFor = visit_For
    visit_While = visit_For

    def _comprehension(self, node: ast.ListComp | ast.SetComp | ast.DictComp
                       | ast.GeneratorExp) -> None:
        self._loop(node, len(node.generators))

    visit_ListComp = _comprehension
    visit_SetComp = _comprehension
    visit_DictComp = _comprehension
    visit_GeneratorExp = _comprehension

    def visit_With(self, node: ast.With | ast.AsyncWith) -> None:
        self._with_items.update(id(item.context_expr) for item in node.items)
        self.generic_visit(node)

    visit_AsyncWith = visit_With

    def visit_Raise(self, node: ast.Raise) -> None:
        if (unit := self._unit) is not None:
            name = _exception_name(node.exc)
            unit.add("raise", node.lineno, name, f"raises {name}")
        self.generic_visit(node)

    def visit_Try(self, node: ast.Try | ast.TryStar) -> None:
        unit = self._unit
        for handler in node.handlers if unit is not None else []:
            assert unit is not None
            kinds = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
            swallow = all(isinstance(s, ast.Pass) for s in handler.body)
            for kind in kinds:
                name = "bare except" if kind is None else (dotted(kind) or "exception")
                detail = f"catches {name}" + (" and ignores it" if swallow else "")
                unit.add("except", handler.lineno, name, detail)
        self.generic_visit(node)

    visit_TryStar = visit_Try

    def visit_Global(self, node: ast.Global) -> None:
        if (unit := self._unit) is not None:
            for name in node.names:
                unit.add("concurrency", node.lineno, name, f"rebinds global {name} (shared state)")

    def visit_Await(self, node: ast.Await) -> None:
        unit = self._unit
        if unit is not None and isinstance(node.value, ast.Call):
            name = dotted(node.value.func) or "coroutine"
            unit.add("concurrency", node.lineno, name, f"awaits {name}")
        self.generic_visit(node)

    def _param_target(self, node: ast.AST) -> str:
        unit = self._unit
        while isinstance(node, (ast.Subscript, ast.Attribute)):
            node = node.value
        if unit is not None and isinstance(node, ast.Name) and node.id in unit.params:
            return node.id
        return ""

    def visit_Assign(self, node: ast.Assign | ast.AugAssign) -> None:
        unit = self._unit
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for target in targets if unit is not None else []:
            assert unit is not None
            if isinstance(target, (ast.Subscript, ast.Attribute)) and \
                    (name := self._param_target(target)):
                unit.add("mutation", node.lineno, name, f"modifies argument {name} in place")
        adds_text = isinstance(node.value, ast.JoinedStr) or (
            isinstance(node.value, ast.Constant) and isinstance(node.value.value, str))
        if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add) and adds_text \
                and unit is not None and self._depth:
            unit.add("performance", node.lineno, "string concatenation",
                     "builds a string with += inside a loop")
        self.generic_visit(node)

    visit_AugAssign = visit_Assign

    def visit_Compare(self, node: ast.Compare) -> None:
        unit = self._unit
        if unit is not None and self._depth and any(isinstance(o, (ast.In, ast.NotIn))
                                                    for o in node.ops):
            right = node.comparators[-1]
            if isinstance(right, ast.Name):
                unit.add("data_structure", node.lineno, right.id,
                         f"membership test on {right.id} inside a loop")
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        unit = self._unit
        if unit is not None:
            self._call(unit, node, dotted(node.func))
        self.generic_visit(node)

    def _call(self, unit: Unit, node: ast.Call, name: str) -> None:
        line, last = node.lineno, name.rsplit(".", 1)[-1]
        owner = name.rsplit(".", 1)[0] if "." in name else ""
        # premise: the call resolves to this function: a bare name in a function, self/cls in a
        # method (`other.save()` inside `save` is another object's method)
        method = len(self._stack) > 1 and self._stack[-1] is unit and \
            self._stack[-2].kind == "class"
        if unit.kind == "function" and last == unit.name and \
                (owner in ("self", "cls") if method else owner == ""):
            unit.add("recursion", line, unit.name, f"{unit.name} calls itself")
        if last in ("sort", "sorted"):
            unit.sorts = True
            if self._depth:
                unit.add("performance", line, name, f"sorts inside a loop ({name})")
        if name in _RISKY_CALLS or (name in _SUBPROCESS and any(
                k.arg == "shell" and isinstance(k.value, ast.Constant) and k.value.value
                for k in node.keywords)):
            unit.add("risky", line, name, f"calls {name}")
        module = owner.split(".")[0]
        if module in self._locals.get(id(unit), ()):
            module = ""  # a parameter or variable of that name, not the module
        if name.startswith("os.path."):
            pass
        elif (last in _IO_CALLS and (not owner or module in _IO_MODULES
                                  or last in ("open", "print", "input"))) or \
                module in _IO_MODULES - {"json"}:
            unit.add("io", line, name, f"performs I/O with {name}")
        if name in _RESOURCE_CALLS and id(node) not in self._with_items:
            unit.add("resource", line, name, f"opens {name}() outside a with block")
        if name in _CONCURRENCY or last in ("create_task", "gather", "Thread"):
            unit.add("concurrency", line, name, f"starts concurrent work with {name}")
        if last in _SQL_METHODS and node.args and _is_sql_string(node.args[0]):
            unit.add("sql", line, name, f"builds the SQL passed to {name} from strings")
        if name in _PATH_CALLS and unit.params:
            used = {n.id for a in node.args for n in ast.walk(a) if isinstance(n, ast.Name)}
            for param in sorted(used & set(unit.params)):
                unit.add("path", line, param, f"builds a file path from {param}")
        if last in _MUTATORS and isinstance(node.func, ast.Attribute):
            target = self._param_target(node.func.value)
            if target:
                unit.add("mutation", line, target, f"modifies argument {target} with .{last}()")
            elif self._depth and last in ("pop", "insert") and node.args and \
                    isinstance(node.args[0], ast.Constant) and node.args[0].value == 0:
                unit.add("data_structure", line, owner or name, f"{last}(0) on a list in a loop")
        if self._depth and last in ("index", "count") and owner:
            unit.add("data_structure", line, owner, f"linear search {name}() inside a loop")

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        if (unit := self._unit) is not None and _is_sql_string(node):
            unit.add("sql", node.lineno, "f-string", "builds SQL text with an f-string")
        self.generic_visit(node)


_BOUNDARY: Final = re.compile(r"@|def\s|async\s+def\s|class\s")
_REGION_MIN_LINES: Final = 200
"""Files shorter than this are always parsed whole."""


def python_region(source: str, changed: list[int]) -> str | None:
    """The top-level definitions holding the changed lines, padded to keep line numbers."""
    lines = source.splitlines(keepends=True)
    if len(lines) < _REGION_MIN_LINES or not changed:
        return None
    starts = [n for n, text in enumerate(lines, 1) if _BOUNDARY.match(text)]
    first, last = changed[0], changed[-1]
    begin = max((s for s in starts if s <= first), default=1)
    while begin > 1 and lines[begin - 2].startswith("@"):
        begin -= 1
    end = min((s for s in starts if s > last and not lines[s - 2].startswith("@")),
              default=len(lines) + 1)
    return "\n" * (begin - 1) + "".join(lines[begin - 1 : end - 1])


def _parse(source: str, changed: list[int] | None) -> ast.Module | None:
    region = python_region(source, changed) if changed is not None else None
    for text in ([region] if region is not None else []) + [source]:
        try:
            return ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            continue
    return None


def python_units(source: str, changed: set[int] | None = None) -> list[Unit] | None:
    """Return the functions and classes in Python source (only those holding a changed line).

    Only the top-level definitions around the change are parsed when the file is large, which
    keeps a question on a 1,000-line file within milliseconds. Returns None when the source
    does not parse.
    """
    order = sorted(changed) if changed is not None else None
    tree = _parse(source, order)
    if tree is None:
        return None
    visitor = _Visitor(order)
    visitor.visit(tree)
    return visitor.units
