"""Every pair of a set of submissions, most similar first."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Final

from .fingerprints import WINDOW, K
from .index import Index
from .pairs import Pair, compare
from .submission import fingerprint, template_hashes

__all__ = ["COMMON_SHARE", "compare_all"]

COMMON_SHARE: Final = 0.5
"""A fingerprint held by more than this share of the submissions (ten or more) is ignored."""
RARE_SHARE: Final = 0.05
"""A lexeme is rare when at most this share of the submissions (or two) spell it."""


def rare_lexemes(lexemes: list[frozenset[int]], share: float = RARE_SHARE) -> frozenset[int]:
    """The lexemes spelt by at most two submissions, or `share` of them when that is more."""
    counts = Counter(x for each in lexemes for x in each)
    limit = max(2, int(share * len(lexemes)))
    return frozenset(x for x, n in counts.items() if n <= limit)


def compare_all(submissions: Sequence[tuple[str, Mapping[str, str]]], *,
                language: str | None = None, template: Mapping[str, str] | None = None,
                k: int = K, window: int = WINDOW, common_share: float | None = COMMON_SHARE,
                every_pair: bool = True, lexical: bool = True, weighted: bool = True
                ) -> list[Pair]:
    """Compare every pair of (name, files) submissions; most similar first.

    `every_pair` False leaves out the pairs that share nothing; `lexical` False weighs the
    structure alone; `weighted` False counts every fingerprint alike (else each weighs
    1/sqrt of how many submissions hold it).
    """
    ignore = template_hashes(template, language, k) if template else frozenset()
    index = Index()
    for name, files in submissions:
        index.add(fingerprint(name, files, language=language, template=ignore, k=k,
                              window=window))
    common = index.common(common_share) if common_share is not None else frozenset()
    names = list(index.submissions)
    holders = index.counts() if weighted else None
    if lexical:  # what many spell alike is no evidence: keep the rare lexemes only
        rare = rare_lexemes([s.lexicon for s in index.submissions.values()])
        for submission in index.submissions.values():
            submission.lexicon &= rare
    order = {name: i for i, name in enumerate(names)}
    pairs: list[Pair] = []
    for i, name in enumerate(names):
        left = index.submissions[name]
        sharing = index.sharing(left.by_hash, common)
        for other in sorted((n for n in sharing if order[n] > i), key=order.__getitem__):
            pairs.append(compare(left, index.submissions[other], k=k, window=window,
                                 ignore=common, lexical=lexical, holders=holders))
        if every_pair:
            pairs.extend(Pair(name, other, 0.0, 0, []) for other in names[i + 1:]
                         if other not in sharing)
    pairs.sort(key=lambda p: (-p.similarity, -p.longest_fragment, order[p.left], order[p.right]))
    return pairs
