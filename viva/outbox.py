"""The client's durable outbox: what it promised to send, and what the server has acked.

One SQLite file in the client's state directory (WAL, `synchronous=FULL` commits) holds:

- `client_id` (a uuid, made once) and the next `seq` (strictly increasing, never reused);
- the pending updates, in seq order: path plus whole content, or a deletion;
- per path, the last content the server acked, with its SHA-256;
- the candidate's answers not yet confirmed, one per question (interaction id).

An update is committed here before it is sent, so a crash at any point loses nothing: on
the next start the pending updates are resent, and the server's idempotency key
`(session, client_id, seq)` makes a resend harmless. Answers are kept the same way until the
server grades or refuses them; a resend is harmless because the server takes one answer
per question and refuses the next with `already_answered`. All methods are synchronous and quick;
the client calls them from its event loop.
"""

from __future__ import annotations

import sqlite3
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Final

from viva.diffs import sha256_text

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; one client per directory is on the user
    fcntl = None  # type: ignore[assignment]

__all__ = ["Outbox", "OutboxBusy", "PendingAnswer", "PendingUpdate"]

DB_NAME: Final = "outbox.db"
"""File name of the outbox inside the state directory."""

_SCHEMA: Final = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS pending (
    seq INTEGER PRIMARY KEY,
    path TEXT NOT NULL,
    content TEXT,              -- NULL: the file was deleted
    whole INTEGER NOT NULL DEFAULT 0, -- 1: send whole content, never a diff
    ts REAL NOT NULL                  -- when the change was made (Unix time)
);
CREATE INDEX IF NOT EXISTS pending_path ON pending (path, seq);
CREATE TABLE IF NOT EXISTS acked (
    path TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS answers (
    interaction_id TEXT PRIMARY KEY,
    response TEXT NOT NULL,
    queued REAL NOT NULL              -- when the answer was given (Unix time)
);
"""


class OutboxBusy(RuntimeError):
    """Another process has this state directory's outbox open."""


@dataclass(slots=True)
class PendingUpdate:
    """One update not yet acked: `content` is None for a deletion."""

    seq: int
    path: str
    content: str | None
    whole: bool = False
    """Send whole content, never a diff (the server asked for a resync)."""
    ts: float = 0.0
    """When the change was made (Unix time)."""

    @property
    def deleted(self) -> bool:
        """True when this update deletes the file."""
        return self.content is None


@dataclass(frozen=True, slots=True)
class PendingAnswer:
    """An answer to a code question that the server has not confirmed yet."""

    interaction_id: str
    response: str
    queued: float
    """When the answer was given (Unix time)."""


class Outbox:
    """The durable outbox of one client (one state directory)."""

    def __init__(self, state_dir: Path) -> None:
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / DB_NAME
        self._lock = _lock(state_dir / (DB_NAME + ".lock"))
        self._db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=FULL")
        self._db.executescript(_SCHEMA)
        with self._tx():
            row = self._db.execute("SELECT value FROM meta WHERE key='client_id'").fetchone()
            if row is None:
                self.client_id = uuid.uuid4().hex
                self._db.execute("INSERT INTO meta VALUES ('client_id', ?)", (self.client_id,))
                self._db.execute("INSERT INTO meta VALUES ('next_seq', '1')")
            else:
                self.client_id = str(row[0])
            self._next_seq = int(self._db.execute(
                "SELECT value FROM meta WHERE key='next_seq'").fetchone()[0])
        self._pending: dict[int, PendingUpdate] = {}
        self._by_path: dict[str, list[int]] = {}
        for seq, path, content, whole, ts in self._db.execute(
                "SELECT seq, path, content, whole, ts FROM pending ORDER BY seq"):
            self._remember(PendingUpdate(seq, path, content, bool(whole), ts))
        self._acked: dict[str, tuple[str, int]] = {
            path: (content, seq) for path, content, seq in self._db.execute(
                "SELECT path, content, seq FROM acked")
        }
        self._answers: dict[str, PendingAnswer] = {
            iid: PendingAnswer(iid, response, queued) for iid, response, queued in self._db.execute(
                "SELECT interaction_id, response, queued FROM answers ORDER BY queued, rowid")
        }

    def _remember(self, update: PendingUpdate) -> None:
        self._pending[update.seq] = update
        self._by_path.setdefault(update.path, []).append(update.seq)

    def _forget(self, seq: int) -> PendingUpdate:
        update = self._pending.pop(seq)
        seqs = self._by_path[update.path]
        seqs.remove(seq)
        if not seqs:
            del self._by_path[update.path]
        return update

    def _tx(self) -> sqlite3.Connection:
        # `with self._db:` commits or rolls back; BEGIN IMMEDIATE takes the write lock first.
        self._db.execute("BEGIN IMMEDIATE")
        return self._db

    def close(self) -> None:
        """Close the database and let another process open it."""
        self._db.close()
        if self._lock is not None:
            self._lock.close()
            self._lock = None

    # --- reading ---------------------------------------------------------------------

    def pending(self) -> list[PendingUpdate]:
        """Every pending update in seq order."""
        return sorted(self._pending.values(), key=lambda u: u.seq)

    def get(self, seq: int) -> PendingUpdate | None:
        """The pending update with this seq, if it is still pending."""
        return self._pending.get(seq)

    def __len__(self) -> int:
        return len(self._pending)

    def acked_files(self) -> dict[str, str]:
        """Last acked content per path: what the server has from this client."""
        return {path: content for path, (content, _seq) in self._acked.items()}

    def acked_content(self, path: str) -> str | None:
        """Last acked content of `path`, or None when the server has none from us."""
        entry = self._acked.get(path)
        return entry[0] if entry else None

    def pending_for(self, path: str) -> list[PendingUpdate]:
        """The pending updates of one path, in seq order."""
        return [self._pending[seq] for seq in self._by_path.get(path, ())]

    def latest_files(self) -> dict[str, str]:
        """What the server will have once every pending update is acked."""
        files = self.acked_files()
        for path, seqs in self._by_path.items():
            content = self._pending[seqs[-1]].content
            if content is None:
                files.pop(path, None)
            else:
                files[path] = content
        return files

    def latest(self, path: str) -> str | None:
        """What the server will have for `path` once the pending updates are acked."""
        seqs = self._by_path.get(path)
        if seqs:
            return self._pending[seqs[-1]].content
        return self.acked_content(path)

    # --- writing ---------------------------------------------------------------------

    def enqueue(self, path: str, content: str | None, *, replace: Iterable[int] = (),
                whole: bool = False, ts: float | None = None) -> int:
        """Commit one update (None: a deletion) and return its seq."""
        return self.enqueue_many([(path, content)], replace=replace, whole=whole, ts=ts)[0]

    def enqueue_many(self, updates: Iterable[tuple[str, str | None]], *,
                     replace: Iterable[int] = (), whole: bool = False,
                     ts: float | None = None) -> list[int]:
        """Commit several updates in one transaction; return their seqs in order.

        `replace` names pending seqs that the new updates supersede: they are dropped in
        the same transaction. `whole` updates are never sent as diffs.
        """
        items = list(updates)
        dropped = [seq for seq in replace if seq in self._pending]
        seqs = list(range(self._next_seq, self._next_seq + len(items)))
        if not items and not dropped:
            return []
        now = ts or time.time()
        with self._tx():
            self._db.executemany("DELETE FROM pending WHERE seq=?", [(s,) for s in dropped])
            self._db.executemany(
                "INSERT INTO pending (seq, path, content, whole, ts) VALUES (?, ?, ?, ?, ?)",
                [(seq, path, content, int(whole), now)
                 for seq, (path, content) in zip(seqs, items, strict=True)])
            self._db.execute("UPDATE meta SET value=? WHERE key='next_seq'",
                             (str(self._next_seq + len(items)),))
        self._next_seq += len(items)
        for seq in dropped:
            self._forget(seq)
        for seq, (path, content) in zip(seqs, items, strict=True):
            self._remember(PendingUpdate(seq, path, content, whole, now))
        return seqs

    def drop(self, seqs: Iterable[int]) -> list[PendingUpdate]:
        """Give up on updates the server refused for good (they are not acked content)."""
        done = [self._forget(s) for s in set(seqs) if s in self._pending]
        if done:
            with self._tx():
                self._db.executemany("DELETE FROM pending WHERE seq=?", [(u.seq,) for u in done])
        return done

    def ack(self, seqs: Iterable[int]) -> list[PendingUpdate]:
        """Record acks: drop the updates from pending, move their content to acked."""
        done = [self._forget(s) for s in sorted(set(seqs)) if s in self._pending]
        if not done:
            return []
        changed: dict[str, PendingUpdate] = {}
        for update in done:
            current = self._acked.get(update.path)
            if current is None or current[1] < update.seq:  # an older ack never wins
                changed[update.path] = update
        for path, update in changed.items():
            if update.content is None:
                self._acked.pop(path, None)
            else:
                self._acked[path] = (update.content, update.seq)
        # Acks need no fsync: if they are lost in a crash, the server's `acked` map on the
        # next connect (or an idempotent resend) recovers them.
        self._db.execute("PRAGMA synchronous=NORMAL")
        try:
            with self._tx():
                self._db.executemany("DELETE FROM pending WHERE seq=?", [(u.seq,) for u in done])
                for path, update in changed.items():
                    if update.content is None:
                        self._db.execute("DELETE FROM acked WHERE path=?", (path,))
                    else:
                        self._db.execute(
                            "INSERT OR REPLACE INTO acked VALUES (?, ?, ?, ?)",
                            (path, update.content, sha256_text(update.content), update.seq))
        finally:
            self._db.execute("PRAGMA synchronous=FULL")
        return done

    def ack_through(self, last_seq: int) -> list[PendingUpdate]:
        """Apply the server's `acked` high-water mark to all but each path's last update.

        A high-water mark cannot tell a stored seq from one refused with a resync just
        before a later seq was stored, so each path's last pending update stays: it is
        resent, and its ack's SHA-256 shows whether the server really has that content.
        """
        last_of_path = {seqs[-1] for seqs in self._by_path.values()}
        return self.ack(u.seq for u in self.pending()
                        if u.seq <= last_seq and u.seq not in last_of_path)

    # --- answers ---------------------------------------------------------------------

    def add_answer(self, interaction_id: str, response: str) -> PendingAnswer:
        """Commit an answer; it replaces one still pending for the same question."""
        answer = PendingAnswer(interaction_id, response, time.time())
        with self._tx():
            self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)",
                             (answer.interaction_id, answer.response, answer.queued))
        self._answers.pop(interaction_id, None)  # a replaced answer goes to the back
        self._answers[interaction_id] = answer
        return answer

    def answers(self) -> list[PendingAnswer]:
        """Every pending answer, oldest first."""
        return list(self._answers.values())

    def answer(self, interaction_id: str) -> PendingAnswer | None:
        """The pending answer to this question, if there is one."""
        return self._answers.get(interaction_id)

    def remove_answer(self, interaction_id: str) -> PendingAnswer | None:
        """Forget the answer to this question (the server graded or refused it)."""
        answer = self._answers.pop(interaction_id, None)
        if answer is not None:
            with self._tx():
                self._db.execute("DELETE FROM answers WHERE interaction_id=?", (interaction_id,))
        return answer


def _lock(path: Path) -> IO[bytes] | None:
    """Hold an exclusive lock on `path` (released when the process dies), or raise OutboxBusy."""
    if fcntl is None:
        return None
    fh = open(path, "ab")  # noqa: SIM115 -- held open for as long as the lock is
    try:
        fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.close()
        raise OutboxBusy(f"another viva client is using {path.parent}; stop it first") from None
    return fh
