"""ChromaDB with an offline embedding: reference material, asked questions, final code.

Chroma's default embedding downloads a model on first use, which fails without internet, so
every collection here uses ``HashedNgramEmbedding``: hashed n-grams of pygments tokens.

Chroma's client is blocking and the embedding is pure Python, so every call runs on one
thread of the store's own: calls keep their order (a question is stored before the next one
is checked against it), and a burst of questions occupies one thread, not every worker of
the event loop's default executor competing with the loop for the interpreter.
"""

from __future__ import annotations

import asyncio
import hashlib
import math
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, Any, Final, TypeVar
from urllib.parse import urlparse

from chromadb.api.types import Documents, EmbeddingFunction, Embeddings
from chromadb.utils.embedding_functions import register_embedding_function

from .errors import VectorStoreUnavailable

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection
    from pygments.lexer import Lexer

__all__ = ["HashedNgramEmbedding", "VectorStore"]

T = TypeVar("T")
_QUESTIONS: Final = "viva_questions"
_REFERENCE: Final = "viva_reference"
_FINAL_CODE: Final = "viva_final_code"
_SPACE: Final = {"hnsw": {"space": "cosine"}}


@lru_cache(maxsize=8)
def _lexer(language: str) -> Lexer:
    from pygments.lexers import get_lexer_by_name

    return get_lexer_by_name(language, stripnl=False, ensurenl=True)


def _tokens(text: str, language: str) -> list[tuple[str, str]]:
    """(raw, abstract) pairs: names and literals abstract to N, S, 0 so renames still match."""
    from pygments.token import Comment, Name, Number, String, Text, is_token_subtype

    out: list[tuple[str, str]] = []
    for ttype, raw in _lexer(language).get_tokens(text):
        value = raw.strip()
        if not value or is_token_subtype(ttype, Text) or is_token_subtype(ttype, Comment):
            continue
        abstract = "N" if is_token_subtype(ttype, Name) else "S" if is_token_subtype(ttype, String) else \
            "0" if is_token_subtype(ttype, Number) else value
        out.append((value.lower(), abstract))
    return out


@register_embedding_function
class HashedNgramEmbedding(EmbeddingFunction[Documents]):
    """Offline embedding: signed hashes of token n-grams into a fixed, L2-normalised vector."""

    def __init__(self, dim: int = 256, language: str = "python", shape_weight: float = 1.0
                 ) -> None:
        self.dim = int(dim)
        self.language = language
        self.shape_weight = float(shape_weight)
        """Weight of the abstract (names-blind) n-grams; high for code, so renames still match."""

    @staticmethod
    def name() -> str:
        """The name Chroma stores with a collection, to rebuild this function on load."""
        return "viva_hashed_ngram"

    def get_config(self) -> dict[str, Any]:
        """The settings stored with a collection."""
        return {"dim": self.dim, "language": self.language, "shape_weight": self.shape_weight}

    @staticmethod
    def build_from_config(config: dict[str, Any]) -> HashedNgramEmbedding:
        """Rebuild from stored settings."""
        return HashedNgramEmbedding(dim=int(config.get("dim", 256)),
                                    language=str(config.get("language", "python")),
                                    shape_weight=float(config.get("shape_weight", 1.0)))

    def default_space(self) -> str:  # type: ignore[override]
        """Cosine distance suits normalised vectors."""
        return "cosine"

    def supported_spaces(self) -> list[str]:  # type: ignore[override]
        """Normalised vectors work with every space."""
        return ["cosine", "l2", "ip"]

    def _features(self, text: str) -> list[tuple[str, float]]:
        toks = _tokens(text, self.language)
        raw = [r for r, _ in toks]
        shape = [a for _, a in toks]
        feats = [(f"w:{w}", 1.0) for w in raw]
        feats += [(f"b:{a} {b}", 1.0) for a, b in pairwise(raw)]
        feats += [(f"s:{a} {b} {c}", self.shape_weight)
                  for a, b, c in zip(shape, shape[1:], shape[2:], strict=False)]
        return feats

    def embed(self, text: str) -> list[float]:
        """Embed one text."""
        vector = [0.0] * self.dim
        for feature, weight in self._features(text):
            digest = hashlib.blake2b(feature.encode(), digest_size=8).digest()
            number = int.from_bytes(digest, "little")
            vector[number % self.dim] += weight if (number >> 63) & 1 else -weight
        norm = math.sqrt(sum(v * v for v in vector))
        if norm == 0:
            vector[0] = 1.0
            return vector
        return [v / norm for v in vector]

    def __call__(self, input: Documents) -> Embeddings:
        """Embed a batch of documents."""
        import numpy as np

        return [np.asarray(self.embed(text), dtype=np.float32) for text in input]


def _client(persist_directory: str | None, url: str | None) -> ClientAPI:
    import chromadb
    from chromadb.config import Settings

    settings = Settings(anonymized_telemetry=False)
    if url:
        parts = urlparse(url if "://" in url else f"http://{url}")
        return chromadb.HttpClient(host=parts.hostname or "127.0.0.1",
                                   port=parts.port or (443 if parts.scheme == "https" else 8000),
                                   ssl=parts.scheme == "https", settings=settings)
    if persist_directory:
        return chromadb.PersistentClient(path=persist_directory, settings=settings)
    return chromadb.EphemeralClient(settings=settings)


