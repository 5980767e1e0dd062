"""How close an answer is to a reference: cosine over meaningful stems, negation marked."""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import Final

from .._match import NEGATORS, STOP, sentences, stem

__all__ = ["bag", "cosine", "nearest", "pairs", "recall", "similarity"]

_STOP_STEMS: Final = frozenset(stem(w) for w in STOP) | frozenset(NEGATORS)
_ASKED_WEIGHT: Final = 0.5
"""A word the question already uses says less about the answer than one it brings."""


@lru_cache(maxsize=4096)
def bag(text: str) -> Counter[str]:
    """The text's meaningful stems (numbers and symbols too); a negated one is marked `not:`."""
    out: Counter[str] = Counter()
    for sentence in sentences(text):
        for i, s in enumerate(sentence.stems):
            if s in _STOP_STEMS:
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


_MIX: Final = (0.4, 0.4, 0.2)
"""Weights of reference recall, stem cosine and word-pair cosine (chosen on Beetle train)."""


def similarity(answer: str, reference: str, question: str = "") -> float:
    """How much of the reference the answer says, and how closely, 0 to 1."""
    asked = frozenset(bag(question)) if question else frozenset()
    a, r = bag(answer), bag(reference)
    rw, cw, pw = _MIX
    return (rw * recall(a, r, asked) + cw * cosine(a, r, asked)
            + pw * cosine(pairs(answer), pairs(reference)))


def nearest(answer: str, references: list[str], question: str = "") -> tuple[int, float]:
    """The index of the reference nearest the answer, and how near (0 to 1)."""
    best, best_sim = 0, -1.0
    for n, ref in enumerate(references):
        sim = similarity(answer, ref, question)
        if sim > best_sim:
            best, best_sim = n, sim
    return best, max(0.0, best_sim)
