"""The examiner: findings about a change, questions about them, and honest grading.

Heavy backends load on first use: ``VectorStore`` imports ChromaDB, ``LLMExaminer`` imports
langchain-openai, ``RedisChatMemory`` expects a ``redis.asyncio`` client.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .errors import (
    ExaminerConfigError,
    ExaminerError,
    MemoryUnavailable,
    ModelUnavailable,
    VectorStoreUnavailable,
)
from .factory import create_examiner
from .findings import Finding, analyse, changed_line_count, changed_lines, language_of, warm_up
from .grading import Grade, grade_answer
from .integrity import ChangeRecord, IntegritySignal, detect_signals
from .memory import ChatMemory, InMemoryChatMemory, RedisChatMemory
from .offline import OfflineExaminer
from .questions import SKILLS
from .report import ReportInput, build_report, render_html, render_markdown
from .rubric import About, KeyPoint, Misconception, Rubric
from .triggers import lines_changed_in, lines_since_question, should_ask
from .types import AskContext, Asked, CodeQuestion, EvaluateContext, Evaluation, Examiner

if TYPE_CHECKING:
    from .llm import LLMExaminer
    from .vectors import HashedNgramEmbedding, VectorStore

__all__ = [
    "SKILLS",
    "About",
    "AskContext",
    "Asked",
    "ChangeRecord",
    "ChatMemory",
    "CodeQuestion",
    "EvaluateContext",
    "Evaluation",
    "Examiner",
    "ExaminerConfigError",
    "ExaminerError",
    "Finding",
    "Grade",
    "HashedNgramEmbedding",
    "InMemoryChatMemory",
    "IntegritySignal",
    "KeyPoint",
    "LLMExaminer",
    "MemoryUnavailable",
    "Misconception",
    "ModelUnavailable",
    "OfflineExaminer",
    "RedisChatMemory",
    "ReportInput",
    "Rubric",
    "VectorStore",
    "VectorStoreUnavailable",
    "analyse",
    "build_report",
    "changed_line_count",
    "changed_lines",
    "create_examiner",
    "detect_signals",
    "grade_answer",
    "language_of",
    "lines_changed_in",
    "lines_since_question",
    "render_html",
    "render_markdown",
    "should_ask",
    "warm_up",
]

_LAZY = {"LLMExaminer": ".llm", "VectorStore": ".vectors", "HashedNgramEmbedding": ".vectors"}


def __getattr__(name: str) -> Any:
    """Import the heavy backends only when they are first used."""
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(_LAZY[name], __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
