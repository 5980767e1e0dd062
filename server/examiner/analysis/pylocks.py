"""What a lock, a pool or an await leaves unguarded, with ``ast``.

- A class that keeps a lock and changes an attribute under it, but changes the same attribute
  elsewhere with a read-modify-write or a test-then-write outside it (SpotBugs
  IS2_INCONSISTENT_SYNC; CWE-362, CWE-367); a value peeked under the lock and acted on after
  it is released (the item popped later may be another one).
- A coroutine that reads a record, awaits, and writes back a value computed from the read with
  no lock, transaction or atomic update (a lost update between tasks, CWE-362).
- A pooled connection, lock or semaphore acquired (or a socket or database connection opened)
  and released by explicit calls in one
  function with calls that can raise in between and no ``try/finally`` or ``with``: released
  only on the success path (CWE-772; the threading docs: "use a with statement or
  try/finally").
- A lock or pooled connection taken, a file opened or a marker file created, then an early
  ``return``/``raise``/``continue`` before the ``try`` whose ``finally`` gives it back: that
  path leaves it held (CWE-772; the Python tutorial on try/finally and ``with``; the Python
  form of ``go-close-skipped-on-early-return``).
- A thread lock held across a slow call (a sleep, an HTTP request), made in the ``with`` block
  itself or in a method of the class it calls, also through an attribute bound to that method
  (``self._fetch = fetch or self._fetch_remote``): every other thread that needs the lock waits
  for the network (SpotBugs SWL_SLEEP_WITH_LOCK_HELD; CERT LCK09-J, "Do not perform operations
  that can block while holding a lock").
- A collection (a `self.` attribute, or a module global beside a module-level lock) whose
  contents one function changes under the lock, looped over by another public function
  without it: the loop can raise "dictionary changed size during iteration" and sees half-done
  updates (CWE-362, CWE-662; Error Prone's GuardedBy, Infer's RacerD). Setup methods, helpers
  the caller runs with the lock held (by name, docstring or private name) and a copy taken
  under the lock and looped over after are not asked about.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Mapping
from functools import partial
from typing import Final

from .finding_facts import Facts, RuleFacts, SharedFacts
from .python import dotted
from .risk import Risk, own_nodes
from .risk import src as _src
from .risk import walk as _walk

__all__ = ["lock_risks"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

_LOCK_TYPES: Final = re.compile(r"^((threading|asyncio|multiprocessing)\.)?"
                                r"(Lock|RLock|Condition|Semaphore|BoundedSemaphore)$")
_SAFE_TYPES: Final = re.compile(r"(^|\.)(Queue|SimpleQueue|LifoQueue|PriorityQueue|JoinableQueue|"
                                r"Event|Barrier|count|Lock|RLock|Condition|Semaphore|"
                                r"BoundedSemaphore|local)$")
"""Attributes whose own methods are safe between threads (queue.Queue, threading.Event, ...)."""
_MUTATORS: Final = frozenset({"append", "extend", "insert", "pop", "popleft", "appendleft",
                              "remove", "clear", "update", "add", "discard", "setdefault",
                              "popitem", "sort", "reverse", "rotate"})
_HEAPQ: Final = frozenset({"heappush", "heappop", "heapreplace", "heappushpop", "heapify"})
_REMOVERS: Final = frozenset({"heappop", "pop", "popleft", "popitem"})
_SETUP: Final = frozenset({"__init__", "__new__", "__post_init__", "__del__", "__setstate__",
                           "__init_subclass__", "setUp", "__copy__", "__deepcopy__"})
"""Methods that run before (or after) the object is shared between threads."""
_HELD: Final = re.compile(r"(?i)(_locked|_unlocked|_nolock|_no_lock)$")
_HELD_DOC: Final = re.compile(r"(?i)(lock\w* (is |must be |should be )?held|hold\w* the \w*lock|"
                              r"with the \w*lock|caller (must )?holds?|under the \w*lock)")

_INCONSISTENT_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. Which interleaving of "
                          "two threads breaks it, and how would you fix it?")
_PEEKED_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. What happens when two "
                    "threads do this at the same time, and how would you fix it?")
_AWAIT_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. What happens when two "
                   "tasks run this for the same record at the same time, and how would you "
                   "prevent it?")
_RELEASE_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}. What happens when a call in "
                     "between raises, and how would you write it?")


def _self_attr(node: ast.AST | None) -> str:
    """`x` for `self.x` (or `cls.x`), else ''."""
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
            node.value.id in ("self", "cls"):
        return node.attr
    return ""


def _root_attr(node: ast.AST | None) -> str:
    """`x` for `self.x`, `self.x[k]`, `self.x[k][j]`, else ''."""
    while isinstance(node, ast.Subscript):
        node = node.value
    return _self_attr(node)


def _reads(node: ast.AST, attr: str) -> bool:
    return any(_self_attr(n) == attr for n in ast.walk(node))


def _locks(cls: ast.ClassDef) -> dict[str, bool]:
    """The class's lock attributes, each with whether it is an asyncio lock."""
    out: dict[str, bool] = {}
    for node in _walk(cls):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(node.value, ast.Call):
            name = dotted(node.value.func)
            if not _LOCK_TYPES.match(name):
                continue
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                attr = _self_attr(target) or (target.id if isinstance(target, ast.Name) and
                                               node in cls.body else "")
                if attr:
                    out[attr] = name.startswith("asyncio.")
    return out


def _held(node: ast.AST, parents: dict[int, ast.AST], locks: Mapping[str, bool],
          stop: ast.AST | None = None,
          ref: Callable[[ast.AST | None], str] | None = None) -> ast.With | ast.AsyncWith | None:
    """The innermost `with self.<lock>:` around node (up to `stop`), or None; `ref` names the
    lock a `with` item holds (`self.<lock>` by default; a module's lock is a plain name)."""
    name_of = ref or _self_attr
    cur = parents.get(id(node))
    while cur is not None and cur is not stop:
        if isinstance(cur, (ast.With, ast.AsyncWith)) and any(
                name_of(i.context_expr) in locks for i in cur.items):
            return cur
        cur = parents.get(id(cur))
    return None


def _methods(cls: ast.ClassDef) -> list[_Fn]:
    return [n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]


