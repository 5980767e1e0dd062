"""Multiple-choice challenges written by a model (any OpenAI-compatible endpoint), then checked.

A model's question is used only when `validate_generated_mcq` finds nothing wrong with it
(four plausible, distinct options, exactly one correct, an explanation). A failed, late or
invalid answer is retried once; after that the caller falls back to the packs.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Final

from server.examiner import ModelUnavailable
from server.packs import validate_generated_mcq
from server.packs.model import LETTERS

if TYPE_CHECKING:
    from server.core.settings import Settings
    from server.examiner.chat import ChatClient

__all__ = ["generate_mcq", "model_configured"]

logger = logging.getLogger(__name__)

_ATTEMPTS: Final = 2

_SYSTEM: Final = (
    "You write one multiple-choice question for a technical assessment. Answer with a JSON "
    'object only: {"question": str, "options": [four strings], "answer": "A"-"D", '
    '"explanation": str}. Exactly one option is correct; the other three are plausible '
    "mistakes a practitioner might make. No 'all of the above' or 'none of the above'."
)
_LEVELS: Final = {1: "introductory", 2: "easy", 3: "intermediate", 4: "advanced", 5: "expert"}


def model_configured(settings: Settings) -> bool:
    """Whether challenges may be written by a model (a key or URL, and not forced offline)."""
    return settings.examiner != "offline" and bool(settings.openai_api_key or settings.openai_base_url)


async def generate_mcq(chat: ChatClient, domain: str, difficulty: int | None) -> dict[str, Any] | None:
    """A validated model-written question as a pack question dict, or None when none is usable."""
    level = difficulty or 3
    prompt = (f"Domain: {domain}. Difficulty: {level} of 5 ({_LEVELS.get(level, 'intermediate')}). "
              "Write the question now.")
    for attempt in range(1, _ATTEMPTS + 1):
        try:
            data = await chat.json_object([("system", _SYSTEM), ("user", prompt)], temperature=0.7)
        except ModelUnavailable as exc:
            logger.warning("challenge model: attempt %d failed: %s", attempt, exc)
            continue
        problems = validate_generated_mcq(data)
        if not problems:
            return _as_question(data, domain, level)
        logger.warning("challenge model: attempt %d unusable: %s", attempt, "; ".join(problems))
    return None


def _as_question(data: dict[str, Any], domain: str, level: int) -> dict[str, Any]:
    """The validated model answer as a pack `McqQuestion` dict (answer as a 0-based index)."""
    options = [" ".join(str(o.get("text", "") if isinstance(o, dict) else o).split())
               for o in data["options"]]
    raw = data.get("answer", data.get("correct_answer", data.get("correct_option")))
    if isinstance(raw, int) and not isinstance(raw, bool):
        answer = raw
    elif isinstance(raw, str) and len(raw.strip()) == 1 and raw.strip().upper() in LETTERS[:4]:
        answer = LETTERS.index(raw.strip().upper())
    else:
        flags = [i for i, o in enumerate(data["options"]) if isinstance(o, dict)
                 and (o.get("is_correct") or o.get("correct"))]
        lowered = [o.lower() for o in options]
        answer = flags[0] if flags else lowered.index(" ".join(str(raw).split()).lower())
    return {"id": "generated", "skill": domain, "difficulty": level,
            "question": str(data.get("question") or data.get("question_text")).strip(),
            "options": options, "answer": answer, "explanation": str(data["explanation"]).strip(),
            "time_limit_seconds": 60}
