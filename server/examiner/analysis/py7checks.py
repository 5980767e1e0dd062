"""Checks for the rules-py7 round of Python rules from documentation (``rules/python.yaml``
names them in ``filter``):

- one generator object iterated by several threads (the language reference, Generator-iterator
  methods: "calling any of the generator methods below when the generator is already executing
  raises a ValueError exception"): handed to the workers a loop starts (`Thread(target=w,
  args=(gen,))`, `pool.submit(w, gen)`) or read by a target function from the module or the
  enclosing function, with no lock around the read;
- a `multiprocessing.Pool` (or a `concurrent.futures` executor) made in a function, never
  closed, terminated or shut down, not a context manager and not handed on (the
  multiprocessing docs, Pool: "it is not correct to rely on the garbage collector to destroy
  the pool as CPython does not assure that the finalizer of the pool will be called");
- a daemon thread whose target loops writing (a file, a database, a socket) in a module that
  never waits for any thread or queue (the threading docs, Thread objects: "Daemon threads are
  abruptly stopped at shutdown. Their resources (such as open files, database transactions,
  etc.) may not be released properly").

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Final

from .python import last_name, parent_map, parsed_module
from .trees import line_of, source_of

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["PY7_FILTERS"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef
_Scope = ast.Module | ast.FunctionDef | ast.AsyncFunctionDef
_LOOPS: Final = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp,
                 ast.GeneratorExp)

_STARTERS: Final = frozenset({"Thread", "submit", "start_new_thread", "apply_async"})
"""Calls that run a function in another thread (or in a pool's worker)."""
_GUARD: Final = re.compile(r"(?i)lock|mutex|sem|guard|cond")
_POOLS: Final = frozenset({"Pool", "ThreadPool", "ProcessPoolExecutor", "ThreadPoolExecutor"})
_RELEASES: Final = frozenset({"close", "terminate", "shutdown", "join", "__exit__"})
_ONCE: Final = re.compile(r"^_?(main|cli|run_main|entry_?point)$|^test")


@lru_cache(maxsize=4)
def _parents(source: str) -> dict[int, ast.AST]:
    """Each node's parent, by id, in the source's tree (kept: the checks of a change share it)."""
    tree = parsed_module(source)
    return parent_map(tree) if tree is not None else {}


def _ancestors(node: ast.AST, parents: dict[int, ast.AST]) -> Iterator[ast.AST]:
    cur = parents.get(id(node))
    while cur is not None:
        yield cur
        cur = parents.get(id(cur))


def _scope_of(node: ast.AST, parents: dict[int, ast.AST]) -> _Scope | None:
    for up in _ancestors(node, parents):
        if isinstance(up, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)):
            return up
        if isinstance(up, (ast.Lambda, ast.ClassDef)):
            return None
    return None


def _own_walk(scope: ast.AST) -> Iterator[ast.AST]:
    """The nodes of the scope, not those of functions or classes defined in it."""
    todo = list(ast.iter_child_nodes(scope))
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            todo.extend(ast.iter_child_nodes(node))


def _calls_at(tree: ast.Module, line: int, names: frozenset[str]) -> list[ast.Call]:
    return [n for n in ast.walk(tree) if isinstance(n, ast.Call) and n.lineno == line
            and last_name(n.func) in names]


def _in_loop_within(node: ast.AST, scope: ast.AST, parents: dict[int, ast.AST]) -> ast.AST | None:
    """The innermost loop or comprehension around the node inside the scope, if any."""
    for up in _ancestors(node, parents):
        if up is scope:
            return None
        if isinstance(up, _LOOPS):
            return up
    return None


# -- one generator, several threads -------------------------------------------------------

def _yields(fn: _Fn) -> bool:
    return not isinstance(fn, ast.AsyncFunctionDef) and any(
        isinstance(n, (ast.Yield, ast.YieldFrom)) for n in _own_walk(fn)) and not any(
        last_name(d.func if isinstance(d, ast.Call) else d).endswith("contextmanager")
        for d in fn.decorator_list)


