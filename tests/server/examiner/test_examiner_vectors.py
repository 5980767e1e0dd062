"""The vector store on an embedded ChromaDB in tmp_path, with the offline embedding."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from chromadb.utils.embedding_functions import known_embedding_functions

from server.examiner import VectorStoreUnavailable
from server.examiner.vectors import HashedNgramEmbedding, VectorStore

QUESTION = "What is the time complexity of `find_pairs` at line 4 of `pairs.py`?"
SUM = "def total(xs):\n    acc = 0\n    for x in xs:\n        acc += x\n    return acc\n"
RENAMED = "def add_up(items):\n    s = 0\n    for i in items:\n        s += i\n    return s\n"
OTHER = ("class Stack:\n    def __init__(self):\n        self.items = []\n\n"
         "    def push(self, value):\n        self.items.append(value)\n")


def test_the_embedding_is_registered_normalised_and_deterministic() -> None:
    """Chroma can rebuild it by name; vectors have unit length and repeat exactly."""
    assert known_embedding_functions["viva_hashed_ngram"] is HashedNgramEmbedding
    embedding = HashedNgramEmbedding(dim=64)
    first, second = embedding([SUM, SUM])
    assert len(first) == 64
    assert np.isclose(np.linalg.norm(first), 1.0)
    assert np.array_equal(first, second)
    rebuilt = HashedNgramEmbedding.build_from_config(embedding.get_config())
    assert np.array_equal(rebuilt([SUM])[0], first)


async def test_a_question_asked_before_in_the_session_is_a_repeat(tmp_path: Path) -> None:
    """Same session and same text: a repeat; another session or another question: not."""
    store = VectorStore(persist_directory=str(tmp_path))
    await store.add_question(1, "q1", QUESTION)
    assert await store.is_repeat(1, QUESTION)
    assert not await store.is_repeat(1, "How would you test `load` at line 9 of `io.py`?")
    assert not await store.is_repeat(2, QUESTION)
    await store.close()


async def test_a_persisted_store_reloads_with_its_embedding(tmp_path: Path) -> None:
    """A second store on the same directory finds the first one's questions (no warnings)."""
    first = VectorStore(persist_directory=str(tmp_path))
    await first.add_question(3, "q1", QUESTION)
    await first.close()
    second = VectorStore(persist_directory=str(tmp_path))
    assert await second.is_repeat(3, QUESTION)
    await second.close()


async def test_similar_code_ranks_other_sessions_of_the_same_assessment(tmp_path: Path) -> None:
    """A renamed copy ranks above different code; own session and other assessments are out."""
    store = VectorStore(persist_directory=str(tmp_path))
    await store.add_final_code("py-take-home", 1, SUM)
    await store.add_final_code("py-take-home", 2, RENAMED)
    await store.add_final_code("py-take-home", 3, OTHER)
    await store.add_final_code("other", 4, SUM)
    ranked = await store.similar_code("py-take-home", 1, SUM)
    assert [sid for sid, _ in ranked] == [2, 3]
    assert ranked[0][1] > 0.8 > ranked[1][1]
    assert all(0.0 <= score <= 1.0 for _, score in ranked)
    assert await store.similar_code("empty", 1, SUM) == []
    await store.close()


async def test_reference_material_is_searchable_per_pack(tmp_path: Path) -> None:
    """Reference documents come back for their own pack, nearest first."""
    store = VectorStore(persist_directory=str(tmp_path))
    await store.add_reference("algo", {"search": "binary search halves the sorted range",
                                       "sort": "merge sort is stable and O(n log n)"})
    await store.add_reference("other", {"search": "binary search halves the sorted range"})
    found = await store.search_reference("algo", "how does binary search work")
    assert found[0][0] == "search" and len(found) == 2
    await store.close()


async def test_an_unreachable_chroma_server_raises_vector_store_unavailable() -> None:
    """Chroma's own errors come out as VectorStoreUnavailable."""
    store = VectorStore(url="http://127.0.0.1:1")
    with pytest.raises(VectorStoreUnavailable):
        await store.add_question(1, "q", QUESTION)
    await store.close()
