"""Durable ingest of code updates: verify, store, then ack (SPEC §5 Delivery, §10).

One writer task per process takes every update waiting from every socket and stores them
in one transaction (group commit), so fifty sockets cost one commit, not fifty. An update
is acked only after that commit. `(session, client_id, seq)` is unique in the database: a
resent update is recognised and acked again without being stored twice, even when another
process stored it. `(session, path, version)` is unique too, so two processes writing the
same file never interleave silently: the loser reloads and retries.

What follows a commit (the live feed's publish, the examiner's bookkeeping) is handed to a
second task through a bounded queue, in commit order: a slow Redis delays the feed, never
an ack. `stored_through(session_id)` is the awaitable "stored up to here" of a session.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Final

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.storage.db import recover_pool, store_unavailable
from server.storage.models import Change, Session
from server.storage.workspace import LATE, FileState, acked_seqs, rebuild
from viva.diffs import DiffError, apply_diff_lines, diff_stats, make_diff
from viva.protocol import CodeUpdate, FileDeleted

__all__ = ["Ingestor", "SessionFiles", "StoredChange", "UpdateReply"]

logger = logging.getLogger(__name__)

MAX_BATCH: Final = 256
"""Updates stored in one transaction at most."""
AFTER_STORE_BACKLOG: Final = 1024
"""Committed batches waiting for the after-store hook at most; past it, commits wait for it."""


@dataclass(slots=True)
class UpdateReply:
    """What to answer an update with: `ack`, `resync` or `error`."""

    kind: str
    seq: int = 0
    client_id: str = ""
    path: str = ""
    sha256: str | None = None
    error: str = ""
    code: str = ""


@dataclass(slots=True)
class StoredChange:
    """A change that was stored, for the examiner and the live feed."""

    session_id: int
    path: str
    version: int
    seq: int
    client_id: str
    kind: str
    before: str | None
    after: str | None
    diff: str
    lines_added: int
    lines_removed: int
    chars_added: int
    size: int
    at: datetime


@dataclass
class SessionFiles:
    """A session's files and client positions as this process last knew them."""

    files: dict[str, FileState]
    acked: dict[str, int]


@dataclass
class _Item:
    session_id: int
    msg: CodeUpdate | FileDeleted
    future: asyncio.Future[UpdateReply]
    outcome: UpdateReply | None = None
    row: tuple[Any, ...] | None = None
    """The `change` row to insert, in `_COLUMNS` order but for `created_at`: the commit stamps it."""
    stored: StoredChange | None = None
    undo: list[tuple[dict[str, Any], str, Any]] = field(default_factory=list)
    """(mapping, key, previous value) to restore if the batch is not stored."""


OnStored = Callable[[list[StoredChange]], Awaitable[None]]


