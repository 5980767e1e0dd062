"""Python structure with ``ast``: what loops iterate, derivable costs, shared state, races, inputs."""

from __future__ import annotations

import ast
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Final

from .finding_facts import (
    BranchingFacts,
    CallFacts,
    CompareFacts,
    DesignFacts,
    Facts,
    RuleFacts,
    SecretFacts,
    SharedFacts,
)
from .memo import graph_lookup, keeps_results
from .percall import PyScans
from .premises import is_dropped_call
from .pyguard import guard_risks
from .pylocks import lock_risks
from .pyloops import loop_risks
from .pyreview import review_risks
from .python import dotted, local_names
from .risk import Risk
from .risk import forget as _forget
from .risk import names as _names
from .risk import src as _src
from .risk import walk as _walk

_MUTABLE_CALLS: Final = frozenset({"dict", "list", "set", "defaultdict", "OrderedDict",
                                   "Counter", "deque", "collections.defaultdict"})
_MUTATORS: Final = frozenset({"append", "extend", "insert", "pop", "remove", "clear", "update",
                              "add", "discard", "setdefault", "popitem", "sort"})
_STDLIB_COROUTINES: Final = frozenset({
    "asyncio.sleep", "asyncio.wait_for", "asyncio.gather", "asyncio.wait",
    "asyncio.open_connection", "asyncio.start_server", "asyncio.to_thread"})
"""Coroutine functions of the standard library (calling one without await does nothing)."""
_CONCURRENT_MODULES: Final = ("threading", "concurrent", "asyncio", "multiprocessing", "queue")
_PATH_SINKS: Final = frozenset({"open", "os.path.join", "send_file", "send_from_directory",
                                "FileResponse", "os.remove", "os.unlink", "shutil.rmtree",
                                "Path", "pathlib.Path", "os.open", "io.open"})
_RESPONSE_SINKS: Final = (".FileResponse", ".send_file", ".send_from_directory")
"""Framework calls that serve a file by path, reached through their module
(`web.FileResponse`, `flask.send_file`, `responses.FileResponse`)."""
_PATH_GUARDS: Final = frozenset({"realpath", "abspath", "resolve", "commonpath", "is_relative_to",
                                 "secure_filename", "safe_join"})
_PARSERS: Final = frozenset({"int", "float", "json.loads", "Decimal", "decimal.Decimal",
                             "datetime.strptime", "datetime.fromisoformat", "uuid.UUID",
                             "date.fromisoformat", "datetime.datetime.strptime", "json.load"})
_HUGE: Final = 600
"""A function longer than this many lines is reported for its size only."""
_SECRET_NAME: Final = re.compile(r"(api_?key|secret|token|passw(or)?d|pwd|credential|"
                                 r"private_?key|access_?key)", re.IGNORECASE)
_BLOCKING: Final = frozenset({"time.sleep", "requests.get", "requests.post", "requests.put",
                              "requests.delete", "requests.request", "urllib.request.urlopen",
                              "subprocess.run", "socket.create_connection"})


def _mutable_value(node: ast.AST | None) -> bool:
    if isinstance(node, (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)):
        return True
    return isinstance(node, ast.Call) and dotted(node.func) in _MUTABLE_CALLS


def _module_state(tree: ast.Module) -> tuple[dict[str, int], dict[str, int]]:
    """Module-level names bound to mutable containers, and to fixed values (line each)."""
    mutable: dict[str, int] = {}
    constants: dict[str, int] = {}
    for stmt in tree.body:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    if _mutable_value(stmt.value):
                        mutable[target.id] = stmt.lineno
                    if (isinstance(stmt.value, ast.Constant) and
                            isinstance(stmt.value.value, int)) or (
                            target.id.isupper() and isinstance(stmt.value, (ast.List, ast.Tuple))
                            and all(isinstance(e, ast.Constant) for e in stmt.value.elts)):
                        # Fixed numbers, and fixed collections named like constants.
                        constants[target.id] = stmt.lineno
    return mutable, constants


_THREADS: Final = re.compile(r"^[ \t]*(import|from)[ \t]+(threading|concurrent|multiprocessing|"
                             r"queue)\b|Threading\w*Server|ThreadingMixIn|\bThread\(|"
                             r"ThreadPool|run_in_executor|to_thread\(", re.MULTILINE)


_STARTS_THREADS: Final = re.compile(r"\bThread\(|\bThread\)|ThreadPool|run_in_executor|"
                                    r"to_thread\(|Threading\w*Server|ThreadingMixIn|\bTimer\(|"
                                    r"start_new_thread|(?<!asyncio\.)\b(R?Lock|Condition|Semaphore)\(")


def _shares_objects(source: str) -> bool:
    """True when the module starts threads, or makes a lock (its author expects its objects to
    be used from several threads). Importing `threading` for `current_thread()` or `queue` for
    its types does neither."""
    return _STARTS_THREADS.search(source) is not None


def _module_shares(ctx: _Ctx) -> bool:
    """`_shares_objects` for the module, searched once per analysis."""
    if ctx.shares_objects is None:
        ctx.shares_objects = _shares_objects(ctx.source)
    return ctx.shares_objects


def _threaded(source: str) -> bool:
    """True when the module runs code on several threads (asyncio alone runs one)."""
    return _THREADS.search(source) is not None


def _concurrent(tree: ast.Module, source: str) -> bool:
    if re.search(r"^[ \t]*(import|from)[ \t]+(" + "|".join(_CONCURRENT_MODULES) + r")\b", source,
                 re.MULTILINE) or re.search(r"Threading\w*Server|ThreadingMixIn|\bThread\(",
                                            source):
        return True
    return any(isinstance(n, (ast.AsyncFunctionDef, ast.Await)) for n in _walk(tree))


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    out: dict[int, ast.AST] = {}
    for node in _walk(tree):
        for child in ast.iter_child_nodes(node):
            out[id(child)] = node
    return out


def _inside(node: ast.AST, parents: dict[int, ast.AST], kinds: tuple[type, ...]) -> bool:
    cur = parents.get(id(node))
    while cur is not None:
        if isinstance(cur, kinds):
            return True
        cur = parents.get(id(cur))
    return False


