"""Grading against a rubric: key points covered, misconceptions stated, reasoning about this code."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from .._match import Sentence, negated_before, notations, phrase_stems, sentences, stem, word_stems
from ..concepts import CONCEPTS
from ..factsheet import FactSheet, fact_sheet
from ..findings import dialect_of
from ..guard import content_words, is_non_answer, is_restatement, neutralise
from ..rubric import KeyPoint, Rubric
from ..types import CodeQuestion, Evaluation
from .catalogue import catalogue_misconceptions
from .claims import contradictions
from .observed import (
    asks_output,
    gives_lines,
    gives_output,
    misplaced_line,
    misstated_output,
    printed,
    stated_output,
)
from .polarity import denied_pair, denied_point, swapped_word
from .results import (
    denied_exception,
    denied_fix,
    denied_hazard,
    expected_results,
    other_literal,
    other_quantity,
    other_result,
    other_value,
    other_verdict,
    verdict,
)
from .similarity import similarity

__all__ = ["Grade", "claimed_degrees", "complexity_degree", "grade", "grade_answer",
           "language_of", "rubric_of"]

_BIG_O: Final = re.compile(r"\bO\s*\(\s*([^()]{1,30}(?:\([^()]*\))?[^()]{0,10})\)", re.IGNORECASE)
_WORDS_DEGREE: Final = (("cxcubic", 3), ("cxquadratic", 2), ("cxproduct", 2), ("cxnlogn", 1),
                        ("cxlinear", 1), ("cxlog", 0), ("cxconstant", 0))
_CLAIM_WORDS: Final = frozenset([
    "is", "are", "was", "were", "be", "been", "can", "could", "will", "would", "should",
    "must", "might", "may", "does", "do", "did", "has", "have", "had", "becomes", "become",
    "gets", "means", "mean", "makes", "make", "runs", "run", "returns", "return", "calls",
    "call", "uses", "use", "takes", "take", "grows", "grow", "leaks", "leak", "fails", "fail",
    "raises", "raise", "throws", "throw", "lets", "let", "allows", "allow", "stops", "stop",
    "keeps", "keep", "happens", "happen", "breaks", "break", "causes", "cause", "needs",
    "need", "because", "since", "so", "therefore", "thus", "hence", "which", "when", "if",
])
_VERBS: Final = (
    "add", "append", "block", "cancel", "catch", "change", "check", "close", "come", "compare",
    "continue", "copy", "count", "crash", "create", "deadlock", "delete", "drop", "escape",
    "finish", "give", "go", "grow", "handle", "hang", "hold", "ignore", "insert", "lock", "log",
    "lose", "match", "move", "mutate", "open", "overflow", "overwrite", "panic", "pass", "point",
    "print", "propagate", "read", "reject", "release", "remove", "reset", "resolve", "retry",
    "say", "scan", "send", "share", "show", "skip", "sort", "start", "stay", "succeed",
    "swallow", "trigger", "truncate", "wait", "wrap", "write", "yield",
)
"""Verbs an answer about code states what happens with, in their finite forms below."""


def _inflected(verb: str) -> tuple[str, str]:
    """A regular verb's third person and past forms: `copy` copies, copied; `drop` drops,
    dropped; `wrap` wraps, wrapped; `pass` passes, passed."""
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies", verb[:-1] + "ied"
    third = verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "o")) else "s")
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb):  # one syllable, one short vowel
        return third, verb + verb[-1] + "ed"
    return third, verb + ("d" if verb.endswith("e") else "ed")


_FINITE: Final = frozenset(
    form for verb in _VERBS for form in (verb, *_inflected(verb))) | frozenset(
    ["gave", "went", "grew", "held", "hung", "lost", "read", "said", "sent", "shown", "wrote",
     "written", "came", "caught", "bails", "bail", "ends", "end"])
_REASONS: Final = frozenset([
    "because", "since", "therefore", "thus", "hence", "so", "otherwise", "means", "which",
    "unless", "then", "example", "instead",
])
_ABOUT_OUTPUT: Final = re.compile(r"\b(output|lines|prints?|printed|logs?|logged)\b", re.IGNORECASE)
"""A key point about what the code prints ("the exact three lines of output")."""
_SPECIFIC_CAP: Final = 2.0
_MISCONCEPTION_PENALTY: Final = 3.0
_BLUFF_CAP: Final = 2
_WRONG_CAP: Final = 3.0
"""An answer that states something false about the code scores at most this, whatever else it
covers: the band of wrong answers, below a partial answer that says nothing false."""
_TERSE_CAP: Final = 6
"""A correct phrase without a sentence around it (no reasoning shown) scores at most this."""
_COPY: Final = 0.8
"""An answer this near a model answer says what it says: its style is the reference's."""
_RECALL_FULL: Final = 0.5
_GLOBAL_BLEND: Final = 0.8
_POINTS_BLEND: Final = 0.6
"""The same, for a model answer of several claims (each a key point)."""
_NEAR_FULL: Final = 0.8
_SAYS_REFERENCE: Final = 0.25
"""Similarity to a model answer above which a short answer is no non-answer nor restatement."""
_NON_ANSWER_WORDS: Final = re.compile(r"\b(don'?t know|no idea|not sure|idk|dunno|no clue)\b",
                                      re.IGNORECASE)
