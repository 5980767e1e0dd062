"""k-gram fingerprints selected by winnowing (Schleimer, Wilkerson and Aiken, 2003).

Every run of `k` consecutive tokens of a file is hashed; of every `window` consecutive
hashes the smallest is kept (the rightmost on a tie), so any match of at least
`k + window - 1` tokens is guaranteed to share a kept fingerprint, while only about
2 / (window + 1) of the hashes are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from .tokens import TokenStream

__all__ = ["WINDOW", "Fingerprint", "K", "kgram_hashes", "winnow"]

K: Final = 10
"""Tokens per k-gram: shorter runs are too common between independent solutions to count."""
WINDOW: Final = 4
"""k-grams per winnowing window."""
_PRIME: Final = (1 << 61) - 1
_BASE: Final = 1_000_003


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """A kept k-gram: its hash, the file, its first token's index and its line range."""

    hash: int
    path: str
    start: int
    first_line: int
    last_line: int


def kgram_hashes(kinds: list[int], k: int = K) -> list[int]:
    """The rolling hash of every k-gram of a token stream, in order."""
    if len(kinds) < k:
        return []
    top = pow(_BASE, k - 1, _PRIME)
    h = 0
    for code in kinds[:k]:
        h = (h * _BASE + code) % _PRIME
    out = [h]
    for i in range(k, len(kinds)):
        h = ((h - kinds[i - k] * top) * _BASE + kinds[i]) % _PRIME
        out.append(h)
    return out


def _covered(hashes: list[int], k: int, ignore: frozenset[int]) -> list[int]:
    """Prefix counts of the tokens that some ignored k-gram covers (the template's code)."""
    cover = [0] * (len(hashes) + k)
    for i, h in enumerate(hashes):
        if h in ignore:
            cover[i] += 1
            cover[i + k] -= 1
    prefix = [0]
    depth = 0
    for step in cover:
        depth += step
        prefix.append(prefix[-1] + (depth > 0))
    return prefix


def winnow(stream: TokenStream, k: int = K, window: int = WINDOW,
           ignore: frozenset[int] = frozenset()) -> list[Fingerprint]:
    """The fingerprints winnowing keeps from one file, less any k-gram that touches a token
    of an ignored k-gram (the template's: a k-gram running from starter code into the
    candidate's is not the candidate's either)."""
    hashes = kgram_hashes(stream.kinds, k)
    if not hashes:
        return []
    prefix = _covered(hashes, k, ignore) if ignore else None
    kept: list[Fingerprint] = []
    last = -1
    lines = stream.lines
    for end in range(max(1, len(hashes) - window + 1)):
        chunk = hashes[end:end + window]
        low = min(chunk)
        at = end + len(chunk) - 1 - chunk[::-1].index(low)
        if at != last:
            last = at
            if prefix is None or prefix[at + k] == prefix[at]:
                kept.append(Fingerprint(low, stream.path, at, lines[at],
                                        max(lines[at:at + k])))
    return kept
