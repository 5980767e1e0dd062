"""A result stated against the one the reference states: caught when the answer never gives the
reference's values and gives others; silent when it gives them in its own order or words, when
it states less, or when its other values are ones the model answer states of the code (not of
a fix)."""

from __future__ import annotations

import pytest

from server.examiner._match import sentences
from server.examiner.grading import grade_against
from server.examiner.grading.results import (
    denied_exception,
    denied_fix,
    denied_hazard,
    expected_results,
    implicit_verdict,
    other_literal,
    other_quantity,
    other_result,
    other_value,
    other_verdict,
)

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


def test_a_number_inside_a_hyphenated_name_is_no_value() -> None:
    """`fig-007` and `T-2` are names, not the numbers 7 and -2."""
    points = ["prints ['fig-7', 'oak-7'] and then 2"]
    expected = expected_results(points, [])
    assert expected == [["fig-7", "oak-7", "2.0"]]
    assert other_result("The labels come out as fig-7 and oak-7, then 2: one label per tree.",
                        expected, []) == ""
    assert other_result("Worker T-1 holds the lock, so printing T-2 waits.", expected, []) == ""
    assert other_result("It prints ['fig-3', 'oak-3'] and then 5.", expected, []) != ""


def test_a_number_of_a_name_the_reference_quotes_is_said_by_it() -> None:
    """`('Pan 2', 44.9)` in the model answer says 2 as part of a name: an answer listing "Pan 2,
    Pan 3" states no other result; one with a number the reference never has still does."""
    model = ("`by_salinity` returns `None`, so the note prints 'could not rank pans' and `None`. "
             "The caller's list is reordered: [('Pan 2', 44.9), ('Pan 3', 41.2)].")
    expected = expected_results([], [model])
    assert expected
    assert other_result("Second: the pans in descending order, Pan 2, Pan 3.", expected,
                        [model]) == ""
    assert other_result("Second: the pans in descending order, Pan 7, Pan 9.", expected,
                        [model]) != ""


def test_one_quoted_line_of_output_is_a_result() -> None:
    """"prints 'caller caught bad qty for B'" states the output, one value though it is; a
    single number in passing does not."""
    points = ["prints 'saveAll finished, saved = 0' and 'caller continues' first"]
    expected = expected_results(points, [])
    assert other_result("The caller's .catch then prints 'caller caught bad qty for B'.",
                        expected, []) != ""
    assert other_result("The caller's .catch then prints 'caller continues'.", expected, []) == ""
    assert other_result("The save then takes 10 ms.", expected, []) == ""


def test_a_word_of_a_plan_inside_a_code_span_makes_no_plan() -> None:
    """"`could not rank`" is output quoted and `str.replace` a method named: neither sentence is
    about what one would do; the plan outside the span still is."""
    quoted, named, plan = sentences("First line: `could not rank pans`. `s.replace('a', 'b')` "
                                    "returns a new string. I would use `sorted` instead.")
    assert not quoted.hypothetical and not named.hypothetical
    assert plan.hypothetical


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


CLOSED = "Is the file opened in `first_line` closed on every path?"
LEAKS = "No. It is closed only on the success path; the early return leaks the descriptor."


@pytest.mark.parametrize(("question", "answer", "references", "flagged"), [
    # the opposite verdict, however it goes on
    (CLOSED, "Yes. The reader closes the file once it reaches the end.", [LEAKS], True),
    (CLOSED, "yep, Python closes it when the frame is torn down", [LEAKS], True),
    ("`page1.pdf` fails. Does the caller see the error? Why?", "No - it is swallowed.",
     ["Yes, Promise.all rejects with it."], True),
    # a clause of when or if before the question's auxiliary
    ("When `first_line('')` runs, is the file closed? Say what it returns.",
     "Yes, the reader closes it at the end.", [LEAKS], True),
    ("If the line is blank, does the caller get an error, and why?", "No, '' is returned.",
     ["Yes. readline raises."], True),
    # the same verdict, or no verdict word opening the answer
    (CLOSED, "No, the early return skips close().", [LEAKS], False),
    (CLOSED, "Only on success: the early return skips close().", [LEAKS], False),
    (CLOSED, "No key of this kind is relevant; yes it leaks.", ["Yes. " + LEAKS[4:]], False),
    # not a yes-or-no question, or model answers that disagree, or none with a verdict
    ("What happens to the file on the early return?", "Yes. It is closed.", [LEAKS], False),
    (CLOSED, "Yes. It is closed.", [LEAKS, "Yes, by the finaliser, eventually."], False),
    (CLOSED, "Yes. It is closed.", ["Only on the success path."], False),
])
def test_a_verdict_opposite_to_the_model_answers_is_a_wrong_claim(
        question: str, answer: str, references: list[str], flagged: bool) -> None:
    assert bool(other_verdict(question, answer, references)) is flagged


