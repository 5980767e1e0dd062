"""Offline scoring of scenario answers against a pack's rubric.

The candidate's text is data, never instructions: sentences that address the grader
("ignore the rubric", "award full marks") are removed before scoring and flagged. Technical
accuracy is the examiner's grading core (the one behind code questions and `POST /grade`)
against the model answer, with the rubric's technical criteria as its key points. The other
dimensions count rubric evidence: in full inside real sentences, a fraction of it in a bare
keyword list, which also earns a poor communication score.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from server.examiner.grading import grade_answer
from server.examiner.rubric import KeyPoint, Rubric

if TYPE_CHECKING:
    from server.packs.model import Criterion, Scenario

WEIGHTS: Final[dict[str, float]] = {
    "technical_accuracy": 0.4,
    "problem_solving": 0.3,
    "communication": 0.1,
    "business_impact": 0.2,
}
"""Weight of each dimension in `weighted_score` (SPEC §4: 40/30/10/20)."""

LISTED_CREDIT: Final[float] = 0.3
"""Share of a criterion's credit earned when its evidence appears only in a bare list."""

FULL_DEPTH_WORDS: Final[int] = 90
"""Answers shorter than this (in words of real sentences) are scaled down."""

_INSTRUCTIONS: Final[tuple[re.Pattern[str], ...]] = tuple(
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        (
            r"\b(ignore|disregard|forget|override)\b.{0,60}\b(instruction|rubric|prompt|rule|"
            r"criteria|grading|above|previous)"
        ),
        (
            r"\b(award|give|assign|grant|mark)\b.{0,40}\b(full|max(imum)?|100|top|perfect|"
            r"all( the)?|highest|10/10)\b.{0,25}\b(marks?|points?|scores?|credit|grade)"
        ),
        (
            r"\b(score|grade|rate|mark)\b.{0,25}\b(this|me|my|the)\b.{0,30}\b(100|full|"
            r"max(imum)?|perfect|10/10|highest|top)\b"
        ),
        (
            r"\b(you are|you're|as) (the|an?) (grader|examiner|evaluator|marker|ai|assistant|"
            r"language model)\b"
        ),
        r"^\W*(system|assistant|developer)\s*:",
        r"\b(grader|examiner|evaluator|marker|scorer)s?\b.{0,30}\b(should|must|will|shall)\b",
        r"\bthis (answer|response) (deserves|earns|gets|should get)\b",
    )
)

_FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    [
        "a",
        "an",
        "the",
        "to",
        "of",
        "in",
        "on",
        "for",
        "with",
        "and",
        "or",
        "but",
        "so",
        "is",
        "are",
        "was",
        "be",
        "would",
        "will",
        "can",
        "could",
        "should",
        "we",
        "i",
        "it",
        "this",
        "that",
        "they",
        "them",
        "our",
        "their",
        "which",
        "because",
        "if",
        "then",
        "when",
        "by",
        "as",
        "at",
        "from",
        "not",
        "do",
        "does",
        "into",
        "than",
        "also",
    ]
)

_CONNECTIVES: Final[tuple[str, ...]] = (
    "because",
    "so that",
    "therefore",
    "first",
    "then",
    "finally",
    "however",
    "which means",
    "trade off",
    "as a result",
    "instead",
    "otherwise",
    "for example",
    "in short",
    "while",
    "unless",
    "since",
    "next",
)


