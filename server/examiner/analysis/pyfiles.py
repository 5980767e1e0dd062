"""Files a Python function leaves behind or half-written, with ``ast``.

- A directory made with `tempfile.mkdtemp()` that the function neither removes nor hands on:
  the tempfile docs say "the user of mkdtemp() is responsible for deleting the temporary
  directory and its contents when done with it", so every call leaves one more behind
  (CWE-459, incomplete cleanup). Handed on means returned or yielded (also inside a structure,
  or as a path built from it), stored on an object or in a collection, moved away, or given to
  a clean-up (`atexit.register`, `addCleanup`, `weakref.finalize`, `ExitStack.callback`, a
  function of the module that removes it). A directory removed only when nothing raises is
  `py-temp-dir-removed-on-success-only` (rules/python.yaml).
- A file the function is given opened with mode "w" (which truncates it at once: the `open()`
  docs), then a `raise` inside the loop that writes it: a bad record half-way leaves the old
  contents gone and the new ones cut short. The safe form writes a temporary file in the same
  folder and moves it over the old one with `os.replace` (its docs: the rename is atomic), or
  checks every record before opening. Left alone: a path named as a temporary or partial file,
  a function that removes or replaces the file, modes that do not truncate ("a", "x", "r+").
"""

from __future__ import annotations

import ast
import re
from typing import Final

from .python import dotted, last_name, parameter_names
from .risk import Risk, own_nodes, rule_risk
from .risk import src as _src

__all__ = ["QUESTIONS", "file_risks"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

_TEMP_DIR_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What is left on "
                      "the disk after this has run a thousand times, and how would you write it?")
_TRUNCATED_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What is in "
                       "that file after a bad record half-way through, and how would you write it "
                       "so the old contents survive a failure?")

TEMP_DIR_RULE: Final = "py-temp-dir-never-removed"
TRUNCATED_RULE: Final = "py-output-truncated-before-check"
QUESTIONS: Final = {TEMP_DIR_RULE: _TEMP_DIR_Q, TRUNCATED_RULE: _TRUNCATED_Q}
"""The checks here, by id (as the other Python checks' QUESTIONS)."""

_MKDTEMP: Final = frozenset({"tempfile.mkdtemp", "mkdtemp"})
_PATH_WRAPPERS: Final = frozenset({"Path", "pathlib.Path", "os.path.realpath", "os.path.abspath",
                                   "str", "os.fspath"})
"""Calls that give the same directory back in another form (`Path(tempfile.mkdtemp())`)."""
_REMOVERS: Final = frozenset({"rmtree", "rmdir", "removedirs"})
_COLLECT: Final = frozenset({"append", "add", "extend", "insert", "put", "put_nowait",
                             "setdefault", "update", "appendleft"})
"""Methods that put a value in a collection: a local one carries the directory on with it, any
other (`self._dirs.append(d)`, a module's list, a parameter) keeps it for someone else."""
_HANDED_TO: Final = frozenset({
    "register", "addCleanup", "addfinalizer", "finalize", "callback", "push", "enter_context",
    "move", "rename", "replace", *_COLLECT})
"""Methods and functions that keep the directory for someone else, hand it to a clean-up, or
move it out of the temporary area (`atexit.register(shutil.rmtree, d)`, `self._dirs.append(d)`,
`shutil.move(d, dest)`)."""
_CLEANUP_NAME: Final = re.compile(r"(?i)(clean|remove|delete|purge|dispose|discard|teardown)")
"""A callee, a flag or a helper named for removing (`remove_build_dir`, `_cleanup(d)`): the
directory's removal is decided somewhere the function names."""
_KEPT_NAME: Final = re.compile(r"(?i)(persist|keep|kept|cache|permanent)")
"""A directory named as one meant to outlive the call (`persistent_dir`)."""
_SHOWN: Final = frozenset({"print", "echo", "secho"})
"""Calls that show the path to the person running the program: a place left for them."""
_TEMP_NAME: Final = re.compile(r"(?i)(te?mp|partial|\.part\b|staging|scratch|draft)")
"""A path named as a temporary or partial file: writing it first is the safe form."""
_REPLACES: Final = frozenset({"os.replace", "os.rename", "shutil.move", "os.remove", "os.unlink"})
_WRITE_CALLS: Final = frozenset({"write", "writelines", "writerow", "writerows", "dump",
                                 "print", "writeheader"})


