"""Mirroring a workspace directory into a viva session through a `VivaClient`.

`WorkspaceWatcher.reconcile()` makes the server's copy equal the disk: every text file not
ignored is sent when it differs from what the client last sent, and every path the client
sent that is gone (or now ignored or skipped) is deleted. `watch()` then follows
watchfiles' batches of changes, each batch one pass in which each path is read once,
however many events it had. A batch is read only once the directory has been quiet for the
debounce (or after `MAX_BURST_MS` of continuous change), so a file git or an editor is still
writing is not caught half-written. A slow rescan, cheap because unchanged files are not
re-read, covers events the operating system dropped.
"""

from __future__ import annotations

import asyncio
import os
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Final

from watchfiles import Change, awatch

from viva.client import ClientStatus, VivaClient
from viva.diffs import changed_lines
from viva.protocol import Message
from viva.settings import DEFAULT_MAX_FILE_BYTES
from watcher.files import FileStamp, Skipped, read_workspace_file
from watcher.ignore import ALWAYS_IGNORED, IgnoreRules
from watcher.log import EventLog

__all__ = ["DEFAULT_DEBOUNCE_MS", "WorkspaceWatcher"]

DEFAULT_DEBOUNCE_MS: Final = 50
"""A burst of changes is sent once no change has come for this long."""
MAX_BURST_MS: Final = 1000
"""A burst that never goes quiet is still sent this often."""
RESCAN_INTERVAL: Final = 30.0
"""Seconds between safety rescans of the whole workspace."""
DELETE_GRACE: Final = 0.05
"""Seconds a vanished file gets to reappear (a save by rename) before it is deleted."""
RESCAN_QUIET: Final = 1.0
"""Seconds without file events a rescan waits for, so it never reads a burst half-done."""


