"""Regular expressions that backtrack catastrophically (OWASP "Regular expression Denial of
Service", CWE-1333; eslint-plugin-security's detect-unsafe-regex): a repeated group whose body
can match the same text in more than one way, because a quantifier inside it can also match
whatever the body otherwise requires (`(a+)+`, `(\\w+\\s?)*`, `(.*a){8}`, `(\\w|\\d)+`).
Python's `re` and JavaScript's `RegExp` both backtrack, so a string that nearly matches makes
them try every split: exponential time in its length.

``backtracking_group`` is the analysis; ``regex_backtracks`` the rule filter (Python and
JavaScript) that finds the pattern a matched call uses and keeps the finding only when it has
such a group with something after it that can fail (or the call is ``fullmatch``)."""

from __future__ import annotations

import ast
import re
import string
import warnings
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .forms_security import js_regexp_source

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["backtracking_group", "regex_backtracks"]

_SAMPLE: Final = string.printable + "é\u00a0"
"""Characters an atom is tried on to tell which ones it matches."""
_UNBOUNDED: Final = 1 << 30
_BIG_REPEAT: Final = 5
"""A repeat count from which a fixed `{n}` counts as repeating the group (each overlapping
atom multiplies the ways by the count)."""


@dataclass
class _Atom:
    chars: frozenset[str]
    low: int
    high: int
    text: str
    start: int
    end: int
    body: list[list[_Atom]] | None = None  # a group's alternatives


def _class_end(p: str, i: int) -> int:
    """Index after the character class opening at ``p[i] == '['``."""
    j = i + 1
    if j < len(p) and p[j] == "^":
        j += 1
    if j < len(p) and p[j] == "]":
        j += 1
    while j < len(p) and p[j] != "]":
        j += 2 if p[j] == "\\" else 1
    return min(j + 1, len(p))


def _escape_end(p: str, i: int) -> int:
    """Index after the escape starting at ``p[i] == '\\'``."""
    if i + 1 >= len(p):
        return len(p)
    c = p[i + 1]
    if c in "pP" and i + 2 < len(p) and p[i + 2] == "{":
        close = p.find("}", i)
        return len(p) if close < 0 else close + 1
    if c == "x":
        return min(i + 4, len(p))
    if c == "u":
        if i + 2 < len(p) and p[i + 2] == "{":
            close = p.find("}", i)
            return len(p) if close < 0 else close + 1
        return min(i + 6, len(p))
    return i + 2


