"""Premises of round cov-py's ruff codes, checked on the tree: each drops the documented
correct forms ruff also reports (probed over the standard library, flask and requests).

- F821 unless the name is a near miss of one the module binds (a typo; a helper a snippet
  or a module of the project defines is no defect of this file), and in a module that makes
  names at run time (`globals()`, `vars()`, `exec`, `eval`, an
  enum's `_convert_`/`global_enum`) or deletes module-level names.
- F811 unless both definitions are `def`/`class` statements of one body (two tests or two
  handlers of one name; not a placeholder bound first and a class later).
- PLW0127 unless it is `name = name` said directly in a method body, `name` one of its
  parameters (meant `self.name = name`); an `else: x = x` branch is a deliberate no-op.
- B020 unless the collection's name is read after the loop, before anything binds it again
  (where it now holds one item).
- RUF009 unless the call gives a per-instance value (a clock, a uuid, a random value) or
  builds an object of a class of the module's own (one object then shared).
- S108 on the bare directory `/tmp` (a default directory, not a file's name), or on a string
  that is no call's argument and no name's value (a dict entry of build settings).
- B904 (round forms-error-handling) when the caught exception is handed to the new one
  (`raise InvalidURL(e, request=request)`): what it said goes with it, so the premise, an
  error lost, does not hold; only its class handed on (`type(e).__name__`, `e.__class__`)
  says nothing of what went wrong, so the question stays (round r30-perferr).
"""

from __future__ import annotations

import ast
import re
from typing import Final

from .python import dotted

__all__ = ["covpy_premise_fails"]

_DYNAMIC_NAMES: Final = frozenset({"globals", "vars", "exec", "eval", "locals"})
_PER_INSTANCE: Final = re.compile(r"(^|\.)(now|utcnow|today|time|monotonic|perf_counter|"
                                  r"uuid\d|getpid|random|randint|randrange|choice|token_hex|"
                                  r"token_urlsafe|token_bytes|urandom)$")
_Fn = ast.FunctionDef | ast.AsyncFunctionDef


def _on_line(tree: ast.AST, line: int, kind: type | tuple[type, ...]) -> list[ast.AST]:
    return [n for n in ast.walk(tree) if isinstance(n, kind) and getattr(n, "lineno", 0) == line]


def _bodies(tree: ast.AST) -> list[list[ast.stmt]]:
    out: list[list[ast.stmt]] = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if isinstance(body, list) and body and isinstance(body[0], ast.stmt):
                out.append(body)
    return out


def _redefined_def(tree: ast.AST, line: int) -> bool:
    defs = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
    for body in _bodies(tree):
        for i, stmt in enumerate(body):
            if isinstance(stmt, defs) and stmt.lineno == line:
                decorated = any(dotted(d.func if isinstance(d, ast.Call) else d).split(".")[-1]
                                in ("overload", "setter", "getter", "deleter", "register")
                                for d in stmt.decorator_list)
                return not decorated and any(isinstance(s, defs) and s.name == stmt.name
                                             for s in body[:i])
    return False


def _self_assigned_parameter(tree: ast.AST, line: int) -> bool:
    for fn in ast.walk(tree):
        if not isinstance(fn, _Fn) or not fn.args.args or fn.args.args[0].arg not in ("self",
                                                                                    "cls"):
            continue
        params = {a.arg for a in fn.args.args[1:] + fn.args.kwonlyargs}
        for stmt in fn.body:
            if isinstance(stmt, ast.Assign) and stmt.lineno == line and \
                    len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name) and \
                    isinstance(stmt.value, ast.Name) and stmt.value.id == stmt.targets[0].id \
                    and stmt.value.id in params:
                return True
    return False


def _read_after_loop(tree: ast.AST, line: int) -> bool:
    """The loop's name is read by a statement after the loop in the same body, before
    anything binds it again."""
    for body in _bodies(tree):
        for i, loop in enumerate(body):
            if not (isinstance(loop, (ast.For, ast.AsyncFor)) and loop.lineno == line and
                    isinstance(loop.target, ast.Name)):
                continue
            name = loop.target.id
            for stmt in body[i + 1:]:
                names = sorted((n for n in ast.walk(stmt) if isinstance(n, ast.Name) and
                                n.id == name), key=lambda n: (n.lineno, n.col_offset))
                if names:
                    return isinstance(names[0].ctx, ast.Load) and not (
                        isinstance(stmt, ast.Assign) and any(
                            isinstance(t, ast.Name) and t.id == name for t in stmt.targets))
            return False
    return False