def _writes(fn: _Fn) -> list[tuple[ast.AST, str, str]]:
    """(node, attribute, how) for every change of a `self.` attribute in fn."""
    out: list[tuple[ast.AST, str, str]] = []
    for node in _walk(fn):
        if isinstance(node, ast.AugAssign) and _root_attr(node.target):
            out.append((node, _root_attr(node.target), "rmw"))
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                for t in (target.elts if isinstance(target, ast.Tuple) else [target]):
                    attr = _root_attr(t)
                    if attr:
                        out.append((node, attr, "rmw" if _reads(node.value, attr) else "set"))
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in _MUTATORS and \
                    _root_attr(func.value):
                out.append((node, _root_attr(func.value), func.attr))
            elif dotted(func).rsplit(".", 1)[-1] in _HEAPQ and node.args and \
                    _root_attr(node.args[0]):
                out.append((node, _root_attr(node.args[0]), dotted(func).rsplit(".", 1)[-1]))
        elif isinstance(node, ast.Delete):
            out.extend((node, _root_attr(t), "del") for t in node.targets if
                       isinstance(t, ast.Subscript) and _root_attr(t))
    return out


def _refs(cls: ast.ClassDef, name: str) -> list[ast.Attribute]:
    return [n for n in _walk(cls) if isinstance(n, ast.Attribute) and n.attr == name and
            isinstance(n.value, ast.Name) and n.value.id in ("self", "cls")]


def _held_helpers(cls: ast.ClassDef, parents: dict[int, ast.AST],
                  locks: Mapping[str, bool]) -> set[str]:
    """Methods run only with the lock held: every use in the class is under it (or in another
    such method), by name (`_evict_locked`), or by their docstring ("caller holds the lock");
    and private methods the class never uses (whoever calls them is not in view)."""
    methods = {m.name: m for m in _methods(cls)}
    held = {name for name, m in methods.items() if _HELD.search(name) or
            _HELD_DOC.search(ast.get_docstring(m) or "")}
    changed = True
    while changed:
        changed = False
        for name in methods:
            if name in held:
                continue
            refs = _refs(cls, name)
            if (not refs and name.startswith("_") and not name.startswith("__")) or (refs and all(
                    _held(r, parents, locks) is not None or _owner(r, parents) in held
                    for r in refs)):
                held.add(name)
                changed = True
    return held


def _owner(node: ast.AST, parents: dict[int, ast.AST]) -> str:
    """The method a node is in (the outermost function below the class)."""
    name, cur = "", parents.get(id(node))
    while cur is not None and not isinstance(cur, ast.ClassDef):
        if isinstance(cur, (ast.FunctionDef, ast.AsyncFunctionDef)):
            name = cur.name
        cur = parents.get(id(cur))
    return name


def _safe_attrs(cls: ast.ClassDef) -> set[str]:
    return {_self_attr(t) for n in _walk(cls) if isinstance(n, (ast.Assign, ast.AnnAssign))
            and isinstance(n.value, ast.Call) and _SAFE_TYPES.search(dotted(n.value.func))
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if _self_attr(t)}


def _items_of(fn: _Fn, attr: str, write: ast.AST, parents: dict[int, ast.AST]) -> set[str]:
    """The names a loop around the write binds to what it takes from `self.attr` (`for key, q
    in list(self._buckets.items())`): a test of them is a test of the attribute's contents."""
    names: set[str] = set()
    cur = parents.get(id(write))
    while cur is not None and cur is not fn:
        if isinstance(cur, ast.For) and _reads(cur.iter, attr):
            names |= {n.id for n in ast.walk(cur.target) if isinstance(n, ast.Name)}
        cur = parents.get(id(cur))
    return names


def _test_before(fn: _Fn, attr: str, write: ast.AST, parents: dict[int, ast.AST],
                 locks: Mapping[str, bool]) -> ast.AST | None:
    """An unlocked test of `self.attr` (or of an item a loop took from it) that the write
    depends on: the write is in its body, or the test ends the function early and comes
    before it."""
    items = _items_of(fn, attr, write, parents)
    cur, child = parents.get(id(write)), write
    while cur is not None and cur is not fn:
        if isinstance(cur, (ast.If, ast.While)) and child is not cur.test and \
                (_reads(cur.test, attr) or any(isinstance(n, ast.Name) and n.id in items
                                               for n in ast.walk(cur.test))) and \
                _held(cur, parents, locks) is None:
            return cur.test
        child, cur = cur, parents.get(id(cur))
    line = getattr(write, "lineno", 0)
    for node in _walk(fn):
        if isinstance(node, ast.If) and node.lineno < line and _reads(node.test, attr) and \
                node.body and isinstance(node.body[-1], (ast.Return, ast.Raise, ast.Continue,
                                                          ast.Break)) and \
                _held(node, parents, locks) is None and \
                _same_block(node, write, parents):
            return node.test
    return None


def _same_block(early: ast.AST, write: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """The early exit encloses the write's path: the write lies in a block that holds it."""
    block = parents.get(id(early))
    return block is not None and _inside(write, block, parents)


def _switches(fn: _Fn, start: int, end: int) -> bool:
    """An await between two lines (where other tasks can run)."""
    return any(isinstance(n, (ast.Await, ast.AsyncFor, ast.AsyncWith)) and
               start <= n.lineno <= end for n in _walk(fn))


def _inconsistent(cls: ast.ClassDef, parents: dict[int, ast.AST], out: list[Risk]) -> None:
    locks = _locks(cls)
    if not locks:
        return
    safe = _safe_attrs(cls) | set(locks)
    guarded: dict[str, tuple[str, int]] = {}
    for method in _methods(cls):
        if method.name in _SETUP:
            continue
        for node, attr, _how in _writes(method):
            if attr not in safe and attr not in guarded and \
                    (hold := _held(node, parents, locks)) is not None:
                guarded[attr] = (method.name, hold.lineno)
    if not guarded:
        return
    held = _held_helpers(cls, parents, locks)
    for method in _methods(cls):
        if method.name in _SETUP or method.name in held or any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and
                n.func.attr == "acquire" and _self_attr(n.func.value) in locks
                for n in _walk(method)):
            continue
        for node, attr, how in _writes(method):
            if attr not in guarded or guarded[attr][0] == method.name or \
                    _held(node, parents, locks) is not None:
                continue
            test = _test_before(method, attr, node, parents, locks)
            if how in ("discard", "clear") or (how == "pop" and isinstance(node, ast.Call) and
                                              len(node.args) > 1):
                test = None  # an idempotent removal after a test loses nothing
            line = getattr(node, "lineno", 0)
            if how == "rmw" and test is None:
                start = line
                what = f"`{_src(node).splitlines()[0][:60]}` reads and writes `self.{attr}`"
            elif test is not None:
                start = getattr(test, "lineno", line)
                what = (f"tests `{_src(test)[:60]}` (line {start}) and then changes "
                        f"`self.{attr}` (line {line})")
            else:
                continue
            if any(locks.values()) and all(locks.values()) and \
                    not _switches(method, start, line):
                continue  # an asyncio lock: tasks switch only at an await
            lock = next(iter(locks))
            other, at = guarded[attr]
            detail = (f"the code {what} without holding `self.{lock}`, while "
                      f"`{other}` changes `self.{attr}` under it (line {at})")
            out.append(Risk("race_condition", start, method.name, detail, Facts(
                rule=RuleFacts("py-inconsistent-locking", "error", f"self.{attr}",
                               _INCONSISTENT_Q),
                shared=SharedFacts(f"self.{attr}", read_modify_write=True))))
            return


