"""The examiner's stores that may be down: chat memory (Redis) and the vector store (Chroma).

Neither is needed to examine a session. A failure of either is logged once and the examiner
carries on without it (no repeat check, no final-code similarity, no chat history). The
vector store is opened on first use, in a worker thread because importing chromadb takes
seconds, and closed with the service.
"""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from server.examiner import MemoryUnavailable, VectorStoreUnavailable

if TYPE_CHECKING:
    from server.core.settings import Settings
    from server.examiner import ChatMemory, VectorStore

__all__ = ["Stores"]

logger = logging.getLogger(__name__)


class Stores:
    """Chat memory and the vector store of one examiner service, degrading when down."""

    def __init__(self, settings: Settings, memory: ChatMemory) -> None:
        self.settings = settings
        self.memory = memory
        self._vectors: asyncio.Task[VectorStore | None] | None = None
        self._degraded: set[str] = set()

    async def close(self) -> None:
        """Close the vector store if it was opened."""
        if self._vectors is not None:
            store = await self._vectors
            if store is not None:
                try:
                    await store.close()
                except VectorStoreUnavailable as exc:
                    logger.debug("closing the vector store: %s", exc)

    def degrade(self, what: str, exc: Exception) -> None:
        """Carry on without a store; say so once per store."""
        if what not in self._degraded:
            self._degraded.add(what)
            logger.warning("examiner: %s unavailable, carrying on without it: %s", what, exc)

    # --- the vector store -----------------------------------------------------------------

    @property
    def vectors_state(self) -> str:
        """`not_loaded` until first used, then `loading`, `ok` or `degraded` (for /health)."""
        if "vectors" in self._degraded:
            return "degraded"
        if self._vectors is None:
            return "not_loaded"
        return "ok" if self._vectors.done() else "loading"

    def vectors_ready(self) -> VectorStore | None:
        """The vector store if it is open already; starts opening it otherwise."""
        task = self._open_vectors()
        if task is None or not task.done() or task.cancelled():
            return None
        return task.result()

    async def vector_store(self) -> VectorStore | None:
        """The vector store, waiting for it to open; None once it has failed."""
        task = self._open_vectors()
        return None if task is None else await asyncio.shield(task)

    def _open_vectors(self) -> asyncio.Task[VectorStore | None] | None:
        if "vectors" in self._degraded:
            return None
        if self._vectors is None:
            self._vectors = asyncio.create_task(self._make_vectors(), name="examiner vectors")
        return self._vectors

    async def _make_vectors(self) -> VectorStore | None:
        settings = self.settings

        def make() -> VectorStore:
            # importing chromadb takes seconds: do it off the event loop
            from server.examiner.vectors import VectorStore

            return VectorStore(persist_directory=settings.chroma_persist_directory,
                               url=settings.chroma_url)

        try:
            return await asyncio.to_thread(make)
        except ImportError as exc:
            self.degrade("vectors", ImportError(f"{exc}; pip install 'viva[server]'"))
        except Exception as exc:  # noqa: BLE001 - any Chroma failure degrades, never fails a session
            self.degrade("vectors", exc)
        return None

    # --- chat memory ----------------------------------------------------------------------

    async def history(self, session_id: int) -> list[dict[str, str]]:
        """The session's chat so far; empty when the memory is down."""
        try:
            return await self.memory.history(session_id)
        except MemoryUnavailable as exc:
            self.degrade("chat memory", exc)
            return []

    async def remember(self, session_id: int, role: str, content: str) -> None:
        """Append a message to the session's chat, unless the memory is down."""
        try:
            await self.memory.append(session_id, role, content)
        except MemoryUnavailable as exc:
            self.degrade("chat memory", exc)
