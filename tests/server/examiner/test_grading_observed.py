"""A result stated against what the code printed when it ran (`grading/observed.py`): caught when
a literal or value the answer says was printed is not in the output; silent on the right output
in other spacing, quotes or order of statements, on counts in passing, on asides, on what a fix
would print, on placeholders, and when the answer states nothing literal."""

from __future__ import annotations

import pytest

from server.examiner.grading import grade_against
from server.examiner.grading.observed import (
    asks_output,
    gives_output,
    misplaced_line,
    misstated_output,
    stated_output,
)

PY_OUT = "(('cy', 9), 0, 0)\n"
GO_OUT = "[1 20 99 40]\n[1 20 99] 3 4\n"
JS_OUT = "{ pageSize: 50, includeArchived: false, prefix: '*' }\n"
JAVA_OUT = ("[5, 3, 7]\n[5, 1, 3]\nException in thread \"main\" "
            "java.lang.IndexOutOfBoundsException: Index 7 out of bounds for length 4\n")
LOG_OUT = "import: 0.0 ms\nresult: 1\n"


@pytest.mark.parametrize(("answer", "output", "stated"), [
    ("It prints (('cy', 9), 16, 4) since each call restarts the generator.", PY_OUT, "(('cy', 9), 16, 4)"),
    ("It prints [10 20 30 40] and then [1 20 99] 3 4: the slice is a copy.", GO_OUT, "[10 20 30 40]"),
    ("normalize returns { pageSize: 0, includeArchived: true, prefix: '' }: || keeps them.",
     JS_OUT, "{ pagesize: 0, includearchived: true, prefix: '' }"),
    ("The calls print [5, 3, 7], [5, 1, 7] and [5, 1, 3], as remove(Object) is chosen.",
     JAVA_OUT, "[5, 1, 7]"),
    ("Then the program prints db calls: 1, as the lookups hit the cache.", "db calls: 3\n", "1"),
    ("It returns [2, 1] since the list is reversed in place.", "[1, 2]\n", "[2, 1]"),
    ("The first line is `3 2 false` and the second is `[1,4]`.", "3 6 true\n[1,2,3,4,5,6]\n",
     "3 2 false"),
    ("After the timer line it prints 'result: 2', since the loop carries on.", LOG_OUT, "result: 2"),
    # an unquoted value that is not prose
    ("It prints api/v1/users, then api/v1/orders, then 2 4.", "api/v1/orders\napi/v1/orders\n2 4\n",
     "api/v1/users"),
    ("The log shows retry_count=3 before it gives up.", "retry_count=2\ngave up\n", "retry_count=3"),
    # apostrophes quote nothing: the verb between them is the answer's
    ("It doesn't stop early, so it prints [1, 2] and it's done.", "[1, 2, 3]\n", "[1, 2]"),
])
def test_a_stated_result_the_run_did_not_print_is_named(answer: str, output: str,
                                                         stated: str) -> None:
    found = misstated_output(answer, output)
    assert found.startswith("Run, the code prints"), found
    assert found.endswith(stated), found