"""Similarity to the nearest model answer that counts as saying all of it."""
"""Share of a model-answer point's words that counts as the whole point."""
"""A list of names and buzzwords with no claim scores at most a non-answer (0) plus this."""

_CAMEL: Final = re.compile(r"\b[a-z]+(?:[A-Z][a-z0-9]+)+\b|\b(?:[A-Z][a-z0-9]+){2,}\b")
"""A name in camel case (`getSuppressed`, `IllegalStateException`)."""
_CAMEL_PART: Final = re.compile(r"[A-Z]?[a-z0-9]+")

@dataclass
class Grade:
    """The grade of one answer against a rubric."""

    score: int
    covered: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    misconceptions: list[str] = field(default_factory=list)
    feedback: str = ""


def complexity_degree(text: str) -> int | None:
    """Polynomial degree of a big-O body ('n^2' -> 2, 'n*m' -> 2, '1' -> 0, 'limit' -> 1,
    'V+E' -> 1: a sum grows as its largest term, 'V*(V+E)' -> 2)."""
    body = text.lower().replace("²", "^2").replace("³", "^3").replace("**", "^")
    body = re.sub(r"\blog\s*\(?\s*\w*\s*\)?|\blg\s*\w*", "", body).strip()
    if re.fullmatch(r"o?\(?\s*1\s*\)?", body):
        return 0
    # the innermost brackets first: each becomes a variable of its degree (a sum's largest)
    while (inner := re.search(r"\(([^()]*)\)", body)) is not None:
        degree = _sum_degree(inner.group(1))
        body = body[:inner.start()] + (f" x^{degree} " if degree else " 1 ") + body[inner.end():]
    degree = _sum_degree(body)
    return degree if degree or "1" in body else None


def _sum_degree(body: str) -> int:
    """The degree of a sum of products: its largest term's. A whole identifier is one variable
    (O(limit) is linear in limit, not five letters)."""
    return max((sum(int(power) if power else 1 for _, power in
                    re.findall(r"([a-z_][a-z0-9_]*)(?:\s*\^\s*(\d+))?", term))
                for term in body.split("+")), default=0)


def claimed_degrees(answer: str) -> list[int]:
    """Every complexity degree the answer claims (a negated one, 'not cubic', is no claim)."""
    claims: list[int] = []
    for sentence in sentences(answer):
        for i, token in enumerate(sentence.stems):
            degree = dict(_WORDS_DEGREE).get(token)
            if degree is not None and i not in sentence.negated and degree not in claims:
                claims.append(degree)
    return claims


_DEGREE_SHOWN: Final = {0: "constant (or logarithmic)", 1: "linear", 2: "quadratic",
                        3: "cubic"}


def _understated_cost(answer: str, reference: str) -> str | None:
    """The model answer's cost when the answer claims only lower ones (not as a plan)."""
    said = [s for s in sentences(answer) if not s.hypothetical]
    claimed = [d for s in said for i, t in enumerate(s.stems)
               if (d := dict(_WORDS_DEGREE).get(t)) is not None and i not in s.negated]
    stated = claimed_degrees(reference)
    if not claimed or not stated or stated[0] != max(stated) or max(claimed) >= max(stated):
        return None
    return (f"The cost is {_DEGREE_SHOWN.get(max(stated), 'higher')}, not "
            f"{_DEGREE_SHOWN.get(max(claimed), 'lower')} as the answer says")