def test_an_opposite_verdict_costs_a_fluent_answer_its_grade() -> None:
    code = ("def first_line(path):\n    f = open(path)\n    line = f.readline()\n"
            "    if not line.strip():\n        return ''\n    f.close()\n    return line\n")
    fluent = ("Yes. `open` returns a file whose reader closes it once `readline` reaches the "
              "end, so the early return on a blank line releases the descriptor too.")
    right = ("No. It is closed only when the line is not blank: the early return skips f.close() "
             "and leaks the descriptor.")
    wrong = grade_against(CLOSED, fluent, [LEAKS], code=code, language="python")
    assert any("verdict" in m for m in wrong.misconceptions), wrong
    assert grade_against(CLOSED, right, [LEAKS], code=code, language="python").score >= \
        wrong.score + 2


SNAPSHOT = ("`dict(rec)` is shallow, so the tags list is shared: `src == snapshot` is False. "
            "`Number('')` is 0, and count is 2 after both calls.")
NAMES = frozenset({"count", "src", "snapshot", "rec", "total"})


@pytest.mark.parametrize(("answer", "subject"), [
    # a piece of code in backticks, a call, a bare name of the code
    ("The copy is deep, so `src == snapshot` is True.", "src==snapshot"),
    ("Number('') is NaN, so the blank is dropped.", "number('')"),
    ("Each call starts over, so count is 1 at the end.", "count"),
])
def test_a_value_the_model_answer_gives_otherwise_is_a_wrong_claim(answer: str,
                                                                    subject: str) -> None:
    assert other_value(answer, [SNAPSHOT], NAMES).startswith(f"The model answer gives {subject} as")


@pytest.mark.parametrize("answer", [
    # the same value, in other quotes and case; a value among others it gives
    "src == snapshot is false because the tags list is shared; count is 2.",
    "`src == snapshot` is `False`, and count is 0 at first and count is 2 after both calls.",
    # what the model answer gives no value, a pronoun, which line, the end of an expression,
    # a sum worked out, a value denied, a hypothetical
    "total is 7, and it is 3.",
    "The second line is 4. `a == src == snapshot` is True.",
    "count is 1 + 1 = 2.",
    "`src == snapshot` is not True.",
    "With a deep copy, `src == snapshot` would be True.",
])
def test_a_value_the_model_answer_gives_or_does_not_give_is_no_wrong_claim(answer: str) -> None:
    assert other_value(answer, [SNAPSHOT], NAMES) == ""


def test_a_value_the_model_answer_gives_otherwise_costs_a_fluent_answer() -> None:
    code = ("def normalize(records):\n    out = []\n    for rec in records:\n        r = dict(rec)\n"
            "        r['tags'].append('seen')\n        out.append(r)\n    return out\n")
    question = "Does normalize change the caller's records? Explain."
    fluent = "The copy is independent, so the tags lists are separate and `src == snapshot` is True."
    graded = grade_against(question, fluent, [SNAPSHOT], code=code, language="python")
    assert any(m.startswith("The model answer gives src==snapshot") for m in graded.misconceptions)
    right = "The tags list is shared by the shallow copy, so `src == snapshot` is False."
    assert not any("model answer gives" in m for m in grade_against(
        question, right, [SNAPSHOT], code=code, language="python").misconceptions)


def test_a_string_the_model_answer_quotes_in_a_code_span_is_one_it_states() -> None:
    reference = "It returns 0 and 3: the saves log `saved b` later."
    expected = expected_results([], [reference])
    assert other_result("First 'saved b' is logged, then it returns 0.", expected, [reference]) == ""
    assert other_result("First 'saved z' is logged, then it returns 0.", expected, [reference])


POINTS = ["returns [[1, 2], [3, 4]]; the 5 is dropped"]
MODEL = ["It returns `[[1, 2], [3, 4]]`: the last partial group `[5]` never starts."]


