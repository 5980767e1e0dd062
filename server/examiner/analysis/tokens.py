"""Token analysis through pygments for languages without a parser here (and broken Python).

Brace languages give their blocks through ``{``/``}``; Python's indentation is turned into
synthetic braces and ``;`` so that one structural pass serves every language.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from pygments.token import (
    Comment,
    Keyword,
    Name,
    Number,
    Punctuation,
    String,
    Text,
    _TokenType,
    is_token_subtype,
)
from pygments.util import ClassNotFound

from . import vocab as V
from .tok import Structure, Tok
from .token_facts import fill_events
from .units import Unit

if TYPE_CHECKING:
    from pygments.lexer import Lexer

_BRACKETS = "{}()[];"
_COMPOUND = frozenset({"-=", "+=", "*=", "/=", "%=", "|=", "&=", "^=", "==", "!=", "<=", ">=",
                       "->", "&&", "||", "++", "--", "<<", ">>", "=>", "::"})
_OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = {v: k for k, v in _OPEN.items()}


@lru_cache(maxsize=16)
def _lexer(language: str) -> Lexer:
    from pygments.lexers import TextLexer, get_lexer_by_name

    lexer: Lexer
    try:
        lexer = get_lexer_by_name(language, stripnl=False, stripall=False, ensurenl=True)
    except ClassNotFound:
        lexer = TextLexer(stripnl=False, ensurenl=True)
    return lexer


def _kind(ttype: _TokenType) -> str:
    if is_token_subtype(ttype, Keyword):
        return "kw"
    if is_token_subtype(ttype, Name):
        return "name"
    if is_token_subtype(ttype, String):
        return "str"
    if is_token_subtype(ttype, Number):
        return "num"
    if is_token_subtype(ttype, Punctuation):
        return "punct"
    return "op"


def lex(source: str, language: str) -> list[Tok]:
    """Return the significant tokens of source (comments and whitespace dropped)."""
    toks: list[Tok] = []
    line = 1
    adjacent = False
    for ttype, value in _lexer(language).get_tokens(source):
        newlines = value.count("\n")
        if is_token_subtype(ttype, Comment) or is_token_subtype(ttype, Text) or not value.strip():
            line += newlines
            adjacent = False
            continue
        kind = _kind(ttype)
        joined = toks[-1].value + value.strip() if adjacent and toks else ""
        adjacent = True
        if joined in _COMPOUND and toks[-1].kind == "op" and kind == "op":
            # Some lexers (Java, C) split compound operators into single characters.
            toks[-1].value = joined
            line += newlines
            continue
        if kind == "str":
            interp = is_token_subtype(ttype, String.Interpol) or value.startswith(("f'", 'f"', "${"))
            if toks and toks[-1].kind == "str":
                toks[-1].value += value
                toks[-1].interp = toks[-1].interp or interp
            else:
                toks.append(Tok(line, "str", value, interp))
        elif kind in ("op", "punct") and any(c in _BRACKETS for c in value) and len(value) > 1:
            toks.extend(Tok(line, "punct", c) for c in value if not c.isspace())
        else:
            toks.append(Tok(line, kind, value.strip()))
        line += newlines
    return toks


_STATEMENTS = frozenset({"def", "class", "return", "raise", "import", "while", "try", "except",
                         "finally", "with", "elif", "async", "from", "del", "pass", "assert"})


def _python_blocks(toks: list[Tok], source: str) -> list[Tok]:
    """Insert synthetic braces and semicolons that mirror Python's indentation."""
    indents = [len(s) - len(s.lstrip(" \t")) for s in source.splitlines()] + [0]
    out: list[Tok] = []
    stack = [0]
    open_brackets: list[str] = []
    for index, tok in enumerate(toks):
        prev = toks[index - 1] if index else None
        new_line = prev is not None and tok.line != prev.line
        if new_line and open_brackets and tok.kind == "kw" and (
                tok.value in _STATEMENTS or (prev is not None and prev.value == ":")):
            # Broken code: a statement keyword cannot continue a bracket, so close them here.
            assert prev is not None
            out.extend(Tok(prev.line, "punct", _OPEN[b]) for b in reversed(open_brackets))
            open_brackets.clear()
        if new_line and not open_brackets:
            assert prev is not None
            indent = indents[tok.line - 1] if tok.line - 1 < len(indents) else 0
            if prev.value == ":" and indent > stack[-1]:
                stack.append(indent)
                out.append(Tok(prev.line, "punct", "{"))
            else:
                out.append(Tok(prev.line, "punct", ";"))
            while len(stack) > 1 and indent < stack[-1]:
                stack.pop()
                out.append(Tok(prev.line, "punct", "}"))
        if tok.kind in ("punct", "op") and tok.value in "([{":
            open_brackets.append(tok.value)
        elif tok.kind in ("punct", "op") and tok.value in ")]}" and open_brackets:
            open_brackets.pop()
        out.append(tok)
    last = toks[-1].line if toks else 1
    out.extend(Tok(last, "punct", _OPEN[b]) for b in reversed(open_brackets))
    out.append(Tok(last, "punct", ";"))
    out.extend(Tok(last, "punct", "}") for _ in stack[1:])
    return out


