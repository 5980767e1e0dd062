"""A key point said the other way round is a wrong claim: an answer that uses the point's words
and denies the one it turns on. Silent when the answer agrees in other words, when the point is
itself a negative ("fails", "misses"), when the model answer denies the word too, when the
negation reaches a word only in passing ("no send has failed yet"), and for a plan."""

from __future__ import annotations

import pytest

from server.examiner._match import sentences
from server.examiner.grading import grade_against
from server.examiner.grading.polarity import denied_pair, denied_point, swapped_word

_CODE = """\
def drain(queue):
    done = []
    while queue:
        done.append(queue.pop(0))
    return done
"""
_QUESTION = "What does each `queue.pop(0)` cost, and what does `drain` cost for n items?"
_POINTS = ["`pop(0)` shifts every remaining element left by one",
           "so the loop is quadratic in the length of the queue"]
_MODEL = ("Each `pop(0)` moves all the items after the first one place to the left, so it is "
          "linear, and draining n items costs O(n^2). A `collections.deque` pops from the left "
          "in constant time.")


@pytest.mark.parametrize("text", [
    "nothing is ever suppressed after the handler returns",
    "the sends do not block",
    "it advances an offset without shifting the elements",
    "the default is never evaluated",
])
def test_a_negation_just_before_a_word_denies_it(text: str) -> None:
    said = sentences(text)[0]
    assert any(said.denies(i) for i in range(len(said.stems)))


@pytest.mark.parametrize(("text", "word"), [
    ("no send has failed yet", "fail"),
    ("no send has failed yet", "send"),
    ("No, seen is a local created per call", "seen"),
    ("nothing in fetch waits for the loop", "fetch"),
    ("it is not, as far as I can see, blocked", "block"),
    # what a thing is, denied ("not a String"), is no denial of what happens to it
    ("equals is false since the argument is not a String at all", "string"),
    ("it yields the text 'Regular', not a CupSize", "cupsiz"),
])
def test_a_word_within_reach_of_a_negation_but_not_denied_by_it(text: str, word: str) -> None:
    said = sentences(text)[0]
    assert not any(said.denies(i) for i, w in enumerate(said.stems) if w == word)


@pytest.mark.parametrize("answer", [
    "In CPython `pop(0)` does not shift the remaining elements: the list keeps a start offset.",
    "The remaining elements are never shifted by `pop(0)`, so the loop stays linear.",
])
def test_an_answer_that_denies_a_key_point_is_wrong(answer: str) -> None:
    denial = denied_point(answer, _POINTS, [_MODEL])
    assert denial is not None and denial.point == _POINTS[0]
    assert denial.correction.startswith("The answer denies what the key point states")


@pytest.mark.parametrize(("answer", "points"), [
    # agreeing, in its own words or with a negation elsewhere
    ("Every `pop(0)` shifts the remaining elements, so nothing about the loop is linear.", _POINTS),
    ("It is not cheap: `pop(0)` shifts all remaining elements left.", _POINTS),
    # a plan, not a claim about the code as it is
    ("With a deque you would not shift the remaining elements on each pop.", _POINTS),
    # the point says a negative itself: "does not compare equal" makes "equals fails"
    ("A fresh key lands in the right bucket but does not compare equal to the mutated one.",
     ["a lookup with a fresh key finds the bucket but equals fails"]),
    # numbers are what a claim is about, not what it turns on
    ("The cache makes the 127s identical but not the 1000s.",
     ["== compares references: true for the cached 127, false for 1000"]),
    # a model answer's many sentences are compared point by point, never whole
    ("The items are not copied; both objects share them, so the push changes the original.",
     ["The spread makes a shallow copy. The push changes the original's items too."]),
])
def test_no_denial_where_the_answer_agrees_or_plans(answer: str, points: list[str]) -> None:
    assert denied_point(answer, points, [_MODEL]) is None


_EXIT_POINTS = ["daemon threads are killed at exit; Python does not wait for them",
                "nothing is written to the log file before the process ends"]
_EXIT_MODEL = ("The worker is a daemon thread, so when the main thread returns the interpreter "
               "exits without waiting for it and nothing is written to the log file.")


@pytest.mark.parametrize("answer", [
    "At exit Python waits for every daemon thread to finish its queue, then stops them.",
    "The log file is written in full before the process ends, since the worker flushes first.",
])
def test_an_answer_that_states_what_a_key_point_denies_is_wrong(answer: str) -> None:
    denial = denied_point(answer, _EXIT_POINTS, [_EXIT_MODEL])
    assert denial is not None and denial.point in _EXIT_POINTS


