"""Checks for the rules of round cov-py (``rules/python.yaml`` names them in ``filter``):

- ``Thread.run()`` called where ``start()`` was meant (the threading docs, Thread objects:
  "start() ... arranges for the object's run() method to be invoked in a separate thread of
  control"; `run()` called directly runs the target in the caller's thread): the receiver is
  bound to a `Thread(...)` in the same scope, or is the loop variable over a list of them;
- a dict looped over with two names and no `.items()` (pylint E1141 dict-iter-missing-items;
  the tutorial, Looping Techniques: "the key and corresponding value can be retrieved at the
  same time using the items() method"): the name is annotated as a dict or bound to one;
- a string with `{name}` placeholders and no `f` prefix, printed, logged, raised, returned or
  written where the names are the function's own (ruff RUF027, missing-f-string-syntax): the
  braces reach the output as they are.

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Final

from .python import dotted, last_name, parent_map, parsed_module
from .trees import line_of, source_of

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["COVPY_FILTERS"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef
_DICT_TYPES: Final = re.compile(r"^(typing\.)?(dict|Dict|Mapping|MutableMapping|DefaultDict|"
                                r"defaultdict|OrderedDict|Counter)\b")
_DICT_CALLS: Final = frozenset({"dict", "defaultdict", "OrderedDict", "Counter"})
_PLACEHOLDER: Final = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)(?:\.\w+|\[[^\]]*\])*(?:![rsa])?"
                                 r"(?::[^{}]*)?\}(?!\})")
_SHOWN_BY: Final = frozenset({"print", "write", "debug", "info", "warning", "warn", "error",
                              "exception", "critical", "echo", "secho", "append", "send",
                              "sendall"})


def _scope(node: ast.AST, parents: dict[int, ast.AST]) -> ast.AST | None:
    cur = parents.get(id(node))
    while cur is not None and not isinstance(cur, (ast.FunctionDef, ast.AsyncFunctionDef,
                                                   ast.Module)):
        cur = parents.get(id(cur))
    return cur


def _bound(scope: ast.AST, name: str) -> Iterator[ast.expr]:
    """The values `name` is assigned (or annotated with) in the scope's own statements."""
    for node in ast.walk(scope):
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name
                                                for t in node.targets):
            yield node.value
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and \
                node.target.id == name:
            yield node.annotation
            if node.value is not None:
                yield node.value


def _is_thread(value: ast.expr) -> bool:
    return isinstance(value, ast.Call) and last_name(value.func) == "Thread"


def _threads(value: ast.expr) -> bool:
    """A list (or comprehension) of `Thread(...)`s."""
    if isinstance(value, (ast.List, ast.Tuple)):
        return bool(value.elts) and all(_is_thread(e) for e in value.elts)
    return isinstance(value, (ast.ListComp, ast.GeneratorExp)) and _is_thread(value.elt)


def _thread_run_called(root: SgNode, node: SgNode, subject: str) -> str | None:
    tree = parsed_module(source_of(root))
    if tree is None:
        return None
    parents = parent_map(tree)
    line = line_of(node)
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and call.lineno == line and not call.args and
                isinstance(call.func, ast.Attribute) and call.func.attr == "run" and
                isinstance(call.func.value, ast.Name)):
            continue
        name = call.func.value.id
        scope = _scope(call, parents)
        if scope is None:
            continue
        if any(_is_thread(v) for v in _bound(scope, name)):
            return name
        # `for t in threads: t.run()` with `threads = [Thread(...) for ...]`
        for loop in ast.walk(scope):
            if isinstance(loop, ast.For) and isinstance(loop.target, ast.Name) and \
                    loop.target.id == name and isinstance(loop.iter, ast.Name) and \
                    any(_threads(v) for v in _bound(scope, loop.iter.id)):
                return name
    return None


def _is_dict(value: ast.expr) -> bool:
    if isinstance(value, (ast.Dict, ast.DictComp)):
        return True
    if isinstance(value, ast.Call):
        return last_name(value.func) in _DICT_CALLS
    return bool(_DICT_TYPES.match(dotted(value.value if isinstance(value, ast.Subscript)
                                         else value)))