def _generator_functions(tree: ast.Module) -> set[str]:
    """Names of the module's functions and methods that are generators."""
    return {n.name for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and _yields(n)}


def _is_generator(value: ast.AST | None, gens: set[str]) -> bool:
    """A generator expression, or a call of a generator function of this file by its name
    (`read_rows(path)`) or on `self` (`self._each(jobs)`); `d.items()` is no call of a method
    of this file, whatever its name."""
    if isinstance(value, ast.GeneratorExp):
        return True
    if not isinstance(value, ast.Call) or last_name(value.func) not in gens:
        return False
    func = value.func
    return isinstance(func, ast.Name) or (isinstance(func, ast.Attribute) and
                                          isinstance(func.value, ast.Name) and
                                          func.value.id in ("self", "cls"))


def _generator_names(scope: ast.AST, gens: set[str]) -> dict[str, ast.Assign]:
    """Names the scope binds only to a generator (`rows = read_rows(path)`, `(x for x in
    xs)`), with the assignment."""
    out: dict[str, ast.Assign] = {}
    other: set[str] = set()
    for node in _own_walk(scope):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if _is_generator(node.value, gens):
                out.setdefault(name, node)
            else:
                other.add(name)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.withitem,
                               ast.NamedExpr)):
            target = getattr(node, "target", None) or getattr(node, "optional_vars", None)
            if isinstance(target, ast.Name):
                other.add(target.id)
    return {k: v for k, v in out.items() if k not in other}


def _self_generators(tree: ast.Module, gens: set[str]) -> set[str]:
    """Attributes of `self` set to a generator (`self.jobs = self._jobs()`)."""
    return {t.attr for n in ast.walk(tree) if isinstance(n, ast.Assign) and
            _is_generator(n.value, gens) for t in n.targets
            if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and t.value.id == "self"}


def _read_value(node: ast.AST) -> ast.AST | None:
    """The value a node takes items from: `for x in v`, `next(v)`, `v.send(...)`,
    `v.__next__()` (None for any other node)."""
    if isinstance(node, (ast.For, ast.comprehension)):
        return node.iter
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
            node.func.id == "next" and node.args:
        return node.args[0]
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr in ("send", "__next__"):
        return node.func.value
    return None


def _reads(fn: _Fn, matches: Callable[[ast.AST], bool]) -> list[ast.AST]:
    """Where the function takes items from a value `matches` accepts."""
    return [node for node in _own_walk(fn)
            if (value := _read_value(node)) is not None and matches(value)]


