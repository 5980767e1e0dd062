"""Single challenges (SPEC §4): picked from the shipped packs offline, or checked when generated.

Errors are `ChallengeError(code, message)`; codes: `unknown_domain`, `unknown_kind`,
`invalid_difficulty`, `no_challenge`, `unknown_challenge`, `invalid_option`.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from typing import Any, Final, TypeVar

from server.packs.mcq import McqError, option_index
from server.packs.model import LETTERS, McqQuestion, Pack, Scenario, difficulty_from
from server.packs.scenarios import score_scenario

DOMAINS: Final[dict[str, str]] = {
    "software": "software",
    "backend": "software",
    "api": "software",
    "web": "software",
    "python": "software",
    "engineering": "software",
    "systems": "software",
    "data": "data",
    "data-engineering": "data",
    "analytics": "data",
    "sql": "data",
    "database": "data",
    "databases": "data",
    "ml": "ml",
    "machine-learning": "ml",
    "ai": "ml",
    "data-science": "ml",
}
"""Accepted domain names (lower case, spaces as hyphens) and the scenario domain they map to."""

_MCQ_SOURCES: Final[dict[str, tuple[str, frozenset[str] | None]]] = {
    "software": ("backend-mcq", None),
    "data": ("backend-mcq", frozenset({"sql", "transactions"})),
}
"""Where multiple-choice questions for a domain come from: pack slug and skills (None: all)."""

_Item = TypeVar("_Item", McqQuestion, Scenario)

_PLACEHOLDERS: Final[frozenset[str]] = frozenset(
    {"all of the above", "none of the above", "both a and b", "n/a", "todo"}
)


class ChallengeError(Exception):
    """A challenge request that cannot be served; `code` is machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        self.code = code
        self.message = message
        super().__init__(f"{code}: {message}")


def challenge_from_pack(
    packs: Sequence[Pack],
    domain: str,
    kind: str,
    difficulty: int | str | None = None,
    rng_seed: int | str | None = None,
) -> dict[str, Any]:
    """Pick an MCQ question or a scenario matching `domain` and `difficulty`; no answers inside."""
    area = normalise_domain(domain)
    if kind not in ("mcq", "scenario"):
        raise ChallengeError("unknown_kind", f"kind must be 'mcq' or 'scenario', not {kind!r}")
    target = _difficulty(difficulty)
    rng = random.Random(rng_seed)
    if kind == "mcq":
        questions = _mcq_pool(packs, area)
        slug, question = _closest(questions, target, rng)
        return _mcq_challenge(slug, question, area, packs)
    scenarios = [(pack.slug, s) for pack in packs for s in pack.scenarios if s.domain == area]
    slug, scenario = _closest(scenarios, target, rng)
    return {
        "source_id": f"{slug}/{scenario.id}",
        "kind": "scenario",
        "domain": area,
        "pack": slug,
        "title": scenario.title,
        "prompt": scenario.prompt.strip(),
        "difficulty": scenario.difficulty,
    }


def evaluate_challenge(packs: Sequence[Pack], source_id: str, answer: str | int) -> dict[str, Any]:
    """Evaluate an answer to a pack challenge named by its `source_id` (`slug/item-id`)."""
    slug, _, item_id = source_id.partition("/")
    for pack in packs:
        if pack.slug != slug:
            continue
        if pack.mcq is not None and any(q.id == item_id for q in pack.mcq.questions):
            question = pack.mcq.question(item_id)
            try:
                selected = option_index(question, answer)
            except McqError as exc:
                raise ChallengeError("invalid_option", exc.message) from exc
            correct = selected == question.answer
            return {
                "kind": "mcq",
                "is_correct": correct,
                "correct_option": question.answer_letter,
                "selected_option": LETTERS[selected],
                "explanation": question.explanation,
                "score": 100 if correct else 0,
            }
        if any(s.id == item_id for s in pack.scenarios):
            return {"kind": "scenario", **score_scenario(pack.scenario(item_id), str(answer))}
    raise ChallengeError("unknown_challenge", f"no challenge {source_id!r} in the packs")


def normalise_domain(domain: str) -> str:
    """Map a requested domain (`"Backend"`, `"machine learning"`) to software, data or ml."""
    key = "-".join(str(domain).strip().lower().replace("_", " ").split())
    if key not in DOMAINS:
        raise ChallengeError(
            "unknown_domain",
            f"unknown domain {domain!r}; try one of: software, backend, data, ml",
        )
    return DOMAINS[key]


