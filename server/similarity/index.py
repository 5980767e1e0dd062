"""The inverted index: fingerprint hash -> the submissions holding it.

A new submission is looked up hash by hash, so finding the earlier submissions it shares
anything with costs one lookup per fingerprint, however many submissions came before.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from .submission import Submission

__all__ = ["Index"]


class Index:
    """Fingerprints of every submission added, by hash."""

    def __init__(self) -> None:
        self._postings: defaultdict[int, list[str]] = defaultdict(list)
        self.submissions: dict[str, Submission] = {}

    def __len__(self) -> int:
        return len(self.submissions)

    def add(self, submission: Submission) -> None:
        """Index a submission under each of its hashes (a name added again replaces nothing)."""
        if submission.name in self.submissions:
            raise ValueError(f"submission {submission.name!r} is indexed already")
        self.submissions[submission.name] = submission
        for h in submission.by_hash:
            self._postings[h].append(submission.name)

    def holders(self, h: int) -> list[str]:
        """The submissions holding hash `h`."""
        return self._postings.get(h, [])

    def counts(self) -> dict[int, int]:
        """hash -> how many submissions hold it."""
        return {h: len(names) for h, names in self._postings.items()}

    def sharing(self, hashes: Iterable[int], ignore: frozenset[int] = frozenset()
                ) -> Counter[str]:
        """Indexed submissions by how many of `hashes` they share."""
        counts: Counter[str] = Counter()
        for h in hashes:
            if h not in ignore:
                counts.update(self._postings.get(h, ()))
        return counts

    def common(self, share: float, minimum: int = 10) -> frozenset[int]:
        """Hashes held by more than `share` of the submissions (only once there are `minimum`):
        what nearly everyone writes is no evidence that two of them copied."""
        if len(self.submissions) < minimum:
            return frozenset()
        limit = share * len(self.submissions)
        return frozenset(h for h, names in self._postings.items() if len(names) > limit)