def rubric_of(question: CodeQuestion) -> Rubric:
    """The question's rubric; for a question stored before rubrics, one built from its labels."""
    if question.rubric is not None and not question.rubric.empty:
        return question.rubric
    stored = question.facts.get("rubric")
    if isinstance(stored, dict):
        rebuilt = Rubric.from_json(stored)
        if not rebuilt.empty:
            return rebuilt
    points = []
    for n, label in enumerate(question.expected):
        pattern = CONCEPTS.get(label)
        evidence = [f"re:{pattern.pattern}"] if pattern is not None else [label]
        points.append(KeyPoint(f"k{n + 1}", label, evidence))
    return Rubric(points, [], None)


@lru_cache(maxsize=2048)
def _compiled(pattern: str) -> re.Pattern[str] | None:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error:
        return None


def _regex(pattern: str, raw: str) -> bool:
    compiled = _compiled(pattern)
    return compiled is not None and compiled.search(raw) is not None


def _regex_said(pattern: str, raw: str) -> bool:
    """Whether the pattern occurs where no negation just before takes it back: "no fix is
    needed" says no fix, "don't sort it, copy it" still says copy."""
    compiled = _compiled(pattern)
    return compiled is not None and any(not negated_before(raw, m.start())
                                        for m in compiled.finditer(raw))


def _phrase_score(stems: tuple[str, ...], said: tuple[Sentence, ...]) -> float:
    if not stems:
        return 0.0
    best = 0.0
    for sentence in said:
        present = set(sentence.stems)
        best = max(best, sum(1 for s in stems if s in present) / len(stems))
    # A long phrase said mostly counts; a short one must be said whole.
    need = 1.0 if len(stems) <= 2 else 0.75
    return 1.0 if best >= need else (0.5 if len(stems) >= 3 and best >= 0.5 else 0.0)


def _name_words(name: str) -> tuple[str, ...]:
    """The stems of a camel-case name's words (`getSuppressed`: get, suppressed)."""
    return tuple(stem(part) for part in _CAMEL_PART.findall(name))


@lru_cache(maxsize=1024)
def _camel_parts(text: str) -> dict[str, tuple[str, ...]]:
    """The camel-case names of a text, each by its stem as one word, with its words' stems."""
    out: dict[str, tuple[str, ...]] = {}
    for name in _CAMEL.findall(text):
        whole = phrase_stems(name.lower())
        if len(whole) == 1:
            out[whole[0]] = _name_words(name)
    return out


def _coverage(point: KeyPoint, raw: str, said: tuple[Sentence, ...], words: set[str],
              typed: str = "", *, alternatives: bool = False) -> float:
    """How far the answer makes the point (0 to 1). A `re:` pattern is tried on the answer with
    its notations folded (`O(n*m)` read as ` cxproduct `) and, given `typed`, on the answer as
    typed (contractions spelled out, `notations(..., fold=False)`), so a pattern written for
    what a candidate types (`O(n*m)`) is not lost to the folding."""
    plain = [phrase_stems(e) for e in point.evidence if not e.startswith("re:")]
    # A point written for a question about code lists its phrasings as alternatives, any one of
    # which makes it ("size_t", "cast", "SIZE_MAX", "check", ...); a point split from a model
    # answer is a bag of its words, made in proportion to how many are said.
    if not alternatives and len(plain) >= 3 and all(len(p) == 1 for p in plain):
        # A point given as many single words (a model answer's) is covered in proportion; a
        # camel-case name of the point (`clearTimeout`) is said in its words ("clear the
        # timeout")
        parts = _camel_parts(point.claim)
        recall = sum(1 for p in plain if p[0] in words or (
            p[0] in parts and all(w in words for w in parts[p[0]]))) / len(plain)
        best = min(1.0, recall / _RECALL_FULL)
        # its patterns, if any, still make it whole
        patterns = [e[3:] for e in point.evidence if e.startswith("re:")]
        if best < 1.0 and any(_pattern_said(p, raw, typed) for p in patterns):
            best = 1.0
        return best
    best = 0.0
    for item in point.evidence:
        if item.startswith("re:"):
            best = max(best, 1.0 if _pattern_said(item[3:], raw, typed) else 0.0)
        else:
            best = max(best, _phrase_score(phrase_stems(item), said))
    return best


def _pattern_said(pattern: str, raw: str, typed: str) -> bool:
    """A `re:` pattern said in the answer with its notations folded, or as typed."""
    return _regex_said(pattern, raw) or (bool(typed) and typed != raw and
                                         _regex_said(pattern, typed))