def validate_generated_mcq(d: dict[str, Any]) -> list[str]:
    """Problems with a model-generated MCQ (empty list: usable as is)."""
    problems: list[str] = []
    if not isinstance(d, dict):
        return ["the challenge must be a JSON object"]
    question = d.get("question") or d.get("question_text")
    if not isinstance(question, str) or not question.strip():
        problems.append("the question text is empty")
    raw = d.get("options")
    if not isinstance(raw, list):
        return [*problems, "options must be a list of four strings"]
    texts: list[str] = []
    flags: list[int] = []
    for index, option in enumerate(raw):
        if isinstance(option, dict):
            text = option.get("text") or option.get("option") or ""
            if option.get("is_correct") or option.get("correct"):
                flags.append(index)
        else:
            text = option
        if not isinstance(text, str) or not text.strip():
            problems.append(f"option {index + 1} is empty")
            text = ""
        texts.append(" ".join(str(text).split()))
    if len(texts) != 4:
        problems.append(f"expected exactly four options, got {len(texts)}")
    lowered = [text.lower() for text in texts if text]
    duplicates = sorted({text for text in lowered if lowered.count(text) > 1})
    if duplicates:
        problems.append("duplicate options: " + ", ".join(repr(text) for text in duplicates))
    placeholders = [text for text in lowered if text in _PLACEHOLDERS]
    if placeholders:
        problems.append("placeholder options are not plausible: " + ", ".join(placeholders))
    correct = flags or _correct_indexes(d, texts)
    if len(correct) != 1:
        problems.append(f"expected exactly one correct option, found {len(correct)}")
    explanation = d.get("explanation")
    if not isinstance(explanation, str) or not explanation.strip():
        problems.append("the explanation is empty")
    return problems


def _correct_indexes(d: dict[str, Any], texts: list[str]) -> list[int]:
    for key in ("answer", "correct_answer", "correct_option", "correct"):
        if key in d:
            value = d[key]
            values = value if isinstance(value, list) else [value]
            found: list[int] = []
            for item in values:
                index = _index_of(item, texts)
                if index is None:
                    return []
                found.append(index)
            return sorted(set(found)) if len(set(found)) == len(found) else found
    return []


def _index_of(value: Any, texts: list[str]) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if 0 <= value < len(texts) else None
    if isinstance(value, str):
        text = " ".join(value.split())
        lowered = [option.lower() for option in texts]
        if text.lower() in lowered:
            return lowered.index(text.lower())
        if len(text) == 1 and text.upper() in LETTERS[: len(texts)]:
            return LETTERS.index(text.upper())
    return None


def _difficulty(value: int | str | None) -> int | None:
    if value is None or value == "":
        return None
    level = difficulty_from(value)
    if isinstance(level, bool) or not isinstance(level, int) or not 1 <= level <= 5:
        raise ChallengeError("invalid_difficulty", "difficulty must be 1-5 or easy, medium or hard")
    return level


def _mcq_pool(packs: Sequence[Pack], area: str) -> list[tuple[str, McqQuestion]]:
    if area not in _MCQ_SOURCES:
        raise ChallengeError("no_challenge", f"no multiple-choice questions for domain '{area}'")
    slug, skills = _MCQ_SOURCES[area]
    pool = [
        (pack.slug, question)
        for pack in packs
        if pack.slug == slug and pack.mcq is not None
        for question in pack.mcq.questions
        if skills is None or question.skill in skills
    ]
    if not pool and skills is None:
        # A server without the shipped backend pack still serves any loaded MCQ pack.
        pool = [(p.slug, q) for p in packs if p.mcq is not None for q in p.mcq.questions]
    return pool


def _closest(
    items: list[tuple[str, _Item]], target: int | None, rng: random.Random
) -> tuple[str, _Item]:
    if not items:
        raise ChallengeError("no_challenge", "no challenge matches that domain and kind")
    if target is not None:
        gap = min(abs(item.difficulty - target) for _, item in items)
        items = [pair for pair in items if abs(pair[1].difficulty - target) == gap]
    items = sorted(items, key=lambda pair: (pair[0], pair[1].id))
    return items[rng.randrange(len(items))]


def _mcq_challenge(
    slug: str, question: McqQuestion, area: str, packs: Sequence[Pack]
) -> dict[str, Any]:
    pack = next(pack for pack in packs if pack.slug == slug)
    assert pack.mcq is not None
    return {
        "source_id": f"{slug}/{question.id}",
        "kind": "mcq",
        "domain": area,
        "pack": slug,
        "title": pack.mcq.skill(question.skill).name,
        "question": question.question,
        "options": list(question.options),
        "difficulty": question.difficulty,
        "skill": question.skill,
        "time_limit_seconds": question.time_limit_seconds,
    }
