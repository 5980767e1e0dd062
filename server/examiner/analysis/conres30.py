"""Checks of round r30-concres (``rules/python.yaml`` names them in ``filter``): Python
concurrency and resource hazards followed one step through the program's own names, read with
``ast`` over the file once (``flow2_py``'s cached index).

- ``py-temp-file-unremoved``: a temporary file made with `tempfile.mkstemp()`, directly or by
  a helper of the file that returns its path (`def _scratch(): fd, p = mkstemp(); os.close(fd);
  return Path(p)`), that the function never removes, moves, returns or keeps (the tempfile
  docs: "the user of mkstemp() is responsible for deleting the temporary file"; CWE-459).
- ``py-resource-property-unreleased``: `self.x.submit(...)` (or `pool = self.x`) where `x` is a
  `@property` whose getter makes a new executor, file or child process on each read, with no
  `with`, `shutdown`, `close` or `wait` (the concurrent.futures docs: an executor holds its
  threads until `shutdown`; CWE-404).
- ``py-notify-before-state-change``: a method notifies a `threading.Condition` (directly or
  through a helper method of the class that only notifies under the condition) and only then,
  outside the condition's lock, changes an attribute the class's waiters test in their wait
  loop: a waiter that tests between the two goes back to sleep with no notify to come (a lost
  wakeup; CERT THI04-J, CON38-C; the threading docs: the state is changed and the waiters
  notified while the lock is held).

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Final

from .flow2_py import (
    _OTHERS,
    _class_of,
    _Family,
    _helper,
    _Index,
    _matched,
    _opens,
    _own_walk,
    _owner,
    _text,
    _under_main,
    _used_unreleased,
)

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["CONRES30_FILTERS"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

# -- a temporary file never removed -------------------------------------------------------------

_MKSTEMP: Final = re.compile(r"^(tempfile\.)?mkstemp$")
# what removes, moves or hands a path to a clean-up: `os.remove(p)`, `p.unlink()`,
# `shutil.move(p, d)`, `os.replace(p, d)`, `atexit.register(os.remove, p)`, `stack.callback(..)`
_REMOVES: Final = re.compile(r"(^|\.)(remove|unlink|rmtree|move|replace|rename|register|"
                             r"addCleanup|callback|enter_context|append|add|put)$")
_SAME_PATH: Final = re.compile(r"^((pathlib\.)?(Pure)?Path|str|os\.fspath|os\.path\.abspath|"
                               r"os\.path\.realpath)$")


def _mkstemp_path(fn: _Fn) -> str | None:
    """The name a function binds the path of `mkstemp()` to (`fd, path = mkstemp()`)."""
    for node in _own_walk(fn):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.value, ast.Call) and _MKSTEMP.match(_text(node.value.func)):
            target = node.targets[0]
            if isinstance(target, ast.Tuple) and len(target.elts) == 2 and \
                    isinstance(target.elts[1], ast.Name):
                return target.elts[1].id
    return None


def _same_path(value: ast.AST, names: set[str]) -> bool:
    """`p`, `Path(p)`, `str(p)`: the same file under another name."""
    if isinstance(value, ast.Name):
        return value.id in names
    return isinstance(value, ast.Call) and len(value.args) == 1 and \
        bool(_SAME_PATH.match(_text(value.func))) and _same_path(value.args[0], names)


def _returns_temp_path(helper: _Fn) -> bool:
    """A helper whose every `return` hands back the path of the `mkstemp()` file it made, and
    that does not remove it itself."""
    name = _mkstemp_path(helper)
    if name is None or helper.decorator_list:
        return False
    own = _own_walk(helper)
    returns = [n for n in own if isinstance(n, ast.Return)]
    return bool(returns) and all(r.value is not None and _same_path(r.value, {name})
                                 for r in returns) and \
        not _removed([n for n in own if not isinstance(n, ast.Return)], {name}, None)


def _mentions(node: ast.AST | None, names: set[str]) -> bool:
    return node is not None and any(isinstance(x, ast.Name) and x.id in names
                                    for x in ast.walk(node))


def _removed(own: list[ast.AST], names: set[str], index: _Index | None) -> bool:
    """The file is removed, moved, handed back or kept for someone else to remove."""
    for n in own:
        if isinstance(n, ast.Call):
            func = n.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and \
                    func.value.id in names and _REMOVES.search(func.attr):
                return True  # `p.unlink()`, `p.rename(dest)`
            args = [*n.args, *(k.value for k in n.keywords)]
            if any(_mentions(a, names) for a in args):
                if _REMOVES.search(_text(func)):
                    return True
                if index is not None:
                    target = _helper(index, n, n)
                    if target is not None and re.search(r"\b(remove|unlink|rmtree)\b",
                                                        _text(target)):
                        return True  # a clean-up helper of the file
        elif isinstance(n, (ast.Return, ast.Yield, ast.YieldFrom)) and n.value is not None and \
                any(_same_path(v, names) for v in (
                    n.value.elts if isinstance(n.value, (ast.Tuple, ast.List)) else
                    [v for v in n.value.values if v is not None]
                    if isinstance(n.value, ast.Dict) else [n.value])):
            return True  # the path itself goes to the caller (not `path.read_bytes()`)
        elif isinstance(n, ast.Assign) and _mentions(n.value, names) and \
                not all(isinstance(t, ast.Name) for t in n.targets):
            return True  # kept: `self.scratch = path`, `left[k] = path`
        elif isinstance(n, (ast.Global, ast.Nonlocal)) and names & set(n.names):
            return True
    return False


def _aliases(own: list[ast.AST], name: str) -> set[str]:
    names = {name}
    for _ in range(2):
        for n in own:
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and \
                    isinstance(n.targets[0], ast.Name) and _same_path(n.value, names):
                names.add(n.targets[0].id)
    return names


def _temp_file_unremoved(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`fd, path = mkstemp()` or `path = helper()` (a helper of the file returning a
    `mkstemp()` path), in a function that never removes, moves, returns or keeps the file."""
    matched = _matched(root, node, ast.Assign)
    if matched is None:
        return None
    index, assign = matched
    if len(assign.targets) != 1 or not isinstance(assign.value, ast.Call):
        return None
    fn = _owner(index, assign)
    if fn is None or fn.name == "main" or fn.name.startswith("__") or fn.decorator_list or \
            _under_main(index, assign):
        return None
    target, call = assign.targets[0], assign.value
    if _MKSTEMP.match(_text(call.func)):
        if not (isinstance(target, ast.Tuple) and len(target.elts) == 2 and
                isinstance(target.elts[1], ast.Name)):
            return None
        name = target.elts[1].id
    else:
        helper = _helper(index, call, call)
        if helper is None or helper is fn or not isinstance(target, ast.Name) or \
                not _returns_temp_path(helper):
            return None
        name = target.id
    own = _own_walk(fn)
    return None if _removed(own, _aliases(own, name), index) else subject