@pytest.mark.parametrize(("answer", "output"), [
    # the right output, spaced, quoted and split its own way
    ("scores prints [1 20 99 40] and head prints [1 20 99] 3 4 because they share an array.",
     GO_OUT),
    ("It prints ((\"cy\", 9), 0, 0): max() exhausts the generator.", PY_OUT),
    ("The first two calls print [5,3,7] and [5,1,3], then the third throws.", JAVA_OUT),
    # a placeholder for the part that varies
    ("You see the 'import: x ms' line and then 'result: 1'.", LOG_OUT),
    ("It prints import: ... ms, then result: 1.", LOG_OUT),
    # a count in passing, an aside in parentheses, an explanation after the result
    ("It prints 2 lines, the second being result: 1.", LOG_OUT),
    ("It logs a TypeError (can't read 'calls' of undefined) followed by 'calls: 0'.",
     "TypeError: Cannot read properties of undefined (reading 'calls')\ncalls: 0\n"),
    ("It returns (('cy', 9), 0, 0) because sum() sees an exhausted generator after 3 rows.",
     PY_OUT),
    # what a fix would print, in every way it is said
    ("3 3 3. Swap var for let and you get 0 1 2.", "3\n3\n3\n"),
    ("It prints 3 3 3; with let it would print 0 1 2.", "3\n3\n3\n"),
    # nothing literal stated
    ("It prints the same list twice, because fromkeys shares one list.", "[1]\n[1]\n"),
    # "returns" as a noun, and a call's empty parentheses: no printed value
    (("The two early returns after Open (read error and empty line) skip f.Close(), so each "
      "leaks a descriptor."), "fds leaked: 0\n"),
    # unquoted values it did print, and prose with a slash or a dot in it
    ("It prints api/v1/orders twice, then 2 4.", "api/v1/orders\napi/v1/orders\n2 4\n"),
    ("It prints the read/write counts, e.g. the totals, and then done.", "reads 3 writes 4\ndone\n"),
    ("It shows version 1.2.0 as the config.version=1.2.0 line says.", "config.version=1.2.0\n"),
    # a clause about another thing, which prints something else
    ("Each key gets its own list, so shipped prints [] and the `is` check prints False.",
     "[]\nFalse\n"),
    # a verb inside a code span is the code's, not a statement of what it printed
    (("Yes: once ReadString hits EOF the reader closes the file, so the early `return \"\", err` "
      "and the empty-line branch release the descriptor too."), "fds leaked: 0\n"),
    ("The `print(total)` line never runs because the loop breaks early.", "0\n"),
    # a number a function hands back, which the snippet never prints
    ("With -1 the range is empty, so there are no batches and it just returns 0.",
     "[[1, 2], [3]]\n[]\n"),
])
def test_the_right_output_or_no_stated_output_is_no_wrong_claim(answer: str,
                                                                  output: str) -> None:
    assert misstated_output(answer, output) == "", answer


def test_without_output_nothing_is_checked() -> None:
    assert misstated_output("It prints [9, 9].", "") == ""
    assert misstated_output("It prints [9, 9].", "  \n") == ""


CODE = """def load(lines):
    for line in lines:
        name, _, score = line.partition(",")
        if score.strip():
            yield name.strip(), int(score)


rows = load(["ann,3", "bob,", "cy,9"])
best = max(rows, key=lambda r: r[1])
print(best, sum(s for _, s in rows))
"""
QUESTION = "What does the print output, and why?"
MODEL = "max() consumes the generator, so the sum afterwards sees nothing."
POINTS = ["rows is a generator that max() exhausts", "the sum iterates nothing"]


def test_with_the_output_a_fluent_false_result_scores_well_below_the_right_one() -> None:
    """The reference never states the output, so only the run can show the fluent answer's
    result is not the code's."""
    output = "('cy', 9) 0\n"
    right = "It prints ('cy', 9) 0: max() exhausts the generator rows, so the sum sees nothing."
    fluent = ("It prints ('cy', 9) 12: max() reads the generator rows, and the sum starts it "
              "again, so it adds 3 and 9 after the generator is exhausted by max.")
    blind = grade_against(QUESTION, fluent, [MODEL], POINTS, code=CODE, language="python")
    ran = grade_against(QUESTION, fluent, [MODEL], POINTS, code=CODE, language="python",
                        output=output)
    good = grade_against(QUESTION, right, [MODEL], POINTS, code=CODE, language="python",
                         output=output)
    assert not any(m.startswith("Run,") for m in blind.misconceptions)
    assert any(m.startswith("Run, the code prints") for m in ran.misconceptions)
    assert good.misconceptions == []
    assert good.score - ran.score >= 2, (good.score, ran.score)


def test_placeholders_stand_for_any_part_in_order() -> None:
    """`x` and `...` stand for any part, the parts still in the printed order."""
    printed = "took 12 ms to load 3 rows\n"
    assert misstated_output("It prints `took x ms to load ... rows`.", printed) == ""
    assert misstated_output("It prints `load x rows, took ... ms`.", printed) != ""
    # many placeholders against a long output: found part by part, never backtracked over
    long_output = "a" * 50_000 + "\n"
    assert misstated_output("It prints `b x b x b x b x b x b x b`.", long_output) != ""


