"""How many of the watcher's changes still wait for the server, told from its event log.

The watcher (`watch_directory`) owns its client and outbox; what the companion sees of it
is the event log. A `sent` or `deleted` event puts a seq in flight for its path; `acked`
clears that path's seqs up to the acked one (a later update of a path supersedes the
earlier ones still queued); `synced` means the outbox is empty.
"""

from __future__ import annotations

from typing import Any

__all__ = ["PendingChanges"]


class PendingChanges:
    """Seqs sent by the watcher and not yet acked, per path."""

    def __init__(self) -> None:
        self._seqs: dict[str, set[int]] = {}

    @property
    def count(self) -> int:
        """Changes waiting for the server's ack."""
        return sum(len(seqs) for seqs in self._seqs.values())

    def record(self, event: dict[str, Any]) -> None:
        """Take one event of the watcher's log into account."""
        kind, path, seq = event.get("event"), event.get("path"), event.get("seq")
        if kind == "synced":
            self._seqs.clear()
        elif kind in ("sent", "deleted") and path and isinstance(seq, int):
            self._seqs.setdefault(path, set()).add(seq)
        elif kind == "acked" and path and isinstance(seq, int) and path in self._seqs:
            left = {s for s in self._seqs[path] if s > seq}
            if left:
                self._seqs[path] = left
            else:
                del self._seqs[path]
