"""A key point said the other way round: "nothing is ever suppressed" against the point "a true
return value from `__exit__` suppresses the exception", or "Python waits for daemon threads"
against "Python does not wait for them".

An answer can use every word a key point uses and still deny it, and then its words cover the
point while its claim contradicts it. A sentence that says most of a point's words, and denies
one that the point states plainly (a negation right before it, `Sentence.denies`), states the
opposite of that point; so does one that states plainly, with the words of its clause, a verb
the point denies. What keeps a right answer clear of it: a verb of failing ("equals fails",
"fails to write") says a negative in other words, and "does not compare equal" makes such a
point; a word the model answer denies (or, the other way, states) somewhere is one the answer
may too; numbers and symbols are arguments of a claim ("127, but not 1000"), never what it
turns on; "without" denies a thing, not what happens; a plan or a purpose ("so that the log is
written") claims nothing of the code.

A point need not be said almost whole to be denied: "`HashSet` never calls a user-defined
`equals`" denies "... searches the bucket before calling equals" in two words, a verb and its
neighbour, said in the same order with the verb denied (`denied_pair`); and "flush returns the
four ids" states plainly what "flush never returns the ids" denies. Two words next to each
other are a claim only where the reference states them as one: not in a plan or a fix
("copy before appending"), not as the operand of a comparison ("err == nil is false"), not
after "non-"; and "cannot" says what may not be done, which a reference's "it mutates it in
place" does not contradict ("an int cannot be changed in place")."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final, NamedTuple

from .._match import MEANINGFUL, PLAN, STOP_STEMS, Sentence, phrase_stems, sentences, stem

__all__ = ["Denial", "denied_pair", "denied_point", "swapped_word"]

_LEAST: Final = 3
"""Content words a point needs, and an answer's sentence must share with it, to be compared."""
_SHARE: Final = 0.5
"""Share of a point's content words the sentence must say to be about the same thing."""
_FAILING: Final = frozenset(stem(w) for w in (
    "fail", "fails", "failed", "miss", "misses", "missed", "lose", "loses", "lost", "skip",
    "skips", "skipped", "lack", "lacks", "unable", "refuse", "refuses", "reject", "rejects",
    "absent", "missing"))
"""Verbs of failing: a point with one says a negative in other words."""
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "each", "every", "any"})


def _fails(stems: tuple[str, ...] | list[str]) -> bool:
    """Whether a sentence says something fails: a verb of failing, not one that only describes
    a thing after an article ("for the rejected read", "a missing file")."""
    return any(w in _FAILING and (k == 0 or stems[k - 1] not in _DETERMINERS)
               for k, w in enumerate(stems))
_CLAUSE: Final = re.compile(r"[;:]|,?\s+(?:so|but|because|while|whereas)\s+")
"""Where a point's clauses part: "B's rejection is unhandled; the caller never sees it"."""
_PURPOSE: Final = re.compile(r"\b(so that|in order to|make sure|ensures?|to guarantee)\b")
"""What a fix is for ("... so that the log is written"): no claim of what the code does."""


def _polarity(text: str) -> tuple[set[str], set[str]]:
    """The stems a text says plainly, and those it says under a negation."""
    plain: set[str] = set()
    negated: set[str] = set()
    for sentence in sentences(text):
        for i, word in enumerate(sentence.stems):
            (negated if i in sentence.negated else plain).add(word)
    return plain, negated


def _stated(references: list[str]) -> set[str]:
    """The stems the references state plainly in a sentence about the code (not a plan)."""
    return {w for r in references for s in sentences(r) if not s.hypothetical
            for i, w in enumerate(s.stems) if i not in s.negated}


class Denial(NamedTuple):
    """A key point and the answer's sentence that says it the other way round."""

    point: str
    sentence: str

    @property
    def correction(self) -> str:
        return f'The answer denies what the key point states ("{self.point}"): "{self.sentence}"'


