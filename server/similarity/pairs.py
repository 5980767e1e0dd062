"""A pair of submissions: similarity, the longest matched fragment, the matched line blocks.

Matches are the pairs of fingerprints with the same hash on both sides. Matches on one
diagonal (the same offset between the two token streams) that follow each other closely are
one fragment; fragments whose line ranges touch on both sides are merged into one block, so a
proctor reads a few blocks rather than dozens of k-grams.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from .fingerprints import WINDOW, Fingerprint, K
from .submission import Submission

__all__ = ["LEXICAL_WEIGHT", "Block", "Pair", "compare", "lexical_overlap"]

LEXICAL_WEIGHT: Final = 0.3
"""How far shared rare lexemes (identical comments, string literals, unusual names) lift a
pair's similarity towards 1: `structural + (1 - structural) * LEXICAL_WEIGHT * overlap`."""

_MAX_OCCURRENCES: Final = 4
"""A hash seen more often than this in one submission is matched by its first few only."""


@dataclass(frozen=True)
class Block:
    """Matched lines, as (path, first_line, last_line) on each side."""

    left: tuple[str, int, int]
    right: tuple[str, int, int]
    tokens: int


@dataclass(frozen=True)
class Pair:
    """Two submissions compared: 0..1 similarity, longest fragment in tokens, the blocks."""

    left: str
    right: str
    similarity: float
    longest_fragment: int
    blocks: list[Block]


def _similarity(left: Submission, right: Submission, shared: set[int],
                holders: Mapping[int, int] | None) -> float:
    """Shared fingerprints over all, both sides; with `holders` (how many submissions hold
    each hash) each weighs 1/sqrt(holders): what many write alike tells less."""
    if holders is None:
        total = len(left.fingerprints) + len(right.fingerprints)
        covered = sum(len(left.by_hash[h]) + len(right.by_hash[h]) for h in shared)
        return covered / total if total else 0.0

    def weight(h: int) -> float:
        return 1.0 / math.sqrt(max(1, holders.get(h, 1)))

    total_w = sum(weight(h) * len(fps) for side in (left, right) for h, fps in side.by_hash.items())
    covered_w = sum(weight(h) * (len(left.by_hash[h]) + len(right.by_hash[h])) for h in shared)
    return covered_w / total_w if total_w else 0.0


def lexical_overlap(left: frozenset[int], right: frozenset[int]) -> float:
    """0..1: the share of the smaller lexicon the other spells the same."""
    if not left or not right:
        return 0.0
    return len(left & right) / min(len(left), len(right))


def _fragments(matches: list[tuple[Fingerprint, Fingerprint]], k: int, gap: int
               ) -> list[list[tuple[Fingerprint, Fingerprint]]]:
    """Matches chained along their diagonals, each chain one fragment."""
    diagonals: defaultdict[tuple[str, str, int], list[tuple[Fingerprint, Fingerprint]]] = \
        defaultdict(list)
    for a, b in matches:
        diagonals[(a.path, b.path, b.start - a.start)].append((a, b))
    chains = []
    for run in diagonals.values():
        run.sort(key=lambda m: m[0].start)
        chain = [run[0]]
        for m in run[1:]:
            if m[0].start - chain[-1][0].start <= gap:
                chain.append(m)
            else:
                chains.append(chain)
                chain = [m]
        chains.append(chain)
    return chains


def _merge(blocks: list[Block]) -> list[Block]:
    """Blocks whose line ranges overlap or touch on both sides, as one (until none do)."""
    while True:
        merged = _merge_once(blocks)
        if len(merged) == len(blocks):
            return merged
        blocks = merged


def _merge_once(blocks: list[Block]) -> list[Block]:
    merged: list[Block] = []
    for block in sorted(blocks, key=lambda b: (b.left, b.right)):
        for i, seen in enumerate(merged):
            if _touch(seen.left, block.left) and _touch(seen.right, block.right):
                merged[i] = Block(_span(seen.left, block.left), _span(seen.right, block.right),
                                  seen.tokens + block.tokens)
                break
        else:
            merged.append(block)
    return sorted(merged, key=lambda b: (b.left[0], b.left[1]))


def _touch(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and a[1] <= b[2] + 1 and b[1] <= a[2] + 1


def _span(a: tuple[str, int, int], b: tuple[str, int, int]) -> tuple[str, int, int]:
    return a[0], min(a[1], b[1]), max(a[2], b[2])


def compare(left: Submission, right: Submission, *, k: int = K, window: int = WINDOW,
            ignore: frozenset[int] = frozenset(), lexical: bool = True,
            holders: Mapping[int, int] | None = None) -> Pair:
    """Compare two submissions (hashes in `ignore`, e.g. the corpus's commonest, count as
    unshared). With `lexical`, their lexicons (narrowed by the caller to the rare lexemes)
    lift the structural similarity; with `holders` (hash -> how many submissions of the
    corpus hold it) rarer fingerprints weigh more."""
    shared = (left.by_hash.keys() & right.by_hash.keys()) - ignore
    matches = [(a, b) for h in shared for a in left.by_hash[h][:_MAX_OCCURRENCES]
               for b in right.by_hash[h][:_MAX_OCCURRENCES]]
    if not matches:  # shared lexemes lift shared structure; alone they are no match
        return Pair(left.name, right.name, 0.0, 0, [])
    overlap = lexical_overlap(left.lexicon, right.lexicon) if lexical else 0.0
    blocks = []
    longest = 0
    for chain in _fragments(matches, k, k + window):
        first, last = chain[0], chain[-1]
        tokens = last[0].start - first[0].start + k
        longest = max(longest, tokens)
        blocks.append(Block(
            (first[0].path, min(a.first_line for a, _ in chain), max(a.last_line for a, _ in chain)),
            (first[1].path, min(b.first_line for _, b in chain), max(b.last_line for _, b in chain)),
            tokens))
    structural = _similarity(left, right, shared, holders)
    return Pair(left.name, right.name, structural + (1 - structural) * LEXICAL_WEIGHT * overlap,
                longest, _merge(blocks))
