"""The split-index rules (Go, Java, Rust) ask what an input without the separator does to the
function: their own key points grade that, where the kind's (a request handler's 400 and 500)
took points from a complete answer about a pure function (seen from Neovim, session 20)."""

from __future__ import annotations

import pytest

from server.examiner.grading.core import grade
from tests.support.rule_tables import first_question

JAVA = """\
public final class Clock {
    static int minutes(String hhmm) {
        String[] parts = hhmm.trim().split(":");
        int h = Integer.parseInt(parts[0]);
        int m = Integer.parseInt(parts[1]);
        return h * 60 + m;
    }
}
"""

GO = """\
package clock

import (
\t"bufio"
\t"strconv"
\t"strings"
)

func NextMinutes(sc *bufio.Scanner) (int, error) {
\tline := sc.Text()
\tparts := strings.Split(line, ":")
\th, err := strconv.Atoi(parts[0])
\tif err != nil {
\t\treturn 0, err
\t}
\tm, err := strconv.Atoi(parts[1])
\tif err != nil {
\t\treturn 0, err
\t}
\treturn h*60 + m, nil
}
"""

CASES = [
    ("Clock.java", JAVA, "java-split-index-unchecked",
     ("Without a colon the split gives one piece, so parts[1] throws "
      "ArrayIndexOutOfBoundsException and the call fails; check parts.length == 2 first (or "
      "match the text against a pattern) and reject the input.")),
    ("clock.go", GO, "go-split-index-unchecked",
     ("An input with no colon splits into a single piece, so parts[1] is out of range and the "
      "function panics; check len(parts) == 2, or use strings.Cut, and return an error.")),
]


@pytest.mark.parametrize(("path", "code", "rule", "answer"), CASES, ids=[c[2] for c in CASES])
def test_a_complete_answer_to_a_split_index_question_scores_full(
        path: str, code: str, rule: str, answer: str) -> None:
    question = first_question(path, code)
    assert question.facts.get("rule") == rule, question.text
    assert grade(question, answer, code).score >= 9


@pytest.mark.parametrize(("path", "code", "rule", "answer"), CASES, ids=[c[2] for c in CASES])
def test_an_answer_that_misses_the_point_scores_low(path: str, code: str, rule: str,
                                                    answer: str) -> None:
    question = first_question(path, code)
    assert grade(question, "It works fine, the input is always well formed.", code).score <= 3


def test_an_unhandled_error_outside_a_handler_is_answered_by_what_reaches_the_caller() -> None:
    """The kind's own points: outside a request handler, "the exception propagates to the
    caller" is the effect, as "the request dies with a 500" is in one."""
    code = ("import json\n\n\ndef load_limits(text):\n    data = json.loads(text)\n"
            "    return int(data[\"max_users\"]), int(data[\"max_rooms\"])\n")
    question = first_question("limits.py", code)
    assert question.kind == "unhandled_error", question.text
    answer = ("If the text is not valid JSON, json.loads raises JSONDecodeError, and a missing key "
              "raises KeyError; nothing in load_limits catches them, so the exception propagates "
              "to the caller. Validate inside a try and raise a clear error for bad settings.")
    assert grade(question, answer, code).score >= 9