def test_to_a_question_about_output_an_opening_with_no_verb_states_lines() -> None:
    """"[1 20 30 40] and [1 20 99] 3 4, because ..." answers "what does it print" with no verb:
    its literals are checked; a lone name there (`this`) is code, and to another question the
    opening is not read as output."""
    asks = "What do the two Println calls print?"
    stated = "[1 20 30 40] and then [1 20 99] 3 4, because head shares the array."
    assert "[1 20 30 40]" in misstated_output(stated, GO_OUT, asks)
    assert misstated_output("[1 20 99 40] and then [1 20 99] 3 4, as they share it.", GO_OUT, asks) == ""
    assert misstated_output(stated, GO_OUT, "Does head share memory with scores?") == ""
    lone = "The first call loses `this`, so the count stays 0; the bound one works."
    assert misstated_output(lone, "0 NaN\n2\n", "What is printed by the two console.log calls?") == ""


def test_with_a_run_a_reference_result_the_code_never_printed_is_not_held_against_an_answer() -> None:
    """The model answer's delays "(10, 20, 30 ms)" are no printed result: where the run shows
    the lines, a right answer that gives them is not told "the code's result is 10, 20, 30"."""
    from server.examiner.grading import grade_against

    question = "In what order are the lines logged?"
    model = ("It logs the count while it is still 0, and the saves finish in timer order "
             "(10, 20, 30 ms): saved b, saved c, saved a.")
    output = "started 0\nsaved b\nsaved c\nsaved a\ndone 3\n"
    right = ("It logs started 0, then saved b, saved c and saved a, then done 3: the shortest "
             "delay fires first.")
    graded = grade_against(question, right, [model], language="javascript", output=output)
    assert not any("result is" in m for m in graded.misconceptions), graded
    unrun = grade_against(question, right, [model], language="javascript")
    assert any("result is" in m for m in unrun.misconceptions), unrun


@pytest.mark.parametrize(("answer", "output"), [
    # a sum worked out is an explanation; what follows its "=" is the result
    ("Last line is 20 + 60, the loop's i * v summed.", "0 [7]\n80\n"),
    ("The last line is 0*10 + 1*20 + 2*30 = 80.", "0 [7]\n80\n"),
    # a call the answer quotes, not a verb of its own
    ("You get done 0, done 1, then a traceback, and print(results) never happens.",
     "done 0\ndone 1\nTraceback (most recent call last):\nRuntimeError: boom\n"),
    # a verb's word as a noun in an aside
    ("A short row (early return) or a bad number (NumberFormatException) skips close().",
     "Exception in thread \"main\" java.lang.IllegalStateException\n"),
])
def test_sums_worked_out_and_quoted_calls_state_no_output(answer: str, output: str) -> None:
    assert misstated_output(answer, output) == "", answer


def test_a_sum_still_leaves_its_result_checked() -> None:
    assert "90" in misstated_output("The last line is 0*10 + 1*20 + 2*30 = 90.", "0 [7]\n80\n")


def test_with_a_run_a_reference_result_keeps_what_of_it_was_printed() -> None:
    """"It prints 14 and 0, since the first sum eats 0 + 1 + 4 + 9": the run prints 14 and 0,
    not 1, 4 or 9; the result checked is what was printed, so "14 twice" is still wrong."""
    from server.examiner.grading import grade_against

    question = "What do the two print(sum(gen)) calls show?"
    model = "It prints 14 and 0, since the first sum eats 0 + 1 + 4 + 9 and the generator is spent."
    wrong = "It prints 14 and 14, because sum rewinds the generator each time."
    graded = grade_against(question, wrong, [model], language="python", output="14\n0\n")
    assert any("result is" in m for m in graded.misconceptions), graded
    right = grade_against(question, "14, then 0: the generator is used up by the first sum.", [model],
                          language="python", output="14\n0\n")
    assert right.misconceptions == [], right


@pytest.mark.parametrize(("reference", "quoted"), [
    ("It prints:\n\n[1 2] [1 2]\n0 [7]\n\nBoth share the array.", "[1 2] [1 2]\n0 [7]"),
    ("The output is:\n```\nstart\nend\n```\nSync code runs first.", "start\nend\n"),
    ("Output:\nTrue\n3", "True\n3"),
    # a result stated in the sentence, or a colon that introduces no output, quotes no block
    ("It prints `0 []` because the generator is spent.", ""),
    ("Two things matter:\n\nthe list is shared.", ""),
])
def test_a_model_answer_quotes_its_output_as_a_block(reference: str, quoted: str) -> None:
    from server.examiner.grading.observed import quoted_output

    assert quoted_output(reference) == quoted