def _lock_holds(fn: _Fn, locks: Mapping[str, bool]) -> list[ast.With | ast.AsyncWith]:
    """The `with self.<lock>:` blocks of a method, in order."""
    return sorted((n for n in _walk(fn) if isinstance(n, (ast.With, ast.AsyncWith)) and any(
        _self_attr(i.context_expr) in locks for i in n.items)), key=lambda n: n.lineno)


def _assigned_in(block: ast.AST) -> set[str]:
    """Local names a block assigns (`level = self.on_hand[sku]`)."""
    return {t.id for n in ast.walk(block) if isinstance(n, (ast.Assign, ast.AnnAssign))
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
            if isinstance(t, ast.Name)}


def _refused_on(fn: _Fn, names: set[str], hold: ast.stmt, line: int) -> bool:
    """Between the hold and the line, an `if` tests a name the hold assigned (`taken = name in
    self._users`) and refuses (raise, return): the write after it acts on that test."""
    end = getattr(hold, "end_lineno", 0) or 0
    return any(isinstance(n, ast.If) and end < n.lineno < line and n.body and
               isinstance(n.body[-1], (ast.Raise, ast.Return)) and
               any(isinstance(x, ast.Name) and x.id in names for x in ast.walk(n.test))
               for n in _walk(fn))


def _split_hold(cls: ast.ClassDef, parents: dict[int, ast.AST], out: list[Risk]) -> None:
    """CWE-367 inside one method: `self.x` is read (tested, copied) under the lock, the lock is
    released, and `self.x` is then changed from what was read, outside the lock or under a
    second hold that does not read it again: another thread can change it in between."""
    locks = _locks(cls)
    if not locks:
        return
    safe = _safe_attrs(cls) | set(locks)
    for method in _methods(cls):
        if method.name in _SETUP:
            continue
        checks = _locked_checks(cls, method, locks)
        holds: list[ast.stmt] = [*_lock_holds(method, locks), *_locked_reads(cls, method, locks),
                                 *checks]
        for node, attr, how in _writes(method):
            line = getattr(node, "lineno", 0)
            later = _held(node, parents, locks)
            first = next((h for h in sorted(holds, key=lambda h: h.lineno)
                          if h is not later and (getattr(h, "end_lineno", 0) or 0) < line
                          and _reads(h, attr)), None)
            if attr in safe or first is None or how in ("discard", "clear") or \
                    (later is not None and _reads_before(later, attr, line)):
                continue
            # a check (`if not self.is_free(slot): raise`) decides the write by itself
            derived = how != "set" or any(first is c for c in checks) or bool(
                _assigned_in(first) & {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}) \
                or _refused_on(method, _assigned_in(first), first, line)
            if not derived or (all(locks.values()) and not _switches(method, first.lineno, line)):
                continue
            lock = next(iter(locks))
            where = "under a second hold of it" if later is not None else "after releasing it"
            via = ", through a method that takes the lock" if isinstance(first, ast.Assign) else \
                ", in a test through a method that takes the lock" if isinstance(first, ast.Expr) \
                else ""
            detail = (f"the code reads `self.{attr}` under `self.{lock}` (line {first.lineno}{via}) "
                      f"and changes it from that reading {where} (line {line}), so another "
                      "thread can change it in between")
            out.append(Risk("race_condition", line, method.name, detail, Facts(
                rule=RuleFacts("py-lock-released-between", "error", f"self.{attr}",
                               _INCONSISTENT_Q),
                shared=SharedFacts(f"self.{attr}", read_modify_write=True))))
            return


def _readers(cls: ast.ClassDef, method: _Fn, locks: Mapping[str, bool]) -> dict[str, _Fn]:
    """The class's other methods that take the lock, by name."""
    return {m.name: m for m in _methods(cls) if m is not method and _lock_holds(m, locks)}


def _read_through(calls: list[ast.Call], readers: Mapping[str, _Fn],
                  locks: Mapping[str, bool]) -> ast.Tuple:
    """What these calls of reader methods read under the lock: their `self.` attributes."""
    return ast.Tuple(elts=[n for c in calls for h in _lock_holds(readers[_self_attr(c.func)], locks)
                           for n in ast.walk(h) if isinstance(n, ast.Attribute) and _self_attr(n)],
                     ctx=ast.Load())


def _locked_reads(cls: ast.ClassDef, method: _Fn, locks: Mapping[str, bool]) -> list[ast.stmt]:
    """`on_hand = self.available(sku)`: a value taken through a method of the class that reads
    under the lock (the assignment stands for the hold; what it reads is the method's)."""
    readers = _readers(cls, method, locks)
    out: list[ast.stmt] = []
    for node in _walk(method):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call) and \
                _self_attr(node.value.func) in readers:
            read = ast.Assign(targets=node.targets,
                              value=_read_through([node.value], readers, locks))
            out.append(ast.copy_location(read, node))
    return out


def _locked_checks(cls: ast.ClassDef, method: _Fn, locks: Mapping[str, bool]) -> list[ast.stmt]:
    """`if not self.is_free(slot): raise ...`: a guard whose test calls a method of the class
    that reads under the lock (the test stands for the hold, placed on its own lines)."""
    readers = _readers(cls, method, locks)
    out: list[ast.stmt] = []
    for node in _walk(method):
        # a guard that leaves (`if not free: raise`), or an assert; a loop's test is no check
        # a later write depends on
        if not (isinstance(node, ast.Assert) or (isinstance(node, ast.If) and node.body and
                isinstance(node.body[-1], (ast.Raise, ast.Return, ast.Continue, ast.Break)))):
            continue
        called = [c for c in ast.walk(node.test) if isinstance(c, ast.Call)
                  and _self_attr(c.func) in readers]
        if called:
            out.append(ast.copy_location(ast.Expr(value=_read_through(called, readers, locks)),
                                         node.test))
    return out