@pytest.mark.parametrize("answer", [
    # agreeing: the word said under a negation, or a verb of failing
    "Python never waits for daemon threads, so the queue is dropped at exit.",
    "The log file fails to be written before the process ends.",
    # a fix in the imperative, and a word the point denies in passing ("without a lock")
    "Wait for the worker with join() so that the log file is written before the process ends.",
    "Python stops daemon threads when it exits, and only then would it wait for others.",
])
def test_no_denial_where_the_answer_agrees_with_what_a_point_denies(answer: str) -> None:
    assert denied_point(answer, _EXIT_POINTS, [_EXIT_MODEL]) is None


def test_a_point_that_denies_a_thing_with_without_is_no_claim_about_it() -> None:
    points = ["sort() without a comparator sorts numbers as strings"]
    assert denied_point("It sorts as strings, so it needs a comparator.", points, [""]) is None


def test_a_word_the_model_answer_denies_may_be_denied() -> None:
    points = ["the second `close` does not raise and closes nothing"]
    model = "Closing twice is allowed: the second `close` returns at once and raises nothing."
    assert denied_point("The second close is a no-op, it never raises.", points, [model]) is None


def test_a_fluent_denial_scores_well_below_a_correct_answer() -> None:
    correct = ("`pop(0)` has to move every remaining element down one slot, so each call is "
               "O(n) and the whole drain is O(n^2). Use a deque.")
    fluent = ("In CPython `pop(0)` does not shift the remaining elements, because lists keep a "
              "start offset and just move it forward.")
    right = grade_against(_QUESTION, correct, [_MODEL], _POINTS, code=_CODE)
    denied = grade_against(_QUESTION, fluent, [_MODEL], _POINTS, code=_CODE)
    assert right.score - denied.score >= 2
    assert [m for m in denied.misconceptions if m.startswith("The answer denies what")]
    assert _POINTS[0] in denied.missing and _POINTS[0] not in denied.covered


_MOVE = ["`shutil.move` deletes the source file once the copy is made"]
_AWAIT = ["each `await` yields control to the event loop, so the other handlers run in between"]


@pytest.mark.parametrize(("answer", "points"), [
    ("`shutil.move` never deletes the source file, so both copies stay on disk.", _MOVE),
    ("An await does not yield control while the coroutine has work left to do.", _AWAIT),
    ("The generator is not consumed by the first loop; each loop gets a fresh pass.",
     ["the generator is consumed by the first loop, so the second loop sees nothing"]),
])
def test_two_neighbouring_words_of_a_point_said_with_the_first_denied(
        answer: str, points: list[str]) -> None:
    denial = denied_pair(answer, points, points)
    assert denial is not None and denial.point == points[0]
    assert denied_point(answer, points, points) is None  # too few of the point's words for it


@pytest.mark.parametrize(("answer", "points"), [
    ("Once the copy exists the source file is deleted.", _MOVE),  # agrees
    ("Awaiting yields control to the event loop and the handlers run.", _AWAIT),
    ("The code does not copy the list anywhere.", ["copy the list before sorting it"]),  # a fix
    ("An int can't be changed in place, so `+=` rebinds the name.",  # what may not be done
     ["`append` changes the list in place"]),
    ("The lock is not released while the loop runs.",  # a condition, not a claim
     ["the lock is only released when the block exits"]),
    ("The returned err is not nil.",  # an operand of a comparison
     ["`err == nil` is false, because the interface holds a typed nil"]),
    ("The source file never deletes anything itself.", _MOVE),  # the words in the other order
])
def test_no_denied_pair_where_the_answer_agrees_or_the_point_claims_no_pair(
        answer: str, points: list[str]) -> None:
    assert denied_pair(answer, points, points) is None


def test_a_pair_whose_word_a_reference_denies_may_be_denied() -> None:
    points = ["the worker thread reads the flag"]
    references = ["The worker thread reads the flag; the main thread does not read it again."]
    assert denied_pair("The main thread does not read the flag.", points, references) is None


_NEVER = ["the worker never releases the lock when `save` raises"]


def test_two_neighbouring_words_a_point_denies_said_plainly() -> None:
    denial = denied_pair("When save raises, the worker releases the lock on its way out.",
                         _NEVER, _NEVER)
    assert denial is not None and denial.point == _NEVER[0]


@pytest.mark.parametrize("answer", [
    "The worker never releases the lock when save raises.",  # agrees
    "The worker should release the lock in a finally block.",  # a plan
    "Releasing matters: without it the next worker waits forever.",  # the word alone
    "By the time the worker releases the lock, save has already raised.",  # a clause of time
])
def test_no_denied_pair_said_plainly_where_the_answer_agrees_or_plans(answer: str) -> None:
    assert denied_pair(answer, _NEVER, _NEVER) is None