def _in_try(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    cur, child = parents.get(id(node)), node
    while cur is not None and not isinstance(cur, (ast.FunctionDef, ast.AsyncFunctionDef)):
        if isinstance(cur, ast.Try) and child in cur.body:
            return True
        child, cur = cur, parents.get(id(cur))
    return False


def _under_lock(node: ast.AST, parents: dict[int, ast.AST]) -> bool:
    cur = parents.get(id(node))
    while cur is not None:
        if isinstance(cur, (ast.With, ast.AsyncWith)) and any(
                re.search(r"lock|mutex|semaphore", _src(i.context_expr), re.IGNORECASE)
                for i in cur.items):
            return True
        cur = parents.get(id(cur))
    return False


_LOCK_CALL: Final = re.compile(r"^((threading|multiprocessing)\.)?(Lock|RLock|Condition|"
                               r"Semaphore|BoundedSemaphore)$")


def _released_in_finally(node: ast.AST, ctx: _Ctx) -> bool:
    """Inside a `try` whose `finally` releases a lock (`self._cond.acquire()`, then
    `try: ... finally: self._cond.release()`: the threading docs' other form of `with`)."""
    _in_class_lock(node, ctx)  # finds the module's lock attributes
    cur = ctx.parents.get(id(node))
    while cur is not None:
        if isinstance(cur, ast.Try) and any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and
                n.func.attr == "release" and (
                    (isinstance(n.func.value, ast.Attribute) and
                     n.func.value.attr in (ctx.lock_attrs or ())) or
                    re.search(r"lock|mutex|semaphore|cond", _src(n.func.value), re.IGNORECASE))
                for stmt in cur.finalbody for n in ast.walk(stmt)):
            return True
        cur = ctx.parents.get(id(cur))
    return False


def _in_class_lock(node: ast.AST, ctx: _Ctx) -> bool:
    """Inside `with self.X:` where X is a lock or condition the module makes (whatever its name:
    `self.not_full = threading.Condition(self.mutex)`)."""
    if ctx.lock_attrs is None:
        ctx.lock_attrs = {t.attr for n in _walk(ctx.tree) if isinstance(n, ast.Assign)
                          and isinstance(n.value, ast.Call) and _LOCK_CALL.match(dotted(
                              n.value.func)) for t in n.targets if isinstance(t, ast.Attribute)}
    cur = ctx.parents.get(id(node))
    while cur is not None:
        if isinstance(cur, (ast.With, ast.AsyncWith)) and any(
                isinstance(i.context_expr, ast.Attribute) and
                i.context_expr.attr in ctx.lock_attrs for i in cur.items):
            return True
        cur = ctx.parents.get(id(cur))
    return False


@dataclass
class _Ctx:
    tree: ast.Module
    source: str
    parents: dict[int, ast.AST]
    mutable: dict[str, int]
    constants: dict[str, int]
    concurrent: bool
    coroutines: set[str]
    awaited: dict[str, int] = field(default_factory=dict)
    """Calls the module awaits somewhere (`self.store.save` → its line): the file itself shows
    that calling them makes an awaitable."""
    out: list[Risk] = field(default_factory=list)
    lock_attrs: set[str] | None = None
    """Attributes the module binds to a lock or condition (found when first needed)."""
    shares_objects: bool | None = None
    """The module starts threads or makes a lock (`_shares_objects`; found when first needed)."""
    blocking_helpers: dict[str, str] | None = None
    """The module's sync functions that block in their own body, each with the call that
    blocks (found when first needed)."""
    path_checkers: frozenset[str] | None = None
    """The module's functions that return a checked path (`_path_checking_functions`; found when
    first needed, once for the module, not once per function)."""


def _state(ctx: _Ctx, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    aliases: dict[str, str] = {}
    alias_line: dict[str, int] = {}
    for node in _walk(fn):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Name) and \
                node.value.id in ctx.mutable:
            for target in node.targets:
                if isinstance(target, ast.Name):
                    aliases[target.id] = node.value.id
                    alias_line[target.id] = node.lineno
    for node in _walk(fn):
        name, line, how = "", 0, ""
        if isinstance(node, (ast.Assign, ast.AugAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                if isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                    name, line, how = target.value.id, node.lineno, "assigns into"
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in _MUTATORS and isinstance(node.func.value, ast.Name):
            name, line, how = node.func.value.id, node.lineno, f"calls .{node.func.attr}() on"
        if not name:
            continue
        shared = aliases.get(name) or (name if name in ctx.mutable else "")
        if not shared:
            continue
        # premise: a plain function races only where threads run; a coroutine only across
        # an await (``_read_then_write``)
        parallel = ctx.concurrent if isinstance(fn, ast.AsyncFunctionDef) else \
            _threaded(ctx.source)
        race = parallel and not _under_lock(node, ctx.parents) and \
            not _released_in_finally(node, ctx) and _read_then_write(fn, {shared, name}, line)
        if not race and name == shared and not shared.isupper():
            continue  # a module-level cache or registry written on purpose, with no race
        if not race and _under_lock(node, ctx.parents):
            continue  # (forms-security) state shared on purpose: written under its lock
        if not race and name in alias_line:
            line = alias_line[name]
        kind = "race_condition" if race else "shared_mutable_state"
        alias = f"`{name}` is the same object as module-level `{shared}`, and the code " \
            if name != shared else f"the code mutates module-level `{shared}`: it "
        detail = f"{alias}{how} it"
        if race:
            gap = "with an await in between" if isinstance(fn, ast.AsyncFunctionDef) \
                else "while other threads run the same code"
            detail = f"module-level `{shared}` is read and then written back, {gap}"
        ctx.out.append(Risk(kind, line, fn.name, detail,
                            Facts(shared=SharedFacts(shared, name if name != shared else "",
                                                     ctx.mutable[shared]))))
        return


def _read_then_write(fn: ast.FunctionDef | ast.AsyncFunctionDef, names: set[str],
                     write: int) -> bool:
    """True when the shared object is read before the write (check-then-act, read-modify-write).

    In a coroutine, other tasks only run at an await, so one must lie between read and write.
    """
    reads = [n.lineno for n in _walk(fn) if n is not None and getattr(n, "lineno", 0) < write
             and ((isinstance(n, ast.Subscript) and isinstance(n.ctx, ast.Load)
                   and _src(n.value) in names)
                  or (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                      and n.func.attr in ("get", "__contains__") and _src(n.func.value) in names)
                  or (isinstance(n, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn))
                                                         for o in n.ops)
                      and _src(n.comparators[-1]) in names))]
    if not reads:
        return False
    if not isinstance(fn, ast.AsyncFunctionDef):
        return True
    return any(isinstance(n, ast.Await) and min(reads) <= n.lineno <= write for n in _walk(fn))