def _reads_before(hold: ast.AST, attr: str, line: int) -> bool:
    """The hold reads `self.attr` itself before the write (it checks again under the lock)."""
    return any(isinstance(n, ast.Attribute) and _self_attr(n) == attr and
               isinstance(n.ctx, ast.Load) and n.lineno < line for n in ast.walk(hold))


def _peeks(cls: ast.ClassDef, parents: dict[int, ast.AST],
           locks: Mapping[str, bool]) -> dict[str, str]:
    """Methods that return an item of a `self.` collection from under the lock without
    removing it (`return self._heap[0]`), with the collection's name."""
    out: dict[str, str] = {}
    for method in _methods(cls):
        for node in _walk(method):
            if isinstance(node, ast.Return) and isinstance(node.value, ast.Subscript) and \
                    _root_attr(node.value) and _held(node, parents, locks) is not None:
                out[method.name] = _root_attr(node.value)
    return out


def _peeked_then_acted(cls: ast.ClassDef, parents: dict[int, ast.AST],
                       out: list[Risk]) -> None:
    """An item read under the lock, then acted on after the lock is released: the collection
    popped in a later hold (which pops whatever is first by then), or the item's own field
    tested and set with no lock (two threads can both see the old value)."""
    locks = {k: v for k, v in _locks(cls).items() if not v}
    if not locks:
        return
    peeks = _peeks(cls, parents, locks)
    lock = next(iter(locks))
    for method in _methods(cls):
        for node in _walk(method):
            if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and
                    isinstance(node.targets[0], ast.Name)):
                continue
            item, value = node.targets[0].id, node.value
            coll, hold = "", _held(node, parents, locks)
            if isinstance(value, ast.Subscript) and _root_attr(value) and hold is not None:
                coll = _root_attr(value)
            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
                    _self_attr(value.func) in peeks and hold is None:
                coll = peeks[_self_attr(value.func)]
            if not coll:
                continue
            acts: list[str] = []
            first = 0
            for later in _walk(method):
                line = getattr(later, "lineno", 0)
                if line <= node.lineno or (hold is not None and _inside(later, hold, parents)):
                    continue
                if isinstance(later, ast.Expr) and isinstance(later.value, ast.Call) and \
                        _removes(later.value, coll):
                    acts.append(f"then removes from `self.{coll}` with `{_src(later.value)}` "
                                f"(line {line}), whichever item is first by then")
                    first = first or line
                if isinstance(later, ast.Assign) and _held(later, parents, locks) is None and \
                        any(isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name) and
                            t.value.id == item for t in later.targets):
                    field = next(t.attr for t in later.targets if isinstance(t, ast.Attribute))
                    test = next((n for n in _walk(method) if isinstance(n, (ast.If, ast.While))
                                 and node.lineno < n.lineno < line and _src(n.test).count(
                                     f"{item}.{field}") and _held(n, parents, locks) is None),
                                None)
                    if test is not None:
                        acts.insert(0, f"tests `{_src(test.test)[:50]}` (line {test.lineno}) "
                                       f"and sets `{item}.{field}` (line {line}) with no lock")
                        first = min(first, test.lineno) if first else test.lineno
            if acts:
                via = _src(value.func) if isinstance(value, ast.Call) else ""
                how = f"under `self.{lock}`" if hold is not None else \
                    f"through `{via}`, which reads it under `self.{lock}`"
                detail = (f"`{item}` is read from `self.{coll}` {how} without removing it "
                          f"(line {node.lineno}); the code {' and '.join(acts[:2])}")
                out.append(Risk("race_condition", first, method.name, detail, Facts(
                    rule=RuleFacts("py-peeked-under-lock", "error", f"self.{coll}", _PEEKED_Q),
                    shared=SharedFacts(f"self.{coll}", read_modify_write=True))))
                return