class VectorStore:
    """Similarity search over questions, reference material and final code (async)."""

    def __init__(self, *, persist_directory: str | None = None, url: str | None = None) -> None:
        self._persist_directory = persist_directory
        self._url = url
        self._chroma: ClientAPI | None = None
        self._collections: dict[str, Collection] = {}
        self._embeddings = {_QUESTIONS: HashedNgramEmbedding(),
                            _REFERENCE: HashedNgramEmbedding(),
                            _FINAL_CODE: HashedNgramEmbedding(shape_weight=4.0)}
        self._lock = asyncio.Lock()
        self._thread: ThreadPoolExecutor | None = None

    async def _run(self, call: Callable[[], T]) -> T:
        """Run a blocking Chroma call on the store's thread; Chroma's errors become ours."""
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="viva-chroma")
        try:
            return await asyncio.get_running_loop().run_in_executor(self._thread, call)
        except VectorStoreUnavailable:
            raise
        except Exception as exc:
            raise VectorStoreUnavailable(
                f"vector store (ChromaDB) failed: {type(exc).__name__}: {exc}") from exc

    async def _collection(self, name: str) -> Collection:
        if name in self._collections:
            return self._collections[name]
        async with self._lock:
            if self._chroma is None:
                self._chroma = await self._run(lambda: _client(self._persist_directory, self._url))
            chroma = self._chroma
            collection = await self._run(lambda: chroma.get_or_create_collection(
                name, embedding_function=self._embeddings[name],  # type: ignore[arg-type]
                configuration=_SPACE))  # type: ignore[arg-type]
            self._collections[name] = collection
            return collection

    async def add_question(self, session_id: int, question_id: str, text: str) -> None:
        """Remember a question asked in a session."""
        collection = await self._collection(_QUESTIONS)
        await self._run(lambda: collection.upsert(
            ids=[f"{session_id}:{question_id}"], documents=[text],
            metadatas=[{"session_id": session_id}]))

    async def is_repeat(self, session_id: int, text: str, threshold: float = 0.9) -> bool:
        """True when the session was already asked a question this similar (cosine >= threshold)."""
        collection = await self._collection(_QUESTIONS)
        nearest = await self._nearest(collection, text, {"session_id": session_id}, 1)
        return bool(nearest) and nearest[0][1] >= threshold

    async def add_reference(self, pack_slug: str, docs: dict[str, str]) -> None:
        """Store an assessment pack's reference material, one document per name."""
        if not docs:
            return
        collection = await self._collection(_REFERENCE)
        names = sorted(docs)
        await self._run(lambda: collection.upsert(
            ids=[f"{pack_slug}:{n}" for n in names], documents=[docs[n] for n in names],
            metadatas=[{"pack": pack_slug, "name": n} for n in names]))

    async def search_reference(self, pack_slug: str, text: str, limit: int = 3
                               ) -> list[tuple[str, float]]:
        """The pack's reference documents nearest to text, as (name, similarity)."""
        collection = await self._collection(_REFERENCE)
        found = await self._nearest(collection, text, {"pack": pack_slug}, limit, key="name")
        return [(str(name), score) for name, score in found]

    async def add_final_code(self, assessment: str, session_id: int, code: str) -> None:
        """Store a session's final code for similarity between candidates."""
        collection = await self._collection(_FINAL_CODE)
        await self._run(lambda: collection.upsert(
            ids=[f"{assessment}:{session_id}"], documents=[code or " "],
            metadatas=[{"assessment": assessment, "session_id": session_id}]))

    async def similar_code(self, assessment: str, session_id: int, code: str
                           ) -> list[tuple[int, float]]:
        """Other sessions of the assessment by similarity of final code (0..1), best first."""
        collection = await self._collection(_FINAL_CODE)
        where = {"$and": [{"assessment": assessment}, {"session_id": {"$ne": session_id}}]}
        found = await self._nearest(collection, code or " ", where, 10, key="session_id")
        return [(int(sid), score) for sid, score in found]

    async def _nearest(self, collection: Collection, text: str, where: dict[str, Any],
                       limit: int, key: str = "session_id") -> list[tuple[Any, float]]:
        def query() -> list[tuple[Any, float]]:
            # Ask only for as many as exist, so Chroma has nothing to warn about.
            count = len(collection.get(where=where, include=[])["ids"])
            if count == 0:
                return []
            result = collection.query(query_texts=[text], n_results=min(limit, count),
                                      where=where, include=["metadatas", "distances"])
            metas = (result.get("metadatas") or [[]])[0]
            distances = (result.get("distances") or [[]])[0]
            return [((meta or {}).get(key), max(0.0, min(1.0, 1.0 - float(dist))))
                    for meta, dist in zip(metas, distances, strict=False)]

        return await self._run(query)

    async def close(self) -> None:
        """Drop the client and its thread; an embedded store is flushed by Chroma as it writes."""
        self._collections.clear()
        chroma, self._chroma = self._chroma, None
        try:
            if chroma is not None and hasattr(chroma, "close"):
                await self._run(chroma.close)
        finally:
            thread, self._thread = self._thread, None
            if thread is not None:
                thread.shutdown(wait=False)