def _chars(atom: str) -> frozenset[str]:
    """The sample characters a single atom matches (all of them when unsure)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compiled = re.compile(atom)
    except re.error:
        return frozenset(_SAMPLE)
    return frozenset(c for c in _SAMPLE if compiled.fullmatch(c))


def _quantifier(p: str, i: int) -> tuple[int, int, int, bool]:
    """(low, high, index after, possessive) of the quantifier at ``p[i]``, or (1, 1, i)."""
    low, high, j = 1, 1, i
    if i < len(p) and p[i] in "*+?":
        low, high = {"*": (0, _UNBOUNDED), "+": (1, _UNBOUNDED), "?": (0, 1)}[p[i]]
        j = i + 1
    elif i < len(p) and p[i] == "{":
        m = re.match(r"\{(\d*)(,(\d*))?\}", p[i:])
        if m and (m.group(1) or m.group(3)):
            low = int(m.group(1) or 0)
            high = low if m.group(2) is None else (int(m.group(3)) if m.group(3) else _UNBOUNDED)
            j = i + m.end()
    possessive = j > i and j < len(p) and p[j] == "+"
    if j > i and j < len(p) and p[j] in "?+":
        j += 1
    return low, high, j, possessive


def _parse(p: str, i: int) -> tuple[list[list[_Atom]], int]:
    """The alternatives of the sequence starting at ``p[i]``, up to its closing `)`."""
    alternatives: list[list[_Atom]] = [[]]
    while i < len(p):
        c = p[i]
        if c == ")":
            return alternatives, i
        if c == "|":
            alternatives.append([])
            i += 1
            continue
        if c in "^$":
            i += 1
            continue
        start = i
        body: list[list[_Atom]] | None = None
        if c == "(":
            head = re.match(r"\(\?(<?[=!]|>|P?<[A-Za-z_]\w*>|:|[aiLmsux-]+:|P=\w+\)|#[^)]*\))?", p[i:])
            prefix = head.group(0) if head else "("
            if prefix.endswith(")"):  # a comment or a named back-reference
                i += len(prefix)
                continue
            body, close = _parse(p, i + len(prefix))
            i = close + 1
            if re.match(r"\(\?(<?[=!]|>)", prefix):  # look-around, atomic group
                i = _quantifier(p, i)[2]
                continue
            chars = frozenset().union(*(a.chars for alt in body for a in alt))
        elif c == "[":
            i = _class_end(p, i)
            chars = _chars(p[start:i])
        elif c == "\\":
            i = _escape_end(p, i)
            if p[start:i] in ("\\b", "\\B", "\\A", "\\Z", "\\z", "\\G"):
                continue
            chars = _chars(p[start:i]) if not p[start + 1:i].isdigit() else frozenset(_SAMPLE)
        else:
            i += 1
            chars = _chars(re.escape(c)) if c != "." else _chars(".")
        low, high, i, possessive = _quantifier(p, i)
        if possessive:  # it never gives back what it took
            body, high = None, max(low, 1)
        alternatives[-1].append(_Atom(chars, low, high, p[start:i], start, i, body))
    return alternatives, i


def _grows(atom: _Atom) -> bool:
    """The atom can match a run of any length (its own quantifier, or one inside it)."""
    return atom.high >= _UNBOUNDED or any(_grows(a) for alt in atom.body or [] for a in alt)


def _ambiguous(alternatives: list[list[_Atom]]) -> bool:
    """A repeated body that can match one stretch of text in more than one way."""
    if len(alternatives) > 1:
        singles = [alt[0] for alt in alternatives if len(alt) == 1 and alt[0].body is None]
        texts = ["".join(a.text for a in alt) for alt in alternatives]
        if len(set(texts)) < len(texts):
            return True
        return any(a.chars & b.chars for n, a in enumerate(singles) for b in singles[n + 1:])
    # one character the body can match over and over, by the repeat or by a quantifier
    # inside: c*n then splits into iterations in exponentially many ways
    atoms = alternatives[0]
    growing = frozenset().union(*(a.chars for a in atoms if _grows(a)))
    common = frozenset(_SAMPLE)
    for atom in atoms:
        if atom.low >= 1:
            common &= atom.chars
    return bool(common & growing)


def _walk(alternatives: list[list[_Atom]]) -> list[_Atom]:
    found: list[_Atom] = []
    for alt in alternatives:
        for atom in alt:
            if atom.body is None:
                continue
            if (atom.high >= _UNBOUNDED or atom.high >= _BIG_REPEAT) and _ambiguous(atom.body):
                found.append(atom)
            found.extend(_walk(atom.body))
    return found


def backtracking_group(pattern: str, whole: bool = False) -> str | None:
    """The first repeated group of ``pattern`` that backtracks exponentially on a near match,
    when something after it can fail (or ``whole``: the match must cover the string)."""
    try:
        alternatives, _ = _parse(pattern, 0)
    except (IndexError, ValueError, RecursionError):
        return None
    for atom in _walk(alternatives):
        rest = re.sub(r"[)|]", "", pattern[atom.end:])
        if whole or rest:
            return atom.text
    return None


_PY_CALL: Final = re.compile(r"^re\.(match|search|fullmatch|findall|finditer|sub|subn|split)$")


def _python_literal(node: SgNode | None) -> str | None:
    if node is None or node.kind() not in ("string", "concatenated_string"):
        return None
    if re.match(r"^[A-Za-z]*[fF]", node.text()):
        return None
    try:
        value = ast.literal_eval(node.text())
    except (ValueError, SyntaxError):
        return None
    return value if isinstance(value, str) else None


def _first_argument(call: SgNode) -> SgNode | None:
    arguments = call.field("arguments")
    named = [c for c in arguments.children() if c.is_named()] if arguments else []
    return named[0] if named else None


def _compiles(node: SgNode) -> bool:
    """The node is a call of `re.compile`."""
    callee = node.field("function") if node.kind() == "call" else None
    return callee is not None and callee.text() == "re.compile"


def _python_pattern(root: SgNode, call: SgNode) -> str | None:
    function = call.field("function")
    if function is None:
        return None
    if _PY_CALL.match(function.text()):
        return _python_literal(_first_argument(call))
    target = function.field("object")
    if target is None:
        return None
    if target.kind() == "call":
        return _python_literal(_first_argument(target)) if _compiles(target) else None
    name = target.text()
    short = name.split(".", 1)[1] if name.startswith(("self.", "cls.")) else name
    for assignment in root.find_all(kind="assignment"):
        left, right = assignment.field("left"), assignment.field("right")
        if left is None or right is None or left.text() not in (name, short, f"self.{short}"):
            continue
        if _compiles(right):
            return _python_literal(_first_argument(right))
    return None


def _js_literal(node: SgNode | None) -> str | None:
    if node is None or node.kind() != "regex":
        return None
    pattern = node.field("pattern")
    return pattern.text() if pattern is not None else None


def _js_pattern(root: SgNode, call: SgNode) -> str | None:
    function = call.field("function")
    if function is None or function.kind() != "member_expression":
        return None
    target = function.field("object")
    method = function.field("property")
    if target is None or method is None:
        return None
    if method.text() in ("test", "exec"):
        if target.kind() == "regex":
            return _js_literal(target)
        if target.kind() in ("new_expression", "parenthesized_expression"):
            inner = target if target.kind() == "new_expression" else \
                next((c for c in target.children() if c.is_named()), None)
            return js_regexp_source(root, inner)
        if target.kind() != "identifier":
            return None
        for declarator in root.find_all(kind="variable_declarator"):
            name = declarator.field("name")
            if name is not None and name.text() == target.text():
                value = declarator.field("value")
                # (forms-security) or `new RegExp(...)` of literals and constants
                return _js_literal(value) or js_regexp_source(root, value)
        return None
    return _js_literal(_first_argument(call))


def regex_backtracks(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The matched call's pattern (a literal, or a name bound to one in the file) has a
    repeated group that backtracks exponentially: that group, else None."""
    python = node.kind() == "call"
    pattern = _python_pattern(root, node) if python else _js_pattern(root, node)
    if pattern is None:
        return None
    function = node.field("function")
    whole = function is not None and function.text().endswith("fullmatch")
    return backtracking_group(pattern, whole)