def _states(evidence: list[str], raw: str, said: tuple[Sentence, ...]) -> bool:
    """True when a sentence about the code states the phrase, not negated."""
    for item in evidence:
        if item.startswith("re:"):
            # one sentence at a time, and never one about what one would do instead
            if any(_regex(item[3:], s.raw) for s in said if not s.hypothetical):
                return True
            continue
        seq = word_stems(item)
        if seq and any(s.says(seq) and not s.hypothetical for s in said):
            return True
    return False


def _is_claim(sentence: Sentence) -> bool:
    words = re.findall(r"[a-z_'][a-z0-9_'.]*", sentence.raw)
    return len(words) >= 4 and any(w in _CLAIM_WORDS or w in _FINITE or _redone(w) for w in words)


def _redone(word: str) -> bool:
    """A finite verb again ("rescans", "reopened"): `re` and an inflected verb of _FINITE."""
    return word.startswith("re") and word[2:] in _FINITE and word[2:] not in _VERBS


_DENIAL: Final = re.compile(r"\s*(nothing|none|no(pe)?\b|there is no|there's no|"
                            r"it (does not|doesn't|is not|isn't)|not really|never)\b",
                            re.IGNORECASE)
_SUBSTANTIAL: Final = 12
_MAX_ANSWER: Final = 12_000
"""Characters of an answer that are graded."""
_FUNCTION_WORDS: Final = frozenset(
    [
        "a", "an", "the", "is", "are", "was", "were", "be", "to", "of", "in", "on", "at", "by",
        "for", "with", "from", "that", "this", "it", "its", "and", "or", "but", "so", "if", "then",
        "than", "as", "not", "no", "because", "when", "which", "so", "into", "each", "every",
        "all", "any", "can", "will", "would", "does", "do", "has", "have", "i", "we", "you",
        "they", "there", "about", "after", "before", "between", "through", "under", "over",
        "up", "down", "out", "off", "onto", "upon", "via", "per", "without", "within",
        "against", "during", "until", "since", "while", "where", "how", "what", "who", "whose",
        "whether", "these", "those", "both", "either", "neither", "nor", "yet", "also",
        "still", "just", "been", "being", "had", "did", "should", "could", "may", "might",
        "must", "shall", "he", "she", "him", "her", "them", "their", "our", "my", "your", "me",
        "us", "here", "hence", "thus",
    ])
"""Closed-class words (determiners, pronouns, prepositions, auxiliaries, conjunctions)."""
_CONTRACTION: Final = re.compile(r"\w(n't|'re|'s|'ve|'ll|'d|'m)$")
"""A contraction ("aren't", "they're") holds an auxiliary or a pronoun: a function word."""


_ARROW: Final = frozenset(["->", "=>", "→", "⇒", "-->"])
"""An arrow between two terms ("unhandled rejection -> crash") says one leads to the other: a
relation, written where prose has "so" or "causes"."""
_CODE_TOKEN: Final = re.compile(r"[()\[\]{}=<>*&|!?/\\`$]|::|->|\w\.\w|_|[a-z][A-Z]|\d")
"""A token written as code (a call, a member, an operator, a snake- or camel-case name, a number)
rather than as a word of prose."""
_BASE_CLAIMS: Final = frozenset([
    "become", "get", "mean", "make", "run", "return", "call", "use", "take", "grow", "leak",
    "fail", "raise", "throw", "let", "allow", "stop", "keep", "happen", "break", "cause", "need",
    "because", "since", "so", "therefore", "thus", "hence", "which", "when", "if"])
_PREDICATES: Final = (_CLAIM_WORDS | _FINITE) - frozenset(_VERBS) - _BASE_CLAIMS - {"bail", "end"}
"""Words that make a clause of a fragment: an auxiliary or modal ("is", "can") or a verb in a
finite form ("leaks", "blocks", "copied"); a base form ("leak", "lock") is as often a noun."""
_PARTICIPLES: Final = frozenset(w for w in _PREDICATES if w.endswith("ed")) | frozenset(
    ["lost", "held", "hung", "caught", "sent", "read", "said", "shown", "written"])
"""Finite forms that are also participles, which before a noun name a thing ("lost updates")."""


