"""A structural finding, and the small ast helpers the analysers share."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field

from .finding_facts import Facts, RuleFacts


@dataclass
class Risk:
    """One structural finding: its kind, line, the function it is in, and facts for the question."""

    kind: str
    line: int
    identifier: str
    detail: str
    facts: Facts = field(default_factory=Facts)
    """The analyser's own parts (cost, shared state, a call, ...); the place is added later."""


def rule_risk(kind: str, line: int, fn: str, detail: str, rule: str, severity: str, subject: str,
              question: str) -> Risk:
    """A finding of one of the Python checks that ask their own question (by rule id)."""
    return Risk(kind, line, fn, detail, Facts(rule=RuleFacts(rule, severity, subject, question)))


def src(node: ast.AST) -> str:
    try:
        return ast.unparse(node)
    except (ValueError, AttributeError, RecursionError):
        return ""


def names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}


def own_nodes(function: ast.FunctionDef | ast.AsyncFunctionDef | ast.For | ast.AsyncFor
              ) -> list[ast.AST]:
    """The nodes of a function's (or a loop's) body, without those of functions, lambdas or
    classes nested in it."""
    out: list[ast.AST] = []
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        out.append(node)
        for child in ast.iter_child_nodes(node):
            if not isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef,
                                      ast.Lambda)):
                stack.append(child)
    return out


_WALKED: dict[int, tuple[ast.AST, list[ast.AST]]] = {}


def walk(node: ast.AST) -> list[ast.AST]:
    """Every node under node, listed once per analysis (the passes share the list)."""
    hit = _WALKED.get(id(node))
    if hit is not None and hit[0] is node:
        return hit[1]
    nodes = list(ast.walk(node))
    _WALKED[id(node)] = (node, nodes)
    return nodes


def forget() -> None:
    """Drop the listed nodes of the previous analysis."""
    _WALKED.clear()