def _guarded(fn: _Fn, read: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """A lock is held around the read (`with lock:`), or the function acquires one."""
    for up in _ancestors(read, parents):
        if up is fn:
            break
        if isinstance(up, (ast.With, ast.AsyncWith)) and any(
                _GUARD.search(ast.unparse(item.context_expr)) for item in up.items):
            return True
    return any(isinstance(n, ast.Call) and last_name(n.func) == "acquire" for n in _own_walk(fn))


def _target(call: ast.Call) -> tuple[ast.AST | None, list[ast.AST]]:
    """The function a starter call runs and the arguments it passes, in order."""
    name = last_name(call.func)
    if name == "Thread":
        fn = next((k.value for k in call.keywords if k.arg == "target"), None)
        args = next((k.value for k in call.keywords if k.arg == "args"), None)
        return fn, list(args.elts) if isinstance(args, (ast.Tuple, ast.List)) else []
    if name in ("apply_async", "start_new_thread") and call.args:
        args = call.args[1] if len(call.args) > 1 else None
        return call.args[0], list(args.elts) if isinstance(args, (ast.Tuple, ast.List)) else []
    if call.args:
        return call.args[0], list(call.args[1:])
    return None, []


def _resolve(tree: ast.Module, scope: ast.AST, ref: ast.AST | None) -> tuple[_Fn | None, bool]:
    """The definition a target names (a function of the scope or module, or `self.method`),
    and whether it is a method (its first parameter is `self`)."""
    if isinstance(ref, ast.Name):
        for holder in (scope, tree):
            for node in getattr(holder, "body", ()):
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == ref.id:
                    return node, False
    if isinstance(ref, ast.Attribute) and isinstance(ref.value, ast.Name) and ref.value.id == "self":
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == ref.attr:
                return node, True
    return None, False


def _several(call: ast.Call, scope: ast.AST, parents: dict[int, ast.AST],
             same: Callable[[ast.Call], bool]) -> bool:
    """The starter call runs more than once: in a loop, or beside another starter call that
    `same` accepts."""
    if _in_loop_within(call, scope, parents) is not None:
        return True
    return any(isinstance(n, ast.Call) and n is not call and last_name(n.func) in _STARTERS
               and same(n) for n in _own_walk(scope))


def _generator_shared_by_threads(root: SgNode, node: SgNode, subject: str) -> str | None:
    """One generator object that the threads a loop starts (or several starts) each take items
    from, with no lock around the taking: two threads in the generator at once raise
    ValueError ("generator already executing"). Silent when a lock guards the read, when each
    thread gets a generator of its own, and for `executor.map(f, gen)` (the caller's thread
    reads the generator)."""
    source = source_of(root)
    tree = parsed_module(source)
    if tree is None:
        return None
    gens = _generator_functions(tree)
    if not gens and not any(isinstance(n, ast.GeneratorExp) for n in ast.walk(tree)):
        return None
    parents = _parents(source)
    for call in _calls_at(tree, line_of(node), _STARTERS):
        scope = _scope_of(call, parents)
        if scope is None:
            continue
        ref, args = _target(call)
        fn, method = _resolve(tree, scope, ref)
        if fn is None:
            continue
        params = [a.arg for a in fn.args.posonlyargs + fn.args.args][1 if method else 0:]
        local = _generator_names(scope, gens)
        found = _passed_generator(call, scope, parents, fn, params, args, local) or \
            _read_from_outside(call, scope, parents, tree, fn, ref, local, gens)
        if found:
            return found
    return None


def _passes(name: str, call: ast.Call) -> bool:
    """The starter call hands its target the value named `name`."""
    return any(_is_name(name, a) for a in _target(call)[1])


def _is_name(name: str, node: ast.AST) -> bool:
    return isinstance(node, ast.Name) and node.id == name


def _passed_generator(call: ast.Call, scope: ast.AST, parents: dict[int, ast.AST], fn: _Fn,
                      params: list[str], args: list[ast.AST],
                      local: dict[str, ast.Assign]) -> str | None:
    """`Thread(target=w, args=(gen,))` run several times with the one generator, which `w`
    reads unguarded."""
    for pos, arg in enumerate(args):
        if not isinstance(arg, ast.Name) or arg.id not in local or pos >= len(params):
            continue
        made = local[arg.id]
        loop = _in_loop_within(call, scope, parents)
        if loop is not None and any(n is made for n in ast.walk(loop)):
            continue  # each thread its own generator
        name, param = arg.id, params[pos]
        if not _several(call, scope, parents, partial(_passes, name)):
            continue
        reads = _reads(fn, partial(_is_name, param))
        if reads and not any(_guarded(fn, r, parents) for r in reads):
            return name
    return None


def _read_from_outside(call: ast.Call, scope: ast.AST, parents: dict[int, ast.AST],
                       tree: ast.Module, fn: _Fn, ref: ast.AST | None,
                       local: dict[str, ast.Assign], gens: set[str]) -> str | None:
    """A target that reads a generator of the module, of the function around it, or of
    `self`, started several times."""
    shared = dict(_generator_names(tree, gens))
    if scope is not tree:
        shared.update(local)
    own = {a.arg for a in fn.args.posonlyargs + fn.args.args + fn.args.kwonlyargs}
    attrs = _self_generators(tree, gens)

    def outside(v: ast.AST) -> bool:
        if isinstance(v, ast.Name):
            return v.id in shared and v.id not in own
        return isinstance(v, ast.Attribute) and isinstance(v.value, ast.Name) and \
            v.value.id == "self" and v.attr in attrs

    reads = _reads(fn, outside)
    if not reads or any(_guarded(fn, r, parents) for r in reads):
        return None
    text = ast.unparse(ref) if ref is not None else ""
    if not _several(call, scope, parents,
                    lambda c: ast.unparse(_target(c)[0] or ast.Constant(None)) == text):
        return None
    value = _read_value(reads[0])
    return ast.unparse(value) if value is not None else None


# -- a pool never closed ------------------------------------------------------------------

def _called_once(tree: ast.Module, name: str, parents: dict[int, ast.AST]) -> bool:
    """Every call of the function is at the module's top, outside any loop, or in its `main`."""
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and last_name(n.func) == name]
    if not calls:
        return False
    for call in calls:
        scope = _scope_of(call, parents)
        if scope is None or _in_loop_within(call, scope, parents) is not None:
            return False
        if scope is not tree and not (isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef))
                                      and _ONCE.match(scope.name)):
            return False
    return True