def _prose(text: str) -> list[str]:
    """The answer's words of prose, lower case: code tokens (`usage.compute(k)`, `gone->nick`,
    `PassUsage`, `O(n^2)`) left out; an arrow between terms kept as "->" and a "+" or "&" that
    joins terms ("binary search + bisect") as "+"."""
    out = []
    for token in text.split():
        bare = token.strip(",.;:\"'")
        if bare in _ARROW:
            out.append("->")
        elif bare in ("+", "&", "|", "/"):
            out.append("+")
        elif re.search(r"\w", bare) and not _CODE_TOKEN.search(bare):  # a lone "-" is no word
            out.append(bare.lower())
    return out


def _predicates(words: list[str]) -> int:
    """How many clauses a run of words holds: its predicate words and arrows, a participle
    first ("lost updates", "shared list") naming a thing rather than saying one ("one ride lost",
    "conn leaked")."""
    return sum(1 for i, w in enumerate(words)
               if w == "->" or (w in _PREDICATES and not (i == 0 and w in _PARTICIPLES)))


def _telegraphic(text: str) -> bool:
    """True for a run of terms with almost no function words (a keyword dump, not prose).
    Code is neither: a terse answer that writes its fix as code (`usage.compute(id, ...)`) is
    judged by its words of prose, and where those are too few to judge by their function words,
    by whether they hold a clause ("count ends below 6000", "node crashes"). Two clauses
    ("rows leaked -> pool exhausted") make a fragment, not a dump."""
    if len(text.split()) < 6:
        return False
    words = _prose(text)
    few = len([w for w in words if w != "+"]) < 6
    if few and len(words) < 2:
        return True
    sparse = sum(1 for w in words if w in _FUNCTION_WORDS or w == "->" or
                 _CONTRACTION.search(w)) / len(words) < 0.12
    return sparse and _predicates(words) < (1 if few else 2)


def _is_list(text: str) -> bool:
    """True for a list of names and terms (five or more short items make up the answer). A
    bracketed value or a code span is one item: `[5, 3, 7]` is a value, not three terms. An item
    that is a clause (a predicate, an arrow, code such as `room = gone->room`) is no term: a terse
    answer lists consequences and steps, a dump only terms."""
    text = re.sub(r"\[[^\[\]\n]*\]|\([^()\n]*\)|\{[^{}\n]*\}|`[^`\n]*`", "v", text)
    parts = [p.strip() for p in re.split(r"[,;\n]", text) if p.strip()]
    short = [p for p in parts if len(p.split()) <= 4]
    terms = [p for p in short if not _clause(p)]
    return len(parts) >= 5 and len(terms) >= 0.8 * len(parts) and \
        sum(len(p.split()) for p in parts) / len(parts) <= 3


def _clause(part: str) -> bool:
    """Whether a short item of a comma-separated answer says something rather than names it."""
    tokens = part.split()
    if len(tokens) < 2:
        return False
    words = [t.strip(".:\"'").lower() for t in tokens]
    return any(w in _ARROW or "=" in w for w in words) or _predicates(words) > 0


def _code_names(code: str, question: str) -> set[str]:
    """Identifiers and numbers in the code that the question did not already name."""
    names = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]{2,}|\b\d{2,}\b", code))
    named = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*|\d+", question))
    common = {w for w in names if w.lower() in _COMMON}
    return {n.lower() for n in names - named - common}


_COMMON: Final = frozenset(
    [
        "the", "and", "for", "with", "return", "def", "class", "import", "from", "self", "this",
        "none", "null", "true", "false", "const", "let", "var", "function", "func", "public",
        "private", "static", "void", "int", "string", "new", "else", "elif", "while", "try",
        "except", "catch", "finally", "raise", "throw", "throws", "async", "await", "package",
        "main", "type", "struct", "err", "nil", "range", "len", "print", "println", "console",
        "log", "data", "value", "result", "list", "dict", "map", "set", "get", "put", "key",
        "keys", "values", "item", "items", "name", "error", "errors", "file", "line", "lines",
        "text", "args", "kwargs",
    ])


THIS_CODE: Final = "this_code"
"""The id of the key point that ties an answer to the code asked about (`questions._rubric`)."""
_IDENTIFIER: Final = re.compile(r"[A-Za-z_$][\w$]*")


