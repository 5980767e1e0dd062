"""Sending the outbox's file updates over one connection, and settling them (SPEC §5 Delivery).

`UpdateSender` sends each pending update as a diff against what the server already has, or
as whole content, with at most `window` of them awaiting their ack. An ack settles an
update (and sends it whole again if the server holds other content); a `resync` sends a
path's latest content whole; an `error` naming a seq sends it again later or gives it up.
"""

from __future__ import annotations

import asyncio
import heapq
from collections.abc import Iterable
from typing import Any, Final

from viva.diffs import make_diff, sha256_text
from viva.outbox import Outbox, PendingUpdate
from viva.protocol import Message, encode, validate_path
from viva.sender import OutboxSender, logger

__all__ = ["MAX_REPAIRS", "TRANSIENT_ERRORS", "WINDOW", "UpdateSender"]

WINDOW: Final = 64
"""Updates sent but not yet acked, at most; a faster producer waits for acks."""
MAX_REPAIRS: Final = 2
"""Whole-content resends of a path whose ack showed other content, before giving up."""
TRANSIENT_ERRORS: Final = frozenset({"store_unavailable", "rate_limited", "internal_error"})
"""Error codes after which an update is sent again; any other code refuses it for good."""


class UpdateSender(OutboxSender):
    """The outbox's file updates on the wire: what to send next, what awaits its ack."""

    def __init__(self, outbox: Outbox, *, name: str, wake: asyncio.Event,
                 connected: asyncio.Event) -> None:
        super().__init__(outbox, name=name, wake=wake, connected=connected)
        self.drained = asyncio.Event()
        """Set while every update is acked (or refused for good)."""
        if not len(outbox):
            self.drained.set()
        # per connection: seqs waiting to be sent (a heap), seq -> "sent as a diff" for
        # updates awaiting their ack, and what the server will hold per path once the
        # updates sent so far are applied (absent: unknown, so send whole content).
        self._to_send: list[int] = []
        self._inflight: dict[int, bool] = {}
        self._base: dict[str, str] = {}
        self._repairs: dict[str, int] = {}

    @property
    def queued(self) -> bool:
        """Whether updates are waiting to be sent (not counting those awaiting an ack)."""
        return bool(self._to_send)

    def enqueue_many(self, updates: Iterable[tuple[str, str | None]]) -> list[int | None]:
        """Queue several updates (None content: a deletion) in one commit; their seqs."""
        results: list[int | None] = []
        latest: dict[str, str | None] = {}
        items: list[tuple[str, str | None]] = []
        for raw_path, content in updates:
            path = validate_path(raw_path)
            current = latest[path] if path in latest else self._outbox.latest(path)
            if content == current:
                results.append(None)
                continue
            latest[path] = content
            items.append((path, content))
            results.append(-1)
        # Updates of these paths that are not on the wire yet are superseded: coalesce.
        superseded = [u.seq for path in latest for u in self._outbox.pending_for(path)
                      if u.seq not in self._inflight]
        seqs = iter(self._outbox.enqueue_many(items, replace=superseded))
        results = [next(seqs) if r == -1 else None for r in results]
        if self._connected.is_set():
            for seq in results:
                if seq is not None:
                    heapq.heappush(self._to_send, seq)
            self._wake.set()
        if len(self._outbox):
            self.drained.clear()
        return results

    def restart(self, acked_through: int | None) -> None:
        """A new connection: settle what the server says it stored, then resend the rest."""
        if acked_through is not None:
            self._after_acks(self._outbox.ack_through(acked_through))
        self._inflight.clear()
        self._base = self._outbox.acked_files()
        self._to_send = [u.seq for u in self._outbox.pending()]  # sorted: a valid heap

    def next_frame(self, window: int) -> str | None:
        """The next update's frame, now counted as on the wire; None when none may go now."""
        while self._to_send and len(self._inflight) < window:
            seq = heapq.heappop(self._to_send)
            update = self._outbox.get(seq)
            if update is None or seq in self._inflight:
                continue  # acked meanwhile, or already on the wire
            frame, as_diff = self._frame(update)
            self._inflight[seq] = as_diff
            return frame
        return None

    def _frame(self, update: PendingUpdate) -> tuple[str, bool]:
        data: dict[str, Any] = {"path": update.path, "seq": update.seq,
                                "client_id": self._outbox.client_id, "ts": update.ts}
        if update.content is None:
            self._base.pop(update.path, None)
            return encode("file_deleted", data), False
        content = update.content
        data["sha256"] = sha256_text(content)
        base = None if update.whole else self._base.get(update.path)
        self._base[update.path] = content
        if base is not None:
            diff = make_diff(base, content, update.path)
            if diff and len(diff) < len(content):
                data.update(diff=diff, base_sha256=sha256_text(base))
                return encode("code_update", data), True
        data["content"] = content
        return encode("code_update", data), False

    def acked(self, seq: int, server_sha: str | None) -> None:
        """Record an ack; if the server's copy is not what we sent, send it whole again."""
        self._inflight.pop(seq, None)
        done = self._outbox.ack([seq])
        self._wake.set()
        if done and self._differs(done[0], server_sha):
            self._repair(done[0])
        self._after_acks(done)

    def _differs(self, update: PendingUpdate, server_sha: str | None) -> bool:
        ours = sha256_text(update.content) if update.content is not None else None
        if (server_sha is None and ours is not None) or server_sha == ours:
            self._repairs.pop(update.path, None)
            return False  # it matches, or the server did not say what it holds
        # a later update of this path, if any, will be checked instead
        return not self._outbox.pending_for(update.path)

    def _repair(self, update: PendingUpdate) -> None:
        # An ack for a seq the server counted as stored without storing it (e.g. a resend
        # at or below its high-water mark): make the server's copy ours again.
        tries = self._repairs.get(update.path, 0)
        if tries >= MAX_REPAIRS:
            logger.warning("%s: the server keeps another version of %s; leaving it",
                           self.name, update.path)
            return
        self._repairs[update.path] = tries + 1
        self._base.pop(update.path, None)
        heapq.heappush(self._to_send, self._outbox.enqueue(
            update.path, update.content, whole=True, ts=update.ts))

    def resync(self, path: str) -> None:
        """The server's copy of `path` is not our base: send its latest content whole.

        The refused seqs are replaced by one new seq: a server that counts seqs by a
        high-water mark would take a resend of a refused seq, once a later one is stored,
        for a duplicate.
        """
        self._base.pop(path, None)
        pending = self._outbox.pending_for(path)
        if not any(self._inflight.get(u.seq) for u in pending):
            return  # no diff of ours is waiting: an answer to one we already replaced
        stale = [u.seq for u in pending if self._inflight.get(u.seq, True)]
        for seq in stale:
            self._inflight.pop(seq, None)
        latest = pending[-1]
        heapq.heappush(self._to_send, self._outbox.enqueue(
            path, latest.content, replace=stale, whole=True, ts=latest.ts))
        self._wake.set()

    def refused(self, seq: object, msg: Message) -> None:
        """An error; when it names an update on the wire, send it again later or give it up."""
        if not isinstance(seq, int) or seq not in self._inflight:
            self._log_error(msg)
            return
        del self._inflight[seq]
        if msg.data.code in TRANSIENT_ERRORS:
            loop = asyncio.get_running_loop()
            loop.call_later(1.0, self._requeue, seq)
            return
        dropped = self._outbox.drop([seq])
        for update in dropped:
            self._base.pop(update.path, None)
            logger.warning("%s: the server refused %s (%s): %s", self.name, update.path,
                           msg.data.code, msg.data.error)
        self._after_acks(dropped)
        self._wake.set()

    def _requeue(self, seq: int) -> None:
        if self._outbox.get(seq) is not None and self._connected.is_set():
            heapq.heappush(self._to_send, seq)
            self._wake.set()

    def _after_acks(self, done: list[PendingUpdate]) -> None:
        # Called with acked or dropped updates: the outbox may just have emptied.
        if done and not len(self._outbox):
            self.drained.set()
