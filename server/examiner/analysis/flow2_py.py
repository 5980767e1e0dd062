"""Checks of round flow2-py (``rules/python.yaml`` names them in ``filter``): Python hazards
followed one step through the program's own names, read with ``ast`` over the file once.

- ``py-host-all-interfaces``: the host a server binds (`HTTPServer((host, port), H)`,
  `sock.bind((host, port))`, `app.run(host=...)`, `uvicorn.run(app, host=...)`) reaches `""`
  or `"0.0.0.0"` through a local, a parameter's default, a settings class's field default or a
  config dict (bandit B104, CWE-1327).
- ``py-connection-helper-unclosed``: a function gets a database connection from a helper of
  the file that returns `sqlite3.connect(...)` (psycopg, pymysql) and never closes it
  (CWE-404, CWE-772).
- ``py-resource-helper-unreleased`` (round var-conc): the same for a file, an executor or a
  child process from a helper (`open`, `ThreadPoolExecutor`, `subprocess.Popen`) never closed,
  shut down or waited for (CWE-404, CWE-775, ruff SIM115 one step away).
- ``py-failure-read-as-empty``: `if not result:` on the value of a helper of the file that
  turns an exception into `None` (or an empty value), with a branch that carries on as if
  nothing were wrong (CWE-252, CWE-754).

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Final, TypeVar

from .python import parameter_default, parsed_module
from .trees import source_of

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["FLOW2_PY_FILTERS"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef


@dataclass
class _Index:
    """One parse of the file: each node's parent, the functions by name, calls by position."""

    tree: ast.Module
    parents: dict[int, ast.AST] = field(default_factory=dict)
    functions: dict[str, list[_Fn]] = field(default_factory=dict)
    at: dict[tuple[int, int], list[ast.AST]] = field(default_factory=dict)


_last: list[tuple[str, _Index | None]] = []


def _index(root: SgNode) -> _Index | None:
    text = source_of(root)
    if _last and _last[0][0] is text:
        return _last[0][1]
    tree = parsed_module(text)  # the analysis's own parse of the same text, cached
    index = None
    if tree is not None:
        index = _Index(tree)
        for node in ast.walk(tree):
            for child in ast.iter_child_nodes(node):
                index.parents[id(child)] = node
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                index.functions.setdefault(node.name, []).append(node)
            if isinstance(node, (ast.expr, ast.stmt)):
                index.at.setdefault((node.lineno, node.col_offset), []).append(node)
    _last[:] = [(text, index)]
    return index


def _node_at(index: _Index, node: SgNode, kind: type) -> ast.AST | None:
    span = node.range()
    start, end = span.start, span.end
    # ast counts columns in UTF-8 bytes, ast-grep in characters: equal on ASCII lines
    found = [n for n in index.at.get((start.line + 1, start.column), []) if isinstance(n, kind)]
    return next((n for n in found if getattr(n, "end_lineno", 0) == end.line + 1 and
                 getattr(n, "end_col_offset", 0) == end.column), found[-1] if found else None)


def _owner(index: _Index, node: ast.AST) -> _Fn | None:
    cur = index.parents.get(id(node))
    while cur is not None and not isinstance(cur, (ast.FunctionDef, ast.AsyncFunctionDef)):
        cur = index.parents.get(id(cur))
    return cur


def _class_of(index: _Index, node: ast.AST) -> ast.ClassDef | None:
    cur = index.parents.get(id(node))
    while cur is not None and not isinstance(cur, ast.ClassDef):
        cur = index.parents.get(id(cur))
    return cur


_N = TypeVar("_N", bound=ast.AST)


def _matched(root: SgNode, node: SgNode, kind: type[_N]) -> tuple[_Index, _N] | None:
    """The file's cached tree and the node of `kind` a rule matched, or None: no tree, another
    node there, or test code (a test's fixture states what it tests)."""
    index = _index(root)
    if index is None:
        return None
    found = _node_at(index, node, kind)
    if not isinstance(found, kind) or _in_test(index, found):
        return None
    return index, found