def _cites_code(text: str, code: str, question: str) -> bool:
    """Whether the answer writes, as code, a name of this code that the question did not
    already name: `get_for_family`, `strip().lower()`, `self.sessions`, `RUnlock`. As code means
    a snake- or camel-case name, or one written with a call, a member access, a scope or in
    backticks; a name that is also a plain word ("rows", "series") said as a word ties nothing,
    and neither does repeating what the question quoted."""
    names = _code_names(code, question)
    if not names:
        return False
    for match in _IDENTIFIER.finditer(text):
        token = match.group()
        if token.lower() not in names or len(token) < 3:
            continue
        before, after = text[max(0, match.start() - 2):match.start()], text[match.end():]
        if "_" in token.strip("_") or re.search(r"[a-z][A-Z]", token) or \
                before.endswith((".", "->", "::", "`")) or re.match(r"\(|\[|`|->|::|\.\w", after):
            return True
    return False


def _specific(said: tuple[Sentence, ...], names: set[str], line: int) -> float:
    hits: set[str] = set()
    if not names:
        return 0.0
    pattern = re.compile(r"(?<![\w])(" + "|".join(map(re.escape, sorted(names, key=len,
                                                                      reverse=True))) + r")(?![\w])")
    for sentence in said:
        if not _is_claim(sentence):
            continue
        low = sentence.raw.lower()
        hits.update(pattern.findall(low))
        if line and re.search(rf"\blines?\s+{line}\b", low):
            hits.add(f"line {line}")
    return min(_SPECIFIC_CAP, 0.75 * len(hits))


def _reasoned(said: tuple[Sentence, ...]) -> bool:
    for sentence in said:
        words = set(re.findall(r"[a-z]+", sentence.raw))
        if words & _REASONS and _is_claim(sentence) and len(words) >= 6:
            return True
    return False


def _feedback(score: int, covered: list[str], missing: list[str], wrong: list[str],
              notes: list[str]) -> str:
    parts = [f"Score {score}/10."]
    parts.append("Covered: " + "; ".join(covered) + "." if covered else
                 "Covered: none of the key points.")
    if missing:
        parts.append("Missed: " + "; ".join(missing) + ".")
    if wrong:
        parts.append("Wrong: " + "; ".join(wrong) + ".")
    parts.extend(n[0].upper() + n[1:] + "." for n in notes)
    return " ".join(parts)


@lru_cache(maxsize=64)
def _names(code: str) -> frozenset[str]:
    """The identifiers of a piece of code, in lower case."""
    return frozenset(n.lower() for n in re.findall(r"[A-Za-z_$][\w$]*", code))