def _inside(node: ast.AST, outer: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """`node` lies somewhere under `outer`."""
    cur = parents.get(id(node))
    while cur is not None:
        if cur is outer:
            return True
        cur = parents.get(id(cur))
    return False


def _removes(call: ast.Call, coll: str) -> bool:
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in _REMOVERS and \
            _root_attr(func.value) == coll:
        return True
    return dotted(func).rsplit(".", 1)[-1] == "heappop" and bool(call.args) and \
        _root_attr(call.args[0]) == coll


# -- lost updates across an await ---------------------------------------------------------------

_READ: Final = re.compile(r"^(get|fetch|load|read|find|select|retrieve|lookup|hget|first|one)"
                          r"(_\w+)?$")
_WRITE: Final = re.compile(r"^(save|set|put|update|write|store|upsert|replace|hset|persist)"
                           r"(_\w+)?$")
_ATOMIC: Final = re.compile(r"(?i)(\block\b|_lock\b|lock\(|mutex|semaphore|transaction|atomic|"
                            r"\bbegin\(|for update|select_for_update|\bF\(|\bincr|\$inc|"
                            r"\bversion\b|etag|compare_and|\bcas\b|watch\(|\bset\s+\w+\s*=\s*\w+\s*[+-])")
"""A lock, a transaction, or an atomic / conditional update somewhere in the coroutine."""


def _quiet_coroutines(tree: ast.Module) -> set[str]:
    """Coroutines of this module that never suspend (no await inside): no other task runs."""
    return {n.name for n in _walk(tree) if isinstance(n, ast.AsyncFunctionDef) and not any(
        isinstance(x, (ast.Await, ast.AsyncFor, ast.AsyncWith)) for x in ast.walk(n))}


def _awaited(node: ast.AST) -> tuple[str, str] | None:
    """(receiver, method) of `await <receiver>.<method>(...)`."""
    if isinstance(node, ast.Await) and isinstance(node.value, ast.Call) and \
            isinstance(node.value.func, ast.Attribute):
        return _src(node.value.func.value), node.value.func.attr
    return None


def _lost_update(fn: ast.AsyncFunctionDef, quiet: set[str], out: list[Risk]) -> None:
    if _ATOMIC.search(_src(fn)):
        return
    reads: dict[str, tuple[str, str, int]] = {}
    derived: dict[str, str] = {}
    changed: set[str] = set()
    for node in sorted((n for n in _walk(fn) if isinstance(n, ast.stmt)),
                       key=lambda n: n.lineno):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            got = _awaited(node.value)
            if got is not None and _READ.match(got[1]):
                reads[name] = (got[0], got[1], node.lineno)
                continue
            used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            source = next((derived.get(u, u) for u in used if derived.get(u, u) in reads), "")
            if source and any(isinstance(n, ast.BinOp) for n in ast.walk(node.value)):
                derived[name] = source
        for sub in ast.walk(node):
            target = None
            if isinstance(sub, (ast.Assign, ast.AugAssign)):
                for t in (sub.targets if isinstance(sub, ast.Assign) else [sub.target]):
                    base = t.value if isinstance(t, (ast.Attribute, ast.Subscript)) else None
                    target = base.id if isinstance(base, ast.Name) else target
            elif isinstance(sub, ast.Call) and isinstance(sub.func, ast.Attribute) and \
                    sub.func.attr in _MUTATORS and isinstance(sub.func.value, ast.Name):
                target = sub.func.value.id
            if target in reads:
                changed.add(target)
        for sub in ast.walk(node):
            got = _awaited(sub)
            if got is None or not _WRITE.match(got[1]):
                continue
            call = sub.value  # type: ignore[attr-defined]
            args = [*call.args, *(k.value for k in call.keywords)]
            for name, (receiver, reader, line) in reads.items():
                own = got[0] == name and name in changed  # `await order.save()`
                same = got[0] == receiver
                uses = any(_computed(a, name, derived, changed) for a in args)
                if not (own or (same and uses)):
                    continue
                if reader in quiet and got[1] in quiet and not any(
                        (a := _awaited(x)) is not None and a[1] not in quiet and
                        line < getattr(x, "lineno", 0) < getattr(sub, "lineno", 0)
                        for x in _walk(fn)):
                    continue  # nothing in between lets another task run
                detail = (f"`{name}` is read with `await {receiver}.{reader}(...)` (line "
                          f"{line}) and the value computed from it is written back with "
                          f"`await {got[0]}.{got[1]}(...)` (line {getattr(sub, 'lineno', 0)}), with no lock "
                          "or transaction and other tasks free to run in between")
                out.append(Risk("race_condition", line, fn.name, detail, Facts(
                    rule=RuleFacts("py-lost-update-across-await", "error", name, _AWAIT_Q),
                    shared=SharedFacts(name, read_modify_write=True))))
                return


def _computed(arg: ast.AST, name: str, derived: dict[str, str], changed: set[str]) -> bool:
    """The argument carries a value computed from the record read into `name`."""
    for n in ast.walk(arg):
        if isinstance(n, ast.Name) and (derived.get(n.id) == name or
                                        (n.id == name and name in changed)):
            return True
        if isinstance(n, ast.BinOp) and any(isinstance(x, ast.Name) and x.id == name
                                            for x in ast.walk(n)):
            return True
    return False


# -- released only on the success path ----------------------------------------------------------

_TAKE: Final = frozenset({"acquire", "getconn", "get_connection", "get_conn", "checkout",
                          "borrow", "acquire_connection"})
_GIVE: Final = frozenset({"release", "putconn", "put_connection", "release_connection",
                          "checkin", "give_back", "return_connection"})
_OPENERS: Final = frozenset({"socket.create_connection", "socket.socket", "sqlite3.connect",
                             "psycopg2.connect", "psycopg.connect", "pymysql.connect",
                             "ftplib.FTP", "smtplib.SMTP", "smtplib.SMTP_SSL",
                             "telnetlib.Telnet", "urllib.request.urlopen", "urlopen"})
"""Calls that open a socket or a connection the caller must `close()` (the socket, sqlite3
and smtplib docs: use them in a `with` statement)."""
_LOCKISH: Final = re.compile(r"(?i)(lock|mutex|sem|semaphore|cond|cv)\w*$")


def _protected(node: ast.AST, fn: _Fn, parents: dict[int, ast.AST]) -> bool:
    """Inside a try whose handlers catch everything and do not raise again."""
    cur, child = parents.get(id(node)), node
    while cur is not None and cur is not fn:
        if isinstance(cur, ast.Try) and child in cur.body and any(
                (h.type is None or _src(h.type) in ("Exception", "BaseException")) and
                not any(isinstance(x, ast.Raise) for x in ast.walk(h)) for h in cur.handlers):
            return True
        child, cur = cur, parents.get(id(cur))
    return False


def _in_cleanup(node: ast.AST, fn: _Fn, parents: dict[int, ast.AST]) -> bool:
    cur, child = parents.get(id(node)), node
    while cur is not None and cur is not fn:
        if isinstance(cur, ast.Try) and (child in cur.finalbody or child in cur.handlers):
            return True
        child, cur = cur, parents.get(id(cur))
    return False


def _helpers(tree: ast.Module) -> tuple[frozenset[str], frozenset[str]]:
    """The names of the module's methods that only take a lock, semaphore or pooled object
    (`async def enter(self, url): await self._slots[url].acquire()`) and of those that only
    give one back (`def leave(self, url): self._slots[url].release()`): a caller pairing
    them by hand holds what they hold."""
    takers: set[str] = set()
    givers: set[str] = set()
    for fn in (n for n in _walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))):
        if fn.name.startswith("__") or len(fn.body) > 3:
            continue
        attrs = {n.func.attr for n in own_nodes(fn) if isinstance(n, ast.Call) and
                 isinstance(n.func, ast.Attribute)}
        if attrs & _TAKE and not attrs & _GIVE:
            takers.add(fn.name)
        elif attrs & _GIVE and not attrs & _TAKE:
            givers.add(fn.name)
    return (frozenset(takers), frozenset(givers)) if takers and givers else \
        (frozenset(), frozenset())


