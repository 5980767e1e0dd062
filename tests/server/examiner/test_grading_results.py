"""A result stated against the one the reference states: caught when the answer never gives the
reference's values and gives others; silent when it gives them in its own order or words, when
it states less, or when its other values are ones the model answer states of the code (not of
a fix)."""

from __future__ import annotations

from server.examiner.grading import grade_against
from server.examiner.grading.results import expected_results, other_result

_POINTS = ["prints [3, 1] and then 2", "the list is shared between the calls"]
_MODEL = ("It prints [3, 1] and then 2: both calls append to one list. With a fresh list per "
          "call it would print [4] and 1.")


def test_the_expected_result_comes_from_a_key_point_that_states_one() -> None:
    assert expected_results(_POINTS, [_MODEL]) == [["3.0", "1.0", "2.0"]]
    assert expected_results(["the list is shared"], ["It returns 'a' and 'b'."]) == [["a", "b"]]
    assert expected_results(["1000 is outside the cache"], []) == []


def test_another_result_is_a_wrong_claim() -> None:
    fixed = other_result("It prints [4] and then 1, since each call gets its own list.",
                         expected_results(_POINTS, [_MODEL]), [_MODEL])
    assert fixed.startswith("The code's result is")  # what the fix would print, not the code
    wrong = other_result("It prints [7, 3] and then 2 because the list is sorted first.",
                         expected_results(_POINTS, [_MODEL]), [_MODEL])
    assert wrong.startswith("The code's result is 3, 1, 2")


def test_the_right_result_in_other_words_or_order_or_less_of_it_is_no_wrong_claim() -> None:
    expected = expected_results(_POINTS, [_MODEL])
    for answer in ("2, and before that [3, 1]: the default list is shared.",
                   "You get [3, 1] first; then the length, 2.",
                   "It shows 3 first, I think, because the list is shared.",
                   "The calls share the list, so the second sees the first's item."):
        assert other_result(answer, expected, [_MODEL]) == "", answer


def test_a_fluent_answer_with_the_wrong_output_scores_well_below_the_right_one() -> None:
    question = "What does the program print?"
    right = grade_against(question, "[3, 1] and then 2: the one default list is shared.",
                          [_MODEL], _POINTS)
    fluent = grade_against(question, "It prints [3, 5] and then 2: the list is shared between "
                           "the calls and each append doubles the last item.", [_MODEL], _POINTS)
    assert right.score - fluent.score >= 2, (right.score, fluent.score)


def test_a_value_the_reference_denies_is_no_result_of_the_code() -> None:
    """"`tag_count("")` is 1, not 0": an answer that says it returns 0 states a result the
    reference rules out; one that says "1, not 0" itself states 1."""
    model = "`parse_tags('')` returns [''], so `tag_count('')` is 1, not 0, and 'a, b' gives 2."
    expected = expected_results([], [model])
    wrong = other_result("It returns [] and then 0, so 'a, b' gives 2.", expected, [model])
    assert wrong.startswith("The code's result is ''"), wrong
    right = "It returns [''] and the count is 1, not 0; 'a, b' gives 2."
    assert other_result(right, expected, [model]) == ""