def _globals(ctx: _Ctx, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    declared = {n for node in _walk(fn) if isinstance(node, ast.Global) for n in node.names}
    for node in _walk(fn):
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and \
                node.target.id in declared:
            # Coroutines only switch at an await: `X += 1` alone is no race between tasks.
            switches = not isinstance(fn, ast.AsyncFunctionDef) or any(
                isinstance(n, ast.Await) for n in ast.walk(node.value))
            kind = "race_condition" if ctx.concurrent and switches and \
                not _under_lock(node, ctx.parents) else "shared_mutable_state"
            ctx.out.append(Risk(kind, node.lineno, fn.name,
                                f"`{_src(node)}` is a read-modify-write "
                                f"of the global `{node.target.id}`",
                                Facts(shared=SharedFacts(node.target.id,
                                                         read_modify_write=True))))
            return
        # premise: a plain method races only where threads run (an event loop runs it whole)
        # and `__init__` runs before any other thread can see the object
        # (`self.n += 1`, or an entry of one, `self.counts[key] += 1`: a dict's or Counter's
        # `+=` is a read, an add and a store, as an attribute's is)
        if not isinstance(fn, ast.AsyncFunctionDef) and fn.name != "__init__" and \
                _module_shares(ctx) and \
                isinstance(node, ast.AugAssign) and (held := _self_field(node.target)) \
                and not _under_lock(node, ctx.parents) and not _in_class_lock(node, ctx) \
                and not _released_in_finally(node, ctx):
            ctx.out.append(Risk("race_condition", node.lineno, fn.name,
                                f"`{_src(node)}` is a read-modify-write of shared state",
                                Facts(shared=SharedFacts(held, read_modify_write=True))))
            return
        # (round cat-conc) a field of a module-level object (`stats.fetched += 1`, `stats =
        # Stats()`) changed in a function the module runs on threads (`Thread(target=fetch)`,
        # `pool.submit(fetch, ...)`): the same read, add and store as a global's (CWE-362)
        if not isinstance(fn, ast.AsyncFunctionDef) and isinstance(node, ast.AugAssign) and \
                (owner := _module_object_field(node.target, ctx, fn)) and \
                _thread_target(ctx.source, fn.name) and not _under_lock(node, ctx.parents) and \
                not _released_in_finally(node, ctx):
            ctx.out.append(Risk("race_condition", node.lineno, fn.name,
                                f"`{_src(node)}` is a read-modify-write of module-level "
                                f"`{owner}`, which the threads share",
                                Facts(shared=SharedFacts(owner, read_modify_write=True))))
            return


def _module_object_field(target: ast.expr, ctx: _Ctx,
                         fn: ast.FunctionDef | ast.AsyncFunctionDef) -> str:
    """The module-level name whose field the target is (`stats` for `stats.n` or
    `stats.n[k]`), when the module binds it once to a new object of a class (`stats =
    Stats()`) and the function has no name of its own so called; '' otherwise."""
    if isinstance(target, ast.Subscript):
        target = target.value
    if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)):
        return ""
    name = target.value.id
    classes = {n.name for n in ctx.tree.body if isinstance(n, ast.ClassDef)}
    bound = [n for n in ctx.tree.body if isinstance(n, (ast.Assign, ast.AnnAssign))
             and any(isinstance(t, ast.Name) and t.id == name
                     for t in (n.targets if isinstance(n, ast.Assign) else [n.target]))]
    if len(bound) != 1 or not isinstance(bound[0].value, ast.Call) or \
            not isinstance(bound[0].value.func, ast.Name) or \
            bound[0].value.func.id not in classes | {"SimpleNamespace"}:
        return ""
    local = {a.arg for a in fn.args.args + fn.args.kwonlyargs} | {
        n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return "" if name in local else name


def _thread_target(source: str, name: str) -> bool:
    """True when the module hands the function to a thread or a thread pool."""
    return re.search(rf"\bThread\([^)]*\btarget\s*=\s*{re.escape(name)}\b|"
                     rf"\.(submit|map|apply_async|run_in_executor)\(\s*(None\s*,\s*)?"
                     rf"{re.escape(name)}\b", source) is not None and _threaded(source)


def _self_field(target: ast.expr) -> str:
    """`self.n` for the target `self.n` or `self.n[k]`; '' for anything else."""
    if isinstance(target, ast.Subscript):
        target = target.value
    return _src(target) if isinstance(target, ast.Attribute) and \
        _src(target).startswith("self.") else ""


_PLAIN_DECORATORS: Final = frozenset({"staticmethod", "classmethod", "abstractmethod",
                                       "override", "wraps"})
"""Decorators that leave an async function returning a coroutine when called."""
_HANDLER: Final = re.compile(r"^do_[A-Z]+$")
"""http.server's request handlers: `do_GET`, `do_POST`, ... (BaseHTTPRequestHandler)."""
_HANDLER_DATA: Final = re.compile(r"\bself\.(path|headers|rfile|requestline)\b")
"""What such a handler reads from the request."""


_NO_PATH_TYPES: Final = re.compile(r"^(int|float|bool|(uuid\.)?UUID|(datetime\.)?(date|datetime))$")
"""Parameter annotations whose values hold no path separator or `..` (a route's `<uuid:id>`)."""


def _inputs(fn: ast.FunctionDef | ast.AsyncFunctionDef,
            guarded_helpers: frozenset[str] = frozenset()) -> set[str]:
    """Parameters and request data, and every local computed from them (in source order).
    A parameter typed as a number, a UUID or a date carries no path, and a value a function of
    the module returns after checking its own path (`guarded_helpers`) is no longer the
    caller's."""
    args = fn.args
    names = {a.arg for a in [*args.posonlyargs, *args.args, *args.kwonlyargs]
             if a.arg not in ("self", "cls") and not (
                 a.annotation is not None and _NO_PATH_TYPES.match(_src(a.annotation)))}
    names.add("request")
    nodes = sorted((n for n in _walk(fn) if isinstance(n, (ast.Assign, ast.For, ast.AsyncFor,
                                                              ast.withitem))),
                   key=lambda n: getattr(n, "lineno", 0) or getattr(
                       getattr(n, "context_expr", None), "lineno", 0))
    for node in nodes:
        if isinstance(node, ast.Assign):
            value, targets = node.value, node.targets
        elif isinstance(node, ast.withitem):
            value, targets = node.context_expr, [node.optional_vars] if node.optional_vars else []
        else:
            value, targets = node.iter, [node.target]
        if (isinstance(value, ast.Call) and dotted(value.func) in guarded_helpers) or \
                _base_name_only(value):
            continue
        if _names(value) & names or re.search(r"\binput\(|sys\.argv|sys\.stdin", _src(value)) \
                or (_HANDLER.match(fn.name) and _HANDLER_DATA.search(_src(value))):
            for target in targets:
                names |= _names(target)
    return names


def _inputs_flow(ctx: _Ctx, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    if ctx.path_checkers is None:
        ctx.path_checkers = _path_checking_functions(ctx.tree)
    inputs = _inputs(fn, ctx.path_checkers)
    guarded = any(isinstance(n, ast.Call) and dotted(n.func).rsplit(".", 1)[-1] in _PATH_GUARDS
                  and ((n.args and _names(n.args[0]) & inputs)
                       or dotted(n.func).endswith(("commonpath", "is_relative_to")))
                  for n in _walk(fn))
    untrusted = bool(re.search(r"\brequest\b", _src(fn.args)) or _HANDLER.match(fn.name) or any(
        re.search(r"\b(app|router|bp|blueprint|api)\.(get|post|put|delete|route|patch)\b",
                  _src(d)) for d in fn.decorator_list))
    seen: set[str] = set()
    if any(r.identifier == fn.name and r.facts.rule_id == "py-dotdot-only-path"
           for r in ctx.out):
        seen.add("path")  # the sharper question about the same join is asked
    for node in _walk(fn):
        if not isinstance(node, ast.Call):
            continue
        name = dotted(node.func)
        used = set().union(*(_names(a) for a in node.args)) & inputs if node.args else set()
        if name.endswith("send_from_directory") and node.args:
            # Flask joins the name onto the folder with safe_join: only the folder can escape
            used = _names(node.args[0]) & inputs
        elif name.endswith(("send_file", "FileResponse")) and node.args:
            # the file served is the first argument; an in-memory buffer is no path
            first = node.args[0]
            used = set() if isinstance(first, ast.Call) and \
                dotted(first.func).endswith(("BytesIO", "StringIO")) else _names(first) & inputs
        if name in ("Path", "pathlib.Path", "PurePath") and _last_component(node, ctx.parents):
            used = set()  # `Path(upload.filename).name`: the last component only, like basename
        joined_base = name in ("os.path.join", "Path", "pathlib.Path", "safe_join") and \
            len(node.args) > 1 and not (_names(node.args[0]) & inputs) and (untrusted or any(
                re.search(r"name|file|path", u, re.IGNORECASE) for u in used)) and \
            not re.search(r"\.replace\(\s*['\"](/|\.\.)", _src(node))
        if (name in _PATH_SINKS or name.endswith(_RESPONSE_SINKS)) and used and not guarded and "path" not in seen and \
                not re.search(r"basename|secure_filename", _src(node)) and \
                (joined_base or untrusted):
            seen.add("path")
            ctx.out.append(Risk("path_traversal", node.lineno, fn.name,
                                f"`{name}` builds a file path from {_list(used)}",
                                Facts(call=CallFacts(name, tuple(sorted(used))))))
        parses_json = name in ("json.loads", "json.load") and bool(node.args)
        if (name in _PARSERS or name.endswith(".strptime")) and (used or parses_json) and \
                not _in_try(node, ctx.parents) and "parse" not in seen and \
                (untrusted or parses_json or "request" in used):
            seen.add("parse")
            ctx.out.append(Risk("unhandled_error", node.lineno, fn.name,
                                f"`{_src(node)[:60]}` can raise on bad input and nothing "
                                "catches it", Facts(call=CallFacts(name, tuple(sorted(used))))))
        if isinstance(fn, ast.AsyncFunctionDef) and "block" not in seen and \
                not _handed_to_thread(node, fn, ctx.parents):
            if _blocks(name, fn):
                seen.add("block")
                ctx.out.append(Risk("blocking_in_async", node.lineno, fn.name,
                                    f"`{name}` blocks the event loop inside async `{fn.name}`",
                                    Facts(call=CallFacts(name))))
            elif (inner := _blocking_helper(ctx, name)) is not None:
                # one step through a sync helper of the file: `_download(url)` whose body
                # calls `requests.get` blocks the loop just the same
                seen.add("block")
                ctx.out.append(Risk("blocking_in_async", node.lineno, fn.name,
                                    f"`{name}` calls `{inner}`, which blocks the event loop "
                                    f"inside async `{fn.name}`",
                                    Facts(call=CallFacts(name))))
        # this file's coroutine: called by its bare name or on `self`/`cls`; `self._db.close()`
        # is another object's method, whatever this file calls its own
        parts = name.split(".")
        own = parts[-1] in ctx.coroutines and (
            len(parts) == 1 or (len(parts) == 2 and parts[0] in ("self", "cls")))
        # another object's method the file awaits elsewhere, on the same object: `await
        # self.store.save(...)` at one line shows that `self.store.save(...)` makes an awaitable
        shown = _awaited_here(ctx, fn, name) if "." in name and isinstance(
            fn, ast.AsyncFunctionDef) and not any(isinstance(a, ast.Lambda)
                                                  for a in node.args) else 0
        if (own or shown or name in _STDLIB_COROUTINES) and is_dropped_call(node, ctx.parents) \
                and "await" not in seen:
            # premise: the coroutine is not awaited, gathered, scheduled, returned or stored
            seen.add("await")
            also = f" (line {shown} awaits the same call)" if shown and not own else ""
            ctx.out.append(Risk("unawaited", node.lineno, fn.name,
                                f"the coroutine `{name}` is called without await{also}",
                                Facts(call=CallFacts(name, missing_await=True))))


def _blocks(name: str, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """A call that blocks its thread: sleep, a socket, a subprocess, an HTTP request with the
    `requests` module (not a local of that name)."""
    return name in _BLOCKING or (
        name.split(".")[0] == "requests" and "requests" not in local_names(fn))


_TO_THREAD: Final = re.compile(r"(^|\.)(to_thread|run_in_executor|run_sync|submit|map)$")


def _handed_to_thread(node: ast.AST, fn: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """`node` runs in a lambda or a nested function, or is an argument of `asyncio.to_thread`
    / `loop.run_in_executor` / an executor's `submit`: it runs on another thread, or later,
    not on the event loop at this line."""
    here = parents.get(id(node))
    while here is not None and here is not fn:
        if isinstance(here, (ast.Lambda, ast.FunctionDef, ast.AsyncFunctionDef)):
            return True
        if isinstance(here, ast.Call) and _TO_THREAD.search(dotted(here.func)):
            return True
        here = parents.get(id(here))
    return False


def _blocking_helper(ctx: _Ctx, name: str) -> str | None:
    """The blocking call a sync function of this file makes in its own body, when `name`
    calls it (by its bare name, or a method on `self`/`cls`); None otherwise."""
    parts = name.split(".")
    if not (len(parts) == 1 or (len(parts) == 2 and parts[0] in ("self", "cls"))):
        return None
    if ctx.blocking_helpers is None:
        found: dict[str, str] = {}
        for helper in _walk(ctx.tree):
            if not isinstance(helper, ast.FunctionDef) or helper.name in found:
                continue
            for inner in _walk(helper):
                if isinstance(inner, ast.Call) and _blocks(dotted(inner.func), helper) and \
                        not _handed_to_thread(inner, helper, ctx.parents):
                    found[helper.name] = dotted(inner.func)
                    break
        ctx.blocking_helpers = found
    return ctx.blocking_helpers.get(parts[-1])


def _base_name_only(value: ast.AST) -> bool:
    """`Path(x).name`, `os.path.basename(x)`, `secure_filename(x)`: no folder is left in it."""
    if isinstance(value, ast.Attribute) and value.attr == "name" and \
            isinstance(value.value, ast.Call) and \
            dotted(value.value.func) in ("Path", "pathlib.Path", "PurePath"):
        return True
    return isinstance(value, ast.Call) and \
        dotted(value.func).rsplit(".", 1)[-1] in ("basename", "secure_filename")


def _last_component(node: ast.Call, parents: dict[int, ast.AST]) -> bool:
    """`Path(x).name` (or `.stem`, `.suffix`): what is used is the path's last component."""
    parent = parents.get(id(node))
    return isinstance(parent, ast.Attribute) and parent.value is node and \
        parent.attr in ("name", "stem", "suffix")


def _path_checking_functions(tree: ast.Module) -> frozenset[str]:
    """Top-level functions that resolve a path and test that it stays in a folder
    (`resolve()` then `is_relative_to`, `commonpath`, `relative_to`, a `startswith` of a
    `realpath`) before returning, or that keep only a base name (`basename`,
    `secure_filename`): what they return is checked."""
    found = set()
    for fn in tree.body:
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        calls = {dotted(n.func).rsplit(".", 1)[-1] for n in ast.walk(fn) if isinstance(n, ast.Call)}
        if (calls & {"resolve", "realpath", "abspath"} and
                calls & {"is_relative_to", "commonpath", "relative_to", "startswith"}) or \
                calls & {"basename", "secure_filename"}:
            found.add(fn.name)
    return frozenset(found)


_DOTDOT_GUARDS: Final = re.compile(
    r"\b(isabs|abspath|realpath|resolve|commonpath|commonprefix|is_relative_to|relative_to|"
    r"basename|secure_filename|safe_join|startswith|fullmatch|match|search|"
    r"isalnum|isidentifier|is_absolute|splitdrive)$")
"""What keeps an absolute name out, or checks the joined path (a separator test, a pattern,
a containment check, the name's last component only)."""
_DOTDOT_QUESTION: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. Which "
                           "value still reaches a file outside that folder, and how would you "
                           "make sure the result stays inside it?")


def _dotdot_test(node: ast.AST, params: set[str],
                 loops: dict[str, str] | None = None) -> str:
    """The name a test rejects `..` in (`'..' in name`, `'..' in name.split('/')`,
    `'..' in Path(name).parts`, `name.startswith('..')`, or `part == '..'` for a `part` a loop
    or a comprehension takes from the name's pieces: `loops` maps such a variable to the name),
    or ''."""
    if isinstance(node, ast.Compare) and isinstance(node.left, ast.Constant) and \
            isinstance(node.left.value, str) and node.left.value.strip("/\\") == ".." and \
            isinstance(node.ops[0], (ast.In, ast.NotIn)):
        used = _names(node.comparators[0]) & params or \
            {loops[n] for n in _names(node.comparators[0]) if loops and n in loops}
        return min(used) if used else ""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr == "startswith" and isinstance(node.func.value, ast.Name) and \
            node.func.value.id in params and node.args and isinstance(node.args[0], ast.Constant) \
            and str(node.args[0].value).strip("/\\") == "..":
        return node.func.value.id
    if loops and isinstance(node, ast.Compare) and len(node.ops) == 1 and \
            isinstance(node.ops[0], (ast.Eq, ast.NotEq)):
        sides = [node.left, node.comparators[0]]
        if any(isinstance(x, ast.Constant) and x.value == ".." for x in sides):
            var = next((x.id for x in sides if isinstance(x, ast.Name) and x.id in loops), "")
            return loops.get(var, "")
    return ""


def _dotdot_names(fn: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[set[str], dict[str, str]]:
    """The names a request gives the function (its parameters, and locals read from `request`),
    and the locals that hold the pieces of one of them or the loop or comprehension variables
    that walk them."""
    names = {a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]}
    for node in _walk(fn):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name) and \
                re.match(r"(flask\.)?request\.", _src(node.value)):
            names.add(node.targets[0].id)
    loops: dict[str, str] = {}
    for node in _walk(fn):
        # the name's pieces kept in a local: `parts = name.replace("\\", "/").split("/")`
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name) and (used := _names(node.value) & names) and \
                re.search(r"\.(split|parts)\b|\bsplit\(", _src(node.value)):
            loops[node.targets[0].id] = min(used)
        pairs = [(node.target, node.iter)] if isinstance(node, (ast.For, ast.AsyncFor)) else \
            [(g.target, g.iter) for g in node.generators] if isinstance(
                node, (ast.GeneratorExp, ast.ListComp, ast.SetComp)) else []
        for target, it in pairs:
            used = _names(it) & names
            if isinstance(target, ast.Name) and used:
                loops[target.id] = min(used)
    return names, loops


def _dotdot_only(ctx: _Ctx, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    """CWE-22/CWE-36: a name checked only for `..` and then joined to a folder. The os.path.join
    docs: "If a segment is an absolute path, all previous segments are ignored" (pathlib's `/`
    likewise), so `/etc/passwd` passes the test and escapes the folder."""
    params, loops = _dotdot_names(fn)
    tests = {name: node for node in _walk(fn) if (name := _dotdot_test(node, params, loops))}
    if not tests:
        return
    # what the `..` tests are made of is no guard (`'..' in Path(name).parts`)
    inside = {id(sub) for test in tests.values() for sub in ast.walk(test)}
    others = [n for n in _walk(fn) if isinstance(n, (ast.Call, ast.Attribute, ast.Compare,
                                                     ast.Subscript)) and id(n) not in inside]
    for node in others:
        text = _src(node.func) if isinstance(node, ast.Call) else \
            node.attr if isinstance(node, ast.Attribute) else ""
        if isinstance(node, ast.Call) and _DOTDOT_GUARDS.search(text.rsplit(".", 1)[-1]) and \
                not (text.endswith("startswith") and _dotdot_test(node, params, loops)):
            return
        if isinstance(node, ast.Call) and text.endswith("strip") and "/" in _src(node):
            return  # leading separators taken off
        if isinstance(node, ast.Attribute) and (node.attr in ("sep", "altsep") or (
                node.attr in ("anchor", "root", "drive", "parts", "name") and
                _names(node.value) & set(tests))):
            return
        if isinstance(node, ast.Compare) and not _dotdot_test(node, params, loops) and any(
                isinstance(x, ast.Constant) and x.value in ("/", "\\", "")
                for x in [node.left, *node.comparators]):
            return  # a separator rejected, or the first character compared
        if isinstance(node, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn))
                                                 for o in node.ops) and \
                isinstance(node.left, ast.Name) and node.left.id in tests:
            return  # the name looked up in a set of allowed ones
    for join in _walk(fn):
        joined = ""
        func = dotted(join.func) if isinstance(join, ast.Call) else ""
        last = func.rsplit(".", 1)[-1]
        if isinstance(join, ast.Call) and (last in ("Path", "PurePath", "PosixPath", "joinpath")
                                           or func in ("os.path.join", "posixpath.join",
                                                       "path.join")):
            rest = join.args if last == "joinpath" else join.args[1:]
            joined = next((a.id for a in rest if isinstance(a, ast.Name) and a.id in tests), "")
        elif isinstance(join, ast.BinOp) and isinstance(join.op, ast.Div) and \
                isinstance(join.right, ast.Name) and join.right.id in tests and \
                not isinstance(join.left, ast.Constant):
            joined = join.right.id
        if joined:
            test = tests[joined]
            ctx.out.append(Risk("path_traversal", getattr(join, "lineno", 0), fn.name,
                                f"rejects `..` in `{joined}` (`{_src(test)[:50]}`, line "
                                f"{getattr(test, 'lineno', 0)}) and then joins `{joined}` to a folder, with "
                                "no check that the result stays inside it",
                                Facts(rule=RuleFacts("py-dotdot-only-path", "error", joined,
                                                     _DOTDOT_QUESTION),
                                      call=CallFacts(func or "/", (joined,)))))
            return