def _release_path(fn: _Fn, parents: dict[int, ast.AST], out: list[Risk],
                  helpers: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
                  ) -> None:
    calls = [n for n in _walk(fn) if isinstance(n, ast.Call) and
             isinstance(n.func, ast.Attribute)]
    takers, givers = helpers
    for take in calls:
        func = take.func
        assert isinstance(func, ast.Attribute)
        opens = dotted(func) in _OPENERS
        helper = func.attr in takers and fn.name not in takers
        if func.attr not in _TAKE and not opens and not helper:
            continue
        owner = _src(func.value)
        parent = parents.get(id(take))
        if isinstance(parent, ast.Await):
            parent = parents.get(id(parent))
        held = ""
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and \
                isinstance(parent.targets[0], ast.Name):
            held = parent.targets[0].id
        elif opens or (func.attr != "acquire" and not helper) or not (
                helper or _LOCKISH.search(owner)) or not (
                isinstance(parent, ast.Expr) or (isinstance(parent, ast.If) and
                                                 parent.test is take)):
            # a lock's acquire() is a statement or an `if`'s whole test; a pool's is assigned
            # (a semaphore tried in an assert or a loop's test is a signal, not a hold)
            continue
        gives = [c for c in calls if c is not take and c.lineno > take.lineno and ((
            isinstance(c.func, ast.Attribute) and opens and c.func.attr == "close" and
            isinstance(c.func.value, ast.Name) and c.func.value.id == held) or (
            isinstance(c.func, ast.Attribute) and not opens and c.func.attr in _GIVE and (
                (held and _src(c.func.value) == owner and any(
                    isinstance(a, ast.Name) and a.id == held for a in c.args)) or
                (held and isinstance(c.func.value, ast.Name) and c.func.value.id == held) or
                (not held and _src(c.func.value) == owner and not c.args))) or (
            isinstance(c.func, ast.Attribute) and helper and c.func.attr in givers and
            _src(c.func.value) == owner and
            [_src(a) for a in c.args] == [_src(a) for a in take.args]))]
        if not gives or any(_in_cleanup(g, fn, parents) for g in gives):
            continue
        if held and _escapes(held, fn):
            continue
        give = gives[0]
        between = [c for c in calls if take.lineno < c.lineno < give.lineno and c not in gives
                   and not _protected(c, fn, parents)]
        between += [c for c in _walk(fn) if isinstance(c, ast.Call) and
                    isinstance(c.func, ast.Name) and take.lineno < c.lineno < give.lineno and
                    not _protected(c, fn, parents)]
        if not between:
            continue
        risky = min(between, key=lambda c: c.lineno)
        what = f"`{held}` from `{owner}`" if held else f"`{owner}`"
        verb = f"opens `{held}`" if opens else f"takes {what}"
        detail = (f"{verb} with `{_src(take)[:50]}` and gives it back with "
                  f"`{_src(give)[:50]}` (line {give.lineno}) only on the path where nothing "
                  f"raises; `{_src(risky.func)}(...)` (line {risky.lineno}) comes in between, with "
                  "no try/finally or with")
        out.append(Risk("resource_leak", take.lineno, fn.name, detail, Facts(
            rule=RuleFacts("py-released-on-success-only", "warning", held or owner,
                           _RELEASE_Q))))
        return


def _escapes(name: str, fn: _Fn) -> bool:
    """The acquired object leaves the function: returned, yielded, stored, or managed by with."""
    for node in _walk(fn):
        if isinstance(node, (ast.Return, ast.Yield)) and node.value is not None and any(
                isinstance(n, ast.Name) and n.id == name for n in ast.walk(node.value)):
            return True
        if isinstance(node, ast.Assign) and any(not isinstance(t, ast.Name)
                                                for t in node.targets) and \
                isinstance(node.value, ast.Name) and node.value.id == name:
            return True
        if isinstance(node, (ast.With, ast.AsyncWith)) and any(
                isinstance(n, ast.Name) and n.id == name
                for i in node.items for n in ast.walk(i.context_expr)):
            return True
    return False


# -- taken, then an early exit before the try whose finally gives it back ---------------------

_EXIT_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}. What stays held (or left on disk) "
                  "each time that path is taken, and how would you write it?")
_REMOVE: Final = frozenset({"os.remove", "os.unlink", "os.rmdir", "shutil.rmtree"})
_EXCL_OPEN: Final = re.compile(r"""^open\(.+,\s*(mode\s*=\s*)?['"][^'"]*x""")


def _taken(stmt: ast.stmt) -> list[tuple[str, str]]:
    """What a statement takes, as (how it is given back, what): "release" of a lock or pool,
    "close" of a handle, "remove" of a file it creates."""
    call = stmt.value if isinstance(stmt, (ast.Expr, ast.Assign)) else None
    if not isinstance(call, ast.Call):
        return []
    name = dotted(call.func) or ""
    held = stmt.targets[0].id if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and \
        isinstance(stmt.targets[0], ast.Name) else ""
    out: list[tuple[str, str]] = []
    if isinstance(call.func, ast.Attribute) and call.func.attr in _TAKE:
        owner = _src(call.func.value)
        if held:
            out.append(("release", held))
        elif call.func.attr == "acquire" and _LOCKISH.search(owner):
            out.append(("release", owner))
    if name == "os.open" and held:
        out.append(("close", held))
        if "O_CREAT" in _src(call) and call.args:
            out.append(("remove", _src(call.args[0])))
    if name == "open" and held and call.args:
        out.append(("close", held))
    if name == "open" and call.args and _EXCL_OPEN.search(_src(call)):
        out.append(("remove", _src(call.args[0])))
    if isinstance(call.func, ast.Attribute) and call.func.attr == "touch":
        out.append(("remove", _src(call.func.value)))
    if held and not out and not name.rsplit(".", 1)[-1][:1].isupper():
        # anything a helper hands back (`lock = acquire_lock(root)`) that the try's finally
        # gives back itself (`lock.unlink()`, `conn.close()`): the finally says it is held.
        # (An object constructed, `FileLock(path)`, may be taken only later.)
        out.extend((how, held) for how in ("release", "close", "remove"))
    return out


def _gives(node: ast.AST, how: str, what: str) -> bool:
    """Somewhere under `node`, the call that gives back `what`."""
    for c in ast.walk(node):
        if not isinstance(c, ast.Call):
            continue
        name = dotted(c.func) or ""
        attr = c.func.attr if isinstance(c.func, ast.Attribute) else ""
        owner = _src(c.func.value) if isinstance(c.func, ast.Attribute) else ""
        args = [_src(a) for a in c.args]
        if how == "release" and attr in _GIVE and (owner == what or what in args):
            return True
        if how == "close" and ((attr == "close" and owner == what) or
                               (name == "os.close" and what in args)):
            return True
        if how == "remove" and ((name in _REMOVE and what in args) or
                                (attr == "unlink" and owner == what)):
            return True
    return False


def _exits(stmts: list[ast.stmt]) -> list[ast.stmt]:
    """The return/raise statements under `stmts` (not in nested functions), and the
    continue/break ones that leave the enclosing loop (not one nested in them)."""
    out: list[ast.stmt] = []

    def visit(node: ast.AST, loop: bool) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)):
            return
        if isinstance(node, (ast.Return, ast.Raise)) or (
                not loop and isinstance(node, (ast.Continue, ast.Break))):
            out.append(node)
        inner = loop or isinstance(node, (ast.For, ast.AsyncFor, ast.While))
        for child in ast.iter_child_nodes(node):
            # a loop's else runs after it, not inside it
            visit(child, inner and not (isinstance(node, (ast.For, ast.AsyncFor, ast.While))
                                        and child in node.orelse))
    for st in stmts:
        visit(st, False)
    return out


