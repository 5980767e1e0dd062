"""An answer that makes every key point and no wrong claim earns 10/10 (not 8 or 9); the
bluff and terse caps still apply to it."""

from __future__ import annotations

from server.examiner.grading import grade_answer
from server.examiner.rubric import About, KeyPoint, Rubric

RUBRIC = Rubric([KeyPoint("k1", "The cost is quadratic", ["quadratic", "o(n^2)"]),
                 KeyPoint("k2", "Each item is compared with every other", ["every pair", "nested loop"]),
                 KeyPoint("k3", "A long list of distinct values is the worst case",
                          ["distinct values", "worst case"]),
                 KeyPoint("k4", "A set would make it linear", ["set", "linear"])],
                about=About("main.py", 4, "pairs"))
CODE = "def pairs(items):\n    for a in items:\n        for b in items:\n            pass\n"


def test_every_key_point_and_nothing_wrong_earns_full_marks() -> None:
    answer = ("The cost of pairs is quadratic, O(n^2), because the nested loop compares every "
              "pair of items. The worst case is a long list of distinct values. Using a set "
              "would make the check linear.")
    grade = grade_answer("Why is `pairs` slow?", answer, RUBRIC, code=CODE)
    assert grade.missing == [] and grade.misconceptions == [] and len(grade.covered) == 4
    assert grade.score == 10


def test_a_list_of_the_key_terms_is_still_capped() -> None:
    grade = grade_answer("Why is `pairs` slow?", "quadratic, nested loop, every pair, worst "
                         "case, distinct values, set, linear", RUBRIC, code=CODE)
    assert grade.score <= 2


def test_a_plain_sentence_with_a_verb_of_what_happens_is_a_claim() -> None:
    """'Compares', 'skips', 'finishes' say what the code does as much as 'is' or 'runs' do: an
    answer in such sentences is no bare phrase, and earns its points."""
    answer = ("The nested loop in pairs compares every pair of items: quadratic, O(n^2), worst "
              "case a long list of distinct values. A set lookup skips the inner scan and "
              "finishes in linear time.")
    grade = grade_answer("Why is `pairs` slow?", answer, RUBRIC, code=CODE)
    assert "without a sentence" not in grade.feedback and grade.score >= 9, grade
    bare = grade_answer("Why is `pairs` slow?", "Quadratic: every pair, nested loop.", RUBRIC,
                        code=CODE)
    assert "without a sentence" in bare.feedback and bare.score <= 6, bare