def match_brackets(toks: list[Tok]) -> list[int]:
    """Map every bracket token to the index of its partner (-1 when unmatched or not a bracket)."""
    partner = [-1] * len(toks)
    stack: list[int] = []
    for index, tok in enumerate(toks):
        if tok.kind not in ("punct", "op"):
            continue
        if tok.value in _OPEN:
            stack.append(index)
        elif tok.value in _CLOSE:
            opener = _CLOSE[tok.value]
            if opener not in (toks[i].value for i in stack[-8:]):
                continue
            while stack:
                top = stack.pop()
                if toks[top].value == opener:
                    partner[top], partner[index] = index, top
                    break
    return partner


def _block_after(toks: list[Tok], partner: list[int], start: int, limit: int = 40) -> int:
    """Index of the first '{' after start at the same depth, before any ';' (or -1)."""
    k = start
    stop = min(len(toks), start + limit)
    while k < stop:
        value = toks[k].value
        if toks[k].kind in ("punct", "op"):
            if value == "{":
                return k
            if value in ("(", "[") and partner[k] > k:
                k = partner[k] + 1
                continue
            if value in (";", "}", ")", "]", "=", "=>"):
                return -1
        k += 1
    return -1


def _params(toks: list[Tok], open_: int, close: int, language: str) -> list[str]:
    names: list[str] = []
    group: list[Tok] = []
    for tok in [*toks[open_ + 1 : close], Tok(0, "punct", ",")]:
        if tok.value == "," and tok.kind in ("punct", "op"):
            idents = [t.value for t in group if t.kind == "name"]
            if idents:
                names.append(idents[-1] if language in V.TYPE_LAST else idents[0])
            group = []
        elif tok.value not in ("mut", "ref", "&", "*", "...", "const", "final"):
            group.append(tok)
    return [n.rsplit("::", 1)[-1] for n in names if n not in ("self", "cls", "this", "Self")]


def _def_at(toks: list[Tok], partner: list[int], i: int, language: str) -> tuple[int, int] | None:
    """If a definition's name sits at i, return (params '(' index, body '{' index)."""
    tok = toks[i]
    if tok.kind != "name" or i + 1 >= len(toks):
        return None
    prev = toks[i - 1] if i else Tok(0, "punct", ";")
    open_ = i + 1
    if toks[open_].value == "<" and language in ("rust", "typescript", "java", "cpp"):
        while open_ < min(len(toks), i + 30) and toks[open_].value != "(":
            open_ += 1
    if open_ >= len(toks) or toks[open_].value != "(" or partner[open_] < 0:
        return None
    keyword = prev.kind == "kw" and prev.value in V.DEF_KEYWORDS
    if prev.value == ")" and partner[i - 1] > 0 and toks[partner[i - 1] - 1].value == "func":
        keyword = True  # a Go method: func (r *T) Name(...)
    if not keyword and (language not in V.C_LIKE or tok.value in V.CONTROL_WORDS
                        or prev.value in (".", "->", "new", "=", "return", "?.")):
        return None
    body = _block_after(toks, partner, partner[open_] + 1, 60 if keyword else 14)
    if body < 0:
        return None
    between = toks[partner[open_] + 1 : body]
    if not keyword and any(t.value in ("(", ")", "=", "?", "&&", "||") or t.kind == "str"
                           for t in between):
        return None
    return open_, body


def _arrow_at(toks: list[Tok], partner: list[int], k: int) -> tuple[int, int, int] | None:
    """For '=>' at k, return (name index, params start, body end) of a named arrow function."""
    p = k - 1
    if toks[p].value == ")" and partner[p] >= 0:
        p = partner[p]
    elif toks[p].kind != "name":
        return None
    before = p - 1
    if before >= 0 and toks[before].value == "async":
        before -= 1
    if before < 1 or toks[before].value not in ("=", ":") or toks[before - 1].kind != "name":
        return None
    if k + 1 < len(toks) and toks[k + 1].value == "{" and partner[k + 1] > k:
        return before - 1, p, partner[k + 1]
    end = k + 1
    while end < len(toks) and toks[end].value not in (";", ",", ")", "]", "}"):
        end = partner[end] if toks[end].value in _OPEN and partner[end] > end else end
        end += 1
    return before - 1, p, end - 1