def test_a_pair_a_reference_also_states_plainly_may_be_said() -> None:
    references = [*_NEVER, "On success the worker releases the lock at once."]
    assert denied_pair("The worker releases the lock after a good save.", _NEVER,
                       references) is None


_CATCH = ["The `catch` block in `load` never runs for a rejected read."]


def test_a_failing_word_after_an_article_describes_a_thing_and_leaves_the_claim_standing() -> None:
    """"for the rejected read" names the read; the sentence still claims the catch runs, which
    the reference denies. A failing verb of the claim itself ("the read is rejected, so ...")
    still says a negative in other words."""
    said = "The `catch` block in `load` does run for the rejected read, so the fallback is used."
    denial = denied_pair(said, _CATCH, _CATCH)
    assert denial is not None and denial.point == _CATCH[0].lower()
    assert denied_pair("The `catch` block in `load` runs; the read fails later.", _CATCH,
                       _CATCH) is None


def test_a_negation_reaches_past_or_to_the_second_of_two_things_denied() -> None:
    """"won't see 'recovered:' or 'all lanes done'" denies both; a point that neither is printed
    is agreed with, not contradicted."""
    said = sentences("So you won't see 'recovered:' or 'all lanes done'; then the panic.")[0]
    denied = {said.stems[i] for i in said.negated}
    assert {"see", "recover", "done"} <= denied
    points = ["So neither `recovered:` nor `all lanes done` is printed."]
    assert denied_pair("So you won't see 'recovered:' or 'all lanes done'; you'll see some lane "
                       "lines depending on timing, then the panic.", points, points) is None


_CLOSING = [("Resources are closed in the reverse order of their opening, before the catch "
             "block runs.")]


@pytest.mark.parametrize("answer", [
    "Resources are closed in the same order as their opening, after the catch block runs.",
    "The resources get closed in the same order as the opening, so the catch block sees them.",
])
def test_a_word_turned_into_its_opposite_says_the_point_the_other_way_round(answer: str) -> None:
    denial = swapped_word(answer, _CLOSING, _CLOSING)
    assert denial is not None and denial.point == _CLOSING[0].lower()


@pytest.mark.parametrize("answer", [
    # the same claim in other words
    "They close in reverse order of opening, both before the catch block runs.",
    # the opposite denied, which agrees
    "Resources are not closed in the same order as their opening; the catch block runs last.",
    # an opposite about another thing, with too few of the point's words
    "The same order holds for the catch.",
    # the statement's own word said as well: a comparison, not a swap
    "Resources are closed in the reverse order of their opening, not the same order.",
])
def test_no_swap_where_the_answer_agrees_or_speaks_of_something_else(answer: str) -> None:
    assert swapped_word(answer, _CLOSING, _CLOSING) is None


_SHARING = [("Multiplying the outer list repeats references, so the rows of `grid` are the same "
             "list object.")]


@pytest.mark.parametrize("answer", [
    # copying a pointer is repeating a reference
    "`* rows` copies the pointer to one inner list, so the grid rows are one list object.",
    # a fix told as an imperative claims nothing of the code as it is
    "Build the rows separately, so the rows of grid are different list objects.",
])
def test_copying_a_pointer_or_a_fix_told_as_an_imperative_is_no_swap(answer: str) -> None:
    assert swapped_word(answer, _SHARING, _SHARING) is None


def test_copying_the_list_itself_is_still_the_opposite_of_repeating_references() -> None:
    denial = swapped_word("Multiplying the outer list copies the inner list, so the rows of "
                          "`grid` are different list objects.", _SHARING, _SHARING)
    assert denial is not None


def test_an_opposite_a_reference_states_itself_may_be_said() -> None:
    references = [*_CLOSING, "Each resource is closed after the same body ends."]
    assert swapped_word("Resources are closed after the same body, in the same order as their "
                        "opening.", _CLOSING, references) is None


def test_a_fluent_answer_with_the_opposite_word_scores_below_a_correct_one() -> None:
    code = "try (Reader a = open(); Reader b = open()) {\n    work(a, b);\n} catch (IOException e) {\n}\n"
    question = "In what order are the two readers closed, and when?"
    right = grade_against(question, "They are closed in the reverse order of their opening, "
                          "b then a, before the catch block runs.", _CLOSING, code=code,
                          language="java")
    false = grade_against(question, "Resources are closed in the same order as their opening, "
                          "a then b, before the catch block runs.", _CLOSING, code=code,
                          language="java")
    assert false.misconceptions and right.score - false.score >= 2, (right, false)