@pytest.mark.parametrize("answer", [
    "It returns [[1, 2], [3, 4], [5]], so nothing is lost.",
    "groups() gives back `[[1, 2], [3, 4, 5]]` since the slice clamps.",
])
def test_a_list_other_than_the_references_is_another_result(answer: str) -> None:
    """Every value of the right result is in these answers, and more: counting values cannot
    tell, the literal whole does."""
    assert other_result(answer, expected_results(POINTS, MODEL), MODEL) == ""
    assert other_literal(answer, POINTS, MODEL).startswith("The code's result is [[1, 2], [3, 4]]")


@pytest.mark.parametrize("answer", [
    "It returns [[1,2],[3,4]] and the 5 disappears.",
    "It returns [1, 2] as its first group and [3, 4] as its second.",  # parts the model states
    "The list would be [[1, 2], [3, 4], [5]] if the bound were len(items).",  # a fix's result
    "It returns two groups, so 5 is lost.",
])
def test_the_references_list_or_its_parts_or_a_fixs_is_no_other_result(answer: str) -> None:
    assert other_literal(answer, POINTS, MODEL) == ""


NAMES_POINTS = ["returns ['Kit', 'Lou', 'Ana']: the sort is stable"]
NAMES_MODEL = ["Sorting keeps ties in input order, so it returns ['Kit', 'Lou', 'Ana']."]


def test_a_list_of_names_written_without_quotes_is_compared_with_nothing() -> None:
    """Written without quotes, a list tells its items in the answer's words, not as printed: it
    may be an intermediate list the reference describes in prose. Quoted, it is a result."""
    assert other_literal("It returns [Ana, Kit, Lou] first, then [Kit, Lou, Ana].",
                         NAMES_POINTS, NAMES_MODEL) == ""
    assert other_literal("It returns ['Ana', 'Kit', 'Lou'].", NAMES_POINTS, NAMES_MODEL) \
        .startswith("The code's result is ['Kit', 'Lou', 'Ana']")


@pytest.mark.parametrize(("question", "answer", "said"), [
    ("Is `total` safe to update from these threads?", "It's safe: the adds are atomic.", "yes"),
    ("Is the socket closed on every path?", "Every path is covered, the socket is shut.", "yes"),
    ("Is the socket closed on every path?", "Not on every path.", "no"),
    ("Is there any key for which `shard` fails?", "No key can fail, the hash is positive.", "no"),
    ("Are the lists independent of each other, and what is printed?",
     "The lists are independent since each key gets one.", "yes"),
])
def test_an_opening_clause_that_restates_the_question_gives_a_verdict(question: str, answer: str,
                                                                       said: str) -> None:
    assert implicit_verdict(question, answer) == said


@pytest.mark.parametrize(("question", "answer"), [
    # hedged, turned against its topic, code only, or about something else
    ("Is the socket closed on every path?", "Only when everything works."),
    ("Is the lock released on every path?", "The error path skips release(), so it stays held."),
    ("Are the files closed on every path?", "Two returns skip `f.Close()`, so files leak."),
    ("Is the reader closed on every path?", "The empty-file path returns before reader.close()."),
    ("Can a caller who controls `since` inject SQL?", "since is safe as a parameter."),
    ("Is `visits` shared between requests, and is there a problem?", "There is no problem."),
    ("What does `f` return?", "It is safe."),
])
def test_a_hedged_or_contrary_or_unrelated_opening_gives_no_verdict(question: str,
                                                                    answer: str) -> None:
    assert implicit_verdict(question, answer, frozenset({"since"})) == ""


def test_an_implicit_verdict_against_the_model_answers_is_a_wrong_claim() -> None:
    question = "Is the file closed on every path?"
    model = ["No. The early return skips the close."]
    assert other_verdict(question, "Every path is covered: the file is closed.", model)
    assert other_verdict(question, "Not on every path: the early return leaks it.", model) == ""


_LEAKS = [("replies is unbuffered, so the other three goroutines stay blocked on the send forever: "
          "300 leaked goroutines after 100 calls.")]
_PANICS = ["parseFloors(\"\") returns an empty slice and nextStop panics with index out of range."]


@pytest.mark.parametrize(("answer", "references"), [
    ("Nothing leaks. When firstResponder returns, the channel is collected.", _LEAKS),
    ("No goroutine leaks at all: the runtime reclaims them.", _LEAKS),
    ("No leak is possible here.", _LEAKS),
    ("Nothing here can panic. Indexing is checked against the capacity.", _PANICS),
    ("Nothing can crash, since Atoi errors are skipped.", _PANICS),
])
def test_an_opening_that_denies_a_failure_the_model_answer_states_is_wrong(
        answer: str, references: list[str]) -> None:
    assert denied_hazard(answer, references).startswith("The answer denies a failure")


