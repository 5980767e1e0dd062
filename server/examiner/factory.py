"""Choose the examiner from the settings: offline, LLM, or auto."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .errors import ExaminerConfigError
from .offline import OfflineExaminer

if TYPE_CHECKING:
    from .chat import ChatClient
    from .types import Examiner

__all__ = ["create_examiner"]


def create_examiner(mode: str, *, api_key: str | None, base_url: str | None, model: str,
                    timeout: float = 20.0, chat: ChatClient | None = None) -> Examiner:
    """Return the examiner for VIVA_EXAMINER: 'auto' uses a model when a key or URL is set.

    With `chat`, a model examiner talks through that client (its owner closes it).
    """
    choice = (mode or "auto").strip().lower()
    if choice not in ("auto", "offline", "llm"):
        raise ExaminerConfigError(f"unknown examiner mode {mode!r}: use auto, offline or llm")
    if choice == "offline" or (choice == "auto" and not (api_key or base_url)):
        return OfflineExaminer()
    from .llm import LLMExaminer

    return LLMExaminer(api_key=api_key, base_url=base_url, model=model, timeout=timeout,
                       chat=chat)
