"""Workspaces rebuilt from stored changes: checkpoints (full text) plus the diffs after them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Final

from tortoise.functions import Max

from server.storage.models import Change
from viva.diffs import DiffError, apply_diff, sha256_text

__all__ = ["LATE", "FileState", "acked_seqs", "rebuild", "rebuild_files"]

LATE: Final = "late"
"""The kind of a stored update that arrived after a later seq of its client on its path: its
text is kept (full) in the history, but it never rolls the file back."""


@dataclass(slots=True)
class FileState:
    """A file as the server holds it: text (None once deleted), digest, version."""

    content: str | None
    sha256: str | None
    version: int
    since_checkpoint: int = 0
    """Bytes of diffs stored since the last full text, to decide the next checkpoint."""
    lines: list[str] | None = None
    """`content` split into lines (ends kept) when the ingest has them: the next diff is
    applied to these instead of splitting the text again."""
    seqs: dict[str, int] = field(default_factory=dict)
    """The highest seq of each client stored for this path: an update of a lower seq that
    arrives after it is late (SPEC §5: per path, updates apply in seq order)."""


_FIELDS = ("path", "version", "kind", "content", "diff", "sha256")


def _fold(rows: list[dict[str, Any]]) -> dict[str, FileState]:
    files: dict[str, FileState] = {}
    for row in rows:  # ordered by path, then version
        path, kind = row["path"], row["kind"]
        state = files.get(path)
        if kind == "full":
            files[path] = FileState(row["content"], row["sha256"], row["version"])
        elif kind == "delete":
            files[path] = FileState(None, None, row["version"])
        elif kind == LATE:  # kept in the history, never applied: the file stays as it was
            if state is not None:
                state.version = row["version"]
        elif kind == "diff":
            base = state.content if state and state.content is not None else ""
            try:
                text = apply_diff(base, row["diff"] or "")
            except DiffError:
                # stored diffs were verified when stored; this means a gap in the history,
                # so keep what the digest says is wrong rather than invent text
                text = base
            since = (state.since_checkpoint if state else 0) + len(row["diff"] or "")
            files[path] = FileState(text, row["sha256"] or sha256_text(text), row["version"], since)
    return files


async def rebuild(session_id: int, at: datetime | None = None, *,
                  seqs: bool = False) -> dict[str, FileState]:
    """Every path's state, as of now or as of `at`, including deleted paths (content None);
    with `seqs`, each path's highest seq per client too (what the ingest orders by)."""
    query = Change.filter(session_id=session_id)
    if at is not None:
        query = query.filter(created_at__lte=at)
    # only rows from each path's last checkpoint on are needed
    starts = await (query.filter(kind__in=("full", "delete")).annotate(v=Max("version"))
                    .group_by("path").values("path", "v"))
    start_of = {r["path"]: r["v"] for r in starts}
    rows = await query.order_by("path", "version").values(*_FIELDS)
    rows = [r for r in rows if r["version"] >= start_of.get(r["path"], 0)]
    files = _fold(rows)
    if seqs:
        highest = await (query.annotate(m=Max("seq")).group_by("path", "client_id")
                         .values("path", "client_id", "m"))
        for row in highest:
            if (state := files.get(row["path"])) is not None:
                state.seqs[row["client_id"]] = int(row["m"])
    return files


async def rebuild_files(session_id: int, at: datetime | None = None) -> dict[str, str]:
    """The workspace's live files, path to text."""
    return {p: s.content for p, s in sorted((await rebuild(session_id, at)).items())
            if s.content is not None}


async def acked_seqs(session_id: int) -> dict[str, int]:
    """The highest stored seq of each client of a session."""
    rows = await (Change.filter(session_id=session_id).annotate(m=Max("seq"))
                  .group_by("client_id").values("client_id", "m"))
    return {r["client_id"]: int(r["m"]) for r in rows}
