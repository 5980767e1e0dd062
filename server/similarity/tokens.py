"""Tokens from the parsed code: each node's kind in tree order, with its line.

A file is parsed by ast-grep's tree-sitter grammar and walked in pre-order; each named node
gives its kind as one token (names, literals and control structures normalised by
`languages.SAME_KIND`), and operators give themselves. Identifiers' spelling, literals'
values, comments and layout give nothing, so renaming and reformatting change no token.
What they spell is kept apart as `Lexemes`, the second kind of evidence.
"""

from __future__ import annotations

import hashlib
import zlib
from dataclasses import dataclass, field
from typing import Final

from ast_grep_py import SgRoot

from .languages import KEEP_PUNCTUATION, SAME_KIND, SKIPPED

__all__ = ["Lexemes", "TokenStream", "tokenize"]

_COMMENTS: Final = frozenset({"comment", "line_comment", "block_comment"})
_NAMES: Final = frozenset({"identifier", "property_identifier", "field_identifier",
                           "type_identifier", "shorthand_property_identifier"})
_STRINGS: Final = frozenset({"string", "template_string", "string_literal",
                             "interpreted_string_literal", "raw_string_literal"})
_CODES: dict[str, int] = {}


def _code(kind: str) -> int:
    """A stable small number for a token kind (the same in every process)."""
    code = _CODES.get(kind)
    if code is None:
        code = _CODES[kind] = zlib.crc32(kind.encode()) & 0x7FFFFFFF
    return code


@dataclass
class Lexemes:
    """What the code spells, apart from its structure: comments, string literals, names."""

    comments: set[str] = field(default_factory=set)
    strings: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)

    def hashes(self) -> frozenset[int]:
        """Every lexeme as a 63-bit hash, tagged by kind (a comment and a string that read
        alike stay apart)."""
        tagged = [*(f"#{c}" for c in self.comments), *(f"'{s}" for s in self.strings),
                  *(f"@{n}" for n in self.names)]
        return frozenset(int.from_bytes(hashlib.blake2b(t.encode(), digest_size=8).digest(),
                                        "little") >> 1 for t in tagged)


@dataclass
class TokenStream:
    """One file's tokens: kind codes and the 1-based line each starts on."""

    path: str
    kinds: list[int]
    lines: list[int]
    lexemes: Lexemes


def _squash(text: str) -> str:
    return " ".join(text.split()).lower()


def tokenize(text: str, language: str, path: str = "") -> TokenStream:
    """The token stream of one file's text in `language` (an ast-grep language name)."""
    kinds: list[int] = []
    lines: list[int] = []
    lexemes = Lexemes()
    stack = [SgRoot(text, language).root()]
    while stack:
        node = stack.pop()
        kind = node.kind()
        if kind in _COMMENTS:
            comment = _squash(node.text().lstrip("/#*-; ").rstrip("*/ "))
            if len(comment) >= 8:
                lexemes.comments.add(comment)
            continue
        if node.is_named():
            if kind in _STRINGS:
                value = node.text()
                if len(value) >= 6:
                    lexemes.strings.add(value)
            elif kind in _NAMES:
                name = node.text()
                if len(name) >= 4:
                    lexemes.names.add(name)
            token = SAME_KIND.get(kind, kind)
            if token and kind not in SKIPPED:
                kinds.append(_code(token))
                lines.append(node.range().start.line + 1)
        elif kind in KEEP_PUNCTUATION:
            kinds.append(_code(kind))
            lines.append(node.range().start.line + 1)
            continue
        if kind in _STRINGS:
            continue  # a literal's parts are its value: one token said it
        children = node.children()
        children.reverse()
        stack.extend(children)
    return TokenStream(path, kinds, lines, lexemes)