@pytest.mark.parametrize(("answer", "references"), [
    # hedged, or the failure named after all, or a denial of something else
    ("Nothing leaks on the success path, but the error path leaks a goroutine.", _LEAKS),
    ("No, it leaks three goroutines per call.", _LEAKS),
    ("Nothing gets printed: the error escapes.", _PANICS),
    ("Nothing leaks only when every reply is read.", _LEAKS),
    # the model answer denies it too, or never states it
    ("Nothing leaks.", ["No. Every goroutine can send: the channel has room for all of them."]),
    ("Nothing leaks.", ["Nothing leaks: the buffered channel takes every reply."]),
    ("Nothing here can panic.", ["It returns 6: the first of two equally close floors wins."]),
])
def test_a_hedged_or_agreeing_or_unrelated_denial_is_no_wrong_claim(
        answer: str, references: list[str]) -> None:
    assert denied_hazard(answer, references) == ""


def test_a_comparison_with_would_is_no_hypothetical_sentence() -> None:
    compared = sentences("Python keeps the values, the same way a list would, so the second "
                         "list gets all five.")
    assert not compared[0].hypothetical
    assert not sentences("It prints 3, as you would expect.")[0].hypothetical
    assert sentences("A list would keep them, so I would use one.")[0].hypothetical


def test_a_value_the_quoted_output_repeats_is_no_other_result_when_the_answer_repeats_it() -> None:
    """The model answer's block prints -2147483648 on three lines; an answer that lists them all
    states the reference's result, not another one."""
    model = ("```text\n68\n-2147483648\n-2147483648\n-2147483648 2147483648\n```\n"
             "The int sum wraps before any widening.")
    right = "68, -2147483648, -2147483648, `-2147483648 2147483648`: the sum wraps first."
    assert other_result(right, [["68", "-2147483648"]], [model]) == ""
    wrong = "68, 2147483648, 2147483648, 4294967296: nothing wraps."
    assert other_result(wrong, [["68", "-2147483648"]], [model]).startswith("The code's result")


def test_a_number_named_in_passing_after_a_preposition_is_no_result() -> None:
    expected = expected_results(_POINTS, [_MODEL])
    # "after 7 appends", "from 5.0": where the result came from, not a second value of it
    assert other_result("It prints 2, the length left after 7 appends.", expected, [_MODEL]) == ""
    assert other_result("It returns 2, the stale count from 5.0.", expected, [_MODEL]) == ""
    # a result of other values is still one, whatever follows it
    assert other_result("It prints 7 and 5 for the two lists.", expected, [_MODEL]).startswith(
        "The code's result is")


def test_a_call_given_without_a_receiver_has_that_value_on_every_receiver() -> None:
    model = ["`items` is a class attribute, so size() is 3 for each basket."]
    names = frozenset({"size", "items", "ann", "ben"})
    assert other_value("ann.size() is 2, since each basket copies the list.", model, names) \
        .endswith("as 3, not 2")
    assert other_value("ann.size() is 3, and so is ben.size().", model, names) == ""
    # a receiver the model answer names keeps its own value
    assert other_value("ben.size() is 1.", ["ben.size() is 1 and ann.size() is 3."], names) == ""


def test_a_comparison_written_without_backticks_is_a_piece_of_code() -> None:
    model = ["`src == snapshot` is False: the first record's tags were changed."]
    names = frozenset({"src", "snapshot"})
    assert other_value("Nothing is modified, so src == snapshot is True.", model, names) \
        .endswith("as false, not true")
    assert other_value("The tags changed, so src == snapshot is False.", model, names) == ""


def test_a_call_of_dict_or_set_in_a_claim_is_no_plan() -> None:
    # "with a dict" is a fix; "copies made with dict(rec)" says what the code does
    assert not sentences("It works on copies made with dict(rec), so nothing changes.")[0] \
        .hypothetical
    assert not sentences("The loop runs with settings from the file.")[0].hypothetical
    assert sentences("Index the rows with a dict so each lookup is constant.")[0].hypothetical


def test_the_return_statement_is_no_statement_of_a_result() -> None:
    expected = expected_results(_POINTS, [_MODEL])
    assert other_result("The defers run last. Then the return statement has stored 3+1 = 4 in "
                        "the result.", expected, [_MODEL]) == ""
    assert other_result("It returns 7 and 9.", expected, [_MODEL]).startswith("The code's result")


