"""How close an answer is to a reference: cosine over meaningful stems, negation marked."""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Final

from .._match import STOP_STEMS, sentences

__all__ = ["bag", "cosine", "nearest", "pairs", "recall", "similarity"]

_ASKED_WEIGHT: Final = 0.5
"""A word the question already uses says less about the answer than one it brings."""


@lru_cache(maxsize=4096)
def bag(text: str) -> Counter[str]:
    """The text's meaningful stems (numbers and symbols too); a negated one is marked `not:`."""
    out: Counter[str] = Counter()
    for sentence in sentences(text):
        for i, s in enumerate(sentence.stems):
            if s in STOP_STEMS:
                continue
            out["not:" + s if i in sentence.negated else s] += 1
    return out


def cosine(a: Counter[str], b: Counter[str], asked: frozenset[str] = frozenset()) -> float:
    """Cosine of two stem bags; stems the question uses weigh less."""
    def w(k: str) -> float:
        return _ASKED_WEIGHT if k.removeprefix("not:") in asked else 1.0
    dot = sum(a[k] * b[k] * w(k) ** 2 for k in a if k in b)
    na = math.sqrt(sum((v * w(k)) ** 2 for k, v in a.items()))
    nb = math.sqrt(sum((v * w(k)) ** 2 for k, v in b.items()))
    return dot / (na * nb) if na and nb else 0.0


@lru_cache(maxsize=4096)
def pairs(text: str) -> Counter[str]:
    """Adjacent stem pairs within each sentence (word order: "a connects b" is not "b a")."""
    out: Counter[str] = Counter()
    for sentence in sentences(text):
        for a, b in zip(sentence.stems, sentence.stems[1:], strict=False):
            out[f"{a} {b}"] += 1
    return out


def recall(answer: Counter[str], reference: Counter[str], asked: frozenset[str]) -> float:
    """The weighted share of the reference's stems that the answer says too."""
    def w(k: str) -> float:
        return _ASKED_WEIGHT if k.removeprefix("not:") in asked else 1.0
    total = sum(w(k) * v for k, v in reference.items())
    return sum(w(k) * min(v, answer[k]) for k, v in reference.items()) / total if total else 0.0


_TYPO_MIN: Final = 5
"""Stems this long that differ by one edit are one word misspelt ("seperat", "conect")."""


@lru_cache(maxsize=65536)
def _one_edit(a: str, b: str) -> bool:
    """True when b is a with one letter changed, added, dropped or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < _TYPO_MIN or \
            not (a.isalpha() and b.isalpha()):
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _spelt_as(answer: Counter[str], reference: Counter[str]) -> Counter[str]:
    """The answer's stems, each misspelling of a reference stem read as that stem."""
    out: Counter[str] = Counter()
    for key, count in answer.items():
        read = key
        if key not in reference:
            negated = key.startswith("not:")
            base = key.removeprefix("not:")
            read = next((r for r in reference if r.startswith("not:") == negated
                         and _one_edit(base, r.removeprefix("not:"))), key)
        out[read] += count
    return out


_MIX: Final = (0.4, 0.4, 0.2)
"""Weights of reference recall, stem cosine and word-pair cosine (chosen on Beetle train)."""


def similarity(answer: str, reference: str, question: str = "") -> float:
    """How much of the reference the answer says, and how closely, 0 to 1 (typos forgiven)."""
    asked = frozenset(bag(question)) if question else frozenset()
    r = bag(reference)
    a = _spelt_as(bag(answer), r)
    rw, cw, pw = _MIX
    return (rw * recall(a, r, asked) + cw * cosine(a, r, asked)
            + pw * cosine(pairs(answer), pairs(reference)))


def said_share(answer: str, reference: str, question: str = "") -> float:
    """The weighted share of the reference's stems the answer says (typos forgiven)."""
    asked = frozenset(bag(question)) if question else frozenset()
    r = bag(reference)
    return recall(_spelt_as(bag(answer), r), r, asked)


def nearest(answer: str, references: list[str], question: str = "") -> tuple[int, float]:
    """The index of the reference nearest the answer, and how near (0 to 1)."""
    best, best_sim = 0, -1.0
    for n, ref in enumerate(references):
        sim = similarity(answer, ref, question)
        if sim > best_sim:
            best, best_sim = n, sim
    return best, max(0.0, best_sim)
