"""forms-error-handling: premises of ruff's error-handling findings that ruff does not check."""

from __future__ import annotations

import ast

__all__ = ["errors_premise_fails"]


def errors_premise_fails(code: str, tree: ast.AST, line: int) -> bool:
    """True when a ruff finding of this round would state something false at `line`.

    B904 (a new exception raised in `except` without `from`) says the error it replaces is
    not kept as its cause; when the caught exception is handed to the new one
    (`raise InvalidURL(e, request=request)`), what it said goes with it, so the question's
    premise, an error lost, does not hold.
    """
    if code != "B904":
        return False
    for handler in ast.walk(tree):
        if not isinstance(handler, ast.ExceptHandler) or not handler.name:
            continue
        for node in ast.walk(handler):
            if (isinstance(node, ast.Raise) and node.lineno == line and node.exc is not None
                    and any(isinstance(n, ast.Name) and n.id == handler.name
                            for n in ast.walk(node.exc))):
                return True
    return False
