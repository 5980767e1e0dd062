"""A result stated against the one the reference states: "it prints (('cy', 9), 16, 4)" when the
key points say it prints (('cy', 9), 0, 0).

A question about what code prints or returns has one right result. Its key points (or, without
them, the model answer's first sentence that states a result) give it as values: numbers,
quoted strings, `true`/`false`/`null`/`None`. An answer that never states those values in that
order, yet states a result made of other values, claims something the code does not do, however
well its words match the explanation. An answer that states less (only some of the values) or no
values at all claims nothing wrong here: it is graded by its key points."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from .._match import sentences

__all__ = ["expected_results", "other_result", "other_verdict", "verdict"]

_VALUE: Final = re.compile(
    r"(?<!\w)'([^'\n]{0,40})'(?!\w)|(?<!\w)\"([^\"\n]{0,40})\"(?!\w)|"
    r"(?<![\w.$])(-?\d+(?:\.\d+)?)(?!\w|\.\d)|\b(true|false|null|none|nil|undefined|nan)\b",
    re.IGNORECASE)
_RESULT: Final = re.compile(r"\b(prints?|printed|outputs?|returns?|returned|logs?|logged|"
                            r"evaluates? to|gives? back)\b|\border\s*:", re.IGNORECASE)
"""A statement of what code produces: what follows the verb is the result."""
_DENIED: Final = re.compile(
    r"\b(?:not|never|rather than|instead of)\s+(?:(?:the|a|an)\s+)?(?:`[^`\n]*`|'[^'\n]*'|\"[^\"\n]*\"|"
    r"\[[^\]\n]*\]|-?\d+(?:\.\d+)?(?!\w|\.\d)|true|false|null|none|nil|undefined|nan)", re.IGNORECASE)
"""A value the reference says the code does not produce ("is 1, not 0"): no result of it."""
_WORDS: Final = frozenset({"true", "false", "null", "none", "nil", "undefined", "nan"})
_LEAST: Final = 2
"""Values a statement needs to be a result (one number alone is often a count in passing)."""


def _token(text: str) -> str:
    """One value, compared by what it says: `'20'` and `20` are the same, so are `9` and `9.0`."""
    try:
        return str(float(text))
    except ValueError:
        return text.strip().lower()


def _values(text: str) -> list[str]:
    """The values a text states, leaving out those it denies ("1, not 0")."""
    out: list[str] = []
    for found in _VALUE.finditer(_DENIED.sub(" ", text)):
        quoted = found.group(1) if found.group(1) is not None else found.group(2)
        out.append(_token(quoted if quoted is not None else found.group(3) or found.group(4)))
    return out


def _after_verb(text: str) -> list[str]:
    """The values a result statement gives: those after its verb."""
    verb = _RESULT.search(text)
    return _values(text[verb.end():]) if verb else []


def expected_results(key_points: list[str], references: list[str]) -> list[list[str]]:
    """The results the reference states, as value sequences: each key point that states one,
    else the first sentence of the first model answer that does."""
    found = [v for k in key_points if len(v := _after_verb(k)) >= _LEAST]
    if found or not references:
        return found
    for sentence in sentences(references[0]):
        values = _after_verb(sentence.raw)
        if len(values) >= _LEAST:
            return [values]
    return []


def other_result(answer: str, expected: list[list[str]], references: list[str]) -> str:
    """The correction when the answer states a result other than the expected one ('' if not).

    Values are compared as counts, not in order (a correct answer may give the parts of a result
    in its own order). The answer passes when it states every value of an expected result; it
    fails when, without doing so, it states a result holding a value that neither the expected
    results nor the model answers' statements of fact hold (what a fix "would print" is not the
    code's result)."""
    if not expected:
        return ""
    everything = Counter(_values(answer))
    if any(Counter(result) <= everything for result in expected):
        return ""  # the answer states a result the reference states
    known = Counter[str]()
    for result in expected:
        known |= Counter(result)
    for reference in references:  # what it says the code does, not what a fix would do
        for sentence in sentences(reference):
            if not sentence.hypothetical:
                known |= Counter(_values(sentence.raw))
    said = [s for s in sentences(answer) if not s.hypothetical]
    # what the answer says the code produces: after a verb, or its opening (a bare result)
    stated = [_after_verb(s.raw) for s in said] + ([_values(said[0].raw)] if said else [])
    for values in stated:
        extra = Counter(values) - known
        # a word like `nil` or `None` is often prose ("a nil map"): a number or a quoted
        # string the reference never states is what shows another result
        if len(values) >= _LEAST and any(v not in _WORDS for v in extra):
            shown = ", ".join(v.removesuffix(".0") if v else "''" for v in expected[0])
            return f"The code's result is {shown}, not the one the answer states"
    return ""


_YES_NO_QUESTION: Final = re.compile(
    r"^\W*(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have)\b[^?]*\?",
    re.IGNORECASE)
"""A question one answers yes or no: it opens with an auxiliary and ends with a question mark."""
_VERDICT: Final = re.compile(r"^\W*(yes|yeah|yep|no|nope)\b(?=\s*(?:[.,;:!\u2013\u2014-]|$))",
                             re.IGNORECASE)
"""A verdict opening a text: the word alone, then punctuation ("No." "Yes, ..."), not "No key"."""


def verdict(text: str) -> str:
    """The yes-or-no verdict a text opens with ("yes", "no", or '')."""
    found = _VERDICT.match(text)
    if found is None:
        return ""
    return "yes" if found.group(1).lower() in ("yes", "yeah", "yep") else "no"


def other_verdict(question: str, answer: str, references: list[str]) -> str:
    """The correction when the answer opens with the opposite verdict to a yes-or-no question
    than every model answer that opens with one ('' if not): "Yes. ..." to "Is the file closed
    on every path?" whose model answer opens "No. ...". Only the first question of several
    is one a verdict answers, and only a verdict that opens both texts is compared."""
    asked = next((s.raw for s in sentences(question) if s.raw.rstrip().endswith("?")), "")
    if not _YES_NO_QUESTION.match(asked):
        return ""
    said = verdict(answer)
    given = {v for r in references if (v := verdict(r))}
    if not said or len(given) != 1 or said in given:
        return ""
    return f"The model answer's verdict is {next(iter(given))!r}, the answer's {said!r}"