def _in_test(index: _Index, node: ast.AST) -> bool:
    fn, cls = _owner(index, node), _class_of(index, node)
    return (fn is not None and fn.name.startswith("test")) or \
        (cls is not None and cls.name.startswith("Test"))


def _own_walk(fn: _Fn) -> list[ast.AST]:
    """The nodes of `fn` outside the functions and classes nested in it."""
    out: list[ast.AST] = []
    todo: list[ast.AST] = list(fn.body)
    while todo:
        node = todo.pop()
        out.append(node)
        todo.extend(c for c in ast.iter_child_nodes(node) if not isinstance(
            c, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)))
    return out


def _helper(index: _Index, call: ast.Call, caller: ast.AST) -> _Fn | None:
    """The function of this file a call names: a bare name, or `self.x`/`cls.x` in a method of
    the class that defines `x`."""
    func = call.func
    if isinstance(func, ast.Name):
        found = [f for f in index.functions.get(func.id, []) if isinstance(
            index.parents.get(id(f)), ast.Module)]
    elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
            func.value.id in ("self", "cls"):
        cls = _class_of(index, caller)
        found = [f for f in index.functions.get(func.attr, []) if cls is not None and
                 index.parents.get(id(f)) is cls]
    else:
        return None
    return found[0] if len(found) == 1 else None


# -- a server bound to every interface (bandit B104) --------------------------------------------

_ANY_HOST: Final = frozenset({"", "0.0.0.0", "::"})
_SERVERS: Final = re.compile(r"(^|\.)(HTTPServer|ThreadingHTTPServer|TCPServer|UDPServer|"
                             r"ThreadingTCPServer|ThreadingUDPServer|ForkingTCPServer|"
                             r"SimpleXMLRPCServer|DocXMLRPCServer|bind|create_server|"
                             r"make_server)$")
_FROM_OUTSIDE: Final = re.compile(r"environ|getenv|argv|args\b|argparse|sys\.")


def _text(node: ast.AST) -> str:
    try:
        return ast.unparse(node)
    except (ValueError, RecursionError):  # pragma: no cover - a malformed tree
        return ""


def _any_host(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value in _ANY_HOST


def _assigned(scope: Sequence[ast.AST], name: str) -> list[ast.AST]:
    """The values given to the plain name `name` in `scope`'s statements."""
    out: list[ast.AST] = []
    for node in scope:
        value = node.value if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets) else \
            node.value if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
            and node.target.id == name else None
        if value is not None:
            out.append(value)
        elif any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(
                node.target if isinstance(node, (ast.AugAssign, ast.For, ast.NamedExpr))
                else node.optional_vars if isinstance(node, ast.withitem)
                and node.optional_vars is not None else ast.Pass())):
            out.append(node)  # given some other value
    return out


def _params(fn: _Fn) -> set[str]:
    a = fn.args
    return {x.arg for x in (*a.posonlyargs, *a.args, *a.kwonlyargs)}


def _field_default(index: _Index, attr: str) -> ast.AST | None:
    """A class of the file whose field `attr` defaults to a value: `host: str = "0.0.0.0"` (a
    dataclass, a NamedTuple, a plain class attribute) or `self.host = "0.0.0.0"` (also through
    an `__init__` parameter's default)."""
    for node in ast.walk(index.tree):
        if isinstance(node, ast.ClassDef):
            for stmt in node.body:
                values = _assigned([stmt], attr)
                if values and isinstance(values[0], ast.Constant):
                    return values[0]
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Attribute) and node.targets[0].attr == attr and \
                isinstance(node.targets[0].value, ast.Name) and node.targets[0].value.id == "self":
            if isinstance(node.value, ast.Constant):
                return node.value
            fn = _owner(index, node)
            if fn is not None and isinstance(node.value, ast.Name):
                return parameter_default(fn, node.value.id)
    return None