def _list(names: set[str]) -> str:
    return ", ".join(f"`{n}`" for n in sorted(names))


_NOT_SECRET_NAME: Final = re.compile(
    r"(?i)(url|uri|endpoint|sender|account_?id|header|alphabet|chars|field|param|prefix|ttl|"
    r"expir|length|lifetime|timeout|issuer|audience|algorithm|host)|(_id|_name|name|path|file|"
    r"dir|type|env|var|len|size|count|limit)$")
"""Names that say what else a value is: the url or host of a token service, a header's or an
environment variable's name, a key's id, a lifetime."""
_CONFIG_SOURCE: Final = re.compile(r"(?i)(environ|^env|env$|conf|cfg|setting|option|opts$|"
                                   r"secrets$|vault|params$)")
"""The receiver of a configuration lookup (`os.environ`, `env`, `settings`, `self.config`)."""


def _config_lookup(node: ast.AST) -> bool:
    """A read of the environment or the configuration: `os.environ.get(k)`, `os.getenv(k)`,
    `settings.get(k)`, `getattr(settings, k)`, `os.environ[k]`, `cfg.api_key`."""
    if isinstance(node, ast.Call):
        func = dotted(node.func)
        if func in ("os.getenv", "getenv", "os.environ.get", "environ.get"):
            return True
        if func == "getattr" and node.args:
            return bool(_CONFIG_SOURCE.search(dotted(node.args[0]).rsplit(".", 1)[-1]))
        return isinstance(node.func, ast.Attribute) and node.func.attr in ("get", "getenv") and \
            bool(_CONFIG_SOURCE.search(dotted(node.func.value).rsplit(".", 1)[-1]))
    if isinstance(node, (ast.Attribute, ast.Subscript)):
        return bool(_CONFIG_SOURCE.search(dotted(node.value).rsplit(".", 1)[-1]))
    return isinstance(node, ast.BoolOp) and all(_config_lookup(v) for v in node.values)


