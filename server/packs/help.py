"""Offline help chat: explains concepts and the assessment's rules, never the answer.

Every reply passes through one filter while a question is open: a sentence that contains
an option of the current question (or most of its words) is dropped, whichever option it
is, so no reply can single out the correct one.
"""

from __future__ import annotations

import re
from typing import Any, Final

from server.packs.glossary import TOPICS

_STOP: Final[frozenset[str]] = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "or",
        "of",
        "to",
        "in",
        "on",
        "for",
        "with",
        "by",
        "is",
        "are",
        "be",
        "it",
        "its",
        "this",
        "that",
        "from",
        "as",
        "at",
        "not",
        "only",
        "each",
        "every",
        "their",
        "they",
        "them",
        "then",
        "than",
        "into",
        "your",
        "you",
        "our",
        "we",
    ]
)

_RULES: Final[dict[str, tuple[tuple[str, ...], str]]] = {
    "time": (
        ("time", "timer", "how long", "minutes", "seconds", "clock", "deadline", "late"),
        (
            "Each question has its own timer, and the whole assessment has an overall limit. "
            "When a question's time runs out it counts as unanswered and the next one follows; "
            "an answer that arrives after the time is up is not accepted."
        ),
    ),
    "answering": (
        (
            "how do i answer",
            "how do i submit",
            "how to answer",
            "how to submit",
            "submit",
            "select",
            "choose",
            "letter",
            "change my answer",
        ),
        (
            "Answer with the option's letter or its text. An answer is final once submitted, "
            "and the explanation is shown right after it."
        ),
    ),
    "adaptive": (
        ("harder", "easier", "difficulty", "adaptive", "next question", "skill graph"),
        (
            "Questions follow a skill graph: a skill opens once the skills it builds on have "
            "been attempted. After a correct answer the next question is harder, after a wrong "
            "or missed one it is easier."
        ),
    ),
    "scoring": (
        ("score", "points", "marks", "grade", "result", "pass"),
        (
            "A correct answer earns more points the harder the question is; a wrong or missed "
            "answer earns none. The results show a breakdown per skill, with strengths and "
            "topics to review."
        ),
    ),
    "reconnect": (
        (
            "disconnect",
            "reconnect",
            "connection",
            "wifi",
            "crash",
            "closed",
            "another device",
            "refresh",
        ),
        (
            "If you lose the connection, reconnect from any device: you get the same question "
            "with the time that was left, and your earlier answers are kept."
        ),
    ),
    "pause": (
        ("pause", "break", "stop the clock", "toilet", "bathroom"),
        (
            "Only the proctor can pause the assessment; while it is paused, every clock stops. "
            "Ask your proctor if you need a break."
        ),
    ),
    "viva": (
        ("examiner", "editor", "my code", "watcher", "code question"),
        (
            "For the coding task, work in your own editor: your changes are streamed, and the "
            "examiner asks about what you just wrote. Answer in your own words; explaining your "
            "reasoning counts more than repeating terms."
        ),
    ),
}

_WANTS_ANSWER: Final = re.compile(
    r"\b(what('s| is) the (right |correct )?answer|which (one|option|answer|choice)|"
    r"correct (option|answer|choice)|right (option|answer|choice)|the answer\b|"
    r"solution|solve (it|this)|cheat|give me the|tell me the|just tell me|"
    r"(write|finish|complete|fix) (the|my|this) (code|function|task)|do it for me|"
    r"is it [a-d]\b|(option|answer|choice|letter) [a-d]\b)",
    re.IGNORECASE,
)
_LONE_LETTER: Final = re.compile(r"^\W*[a-d]\W*$", re.IGNORECASE)
_CONFIRM: Final = re.compile(
    r"\b(is it|is the answer|should i (pick|choose|select|go with)|correct|right one)\b",
    re.IGNORECASE,
)

_SKILL_HINTS: Final[dict[str, str]] = {
    "http": "think about what the HTTP specification promises, not what one server happens to do.",
    "sql": "picture the rows at each stage of the query: which exist, which are filtered, "
    "which are combined.",
    "api": "ask what a client that was deployed last year would experience.",
    "transaction": "imagine two requests interleaving step by step, and what each one reads "
    "and writes.",
    "cach": "ask where the copy lives, who may see it, and when it stops being true.",
    "secur": "ask what an attacker holds in each case and what it lets them do.",
    "distributed": "assume any network call can hang, fail, or succeed without a reply.",
    "python": "try each option on a tiny example in your head and trace it line by line.",
    "complex": "count how often the innermost step runs as the input doubles.",
}
_GENERIC_HINT: Final = (
    "reread the question, and for each option ask what would have to be true for it to be "
    "right; rule out those that contradict something you know for certain."
)


