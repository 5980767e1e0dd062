"""What the tree-sitter fact sheets (`_factsheet_trees`, `_factsheet_native`) share: each
language's loops and functions, where a node sits among them, and reading a file's tree."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from ast_grep_py import SgNode, SgRoot

from ._facttypes import FactSheet
from .analysis.trees import grammar_of

__all__ = ["FUNCTIONS", "LOOPS", "in_loop", "own", "owner", "read_tree"]

LOOPS: Final = {
    "javascript": ("for_statement", "for_in_statement", "while_statement", "do_statement"),
    "typescript": ("for_statement", "for_in_statement", "while_statement", "do_statement"),
    "go": ("for_statement",),
    "java": ("for_statement", "enhanced_for_statement", "while_statement", "do_statement"),
    "c": ("for_statement", "while_statement", "do_statement"),
    "cpp": ("for_statement", "while_statement", "do_statement", "for_range_loop"),
    "rust": ("for_expression", "while_expression", "loop_expression"),
}
FUNCTIONS: Final = {
    "javascript": ("function_declaration", "method_definition", "arrow_function",
                   "function_expression", "function"),
    "typescript": ("function_declaration", "method_definition", "arrow_function",
                   "function_expression", "function"),
    "go": ("function_declaration", "method_declaration", "func_literal"),
    "java": ("method_declaration", "constructor_declaration", "lambda_expression"),
    "c": ("function_definition",),
    "cpp": ("function_definition", "lambda_expression"),
    "rust": ("function_item", "closure_expression"),
}


def owner(node: SgNode, language: str) -> SgNode | None:
    """The function a node is in (the innermost), or None at file level."""
    return next((a for a in node.ancestors() if a.kind() in FUNCTIONS[language]), None)


def own(function: SgNode, language: str, kind: str) -> list[SgNode]:
    """Nodes of a kind inside a function, without those of functions nested in it."""
    return [n for n in function.find_all(kind=kind) if owner(n, language) == function]


def in_loop(node: SgNode, language: str) -> bool:
    """The node runs inside a loop of its own function."""
    for ancestor in node.ancestors():
        if ancestor.kind() in LOOPS[language]:
            return True
        if ancestor.kind() in FUNCTIONS[language]:
            return False
    return False


def read_tree(code: str, language: str, build: Callable[[SgNode], FactSheet]) -> FactSheet:
    """The fact sheet `build` makes from the code's tree; an empty one, saying why, when the
    language has none here or a grammar or rule fails (that is ours to report)."""
    if language not in LOOPS:
        return FactSheet(language, notes=(f"no fact sheet for {language}",))
    try:
        return build(SgRoot(code, grammar_of(language)).root())
    except (ValueError, RuntimeError) as exc:
        return FactSheet(language, notes=(f"the code could not be read: {str(exc)[:200]}",))
