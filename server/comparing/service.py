"""Similarity between the candidates of an assessment, as each session closes (SPEC §8).

When a session closes its final code is fingerprinted (the pack's starter files excluded)
and stored: the fingerprints in `CodePrint`, each distinct hash in `PrintHash`, the inverted
index. The earlier sessions of the assessment that share a hash are found by an indexed
lookup, so the cost of one comparison does not grow with the number of candidates; each of
them is compared with the new one by the engine, pairs above `LISTED` are stored in
`SimilarPair` with their fragments and where each came from, and pairs above `SIGNALLED`
become a `similarity` integrity signal on both sessions (through `on_signals`, a callback
the app makes: the flags belong to the examining feature).

Lexemes (hashes of comments, string literals and names) go into the same index, negated
(`-h - 1`) so that they never meet a fingerprint hash: how many sessions spell one is how
rare, and so how telling, it is.
"""

from __future__ import annotations

import asyncio
import logging
from collections import Counter, defaultdict
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any, Final

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count
from tortoise.transactions import in_transaction

from server.comparing.provenance import load_history, provenance, strongest
from server.examiner import IntegritySignal
from server.similarity import (
    COMMON_SHARE,
    Fingerprint,
    Pair,
    Submission,
    compare,
    fingerprint,
    template_hashes,
)
from server.similarity.engine import RARE_SHARE
from server.storage.models import CodePrint, PrintHash, Session, SimilarPair
from server.storage.workspace import rebuild_files

__all__ = ["LISTED", "SIGNALLED", "Comparer", "assessment_pairs", "session_pairs",
           "similarity_signal"]

log = logging.getLogger(__name__)

LISTED: Final = 0.1
"""Pairs at least this similar are kept for `GET /assessments/{slug}/similarity`."""
SIGNALLED: Final = 0.25
"""Pairs at least this similar raise a signal: above every pair of independent solutions in
the benchmark (3,003 pairs: 99th percentile 0.10, highest 0.22; see docs/similarity.md)."""
WARN: Final = 0.5
"""From here the signal is a warning."""
MIN_SHARED: Final = 2
"""Sessions sharing fewer distinct fingerprints than this are not compared."""
MAX_COMPARED: Final = 50
"""At most this many earlier sessions (those sharing most) are compared with a closing one."""
_CHUNK: Final = 500


def similarity_signal(other: int, pair: Pair) -> IntegritySignal:
    """The signal one session of a similar pair gets, naming the other."""
    return IntegritySignal("similarity", None, None,
                  f"code is {pair.similarity:.0%} similar to session {other}'s (longest matched "
                  f"fragment {pair.longest_fragment} tokens, {len(pair.blocks)} blocks): "
                  "compare them side by side", "warn" if pair.similarity >= WARN else "info")


def _prints_json(submission: Submission) -> list[list[Any]]:
    return [[fp.hash, fp.path, fp.start, fp.first_line, fp.last_line]
            for fp in submission.fingerprints]


def _submission(name: str, row: CodePrint) -> Submission:
    prints = [Fingerprint(int(h), str(p), int(s), int(a), int(b)) for h, p, s, a, b in row.prints]
    return Submission(name, prints, row.tokens, frozenset(int(x) for x in row.lexicon))


def _lines(files: dict[str, str], path: str, first: int, last: int) -> list[str]:
    return files.get(path, "").splitlines()[first - 1:last]