def help_reply(message: str, *, current_question: dict[str, Any] | None) -> str:
    """Answer a help message: concepts and rules, never the current question's answer."""
    text = " ".join(str(message or "").split())
    question = current_question or {}
    options = [str(option) for option in question.get("options") or []]
    lowered = text.lower()
    if not text:
        return _filtered(_intro(question), options)
    if (
        _names_an_option(text, options)
        or _LONE_LETTER.match(text)
        or (_CONFIRM.search(text) and _names_an_option(text.upper(), options))
    ):
        return _decline(question, options, "asked about the options")
    if _WANTS_ANSWER.search(lowered) and not _asks_how_to_answer(lowered):
        return _decline(question, options, "asked for the answer")
    rules = [rule for rule, (triggers, _) in _RULES.items() if _any_phrase(lowered, triggers)]
    topics = _topics(lowered)
    stem = str(question.get("question_text") or question.get("question") or "").lower()
    if topics and stem and set(topics) & set(_topics(stem)):
        return _decline(question, options, "asked about what the question tests")
    parts = [_RULES[rule][1] for rule in rules[:2]]
    parts += [TOPICS[topic].text for topic in topics[:2]]
    if "time" in rules and question.get("time_limit_seconds") is not None:
        parts.append(f"This question was sent with {question['time_limit_seconds']} seconds on it.")
    if not parts:
        return _filtered(_intro(question), options)
    return _filtered(" ".join(parts), options)


def _intro(question: dict[str, Any]) -> str:
    where = ""
    if question.get("question_number") and question.get("total_questions"):
        where = (
            f" You are on question {question['question_number']} of {question['total_questions']}."
        )
    return (
        "I can explain concepts (try 'what is idempotency?' or 'how do indexes work?') and "
        "the rules: timers, answering, scoring, reconnecting, pauses. I cannot tell you "
        "which option is correct or write the solution for you." + where
    )


def _decline(question: dict[str, Any], options: list[str], _why: str) -> str:
    skill = str(question.get("skill_being_tested") or question.get("skill") or "").lower()
    if not options:
        return (
            "I can't write the solution or answer the examiner's question for you: your own "
            "reasoning is what is assessed. I can explain a concept you are unsure of, or "
            "how the assessment works; try asking 'what is a generator?'."
        )
    hint = next((text for key, text in _SKILL_HINTS.items() if key in skill), _GENERIC_HINT)
    reply = (
        "I can't tell you which option is correct or hand over a solution: that is what the "
        f"assessment measures. A hint on the concept instead: {hint} "
        "After you answer, the explanation will show the reasoning."
    )
    return _filtered(reply, options)


def _asks_how_to_answer(lowered: str) -> bool:
    return bool(
        re.search(r"\bhow (do|can|should|to) (i )?(submit|answer|select|choose|pick)\b", lowered)
    )


def _any_phrase(lowered: str, phrases: tuple[str, ...]) -> bool:
    return any(_phrase_in(lowered, phrase) for phrase in phrases)


def _phrase_in(lowered: str, phrase: str) -> bool:
    phrase = phrase.lower()
    pattern = r"(?<![\w])" + re.escape(phrase) + r"s?(?![\w])" if len(phrase) <= 4 else r"(?<![\w])" + re.escape(phrase)
    return re.search(pattern, lowered) is not None


def _topics(lowered: str) -> list[str]:
    return [name for name, topic in TOPICS.items() if _any_phrase(lowered, topic.triggers)]


def _content_words(text: str) -> set[str]:
    return {
        word
        for word in re.findall(r"[a-z0-9]+", text.lower())
        if len(word) >= 3 and word not in _STOP
    }


def _names_an_option(text: str, options: list[str]) -> bool:
    lowered = text.lower()
    message_words = _content_words(lowered)
    for option in options:
        normal = " ".join(option.split())
        if len(normal) <= 4 and normal != normal.lower():
            # Short upper-case options ("GET", "SQL") count only as written, so that
            # everyday words ("get") do not block the reply.
            if re.search(r"(?<!\w)" + re.escape(normal) + r"(?!\w)", text):
                return True
            continue
        if normal and _phrase_in(lowered, normal.lower()):
            return True
        words = _content_words(normal)
        if len(words) >= 3 and len(words & message_words) / len(words) >= 0.6:
            return True
    return False


def _filtered(reply: str, options: list[str]) -> str:
    """Drop every sentence that names (or mostly restates) any option of the question."""
    if not options:
        return reply
    sentences = re.split(r"(?<=[.!?])\s+", reply)
    kept = [s for s in sentences if not _names_an_option(s, options)]
    if not kept:
        return "I can't go into that while this question is open. A hint instead: " + _GENERIC_HINT
    return " ".join(kept)