def _lookup_fallback(value: ast.AST) -> str | None:
    """The string literal a configuration lookup falls back to: the default of
    `os.environ.get("X", "...")`, `os.getenv`, `settings.get`, `getattr(settings, "X", "...")`,
    configparser's `fallback=`, or the last operand of `lookup or "..."`."""
    if isinstance(value, ast.Call) and _config_lookup(value):
        at = 2 if dotted(value.func) == "getattr" else 1
        given = next((k.value for k in value.keywords if k.arg in ("default", "fallback")),
                     value.args[at] if len(value.args) > at else None)
        environment = dotted(value.func) in ("os.getenv", "getenv", "os.environ.get",
                                             "environ.get")
        if isinstance(given, ast.Constant) and isinstance(given.value, str) and not (
                # configparser's `config.get(section, "password")`: the option's name
                not environment and given in value.args and
                re.fullmatch(r"[a-z_][a-z0-9_.]*", given.value) and
                _SECRET_NAME.search(given.value)):
            return given.value
    if isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or) and \
            isinstance(last := value.values[-1], ast.Constant) and isinstance(last.value, str) and \
            all(_config_lookup(v) for v in value.values[:-1]):
        return last.value
    return None


def _fallback_credential(text: str) -> bool:
    """A fallback that may be a credential: no space, three letters or digits, neither an
    environment variable's name, a word in capitals or Title case (a label), nor an address
    with no password in it."""
    return " " not in text and sum(c.isalnum() for c in text) >= 3 and \
        not re.fullmatch(r"[A-Z][A-Z0-9_]*|[A-Z][a-z]+|[a-z][\w+.-]*://[^@]*", text)


