"""Editor buffers to session files, through the shared `VivaClient` and its durable outbox.

Every change to an open document is sent as the buffer's whole new text (saved or not);
the client turns it into a diff against what the server has. Changes are gathered per
document for at most `debounce` seconds from the first one, so a burst of keystrokes is
one update and no change waits longer than that. An update whose SHA-256 equals the last
one sent for the path is skipped, and the client skips content the server already has
from it, so a watcher on the same session stores nothing twice.
"""

from __future__ import annotations

import asyncio
import logging
import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Final

from lsp_bridge.paths import IGNORED_DIRS, WorkspaceRoot, read_text_file
from viva.diffs import sha256_text
from viva.settings import DEFAULT_MAX_FILE_BYTES

if TYPE_CHECKING:
    from viva.client import VivaClient

__all__ = ["DEBOUNCE", "DocumentSync"]

logger = logging.getLogger(__name__)

DEBOUNCE: Final = 0.1
"""Seconds a document's changes are gathered before they are sent (the brief allows 0.15)."""


class DocumentSync:
    """Sends workspace documents to the session: debounced, hash-checked, durable."""

    def __init__(self, client: VivaClient, root: WorkspaceRoot,
                 read_buffer: Callable[[str], str | None], *, debounce: float = DEBOUNCE,
                 max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                 warn: Callable[[str], None] | None = None) -> None:
        self.client = client
        self.root = root
        self.read_buffer = read_buffer
        """The text of an open document by URI; None when it is not open."""
        self.debounce = debounce
        self.max_file_bytes = max_file_bytes
        self.warn = warn or (lambda message: logger.warning("%s", message))
        self._timers: dict[str, asyncio.TimerHandle] = {}
        self._tasks: set[asyncio.Task[object]] = set()
        self._sent: dict[str, str] = {}
        """SHA-256 of the last content queued per path."""
        self._too_big: set[str] = set()

    # --- documents ---------------------------------------------------------------------

    def changed(self, uri: str) -> None:
        """A document changed: send it within `debounce` seconds."""
        if uri in self._timers or self.root.relative(uri) is None:
            return
        loop = asyncio.get_running_loop()
        self._timers[uri] = loop.call_later(self.debounce, self._flush_later, uri)

    def _flush_later(self, uri: str) -> None:
        self._timers.pop(uri, None)
        task = asyncio.ensure_future(self.flush(uri))
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and (exc := task.exception()) is not None:
            logger.error("sending a document failed", exc_info=exc)

    def _settle(self, uri: str) -> str | None:
        """Cancel the document's pending send; its workspace path (None: outside the root)."""
        timer = self._timers.pop(uri, None)
        if timer is not None:
            timer.cancel()
        return self.root.relative(uri)

    async def flush(self, uri: str) -> int | None:
        """Send the document's buffer now, if it changed; the update's seq."""
        rel = self._settle(uri)
        if rel is None:
            return None
        text = self.read_buffer(uri)
        if text is None:
            return None
        if not text.strip() and rel not in self.client.latest_files() and \
                not self.root.file(rel).exists():
            # a new buffer (`nvim main.go`) never written and still blank (Neovim sends an empty
            # buffer as "\n") is no file yet: an empty main.go in the workspace would break
            # the package's build in a test run
            return None
        return (await self._send([(rel, text)]))[0]

    async def closed(self, uri: str) -> int | None:
        """A document was closed: the session gets what is on disk now (edits may be discarded)."""
        rel = self._settle(uri)
        if rel is None:
            return None
        text = read_text_file(self.root.file(rel), self.max_file_bytes)
        if text is None:
            return None  # gone or unreadable: a deletion comes as workspace/didDeleteFiles
        return (await self._send([(rel, text)]))[0]

    async def flush_all(self) -> None:
        """Send every document with changes still gathering."""
        for uri in list(self._timers):
            await self.flush(uri)
        if self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)

    # --- files -------------------------------------------------------------------------

    async def renamed(self, moves: Iterable[tuple[str, str]]) -> None:
        """Files or directories moved (old URI, new URI): delete the old paths, send the new."""
        known = self.client.latest_files()
        updates: list[tuple[str, str | None]] = []
        for old_uri, new_uri in moves:
            old, new = self.root.relative(old_uri), self.root.relative(new_uri)
            under = sorted(p for p in known if old is not None and p.startswith(old + "/"))
            if old is not None and old in known:
                updates.append((old, None))
                if new is not None:
                    updates.append((new, self._text(new_uri, new) or known[old]))
            elif under:
                for path in under:
                    updates.append((path, None))
                    if new is not None:
                        updates.append((new + path[len(old or ""):], known[path]))
            elif new is not None:  # moved in from outside the workspace
                updates.extend(self._files_at(new_uri, new))
        await self._send(updates)

    async def deleted(self, uris: Iterable[str]) -> None:
        """Files or directories were deleted: delete them from the session."""
        known = self.client.latest_files()
        gone: list[tuple[str, str | None]] = []
        for uri in uris:
            rel = self.root.relative(uri)
            if rel is None:
                continue
            gone.extend((p, None) for p in sorted(known)
                        if p == rel or p.startswith(rel + "/"))
        await self._send(gone)

    def _text(self, uri: str, rel: str) -> str | None:
        text = self.read_buffer(uri)
        if text is None:
            text = read_text_file(self.root.file(rel), self.max_file_bytes)
        return text

    def _files_at(self, uri: str, rel: str) -> list[tuple[str, str | None]]:
        """Every text file at a new path: the file itself, or the files of a directory."""
        top = self.root.file(rel)
        if not top.is_dir():
            text = self._text(uri, rel)
            return [] if text is None else [(rel, text)]
        found: list[tuple[str, str | None]] = []
        for dirpath, dirnames, filenames in os.walk(top):
            dirnames[:] = sorted(d for d in dirnames if d not in IGNORED_DIRS)
            for name in sorted(filenames):
                sub = self.root.relative_path(Path(dirpath, name))
                text = read_text_file(self.root.file(sub), self.max_file_bytes) if sub else None
                if sub is not None and text is not None:
                    found.append((sub, text))
        return found

    # --- sending -----------------------------------------------------------------------

    async def _send(self, updates: list[tuple[str, str | None]]) -> list[int | None]:
        """Queue updates that change something; their seqs (None: skipped)."""
        wanted: list[tuple[str, str | None]] = []
        index: list[int] = []
        for i, (rel, text) in enumerate(updates):
            if text is not None:
                if len(text.encode("utf-8")) > self.max_file_bytes:
                    if rel not in self._too_big:
                        self._too_big.add(rel)
                        self.warn(f"viva: {rel} is larger than {self.max_file_bytes} bytes; "
                                  "it is not sent")
                    continue
                self._too_big.discard(rel)
                if self._sent.get(rel) == sha256_text(text):
                    continue
            wanted.append((rel, text))
            index.append(i)
        results: list[int | None] = [None] * len(updates)
        if not wanted:
            return results
        seqs = await self.client.send_many(wanted)
        for i, (rel, text), seq in zip(index, wanted, seqs, strict=True):
            results[i] = seq
            if text is None:
                self._sent.pop(rel, None)
            else:
                self._sent[rel] = sha256_text(text)
        return results