def test_without_a_run_the_output_a_model_answer_quotes_stands_for_one() -> None:
    """No sandbox: "a is [0 0 0 1]"-style lines the quoted block does not hold are held against
    the answer; the right lines, and an answer to a question not about output, are not."""
    code = "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(len([]int{1}))\n}\n"
    question = "What does this program print?"
    model = "It prints:\n\n[0 0 0 2] [0 0 0 2]\n0 [7]\n\nBoth appends write the same slot."
    wrong = "It prints [0 0 0 1] [0 0 0 2] since each append copies the array, then 0 [7]."
    graded = grade_against(question, wrong, [model], code=code, language="go")
    assert any("The model answer gives the output as" in m and "[0 0 0 1]" in m
               for m in graded.misconceptions), graded
    right = "It prints [0 0 0 2] [0 0 0 2], then 0 [7]: the appends share one backing array."
    assert grade_against(question, right, [model], code=code, language="go").misconceptions == []
    other = grade_against("Why do a and b agree?", wrong, [model], code=code, language="go")
    assert not any("output as" in m for m in other.misconceptions), other


@pytest.mark.parametrize(("reference", "states"), [
    # lines opening the model answer with no verb, or after a verb of showing
    ("`3 6 true` and `[1,2,3]`. fill() evaluates [] once.", True),
    ("It prints ['apple', 'pear', 'plum']. Reading a defaultdict inserts the key.", True),
    # no line stated: an explanation only, or a lone name opening it
    ("fill() evaluates [] once, so the three slots share one array.", False),
    ("`bucketize` shares one array between the slots.", False),
])
def test_without_a_block_a_model_answer_that_states_lines_stands_for_the_output(
        reference: str, states: bool) -> None:
    from server.examiner.grading.observed import stated_output

    assert stated_output(reference, "What do the two lines print?") == (reference if states else "")
    # to a question not about output, nothing stands for it
    assert stated_output(reference, "Why do the slots share an array?") == ""


JS_CODE = "const b = Array(3).fill([]);\nconsole.log(b.length);\n"
JS_MODEL = ("`3 6 true` and `[1,2,3,4,5,6]`. fill([]) evaluates [] once and puts the same array "
            "in all three slots, so each bucket holds all six values and b[0] === b[2] is true.")


@pytest.mark.parametrize("answer", [
    "It prints `3 2 false` and `[1,4]`, one bucket per remainder.",
    "fill clones the array into each slot, so the first line is `3 2 false` and the second `[1,4]`.",
])
def test_without_a_run_a_line_the_model_answer_never_states_is_held_against(answer: str) -> None:
    graded = grade_against("What do the two console.log lines print?", answer, [JS_MODEL],
                           code=JS_CODE, language="javascript")
    assert any(m.startswith("The model answer gives no output") for m in graded.misconceptions), \
        graded


@pytest.mark.parametrize("answer", [
    # the right lines, in other spacing and quotes; a value it names in passing; no line at all
    "3 6 true, then [1, 2, 3, 4, 5, 6]: fill puts one array in every slot.",
    "Every slot is the same array, so it shows 3 6 true; b[0] === b[2] is true.",
    "All three slots hold one shared array, so each push lands in all of them.",
])
def test_without_a_run_the_lines_a_model_answer_states_are_not_held_against(answer: str) -> None:
    graded = grade_against("What do the two console.log lines print?", answer, [JS_MODEL],
                           code=JS_CODE, language="javascript")
    assert not any(m.startswith("The model answer gives no output") for m in graded.misconceptions), \
        graded


PROSE_MODEL = ("It prints `ready` first. Deferred calls run last in, first out, so the releases "
               "follow for hold 3, then 2, then 1, and the closing line reads \"closed ...\" with "
               "the final count.")


@pytest.mark.parametrize("answer", [
    "`ready`, hold 3/2/1, closed.",  # the reference's words, in order, a word or two apart
    "It prints `closed 7` last.",  # the reference's ellipsis stands for the rest of the line
])
def test_without_a_run_a_prose_model_answers_lines_in_other_words_are_not_held_against(
        answer: str) -> None:
    graded = grade_against("In what order are the lines printed?", answer, [PROSE_MODEL],
                           code=GO_DEFER, language="go")
    assert not any(m.startswith("The model answer gives no output") for m in graded.misconceptions), \
        graded