class Comparer:
    """Fingerprints closed sessions and compares each with the earlier ones of its assessment."""

    def __init__(self, on_signals: Callable[[int, list[IntegritySignal]], Awaitable[object]], *,
                 connection: str = "default") -> None:
        self._on_signals = on_signals
        self._connection = connection
        self._locks: defaultdict[int, asyncio.Lock] = defaultdict(asyncio.Lock)

    async def compare_session(self, session_id: int) -> list[SimilarPair]:
        """Fingerprint a closed session once and compare it with the earlier ones."""
        async with self._locks[session_id]:
            try:
                return await self._compare(session_id)
            finally:
                self._locks.pop(session_id, None)

    async def _compare(self, session_id: int) -> list[SimilarPair]:
        session = await Session.get_or_none(id=session_id).prefetch_related("assessment")
        if session is None or session.assessment is None:
            return []
        if await CodePrint.exists(session_id=session_id):
            return []  # compared when it closed; a second close changes nothing
        assessment = session.assessment
        starter: dict[str, str] = ((assessment.pack or {}).get("task") or {}).get("files") or {}
        files = await rebuild_files(session_id)
        # parsing is CPU work: off the event loop
        mine = await asyncio.to_thread(
            lambda: fingerprint(str(session_id), files, template=template_hashes(starter)))
        keys = sorted({*mine.by_hash, *(-x - 1 for x in mine.lexicon)})
        # the fingerprints and their index in one transaction: a process dying between the two
        # would leave a session that counts as compared and that no later session can find.
        # Indexed before the lookup: of two sessions closing at once on two processes, at
        # least one sees the other (both may: the pair's unique key keeps one row)
        try:
            async with in_transaction(self._connection) as conn:
                await CodePrint.create(session_id=session_id, assessment_id=assessment.id,
                                       tokens=mine.tokens, prints=_prints_json(mine),
                                       lexicon=sorted(mine.lexicon), created_at=datetime.now(UTC),
                                       using_db=conn)
                await PrintHash.bulk_create([PrintHash(assessment_id=assessment.id, hash=h,
                                                       session_id=session_id) for h in keys],
                                            using_db=conn)
        except IntegrityError:  # another process is comparing this session
            return []
        sessions = await CodePrint.filter(assessment_id=assessment.id).count()
        # how many sessions hold each key (an aggregate over the index, one row per key);
        # only then who holds the keys that are not common, so a hash every candidate has
        # never makes the lookup read a row per candidate
        counts = await self._counts(assessment.id, keys)
        common = frozenset(h for h, n in counts.items() if h >= 0 and sessions >= 10
                           and n > COMMON_SHARE * sessions)
        holders = await self._holders(assessment.id, [h for h in mine.by_hash
                                                      if h not in common], session_id)
        rare_limit = max(2, int(RARE_SHARE * sessions))

        def rare(lexicon: frozenset[int]) -> frozenset[int]:
            return frozenset(x for x in lexicon if counts.get(-x - 1, 1) <= rare_limit)

        mine.lexicon = rare(mine.lexicon)
        shared = Counter(s for who in holders.values() for s in who)
        # the sessions sharing most, those sharing a single fingerprint left out (they cannot
        # reach LISTED): the work of one close is bounded, however many candidates came before
        nearest = sorted((s for s, n in shared.items() if n >= MIN_SHARED),
                         key=lambda s: (-shared[s], s))[:MAX_COMPARED]
        rows = await CodePrint.filter(session_id__in=nearest).order_by("session_id")
        others = [_submission(str(row.session_id), row) for row in rows]  # type: ignore[attr-defined]
        unknown = {h for o in others for h in (*o.by_hash, *(-x - 1 for x in o.lexicon))
                   if h not in counts}
        counts.update(await self._counts(assessment.id, sorted(unknown)))
        for other in others:
            other.lexicon = rare(other.lexicon)

        def compare_all_nearest() -> list[tuple[int, Pair]]:
            out = []
            for theirs in others:
                other_id = int(theirs.name)
                # the earlier session (the lower id) is always on the left
                left, right = (theirs, mine) if other_id < session_id else (mine, theirs)
                out.append((other_id, compare(left, right, ignore=common, holders=counts)))
            return out

        stored: list[SimilarPair] = []
        for other_id, pair in await asyncio.to_thread(compare_all_nearest):
            if pair.similarity < LISTED:
                continue
            found = await self._store_pair(assessment.id, pair, starter)
            if found is not None:
                stored.append(found)
            if pair.similarity >= SIGNALLED:
                await self._on_signals(session_id, [similarity_signal(other_id, pair)])
                await self._on_signals(other_id, [similarity_signal(session_id, pair)])
        return stored

    async def _counts(self, assessment_id: int, keys: list[int]) -> dict[int, int]:
        """hash -> how many sessions of the assessment hold it, through the index."""
        counts: dict[int, int] = {}
        for start in range(0, len(keys), _CHUNK):
            rows = await PrintHash.filter(assessment_id=assessment_id,
                                          hash__in=keys[start:start + _CHUNK]
                                          ).annotate(n=Count("id")).group_by("hash"
                                                                             ).values("hash", "n")
            counts.update({int(r["hash"]): int(r["n"]) for r in rows})
        return counts

    async def _holders(self, assessment_id: int, keys: list[int], session_id: int
                       ) -> dict[int, set[int]]:
        """hash -> the other sessions holding it, looked up in chunks through the index."""
        holders: defaultdict[int, set[int]] = defaultdict(set)
        for start in range(0, len(keys), _CHUNK):
            rows = await PrintHash.filter(assessment_id=assessment_id,
                                          hash__in=keys[start:start + _CHUNK]
                                          ).exclude(session_id=session_id
                                                    ).values_list("hash", "session_id")
            for h, sid in rows:
                holders[int(h)].add(int(sid))
        return holders

    async def _store_pair(self, assessment_id: int, pair: Pair, starter: dict[str, str]
                          ) -> SimilarPair | None:
        """Store a pair with its fragments and where each came from on both sides."""
        sides = []
        for name, paths in ((pair.left, {b.left[0] for b in pair.blocks}),
                            (pair.right, {b.right[0] for b in pair.blocks})):
            sid = int(name)
            sides.append((await rebuild_files(sid), await load_history(sid, starter, paths)))
        (left_files, left_history), (right_files, right_history) = sides
        fragments = []
        for block in pair.blocks:
            mine = provenance(left_history, block.left[0], _lines(left_files, *block.left))
            theirs = provenance(right_history, block.right[0], _lines(right_files, *block.right))
            fragments.append({
                "left": {"path": block.left[0], "lines": [block.left[1], block.left[2]],
                         "provenance": mine},
                "right": {"path": block.right[0], "lines": [block.right[1], block.right[2]],
                          "provenance": theirs},
                "provenance": strongest(mine, theirs)})
        try:
            return await SimilarPair.create(
                assessment_id=assessment_id, left_id=int(pair.left), right_id=int(pair.right),
                similarity=round(pair.similarity, 4), longest_fragment=pair.longest_fragment,
                fragments=fragments, created_at=datetime.now(UTC))
        except IntegrityError:  # the other session's process stored it first
            return None