def _escapes(fn: _Fn, name: str, parents: dict[int, ast.AST],
             releases: frozenset[str] = _RELEASES) -> bool:
    """The pool is released, handed on or kept: a close/terminate/shutdown/join named, `with
    pool`, returned or yielded, stored in an attribute, an item or a container, passed to a
    call, declared global."""
    for node in ast.walk(fn):
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return True
        if not (isinstance(node, ast.Name) and node.id == name and isinstance(node.ctx, ast.Load)):
            continue
        up = parents.get(id(node))
        if isinstance(up, ast.Attribute):
            if up.attr in releases:
                return True
            continue
        if isinstance(up, (ast.Return, ast.Yield, ast.YieldFrom, ast.withitem, ast.Tuple,
                           ast.List, ast.Set, ast.Dict, ast.Call, ast.keyword, ast.Starred,
                           ast.Assign, ast.AnnAssign, ast.NamedExpr, ast.Await)):
            return True
    return False


def _made_in_repeated_function(root: SgNode, node: SgNode, names: frozenset[str]) \
        -> Iterator[tuple[ast.Call, _Fn, dict[int, ast.AST]]]:
    """Each call to one of `names` on the matched line, with its function and the tree's
    parents, where that function may run many times: not the module's top, not one run once
    (`main`, a test, one called only from the module's top)."""
    source = source_of(root)
    tree = parsed_module(source)
    if tree is None:
        return
    parents = _parents(source)
    for call in _calls_at(tree, line_of(node), names):
        scope = _scope_of(call, parents)
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                not _ONCE.match(scope.name) and not _called_once(tree, scope.name, parents):
            yield call, scope, parents