@pytest.mark.parametrize("answer", [
    "The releases unwind 1/2/3, in the order they were deferred.",  # the words out of order
    "It prints `opened 7` last.",  # a word the reference never says
    "It prints [3, 2, 1] for the holds.",  # a printed value is said only as it is printed
])
def test_without_a_run_a_prose_model_answer_still_holds_lines_it_does_not_say(answer: str) -> None:
    graded = grade_against("In what order are the lines printed?", answer, [PROSE_MODEL],
                           code=GO_DEFER, language="go")
    assert any(m.startswith("The model answer gives no output") for m in graded.misconceptions), \
        graded


GO_DEFER = """package main

import "fmt"

func main() {
\tfor i := 1; i <= 3; i++ {
\t\tdefer fmt.Println("release", i)
\t}
\tfmt.Println("ready")
}
"""


ORDER_OUT = "start\nasync body\nend\nnextTick\nthen 1\nmicrotask\nafter await\nthen 2\ntimeout 0\n"


@pytest.mark.parametrize(("answer", "first", "second"), [
    (("Promises run before nextTick, so you get: start, end, then 1, microtask, async body, "
      "after await, then 2, nextTick, timeout 0."), "microtask", "async body"),
    ("The order is\nstart\nend\nasync body\nnextTick", "end", "async body"),
    ("It logs `start` -> `async body` -> `end` -> `then 1` -> `nextTick`.", "then 1", "nextTick"),
])
def test_output_lines_listed_out_of_order_are_named(answer: str, first: str, second: str) -> None:
    """Three or more of the output's lines listed in a row, two of them the other way round."""
    from server.examiner.grading.observed import misordered

    assert misordered(answer, ORDER_OUT) == (first, second)
    said = misstated_output(answer, ORDER_OUT, "What does it print, and in what order?")
    assert f"{second!r} before {first!r}" in said


@pytest.mark.parametrize("answer", [
    "start, async body, end, nextTick, then 1, microtask, after await, then 2, timeout 0.",
    # two lines compared are no listed order
    "nextTick comes before then 1, and then 2 before timeout 0.",
    # what a fix would print
    "Swap the calls and it prints start, end, async body.",
    # lines listed in order, skipping some
    "You see start, end, then 1, then 2 and finally the timeout.",
    "start\nasync body\nend",
])
def test_output_lines_listed_in_order_are_not_held_against(answer: str) -> None:
    from server.examiner.grading.observed import misordered

    assert misordered(answer, ORDER_OUT) is None


def test_an_order_is_only_checked_for_a_question_about_output() -> None:
    answer = "start, end, async body, nextTick."
    assert misstated_output(answer, ORDER_OUT, "What does it print?")
    assert not misstated_output(answer, ORDER_OUT, "Why is the async body early?")


def test_a_line_listed_more_often_than_printed_is_no_order() -> None:
    from server.examiner.grading.observed import misordered

    assert misordered("a, b, a, a", "a\nb\nc\n") is None
    assert misordered("r, r, a", "r\na\nr\n") == ("r", "a")


_LINES_MODEL = ("The closures see the last `i`; the default pins each value.\n\n```\n[20, 20, 20]\n"
                "[0, 10, 20]\n30\n0\n```")
_LINES_CODE = "fs = [lambda: i * 10 for i in range(3)]\nprint([f() for f in fs])\n"


def test_the_printed_lines_written_out_are_an_answer_not_a_list_of_terms() -> None:
    """To a what-does-it-print question, the output's lines one under another (with a line of
    why) are the result asked for: not capped as a list of names and terms."""
    from server.examiner.grading.observed import gives_lines

    answer = "```\n[20, 20, 20]\n[0, 10, 20]\n30\n0\n```\nClosures look i up late; i=i pins it."
    assert gives_lines(answer, "[20, 20, 20]\n[0, 10, 20]\n30\n0\n")
    graded = grade_against("What does this print, line by line?", answer, [_LINES_MODEL],
                           code=_LINES_CODE, language="python")
    assert graded.score >= 7, graded
    assert not any("lists names and terms" in n for n in [graded.feedback])
    # lines the code does not print, or one line only, are no such answer
    assert not gives_lines("[1]\n[2]\n[3]", "[20, 20, 20]\n[0, 10, 20]\n")
    assert not gives_lines("[20, 20, 20]", "[20, 20, 20]\n[0, 10, 20]\n30\n0\n")
    # the lines listed in a row, in the printed order, are the same answer; in another order
    # they are a claim about the order (the order check reads it), not the lines given
    events = "start\nend\ntick\nmicro\ntimeout\n"
    assert gives_lines("start, end, tick, micro, then timeout: sync first, timers last.", events)
    assert not gives_lines("start, tick, end, micro, timeout: ticks run at once.", events)
    terms = "closures\nlate binding\ngenerators\nzip\niterators"
    assert grade_against("What does this print, line by line?", terms, [_LINES_MODEL],
                         code=_LINES_CODE, language="python").score <= 2


