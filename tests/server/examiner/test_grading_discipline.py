"""Development discipline (issue 21, item 6): the misconception tables are not copied from the
corpus's own answers, and each documented misconception is found where it is stated."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from server.examiner._match import notations
from server.examiner._misconceptions import MISCONCEPTIONS, SAFE
from server.examiner.grading import grade_answer
from server.examiner.rubric import KeyPoint, Misconception, Rubric

CORPUS = Path(__file__).resolve().parent / "corpus"


def _words(text: str) -> str:
    return " " + " ".join(re.findall(r"[a-z0-9_']+", text.lower().replace("’", "'"))) + " "


def _corpus_answers() -> str:
    texts: list[str] = []
    for path in sorted(CORPUS.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        def walk(value: object, key: str = "") -> None:
            if isinstance(value, str) and key not in ("code", "before"):
                texts.append(value)
            elif isinstance(value, dict):
                for k, v in value.items():
                    walk(v, k)
            elif isinstance(value, list):
                for v in value:
                    walk(v, key)
        walk(data)
    return " | ".join(_words(t) for t in texts)


def _plain_phrases() -> list[str]:
    phrases = [e for entries in MISCONCEPTIONS.values() for _, _, ev in entries for e in ev]
    phrases += list(SAFE)
    # a phrase that is only a notation (O(n), "linear") is a cost, not a copied sentence
    return [p for p in phrases if not p.startswith("re:")
            and not re.fullmatch(r"(\s*cx\w+\s*)+", notations(p))]


def test_no_plain_misconception_phrase_appears_word_for_word_in_the_corpus_answers() -> None:
    """The tables are written from documentation; none of their phrases is a corpus answer's."""
    answers = _corpus_answers()
    assert answers.strip()
    copied = [p for p in _plain_phrases() if _words(p) in answers]
    assert not copied


def test_every_pattern_compiles_and_every_kind_has_a_claim() -> None:
    """Each `re:` pattern compiles; each misconception names the claim it corrects."""
    for entries in MISCONCEPTIONS.values():
        for mid, claim, evidence in entries:
            assert mid and claim and evidence
            for item in evidence:
                if item.startswith("re:"):
                    re.compile(item[3:])


@pytest.mark.parametrize(("kind", "said", "unsaid"), [
    ("sql_injection", "Quoting the values prevents injection here.",
     "Quoting the values does not prevent injection here."),
    ("mutable_default", "The default list is created again on every call.",
     "The default list is created once and shared by every call."),
    ("race_condition", "The GIL makes this check-then-act atomic.",
     "The GIL does not make this check-then-act atomic."),
    ("unsafe_deserialization", "Pickle is just a data format, nothing runs on load.",
     "Unpickling can run code, so use JSON instead."),
    ("recursion", "Python optimises tail calls, so it never overflows.",
     "Python does not optimise tail calls."),
    ("modified_while_iterating", "It is safe to remove items inside the loop here.",
     "Removing items inside the loop here skips the item after each one."),
    ("modified_while_iterating", "The for loop iterates over a snapshot, so removing is fine.",
     "The for loop does not take a snapshot, so removing shifts the items."),
    ("uncaught_in_callback", "The try around the server setup catches what the listener throws.",
     "The try around the server setup does not catch what the listener throws."),
    ("uncaught_in_callback", "Only this one message fails; the rest of the server is unaffected.",
     "Not only this one message: the process exits and every connection goes."),
    ("prototype_pollution", "Using Object.keys on the source stops any __proto__ key.",
     "Using Object.keys on the source does not stop a __proto__ key."),
    ("prototype_pollution", "The TypeScript type guarantees there is no __proto__ key.",
     "The TypeScript type does not guarantee there is no __proto__ key."),
    ("path_traversal", "os.path.join keeps the result inside the base folder.",
     "os.path.join does nothing to keep the result inside the base folder."),
    ("path_traversal", "Joining it to EXPORT_DIR restricts it to that directory.",
     "Joining it to EXPORT_DIR fails to restrict it to that directory."),
])
def test_a_documented_misconception_is_found_when_stated_and_not_when_denied(
        kind: str, said: str, unsaid: str) -> None:
    """Stated, it is wrong; negated, it is not; in a sentence about a fix, it is not either."""
    entries = MISCONCEPTIONS[kind]
    rubric = Rubric([KeyPoint("k", "a point", ["point"])],
                    [Misconception(m, c, list(e)) for m, c, e in entries])
    question = "What could go wrong with this code?"
    assert grade_answer(question, said + " That is the point.", rubric).misconceptions
    assert not grade_answer(question, unsaid + " That is the point.", rubric).misconceptions
