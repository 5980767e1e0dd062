"""Which grammar reads a file, and how node kinds are normalised: rules kept as data.

Every name here is a tree-sitter node kind of one of ast-grep's built-in grammars. A kind in
`SAME_KIND` is replaced by its class, so that a `for` loop rewritten as a `while` loop, or an
`if` chain rewritten as a conditional expression, still yields the same tokens. Kinds in
`SKIPPED` carry nothing a copy would keep (comments, wrappers that layout or a pair of
parentheses can add or remove).
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Final

__all__ = ["EXTENSIONS", "SAME_KIND", "SKIPPED", "language_of"]

EXTENSIONS: Final[dict[str, str]] = {
    ".py": "python", ".js": "javascript", ".mjs": "javascript", ".cjs": "javascript",
    ".jsx": "javascript", ".ts": "typescript", ".tsx": "tsx", ".go": "go", ".java": "java",
    ".c": "c", ".h": "c", ".cc": "cpp", ".cpp": "cpp", ".hpp": "cpp", ".cs": "csharp",
    ".rs": "rust", ".rb": "ruby", ".kt": "kotlin", ".php": "php", ".scala": "scala",
    ".swift": "swift", ".lua": "lua",
}
"""File extension -> ast-grep language."""

LANGUAGES: Final = frozenset(EXTENSIONS.values())

SAME_KIND: Final[dict[str, str]] = {
    # loops, whichever statement spells them
    "for_statement": "loop", "while_statement": "loop", "do_statement": "loop",
    "for_in_statement": "loop", "enhanced_for_statement": "loop", "for_range_loop": "loop",
    "for_expression": "loop", "while_expression": "loop", "loop_expression": "loop",
    "range_clause": "loop_head", "for_clause": "loop_head",
    "list_comprehension": "loop", "generator_expression": "loop",
    "set_comprehension": "loop", "dictionary_comprehension": "loop", "for_in_clause": "loop_head",
    # branches: if/else, the conditional expression, switch and match
    "if_statement": "branch", "conditional_expression": "branch", "ternary_expression": "branch",
    "switch_statement": "branch", "match_statement": "branch", "expression_switch_statement": "branch",
    "switch_expression": "branch", "if_expression": "branch", "if_clause": "branch",
    "elif_clause": "else", "else_clause": "else", "case_clause": "else",
    "switch_case": "else", "switch_block_statement_group": "else", "expression_case": "else",
    # names and literals are one kind each, whatever they spell
    "property_identifier": "identifier", "field_identifier": "identifier",
    "type_identifier": "identifier", "shorthand_property_identifier": "identifier",
    "package_identifier": "identifier", "private_property_identifier": "identifier",
    "string": "string", "template_string": "string", "string_literal": "string",
    "interpreted_string_literal": "string", "raw_string_literal": "string",
    "character_literal": "string", "rune_literal": "string", "string_content": "",
    "string_start": "", "string_end": "", "string_fragment": "", "escape_sequence": "",
    "integer": "number", "float": "number", "int_literal": "number", "float_literal": "number",
    "decimal_integer_literal": "number", "decimal_floating_point_literal": "number",
    "true": "boolean", "false": "boolean",
    # every way of assigning is one kind
    "augmented_assignment": "assignment", "assignment_expression": "assignment",
    "augmented_assignment_expression": "assignment", "short_var_declaration": "assignment",
    "assignment_statement": "assignment", "inc_statement": "assignment",
    "update_expression": "assignment",
}
"""Node kind -> the class it is read as; an empty class drops the token."""

SKIPPED: Final = frozenset({
    "comment", "line_comment", "block_comment", "module", "program", "source_file",
    "block", "statement_block", "expression_statement", "parenthesized_expression",
    "compound_statement", "translation_unit", "ERROR",
})
"""Kinds that yield no token themselves (their children still do, except a comment's)."""

KEEP_PUNCTUATION: Final = frozenset({"=", "==", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/",
                                     "%", "**", "//", "&&", "||", "!", "&", "|", "^", "<<",
                                     ">>", "+=", "-=", "*=", "/=", "%=", "===", "!==", "++",
                                     "--"})
"""Anonymous leaves kept as tokens: operators carry meaning; brackets, commas and keywords
(already said by their parent's kind) do not."""


def language_of(path: str | PurePath) -> str | None:
    """The language of a file by its extension (None when no grammar reads it)."""
    return EXTENSIONS.get(PurePath(path).suffix.lower())