# -- a resource made by a property on every read --------------------------------------------------


def _property_opener(index: _Index, attr: ast.Attribute, source: str) -> _Family | None:
    """The `@property` of the class that `self.x` reads, when its getter returns a new
    executor, file or child process on each read (a cached property keeps one)."""
    cls = _class_of(index, attr)
    if cls is None:
        return None
    for item in cls.body:
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name == attr.attr \
                and [_text(d) for d in item.decorator_list] == ["property"]:
            return _opens(item, source, _OTHERS, ("property",))
    return None


def _resource_property_unreleased(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`self.x.submit(...)` or `pool = self.x` where the property `x` makes a new resource on
    each read, never released in the function (no `with`, `shutdown`, `close`, `wait`)."""
    matched = _matched(root, node, ast.Attribute)
    if matched is None:
        return None
    index, attr = matched
    if not isinstance(attr.value, ast.Name) or attr.value.id != "self":
        return None
    fn = _owner(index, attr)
    if fn is None or fn.name == attr.attr:
        return None
    family = _property_opener(index, attr, _text(index.tree))
    if family is None:
        return None
    parent = index.parents.get(id(attr))
    if isinstance(parent, ast.Attribute) and isinstance(index.parents.get(id(parent)), ast.Call):
        return None if parent.attr in family.releases else subject
    if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and \
            isinstance(parent.targets[0], ast.Name):
        return subject if _used_unreleased(_own_walk(fn), parent.targets[0].id,
                                           family) else None
    return None


# -- a condition notified before the state its waiters test changes -------------------------------

_NOTIFY: Final = frozenset({"notify", "notify_all", "notifyAll"})
_MUTATORS: Final = frozenset({"add", "append", "appendleft", "extend", "update", "discard",
                              "remove", "pop", "popleft", "clear", "insert", "setdefault"})


def _self_attr(node: ast.AST) -> str | None:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
            node.value.id == "self":
        return node.attr
    return None


def _conditions(cls: ast.ClassDef) -> set[str]:
    """The attributes of the class bound to `threading.Condition(...)`."""
    out: set[str] = set()
    for n in ast.walk(cls):
        if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call) and \
                re.search(r"(^|\.)Condition$", _text(n.value.func)):
            out |= {a for a in (_self_attr(t) for t in n.targets) if a}
    return out


def _predicates(cls: ast.ClassDef, conds: set[str]) -> set[str]:
    """The attributes the class's waiters test: `while <test on self.x>: self.cv.wait()`,
    `self.cv.wait_for(lambda: <test on self.x>)`."""
    out: set[str] = set()
    for n in ast.walk(cls):
        test: ast.AST | None = None
        if isinstance(n, ast.While) and any(
                isinstance(c, ast.Call) and isinstance(c.func, ast.Attribute) and
                c.func.attr == "wait" and _self_attr(c.func.value) in conds
                for b in n.body for c in ast.walk(b)):
            test = n.test
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and \
                n.func.attr == "wait_for" and _self_attr(n.func.value) in conds and n.args:
            test = n.args[0]
        if test is not None:
            out |= {a for a in (_self_attr(x) for x in ast.walk(test)) if a and a not in conds}
    return out


_waits: list[tuple[_Index, dict[int, tuple[set[str], set[str]]]]] = []


def _waited_on(index: _Index, cls: ast.ClassDef) -> tuple[set[str], set[str]]:
    """The class's conditions and the attributes its waiters test, read once per class of the
    file's current parse (the rule matches every `self.x(...)` call of a file that notifies)."""
    if not _waits or _waits[0][0] is not index:
        _waits[:] = [(index, {})]
    seen = _waits[0][1]
    if id(cls) not in seen:
        conds = _conditions(cls)
        seen[id(cls)] = (conds, _predicates(cls, conds) if conds else set())
    return seen[id(cls)]


def _notifies(call: ast.Call, cls: ast.ClassDef, conds: set[str]) -> bool:
    """`self.cv.notify_all()`, or `self.wake()` where `wake` does no more than that under
    `with self.cv:`."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in _NOTIFY:
        return _self_attr(func.value) in conds
    name = _self_attr(func)
    for item in cls.body:
        if isinstance(item, ast.FunctionDef) and item.name == name and not item.decorator_list:
            calls = [c for c in ast.walk(item) if isinstance(c, ast.Call)]
            return bool(calls) and all(
                isinstance(c.func, ast.Attribute) and c.func.attr in _NOTIFY and
                _self_attr(c.func.value) in conds for c in calls)
    return False


def _under_condition(index: _Index, node: ast.AST, conds: set[str], stop: ast.AST) -> bool:
    cur = index.parents.get(id(node))
    while cur is not None and cur is not stop:
        if isinstance(cur, (ast.With, ast.AsyncWith)) and any(
                _self_attr(item.context_expr) in conds for item in cur.items):
            return True
        cur = index.parents.get(id(cur))
    return False


def _changes(node: ast.AST, attrs: set[str]) -> bool:
    """`self.x = ...`, `self.x += ...`, `self.x[k] = ...`, `self.x.add(...)`."""
    if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        for t in targets:
            base = t.value if isinstance(t, ast.Subscript) else t
            if _self_attr(base) in attrs:
                return True
    if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) and \
            isinstance(node.value.func, ast.Attribute) and node.value.func.attr in _MUTATORS:
        return _self_attr(node.value.func.value) in attrs
    return False


def _notify_before_state_change(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A notify (direct or through a notifying helper of the class) followed, in the same
    function and outside the condition's `with`, by a change of an attribute the waiters'
    loop tests."""
    matched = _matched(root, node, ast.Call)
    if matched is None:
        return None
    index, call = matched
    fn, cls = _owner(index, call), _class_of(index, call)
    if fn is None or cls is None:
        return None
    conds, attrs = _waited_on(index, cls)
    if not conds or not _notifies(call, cls, conds):
        return None
    later: list[ast.AST] = []  # what runs after the call: its statement's followers, then
    cur: ast.AST = call        # those of each enclosing statement, up to the function's body
    while cur is not fn:
        up = index.parents.get(id(cur))
        if up is None:
            return None
        for field in ("body", "orelse", "finalbody"):
            block = getattr(up, field, None)
            if isinstance(block, list) and cur in block:
                later.extend(block[block.index(cur) + 1:])
        cur = up
    for after in later:
        for n in ast.walk(after):
            if _changes(n, attrs) and not _under_condition(index, n, conds, fn):
                return subject
    return None


CONRES30_FILTERS: Final = {
    "py-temp-file-unremoved": _temp_file_unremoved,
    "py-resource-property-unreleased": _resource_property_unreleased,
    "py-notify-before-state-change": _notify_before_state_change,
}