def _risk(kind: str, line: int, fn: str, detail: str, rule: str, subject: str) -> Risk:
    return rule_risk(kind, line, fn, detail, rule, "warning", subject, QUESTIONS[rule])


# --- a temporary directory never removed --------------------------------------------------------

def _unwrapped(node: ast.AST) -> ast.AST:
    """`Path(tempfile.mkdtemp())` -> the inner call; anything else as it is."""
    while isinstance(node, ast.Call) and dotted(node.func) in _PATH_WRAPPERS and \
            len(node.args) == 1:
        node = node.args[0]
    return node


def _mkdtemp(node: ast.AST) -> bool:
    """A call to `mkdtemp` with no parent directory chosen (`dir=`: a scratch area the caller
    may clean as a whole)."""
    node = _unwrapped(node)
    return isinstance(node, ast.Call) and dotted(node.func) in _MKDTEMP and \
        not any(k.arg == "dir" for k in node.keywords) and len(node.args) < 3


def _mentions(node: ast.AST | None, names: set[str]) -> bool:
    return node is not None and any(isinstance(n, ast.Name) and n.id in names
                                    for n in ast.walk(node))


def _carries(node: ast.AST | None, names: set[str]) -> bool:
    """The value can hold one of the names' paths: `d`, `(d, n)`, `{"out": d}`, `Result(out=d)`
    (a class: CapWords), `str(d)`, `os.path.join(d, f)`, `d.resolve()`; not `len(files)`,
    `d is None` or `checksum(out)`, which give back a count, a truth value or what a function
    computed from the files."""
    if node is None:
        return False
    if isinstance(node, ast.Name):
        return node.id in names
    if isinstance(node, ast.Compare) or (isinstance(node, ast.UnaryOp) and
                                         isinstance(node.op, ast.Not)):
        return False
    if isinstance(node, ast.Call):
        name = dotted(node.func)
        if isinstance(node.func, ast.Attribute) and _carries(node.func.value, names):
            return True  # a method of the path itself
        if not (name in _PATH_WRAPPERS or name.startswith("os.path.") or
                name in ("dict", "list", "tuple", "set", "frozenset") or
                last_name(node.func)[:1].isupper()):
            return False
        return any(_carries(a, names) for a in (*node.args, *(k.value for k in node.keywords)))
    return any(_carries(child, names) for child in ast.iter_child_nodes(node))


def _derived(nodes: list[ast.AST], seed: str, local: set[str]) -> set[str]:
    """The seed and every local name built from it (`out = os.path.join(d, "x")`), or a local
    collection it is put in (`thumbs.append(dst)`), to a fixed point; not what a call computed
    from it (`url = storage.upload(d)`: a new value, not the directory, ``_carries``)."""
    names = {seed}
    changed = True
    while changed:
        changed = False
        for node in nodes:
            found: list[ast.AST] = []
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None and \
                    _carries(node.value, names):
                found = list(node.targets) if isinstance(node, ast.Assign) else [node.target]
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                    node.func.attr in _COLLECT and isinstance(node.func.value, ast.Name) and \
                    node.func.value.id in local and any(_mentions(a, names) for a in node.args):
                found = [node.func.value]
            for target in found:
                for name in ast.walk(target):
                    if isinstance(name, ast.Name) and name.id not in names:
                        names.add(name.id)
                        changed = True
    return names


def _module_cleaners(tree: ast.Module) -> set[str]:
    """Functions of the module that remove a directory (`def _cleanup(d): shutil.rmtree(d)`)."""
    return {n.name for n in ast.walk(tree) if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)
            and any(isinstance(c, ast.Call) and last_name(c.func) in _REMOVERS for c in ast.walk(n))}