def _dict_entry(scope: Sequence[ast.AST], name: str, key: str) -> ast.AST | None:
    """The value under `key` in the dict literal `name` is bound to in `scope`."""
    for value in _assigned(scope, name):
        if isinstance(value, ast.Dict):
            for k, v in zip(value.keys, value.values, strict=True):
                if isinstance(k, ast.Constant) and k.value == key:
                    return v
        elif isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and \
                value.func.id == "dict":
            return next((kw.value for kw in value.keywords if kw.arg == key), None)
    return None


def _host_value(index: _Index, host: ast.AST, fn: _Fn | None) -> ast.AST | None:
    """The literal the host expression comes to, one step away; None if not a literal."""
    if _FROM_OUTSIDE.search(_text(host)):
        return None
    scope = _own_walk(fn) if fn is not None else []
    module: list[ast.AST] = list(index.tree.body)
    if isinstance(host, ast.Name):
        local = _assigned(scope, host.id)
        if local:
            return local[0] if len(local) == 1 and isinstance(local[0], ast.Constant) else None
        if fn is not None and host.id in _params(fn):
            return parameter_default(fn, host.id)
        found = _assigned(module, host.id)
        return found[0] if len(found) == 1 else None
    if isinstance(host, ast.Attribute) and not (isinstance(host.value, ast.Name) and
                                                host.value.id in ("os", "sys")):
        return _field_default(index, host.attr)
    if isinstance(host, ast.Subscript) and isinstance(host.value, ast.Name) and \
            isinstance(host.slice, ast.Constant) and isinstance(host.slice.value, str):
        return _dict_entry(scope, host.value.id, host.slice.value) or \
            _dict_entry(module, host.value.id, host.slice.value)
    if isinstance(host, ast.Call) and isinstance(host.func, ast.Attribute) and \
            host.func.attr == "get" and host.args and isinstance(host.args[0], ast.Constant) \
            and isinstance(host.func.value, ast.Name):
        key = host.args[0].value
        got = _dict_entry(scope, host.func.value.id, key) if isinstance(key, str) else None
        got = got or (_dict_entry(module, host.func.value.id, key) if isinstance(key, str)
                      else None)
        return got or (host.args[1] if len(host.args) > 1 else None)
    return None


def _under_main(index: _Index, node: ast.AST) -> bool:
    cur = index.parents.get(id(node))
    while cur is not None:
        if isinstance(cur, ast.If) and "__main__" in _text(cur.test):
            return True
        cur = index.parents.get(id(cur))
    return False


def _host_all_interfaces(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The server's host is not written at the call but reaches `""`/`"0.0.0.0"` through a
    local, a parameter's default, a settings field's default or a config dict. A web
    framework's `run` is asked only for a default that every caller gets (a parameter, a
    field, a config dict), not for the script's own choice (a literal or a local in `main`)."""
    matched = _matched(root, node, ast.Call)
    if matched is None:
        return None
    index, call = matched
    name = _text(call.func)
    fn = _owner(index, call)
    if _SERVERS.search(name):
        if not (call.args and isinstance(call.args[0], ast.Tuple) and call.args[0].elts):
            return None
        host, framework = call.args[0].elts[0], False
    else:
        host = next((k.value for k in call.keywords if k.arg == "host"), None)  # type: ignore[assignment]
        framework = True
        if host is None or _under_main(index, call) or (fn is not None and fn.name == "main"):
            return None
    if isinstance(host, ast.Constant):
        return None  # the documentation's shape: `py-server-bound-to-all-interfaces`
    if framework and isinstance(host, ast.Name) and fn is not None and \
            _assigned(_own_walk(fn), host.id):
        return None
    return subject if _any_host(_host_value(index, host, fn)) else None


# -- a resource from a helper, never released -------------------------------------------------


@dataclass(frozen=True)
class _Family:
    """A kind of resource a helper may hand out: what opens one, which of its methods release
    it, and whether `with helper() as x:` releases it (a sqlite3 connection's `with` commits)."""

    opens: re.Pattern[str]
    releases: frozenset[str]
    with_releases: bool