class Ingestor:
    """Stores code updates in batches and resolves each with its outcome."""

    def __init__(self, *, max_file_bytes: int, checkpoint_every: int, on_stored: OnStored,
                 connection: str = "default", after_backlog: int = AFTER_STORE_BACKLOG) -> None:
        self._max_file_bytes = max_file_bytes
        self._checkpoint_every = checkpoint_every
        self._on_stored = on_stored
        self._connection = connection
        self._queue: asyncio.Queue[_Item] = asyncio.Queue()
        self._after: asyncio.Queue[list[StoredChange]] = asyncio.Queue(after_backlog)
        """Committed batches for `on_stored`, in commit order (one consumer keeps it)."""
        self._last: dict[int, asyncio.Future[UpdateReply]] = {}
        """Per session, the future of its last update not yet answered."""
        self._sessions: dict[int, SessionFiles] = {}
        self._task: asyncio.Task[None] | None = None
        self._after_task: asyncio.Task[None] | None = None
        self.batches = 0
        self.stored = 0

    async def start(self) -> None:
        """Start the writer task and the after-store task."""
        self._task = asyncio.create_task(self._run(), name="ingest-writer")
        self._after_task = asyncio.create_task(self._run_after(), name="ingest-after-store")

    async def idle(self) -> None:
        """Return once every update queued so far is answered and every stored batch has been
        through the after-store hook."""
        await self._queue.join()
        await self._after.join()

    async def close(self) -> None:
        """Store what is queued, hand every stored batch to the hook, then stop."""
        if self._task is None:
            return
        await self.idle()
        for task in (self._task, self._after_task):
            if task is not None:
                task.cancel()
        await asyncio.gather(*(t for t in (self._task, self._after_task) if t is not None),
                             return_exceptions=True)

    @property
    def queued(self) -> int:
        """Updates waiting to be stored."""
        return self._queue.qsize()

    def enqueue(self, session_id: int, msg: CodeUpdate | FileDeleted) -> asyncio.Future[UpdateReply]:
        """Queue an update; the future resolves once it is stored (or refused). Order is kept."""
        future: asyncio.Future[UpdateReply] = asyncio.get_running_loop().create_future()
        self._queue.put_nowait(_Item(session_id, msg, future))
        self._last[session_id] = future

        def answered(_: asyncio.Future[UpdateReply]) -> None:
            if self._last.get(session_id) is future:
                del self._last[session_id]
        future.add_done_callback(answered)
        return future

    def stored_through(self, session_id: int) -> asyncio.Future[None]:
        """A future that resolves once every update of the session received here before this
        call is committed or refused (at once when none is waiting).

        The writer answers updates in the order they came, so the last one answered means
        every earlier one is too.
        """
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        last = self._last.get(session_id)
        if last is None or last.done():
            done.set_result(None)
            return done

        def through(_: asyncio.Future[UpdateReply]) -> None:
            if not done.done():
                done.set_result(None)
        last.add_done_callback(through)
        return done

    async def submit(self, session_id: int, msg: CodeUpdate | FileDeleted) -> UpdateReply:
        """Queue an update and wait until it is stored (or refused)."""
        return await self.enqueue(session_id, msg)

    async def session_files(self, session_id: int) -> SessionFiles:
        """The session's files as known here, loaded from the database the first time."""
        known = self._sessions.get(session_id)
        if known is None:
            known = SessionFiles(await rebuild(session_id, seqs=True), await acked_seqs(session_id))
            self._sessions[session_id] = known
        return known

    def forget(self, session_id: int) -> None:
        """Drop the cached files of a session (reloaded from the database when next needed)."""
        self._sessions.pop(session_id, None)

    async def acked(self, session_id: int) -> dict[str, int]:
        """Highest stored seq per client of a session, including what other processes stored."""
        acked = dict((await self.session_files(session_id)).acked)
        for client, seq in (await acked_seqs(session_id)).items():
            acked[client] = max(seq, acked.get(client, -1))
        return acked

    async def _run(self) -> None:
        while True:
            batch = [await self._queue.get()]
            while len(batch) < MAX_BATCH and not self._queue.empty():
                batch.append(self._queue.get_nowait())
            try:
                await self._process(batch)
            except Exception as exc:  # every update is answered, naming itself
                if store_unavailable(exc):
                    logger.warning("database unavailable while storing %d updates: %r",
                                   len(batch), exc)
                else:
                    logger.exception("ingest batch failed")
                await self._unstored(batch, exc)
            finally:
                for _ in batch:
                    self._queue.task_done()

    async def _hand_off(self, stored: list[StoredChange]) -> None:
        """Queue a committed batch for the after-store task; wait (and say so) when it is full."""
        try:
            self._after.put_nowait(stored)
        except asyncio.QueueFull:
            logger.warning("after-store backlog full (%d batches: the bus or the examiner is slow); "
                           "commits wait for it", self._after.qsize())
            await self._after.put(stored)

    async def _run_after(self) -> None:
        """Call `on_stored` with committed batches, in commit order; the batches waiting
        when it comes round go together (one publish for them all)."""
        while True:
            batches = [await self._after.get()]
            while not self._after.empty() and sum(map(len, batches)) < 4 * MAX_BATCH:
                batches.append(self._after.get_nowait())
            try:
                await self._on_stored([change for batch in batches for change in batch])
            except Exception:
                logger.exception("after-store hook failed")
            finally:
                for _ in batches:
                    self._after.task_done()

    async def _process(self, batch: list[_Item], *, fresh: bool = False) -> None:
        """Store a batch; `fresh` once it has been retried on state just reloaded."""
        try:
            await self._prepare(batch)
            await self._commit(batch)
        except IntegrityError:
            # another process stored one of these first (or moved the file on): reload and
            # go one by one; a lone update is retried once too, or it would fail for nothing
            self._rollback(batch)
            for sid in {i.session_id for i in batch}:
                self.forget(sid)
            if len(batch) > 1 or not fresh:
                for item in batch:
                    item.outcome, item.row, item.stored, item.undo = None, None, None, []
                    await self._process([item], fresh=True)
                return
            raise
        except Exception as exc:
            if not store_unavailable(exc):
                raise
            logger.warning("database unavailable while storing %d updates: %r", len(batch), exc)
            await self._unstored(batch, exc)
            return
        stored = [i.stored for i in batch if i.stored is not None]
        self.batches += 1
        self.stored += len(stored)
        for item in batch:
            if not item.future.done() and item.outcome is not None:
                item.future.set_result(item.outcome)
        if stored:
            await self._hand_off(stored)

    async def _unstored(self, batch: list[_Item], exc: BaseException) -> None:
        """Undo what the batch staged, forget its sessions (reloaded when next needed) and
        answer every update still waiting with `store_unavailable`, naming it: the client
        resends that very update."""
        self._rollback(batch)
        for sid in {i.session_id for i in batch}:
            self.forget(sid)
        for item in batch:
            if not item.future.done():
                item.future.set_result(UpdateReply(
                    "error", seq=item.msg.seq, client_id=item.msg.client_id, path=item.msg.path,
                    code="store_unavailable",
                    error="the database is unavailable; the update was not stored and will be retried"))
        await recover_pool(exc, self._connection)

    async def _prepare(self, batch: list[_Item]) -> None:
        now = datetime.now(UTC)
        for item in batch:
            msg = item.msg
            known = await self.session_files(item.session_id)
            if msg.seq <= known.acked.get(msg.client_id, -1) and await self._stored(item):
                item.outcome = UpdateReply("ack", msg.seq, msg.client_id, msg.path,
                                       _sha(known.files.get(msg.path)))
                continue
            text: _Text | None = None
            if isinstance(msg, CodeUpdate):
                text = await self._result_of(item, known)
                if text is None:
                    continue
            new = text.content if text else None
            current = known.files.get(msg.path)
            old = current.content if current else None
            if new == old:  # another process may have moved the file on since we cached it
                current = await self._latest(item.session_id, msg.path, known)
                old = current.content if current else None
            if new == old:  # nothing changed: acknowledge without storing
                _raise_acked(known, msg.client_id, msg.seq)
                item.outcome = UpdateReply("ack", msg.seq, msg.client_id, msg.path, _sha(current))
                continue
            if current is not None and msg.seq < current.seqs.get(msg.client_id, -1):
                self._stage_late(item, known, current, text)
                continue
            self._stage(item, known, current, old, text, now)

    async def _latest(self, session_id: int, path: str, known: SessionFiles) -> FileState | None:
        """The cached state of `path`, reloaded first if the database holds a later version."""
        current = known.files.get(path)
        rows = await (Change.filter(session_id=session_id, path=path)
                      .order_by("-version").limit(1).values("version"))
        if rows and int(rows[0]["version"]) > (current.version if current else 0):
            current = (await rebuild(session_id, seqs=True)).get(path)
            if current is not None:
                known.files[path] = current
        return current

    async def _stored(self, item: _Item) -> bool:
        """Whether this exact (session, client, seq) is stored: the key is exact, not a high-water mark.

        A seq refused with `resync` and sent again after a later one was stored must still
        be stored; a no-op update (same text) has no row and is simply judged again.
        """
        return await Change.filter(session_id=item.session_id, client_id=item.msg.client_id,
                                   seq=item.msg.seq).exists()

    async def _result_of(self, item: _Item, known: SessionFiles) -> _Text | None:
        """The file's text after this update, checked against the update's digest; None (and
        the outcome set) when it is refused."""
        msg = item.msg
        assert isinstance(msg, CodeUpdate)
        current = known.files.get(msg.path)
        if msg.diff is not None:
            have = current.sha256 if current else None
            if msg.base_sha256 != have:
                # maybe another process moved the file on: look again before refusing
                fresh = (await rebuild(item.session_id, seqs=True)).get(msg.path)
                if fresh is not None and (current is None or fresh.version > current.version):
                    known.files[msg.path] = current = fresh
                have = current.sha256 if current else None
            if msg.base_sha256 != have:
                item.outcome = UpdateReply("resync", msg.seq, msg.client_id, msg.path, have)
                return None
            base = current.lines if current and current.lines is not None else \
                (current.content or "" if current else "").splitlines(keepends=True)
            try:
                lines: list[str] | None = apply_diff_lines(base, msg.diff)
            except DiffError as exc:
                logger.info("diff for %s did not apply: %s", msg.path, exc)
                item.outcome = UpdateReply("resync", msg.seq, msg.client_id, msg.path, have)
                return None
            new = "".join(lines or ())
        else:
            new, lines = msg.content or "", None
        encoded = new.encode("utf-8", "surrogatepass")
        size = len(encoded)
        if size > self._max_file_bytes:
            item.outcome = UpdateReply("error", msg.seq, msg.client_id, msg.path, code="file_too_large",
                                   error=f"{msg.path} is {size} bytes; files may be at most "
                                         f"{self._max_file_bytes} bytes (VIVA_MAX_FILE_BYTES)")
            return None
        sha = hashlib.sha256(encoded).hexdigest()  # once: it checks the update and is stored
        if msg.sha256 is not None and sha != msg.sha256:
            item.outcome = UpdateReply("resync", msg.seq, msg.client_id, msg.path,
                                   current.sha256 if current else None)
            return None
        return _Text(new, sha, lines)

    def _stage(self, item: _Item, known: SessionFiles, current: FileState | None,
               old: str | None, text: _Text | None, now: datetime) -> None:
        msg = item.msg
        new = text.content if text else None
        version = (current.version if current else 0) + 1
        # the diff (the client's, or one made here) gives the line counts without a second diff
        shown = (msg.diff if isinstance(msg, CodeUpdate) and msg.diff is not None
                 else make_diff(old or "", new or "", msg.path))
        added, removed = diff_stats(shown)
        chars_added = max(0, len(new or "") - len(old or ""))
        if new is None:
            kind, content, diff, since = "delete", None, "", 0
        else:
            diff = shown if old is not None else ""
            since = (current.since_checkpoint if current else 0) + len(diff)
            checkpoint = (old is None or version % self._checkpoint_every == 0
                          or since > 2 * len(new) + 256)
            if checkpoint:
                kind, content, diff, since = "full", new, "", 0
            else:
                kind, content = "diff", None
        sha = text.sha256 if text else None
        item.row = (item.session_id, msg.path, version, msg.client_id, msg.seq, kind, content,
                    diff or None, sha, len(new or ""), added, removed, chars_added)
        item.undo.append((known.files, msg.path, current))
        item.undo.append((known.acked, msg.client_id, known.acked.get(msg.client_id)))
        seqs = {**(current.seqs if current else {}), msg.client_id: msg.seq}
        known.files[msg.path] = FileState(new, sha, version, since, text.lines if text else None,
                                          seqs)
        _raise_acked(known, msg.client_id, msg.seq)
        item.stored = StoredChange(item.session_id, msg.path, version, msg.seq, msg.client_id,
                                   kind, old, new, shown, added, removed, chars_added,
                                   len(new or ""), now)
        item.outcome = UpdateReply("ack", msg.seq, msg.client_id, msg.path, sha)

    def _stage_late(self, item: _Item, known: SessionFiles, current: FileState,
                    text: _Text | None) -> None:
        """Stage an update that arrived after a later seq of its client on its path: its text
        goes into the history (kind `late`, in full), the file keeps its newer text, and
        nothing is shown live or examined (it changed nothing)."""
        msg = item.msg
        version = current.version + 1
        item.row = (item.session_id, msg.path, version, msg.client_id, msg.seq, LATE,
                    text.content if text else None, None, text.sha256 if text else None,
                    len(text.content) if text else 0, 0, 0, 0)
        item.undo.append((known.files, msg.path, current))
        item.undo.append((known.acked, msg.client_id, known.acked.get(msg.client_id)))
        known.files[msg.path] = FileState(current.content, current.sha256, version,
                                          current.since_checkpoint, current.lines, current.seqs)
        _raise_acked(known, msg.client_id, msg.seq)
        logger.info("session %s: %s seq %s of %s arrived after seq %s: kept in the history only",
                    item.session_id, msg.path, msg.seq, msg.client_id,
                    current.seqs.get(msg.client_id))
        item.outcome = UpdateReply("ack", msg.seq, msg.client_id, msg.path, current.sha256)

    async def _commit(self, batch: list[_Item]) -> None:
        rows = [i.row for i in batch if i.row is not None]
        if not rows:
            return
        touched = list({r[0] for r in rows})
        stamp = _CREATED_AT.to_db_value(datetime.now(UTC), Change)
        client = connections.get(self._connection)
        if client.capabilities.dialect == "postgres":
            # one statement, so one round trip and its own transaction: the rows go as one
            # array per column through unnest, and the sessions are touched in the same breath
            columns = [list(column) for column in zip(*rows, strict=True)]
            columns.append([stamp] * len(rows))
            await client.execute_query(_store_sql(Change._meta.db_table, Session._meta.db_table),
                                       [*columns, stamp, touched])
            return

        async def write() -> None:
            async with in_transaction(self._connection) as conn:
                # plain rows through the driver's executemany: building an ORM object per row
                # cost more than the insert itself (SQL in `_insert_sql`)
                dialect = conn.capabilities.dialect
                await conn.execute_many(_insert_sql(dialect, Change._meta.db_table),
                                        [[*r, stamp] for r in rows])
                await conn.execute_query(_touch_sql(dialect, Session._meta.db_table, len(touched)),
                                         [stamp, *touched])

        # Tortoise binds the transaction to the running task's context before BEGIN; if BEGIN
        # fails (the database went away), that binding would stay with the writer task for
        # good. A task of its own gets a copy of the context, dropped with the task.
        await asyncio.create_task(write())

    def _rollback(self, batch: list[_Item]) -> None:
        for item in reversed(batch):
            for target, key, previous in reversed(item.undo):
                if previous is None:
                    target.pop(key, None)
                else:
                    target[key] = previous