def grade_answer(question: str, answer: str, rubric: Rubric, *, code: str = "",
                 facts: FactSheet | None = None, language: str = "",
                 output: str | None = None, source: str = "") -> Grade:
    """Grade an answer against a rubric: key points, misconceptions, specificity, bluff.

    `facts`, the code's fact sheet, turns a claim it contradicts into a misconception; the
    catalogue of well-known misconceptions applies to every answer, and its entries for one
    language to answers about code in it (`language`, else the fact sheet's). `output`, what
    the code printed when it was run, does the same to a result the answer states that the run
    did not print. `source`, the code itself, keeps the catalogue to entries about it.
    """
    # Nothing a candidate types in a viva needs more; longer text only costs time.
    cleaned = neutralise(answer[:_MAX_ANSWER])
    text = cleaned.text
    notes = ["instructions to the examiner in the answer were ignored and earn nothing"] \
        if cleaned.injected else []
    claims = [k.claim for k in rubric.key_points]
    near = max((similarity(text, r, question) for r in rubric.references), default=0.0)
    # A short answer that says what a model answer says is an answer, even in the question's
    # own words ("there is a gap"; "terminal 1 is not connected to the positive terminal").
    says_reference = near >= _SAYS_REFERENCE and not _NON_ANSWER_WORDS.search(text)
    if not says_reference and (is_non_answer(text) or
                               (question and is_restatement(text, question))):
        reason = "the answer restates the question" if text and not is_non_answer(text) \
            else "the answer does not address the question"
        return Grade(0, [], claims, [], _feedback(0, [], claims, [], [reason, *notes]))
    said = sentences(text)
    raw = notations(text)
    typed = notations(text, fold=False)
    words = {s for sentence in said for s in sentence.stems}
    # a name's words count as said (`getSuppressed` says "suppressed", `isDecimal` "decimal")
    words |= {w for name in _CAMEL.findall(text) for w in _name_words(name)}
    # what the run printed outranks any reference's words for it; without a run, the output a
    # model answer quotes as a block stands for one, else the model answer itself when it
    # states the lines in its words
    ran = bool(output)
    in_words = False
    if not ran and (code or source) and asks_output(question):
        output = next((q for r in rubric.references if (q := stated_output(r, question)).strip()),
                      None)
        in_words = output is not None and output in rubric.references
    # an answer that writes out every line of the output makes the point that asks for it
    # ("the exact three lines of output"), in whatever words it puts around them
    writes_output = bool(output) and not in_words and asks_output(question) and \
        gives_output(text, output or "")
    total = sum(max(0.0, k.weight) for k in rubric.key_points) or 1.0
    covered: list[str] = []
    missing: list[str] = []
    gained = 0.0
    for point in rubric.key_points:
        share = 1.0 if writes_output and _ABOUT_OUTPUT.search(point.claim) else \
            _coverage(point, raw, said, words, typed,
                      alternatives=rubric.about is not None and point.id != THIS_CODE)
        if point.id == THIS_CODE and share < 1.0 and code and _cites_code(text, code, question):
            share = 1.0
        gained += share * max(0.0, point.weight)
        (covered if share >= 0.5 else missing).append(point.claim)
    coverage = gained / total
    if rubric.about is None and not code:
        # Without code the rubric is a model answer's: how near the answer is to the nearest
        # model answer counts most, so a paraphrase that splits the points differently is not
        # lost (weights chosen on SemEval-2013 Beetle train, benchmarks/grading_beetle.py).
        if rubric.references:
            overall = min(1.0, near / _NEAR_FULL)
        else:
            pool = {p for k in rubric.key_points for e in k.evidence if not e.startswith("re:")
                    for p in phrase_stems(e)}
            overall = min(1.0, sum(1 for p in pool if p in words) / len(pool) / _RECALL_FULL) \
                if pool else coverage
        # a model answer of one claim is matched whole; one of several claims, point by point
        blend = _GLOBAL_BLEND if len(rubric.key_points) <= 1 else _POINTS_BLEND
        blended = (1 - blend) * coverage + blend * overall
        # Key points given with the question say what an answer must make; the model answer,
        # which says more (a fix, a detail), is one more way of making them all, so being near
        # it can raise the grade, and being far from it (saying less) cannot lower it.
        coverage = max(coverage, blended) if rubric.points_given else blended
    wrong = [m.claim for m in rubric.misconceptions if _states(m.evidence, raw, said)]
    # About code (a fact sheet given), a model answer that opens with its largest cost states
    # the code's cost; an answer that claims only lower ones contradicts it.
    understated = _understated_cost(text, rubric.references[0]) \
        if rubric.references and facts is not None and facts.parsed else None
    if understated:
        wrong.append(understated)
    focus = rubric.about.identifier if rubric.about is not None else ""
    for claim in [*contradictions(text, facts, focus), *catalogue_misconceptions(
            text, facts.language if facts is not None and facts.parsed else language, source)]:
        if claim not in wrong:
            wrong.append(claim)
    # without an output, or where it shows nothing against the answer, a result other than the
    # reference's ("prints 16" for "0")
    other = misstated_output(text, output, question, ran=ran, prose=in_words) \
        if output and not writes_output else ""
    if not other and output and not in_words and asks_output(question):
        other = misplaced_line(text, output)  # "the first line is ..." where it is not
    if not other and rubric.about is None:
        expected = expected_results([k.claim for k in rubric.key_points], rubric.references)
        # with a run, a reference's result is what of it the code printed: the explanation's
        # numbers ("0 + 1 + 4 + 9", "10, 20, 30 ms") are no output, and a result mostly
        # unprinted is not about the output at all
        expected = [part for e in expected if len(part := printed(e, output)) >= 2
                    and 2 * len(part) >= len(e)] if output else expected
        other = other_result(text, expected, rubric.references) or other_literal(
            text, [k.claim for k in rubric.key_points], rubric.references)
    if other and other not in wrong:
        wrong.append(other)
    if (opposite := other_verdict(question, text, rubric.references,
                                  _names(code or source) if code or source else frozenset())) \
            and opposite not in wrong:
        wrong.append(opposite)
    if (denied := denied_hazard(text, rubric.references) or denied_exception(
            text, rubric.references)) and denied not in wrong:
        wrong.append(denied)
    if (code or source) and (unfixed := denied_fix(text, rubric.references)) and \
            unfixed not in wrong:
        wrong.append(unfixed)
    if (code or source) and (amount := other_quantity(question, text, rubric.references)) and \
            amount not in wrong:
        wrong.append(amount)
    # a key point or a model answer said the other way round (about code: a word denied; about
    # code or in prose: a word turned into its opposite)
    turned = None
    if not wrong:
        statements = [*claims, *rubric.references]
        if code or source:
            turned = denied_point(text, claims, rubric.references) or \
                denied_pair(text, statements, rubric.references)
        turned = turned or swapped_word(text, statements, rubric.references)
    if turned is not None:
        wrong.append(turned.correction)  # and the point it denies is not made
        if turned.point in covered:
            covered.remove(turned.point)
            missing.append(turned.point)
    if (code or source) and (changed := other_value(text, rubric.references, _names(code or source))) \
            and changed not in wrong:
        wrong.append(changed)
    if rubric.about is None and not code and _DENIAL.match(text) and not any(
            _DENIAL.match(k.claim) for k in rubric.key_points) and not any(
            s.negated for r in rubric.references for s in sentences(r)) and not any(
            verdict(r) == "no" for r in rubric.references):
        # "Nothing goes wrong" to a question whose model answer says what does; "No" to
        # one whose model answer says no too is none.
        wrong.append("The answer denies what the model answer states")
    about = rubric.about
    has_code = bool(code) or about is not None
    # Against model answers in prose, how near the answer is says it all; a "because" adds
    # nothing there (measured on Beetle train), while about code, reasoning earns a point.
    prose = bool(rubric.references) and not has_code
    scale = 7.0 if has_code else (10.0 if prose else 9.0)
    points = scale * coverage
    if coverage >= 0.2 and not prose:
        if code:
            names = _code_names(code, question)
            if about is not None and about.identifier:
                names.add(about.identifier.lower())
            points += _specific(said, names, about.line if about else 0)
        points += 1.0 if _reasoned(said) else 0.0
    points -= _MISCONCEPTION_PENALTY * len(wrong)
    if wrong:
        points = min(points, _WRONG_CAP)
    elif has_code and covered and not missing:  # about code: every key point made, nothing wrong
        points = 10.0
    if near >= _COPY:
        pass  # a model answer's own style (numbers, a formula, a list) is no bluff
    elif asks_output(question) and output and not in_words and gives_lines(text, output):
        pass  # the printed lines written out, one under another, are the result asked for
    elif _is_list(text) or _telegraphic(text):
        points = min(points, _BLUFF_CAP)
        notes.append("the answer lists names and terms without claiming anything about them")
    elif not any(_is_claim(s) for s in said):
        points = min(points, _TERSE_CAP)
        notes.append("the answer names the idea without a sentence that explains it")
    if cleaned.injected and len(content_words(text)) < _SUBSTANTIAL:
        # What is left around an instruction to the examiner is too little to be an answer.
        points = min(points, 1)
    score = max(0, min(10, round(points)))
    return Grade(score, covered, missing, wrong, _feedback(score, covered, missing, wrong, notes))