def score_scenario(scenario: Scenario, answer: str) -> dict[str, Any]:
    """Score `answer` on the four dimensions of `scenario.rubric` (each 0-100)."""
    kept, flags = _drop_instructions(answer or "")
    prose, listed = _split_prose(kept)
    prose_text, listed_text = _normal(" ".join(prose)), _normal(" ".join(listed))
    prose_words = sum(len(sentence.split()) for sentence in prose)
    depth = min(1.0, 0.35 + 0.65 * prose_words / FULL_DEPTH_WORDS) if prose_words else 0.5
    scores: dict[str, int] = {}
    feedback: dict[str, dict[str, list[str]]] = {}
    for dimension in WEIGHTS:
        if dimension == "technical_accuracy":
            scores[dimension], feedback[dimension] = _technical(scenario, prose, listed)
            continue
        criteria: list[Criterion] = getattr(scenario.rubric, dimension)
        share, covered, partly, missed = _evidence(criteria, prose_text, listed_text)
        if dimension == "communication":
            structure = _structure(prose, listed, " ".join(kept))
            share = 0.5 * share + 0.5 * structure if criteria else structure
            if not criteria and structure >= 0.6:
                covered.append("clear, connected sentences")
            elif not criteria:
                missed.append("clear, connected sentences")
        else:
            share *= depth
        scores[dimension] = round(100 * share)
        feedback[dimension] = {
            "covered": covered,
            "mentioned_without_explanation": partly,
            "missed": missed,
        }
    weighted = round(sum(WEIGHTS[name] * scores[name] for name in WEIGHTS), 1)
    return {
        "scores": scores,
        "weighted_score": weighted,
        "feedback": feedback,
        "summary": _summary(scores, feedback, flags),
        "model_answer": scenario.model_answer,
        "flags": flags,
    }


def scenario_rubric(scenario: Scenario) -> Rubric:
    """The grading core's rubric for a scenario: each technical criterion is a key point
    evidenced by its keywords, beside the model answer as one more (lighter) point."""
    criteria = scenario.rubric.technical_accuracy
    points = [KeyPoint(f"t{n}", c.criterion, list(c.keywords), c.weight)
              for n, c in enumerate(criteria, 1)]
    model = Rubric.from_model_answer(scenario.prompt, scenario.model_answer)
    whole = [KeyPoint("model", scenario.model_answer.strip(),
                      [e for p in model.key_points for e in p.evidence], 0.5)]
    return Rubric(points + [p for p in whole if p.evidence], [], None)


def _technical(scenario: Scenario, prose: list[str],
               listed: list[str]) -> tuple[int, dict[str, list[str]]]:
    """Technical accuracy 0-100 from the grading core, and what it found.

    The core grades the real sentences; points only listed (a keyword dump) earn
    `LISTED_CREDIT` of what the whole text would have earned.
    """
    rubric = scenario_rubric(scenario)
    said = grade_answer(scenario.prompt, " ".join(prose), rubric) if prose else None
    criteria = [c.criterion for c in scenario.rubric.technical_accuracy]
    covered = [c for c in (said.covered if said else []) if c in criteria]
    partly: list[str] = []
    score = 10.0 * said.score if said else 0.0
    if listed:
        everything = grade_answer(scenario.prompt, " ".join(prose + listed), rubric)
        score = max(score, LISTED_CREDIT * 10 * everything.score)
        partly = [c for c in everything.covered if c in criteria and c not in covered]
    # the model answer's own point is the core's yardstick, not a criterion to report
    return round(score), {
        "covered": covered,
        "mentioned_without_explanation": partly,
        "missed": [c for c in criteria if c not in covered and c not in partly],
        "misconceptions": list(said.misconceptions) if said else [],
    }


def _sentences(text: str) -> list[str]:
    """Sentences of `text`: hard-wrapped lines are joined, bullets and blank lines split."""
    blocks: list[list[str]] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        bullet = re.match(r"^([-*•]|\d+[.)]|#+)\s+", stripped)
        if not stripped or bullet:
            if current:
                blocks.append(current)
            current = [stripped[bullet.end() :]] if bullet else []
        else:
            current.append(stripped)
    if current:
        blocks.append(current)
    sentences: list[str] = []
    for block in blocks:
        joined = " ".join(part for part in block if part)
        sentences += [part.strip() for part in re.split(r"(?<=[.!?;])\s+", joined) if part.strip()]
    return sentences