_COLUMNS: Final = ("session_id", "path", "version", "client_id", "seq", "kind", "content", "diff",
                   "sha256", "size", "lines_added", "lines_removed", "chars_added", "created_at")
"""The `change` columns an ingest row fills, in order; `id` is the database's."""
_CREATED_AT: Final = Change._meta.fields_map["created_at"]


@functools.cache
def _insert_sql(dialect: str, table: str) -> str:
    """INSERT of one `change` row, in the driver's placeholder style."""
    columns = ", ".join(f'"{c}"' for c in _COLUMNS)
    marks = ", ".join(f"${i}" if dialect == "postgres" else "?" for i in range(1, len(_COLUMNS) + 1))
    return f'INSERT INTO "{table}" ({columns}) VALUES ({marks})'


_PG_TYPES: Final = ("int", "text", "int", "text", "bigint", "text", "text", "text", "text", "int",
                    "int", "int", "int", "timestamptz")
"""The PostgreSQL type of each of `_COLUMNS`, for the arrays `_store_sql` unnests."""


@functools.cache
def _store_sql(table: str, sessions: str) -> str:
    """PostgreSQL: insert the rows given as one array per column, and set the touched sessions'
    `last_activity`, in one statement (so one transaction)."""
    columns = ", ".join(f'"{c}"' for c in _COLUMNS)
    arrays = ", ".join(f"${i}::{kind}[]" for i, kind in enumerate(_PG_TYPES, 1))
    n = len(_PG_TYPES)
    return (f'WITH stored AS (INSERT INTO "{table}" ({columns}) SELECT * FROM unnest({arrays})) '
            f'UPDATE "{sessions}" SET "last_activity" = ${n + 1} WHERE "id" = ANY(${n + 2}::int[])')


@functools.cache
def _touch_sql(dialect: str, table: str, count: int) -> str:
    """UPDATE of `last_activity` on `count` sessions, in the driver's placeholder style."""
    marks = [f"${i}" if dialect == "postgres" else "?" for i in range(1, count + 2)]
    return f'UPDATE "{table}" SET "last_activity" = {marks[0]} WHERE "id" IN ({", ".join(marks[1:])})'


@dataclass(frozen=True, slots=True)
class _Text:
    """A file's text after an update: its digest, and its lines when a diff made them."""

    content: str
    sha256: str
    lines: list[str] | None


def _raise_acked(known: SessionFiles, client_id: str, seq: int) -> None:
    """Record `seq` as stored for `client_id`: the mark only rises (a late seq lowers nothing)."""
    known.acked[client_id] = max(seq, known.acked.get(client_id, -1))


def _sha(state: FileState | None) -> str | None:
    return state.sha256 if state else None
