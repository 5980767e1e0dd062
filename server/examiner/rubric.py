"""The rubric a question carries: key points, misconceptions for this code, and what it is about."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Final

from ._match import content_stems, key_phrases

__all__ = ["About", "KeyPoint", "Misconception", "Rubric"]

_SENTENCE: Final = re.compile(r"[^.!?;\n]+")
_MAX_TEXT: Final = 12_000
_MAX_POINTS: Final = 6
"""A model answer is split into at most this many key points (the rest merge into the last)."""


@dataclass
class KeyPoint:
    """A claim a good answer makes, with the phrasings, identifiers and numbers that evidence it."""

    id: str
    claim: str
    evidence: list[str] = field(default_factory=list)
    weight: float = 1.0


@dataclass
class Misconception:
    """A claim that is wrong for this code, with the phrasings that state it."""

    id: str
    claim: str
    evidence: list[str] = field(default_factory=list)


@dataclass
class About:
    """Where the question points: a path, a line and an identifier."""

    path: str
    line: int
    identifier: str


@dataclass
class Rubric:
    """What a good answer to one question says, and what is wrong to say about this code."""

    key_points: list[KeyPoint] = field(default_factory=list)
    misconceptions: list[Misconception] = field(default_factory=list)
    about: About | None = None
    references: list[str] = field(default_factory=list)
    """Model answers in prose (a copy of one is a full answer, whatever its style)."""
    points_given: bool = False
    """The key points were given with the question (not split from a model answer)."""

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict (the form stored with the question and shown to proctors)."""
        return {
            "key_points": [{"id": k.id, "claim": k.claim, "evidence": list(k.evidence),
                            "weight": k.weight} for k in self.key_points],
            "misconceptions": [{"id": m.id, "claim": m.claim, "evidence": list(m.evidence)}
                               for m in self.misconceptions],
            "about": None if self.about is None else {
                "path": self.about.path, "line": self.about.line,
                "identifier": self.about.identifier},
            **({"references": list(self.references)} if self.references else {}),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Rubric:
        """Rebuild a rubric from ``to_json`` output (unknown or malformed parts are dropped)."""
        points = [KeyPoint(str(k.get("id", f"k{n}")), str(k.get("claim", "")),
                           [str(e) for e in k.get("evidence") or []],
                           float(k.get("weight", 1.0) or 1.0))
                  for n, k in enumerate(data.get("key_points") or []) if isinstance(k, dict)]
        wrong = [Misconception(str(m.get("id", f"m{n}")), str(m.get("claim", "")),
                               [str(e) for e in m.get("evidence") or []])
                 for n, m in enumerate(data.get("misconceptions") or []) if isinstance(m, dict)]
        about = data.get("about")
        where = About(str(about.get("path", "")), int(about.get("line", 0) or 0),
                      str(about.get("identifier", ""))) if isinstance(about, dict) else None
        references = [str(r) for r in data.get("references") or [] if isinstance(r, str)]
        return cls(points, wrong, where, references)

    @property
    def empty(self) -> bool:
        """True when there is nothing to grade against."""
        return not self.key_points

    @classmethod
    def from_model_answer(cls, question: str, model_answer: str,
                          key_points: list[str] | None = None) -> Rubric:
        """Key points from explicit points (if given) or the model answer's sentences.

        Each point's evidence is its own key phrases (content words and the word pairs the
        sentence uses that the question does not), so an answer earns it by making the claim,
        not by echoing the question.
        """
        question, model_answer = question[:_MAX_TEXT], model_answer[:_MAX_TEXT]
        asked = set(content_stems(question))
        texts = [p.strip() for p in key_points or [] if p and p.strip()]
        if not texts:
            texts = [s.strip() for s in _SENTENCE.findall(model_answer)
                     if len(content_stems(s)) >= 2]
            if len(texts) > _MAX_POINTS:
                texts = [*texts[:_MAX_POINTS - 1], " ".join(texts[_MAX_POINTS - 1:])]
            if not texts and model_answer.strip():
                texts = [model_answer.strip()]
        points = [KeyPoint(f"k{n + 1}", text, key_phrases(text, asked)) for n, text in
                  enumerate(texts)]
        if key_points and model_answer.strip():
            # The model answer still counts as one more way of saying everything.
            points.append(KeyPoint(f"k{len(points) + 1}", model_answer.strip(),
                                   key_phrases(model_answer, asked), weight=0.5))
        return cls([p for p in points if p.evidence], [], None,
                   [model_answer.strip()] if model_answer.strip() else [],
                   points_given=bool(key_points and [p for p in key_points if p.strip()]))