def denied_point(answer: str, key_points: list[str], references: list[str]) -> Denial | None:
    """The first key point a sentence of the answer about the code as it is denies: it denies a
    word the point states plainly while saying most of the point's other words."""
    denied_anywhere = {w for r in references for w in _polarity(r)[1]}
    stated_anywhere = _stated(references)
    said = [s for s in sentences(answer) if not s.hypothetical]
    for point in key_points:
        if point in references or len(sentences(point)) != 1:
            continue  # a model answer's many claims are each compared as its own key points
        stems = phrase_stems(point)
        content = [w for w in stems if w not in STOP_STEMS]
        if len(content) < _LEAST or _FAILING & set(stems):
            continue
        plain, negated = _polarity(point)
        # the verbs the point denies ("Python does not wait for them", "nothing is uploaded"),
        # each with the words of its clause; "without" denies a thing, not what happens
        denies: dict[str, set[str]] = {}
        for clause in (c for part in _CLAUSE.split(point) for c in sentences(part)):
            for i, w in enumerate(clause.stems):
                if w not in plain and clause.denier(i) not in ("", "without"):
                    denies[w] = {x for x in clause.stems if x not in STOP_STEMS} - {w}
        for sentence in said:
            shared = [w for w in content if w in sentence.stems]
            if len(shared) < max(_LEAST, _SHARE * len(content)):
                continue
            turned = next((w for w in shared if w in plain and w not in negated
                           and w not in denied_anywhere and w.isalpha() and all(
                               sentence.denies(i) for i, x in enumerate(sentence.stems)
                               if x == w) and _denied_of_it(sentence.raw, w, shared)), None)
            if turned is None and not _FAILING & set(sentence.stems) and \
                    not _PURPOSE.search(sentence.raw):
                # the answer states plainly what the point denies, in the words of its clause
                turned = next((w for w in shared if w in denies and w not in stated_anywhere
                               and w.isalpha() and sentence.stems[0] != w
                               and len(denies[w] & set(shared)) >= min(2, len(denies[w]))
                               and not any(
                                   i in sentence.negated for i, x in enumerate(sentence.stems)
                                   if x == w)), None)
            if turned is not None:
                return Denial(point, sentence.raw.strip())
    return None


_ANSWER_CLAUSE: Final = re.compile(r"[,;:]|\s(?:and|but|so|while|whereas|because|which)\s")
"""Where an answer's sentence parts into clauses, each with a subject of its own ("all workers
block in result() and the queued paragraphs never run")."""


def _denied_of_it(raw: str, word: str, shared: list[str]) -> bool:
    """Whether a clause of the sentence that denies `word` is about what the point is about: it
    says another of the words the sentence shares with the point ("the task never blocks on
    result()"), not only the denied one ("the queued paragraphs never run", beside a clause that
    says the workers block)."""
    for part in _ANSWER_CLAUSE.split(raw):
        for clause in sentences(part):
            if any(x == word and clause.denies(i) for i, x in enumerate(clause.stems)) and \
                    any(w != word and w in clause.stems for w in shared):
                return True
    return False


_NEAR: Final = 3
"""How far apart, in words, two words of a claim may stand to be said together."""
_SHORT: Final = frozenset(stem(w) for w in (*MEANINGFUL, "ever"))
"""Words too common to make a claim of two words ("same", "all", "once", "ever")."""
_SUBORDINATE: Final = frozenset(stem(w) for w in (
    "when", "whenever", "once", "after", "before", "until", "if", "unless", "while", "time"))
"""Words that open a clause of time or condition ("by the time any timer fires", "once the
lock is released"): what follows sets a scene, it claims nothing."""
_ABILITY: Final = frozenset({"ca", "can"})
""""ca not" (from "can't") and "can not" say what may not be done, as "cannot" does."""


def _word(sentence: Sentence, i: int) -> bool:
    """A word of content at `i`: a letter word, no stop word, none too common to claim."""
    w = sentence.stems[i]
    return w.isalpha() and w not in STOP_STEMS and w not in _SHORT