_CONNECTIONS: Final = _Family(
    re.compile(r"^(sqlite3\.connect|connect|psycopg2?\.connect|pymysql\.connect|"
               r"MySQLdb\.connect|mysql\.connector\.connect)$"),
    frozenset({"close", "__exit__"}), False)
# the Python documentation's own releases: a file object's `close` (io), an executor's
# `shutdown` (concurrent.futures), a pool's `close`/`terminate`, a child's `wait`/`communicate`
# (subprocess: a child never waited for stays a zombie); each one's `with` releases it
_OTHERS: Final = (
    _Family(re.compile(r"^(open|io\.open|codecs\.open|gzip\.open|bz2\.open|lzma\.open|"
                       r"tarfile\.open|zipfile\.ZipFile|(urllib\.request\.)?urlopen|"
                       r"socket\.socket|socket\.create_connection)$"),
            frozenset({"close", "__exit__", "detach"}), True),
    _Family(re.compile(r"^((concurrent\.)?(futures\.)?(ThreadPoolExecutor|ProcessPoolExecutor)|"
                       r"multiprocessing\.Pool|multiprocessing\.pool\.ThreadPool)$"),
            frozenset({"shutdown", "close", "terminate", "join", "__exit__"}), True),
    _Family(re.compile(r"^(subprocess\.)?Popen$"),
            frozenset({"wait", "communicate", "poll", "kill", "terminate", "__exit__"}), True),
)
# calls that read or write through a handle without taking it over (a hand-off to anything
# else, `closing(f)` or `stack.enter_context(f)` among them, is an escape)
_BORROWS: Final = re.compile(r"^(csv\.(reader|writer|DictReader|DictWriter)|json\.(load|dump)|"
                             r"pickle\.(load|dump)|tomllib\.load|yaml\.safe_load|print|"
                             r"shutil\.copyfileobj|len|iter|next|enumerate)$")


def _opens(fn: _Fn, source: str, families: Sequence[_Family],
           plain: tuple[str, ...] = ("staticmethod", "classmethod")) -> _Family | None:
    """The family of the new resource `fn` returns: `return sqlite3.connect(...)`,
    `return open(path)`, or a local bound to one. `plain`: the decorators that leave the
    function an opener (a `@property` too, for round r30-concres)."""
    if any(not (isinstance(d, ast.Name) and d.id in plain) for d in fn.decorator_list):
        return None  # a @contextmanager, a cache: not a plain opener
    opened: dict[str, _Family] = {}
    other: set[str] = set()  # also bound to something else: a cache's `.get(k)`, a parameter
    returns: list[ast.AST] = []
    for node in _own_walk(fn):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name):
            got = _is_open(node.value, source, families)
            if got is not None:
                opened[node.targets[0].id] = got
            else:
                other.add(node.targets[0].id)
        elif isinstance(node, ast.Assign) and not all(isinstance(t, ast.Name)
                                                      for t in node.targets):
            # kept by the helper (`self._handles[path] = fh`): a cache, not a new one per call
            other |= {x.id for x in ast.walk(node.value) if isinstance(x, ast.Name)}
        elif isinstance(node, (ast.Yield, ast.YieldFrom)):
            return None
        elif isinstance(node, ast.Return) and node.value is not None:
            returns.append(node.value)
    kinds = {_is_open(r, source, families) or (
        opened.get(r.id) if isinstance(r, ast.Name) and r.id not in other else None)
        for r in returns}
    return kinds.pop() if len(kinds) == 1 else None


def _is_open(value: ast.AST, source: str, families: Sequence[_Family]) -> _Family | None:
    if not isinstance(value, ast.Call):
        return None
    name = _text(value.func)
    if name == "connect" and "from sqlite3 import" not in source:
        return None
    return next((f for f in families if f.opens.match(name)), None)


