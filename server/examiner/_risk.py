"""A structural finding, and the small ast helpers the analysers share."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Risk:
    """One structural finding: its kind, line, the function it is in, and facts for the question."""

    kind: str
    line: int
    identifier: str
    detail: str
    facts: dict[str, Any] = field(default_factory=dict)


def src(node: ast.AST) -> str:
    try:
        return ast.unparse(node)
    except (ValueError, AttributeError, RecursionError):
        return ""


def names(node: ast.AST) -> set[str]:
    return {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
