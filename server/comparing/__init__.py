"""Similarity between the candidates of an assessment: sessions fingerprinted as they close,
compared through the stored index, pairs kept with each fragment's provenance (SPEC §8)."""

from __future__ import annotations

from .provenance import History, load_history, provenance, strongest
from .service import LISTED, SIGNALLED, Comparer, assessment_pairs, session_pairs, similarity_signal

__all__ = [
    "LISTED", "SIGNALLED", "Comparer", "History", "assessment_pairs", "load_history", "provenance",
    "session_pairs", "similarity_signal", "strongest",
]