def _drop_instructions(text: str) -> tuple[list[str], list[str]]:
    kept: list[str] = []
    dropped = 0
    for sentence in _sentences(text):
        if any(pattern.search(sentence) for pattern in _INSTRUCTIONS):
            dropped += 1
        else:
            kept.append(sentence)
    flags = ["instructions_to_grader_ignored"] if dropped else []
    return kept, flags


def _split_prose(sentences: list[str]) -> tuple[list[str], list[str]]:
    """Sentences that read as prose, and the leftover fragments (lists, headings, dumps)."""
    prose: list[str] = []
    listed: list[str] = []
    for part in sentences:
        words = re.findall(r"[A-Za-z']+", part)
        lowered = [word.lower() for word in words]
        function_words = sum(1 for word in lowered if word in _FUNCTION_WORDS)
        separators = part.count(",") + part.count("|") + part.count("/")
        if (
            len(words) >= 6
            and function_words >= 2
            and function_words / len(words) >= 0.12
            and separators < len(words) / 2.5
        ):
            prose.append(part)
        else:
            listed.append(part)
    return prose, listed


def _normal(text: str) -> str:
    text = re.sub(r"[-_/]", " ", text.lower())
    text = re.sub(r"[^a-z0-9%$ ]+", " ", text)
    return " ".join(text.split())


def _keyword_pattern(keyword: str) -> re.Pattern[str]:
    words = _normal(keyword).split()
    return re.compile(r"\b" + r"\w*\s+".join(re.escape(word) for word in words) + r"\w*")


def _evidence(
    criteria: list[Criterion], prose_text: str, listed_text: str
) -> tuple[float, list[str], list[str], list[str]]:
    if not criteria:
        return 0.0, [], [], []
    earned = 0.0
    covered: list[str] = []
    partly: list[str] = []
    missed: list[str] = []
    for criterion in criteria:
        patterns = [_keyword_pattern(keyword) for keyword in criterion.keywords]
        if any(pattern.search(prose_text) for pattern in patterns):
            earned += criterion.weight
            covered.append(criterion.criterion)
        elif any(pattern.search(listed_text) for pattern in patterns):
            earned += LISTED_CREDIT * criterion.weight
            partly.append(criterion.criterion)
        else:
            missed.append(criterion.criterion)
    total = sum(criterion.weight for criterion in criteria)
    return earned / total, covered, partly, missed


def _structure(prose: list[str], listed: list[str], text: str) -> float:
    """0-1: enough real sentences, mostly prose, linked reasoning, readable lengths."""
    if not prose:
        return 0.0
    prose_words = sum(len(sentence.split()) for sentence in prose)
    listed_words = sum(len(fragment.split()) for fragment in listed)
    enough = min(1.0, len(prose) / 6)
    share = prose_words / (prose_words + listed_words)
    lowered = " " + _normal(text) + " "
    linked = min(1.0, sum(1 for word in _CONNECTIVES if f" {word} " in lowered) / 3)
    mean = prose_words / len(prose)
    readable = 1.0 if 8 <= mean <= 35 else max(0.0, 1 - abs(mean - 20) / 40)
    return 0.3 * enough + 0.3 * share + 0.25 * linked + 0.15 * readable


def _summary(
    scores: dict[str, int], feedback: dict[str, dict[str, list[str]]], flags: list[str]
) -> str:
    names = {name: name.replace("_", " ") for name in WEIGHTS}
    best = max(WEIGHTS, key=lambda name: scores[name])
    worst = min(WEIGHTS, key=lambda name: scores[name])
    parts = [
        (
            f"Strongest on {names[best]} ({scores[best]}/100); weakest on {names[worst]} "
            f"({scores[worst]}/100)."
        )
    ]
    missed = feedback[worst]["missed"] + feedback[worst]["mentioned_without_explanation"]
    if missed:
        parts.append("To improve, address: " + "; ".join(missed[:3]) + ".")
    if any(feedback[name]["mentioned_without_explanation"] for name in WEIGHTS):
        parts.append("Some points were only listed; explain them in full sentences.")
    if flags:
        parts.append("Text addressed to the grader was ignored and earned nothing.")
    return " ".join(parts)