def _pairs(statements: list[str], first: Callable[[Sentence, int], bool]
           ) -> dict[tuple[str, str, bool], str]:
    """Each pair of content words a statement's sentence (not a plan) says within `_NEAR` words
    of each other, the first one where `first` holds, with whether the second comes first, and
    the sentence that says them."""
    pairs: dict[tuple[str, str, bool], str] = {}
    for statement in statements:
        for sentence in sentences(statement):
            if sentence.hypothetical or PLAN.search(sentence.raw):
                continue
            stems = sentence.stems
            for i, w in enumerate(stems):
                if not first(sentence, i):
                    continue
                for j in range(max(0, i - _NEAR), min(len(stems), i + _NEAR + 1)):
                    if j != i and stems[j] != w and _word(sentence, j):
                        pairs.setdefault((w, stems[j], j < i), sentence.raw.strip())
    return pairs


def _said_plainly(sentence: Sentence, i: int) -> bool:
    """A content word a statement says plainly: not negated, not opening the sentence (an
    imperative), not an operand, not after "non", not under "only" ("an interface is only nil
    when ..." is a condition, not a claim)."""
    stems = sentence.stems
    return i > 0 and i not in sentence.negated and _word(sentence, i) and \
        stems[i - 1] != "non" and "only" not in stems[max(0, i - _NEAR):i] and \
        all(x.replace("_", "").isalnum() for x in stems[i - 1:i + 2])


def _denies(sentence: Sentence, i: int) -> bool:
    """Whether the content word at `i` is denied outright: not by "cannot" or "can't", which say
    what may not be done, nor by "without", which denies a thing, not what happens."""
    denier = sentence.denier(i)
    if denier in ("", "cannot", "without") or not _word(sentence, i):
        return False
    at = next(k for k in range(i - 1, -1, -1) if sentence.stems[k] == denier)
    return not (at and sentence.stems[at - 1] in _ABILITY)


def _claims(answer: str) -> list[Sentence]:
    """The answer's sentences that claim something of the code as it is."""
    return [s for s in sentences(answer) if not s.hypothetical and not PLAN.search(s.raw)
            and not _PURPOSE.search(s.raw) and not _fails(s.stems)]


def denied_pair(answer: str, statements: list[str], references: list[str]) -> Denial | None:
    """The first statement (a key point, a model answer) whose two neighbouring words a sentence
    of the answer says in the same order, the first denied ("`HashSet` never calls `equals`"
    against "... before calling equals") where no reference denies that word anywhere, or said
    plainly where the statement denies it and no reference states it ("flush returns the ids"
    against "flush never returns the ids"). A clause of time or condition claims neither."""
    plain: set[str] = set()
    negated: set[str] = set()
    for reference in references:
        stated_here, denied_here = _polarity(reference)
        plain |= stated_here
        negated |= denied_here
    stated, denied = _pairs(statements, _said_plainly), _pairs(statements, _denies)
    for sentence in _claims(answer):
        stems = sentence.stems
        for i, w in enumerate(stems):
            if _SUBORDINATE & set(stems[max(0, i - _NEAR - 1):i]):
                continue  # a clause of time or condition
            if _denies(sentence, i):
                found, ok = stated, w not in negated
            elif i and i not in sentence.negated and _word(sentence, i):
                found, ok = denied, w not in plain  # said plainly what a statement denies
            else:
                continue
            for j in range(max(0, i - _NEAR), min(len(stems), i + _NEAR + 1)) if ok else ():
                point = found.get((w, stems[j], j < i)) if j != i else None
                if point is not None:
                    return Denial(point, sentence.raw.strip())
    return None


_OPPOSITES: Final = (
    ("before", "after"), ("earlier", "later"), ("older", "newer"), ("reverse", "same"),
    ("ascending", "descending"), ("accept", "reject"), ("accepts", "rejects"),
    ("accepted", "rejected"), ("true", "false"), ("open", "closed"), ("inclusive", "exclusive"),
    ("shallow", "deep"), ("lazy", "eager"), ("lazily", "eagerly"),
    ("synchronous", "asynchronous"), ("synchronously", "asynchronously"),
    ("increase", "decrease"), ("larger", "smaller"), ("higher", "lower"),
    ("stable", "unstable"), ("local", "global"), ("signed", "unsigned"), ("valid", "invalid"),
    ("safe", "unsafe"), ("upper", "lower"), ("uppercase", "lowercase"),
    ("even", "odd"), ("copy", "reference"), ("copies", "references"), ("minimum", "maximum"),
    ("connected", "disconnected"), ("series", "parallel"), ("caught", "uncaught"),
    ("same", "different"), ("shared", "separate"), ("kept", "lost"), ("keeps", "loses"),
    ("strict", "loose"), ("strictly", "loosely"), ("finite", "infinite"))