def _exit_before_finally(fn: _Fn, parents: dict[int, ast.AST], out: list[Risk]) -> None:
    for block in (getattr(n, f) for n in [fn, *own_nodes(fn)]
                  for f in ("body", "orelse", "finalbody")
                  if isinstance(getattr(n, f, None), list)):
        for i, tr in enumerate(block):
            if not isinstance(tr, ast.Try) or not tr.finalbody:
                continue
            for j in range(i - 1, -1, -1):
                taken = [t for t in _taken(block[j]) if any(_gives(s, *t) for s in tr.finalbody)]
                if not taken:
                    continue
                how, what = taken[0]
                between = block[j + 1:i]
                for ex in _exits(between):
                    holder = parents.get(id(ex))
                    body = getattr(holder, "body", []) + getattr(holder, "orelse", [])
                    if isinstance(holder, ast.If) and any(
                            isinstance(n, ast.Name) and n.id == what for n in ast.walk(holder.test)):
                        continue  # `if lock is None: return`: nothing was taken on that path
                    if any(_gives(s, how, what) for s in body if s.lineno < ex.lineno) or (
                            isinstance(ex, ast.Return) and ex.value is not None and any(
                                isinstance(n, ast.Name) and n.id == what
                                for n in ast.walk(ex.value))):
                        continue
                    verb = {"release": "releases", "close": "closes",
                            "remove": "removes"}[how]
                    took = {"release": "takes", "close": "opens", "remove": "creates"}[how]
                    word = {ast.Return: "returns", ast.Raise: "raises",
                            ast.Continue: "continues", ast.Break: "breaks"}[type(ex)]
                    detail = (f"{took} `{what}` with `{_src(block[j])[:60]}` (line "
                              f"{block[j].lineno}) and {word} at line {ex.lineno}, before the "
                              f"try (line {tr.lineno}) whose finally {verb} it")
                    out.append(Risk("resource_leak", ex.lineno, fn.name, detail, Facts(
                        rule=RuleFacts("py-exit-before-releasing-try", "warning", what,
                                       _EXIT_Q))))
                    return
                break


_SLOW: Final = re.compile(r"^(time\.sleep|sleep|(urllib\.request\.)?urlopen|"
                          r"(requests|httpx)\.(get|post|put|patch|delete|head|request)|"
                          r"socket\.create_connection|smtplib\.SMTP(_SSL)?)$")
"""Calls that wait on the clock or the network. (A subprocess or a socket send under a lock is
often the very thing the lock serialises, and is left alone.)"""
_THREAD_LOCK: Final = re.compile(r"^((threading|multiprocessing)\.)?(Lock|RLock)$")
_SLOW_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. How long do the other threads "
                  "wait when that call is slow or times out, and how would you restructure it?")


def _slow_call(fn: _Fn) -> str:
    """The first call in fn's own body that waits on the clock or the network."""
    return next((dotted(n.func) for n in sorted(
        (n for n in own_nodes(fn) if isinstance(n, ast.Call)), key=lambda n: n.lineno)
        if _SLOW.match(dotted(n.func))), "")


def _slow_under_lock(cls: ast.ClassDef, out: list[Risk]) -> None:
    """A `with self._lock:` block whose body waits on the network or the clock."""
    methods = {m.name: m for m in _methods(cls) if isinstance(m, ast.FunctionDef)}
    locks = {t.attr for m in methods.values() for n in _walk(m) if isinstance(n, ast.Assign)
             and isinstance(n.value, ast.Call) and _THREAD_LOCK.match(dotted(n.value.func))
             for t in n.targets if isinstance(t, ast.Attribute) and _src(t.value) == "self"}
    if not locks:
        return
    slow = {name: first for name, m in methods.items() if (first := _slow_call(m))}
    # an attribute bound to one of those methods (`self._fetch = fetch or self._fetch_remote`)
    for m in methods.values():
        for n in _walk(m):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and \
                    isinstance(n.targets[0], ast.Attribute) and \
                    _src(n.targets[0].value) == "self" and n.targets[0].attr not in slow:
                bound = [a.attr for a in ast.walk(n.value) if isinstance(a, ast.Attribute)
                         and _src(a.value) == "self" and a.attr in slow]
                if bound:
                    slow[n.targets[0].attr] = slow[bound[0]]
    for m in methods.values():
        for block in (n for n in own_nodes(m) if isinstance(n, ast.With)):
            held = next((i.context_expr.attr for i in block.items
                         if isinstance(i.context_expr, ast.Attribute)
                         and _src(i.context_expr.value) == "self"
                         and i.context_expr.attr in locks), "")
            if not held:
                continue
            for call in sorted((n for stmt in block.body for n in ast.walk(stmt)
                                if isinstance(n, ast.Call)), key=lambda n: n.lineno):
                name = dotted(call.func)
                how = f"`{name}()` runs" if _SLOW.match(name) else ""
                if not how and isinstance(call.func, ast.Attribute) and \
                        _src(call.func.value) == "self" and call.func.attr in slow and \
                        call.func.attr != m.name:
                    how = f"`{name}()` runs, which calls `{slow[call.func.attr]}`"
                if not how:
                    continue
                detail = (f"`self.{held}` is held while {how}: every other thread that takes "
                          f"`self.{held}` waits for it")
                out.append(Risk("race_condition", call.lineno, m.name, detail, Facts(
                    rule=RuleFacts("py-slow-call-holding-lock", "warning", f"self.{held}",
                                   _SLOW_Q),
                    shared=SharedFacts(f"self.{held}"))))
                return


_ITERATED_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. What happens when another "
                      "thread changes it during the loop, and how would you read it safely?")
_VIEWS: Final = frozenset({"items", "keys", "values"})


_ITERATING: Final = frozenset({"sorted", "list", "tuple", "set", "frozenset", "dict", "sum",
                               "min", "max", "any", "all", "enumerate", "reversed"})
"""Builtins that iterate their argument: `sorted(self._latest.items())` walks the dict as a
loop does (and no release of Python promises it cannot be interrupted; the free-threaded
build interleaves it), so outside the lock it is the same unguarded read."""