def test_printed_lines_written_in_a_row_between_slashes_are_the_lines_given() -> None:
    from server.examiner.grading.observed import gives_lines

    answer = "[20, 20, 20] / [0, 10, 20] / 30 / 0. Closures look i up late; i=i pins it."
    assert gives_lines(answer, "[20, 20, 20]\n[0, 10, 20]\n30\n0\n")
    assert gives_lines("[20, 20, 20] | [0, 10, 20] | 30", "[20, 20, 20]\n[0, 10, 20]\n30\n0\n")
    graded = grade_against("What does this print, line by line?", answer, [_LINES_MODEL],
                           code=_LINES_CODE, language="python")
    assert graded.score >= 7, graded
    # a slash inside a value separates nothing; lines the code does not print are none
    assert not gives_lines("3/2/1 then 0/0", "3\n2\n1\n")
    assert not gives_lines("[1] / [2] / [3]", "[20, 20, 20]\n[0, 10, 20]\n")


@pytest.mark.parametrize("answer", [
    # "returns" as a noun, and "shows up", state no result
    "Two returns skip `f.Close()`: the one on a match and the one on an error.",
    "c is not cancelled, so 'c finished' shows up during the 1 s sleep.",
    "The early returns leave `f` open.",
])
def test_a_noun_or_a_phrasal_verb_states_no_output(answer: str) -> None:
    assert misstated_output(answer, "a finished\nc finished\n") == ""


def test_a_verb_after_a_noun_use_still_states_its_result() -> None:
    found = misstated_output("Two returns skip the close, and it prints [9, 9].", "[1, 2]\n")
    assert found.endswith("[9, 9]"), found


def test_a_code_span_keeps_its_stops_and_does_not_end_the_sentence() -> None:
    """`. # .` is a printed row: its dots stay in the sentence's text (they were blanked, so a
    row of dots the code never printed read as one it did), and a span never ends a sentence."""
    from server.examiner._match import sentences

    said = sentences("It prints `o. Two. x` first. Then it stops.")
    assert [s.raw for s in said] == ["it prints `o. two. x` first.", "then it stops."]
    grid = "```text\n. # .\n. # .\n2 4\n```"
    question = "What does this program print?"
    wrong = misstated_output("It prints `. # .` and then two `. . .` rows.",
                             stated_output(grid, question), question, ran=False)
    assert ". . ." in wrong
    assert misstated_output("It prints `. # .` twice, then `2 4`.", stated_output(grid, question),
                            question, ran=False) == ""


@pytest.mark.parametrize(("answer", "stated"), [
    # results listed with "then": each one after the first is a result too
    ("It prints True, then [4, 5, 6], then 0: the generator is read twice.", "[4, 5, 6]"),
    ("The output is 'open', then 'saved', and then 2.", "saved"),
    ("True, then [7], then 0.", "[7]"),
])
def test_results_listed_with_then_are_each_checked(answer: str, stated: str) -> None:
    question = "What does this program print?"
    found = misstated_output(answer, "True\n[6]\n0\nopen\n", question)
    assert found.lower().endswith(stated.lower()), found


@pytest.mark.parametrize("answer", [
    "It prints True, then [6], then 0, since the first pass drains it.",
    "True, then [6], and then 0.",
    # "then" before words, not a literal: the result has ended
    "It prints True, then the loop stops before 7 is read.",
])
def test_a_list_of_right_results_or_then_before_words_claims_nothing_more(answer: str) -> None:
    assert misstated_output(answer, "True\n[6]\n0\n", "What does this program print?") == ""


@pytest.mark.parametrize(("answer", "stated"), [
    # a verb of becoming states a result when a literal follows it, or a few words and a colon
    ("So the second list gets all five items: ['a', 'b', 'c'].", "['a', 'b', 'c']"),
    ("After the swap, order becomes [3, 1, 2] for good.", "[3, 1, 2]"),
    ("The buffer ends up with `[9, 9]` in it.", "[9, 9]"),
])
def test_a_verb_of_becoming_before_a_literal_states_a_result(answer: str, stated: str) -> None:
    found = misstated_output(answer, "['a']\n[1, 2, 3]\n", "What does this program print?")
    assert found.endswith(stated), found