def _secret_slots(tree: ast.AST) -> list[tuple[int, str, ast.AST, bool]]:
    """(line, name, value, assigned) of each value given a name: an assignment's targets (a
    variable, an attribute, a subscript by a string key such as `app.config["SECRET_KEY"]`), a
    keyword argument and a dict literal's string key."""
    out: list[tuple[int, str, ast.AST, bool]] = []
    for node in _walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                name = target.slice.value if isinstance(target, ast.Subscript) and \
                    isinstance(target.slice, ast.Constant) and \
                    isinstance(target.slice.value, str) else _src(target)
                out.append((node.lineno, name, node.value, True))
        elif isinstance(node, ast.Call):
            out += [(k.value.lineno, k.arg, k.value, False) for k in node.keywords if k.arg]
        elif isinstance(node, ast.Dict):
            out += [(v.lineno, k.value, v, False) for k, v in zip(node.keys, node.values, strict=True)
                    if isinstance(k, ast.Constant) and isinstance(k.value, str)]
    return sorted(out, key=lambda slot: slot[0])


def _secrets(ctx: _Ctx) -> None:
    """A credential in the source (CWE-798): a long literal assigned to a name like a secret
    (ruff's S105 has the shorter ones), or the fallback of a configuration lookup given to a
    variable, an attribute, a configuration key, a keyword argument or a dict's key named so
    (`jwt_secret = env.get("JWT_SECRET", "dev-secret")`, `Client(api_key=os.getenv("K") or
    "...")`), which ruff's S105/S106 do not read."""
    for line, name, value, assigned in _secret_slots(ctx.tree):
        if not _SECRET_NAME.search(name) or _NOT_SECRET_NAME.search(name.rsplit(".", 1)[-1]):
            continue
        fallback = _lookup_fallback(value)
        literal = value.value if assigned and isinstance(value, ast.Constant) and \
            isinstance(value.value, str) else None
        if literal is not None and re.fullmatch(r"[a-z_]+", literal) and \
                _SECRET_NAME.search(literal):
            literal = None  # the name of a field (`refresh_token_key = "refresh_token"`)
        if (fallback is not None and _fallback_credential(fallback)) or (
                literal is not None and len(literal) >= 12 and " " not in literal):
            ctx.out.append(Risk("hardcoded_secret", line, name.split(".")[-1],
                                f"`{name}` holds a credential as a string literal"
                                + (", the fallback when the configuration has none"
                                   if fallback is not None else ""),
                                Facts(secret=SecretFacts(name))))
            return