class WorkspaceWatcher:
    """Streams one directory's text files to the session behind `client`."""

    def __init__(self, root: Path, client: VivaClient, log: EventLog, *,
                 max_file_bytes: int = DEFAULT_MAX_FILE_BYTES) -> None:
        self.root = root.resolve()
        self.client = client
        self.log = log
        self.max_file_bytes = max_file_bytes
        self.rules = IgnoreRules(self.root)
        self._seq_paths: dict[int, str] = {}
        self._skipped: dict[str, tuple[str, FileStamp]] = {}
        self._stamps: dict[str, FileStamp] = {}
        self._lock = asyncio.Lock()
        self._last_change = time.monotonic()

    # --- client callbacks --------------------------------------------------------------

    def message_received(self, msg: Message) -> None:
        """Log acks of this watcher's updates and the server's errors (`on_message`)."""
        if msg.type == "ack" and msg.data.client_id == self.client.client_id:
            path = self._seq_paths.pop(msg.data.seq, None)
            if path is not None:
                self.log.emit("acked", path, seq=msg.data.seq)
        elif msg.type == "error":
            self.log.emit("error", error=msg.data.error, code=msg.data.code)

    def status_changed(self, status: ClientStatus) -> None:
        """Log connections, disconnections and the moment all changes are acked."""
        if status.connected and self._connected is not True:
            self.log.emit("connected", server=self.client.invite.server,
                          session_id=status.session_id, pending=status.pending)
            self._announce_sync = True
        elif not status.connected and status.retry_in is not None and (
                self._connected is not False or status.retry_in != self._retry_in):
            self.log.emit("disconnected", error=status.last_error, retry_in=status.retry_in)
        self._connected = status.connected
        self._retry_in = status.retry_in
        if status.connected and self._announce_sync and status.pending == 0:
            self._announce_sync = False
            self.log.emit("synced", files=len(self.client.server_files()))

    _connected: bool | None = None
    _retry_in: float | None = None
    _announce_sync = False
    """Say "in sync" once the outbox first empties on a new connection."""

    # --- syncing -----------------------------------------------------------------------

    async def reconcile(self, *, reread: bool = True) -> None:
        """Make the server's copy equal the disk; `reread=False` trusts unchanged stamps."""
        async with self._lock:
            known = self.client.latest_files()
            desired: dict[str, str | None] = {}
            skipped = 0
            for rel in self.rules.walk():
                if not reread and rel in known and self._unchanged(rel):
                    desired[rel] = known[rel]
                    continue
                text = self._read(rel)
                if text is None:
                    skipped += rel in self._skipped
                    continue
                desired[rel] = text
            updates: list[tuple[str, str | None]] = [
                (rel, text) for rel, text in desired.items() if known.get(rel) != text]
            deletes: list[tuple[str, str | None]] = [
                (rel, None) for rel in known if rel not in desired]
            if reread:
                self.log.emit("scanned", files=len(desired), changed=len(updates),
                              deleted=len(deletes), skipped=skipped)
            await self._send(updates + deletes)

    async def apply_changes(self, paths: Iterable[str]) -> None:
        """Send what changed at these workspace-relative paths (files or directories)."""
        paths = sorted(set(paths))
        if any(self.rules.affects(rel) for rel in paths):
            self.rules.reload()
            await self.reconcile()
            return
        async with self._lock:
            known = self.client.latest_files()
            updates: dict[str, str | None] = {}
            for rel in paths:
                full = self.root / rel
                if full.is_dir() and not full.is_symlink():
                    if self.rules.is_ignored(rel, is_dir=True):
                        continue
                    present = set(self.rules.walk_under(rel))
                    for sub in present:
                        updates[sub] = self._read(sub)
                    gone = [p for p in known if p.startswith(rel + "/") and p not in present]
                    updates.update(dict.fromkeys(gone))
                    continue
                if not self.rules.is_ignored(rel):
                    updates[rel] = self._read(rel)
                    if updates[rel] is None and rel not in known:
                        del updates[rel]
                if not os.path.lexists(full):  # a directory moved or removed: its files too
                    updates.update(dict.fromkeys(p for p in known if p.startswith(rel + "/")))
            vanished = [rel for rel, text in updates.items() if text is None and rel in known]
            if vanished:
                # Editors save by renaming the old file away and the new one into place;
                # caught in between, that is no deletion. A spurious delete-and-recreate
                # would show in the replay as the whole file pasted in at once.
                await asyncio.sleep(DELETE_GRACE)
                for rel in vanished:
                    updates[rel] = self._read(rel)
            await self._send(list(updates.items()))

    def _read(self, rel: str) -> str | None:
        """The file's text, or None (logging a skip once per version of the file)."""
        result = read_workspace_file(self.root, rel, self.max_file_bytes)
        if isinstance(result, Skipped):
            self._stamps.pop(rel, None)
            if self._skipped.get(rel) != (result.reason, result.stamp):
                self._skipped[rel] = (result.reason, result.stamp)
                self.log.emit("skipped", rel, reason=result.reason)
            return None
        self._skipped.pop(rel, None)
        if result is None:
            self._stamps.pop(rel, None)
            return None
        text, self._stamps[rel] = result
        return text

    def _unchanged(self, rel: str) -> bool:
        stamp = self._stamps.get(rel)
        if stamp is None:
            return False
        try:
            st = os.stat(self.root / rel)
        except OSError:
            return False
        return FileStamp(st.st_size, st.st_mtime_ns, st.st_ino) == stamp

    async def _send(self, updates: list[tuple[str, str | None]]) -> None:
        if not updates:
            return
        before = {rel: self.client.latest(rel) for rel, _ in updates}
        seqs = await self.client.send_many(updates)
        for (rel, text), seq in zip(updates, seqs, strict=True):
            if seq is None:
                continue
            self._seq_paths[seq] = rel
            if text is None:
                self.log.emit("deleted", rel, seq=seq)
            else:
                added, removed = changed_lines(before[rel], text)
                self.log.emit("sent", rel, added=added, removed=removed, seq=seq)

    # --- watching ----------------------------------------------------------------------

    def _relevant(self, change: Change, path: str) -> bool:
        rel = os.path.relpath(path, self.root)
        return rel != "." and not ALWAYS_IGNORED.intersection(rel.split(os.sep))

    async def watch(self, *, debounce_ms: int = DEFAULT_DEBOUNCE_MS,
                    stop_event: asyncio.Event | None = None,
                    rescan_interval: float = RESCAN_INTERVAL) -> None:
        """Reconcile, then send every change until `stop_event` is set."""
        stop = stop_event or asyncio.Event()
        await self.reconcile()
        rescans = asyncio.create_task(self._rescan_forever(rescan_interval))
        try:
            # watchfiles yields once no event came for `step` ms, or after `debounce` ms of
            # unbroken events: a git checkout is one batch, read after git is done.
            quiet = max(debounce_ms, 1)
            async for changes in awatch(
                    self.root, watch_filter=self._relevant, debounce=max(MAX_BURST_MS, quiet),
                    step=quiet, rust_timeout=1000,
                    stop_event=stop, yield_on_timeout=False, recursive=True):
                self._last_change = time.monotonic()
                rels = {os.path.relpath(p, self.root).replace(os.sep, "/") for _, p in changes}
                await self.apply_changes(rels)
                self._last_change = time.monotonic()
        finally:
            rescans.cancel()
            await asyncio.gather(rescans, return_exceptions=True)

    async def _rescan_forever(self, interval: float) -> None:
        # The first rescan comes soon: it catches changes made between the initial
        # scan and the moment the OS watch was in place.
        await asyncio.sleep(min(0.5, interval))
        while True:
            while (idle := time.monotonic() - self._last_change) < RESCAN_QUIET:
                await asyncio.sleep(RESCAN_QUIET - idle)
            await self.reconcile(reread=False)
            await asyncio.sleep(interval)
