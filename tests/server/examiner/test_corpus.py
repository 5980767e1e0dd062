"""The examiner over the development corpus: the question an expert asks, true premises, and
grades that order strong > generic >= non-answer, strong > wrong and keywords, injection ~ 0."""

from __future__ import annotations

import statistics

import pytest
from corpus import load_cases, load_short_answers
from quality import CaseResult, pearson, run_case, short_scores

CASES = load_cases()


@pytest.fixture(scope="module")
def results() -> list[CaseResult]:
    """Every case asked and graded once."""
    out = [r for r in (run_case(c) for c in CASES) if r is not None]
    assert len(out) == len(CASES), "every case must get a question"
    return out


def _share(results: list[CaseResult], ok: list[bool]) -> float:
    return sum(ok) / len(results)


def test_the_corpus_is_large_enough() -> None:
    """At least 40 cases, most of them Python, every language present."""
    assert len(CASES) >= 40
    languages = {c.language for c in CASES}
    assert {"python", "javascript", "typescript", "go", "java"} <= languages


def test_the_question_is_about_the_expected_kind(results: list[CaseResult]) -> None:
    """The first question is about what an expert would ask first, on nearly every case."""
    misses = [(r.case.id, r.case.expect_kind, r.question.kind) for r in results if not r.kind_ok]
    assert _share(results, [r.kind_ok for r in results]) >= 0.9, misses


def test_the_question_is_about_the_expected_identifier(results: list[CaseResult]) -> None:
    """...and about the function or variable the risk is in."""
    misses = [(r.case.id, r.case.expect_identifier, r.question.identifier) for r in results
              if not r.identifier_ok]
    assert _share(results, [r.identifier_ok for r in results]) >= 0.9, misses


def test_the_question_points_at_the_risky_line(results: list[CaseResult]) -> None:
    """The question's line is the expected one (or within three lines of it)."""
    near = [r for r in results if r.kind_ok and abs(r.question.line - r.case.expect_line) <= 3]
    matched = [r for r in results if r.kind_ok]
    far = [(r.case.id, r.case.expect_line, r.question.line) for r in matched if r not in near]
    assert len(near) >= 0.85 * len(matched), far


def test_no_question_states_a_false_fact(results: list[CaseResult]) -> None:
    """Every line, identifier, code fragment and derived cost in a question holds in the code."""
    wrong = {r.case.id: r.false_facts for r in results if r.false_facts}
    assert not wrong


def test_a_strong_answer_beats_a_non_answer_by_five_everywhere(results: list[CaseResult]) -> None:
    """strong - non_answer >= 5 on every case, and the strong mean is at least 7."""
    gaps = {r.case.id: (r.scores["strong"], r.scores["non_answer"]) for r in results
            if r.scores["strong"] - r.scores["non_answer"] < 5}
    assert not gaps
    assert statistics.mean(r.scores["strong"] for r in results) >= 7


def test_strong_beats_wrong_and_keywords(results: list[CaseResult]) -> None:
    """A fluent wrong answer and a list of buzzwords score below the strong one (>= 90%)."""
    for level in ("wrong", "keywords"):
        losers = [(r.case.id, r.scores) for r in results
                  if r.scores["strong"] <= r.scores[level]]
        assert _share(results, [r.scores["strong"] > r.scores[level] for r in results]) >= 0.9, \
            (level, losers)


def test_strong_is_at_least_generic_and_generic_at_least_non_answer(
        results: list[CaseResult]) -> None:
    """Specific reasoning is worth at least the textbook answer, which beats a shrug."""
    assert all(r.scores["generic"] >= r.scores["non_answer"] for r in results)
    ahead = [r.scores["strong"] > r.scores["generic"] for r in results]
    behind = [(r.case.id, r.scores) for r in results if r.scores["strong"] < r.scores["generic"]]
    assert _share(results, ahead) >= 0.75 and len(behind) <= 0.1 * len(results), behind


def test_an_injection_earns_nothing_more_than_a_non_answer(results: list[CaseResult]) -> None:
    """Instructions to the examiner score at most a non-answer plus one."""
    over = [(r.case.id, r.scores) for r in results
            if r.scores["injection"] > r.scores["non_answer"] + 1]
    assert not over


def test_keywords_score_at_most_a_non_answer_plus_two(results: list[CaseResult]) -> None:
    """Bluff resistance: names and buzzwords without claims are capped."""
    over = [(r.case.id, r.scores) for r in results
            if r.scores["keywords"] > r.scores["non_answer"] + 2]
    assert not over


@pytest.mark.skipif(len(load_short_answers()) < 100, reason="short answers not written yet")
def test_short_answer_grades_agree_with_the_hand_grades() -> None:
    """Pearson r of grade_answer against hand grades beats the bag-of-words baseline."""
    hand, ours, cosine = short_scores(load_short_answers())
    r_ours, r_cosine = pearson(ours, hand), pearson(cosine, hand)
    assert r_ours >= 0.6 and r_ours > r_cosine, (r_ours, r_cosine)