@pytest.mark.parametrize("answer", [
    # what follows is no literal right after the verb: a value named, then a quote of what is not
    'The caller gets a normal value and "raised" never appears.',
    "count gets 2 added on every pass.",
    # a negated verb says what the code does not produce
    "Because id is an int, you don't get [40, 7, 12] at all.",
    "It never prints [1, 2, 3], only [1].",
])
def test_a_verb_of_becoming_or_a_negated_verb_claims_nothing(answer: str) -> None:
    assert misstated_output(answer, "[1]\nok\n", "What does this program print?") == ""


@pytest.mark.parametrize(("question", "asks"), [
    ("What does main() log, and what happens to the third record?", True),
    ("What gets logged, and in what order?", True),
    ("feedReef logs that it gave up. What will the log contain once it settles?", True),
    ("What is the running time, and how would you make it fast for a log of 200,000 scans?",
     False),
    ("The camera logs about 200,000 sightings a day. What is the running time of report?", False),
])
def test_log_asks_for_output_only_in_the_question_and_not_as_a_store(question: str,
                                                                       asks: bool) -> None:
    assert asks_output(question) is asks


OUT3 = "['102:Box', '105:Diamond']\n[]\n[('Box', 1), ('Diamond', 1)]\n"


@pytest.mark.parametrize(("answer", "gives"), [
    ("Output is ['102:Box', '105:Diamond'], then [], then [('Box', 1), ('Diamond', 1)].", True),
    ("```text\n['102:Box', '105:Diamond']\n[]\n[('Box', 1), ('Diamond', 1)]\n```\nDrained.", True),
    # a line missing, or the lines in another order
    ("Output is ['102:Box', '105:Diamond'] and then [('Box', 1), ('Diamond', 1)].", False),
    ("First [], then ['102:Box', '105:Diamond'], then [('Box', 1), ('Diamond', 1)].", False),
])
def test_the_whole_output_written_out_in_order_is_recognised(answer: str, gives: bool) -> None:
    assert gives_output(answer, OUT3) is gives


def test_a_line_inside_a_longer_word_is_not_given() -> None:
    out = "start\nready\nmicro\ntimer\n"
    assert gives_output("start, ready, micro, timer", out)
    # "timer" listed early; only "the printing timer" comes after "micro"
    assert not gives_output("start, timer, then ready and micro; the printingtimer ran last",
                            out)
    assert not gives_output("start, timer, then ready and micro; the printing timer ran last",
                            out)


def test_writing_out_the_output_makes_the_key_point_that_asks_for_it() -> None:
    code = ("def gen(rows):\n    for n, r in enumerate(rows, 101):\n        yield r, n\n\n"
            "g = gen('ab')\nprint([n for r, n in g])\nprint([n for r, n in g])\n")
    question = "What does this program print? Explain the second list."
    model = "It prints:\n\n```text\n[101, 102]\n[]\n```\n\nThe generator is drained by the first."
    points = ["The exact two lines of output.", "The first comprehension exhausts the generator."]
    right = "It prints [101, 102] and then [] because the first comprehension exhausts the generator."
    wrong = ("It prints [101, 102] and then [101, 102] because the first comprehension exhausts "
             "the generator.")
    good = grade_against(question, right, [model], points, code=code, language="python")
    bad = grade_against(question, wrong, [model], points, code=code, language="python")
    assert "The exact two lines of output." in good.covered
    assert good.score >= 9
    assert "The exact two lines of output." not in bad.covered
    assert bad.score <= good.score - 2


_FLAGS = "ok 12\nTrue\n\n0\nok 0\n"


def test_a_block_holding_the_output_gives_it_though_its_short_lines_occur_earlier() -> None:
    """"0" and "True" occur inside earlier lines; a block of its own that holds the output as
    printed still gives every line, and a block with a line changed does not."""
    assert gives_output("Prints:\n\n```\nok 12\nTrue\n\n0\nok 0\n```\n\nThen it exits.", _FLAGS)
    assert not gives_output("```\nok 12\nTrue\n\n1\nok 0\n```", _FLAGS)


