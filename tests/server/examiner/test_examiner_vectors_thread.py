"""The vector store runs Chroma on one thread of its own, in call order, and reopens after close."""

from __future__ import annotations

import asyncio
import threading
from pathlib import Path

from server.examiner.vectors import VectorStore

QUESTION = "What is the time complexity of `find_pairs` at line 4 of `pairs.py`?"


async def test_calls_run_in_order_on_one_thread_of_the_store(tmp_path: Path) -> None:
    """Concurrent calls share one named thread, never the loop's; a question stored first counts."""
    store = VectorStore(persist_directory=str(tmp_path))
    seen: list[str] = []

    def where(tag: str) -> str:
        seen.append(tag)
        return threading.current_thread().name

    names = await asyncio.gather(*(store._run(lambda t=str(i): where(t)) for i in range(5)))
    assert seen == ["0", "1", "2", "3", "4"]
    assert len(set(names)) == 1 and names[0].startswith("viva-chroma")
    added = asyncio.ensure_future(store.add_question(1, "q1", QUESTION))
    await asyncio.sleep(0)
    assert await store.is_repeat(1, QUESTION)
    await added
    await store.close()


async def test_a_closed_store_opens_again_on_the_next_call(tmp_path: Path) -> None:
    """close() drops the client and its thread; the next call brings both back."""
    store = VectorStore(persist_directory=str(tmp_path))
    await store.add_question(2, "q1", QUESTION)
    await store.close()
    assert await store.is_repeat(2, QUESTION)
    await store.close()
