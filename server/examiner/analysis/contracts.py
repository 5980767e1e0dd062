"""A lower bound a function's own words state, checked against its comparisons.

A doc comment or docstring that says a value must be "at least `n`" (or "`n` or more", "no
fewer than `n`") states an inclusive bound: a value equal to `n` qualifies. A comparison in
the same function that accepts only values strictly above `n` (`x > n`, `n < x`) or turns
away the value equal to it (`x <= n`, `n >= x`) disagrees with it at exactly that value, the
off-by-one of CWE-193. One of the two is wrong, and a question about the value equal to the
bound is worth asking either way.

Left alone, to stay silent on correct code:
- "at most" and its kin: `if len(out) >= limit: break` is the correct way to keep at most
  `limit`, and reads like a wrong comparison;
- a guarantee rather than a filter ("waits at least `delay`", "retries at least `n` times"):
  going past such a bound keeps the promise;
- a comparison that adjusts by one (`x + 1 > n` is `x >= n`), one with a literal, a loop's own
  condition, and a function that also compares a value with the bound inclusively or for
  equality (`major > n || major == n && minor >= m` orders versions).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .finding_facts import Facts, RuleFacts
from .risk import Risk
from .trees import GRAMMARS, find_kinds, line_of

if TYPE_CHECKING:
    from ast_grep_py import SgNode

    from .units import Unit

__all__ = ["QUESTIONS", "RULE", "stated_bounds", "strict_bound_risks"]

RULE: Final = "doc-at-least-compared-strictly"

_QUESTION: Final = (
    "`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens to a value exactly "
    "equal to the bound, and which is meant: the comment or the comparison?")

QUESTIONS: Final = {RULE: _QUESTION}
"""The question of this check's findings, by rule id (as the Python detectors' QUESTIONS)."""

_NAME: Final = r"`?([A-Za-z_][A-Za-z0-9_]*)`?"
_LOWER: Final = re.compile(
    rf"\b(?:at\s+least|no\s+(?:fewer|less)\s+than|not\s+(?:fewer|less)\s+than|a\s+minimum\s+of)"
    rf"\s+{_NAME}|{_NAME}\s+or\s+(?:more|longer|greater|above|later)\b", re.IGNORECASE)
_WORDS: Final = ("least", "fewer than", "less than", "minimum of", " or more", " or longer",
                  " or greater", " or above", " or later")
"""Words one of the bounds above needs: a file without any is not searched."""
_GUARANTEE: Final = re.compile(
    r"\b(wait|waits|waiting|sleep|sleeps|delay|delays|retr(?:y|ies)|timeout|pause|pauses|"
    r"backoff|back\s+off|poll|polls|spin|spins|times)\b", re.IGNORECASE)
_SENTENCE: Final = re.compile(r"[^.;\n]*(?:\n(?![ \t]*\n)[^.;\n]*)*")
_COMMENT_MARKS: Final = re.compile(r"^\s*(?:///?|/\*\*?|\*/?|#)\s?", re.MULTILINE)

_FUNCTIONS: Final[dict[str, frozenset[str]]] = {
    "python": frozenset({"function_definition"}),
    **{language: grammar.functions for language, grammar in GRAMMARS.items()},
}
_WRAPPERS: Final = frozenset({"decorated_definition", "export_statement", "variable_declarator",
                              "lexical_declaration", "variable_declaration", "pair",
                              "public_field_definition", "field_definition"})
_COMPARISONS: Final = frozenset({"comparison_operator", "binary_expression"})
_LOOPS: Final = frozenset({"for_statement", "for_clause", "while_statement", "do_statement",
                           "while_expression", "for_expression"})
_BLOCKS: Final = frozenset({"block", "statement_block", "compound_statement", "suite",
                            "constructor_body", "function_body", "expression_statement",
                            "return_statement", "if_statement", "lexical_declaration",
                            "local_variable_declaration", "let_declaration",
                            "short_var_declaration", "assignment"})
_BY_ONE: Final = re.compile(r"[-+]\s*1\b(?!\.\d)")
_NUMBER: Final = re.compile(r"^[-+]?\d[\d_.]*[a-zA-Z]*$")
_WRONG: Final = {("right", ">"), ("right", "<="), ("left", "<"), ("left", ">=")}
"""(where the bound stands, operator) pairs that exclude the value equal to the bound."""


def _doc(function: SgNode) -> str:
    """The comment block right above the function (through its export or decorator), and a
    Python docstring."""
    outer = function
    while (parent := outer.parent()) is not None and parent.kind() in _WRAPPERS:
        outer = parent
    comments: list[str] = []
    expected = line_of(outer) - 1
    node = outer.prev()
    # (a Rust `///` comment's node takes in its newline: its last line is counted from its text)
    while node is not None and "comment" in node.kind() and \
            line_of(node) + node.text().rstrip("\n").count("\n") == expected:
        comments.append(node.text())
        expected = line_of(node) - 1
        node = node.prev()
    text = "\n".join(reversed(comments))
    body = function.field("body")
    first = next((c for c in body.children() if c.is_named()), None) if body is not None else None
    if first is not None and first.kind() == "expression_statement" and \
            (string := first.child(0)) is not None and string.kind() == "string":
        text += "\n" + string.text()
    return _COMMENT_MARKS.sub("", text)


def stated_bounds(doc: str, names: set[str]) -> set[str]:
    """The names the doc gives as an inclusive lower bound of what the function accepts."""
    found: set[str] = set()
    for sentence in _SENTENCE.findall(doc):
        if _GUARANTEE.search(sentence):
            continue
        for match in _LOWER.finditer(sentence):
            name = match.group(1) or match.group(2)
            if name in names:
                found.add(name)
    return found


def _operands(node: SgNode) -> tuple[str, str, str] | None:
    """(left, operator, right) of a two-sided ordering or equality comparison."""
    parts = [c for c in node.children() if c.kind() != "comment"]
    if len(parts) != 3:
        return None  # a chained Python comparison, or no comparison at all
    left, operator, right = parts
    if operator.text() not in ("<", "<=", ">", ">=", "==", "===", "!=", "!=="):
        return None
    return " ".join(left.text().split()), operator.text(), " ".join(right.text().split())


def _is_bound(text: str, name: str) -> bool:
    return text == name or re.fullmatch(rf"(?:self|this|[a-z])\s*\.\s*{name}", text) is not None


def _loop_condition(node: SgNode) -> bool:
    """The comparison is a loop's own condition (reached before any block of statements)."""
    for parent in node.ancestors():
        if parent.kind() in _LOOPS:
            return True
        if parent.kind() in _BLOCKS:
            return False
    return False