def _dict_unpacked_without_items(root: SgNode, node: SgNode, subject: str) -> str | None:
    tree = parsed_module(source_of(root))
    if tree is None:
        return None
    parents = parent_map(tree)
    line = line_of(node)
    for loop in ast.walk(tree):
        if not (isinstance(loop, (ast.For, ast.AsyncFor, ast.comprehension)) and
                isinstance(loop.target, ast.Tuple) and isinstance(loop.iter, ast.Name) and
                getattr(loop.iter, "lineno", 0) == line):
            continue
        name = loop.iter.id
        scope = _scope(loop.iter, parents)
        if scope is None:
            continue
        values = list(_bound(scope, name))
        stores = [n for n in ast.walk(scope) if isinstance(n, ast.Name) and n.id == name and
                  isinstance(n.ctx, ast.Store)]
        assigned = [t for n in ast.walk(scope) if isinstance(n, (ast.Assign, ast.AnnAssign))
                    for t in (n.targets if isinstance(n, ast.Assign) else [n.target])
                    if isinstance(t, ast.Name) and t.id == name]
        if len(stores) > len(assigned):
            continue  # also bound by a loop, a `with` or an unpacking: not known to be a dict
        if isinstance(scope, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = [a for a in scope.args.posonlyargs + scope.args.args +
                      scope.args.kwonlyargs if a.arg == name]
            if any(a.annotation is None for a in params):
                continue  # a parameter of unknown type (typing's `types`, rebound later)
            values += [a.annotation for a in params if a.annotation is not None]
        # every binding of the name is a dict: a name rebound to a list of pairs is not one;
        # and its keys are not pairs themselves (`qty[(loc, sku)]`: unpacking a key is right)
        if values and all(_is_dict(v) for v in values) and \
                not _tuple_keyed(scope, name, values):
            return name
    return None


def _tuple_keyed(scope: ast.AST, name: str, values: list[ast.expr]) -> bool:
    """Whether the dict's keys are tuples: a tuple annotation of its keys (`Dict[Tuple[str,
    str], int]`), a tuple key in its display, or a subscript of it with a tuple (written there
    or held in a name assigned one)."""
    tuples = {t.id for n in ast.walk(scope) if isinstance(n, ast.Assign) and
              isinstance(n.value, ast.Tuple) for t in n.targets if isinstance(t, ast.Name)}
    for value in values:
        if isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Tuple) and \
                value.slice.elts and "tuple" in ast.unparse(value.slice.elts[0]).lower():
            return True
        if isinstance(value, ast.Dict) and any(isinstance(k, ast.Tuple) for k in value.keys):
            return True
        if isinstance(value, ast.DictComp) and isinstance(value.key, ast.Tuple):
            return True
    for n in ast.walk(scope):
        if isinstance(n, ast.AnnAssign) and isinstance(n.target, ast.Name) and \
                n.target.id == name and isinstance(n.annotation, ast.Subscript) and \
                isinstance(n.annotation.slice, ast.Tuple) and n.annotation.slice.elts and \
                "tuple" in ast.unparse(n.annotation.slice.elts[0]).lower():
            return True
        if isinstance(n, ast.Subscript) and isinstance(n.value, ast.Name) and \
                n.value.id == name and (isinstance(n.slice, ast.Tuple) or
                                        (isinstance(n.slice, ast.Name) and n.slice.id in tuples)):
            return True
    return False


def _own_names(fn: ast.AST) -> set[str]:
    names = {n.id for n in ast.walk(fn) if isinstance(n, ast.Name) and
             isinstance(n.ctx, ast.Store)}
    if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
        args = fn.args
        names |= {a.arg for a in args.posonlyargs + args.args + args.kwonlyargs}
        names |= {a.arg for a in (args.vararg, args.kwarg) if a is not None}
    return names - {"self", "cls"}


def _shown(const: ast.Constant, parents: dict[int, ast.AST]) -> bool:
    """The string goes straight to the output: printed, logged, written, raised or returned
    (not formatted later, not a template handed to a formatter)."""
    up = parents.get(id(const))
    if isinstance(up, ast.Return):
        return True
    if isinstance(up, ast.Call) and const in up.args:
        name = last_name(up.func)
        if name in _SHOWN_BY:
            return True
        # an exception built with the message: `raise ValueError("... {name}")`
        return isinstance(parents.get(id(up)), ast.Raise) and up.args[0] is const
    return False


def _missing_f_prefix(root: SgNode, node: SgNode, subject: str) -> str | None:
    source = source_of(root)
    tree = parsed_module(source)
    if tree is None or re.search(r"\.format(_map)?\(|\bTemplate\(|gettext|\b_\(", source):
        return None  # strings formatted later somewhere in the module: a template, maybe this
    parents = parent_map(tree)
    line = line_of(node)
    for const in ast.walk(tree):
        if not (isinstance(const, ast.Constant) and isinstance(const.value, str) and
                const.lineno == line and not isinstance(parents.get(id(const)),
                                                        ast.JoinedStr)):
            continue
        found = list(_PLACEHOLDER.finditer(const.value))
        names = [m.group(1) for m in found]
        scope = _scope(const, parents)
        if not names or scope is None or isinstance(scope, ast.Module) or \
                not _shown(const, parents):
            continue
        own = _own_names(scope)
        if all(n in own for n in names):
            return found[0].group(0)
    return None


COVPY_FILTERS: Final = {
    "py-thread-run-called": _thread_run_called,
    "py-dict-unpacked-without-items": _dict_unpacked_without_items,
    "py-missing-f-prefix": _missing_f_prefix,
}