async def assessment_pairs(assessment_id: int) -> list[dict[str, Any]]:
    """The stored pairs of an assessment, most similar first, as SPEC §4 shows them."""
    rows = await SimilarPair.filter(assessment_id=assessment_id).order_by(
        "-similarity", "-longest_fragment", "id").values(
        "left_id", "right_id", "similarity", "longest_fragment", "fragments")
    return [{"sessions": [r["left_id"], r["right_id"]], "similarity": r["similarity"],
             "longest_fragment": r["longest_fragment"], "fragments": r["fragments"]}
            for r in rows]


async def session_pairs(session_id: int) -> list[dict[str, Any]]:
    """The stored pairs one session is in, most similar first, the session always `left`."""
    rows = await SimilarPair.filter(left_id=session_id).values(
        "left_id", "right_id", "similarity", "longest_fragment", "fragments")
    rows += await SimilarPair.filter(right_id=session_id).values(
        "left_id", "right_id", "similarity", "longest_fragment", "fragments")
    out = []
    for r in rows:
        flip = r["right_id"] == session_id
        fragments = [{"left": f["right"], "right": f["left"], "provenance": f["provenance"]}
                     if flip else f for f in r["fragments"]]
        out.append({"sessions": [session_id, r["left_id"] if flip else r["right_id"]],
                    "similarity": r["similarity"], "longest_fragment": r["longest_fragment"],
                    "fragments": fragments})
    out.sort(key=lambda p: (-p["similarity"], -p["longest_fragment"]))
    return out