def _unreleased(families: Sequence[_Family]) -> Callable[[SgNode, SgNode, str], str | None]:
    def check(root: SgNode, node: SgNode, subject: str) -> str | None:
        """A call of a helper that opens a resource of one of `families`, in a function that
        uses it and neither releases it (`.close()`, `closing(...)`), returns or yields it,
        nor keeps it (on `self`, in a container, passed on to another call)."""
        index = _index(root)
        if index is None:
            return None
        call = _node_at(index, node, ast.Call)
        if not isinstance(call, ast.Call):
            return None
        fn = _owner(index, call)
        helper = _helper(index, call, call)
        if fn is None or helper is None or helper is fn or fn.name == "main" or \
                _in_test(index, call) or _under_main(index, call) or fn.name.startswith("__"):
            return None
        family = _opens(helper, source_of(root), families)
        if family is None:
            return None
        parent = index.parents.get(id(call))
        if isinstance(parent, ast.Attribute):
            return subject  # `helper(p).execute(...)`: nothing is left to close it
        if isinstance(parent, ast.withitem) and isinstance(parent.optional_vars, ast.Name) \
                and not family.with_releases:
            name = parent.optional_vars.id
        elif isinstance(parent, ast.Assign) and len(parent.targets) == 1 and \
                isinstance(parent.targets[0], ast.Name):
            name = parent.targets[0].id
        else:
            return None
        return subject if _used_unreleased(_own_walk(fn), name, family) else None
    return check


def _used_unreleased(own: list[ast.AST], name: str, family: _Family) -> bool:
    used = False
    for n in own:
        if isinstance(n, ast.Call):
            if any(isinstance(a, ast.Name) and a.id == name
                   for a in (*n.args, *(k.value for k in n.keywords))):
                if family is _CONNECTIONS or not _BORROWS.match(_text(n.func)):
                    return False  # handed on: `closing(conn)`, `query(conn)`, `enter_context`
                used = True
            if isinstance(n.func, ast.Attribute) and isinstance(n.func.value, ast.Name) and \
                    n.func.value.id == name:
                if n.func.attr in family.releases:
                    return False
                used = True
        elif isinstance(n, (ast.Return, ast.Yield, ast.YieldFrom)) and n.value is not None and \
                any(isinstance(x, ast.Name) and x.id == name for x in (
                    n.value.elts if isinstance(n.value, (ast.Tuple, ast.List)) else [n.value])):
            return False  # the resource itself goes to the caller
        elif isinstance(n, ast.Assign) and any(isinstance(x, ast.Name) and x.id == name
                                               for x in ast.walk(n.value)) and \
                not all(isinstance(t, ast.Name) for t in n.targets):
            return False  # kept: `self.conn = conn`, `g.db = conn`, `pool[k] = conn`
        elif isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names:
            return False
        elif isinstance(n, ast.Attribute) and isinstance(n.value, ast.Name) and \
                n.value.id == name:
            if n.attr in family.releases:
                return False  # `atexit.register(conn.close)`, `finally: conn.close`
            if family is not _CONNECTIONS:
                used = True  # `proc.pid`, `f.name`
        elif isinstance(n, (ast.For, ast.AsyncFor)) and isinstance(n.iter, ast.Name) and \
                n.iter.id == name:
            used = True  # `for line in handle:`
    return used


# -- a failure turned into None, read as an empty result ----------------------------------------

_EMPTY: Final = (None, "", 0, False)
_TROUBLE: Final = re.compile(r"(?i)error|fail|unable|could ?n[o']t|can ?n[o']t|invalid|warn|"
                             r"abort|problem reading|not (be )?(read|load|parse|reach)|exit\("
                             r"\s*[1-9]|exit\(\s*['\"]")


def _empty_value(node: ast.AST | None) -> bool:
    return node is None or (isinstance(node, ast.Constant) and node.value in _EMPTY) or (
        isinstance(node, (ast.List, ast.Dict, ast.Tuple, ast.Set)) and not _text(node).strip(
            "[]{}()")) or (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and
                           node.func.id in ("list", "dict", "set", "tuple") and not node.args)