def _class_at(toks: list[Tok], partner: list[int], i: int) -> tuple[str, int] | None:
    """If a class-like keyword sits at i, return (name, body '{' index)."""
    tok = toks[i]
    if tok.value == "type" and i + 2 < len(toks) and toks[i + 2].value in ("struct", "interface"):
        body = _block_after(toks, partner, i + 3, 4)
        return (toks[i + 1].value, body) if body >= 0 and toks[i + 1].kind == "name" else None
    if tok.kind != "kw" or tok.value not in V.CLASS_KEYWORDS:
        return None
    body = _block_after(toks, partner, i + 1, 30)
    names = [t.value for t in toks[i + 1 : body] if t.kind == "name"] if body > 0 else []
    if not names:
        return None
    return (names[-1] if tok.value == "impl" else names[0]).rsplit("::", 1)[-1], body


def _loop_end(toks: list[Tok], partner: list[int], i: int, go: bool) -> int:
    k = i + 1
    while k < len(toks):
        value = toks[k].value
        if toks[k].kind in ("punct", "op"):
            if value == "{" and partner[k] > k:
                return partner[k]
            if value in ("(", "[") and partner[k] > k:
                k = partner[k] + 1
                continue
            if value == ";" and not go:
                return k
            if value in (")", "]", "}"):
                return k - 1
        k += 1
    return len(toks) - 1


def _loops(toks: list[Tok], partner: list[int], language: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for i, tok in enumerate(toks):
        if tok.kind == "kw" and (tok.value in V.LOOP_KEYWORDS or (
                tok.value == "do" and i + 1 < len(toks) and toks[i + 1].value == "{")):
            spans.append((i, _loop_end(toks, partner, i, language == "go")))
        elif tok.kind == "name" and tok.value in V.ITERATION_METHODS and i + 1 < len(toks) \
                and toks[i + 1].value == "(" and i and toks[i - 1].value == "." \
                and partner[i + 1] > i:
            spans.append((i, partner[i + 1]))
    return spans


def structure(source: str, language: str) -> Structure:
    """Lex source and find its units (with spans) and loop spans."""
    toks = lex(source, language)
    if language == "python":
        toks = _python_blocks(toks, source)
    partner = match_brackets(toks)
    spans: list[tuple[Unit, int, int, int]] = []
    for i, tok in enumerate(toks):
        if tok.value == "=>" and (arrow := _arrow_at(toks, partner, i)) is not None:
            name_i, params_i, end = arrow
            params = _params(toks, params_i, partner[params_i], language) \
                if toks[params_i].value == "(" else [toks[params_i].value]
            unit = Unit(toks[name_i].value, "function", toks[name_i].line, toks[end].line,
                        params=params, is_async=toks[params_i - 1].value == "async")
            spans.append((unit, name_i, i, end))
        elif (found := _def_at(toks, partner, i, language)) is not None:
            open_, body = found
            name = tok.value.rsplit("::", 1)[-1]
            is_async = any(t.value == "async" for t in toks[max(0, i - 3) : i])
            unit = Unit(name, "function", tok.line, toks[partner[body]].line,
                        params=_params(toks, open_, partner[open_], language), is_async=is_async)
            spans.append((unit, i, body, partner[body]))
        elif (cls := _class_at(toks, partner, i)) is not None and partner[cls[1]] > 0:
            name, body = cls
            unit = Unit(name, "class", tok.line, toks[partner[body]].line)
            spans.append((unit, i, body, partner[body]))
    _link_members(spans)
    return Structure(toks, partner, spans, _loops(toks, partner, language))


def _link_members(spans: list[tuple[Unit, int, int, int]]) -> None:
    classes = [(u, s, e) for u, _, s, e in spans if u.kind == "class"]
    for unit, name_i, _, _ in spans:
        if unit.kind != "function":
            continue
        for cls, start, end in classes:
            if start < name_i < end:
                cls.members.append(unit.name)
                unit.qualname = f"{cls.name}.{unit.name}"


def token_units(source: str, language: str, changed: set[int] | None = None) -> list[Unit]:
    """Return units with loops and events, using pygments tokens."""

    shape = structure(source, language)
    fill_events(shape, language, changed)
    return [unit for unit, _, _, _ in shape.spans]
