"""Round live-rubrics: a correct answer to the examiner's own question in a candidate's words
(an inflection, a named exception class, "not reported", `O(n*m)`) covers the point it makes,
and a wrong or partial one in the same vocabulary still does not."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from server.examiner import AskContext, OfflineExaminer, analyse
from server.examiner.grading import grade
from server.examiner.questions import CodeQuestion

_ROOT = Path(__file__).resolve().parents[3]


@cache
def _asked(set_path: str, program_id: str) -> tuple[CodeQuestion, str]:
    for line in (_ROOT / set_path).read_text().splitlines():
        program = json.loads(line)
        if program["id"] == program_id:
            code = program["code"]
            question = OfflineExaminer().ask_now(
                AskContext(session_id=0, findings=analyse(program["path"], None, code)))
            assert question is not None
            return question, code
    raise KeyError(program_id)


def _covers(where: tuple[str, str], claim: str, answer: str) -> bool:
    question, code = _asked(*where)
    evaluation = grade(question, answer, code)
    points = [c for c in evaluation.covered + evaluation.missing if c.startswith(claim)]
    assert points, (claim, evaluation.covered, evaluation.missing)
    return points[0] in evaluation.covered


_BROAD = ("benchmarks/heldout9/programs.jsonl", "py-08")            # except Exception:
_AS_INPUT = ("benchmarks/heldout25/programs.jsonl", "py-01")        # storage error as bad input
_MAP_RACE = ("benchmarks/heldout3/programs.jsonl", "java-02")       # getOrDefault then put
_AWAIT_RACE = ("benchmarks/heldout4/programs.jsonl", "js-02")       # read, await, write
_GO_MAP = ("benchmarks/heldout3/programs.jsonl", "go-01")           # map written by goroutines
_BODY = ("benchmarks/heldout14/programs.jsonl", "go-02")            # return before defer Close
_FIND = ("benchmarks/heldout2/programs.jsonl", "ts-03")             # customers.find in a loop
_JSON = ("benchmarks/heldout26/programs.jsonl", "py-07")            # json.load unguarded
_FETCH = ("benchmarks/heldout7/programs.jsonl", "ts-01")            # fetch status unchecked
_PREFIX = ("benchmarks/heldout5/programs.jsonl", "py-06")           # startswith(base)
_REFEQ = ("benchmarks/heldout4/programs.jsonl", "java-04")          # == on objects
_EDGES = ("benchmarks/heldout7/programs.jsonl", "java-04")          # which inputs break it
_STRCPY = ("benchmarks/heldout3/programs.jsonl", "c-01")            # strcpy into a field

CASES = [
    # swallowed_exception: "bug" as "bugs", "not reported", a named class or "narrowed"
    (_BROAD, "It catches far more", "A bug in the handler is caught along with the bad input.",
     "It catches the exception and moves on."),
    (_BROAD, "The failure disappears", ("The failure is not reported anywhere, so an operator "
     "can't tell a crash in the code from a bad message."),
     "The failure is reported to the caller, who sees the traceback."),
    (_BROAD, "Catch the specific error", ("I would narrow the except to KeyError around the "
     "lookup."), "I would keep catching everything there."),
    (_AS_INPUT, "The failure disappears", ("A full disk shows up as invalid input in the "
     "results, like a rejected sample."), "The caller sees the real OSError with its traceback."),
    # race_condition: "see the same value", "last write wins", compute/merge
    (_MAP_RACE, "Two calls can interleave", ("Both threads read the same value before either "
     "writes it back."), "Each thread waits for the other, so nothing goes wrong."),
    (_MAP_RACE, "Make the read-check-write atomic", ("Replace the two calls with usage.merge(apiKey,"
     " units, Long::sum)."), "Keep the two calls and add a comment."),
    (_AWAIT_RACE, "An update is lost", ("The second set clobbers the first reservation, the last "
     "write wins."), "The store orders the two calls, so both reservations are kept."),
    (_GO_MAP, "An update is lost", ("The runtime aborts with a fatal error when two goroutines "
     "write to it."), "Go maps are fine with concurrent writes to different keys."),
    # resource_leak: the early return is the path that skips the close
    (_BODY, "An error halfway", ("On a non-200 response it returns early and the body stays "
     "open."), "The body is closed by the garbage collector, so nothing stays open."),
    # quadratic: O(n*m) as typed, a Map built once
    (_FIND, "The operation is linear", "It is O(n*m) in orders and customers.",
     "It is linear in the orders."),
    (_FIND, "Use a set or map", "Index the customers by id in a lookup table first.",
     "Sort the orders first."),
    # unhandled_error: "blows up", "uncaught"
    (_JSON, "The request or task dies", "A bad body makes it blow up and the sync stops.",
     "It returns None and the sync goes on."),
    # ignored_error: the error page read as data
    (_FETCH, "The error is dropped", "On a 500 it reads the error body as if it were the rates.",
     "On a 500 fetch rejects and the caller handles it."),
    # path_traversal: a sibling folder that shares the prefix
    (_PREFIX, "A value with ../", ("A sibling directory that shares the prefix, like "
     "exports-old, passes."), "Only the base folder itself passes the test."),
    # equality_bug: equal values in different objects
    (_REFEQ, "The comparison tests something other", ("Two boxed Integers with the same value "
     "are different objects above the small-integer cache."),
     "Java unboxes both sides, so the values are compared."),
    # function: what the code does with each, said with arrows and "false"
    (_EDGES, "Says what the code does with each", ("A null token -> false; an expired one is "
     "removed first."), "I thought about null tokens and expired ones."),
    # buffer_overflow: memory corruption in those words
    (_STRCPY, "Writing past the buffer corrupts", ("A long key overruns the field and corrupts "
     "the entry next to it."), "A long key is cut short at the field's size."),
]


@pytest.mark.parametrize(("where", "claim", "right", "wrong"), CASES,
                         ids=[f"{w[1]}:{c[:24]}" for w, c, _, _ in CASES])
def test_a_point_said_in_other_words_is_covered(where: tuple[str, str], claim: str, right: str,
                                                wrong: str) -> None:
    assert _covers(where, claim, right), right
    assert not _covers(where, claim, wrong), wrong


def test_a_pattern_is_tried_on_the_answer_as_typed_with_negations_spelled_out() -> None:
    """`O(n*m)` is folded to a token for the complexity reading, and a pattern written for the
    typed form still finds it; a contraction's negation still takes a match back."""
    from server.examiner._match import notations, sentences
    from server.examiner.grading.core import _coverage
    from server.examiner.rubric import KeyPoint

    point = KeyPoint("cost", "product", ["re:O\\(n\\s*\\*\\s*m\\)|interleav"])

    def share(answer: str) -> float:
        said = tuple(sentences(answer))
        return _coverage(point, notations(answer), said, set(),
                         notations(answer, fold=False))
    assert "cxproduct" in notations("It is O(n*m).")
    assert notations("It is O(n*m).", fold=False) == "it is o(n*m)."
    assert share("It is O(n*m).") == 1.0
    assert share("The two calls can't interleave.") == 0.0
    assert share("The two calls can interleave.") == 1.0