def _handed_on(nodes: list[ast.AST], names: set[str], local: set[str], cleaners: set[str]
               ) -> bool:
    """The directory (or a path built from it) leaves the function's hands: returned, yielded,
    stored outside a local, kept in a collection, moved, or given to a clean-up."""
    for node in nodes:
        if isinstance(node, ast.Return | ast.Yield | ast.YieldFrom) and \
                _carries(node.value, names):
            return True
        if isinstance(node, ast.Assign | ast.AugAssign | ast.AnnAssign) and \
                node.value is not None and _mentions(node.value, names):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            if any(not isinstance(t, ast.Name | ast.Tuple | ast.List) for t in targets):
                return True
        if isinstance(node, ast.Global | ast.Nonlocal) and names & set(node.names):
            return True
        if isinstance(node, ast.Call):
            name = last_name(node.func)
            args = [*node.args, *(k.value for k in node.keywords)]
            if name in _REMOVERS:
                return True
            if not any(_mentions(a, names) for a in args) and \
                    not (name in ("rename", "replace") and _mentions(node.func, names)):
                continue
            if name in _COLLECT and isinstance(node.func, ast.Attribute) and \
                    isinstance(node.func.value, ast.Name) and node.func.value.id in local:
                continue  # a local collection: followed by _derived
            if name in _HANDED_TO or name in cleaners or name in _SHOWN or \
                    _CLEANUP_NAME.search(name):
                return True
    return False


def _locals(fn: _Fn, nodes: list[ast.AST]) -> set[str]:
    """Names the function binds itself (not its parameters, nor names it declares global)."""
    declared = {n for node in nodes if isinstance(node, ast.Global | ast.Nonlocal)
                for n in node.names}
    bound = {n.id for node in nodes for n in ast.walk(node)
             if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    return bound - declared - parameter_names(fn)


_USES_ONLY: Final = frozenset({"run", "call", "check_call", "check_output", "Popen", "chdir",
                               "copytree", "copy", "copy2", "copyfile", "unpack_archive",
                               "extractall", "extract"})
"""Calls that work in a directory and keep no hold of it (a constructor, `super().__init__(
folder=mkdtemp())`, may store it for a `close` that removes it)."""


def _made_and_dropped(nodes: list[ast.AST]) -> ast.Call | None:
    """A statement that only calls something with a new `mkdtemp()` as an argument
    (`subprocess.run(cmd, cwd=tempfile.mkdtemp())`, `os.chdir(mkdtemp())`) that works in it
    and keeps no hold of it (``_USES_ONLY``): the path is never named, so nothing can remove
    it."""
    for node in nodes:
        if not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Call)):
            continue
        call = node.value
        if last_name(call.func) not in _USES_ONLY:
            continue
        if any(_mkdtemp(a) for a in (*call.args, *(k.value for k in call.keywords))):
            return call
    return None


def _temp_dir_never_removed(fn: _Fn, nodes: list[ast.AST], cleaners: set[str],
                            out: list[Risk]) -> None:
    dropped = _made_and_dropped(nodes)
    if dropped is not None:
        detail = (f"passes a new `mkdtemp` directory straight to `{last_name(dropped.func)}` and "
                  "keeps no name for it, so nothing can remove it and every call leaves one "
                  "behind")
        out.append(_risk("resource_leak", dropped.lineno, fn.name, detail, TEMP_DIR_RULE,
                         _src(dropped)))
        return
    for node in nodes:
        if isinstance(node, ast.AnnAssign) and node.value is not None and \
                isinstance(node.target, ast.Name) and _mkdtemp(node.value):
            target = node.target  # `work: str = tempfile.mkdtemp()`
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name) and _mkdtemp(node.value):
            target = node.targets[0]
        else:
            continue
        name = target.id
        if _KEPT_NAME.search(name) or any(
                isinstance(n, ast.Name) and _CLEANUP_NAME.search(n.id) for n in nodes):
            continue
        local = _locals(fn, nodes)
        if _handed_on(nodes, _derived(nodes, name, local), local, cleaners):
            continue
        detail = (f"makes the temporary directory `{name}` with `mkdtemp` and never removes it "
                  "or hands it on, so every call leaves one behind")
        out.append(_risk("resource_leak", node.lineno, fn.name, detail, TEMP_DIR_RULE,
                         _src(node)))
        return


# --- a live file truncated before its records are checked ------------------------------------