def _per_instance_default(tree: ast.AST, line: int) -> bool:
    own = {n.name for n in ast.walk(tree) if isinstance(n, ast.ClassDef)}
    for call in _on_line(tree, line, ast.Call):
        assert isinstance(call, ast.Call)
        name = dotted(call.func)
        if _PER_INSTANCE.search(name) or name in own:
            return True
    return False


def _used_as_path(tree: ast.AST, line: int) -> bool:
    """A string on the line is an argument of a call, or the value a name is bound to (not a
    dict's entry or a list item)."""
    for node in ast.walk(tree):
        values: list[ast.expr] = []
        if isinstance(node, ast.Call):
            values = [*node.args, *(k.value for k in node.keywords)]
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            values = [node.value]
        for value in values:
            if value.lineno <= line <= (value.end_lineno or value.lineno) and \
                    isinstance(value, (ast.Constant, ast.JoinedStr, ast.BinOp)):
                return True
    return False


def _distance(a: str, b: str) -> int:
    """Levenshtein distance (the names are short)."""
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def _bound_names(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            names.add(n.id)
        elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(n.name)
        elif isinstance(n, ast.arg):
            names.add(n.arg)
        elif isinstance(n, ast.alias):
            names.add((n.asname or n.name).split(".")[0])
    return names


def _misspelt(tree: ast.AST, name: str) -> bool:
    """The undefined name is a near miss of a name the module binds (`totl` for `total`,
    `Userid` for `userid`): a typo, not a helper the snippet leaves out."""
    if len(name) < 4:
        return False
    limit = 2 if len(name) >= 7 else 1
    return any(other != name and (other.lower() == name.lower() or
                                  (abs(len(other) - len(name)) <= limit and
                                  _distance(other, name) <= limit))
               for other in _bound_names(tree))


def _cause_handed_on(tree: ast.AST, line: int) -> bool:
    """The `raise` on `line`, inside an `except ... as name`, builds its exception from `name`."""
    for handler in ast.walk(tree):
        if not isinstance(handler, ast.ExceptHandler) or not handler.name:
            continue
        for node in ast.walk(handler):
            if (isinstance(node, ast.Raise) and node.lineno == line and node.exc is not None
                    and _says_more_than_its_class(node.exc, handler.name)):
                return True
    return False


def _says_more_than_its_class(exc: ast.expr, name: str) -> bool:
    """`name` reaches the new exception other than as its class alone (`type(err).__name__`,
    `err.__class__`): only the class name says nothing of what went wrong (round r30-perferr)."""
    class_only: set[int] = set()
    for node in ast.walk(exc):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "type" and len(node.args) == 1):
            class_only.add(id(node.args[0]))
        elif isinstance(node, ast.Attribute) and node.attr == "__class__":
            class_only.add(id(node.value))
    return any(isinstance(n, ast.Name) and n.id == name and id(n) not in class_only
               for n in ast.walk(exc))


def covpy_premise_fails(code: str, tree: ast.AST, line: int, message: str = "") -> bool:
    """True when ruff's `code` on `line` is one of the correct forms the round left out."""
    if code == "F821":
        name = re.search(r"`([^`]+)`", message)
        if name is None or not _misspelt(tree, name.group(1)):
            return True
        module_del = isinstance(tree, ast.Module) and any(isinstance(s, ast.Delete)
                                                          for s in tree.body)
        return module_del or any((isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and
                   n.func.id in _DYNAMIC_NAMES) or (isinstance(n, (ast.Name, ast.Attribute)) and
                   dotted(n).endswith(("global_enum", "_convert_"))) for n in ast.walk(tree))
    if code == "F811":
        return not _redefined_def(tree, line)
    if code == "B904":
        return _cause_handed_on(tree, line)
    if code == "PLW0127":
        return not _self_assigned_parameter(tree, line)
    if code == "B020":
        return not _read_after_loop(tree, line)
    if code == "RUF009":
        return not _per_instance_default(tree, line)
    if code == "S108":
        texts = [n.value for n in _on_line(tree, line, ast.Constant)
                 if isinstance(n, ast.Constant) and isinstance(n.value, str)]
        if texts and all(t.rstrip("/") in ("/tmp", "/var/tmp", "/usr/tmp", "/dev/shm")
                         for t in texts):
            return True
        return not _used_as_path(tree, line)
    return False