_EXTENSIONS: Final = {".py": "python", ".js": "javascript", ".mjs": "javascript",
                      ".cjs": "javascript", ".jsx": "javascript", ".ts": "typescript",
                      ".tsx": "typescript", ".go": "go", ".java": "java", ".c": "c", ".h": "c",
                      ".cc": "cpp", ".cpp": "cpp", ".cxx": "cpp", ".hpp": "cpp", ".hh": "cpp",
                      ".rs": "rust"}


def language_of(path: str) -> str:
    """The language of a file, from its extension (python when unknown)."""
    suffix = path[path.rfind("."):].lower() if "." in path else ""
    return _EXTENSIONS.get(suffix, "python")


def grade(question: CodeQuestion, response: str, code: str = "") -> Evaluation:
    """Grade an answer to a code question against its rubric (the offline examiner's grade)."""
    rubric = rubric_of(question)
    # The names around the finding, kept with the question, stand for the code: the grade is
    # then the same whichever caller passes (or does not pass) the file.
    names = question.facts.get("names")
    context = " ".join(map(str, names)) if isinstance(names, list) and names else code
    facts = fact_sheet(code, language_of(question.path), dialect_of(question.path)) \
        if code else None
    result = grade_answer(question.text, response, rubric, code=context, facts=facts,
                          language=language_of(question.path))
    return Evaluation(result.score, result.feedback, list(result.covered), list(result.missing),
                      covered=list(result.covered), misconceptions=list(result.misconceptions))

