"""Candidate text is data: find instructions aimed at the examiner, and answers that say nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final

__all__ = ["Cleaned", "content_words", "is_non_answer", "is_restatement", "neutralise",
           "substance"]

_INJECTION_PATTERNS: Final = (
    (r"\b(ignore|disregard|forget|override)\b[^.!?\n]{0,40}\b(instruction|prompt|rule|"
     r"guideline|directive|system message)"),
    (r"\b(give|award|grant|assign)\b[^.!?\n]{0,30}\b(full marks|perfect|maximum|max score|"
     r"top marks|highest|10\s*/\s*10|10 points|ten points|100\s*%|score of (10|ten|100))"),
    (r"\b(score|rate|grade|mark)\s+(this|me|it|my answer|the answer)\b[^.!?\n]{0,20}"
     r"\b(10|ten|100|perfect|full|highest|maximum)\b"),
    r"\b(10|ten)\s*(/|out of)\s*(10|ten)\b",
    r"\b(full|maximum|perfect|top)\s+(marks|score|points|grade)\b",
    r"\byou are now\b|\bact as\b|\bpretend (to be|you)\b|\bnew instructions?\b",
    r"\bsystem\s*(prompt|message|:)|\bassistant\s*:|\bdeveloper\s*(message|:)",
    r"\bas (an? |the )?(ai|examiner|grader|language model)\b",
    r"[\"']?\bscore[\"']?\s*[:=]\s*\d",
    r"</?\s*(system|candidate_answer|candidate_code|instructions?|answer)\s*>",
    r"\b(mark|grade|treat)\b[^.!?\n]{0,25}\bas (correct|right|perfect|excellent)\b",
    r"\bthis answer is (correct|perfect|excellent)\b",
    r"\bset (the |my |this )?(score|grade|mark)\b|\bset_?score\b|--?score\b",
    r"\b(if|when) you are an? (ai|llm|language model|model|examiner|grader|assistant)\b",
    r"\b(grader|examiner|evaluator)\s*:|\bas a directive\b",
)
"""Alternatives of the injection pattern, one idea each."""
_INJECTION: Final = re.compile("|".join(_INJECTION_PATTERNS), re.IGNORECASE)
_NON_ANSWER: Final = re.compile(
    r"\b(i\s+)?(don'?t|do not|dont)\s+know\b|\bno idea\b|\bnot sure\b|\bidk\b|\bdunno\b"
    r"|\bno clue\b|\bcan'?t (say|remember|answer|tell)\b|\bwhatever\b|\bno comment\b"
    r"|\bi (have )?(forgot|forgotten)\b|\bpass\b|\bskip\b|\bn/a\b|\bnot certain\b",
    re.IGNORECASE,
)
_SENTENCES: Final = re.compile(r"[^.!?\n;]+[.!?\n;]*")
_STOP: Final = frozenset({
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are",
    "as", "at", "be", "because", "been", "before", "being", "but", "by", "can", "could", "did",
    "do", "does", "doing", "done", "for", "from", "had", "has", "have", "having", "he", "her",
    "here", "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself",
    "just", "me", "more", "most", "my", "no", "nor", "not", "now", "of", "off", "on", "once",
    "only", "or", "other", "our", "out", "over", "own", "same", "she", "should", "so", "some",
    "such", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this",
    "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were",
    "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would",
    "you", "your", "yours", "yes", "ok", "okay", "well", "really", "think", "thing", "things",
    "stuff", "good", "bad", "fine", "nice", "great", "code", "works", "work", "working",
    "wrote", "write", "written", "basically", "actually", "sure", "maybe", "probably", "kind",
    "sort", "like", "pretty", "much", "lot", "lots", "way", "ways",
})


@dataclass
class Cleaned:
    """An answer with any instructions to the examiner removed."""

    text: str
    removed: list[str] = field(default_factory=list)

    @property
    def injected(self) -> bool:
        """True when the answer tried to instruct the examiner."""
        return bool(self.removed)


def neutralise(text: str) -> Cleaned:
    """Drop every sentence that addresses the examiner instead of answering the question."""
    kept: list[str] = []
    removed: list[str] = []
    for match in _SENTENCES.finditer(text):
        sentence = match.group(0)
        (removed if _INJECTION.search(sentence) else kept).append(sentence)
    return Cleaned("".join(kept).strip(), [s.strip() for s in removed if s.strip()])


def content_words(text: str) -> list[str]:
    """Words that carry meaning: not stop words, not filler, at least three letters."""
    words = re.findall(r"[a-z_][a-z0-9_]{2,}|o\([^)]{1,20}\)", text.lower())
    return [w for w in words if w not in _STOP]


_NOTATION: Final = re.compile(
    r"\d+(?:\.\d+)?"  # numbers
    r"|[=<>!]=+|[-+*/%&|^]=|->|=>|<<|>>|\*\*|//|&&|\|\||[=<>+*/%^]"  # operators
    r"|\b[A-Za-z_][A-Za-z0-9_]*\s*[(\[.]"  # a call, an index or an attribute
    r"|\b[A-Z]{1,2}\b")  # a symbol or a unit written in capitals (M, CM, IV, GB)


def substance(text: str) -> int:
    """How many meaningful tokens the text has: content words, numbers, symbols and code."""
    return len(content_words(text)) + len(_NOTATION.findall(text))


def is_non_answer(text: str) -> bool:
    """True for an empty answer, a shrug ('I don't know'), or filler with no content."""
    stripped = _NON_ANSWER.sub(" ", text)
    if substance(stripped) < 3:
        return True
    return bool(_NON_ANSWER.search(text)) and substance(stripped) < 6


def is_restatement(answer: str, question: str, threshold: float = 0.75) -> bool:
    """True when most of the answer's distinct words are the question's own words (a name the
    answer must repeat, `example.com` three times in one fix, counts once)."""
    words = set(content_words(answer))
    if not words:
        return False
    asked = set(content_words(question)) | set(re.findall(r"[a-z_][a-z0-9_]+", question.lower()))
    return sum(1 for w in words if w in asked) / len(words) >= threshold
