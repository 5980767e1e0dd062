"""One submission: its files' tokens and fingerprints, with the template's left out."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from .fingerprints import WINDOW, Fingerprint, K, kgram_hashes, winnow
from .languages import language_of
from .tokens import Lexemes, tokenize

__all__ = ["Submission", "fingerprint", "template_hashes"]


@dataclass
class Submission:
    """A submission's fingerprints, indexed by hash, and what its code spells."""

    name: str
    fingerprints: list[Fingerprint]
    tokens: int
    lexicon: frozenset[int] = frozenset()
    """Hashes of what the code spells (comments, string literals, names): see `Lexemes`."""
    by_hash: dict[int, list[Fingerprint]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.by_hash:
            grouped: defaultdict[int, list[Fingerprint]] = defaultdict(list)
            for fp in self.fingerprints:
                grouped[fp.hash].append(fp)
            self.by_hash = dict(grouped)


def _readable(files: Mapping[str, str], language: str | None) -> list[tuple[str, str, str]]:
    """(path, text, language) of every file a grammar reads, in path order."""
    out = []
    for path in sorted(files):
        lang = language or language_of(path)
        if lang is not None:
            out.append((path, files[path], lang))
    return out


def template_hashes(files: Mapping[str, str], language: str | None = None,
                    k: int = K) -> frozenset[int]:
    """Every k-gram hash of the starter code: matches on these do not count."""
    hashes: set[int] = set()
    for path, text, lang in _readable(files, language):
        hashes.update(kgram_hashes(tokenize(text, lang, path).kinds, k))
    return frozenset(hashes)


def fingerprint(name: str, files: Mapping[str, str], *, language: str | None = None,
                template: frozenset[int] = frozenset(), k: int = K,
                window: int = WINDOW) -> Submission:
    """Tokenize and fingerprint a submission's files (`language` forces one grammar for all)."""
    prints: list[Fingerprint] = []
    lexemes = Lexemes()
    tokens = 0
    for path, text, lang in _readable(files, language):
        stream = tokenize(text, lang, path)
        # each file's token indices follow the previous file's, so a fragment never spans two
        shifted = winnow(stream, k, window, template)
        prints.extend(Fingerprint(fp.hash, fp.path, fp.start + tokens, fp.first_line,
                                  fp.last_line) for fp in shifted)
        tokens += len(stream.kinds) + k
        lexemes.comments |= stream.lexemes.comments
        lexemes.strings |= stream.lexemes.strings
        lexemes.names |= stream.lexemes.names
    return Submission(name, prints, tokens, lexemes.hashes())