def _float_attrs(tree: ast.Module) -> set[str]:
    return {n.target.id for c in _walk(tree) if isinstance(c, ast.ClassDef) for n in c.body
            if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name)
            and _src(n.annotation) == "float"}


def _floats(ctx: _Ctx, fn: ast.FunctionDef | ast.AsyncFunctionDef, attrs: set[str]) -> None:
    """`==` between floats (parsed, summed or divided values): exact equality rarely holds."""
    local = {a.arg for a in fn.args.args if a.annotation is not None
             and _src(a.annotation) == "float"}
    for node in _walk(fn):
        if isinstance(node, ast.Assign) and (
                (isinstance(node.value, ast.Call) and dotted(node.value.func) in ("float", "sum"))
                or (isinstance(node.value, ast.BinOp) and isinstance(node.value.op, ast.Div))):
            local |= {t.id for t in node.targets if isinstance(t, ast.Name)}

    def is_float(side: ast.AST) -> bool:
        return (isinstance(side, ast.Name) and side.id in local) or (
            isinstance(side, ast.Attribute) and side.attr in attrs) or (
            isinstance(side, ast.Constant) and isinstance(side.value, float))
    for node in _walk(fn):
        sides = (node.left, node.comparators[0]) if isinstance(node, ast.Compare) else ()
        zero = any(isinstance(x, ast.Constant) and x.value == 0 for x in sides)  # exact
        if isinstance(node, ast.Compare) and isinstance(node.ops[0], (ast.Eq, ast.NotEq)) and \
                not zero and is_float(node.left) and is_float(node.comparators[0]):
            ctx.out.append(Risk("equality_bug", node.lineno, fn.name,
                                "compares floating-point values exactly",
                                Facts(compare=CompareFacts(_src(node), float=True))))
            return


def _branching(ctx: _Ctx, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    """Exponential recursion with nothing kept between calls (`memo`): two or more self-calls
    on a parameter a constant away (`fib(n - 1) + fib(n - 2)`, `best(i + 1, ...)` twice) that
    are not alternatives of one `if`, or a self-call per entry of a lookup keyed by a
    parameter (`for nxt in graph[node]`)."""
    params = {a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]}
    calls = [n for n in _walk(fn) if isinstance(n, ast.Call)
             and dotted(n.func) in (fn.name, f"self.{fn.name}")]
    text = _src(fn)
    if not calls or keeps_results(text, params, " ".join(_src(c) for c in calls), fn.name):
        return
    shrinking = [c for c in calls if any(
        isinstance(a, ast.BinOp) and isinstance(a.op, (ast.Sub, ast.Add))
        and isinstance(a.right, ast.Constant) and (
            (isinstance(a.op, ast.Sub) and bool(_names(a.left) & params))
            or (isinstance(a.left, ast.Name) and a.left.id in params))
        for a in c.args)]
    if len(shrinking) >= 2 and not all(_alternatives(ctx, shrinking[0], c) for c in shrinking[1:]):
        line = shrinking[0].lineno
        shown = " and ".join(f"`{_src(c)}`" for c in shrinking[:2])
        ctx.out.append(Risk("branching_recursion", line, fn.name,
                            f"calls itself twice per call, {shown}, each on a slightly smaller "
                            "input", Facts(branching=BranchingFacts(len(shrinking)))))
        return
    for call in calls:
        loop = _enclosing(ctx, call, (ast.For, ast.AsyncFor, ast.comprehension))
        if not isinstance(loop, (ast.For, ast.AsyncFor, ast.comprehension)):
            continue
        lookup = graph_lookup(_src(loop.iter), params)
        if lookup and _names(loop.target) & _names(call):
            ctx.out.append(Risk("branching_recursion", call.lineno, fn.name,
                                f"calls itself once for each entry of `{lookup}`, keeping no "
                                "result between calls, so a node two paths reach is worked "
                                "out again on each", Facts(branching=BranchingFacts(2))))
            return
        # (round var-perr) one self-call per step of a loop over the allowed steps, on a
        # parameter that step away (`for s in self.steps: total += ways(n - s)`, the
        # coin-change / staircase count): as many calls per call as there are steps, each
        # re-counting the same smaller totals (CWE-407; the Python FAQ's functools.cache)
        step = _names(loop.target)
        if step and isinstance(loop, (ast.For, ast.AsyncFor)) and any(
                isinstance(a, ast.BinOp) and isinstance(a.op, (ast.Sub, ast.Add))
                and bool(_names(a.left) & params) and bool(_names(a.right) & step)
                and not (_names(a.left) & step) for a in call.args):
            ctx.out.append(Risk("branching_recursion", call.lineno, fn.name,
                                f"calls itself once per step of `{_src(loop.iter)}`, "
                                f"`{_src(call)}`, keeping no result between calls, so the same "
                                "smaller input is worked out again on every path to it",
                                Facts(branching=BranchingFacts(2))))
            return


