"""Errors raised by the examiner package.

Exception hierarchy::

    ExaminerError
    ├── ExaminerConfigError      bad mode or settings given to create_examiner
    ├── ModelUnavailable         the language model failed, was late or answered badly
    ├── MemoryUnavailable        the chat memory backend (Redis) failed
    └── VectorStoreUnavailable   ChromaDB failed
"""

from __future__ import annotations

__all__ = [
    "ExaminerConfigError",
    "ExaminerError",
    "MemoryUnavailable",
    "ModelUnavailable",
    "VectorStoreUnavailable",
]


class ExaminerError(Exception):
    """Base class of every error raised by the examiner package."""


class ExaminerConfigError(ExaminerError, ValueError):
    """The examiner was configured with an unknown mode or inconsistent settings."""


class ModelUnavailable(ExaminerError):
    """The language model failed, timed out or gave an answer that did not validate."""


class MemoryUnavailable(ExaminerError):
    """The chat memory backend could not be reached or failed."""


class VectorStoreUnavailable(ExaminerError):
    """ChromaDB could not be reached or failed."""