def _iterated(node: ast.AST, ref: Callable[[ast.AST | None], str]) -> tuple[ast.AST, str] | None:
    """(the iterable, the shared name) when node is a loop (a `for` or a comprehension) over a
    shared collection or one of its views, or a builtin that iterates one (`sorted(...)`)."""
    its: list[ast.expr] = []
    if isinstance(node, (ast.For, ast.AsyncFor)):
        its = [node.iter]
    elif isinstance(node, (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)):
        its = [g.iter for g in node.generators]
    elif isinstance(node, ast.Call) and _walks(node) is not None:
        its = [node]
    for it in its:
        walked = _walks(it)
        if walked is not None:
            it = walked  # noqa: PLW2901 - the collection a builtin iterates
        target = it.func.value if isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute) \
            and it.func.attr in _VIEWS and not it.args else it
        if ref(target) and (walked is None or isinstance(target, (ast.Attribute, ast.Name))):
            return it, ref(target)
    return None


def _walks(node: ast.AST) -> ast.expr | None:
    """The argument of a builtin that iterates it (`sorted(x)`), else None."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and \
            node.func.id in _ITERATING and len(node.args) == 1:
        return node.args[0]
    return None


def _container_changes(fn: _Fn, ref: Callable[[ast.AST | None], str]) -> list[tuple[ast.AST, str]]:
    """(node, name) for each change of a shared collection's contents in fn (a mutating call,
    an item assigned or deleted); rebinding the name is not one."""
    out: list[tuple[ast.AST, str]] = []
    for node in _walk(fn):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr in _MUTATORS and ref(node.func.value):
            out.append((node, ref(node.func.value)))
        elif isinstance(node, (ast.Assign, ast.AugAssign, ast.Delete)):
            targets = node.targets if isinstance(node, (ast.Assign, ast.Delete)) else [node.target]
            out.extend((node, ref(t.value)) for t in targets
                       if isinstance(t, ast.Subscript) and ref(t.value))
    return out


def _unguarded_iteration(functions: list[_Fn], locks: Mapping[str, bool], safe: set[str],
                         ref: Callable[[ast.AST | None], str], held_fns: set[str],
                         parents: dict[int, ast.AST], shown: Callable[[str], str],
                         out: list[Risk], held: Callable[..., ast.AST | None] = _held) -> None:
    """A collection changed under the lock in one function and looped over without it in
    another: the loop can raise "changed size during iteration" and sees half-done updates."""
    if not locks or all(locks.values()):
        return  # asyncio locks: a loop with no await runs without a task switch
    guarded: dict[str, tuple[str, int]] = {}
    for fn in functions:
        if fn.name in _SETUP:
            continue
        for node, name in _container_changes(fn, ref):
            if name not in safe and name not in guarded and \
                    (hold := held(node, parents, locks)) is not None:
                guarded[name] = (fn.name, getattr(hold, "lineno", 0))
    for fn in functions:
        # a private helper's callers decide what it runs under (concurrent.futures calls
        # `_invoke_callbacks` once the state says no callback can be added any more)
        if fn.name in _SETUP or fn.name in held_fns or _private(fn.name) or any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and
                n.func.attr == "acquire" and ref(n.func.value) in locks for n in _walk(fn)):
            continue
        for node in _walk(fn):
            found = _iterated(node, ref)
            if found is None:
                continue
            it, name = found
            if name not in guarded or guarded[name][0] == fn.name or \
                    held(node, parents, locks) is not None:
                continue
            other, at = guarded[name]
            lock = shown(next(k for k, v in locks.items() if not v))
            detail = (f"the loop over `{_src(it)[:60]}` runs without holding `{lock}`, while "
                      f"`{other}` changes `{shown(name)}` under it (line {at})")
            out.append(Risk("race_condition", getattr(node, "lineno", fn.lineno), fn.name, detail,
                            Facts(rule=RuleFacts("py-iterated-without-lock", "error", shown(name),
                                                 _ITERATED_Q),
                                  shared=SharedFacts(shown(name)))))
            return


def _private(name: str) -> bool:
    return name.startswith("_") and not name.startswith("__")


def _class_iteration(cls: ast.ClassDef, parents: dict[int, ast.AST], out: list[Risk]) -> None:
    locks = _locks(cls)
    if locks:
        _unguarded_iteration(_methods(cls), locks, _safe_attrs(cls) | set(locks), _root_attr,
                             _held_helpers(cls, parents, locks), parents,
                             lambda name: f"self.{name}", out)


def _module_iteration(tree: ast.Module, parents: dict[int, ast.AST], out: list[Risk]) -> None:
    """The module-global form: `_lock = threading.Lock()` and `_cache = {}` at the top level."""
    locks: dict[str, bool] = {}
    shared: set[str] = set()
    for node in tree.body:
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for t in targets if isinstance(t, ast.Name)]
            value = node.value
            if isinstance(value, ast.Call) and _LOCK_TYPES.match(dotted(value.func)):
                locks.update(dict.fromkeys(names, dotted(value.func).startswith("asyncio.")))
            elif isinstance(value, (ast.Dict, ast.List, ast.Set)) or (isinstance(value, ast.Call) \
                    and dotted(value.func).rsplit(".", 1)[-1] in ("dict", "list", "set",
                                                                  "defaultdict", "OrderedDict",
                                                                  "deque", "Counter")):
                shared.update(names)
    functions = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    if not locks or not shared or not functions:
        return

    def ref(node: ast.AST | None) -> str:
        name = node.id if isinstance(node, ast.Name) else ""
        return name if name in shared or name in locks else ""

    held_fns = {f.name for f in functions if _HELD.search(f.name) or
                _HELD_DOC.search(ast.get_docstring(f) or "")}
    # the module's lock is a name, not an attribute
    _unguarded_iteration(functions, locks, set(locks), ref, held_fns, parents,
                         lambda name: name, out, partial(_held, ref=ref))


def lock_risks(tree: ast.Module, functions: list[_Fn],
               parents: dict[int, ast.AST]) -> list[Risk]:
    """The findings above, for the classes holding the given functions and those functions
    (`parents`: each node's parent in the tree)."""
    out: list[Risk] = []
    wanted = {id(f) for f in functions}
    quiet = _quiet_coroutines(tree)
    helpers = _helpers(tree)
    for cls in (n for n in _walk(tree) if isinstance(n, ast.ClassDef)):
        if any(id(m) in wanted for m in _methods(cls)):
            _inconsistent(cls, parents, out)
            _peeked_then_acted(cls, parents, out)
            _split_hold(cls, parents, out)
            _slow_under_lock(cls, out)
            _class_iteration(cls, parents, out)
    if functions:
        _module_iteration(tree, parents, out)
    for fn in functions:
        if isinstance(fn, ast.AsyncFunctionDef):
            _lost_update(fn, quiet, out)
        _release_path(fn, parents, out, helpers)
        _exit_before_finally(fn, parents, out)
    return out