_SORT_FIX = [("`sort` reorders the caller's array in place. To keep it read-only, sort a copy: "
              "`[...rows].sort(cmp)`.")]
_SET_FIX = ["`visited` is a list, so each `in` scans it: O(n^2) overall. Use a set instead."]


@pytest.mark.parametrize(("answer", "references"), [
    ("`sort` returns a new array, so no fix is needed.", _SORT_FIX),
    ("The caller's rows keep their order. Nothing to change.", _SORT_FIX),
    ("Membership tests on a list are constant time, so nothing needs to be changed.", _SET_FIX),
    ("It is linear already; the code is fine as it is.", _SET_FIX),
    ("This doesn't need fixing: lists hash their items.", _SET_FIX),
])
def test_an_answer_that_says_nothing_needs_changing_where_the_model_fixes_it_is_wrong(
        answer: str, references: list[str]) -> None:
    assert denied_fix(answer, references).startswith("The answer says nothing needs changing")


@pytest.mark.parametrize(("answer", "references"), [
    # an exception made, one part said to be fine, or a fix given after all
    ("There is nothing to fix beyond sorting a copy first.", _SORT_FIX),
    ("`build_index` is fine as it is; `visited` should be a set.", _SET_FIX),
    ("No fix is needed except making `visited` a set.", _SET_FIX),
    # the model answer itself says nothing needs changing, or gives no change
    ("No fix is needed.", ["The loop is linear and no change is needed: each id is seen once."]),
    ("No fix is needed.", ["It prints 3, because the set keeps one of the two equal cards."]),
])
def test_a_hedged_or_agreeing_no_change_verdict_is_no_wrong_claim(
        answer: str, references: list[str]) -> None:
    assert denied_fix(answer, references) == ""


_SLOW = [("About 1.2 seconds: `time.sleep` blocks the loop, so the three sleeps run one after "
          "another. With `await asyncio.sleep` the total drops to about 0.4 s.")]


@pytest.mark.parametrize(("question", "answer", "wrong"), [
    ("Roughly how long does `refresh()` take, and why?", "About 0.4 s. gather overlaps them.", True),
    ("How long does `refresh()` take?", "0.4 seconds, since they overlap.", True),
    # the same quantity, however written; a number later in the answer; another kind of ask
    ("Roughly how long does `refresh()` take, and why?", "~1.2 s, not 0.4.", False),
    ("How long does `refresh()` take?", "It blocks: with asyncio.sleep it would be 0.4 s.", False),
    ("Why is `refresh()` slow?", "About 0.4 s. gather overlaps them.", False),
])
def test_an_answer_opening_with_another_quantity_than_the_model_answer_is_wrong(
        question: str, answer: str, wrong: bool) -> None:
    assert bool(other_quantity(question, answer, _SLOW)) is wrong


_RAISES = [("Subtracting the aware stamp from the naive `now` raises `TypeError: can't subtract "
            "offset-naive and offset-aware datetimes`, so `overdue` never returns a list.")]


@pytest.mark.parametrize("answer", [
    "Python converts the naive value to UTC, so there is no `TypeError` and both boats are late.",
    "It never raises TypeError here: the subtraction just works.",
    "The subtraction works and no TypeError is raised.",
    "Both values are compared without a TypeError.",
])
def test_a_named_exception_the_model_answer_states_denied_is_a_wrong_claim(answer: str) -> None:
    assert "typeerror" in denied_exception(answer, _RAISES)


@pytest.mark.parametrize("answer", [
    # what the fix achieves, and where the exception goes, are no denial of it
    "Once both stamps are aware there is no TypeError.",
    "Make `now` aware to avoid a TypeError.",
    "The caller does not see the TypeError because it is caught.",
    "No TypeError reaches the caller: the handler logs it.",
    # a bare "error" names no exception
    "There is no error value; it raises.",
    # an exception the model answer never states
    "There is no ValueError here; the subtraction raises TypeError.",
])
def test_no_denied_exception_for_a_plan_a_route_or_another_exception(answer: str) -> None:
    assert denied_exception(answer, _RAISES) == ""


def test_a_model_answer_that_denies_the_exception_itself_states_nothing() -> None:
    references = ["Both stamps are naive, so there is no TypeError and the list is returned."]
    assert denied_exception("There is no TypeError.", references) == ""
