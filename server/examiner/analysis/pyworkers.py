"""Work handed to other threads and processes, and what comes back from it, with ``ast``.

- A future dropped as it is made (`pool.submit(f, x)` as a statement): an exception in `f` is
  kept in the future and raised only by `result()`/`exception()`, so a failure nobody asks
  about vanishes (the concurrent.futures docs, Future.result and Executor.submit). Left alone:
  the future kept and read, a callable of the module whose whole body is a `try` with a broad
  `except` (it reports its own failures). Futures kept in a name (`fs = [pool.submit(...) for
  ...]`, `fs.append(pool.submit(...))`) that nothing reads afterwards (only `len(fs)`,
  `f.done()`, `f.cancel()`) are dropped as surely; passed to `as_completed`/`wait`, iterated,
  returned, or given a done callback, they are read.
- `p = Popen(..., stdout=PIPE)` then `p.wait()` before anything reads the pipe or stops the
  child: the subprocess docs (Popen.wait) warn that a child writing more than the pipe's
  buffer holds blocks, and the wait then never ends; they advise `communicate()`. Left alone:
  `communicate`, a read of the pipe before the wait, a pipe sent to `DEVNULL` or a file.
- A `queue.Queue` whose `join()` the module waits on, taken with `get()` in a loop and never
  given `task_done()`: per the queue docs, `join()` waits until every item put has been
  marked done with `task_done()`, so without it `join()` never returns.
- A function run in worker processes (`Pool.map(f, ...)`, `Process(target=f)`,
  `ProcessPoolExecutor.submit/map`) that changes a module-level name (`global n; n += 1`,
  `TOTALS.update(...)`): each process changes its own copy, and the parent's stays as it was
  (the multiprocessing docs, Programming guidelines, "Explicitly pass resources to child
  processes" and "Global variables"). A thread pool shares memory and is left alone.
"""

from __future__ import annotations

import ast
import re
from typing import Final

from .python import dotted
from .risk import Risk, own_nodes, rule_risk
from .risk import src as _src

__all__ = ["QUESTIONS", "worker_risks"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

_FUTURE_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens to an "
                    "exception raised in a task, who would ever see it, and how would you "
                    "collect the results?")
_PIPE_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens when the "
                  "command writes more output than the pipe holds, and how would you wait for "
                  "it instead?")
_TASK_DONE_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. When does "
                       "`join()` return, and what must each worker do for it to?")
_PROCESS_GLOBAL_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What does "
                            "the parent process see in that name after the workers finish, and "
                            "how would you bring their results back?")

QUESTIONS: Final = {
    "py-future-discarded": _FUTURE_Q, "py-popen-pipe-then-wait": _PIPE_Q,
    "py-queue-join-without-task-done": _TASK_DONE_Q,
    "py-process-worker-changes-global": _PROCESS_GLOBAL_Q}
"""The checks here, by id (their key points are in ``questions/templates.py``)."""

_EXECUTORS: Final = re.compile(r"\b(ThreadPoolExecutor|ProcessPoolExecutor|Executor)\b")
_PROCESS_POOL: Final = re.compile(r"(?<![A-Za-z])(Pool|ProcessPoolExecutor|Process)\(")
_THREAD_ONLY: Final = re.compile(r"\b(ThreadPool|multiprocessing\.dummy)\b")
_MUTATORS: Final = frozenset({"append", "extend", "update", "add", "insert", "pop", "remove",
                              "clear", "setdefault", "discard", "__setitem__"})


def _risk(kind: str, line: int, fn: str, detail: str, rule: str, subject: str) -> Risk:
    return rule_risk(kind, line, fn, detail, rule, "error", subject, QUESTIONS[rule])


def _last(node: ast.AST) -> str:
    """`self._run` -> '_run', `work` -> 'work'."""
    return node.attr if isinstance(node, ast.Attribute) else _src(node)


# --- a future dropped ---------------------------------------------------------------------------