def _pool_never_closed(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A pool made in a function and neither closed, terminated, shut down nor used as a
    context manager, nor returned or kept: each call leaves its workers to a finalizer CPython
    does not promise to run. Silent for a pool made at the module's top or in a function run
    once (`main`, a test, one called only from the module's top)."""
    for call, scope, parents in _made_in_repeated_function(root, node, _POOLS):
        if scope.name == "__enter__":
            continue
        up = parents.get(id(call))
        if isinstance(up, ast.Attribute) and isinstance(parents.get(id(up)), ast.Call) and \
                up.attr not in _RELEASES and up.attr != "__enter__":
            return f"{last_name(call.func)}(...)"  # `Pool(4).map(f, xs)`: nothing can close it
        if isinstance(up, ast.Assign) and len(up.targets) == 1 and \
                isinstance(up.targets[0], ast.Name):
            name = up.targets[0].id
            if not _escapes(scope, name, parents):
                return name
    return None


# -- a child process started and never waited for ------------------------------------------

_POPEN: Final = frozenset({"Popen"})
_REAPS: Final = frozenset({"wait", "communicate", "poll", "kill", "terminate", "__exit__",
                           "__enter__"})


def _detached(call: ast.Call) -> bool:
    """The child is started to outlive the parent on purpose: its own session or process group
    (`start_new_session=True`, `preexec_fn=os.setsid`/`os.setpgrp`)."""
    return any(k.arg == "start_new_session" or
               (k.arg == "preexec_fn" and last_name(k.value) in ("setsid", "setpgrp"))
               for k in call.keywords)


def _popen_never_waited(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A `Popen` made in a function and neither waited for, communicated with, polled, killed
    nor used in `with`, nor returned, kept or handed on: the child's exit status is never read
    (a failure looks like success) and the finished child stays a zombie until the parent
    exits. Silent for a child started in its own session (a daemon, on purpose) and in a
    function run once (`main`, a test, one called only from the module's top)."""
    for call, scope, parents in _made_in_repeated_function(root, node, _POPEN):
        if _detached(call):
            continue
        up = parents.get(id(call))
        if isinstance(up, ast.Expr):
            return f"{last_name(call.func)}(...)"
        if isinstance(up, ast.Assign) and len(up.targets) == 1 and \
                isinstance(up.targets[0], ast.Name):
            name = up.targets[0].id
            if not _escapes(scope, name, parents, _REAPS) and not _piped_on(scope, name):
                return name
    return None


def _piped_on(fn: _Fn, name: str) -> bool:
    """The child is the first stage of a pipeline (`Popen(..., stdin=p1.stdout)`, the
    subprocess docs' "Replacing shell pipeline"): it ends when the next stage does."""
    return any(isinstance(n, ast.keyword) and n.arg == "stdin" and
               isinstance(n.value, ast.Attribute) and n.value.attr == "stdout" and
               isinstance(n.value.value, ast.Name) and n.value.value.id == name
               for n in ast.walk(fn))


# -- a daemon thread that writes, never waited for ------------------------------------------

_WRITES: Final = frozenset({"write", "writelines", "writerow", "writerows", "commit", "executemany",
                            "flush", "dump", "sendall", "send", "put_object", "upload_file"})


def _writes_in_loop(fn: _Fn) -> bool:
    """The function runs a `while` loop that writes: a consumer draining work to a file, a
    database or a socket."""
    return any(isinstance(loop, ast.While) and any(
        isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _WRITES
        for n in ast.walk(loop)) for loop in _own_walk(fn))


def _waits_for_threads(tree: ast.Module) -> bool:
    """Something waits before exit: a `.join()` of a thread or queue (no argument but a
    timeout; `", ".join(xs)` is a string's), `atexit`, or `shutdown`."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = last_name(node.func)
        if name == "join" and isinstance(node.func, ast.Attribute) and \
                not isinstance(node.func.value, ast.Constant) and \
                (not node.args or (isinstance(node.args[0], ast.Constant) and
                                   isinstance(node.args[0].value, (int, float)))):
            return True
        if name == "shutdown" or (name == "register" and "atexit" in ast.unparse(node.func)):
            return True
    return False


def _daemon_writer_never_joined(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A daemon thread whose target loops writing, in a module that never joins a thread or
    queue: at exit the thread is stopped where it stands, so what it had not yet written (the
    queue's tail, a half-written line, an uncommitted transaction) is lost."""
    source = source_of(root)
    tree = parsed_module(source)
    if tree is None or _waits_for_threads(tree):
        return None
    parents = _parents(source)
    for call in _calls_at(tree, line_of(node), frozenset({"Thread"})):
        scope = _scope_of(call, parents) or tree
        ref, _args = _target(call)
        fn, _method = _resolve(tree, scope, ref)
        if fn is not None and _writes_in_loop(fn):
            return fn.name
    return None


PY7_FILTERS: Final = {
    "py-generator-shared-by-threads": _generator_shared_by_threads,
    "py-pool-never-closed": _pool_never_closed,
    "py-popen-never-waited": _popen_never_waited,
    "py-daemon-writer-never-joined": _daemon_writer_never_joined,
}