def _swallows(helper: _Fn) -> bool:
    """The helper catches an exception and returns an empty value for it (`return None`,
    `return []`), raising nothing in that handler; and returns a real value elsewhere."""
    swallowed, real = False, False
    for node in _own_walk(helper):
        if isinstance(node, ast.ExceptHandler):
            if any(isinstance(x, ast.Raise) for x in ast.walk(node)):
                continue
            last = node.body[-1] if node.body else None
            if isinstance(last, ast.Return) and _empty_value(last.value):
                swallowed = True
        elif isinstance(node, ast.Return) and node.value is not None and \
                not _empty_value(node.value):
            real = True
    return swallowed and real


def _failure_read_as_empty(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`if not result:` (or `if result: ... else:`) on a local given by a helper of the file
    that swallows an exception into None or an empty value, when the branch for "empty" goes
    on quietly (no raise, no error message or exit status) and the function never tests
    `result is None`."""
    matched = _matched(root, node, ast.If)
    if matched is None:
        return None
    index, test = matched
    fn = _owner(index, test)
    if fn is None:
        return None
    cond = test.test
    if isinstance(cond, ast.UnaryOp) and isinstance(cond.op, ast.Not) and \
            isinstance(cond.operand, ast.Name):
        name, branch = cond.operand.id, test.body
    elif isinstance(cond, ast.Name) and test.orelse:
        name, branch = cond.id, test.orelse
    else:
        return None
    own = _own_walk(fn)
    values = [n for n in own if isinstance(n, ast.Assign) and n.lineno < test.lineno and
              any(isinstance(t, ast.Name) and t.id == name for t in n.targets)]
    if len(values) != 1 or not isinstance(values[0].value, ast.Call):
        return None
    helper = _helper(index, values[0].value, fn)
    if helper is None or helper is fn or not _swallows(helper):
        return None
    for n in own:
        if isinstance(n, ast.Compare) and any(isinstance(o, (ast.Is, ast.IsNot)) for o in n.ops) \
                and any(isinstance(x, ast.Name) and x.id == name for x in (n.left, *n.comparators)):
            return None  # `if result is None:` tells the failure apart
    said = "\n".join(_text(s) for s in branch)
    if _TROUBLE.search(said) or any(isinstance(x, ast.Raise) for s in branch for x in ast.walk(s)):
        return None
    return subject if any(_says_fine(x) for s in branch for x in ast.walk(s)) else None


_TELLS: Final = re.compile(r"(^|\.)(print|echo|secho|info|debug|write|success|ok)$")


def _says_fine(node: ast.AST) -> bool:
    """A statement of the "empty" branch that reports success: a message printed or logged,
    `return 0`/`return True`, a result holding `True` (`{"ok": True}`), `sys.exit(0)`. Leaving
    the loop (`break`) or handing the empty value on (`return None`, `return []`) passes the
    failure up, and says nothing."""
    if isinstance(node, ast.Return) and node.value is not None:
        return ((isinstance(node.value, ast.Constant) and node.value.value is True) or
                (type(node.value.value) is int and node.value.value == 0)) if \
            isinstance(node.value, ast.Constant) else any(
                isinstance(x, ast.Constant) and x.value is True for x in ast.walk(node.value))
    if isinstance(node, ast.Call):
        name = _text(node.func)
        if name in ("sys.exit", "exit") and node.args and isinstance(node.args[0], ast.Constant):
            return node.args[0].value == 0
        return bool(_TELLS.search(name)) and any(isinstance(a, (ast.Constant, ast.JoinedStr))
                                                 for a in node.args)
    return False


FLOW2_PY_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "py-host-all-interfaces": _host_all_interfaces,
    "py-connection-helper-unclosed": _unreleased((_CONNECTIONS,)),
    "py-resource-helper-unreleased": _unreleased(_OTHERS),
    "py-failure-read-as-empty": _failure_read_as_empty,
}