def test_an_answer_writing_out_the_output_is_not_held_to_a_literal_of_its_explanation() -> None:
    """The output written out as a block (its "0" line occurs inside "ok 0" above it); the
    explanation quotes `[False]` from the code, which no line prints: no wrong claim."""
    code = ("n = 12\nprint('ok', n and 0)\nprint(1 < 3 > 2)\nprint(False == False in [False])\n"
            "print('')\nprint(3 and 0)\nprint('x', n)\n")
    question = ("What does this program print? Explain why some printed values are not `True` or "
                "`False`.")
    model = ("```text\nok 0\nTrue\nTrue\n\n0\nx 12\n```\n\nComparisons chain, and `and` "
             "returns an operand: `3 and 0` is 0.")
    right = ("Output is:\n\n```\nok 0\nTrue\nTrue\n\n0\nx 12\n```\n\nThe comparison lines are "
             "chained: Python expands 1 < 3 > 2 into 1 < 3 plus 3 > 2, and False == False in "
             "[False] into False == False plus False in [False], so both come out True. `and` "
             "hands back the first falsy operand, 0.")
    graded = grade_against(question, right, [model], code=code, language="python")
    assert graded.misconceptions == [], graded


def test_go_nil_printed_in_angle_brackets_is_a_value_not_a_placeholder() -> None:
    """Go's fmt prints a nil error as `<nil>`: stated as a result where the model answer gives
    an error's text, it is another output; `<name>` still stands for any part of a line."""
    question = "What does main print?"
    model = "It keeps going after a missing colon, so main prints [{a 1} {b 2}] line 2: missing ':'."
    assert misstated_output("main prints [{a 1} {b 2}] <nil>, since no error is kept.", model,
                            question, ran=False, prose=True)
    assert misstated_output("main prints [{a 1} {b 2}] line 2: missing ':'.", model, question,
                            ran=False, prose=True) == ""
    assert misstated_output("main prints [{a 1} {b 2}] line <n>: missing ':'.", model, question,
                            ran=False, prose=True) == ""


def test_a_code_span_holding_a_whole_printed_line_is_checked_as_one_line() -> None:
    """Each of `[7 0 9] [7 0 9]`'s parts is printed somewhere; the line as a whole is not."""
    out = "[7 8 9] [7 0 9]\n[7 8 5] [7 8 5]\n"
    question = "What does this program print?"
    assert misstated_output("It prints `[7 0 9] [7 0 9]` first, then `[7 8 5] [7 8 5]`.", out,
                            question, ran=False)
    assert misstated_output("It prints `[7 8 9] [7 0 9]` first, then `[7 8 5] [7 8 5]`.", out,
                            question, ran=False) == ""



_EQ = "false true true\ntrue false false\n\ntrue true true\n"


@pytest.mark.parametrize(("answer", "wrong"), [
    ("The first line is `true true true`: null converts to 0.", True),
    ("Line two is 'true true true', and so on.", True),
    ("The last line is `false true true`.", True),
    # the line at that place, however spaced; a place past the end; a line not quoted
    ("The first line is `false  true true`, the second `true false false`.", False),
    ("The last line is `true true true`.", False),
    ("The ninth line is `x`.", False),
    ("The first line is all about null.", False),
])
def test_a_line_quoted_by_its_place_is_checked_against_the_line_there(answer: str,
                                                                      wrong: bool) -> None:
    assert bool(misplaced_line(answer, _EQ)) is wrong


def test_a_block_of_output_lines_is_the_answers_claim_of_what_is_printed() -> None:
    """To a question about what the code prints, each line an answer writes out in a fenced
    block must be one the code prints; the right lines, or only some of them, in a block are
    no wrong claim."""
    question = "What does this program print?"
    output = "a:1 a:2\nb:3\n"
    wrong = misstated_output("```text\na:2 a:2\nb:3\n```\nBoth see the last value.", output,
                             question, ran=False)
    assert "'a:2 a:2'" in wrong
    for right in ("```\na:1  a:2\nb:3\n```\nEach keeps its own copy.",
                  "```text\nb:3\n```\nis the second line."):
        assert misstated_output(right, output, question, ran=False) == ""
    # a block in an answer to another kind of question is code, not output
    assert misstated_output("```\nx = [a] * 3\n```", output, "Why do the rows change?",
                            ran=False) == ""