def _enclosing(ctx: _Ctx, node: ast.AST, kinds: tuple[type, ...]) -> ast.AST | None:
    parent = ctx.parents.get(id(node))
    while parent is not None and not isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                         ast.Lambda)):
        if isinstance(parent, kinds):
            return parent
        parent = ctx.parents.get(id(parent))
    return None


def _alternatives(ctx: _Ctx, a: ast.Call, b: ast.Call) -> bool:
    """`a` and `b` sit in different branches of one `if`, `x if c else y` or `match`: at most
    one of them runs."""
    chain: dict[int, ast.AST] = {}
    child: ast.AST = a
    parent = ctx.parents.get(id(a))
    while parent is not None:
        chain[id(parent)] = child
        child, parent = parent, ctx.parents.get(id(parent))
    child, parent = b, ctx.parents.get(id(b))
    while parent is not None and id(parent) not in chain:
        child, parent = parent, ctx.parents.get(id(parent))
    if parent is None:
        return False
    if isinstance(parent, (ast.If, ast.IfExp, ast.Match)):
        return _branch(parent, chain[id(parent)]) != _branch(parent, child)
    first, call = (chain[id(parent)], a) if a.lineno <= b.lineno else (child, b)
    return isinstance(first, ast.If) and _ends_in_exit(first, call, ctx)


def _ends_in_exit(stmt: ast.If, call: ast.AST, ctx: _Ctx) -> bool:
    """`call` is in a branch of `stmt` that ends by leaving the function (`if ...: return
    f(n - 2)`), so a call after the `if` runs only when that one did not."""
    node = call
    while (up := ctx.parents.get(id(node))) is not None and up is not stmt:
        node = up
    branch = stmt.body if any(s is node for s in stmt.body) else stmt.orelse
    return bool(branch) and isinstance(branch[-1], (ast.Return, ast.Raise))


def _branch(node: ast.AST, child: ast.AST) -> str:
    for name, value in ast.iter_fields(node):
        if value is child or (isinstance(value, list) and any(v is child for v in value)):
            return name if not isinstance(node, ast.Match) else f"case{id(child)}"
    return ""


def _design(ctx: _Ctx, fn: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
    params = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs]
              if a.arg not in ("self", "cls")]
    length = (fn.end_lineno or fn.lineno) - fn.lineno + 1
    if len(params) > 6 or length > 60:
        what = f"{len(params)} parameters" if len(params) > 6 else f"{length} lines"
        ctx.out.append(Risk("design", fn.lineno, fn.name, f"`{fn.name}` takes {what}",
                            Facts(design=DesignFacts(tuple(params), length))))


def _awaited_here(ctx: _Ctx, fn: ast.AST, name: str) -> int:
    """A line where the same call is awaited: in the same class for a call on `self` (another
    class's `self.close` is another method), anywhere in the module otherwise (0: nowhere)."""
    if name.split(".")[0] not in ("self", "cls"):
        return ctx.awaited.get(name, 0)
    owner = ctx.parents.get(id(fn))
    if not isinstance(owner, ast.ClassDef):
        return 0
    return _awaited_calls(owner).get(name, 0) if name in ctx.awaited else 0


def _awaited_calls(tree: ast.AST) -> dict[str, int]:
    """Dotted names of the calls awaited under a node (`self.store.save`), each with a line."""
    out: dict[str, int] = {}
    for node in _walk(tree):
        if isinstance(node, ast.Await) and isinstance(node.value, ast.Call):
            name = dotted(node.value.func)
            if name:
                out.setdefault(name, node.lineno)
    return out


def _touched(fn: ast.AST, changed: list[int] | None) -> bool:
    if changed is None:
        return True
    at = bisect_left(changed, getattr(fn, "lineno", 0))
    return at < len(changed) and changed[at] <= (getattr(fn, "end_lineno", 0) or 0)


def python_risks(source: str, tree: ast.Module | None = None,
                 changed: set[int] | None = None) -> list[Risk]:
    """Structural findings in a Python module (only functions holding a changed line, if given;
    empty when it does not parse)."""
    if tree is None:
        try:
            tree = ast.parse(source)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            return []
    _forget()
    mutable, constants = _module_state(tree)
    # a decorated coroutine may return something else when called (Textual's `@work` starts a
    # worker, a task queue's decorator schedules it): only plain and method-kind ones count
    coroutines = {n.name for n in _walk(tree) if isinstance(n, ast.AsyncFunctionDef) and all(
        dotted(d).rsplit(".", 1)[-1] in _PLAIN_DECORATORS for d in n.decorator_list)}
    ctx = _Ctx(tree, source, _parents(tree), mutable, constants, _concurrent(tree, source),
               coroutines, _awaited_calls(tree))
    _secrets(ctx)
    attrs = _float_attrs(tree)
    order = sorted(changed) if changed is not None else None
    scans = PyScans(tree, set(mutable))
    examined: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    for fn in _walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and _touched(fn, order):
            if (fn.end_lineno or fn.lineno) - fn.lineno > _HUGE:
                _design(ctx, fn)  # its size is the finding; the deep passes would take seconds
                continue
            examined.append(fn)
            _dotdot_only(ctx, fn)
            loop_risks(fn, ctx.constants, ctx.out, scans)
            _state(ctx, fn)
            _globals(ctx, fn)
            _inputs_flow(ctx, fn)
            _design(ctx, fn)
            _floats(ctx, fn, attrs)
            _branching(ctx, fn)
    ctx.out.extend(review_risks(tree, examined, ctx.parents))
    locked = lock_risks(tree, examined, ctx.parents)
    # a method's lock finding says more than the plain read-modify-write one on its lines
    seen = {(r.identifier, r.kind) for r in locked}
    ctx.out = [r for r in ctx.out if (r.identifier, r.kind) not in seen] + locked
    # the general guard-await-write check gives way to a narrower race finding in its function
    raced = {r.identifier for r in ctx.out if r.kind == "race_condition"}
    ctx.out += [r for r in guard_risks(tree, examined, ctx.parents) if r.identifier not in raced]
    _forget()  # the listed nodes keep the tree alive: let it go
    return ctx.out
