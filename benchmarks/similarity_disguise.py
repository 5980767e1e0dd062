"""Plagiarised copies of a Python program at six levels of disguise, each adding to the last.

The levels follow the usual taxonomy of source-code plagiarism (Faidhi and Robinson's six):

1. comments and layout: comments dropped, the code re-laid out, blank lines moved;
2. renamed identifiers: every name the program defines (functions, variables, parameters);
3. reordered declarations: top-level functions, classes and imports shuffled;
4. extracted methods: the largest expressions moved into new helper functions;
5. reordered statements: adjacent statements that do not depend on each other swapped;
6. changed control structures: `for i in range(...)` as a `while` loop, `if`/`else` with the
   test negated and the branches swapped, `x += y` as `x = x + y`;
7. redundant statements: assignments to fresh, unused names inserted between statements (a
   level beyond the six, harder still).

Every transformation keeps the program's meaning (names are renamed consistently; only
statements with no name in common are swapped; an extracted expression takes its free
names as parameters). Deterministic for a given seed.
"""

from __future__ import annotations

import ast
import builtins
import random
from typing import Final

__all__ = ["LEVELS", "disguise"]

LEVELS: Final = ("comments_layout", "renamed", "reordered_declarations", "extracted_methods",
                 "reordered_statements", "changed_control", "redundant_statements")
_BUILTINS: Final = frozenset(dir(builtins)) | {"self", "cls", "__name__", "__file__"}
_WORDS: Final = ("data", "value", "item", "result", "count", "temp", "entry", "node", "acc",
                 "part", "piece", "elem", "thing", "record", "field", "slot", "token", "unit")


def _layout(source: str, rng: random.Random) -> str:
    """Comments gone, layout changed: unparsed, with blank lines added at random."""
    lines = ast.unparse(ast.parse(source)).splitlines()
    out = []
    for line in lines:
        out.append(line)
        if rng.random() < 0.15:
            out.append("")
    return "\n".join(out) + "\n"


class _Renamer(ast.NodeTransformer):
    """Every name the program binds, renamed consistently (builtins and imports kept)."""

    def __init__(self, tree: ast.Module, rng: random.Random) -> None:
        imported = {(a.asname or a.name).split(".")[0] for n in ast.walk(tree)
                    if isinstance(n, ast.Import | ast.ImportFrom) for a in n.names}
        bound: set[str] = set()
        for n in ast.walk(tree):
            if isinstance(n, ast.FunctionDef | ast.ClassDef):
                bound.add(n.name)
            elif isinstance(n, ast.arg):
                bound.add(n.arg)
            elif isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
                bound.add(n.id)
        bound -= _BUILTINS | imported
        bound = {name for name in bound if not name.startswith("__")}
        self.names = {name: f"{rng.choice(_WORDS)}_{i}" for i, name in enumerate(sorted(bound))}

    def visit_Name(self, node: ast.Name) -> ast.Name:
        node.id = self.names.get(node.id, node.id)
        return node

    def visit_arg(self, node: ast.arg) -> ast.arg:
        node.arg = self.names.get(node.arg, node.arg)
        return node

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        node.name = self.names.get(node.name, node.name)
        self.generic_visit(node)
        return node

    def visit_ClassDef(self, node: ast.ClassDef) -> ast.ClassDef:
        node.name = self.names.get(node.name, node.name)
        self.generic_visit(node)
        return node

    def visit_keyword(self, node: ast.keyword) -> ast.keyword:
        # a keyword argument names a parameter of the callee: rename it with the parameter
        if node.arg is not None:
            node.arg = self.names.get(node.arg, node.arg)
        self.generic_visit(node)
        return node


def _reorder_declarations(tree: ast.Module, rng: random.Random) -> None:
    """Shuffle the top-level imports among themselves and the definitions among themselves."""
    body = tree.body
    for kinds in ((ast.Import, ast.ImportFrom), (ast.FunctionDef, ast.ClassDef)):
        at = [i for i, n in enumerate(body) if isinstance(n, kinds)]
        moved = [body[i] for i in at]
        rng.shuffle(moved)
        for i, node in zip(at, moved, strict=True):
            body[i] = node


def _size(node: ast.AST) -> int:
    return sum(1 for _ in ast.walk(node))