"""Words that say the opposite of each other of the same thing ("closed in the reverse order"
against "in the same order", "`re.match` accepts it" against "rejects it"). Positions that two
true claims name of two things ("the first call", "the last slot"; "starts", "ends") are left
out: an answer names other things than its reference does; so are pairs whose stem is a common
verb or a synonym of one ("ordered" is "order", "checked" is "check", "equal" is "compare",
"mutable" is "change", "outside" is "escape")."""


def _opposite_table(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    """Each stem of the pairs with the stems said the opposite of it."""
    table: dict[str, set[str]] = {}
    for x, y in pairs:
        table.setdefault(stem(x), set()).add(stem(y))
        table.setdefault(stem(y), set()).add(stem(x))
    return {word: frozenset(others) for word, others in table.items()}


_OPPOSITE: Final = _opposite_table(_OPPOSITES)
_SHARED_WORDS: Final = 3
"""Content words besides the opposite that a sentence must share with a statement's sentence
to be a claim about the same thing."""


_HANDLES: Final = frozenset(stem(w) for w in ("pointer", "reference", "address", "handle", "alias"))
"""What copying only refers to the thing: "copies the pointer to one list" is "repeats references"."""


def _content(sentence: Sentence, i: int) -> bool:
    word = sentence.stems[i]
    return word not in STOP_STEMS and word not in _OPPOSITE and word.replace("_", "").isalnum()


def _content_words(sentence: Sentence) -> set[str]:
    """The sentence's content words, its words with an opposite left out."""
    return {w for k, w in enumerate(sentence.stems) if _content(sentence, k)}


def swapped_word(answer: str, statements: list[str], references: list[str]) -> Denial | None:
    """The first statement (a key point, a model answer) that a sentence of the answer says with
    one word turned into its opposite ("closed in the same order" against "closed in the reverse
    order"): the opposite said plainly next to a word the statement says beside its own, in a
    sentence sharing at least three more of the statement sentence's content words, where no
    reference states the opposite and the sentence does not say the statement's word as well."""
    stated = _stated(references)
    # (a word with an opposite, its neighbour) -> the statement's sentence and its content words
    pairs: dict[tuple[str, str], tuple[str, set[str]]] = {}
    for statement in statements:
        for sentence in sentences(statement):
            if sentence.hypothetical or PLAN.search(sentence.raw):
                continue
            words = _content_words(sentence)
            for i, w in enumerate(sentence.stems):
                if w in _OPPOSITE and i not in sentence.negated:
                    for j in range(max(0, i - _NEAR), min(len(sentence.stems), i + _NEAR + 1)):
                        if _content(sentence, j):
                            pairs.setdefault((w, sentence.stems[j]), (sentence.raw.strip(), words))
    for sentence in _claims(answer):
        mine = _content_words(sentence)
        for i, said in enumerate(sentence.stems):
            if said not in _OPPOSITE or i in sentence.negated or said in stated:
                continue
            if said == "copy" and _HANDLES & set(sentence.stems[i + 1:i + 1 + _NEAR]):
                continue  # "copies the pointer" says what a reference is, not a copy of the thing
            for other in _OPPOSITE[said] - set(sentence.stems):
                for j in range(max(0, i - _NEAR), min(len(sentence.stems), i + _NEAR + 1)):
                    found = pairs.get((other, sentence.stems[j])) if j != i else None
                    if found is not None and len(found[1] & mine) >= _SHARED_WORDS:
                        return Denial(found[0], sentence.raw.strip())
    return None