def _reports_own_failures(fn: ast.AST | None) -> bool:
    """The function's body is one `try` whose handlers catch everything."""
    if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    body = [s for s in fn.body if not (isinstance(s, ast.Expr) and
                                       isinstance(s.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Try):
        return False
    return any(h.type is None or _src(h.type) in ("Exception", "BaseException")
               for h in body[0].handlers)


def _local_executors(fn: _Fn) -> set[str]:
    """Names bound in the function to an executor it makes (`with ThreadPoolExecutor() as
    pool`, `pool = ProcessPoolExecutor()`): a pool that lives only for this piece of work, so
    nothing else is left to collect what its tasks raise. A long-lived executor handed in or
    kept on an object is often paired with error reporting elsewhere and is left alone."""
    out: set[str] = set()
    for node in ast.walk(fn):
        if isinstance(node, ast.withitem) and isinstance(node.context_expr, ast.Call) and \
                _EXECUTORS.search(dotted(node.context_expr.func) or "") and \
                isinstance(node.optional_vars, ast.Name):
            out.add(node.optional_vars.id)
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                _EXECUTORS.search(dotted(node.value.func) or ""):
            out.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return out


def _future_discarded(fn: _Fn, nodes: list[ast.AST], defs: dict[str, ast.AST],
                      out: list[Risk]) -> None:
    pools = _local_executors(fn)
    if not pools:
        return
    for node in nodes:
        call = _submit_of(node.value, pools) if isinstance(node, ast.Expr) else None
        if call is None:
            continue
        target = call.args[0]
        if _reports_own_failures(defs.get(_last(target))):
            continue
        detail = (f"submits `{_src(target)}` and drops the future, the only place an exception "
                  "raised in the task is kept")
        out.append(_risk("swallowed_exception", call.lineno, fn.name, detail,
                         "py-future-discarded", _src(call)))
        return
    _futures_never_read(fn, nodes, pools, defs, out)


def _submit_of(node: ast.AST | None, pools: set[str]) -> ast.Call | None:
    """`node` itself when it is `pool.submit(f, ...)` on one of `pools`."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr == "submit" and node.args and _src(node.func.value) in pools:
        return node
    return None


def _kept_futures(nodes: list[ast.AST], pools: set[str]) -> dict[str, ast.Call]:
    """Names the function keeps futures in: `f = pool.submit(...)`, `fs = [pool.submit(...)
    for ...]` (or a set, a generator, a dict keyed or valued by them), `fs.append(pool.submit(
    ...))`, `fs[k] = pool.submit(...)`."""
    out: dict[str, ast.Call] = {}
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
            elt: ast.AST | None = value
            if isinstance(value, ast.ListComp | ast.SetComp | ast.GeneratorExp):
                elt = value.elt
            elif isinstance(value, ast.DictComp):
                elt = _submit_of(value.key, pools) or value.value
            call = _submit_of(elt, pools)
            if call is None:
                continue
            if isinstance(target, ast.Name):
                out.setdefault(target.id, call)
            elif isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name):
                out.setdefault(target.value.id, call)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in ("append", "add") and isinstance(node.func.value, ast.Name) and \
                node.args and (call := _submit_of(node.args[0], pools)) is not None:
            out.setdefault(node.func.value.id, call)
    return out


_NOT_A_READ: Final = frozenset({"append", "add", "cancel", "done", "running", "cancelled"})
"""What done to a name of futures leaves their exceptions unread."""


def _futures_read(fn: _Fn, name: str) -> bool:
    """Anything reads the futures kept in `name`: passed on (`as_completed(fs)`, `wait(fs)`),
    iterated, returned, `f.result()`, `f.exception()`, `f.add_done_callback(...)`; only
    `fs.append`, `len(fs)`, `f.done()` and `f.cancel()` are not."""
    parents = {child: parent for parent in ast.walk(fn) for child in ast.iter_child_nodes(parent)}
    for node in ast.walk(fn):
        if not (isinstance(node, ast.Name) and node.id == name and
                isinstance(node.ctx, ast.Load)):
            continue
        parent = parents.get(node)
        if isinstance(parent, ast.Attribute) and parent.attr in _NOT_A_READ:
            continue
        if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and \
                parent.func.id == "len" and node in parent.args:
            continue
        return True
    return False


def _futures_never_read(fn: _Fn, nodes: list[ast.AST], pools: set[str],
                        defs: dict[str, ast.AST], out: list[Risk]) -> None:
    """Futures kept in a name that nothing reads: leaving the `with` block waits for the tasks,
    but what they raised stays in the futures, unseen."""
    for name, call in _kept_futures(nodes, pools).items():
        target = call.args[0]
        if _futures_read(fn, name) or _reports_own_failures(defs.get(_last(target))):
            continue
        detail = (f"keeps the futures of `{_src(target)}` in `{name}` and never reads their "
                  "results, the only place an exception raised in a task is kept")
        out.append(_risk("swallowed_exception", call.lineno, fn.name, detail,
                         "py-future-discarded", _src(call)))
        return


# --- Popen with pipes, then wait ---------------------------------------------------------------

def _piped_popens(nodes: list[ast.AST]) -> dict[str, int]:
    """Names assigned a `Popen(...)` with stdout or stderr sent to PIPE, with the line."""
    out: dict[str, int] = {}
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call) and \
                dotted(node.value.func) in ("subprocess.Popen", "Popen") and \
                any(k.arg in ("stdout", "stderr") and _src(k.value).endswith("PIPE")
                    for k in node.value.keywords):
            out[node.targets[0].id] = node.lineno
    return out


def _pipe_then_wait(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    procs = _piped_popens(nodes)
    if not procs:
        return
    for name in procs:
        waits = [n for n in nodes if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                 and n.func.attr == "wait" and _src(n.func.value) == name]
        if not waits:
            continue
        wait = min(waits, key=lambda n: n.lineno)
        # the pipe read, or the child stopped (`terminate`, `kill`), before the wait
        drained = [n for n in nodes if isinstance(n, ast.Attribute) and
                   _src(n.value) == name and n.attr in ("communicate", "stdout", "stderr",
                                                         "terminate", "kill")
                   and n.lineno < wait.lineno]
        if drained or any(isinstance(n, ast.Attribute) and n.attr == "communicate" and
                          _src(n.value) == name for n in nodes):
            continue
        detail = (f"waits for `{name}`, started with its output sent to a pipe, before anything "
                  "reads that pipe")
        out.append(_risk("race_condition", wait.lineno, fn.name, detail,
                         "py-popen-pipe-then-wait", _src(wait)))
        return


# --- join() with no task_done() ----------------------------------------------------------------

def _join_without_task_done(tree: ast.Module, functions: list[_Fn], out: list[Risk]) -> None:
    everything = list(ast.walk(tree))
    calls = [n for n in everything if isinstance(n, ast.Call) and
             isinstance(n.func, ast.Attribute)]
    joined = {_src(c.func.value) for c in calls
              if isinstance(c.func, ast.Attribute) and c.func.attr == "join" and not c.args}
    done = {_src(c.func.value) for c in calls
            if isinstance(c.func, ast.Attribute) and c.func.attr == "task_done"}
    made = {_src(t) for n in everything if isinstance(n, ast.Assign | ast.AnnAssign)
            and isinstance(n.value, ast.Call)
            and re.search(r"(^|\.)(Queue|JoinableQueue|LifoQueue|PriorityQueue)$",
                          dotted(n.value.func) or "")
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])}
    # one queue by its expression: a field of the object or a module-level name (a bare
    # local of the same name in two functions is two queues)
    module_level = _module_names(tree)
    waiting = {q for q in (joined & made) - done
               if q.startswith("self.") or q in module_level}
    if not waiting:
        return
    for fn in functions:
        for node in own_nodes(fn):
            if not isinstance(node, ast.While | ast.For):
                continue
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and \
                        call.func.attr == "get" and _src(call.func.value) in waiting:
                    q = _src(call.func.value)
                    detail = (f"takes items from `{q}` in a loop and never calls "
                              f"`{q}.task_done()`, while the module waits on `{q}.join()`")
                    out.append(_risk("race_condition", call.lineno, fn.name, detail,
                                     "py-queue-join-without-task-done", _src(call)))
                    return


# --- a worker process changes a module global --------------------------------------------------

def _process_targets(tree: ast.Module) -> set[str]:
    """Functions of the module handed to a process pool or a Process."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = dotted(node.func) or ""
        if name.endswith(("Process", "multiprocessing.Process")):
            out.update(_src(k.value) for k in node.keywords if k.arg == "target")
        elif isinstance(node.func, ast.Attribute) and node.args and node.func.attr in (
                "map", "imap", "imap_unordered", "starmap", "apply_async", "apply",
                "map_async", "starmap_async", "submit"):
            out.add(_src(node.args[0]))
    return out


def _module_names(tree: ast.Module) -> set[str]:
    out: set[str] = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else \
            [node.target] if isinstance(node, ast.AnnAssign) else []
        out.update(t.id for t in targets if isinstance(t, ast.Name))
    return out


def _changes_global(fn: _Fn, module_names: set[str]) -> ast.stmt | ast.expr | None:
    declared = {n for s in ast.walk(fn) if isinstance(s, ast.Global) for n in s.names}
    local = {t.id for s in ast.walk(fn) if isinstance(s, ast.Assign)
             for t in s.targets if isinstance(t, ast.Name)} - declared
    local |= {a.arg for a in fn.args.args + fn.args.kwonlyargs}
    for node in own_nodes(fn):
        if isinstance(node, ast.AugAssign | ast.Assign) and any(
                isinstance(t, ast.Name) and t.id in declared
                for t in (node.targets if isinstance(node, ast.Assign) else [node.target])):
            return node
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in _MUTATORS and isinstance(node.func.value, ast.Name) and \
                node.func.value.id in module_names and node.func.value.id not in local:
            return node
        if isinstance(node, ast.Assign | ast.AugAssign):
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name) and \
                        t.value.id in module_names and t.value.id not in local:
                    return node
    return None


def _process_worker_global(tree: ast.Module, text: str, functions: list[_Fn],
                           out: list[Risk]) -> None:
    if not _PROCESS_POOL.search(text) or _THREAD_ONLY.search(text) or \
            not re.search(r"\b(multiprocessing|ProcessPoolExecutor)\b", text):
        return
    if "ThreadPoolExecutor" in text and "ProcessPoolExecutor" not in text and \
            "multiprocessing" not in text:
        return
    targets = _process_targets(tree)
    names = _module_names(tree)
    for fn in functions:
        if fn.name not in targets:
            continue
        changed = _changes_global(fn, names)
        if changed is not None:
            detail = ("runs in worker processes and changes a module-level name, which each "
                      "process holds its own copy of")
            out.append(_risk("wrong_result", changed.lineno, fn.name, detail,
                             "py-process-worker-changes-global", _src(changed)))
            return


def worker_risks(tree: ast.Module, functions: list[_Fn]) -> list[Risk]:
    """The findings above in the given functions of the module."""
    out: list[Risk] = []
    text = ast.unparse(tree)
    defs: dict[str, ast.AST] = {n.name: n for n in ast.walk(tree)
                                if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)}
    executors = bool(_EXECUTORS.search(text))
    for fn in functions:
        nodes = own_nodes(fn)
        if executors:
            _future_discarded(fn, nodes, defs, out)
        _pipe_then_wait(fn, nodes, out)
    _join_without_task_done(tree, functions, out)
    _process_worker_global(tree, text, functions, out)
    return out