def _free_names(expr: ast.expr) -> list[str]:
    bound = {n.id for n in ast.walk(expr) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    bound |= {a.arg for n in ast.walk(expr) if isinstance(n, ast.Lambda) for a in n.args.args}
    return sorted({n.id for n in ast.walk(expr) if isinstance(n, ast.Name)
                   and isinstance(n.ctx, ast.Load)} - bound - frozenset(dir(builtins)))


def _extract_methods(tree: ast.Module, rng: random.Random, count: int = 2) -> None:
    """Move the largest expressions inside functions into new top-level helpers."""
    candidates: list[tuple[int, ast.AST, str, ast.expr]] = []
    for fn in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]:
        for parent in ast.walk(fn):
            for field in ("value", "test", "iter"):
                expr = getattr(parent, field, None)
                if isinstance(expr, ast.expr) and not isinstance(parent, ast.expr) and \
                        _size(expr) >= 8 and not any(isinstance(n, ast.Yield | ast.YieldFrom |
                                                     ast.Await | ast.NamedExpr)
                                                     for n in ast.walk(expr)):
                    candidates.append((_size(expr), parent, field, expr))
    candidates.sort(key=lambda c: -c[0])
    helpers = []
    for i, (_, parent, field, expr) in enumerate(candidates[:count]):
        params = _free_names(expr)
        name = f"compute_{rng.choice(_WORDS)}_{i}"
        helpers.append(ast.FunctionDef(
            name=name, args=ast.arguments(posonlyargs=[], args=[ast.arg(p) for p in params],
                                          kwonlyargs=[], kw_defaults=[], defaults=[]),
            body=[ast.Return(expr)], decorator_list=[], returns=None, type_params=[]))
        setattr(parent, field, ast.Call(ast.Name(name, ast.Load()),
                                        [ast.Name(p, ast.Load()) for p in params], []))
    first_def = next((i for i, n in enumerate(tree.body)
                      if isinstance(n, ast.FunctionDef | ast.ClassDef)), len(tree.body))
    tree.body[first_def:first_def] = helpers


def _names(node: ast.AST) -> set[str]:
    found = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
    found |= {n.attr for n in ast.walk(node) if isinstance(n, ast.Attribute)}
    return found


def _movable(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Assign | ast.AugAssign | ast.AnnAssign | ast.Expr) and \
        not any(isinstance(n, ast.Call) for n in ast.walk(stmt))


def _reorder_statements(tree: ast.AST, rng: random.Random) -> None:
    """Swap adjacent simple statements that share no name (so neither can see the other)."""
    for node in ast.walk(tree):
        for field in ("body", "orelse"):
            body = getattr(node, field, None)
            if not isinstance(body, list):
                continue
            i = 0
            while i + 1 < len(body):
                a, b = body[i], body[i + 1]
                if _movable(a) and _movable(b) and not (_names(a) & _names(b)) and \
                        rng.random() < 0.8:
                    body[i], body[i + 1] = b, a
                    i += 2
                else:
                    i += 1


class _Control(ast.NodeTransformer):
    """for-range as while, negated if/else, augmented assignment spelt out."""

    def visit_For(self, node: ast.For) -> ast.AST | list[ast.stmt]:
        self.generic_visit(node)
        it = node.iter
        if not (isinstance(node.target, ast.Name) and isinstance(it, ast.Call)
                and isinstance(it.func, ast.Name) and it.func.id == "range"
                and 1 <= len(it.args) <= 2 and not it.keywords and not node.orelse
                and not any(isinstance(n, ast.Continue | ast.Break) for n in ast.walk(node))):
            return node
        start = it.args[0] if len(it.args) == 2 else ast.Constant(0)
        stop = it.args[-1]
        var = node.target.id
        return [
            ast.Assign([ast.Name(var, ast.Store())], start, lineno=0),
            ast.While(ast.Compare(ast.Name(var, ast.Load()), [ast.Lt()], [stop]),
                      [*node.body, ast.AugAssign(ast.Name(var, ast.Store()), ast.Add(),
                                                 ast.Constant(1))], []),
        ]

    def visit_If(self, node: ast.If) -> ast.If:
        self.generic_visit(node)
        if node.orelse and not (len(node.orelse) == 1 and isinstance(node.orelse[0], ast.If)):
            return ast.If(ast.UnaryOp(ast.Not(), node.test), node.orelse, node.body)
        return node

    def visit_AugAssign(self, node: ast.AugAssign) -> ast.AST:
        if isinstance(node.target, ast.Name):
            return ast.Assign([ast.Name(node.target.id, ast.Store())],
                              ast.BinOp(ast.Name(node.target.id, ast.Load()), node.op, node.value),
                              lineno=0)
        return node


def _insert_redundant(tree: ast.AST, rng: random.Random) -> None:
    """Put an assignment to a fresh, unused name after about every other statement."""
    made = 0
    for node in list(ast.walk(tree)):
        body = getattr(node, "body", None)
        if not isinstance(body, list) or isinstance(node, ast.ClassDef):
            continue
        out: list[ast.stmt] = []
        for stmt in body:
            out.append(stmt)
            if rng.random() < 0.5 and not isinstance(stmt, ast.Return | ast.Raise | ast.Continue
                                                     | ast.Break):
                made += 1
                out.append(ast.Assign([ast.Name(f"{rng.choice(_WORDS)}_x{made}", ast.Store())],
                                      ast.Constant(rng.randint(0, 99)), lineno=0))
        node.body = out  # type: ignore[attr-defined]


def disguise(source: str, level: int, seed: int = 0) -> str:
    """`source` disguised up to `level` (1..7), every level below it included."""
    rng = random.Random(seed)
    tree = ast.parse(source)
    if level >= 2:
        tree = _Renamer(tree, rng).visit(tree)
    if level >= 3:
        _reorder_declarations(tree, rng)
    if level >= 4:
        _extract_methods(tree, rng)
    if level >= 5:
        _reorder_statements(tree, rng)
    if level >= 6:
        tree = _Control().visit(tree)
    if level >= 7:
        _insert_redundant(tree, rng)
    ast.fix_missing_locations(tree)
    return _layout(ast.unparse(tree), rng)