def _truncating_open(item: ast.withitem, params: set[str]) -> tuple[str, str]:
    """The path's text and the handle's name when the item opens a path the function was given
    with a mode that truncates (`open(path, "w")`, `path.open("w")`, `open(self.path,
    mode="wb")`), else ('', '')."""
    call = item.context_expr
    if not (isinstance(call, ast.Call) and isinstance(item.optional_vars, ast.Name)):
        return "", ""
    if dotted(call.func) in ("open", "io.open") and call.args:
        target, mode_args = call.args[0], call.args[1:2]
    elif isinstance(call.func, ast.Attribute) and call.func.attr == "open" and \
            isinstance(call.func.value, ast.Name | ast.Attribute):
        target, mode_args = call.func.value, call.args[:1]
    else:
        return "", ""
    modes = [*mode_args, *(k.value for k in call.keywords if k.arg == "mode")]
    if not (modes and isinstance(modes[0], ast.Constant) and isinstance(modes[0].value, str)
            and modes[0].value.startswith("w")):
        return "", ""
    path = _src(target)
    given = (isinstance(target, ast.Name) and target.id in params) or \
        re.fullmatch(r"self\.\w+", path) is not None
    if not given or _TEMP_NAME.search(path):
        return "", ""
    return path, item.optional_vars.id


def _writes(body: list[ast.stmt], handle: str) -> bool:
    """The block writes through the handle: `fh.write(...)`, `json.dump(x, fh)`, `print(...,
    file=fh)`, or a writer made from it (`csv.writer(fh)`, then `writer.writerow(...)`)."""
    nodes = [n for stmt in body for n in ast.walk(stmt)]
    return any(isinstance(c, ast.Call) and last_name(c.func) in _WRITE_CALLS for c in nodes) and \
        any(isinstance(n, ast.Name) and n.id == handle and isinstance(n.ctx, ast.Load)
            for n in nodes)


def _loop_raise(body: list[ast.stmt]) -> ast.Raise | None:
    """A `raise` inside a loop of the block (not in a function defined there)."""
    for stmt in body:
        for loop in ast.walk(stmt):
            if not isinstance(loop, ast.For | ast.AsyncFor | ast.While):
                continue
            stack: list[ast.AST] = [*loop.body]
            raises: list[ast.Raise] = []
            while stack:
                node = stack.pop()
                if isinstance(node, ast.Raise):
                    raises.append(node)
                elif not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda |
                                    ast.ClassDef):
                    stack.extend(ast.iter_child_nodes(node))
            if raises:
                return min(raises, key=lambda r: r.lineno)
    return None


def _removes_or_replaces(nodes: list[ast.AST]) -> bool:
    """The function removes a file or moves one over another (`os.replace(tmp, path)`,
    `path.unlink()`, `tmp.rename(path)`): it cleans up a failed write or writes atomically."""
    return any(isinstance(n, ast.Call) and (dotted(n.func) in _REPLACES or
                                            last_name(n.func) in ("unlink", "rename"))
               for n in nodes)


def _truncated_before_check(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    params = parameter_names(fn)
    if not params and "self" not in {a.arg for a in fn.args.args}:
        return
    for node in nodes:
        if not isinstance(node, ast.With | ast.AsyncWith):
            continue
        for item in node.items:
            path, handle = _truncating_open(item, params)
            if not handle:
                continue
            raised = _loop_raise(node.body)
            if raised is None or not _writes(node.body, handle) or \
                    _removes_or_replaces(nodes):
                continue
            detail = (f"opens `{path}` with mode \"w\", which empties the file at once, and "
                      f"raises on line {raised.lineno} while still writing it")
            out.append(_risk("wrong_result", node.lineno, fn.name, detail, TRUNCATED_RULE,
                             _src(item.context_expr)))
            return


def file_risks(tree: ast.Module, functions: list[_Fn]) -> list[Risk]:
    """The findings above in the given functions of the module."""
    out: list[Risk] = []
    cleaners: set[str] | None = None
    for fn in functions:
        nodes = own_nodes(fn)
        if any(isinstance(n, ast.Call) and last_name(n.func) == "mkdtemp" for n in nodes):
            if cleaners is None:
                cleaners = _module_cleaners(tree)
            _temp_dir_never_removed(fn, nodes, cleaners, out)
        _truncated_before_check(fn, nodes, out)
    return out