def _comparisons(function: SgNode, language: str, name: str) -> tuple[list[SgNode], bool]:
    """The comparisons with `name` that exclude a value equal to it, and whether any other
    comparison of the function orders a value against it inclusively or tests it for
    equality."""
    wrong: list[SgNode] = []
    inclusive = False
    for node in find_kinds(function, language, _COMPARISONS):
        got = _operands(node)
        if got is None:
            continue
        left, operator, right = got
        side = "right" if _is_bound(right, name) else "left" if _is_bound(left, name) else ""
        other = left if side == "right" else right
        if not side or _NUMBER.match(other) or _BY_ONE.search(other) or _loop_condition(node):
            continue
        if operator.strip("=!") == "":
            inclusive = True  # the equal value is decided on its own (`a > n || a == n && ...`)
        elif (side, operator) in _WRONG:
            wrong.append(node)
        else:
            inclusive = True
    return wrong, inclusive


def strict_bound_risks(source: str, language: str, units: list[Unit]) -> list[Risk]:
    """A finding where a changed function's doc states "at least `n`" and a comparison of the
    function excludes a value equal to `n`."""
    from .trees import parse

    wanted = {u.line: u for u in units if u.kind == "function" and u.params}
    lowered = source.lower()
    # (the pattern itself, run over a whole file, costs milliseconds: words first)
    if not wanted or language not in _FUNCTIONS or not any(w in lowered for w in _WORDS):
        return []
    try:
        root = parse(source, language)
    except (RuntimeError, ValueError):
        return []
    out: list[Risk] = []
    for function in find_kinds(root, language, _FUNCTIONS[language]):
        unit = wanted.get(line_of(function))
        if unit is None:
            continue
        for name in sorted(stated_bounds(_doc(function), set(unit.params))):
            wrong, inclusive = _comparisons(function, language, name)
            if not wrong or inclusive:
                continue
            node = wrong[0]
            detail = (f"says \"at least `{name}`\" in its comment, but "
                      f"`{' '.join(node.text().split())[:60]}` leaves out a value equal to "
                      f"`{name}`")
            out.append(Risk("wrong_result", line_of(node), unit.name, detail, Facts(
                rule=RuleFacts(RULE, "warning", name, _QUESTION))))
    return out
