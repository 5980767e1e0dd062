"""Round r30-terse: a terse, correct answer to a question about code scores as a correct one.

A candidate in a hurry writes fragments ("count ends too low"), arrows ("race -> lost update"),
its fix as code (`with self.guard: ...`) and one phrasing of each point. None of that is a
keyword dump, nor a denial of a point, nor an answer about other code; a dump, a wrong claim
and an answer about other code still score as they did.
"""

from __future__ import annotations

from server.examiner._match import sentences
from server.examiner.grading import grade_answer
from server.examiner.grading.core import _FINITE, _is_claim, _is_list, _telegraphic
from server.examiner.grading.polarity import denied_point
from server.examiner.rubric import About, KeyPoint, Misconception, Rubric

CODE = """import threading


class Visits:
    def __init__(self):
        self.hits = {}
        self.guard = threading.Lock()

    def record_visit(self, page):
        current = self.hits.get(page, 0)
        self.hits[page] = current + 1

    def total(self):
        return sum(self.hits.values())
"""
QUESTION = ("`record_visit` (`visits.py`, line 10) reads `self.hits.get(page, 0)` and writes the "
            "count back as a separate step. What happens when two threads record the same page "
            "at once, and how would you make it one step?")


def _rubric(*, tie: tuple[str, ...] = ("record_visit", "Visits")) -> Rubric:
    return Rubric([
        KeyPoint("value", "Both threads read the same count and one increment is lost",
                 ["lost update", "lost", "overwrit", "too low", "race"]),
        KeyPoint("cause", "The read and the write are separate steps another thread can run "
                          "between", ["separate steps", "between", "interleav", "not atomic"]),
        KeyPoint("fix", "Hold the lock around the read and the write",
                 ["lock", "mutex", "atomic", "synchronis", "guard"]),
        KeyPoint("this_code", "Ties the answer to this code: " + ", ".join(tie), list(tie), 0.5),
    ], [Misconception("gil", "The GIL makes the increment atomic",
                      ["re:\\bgil\\b[^.;]{0,40}\\bmakes?\\b[^.;]{0,20}\\batomic"])],
        About("visits.py", 10, "record_visit"))


def _grade(answer: str, rubric: Rubric | None = None) -> tuple[int, list[str], str]:
    got = grade_answer(QUESTION, answer, rubric or _rubric(), code=CODE, language="python")
    return got.score, got.missing, got.feedback


# -- a fragment that says things, with its fix written as code, is no keyword dump -----------

def test_a_fragment_with_clauses_and_a_fix_in_code_is_not_a_keyword_dump() -> None:
    terse = ("race -> one increment lost, count ends too low, reads interleave. "
             "with self.guard: self.hits[page] = self.hits.get(page, 0) + 1")
    assert not _telegraphic(terse) and not _is_list(terse)
    score, _, feedback = _grade(terse)
    assert score >= 8 and "without claiming" not in feedback, feedback


def test_steps_and_assignments_in_a_comma_list_are_not_terms() -> None:
    terse = ("lost update, not atomic, fix: take self.guard, n = self.hits.get(page, 0), "
             "self.hits[page] = n + 1, then release")
    assert not _is_list(terse)


def test_keyword_dumps_are_still_capped() -> None:
    """Terms, code names or both, joined by commas, spaces or "+", claim nothing."""
    for dump in ("race, lost update, lock, mutex, atomic, interleaving, record_visit",
                 "race condition lost update lock mutex atomic interleaving threads",
                 "self.guard.acquire() threading.Lock() record_visit self.hits mutex atomic race",
                 "race + lost update + lock + mutex + atomic + record_visit + interleaving"):
        assert _is_list(dump) or _telegraphic(dump), dump
        score, _, feedback = _grade(dump)
        assert score <= 2 and "without claiming" in feedback, (dump, score)


def test_a_participle_before_a_noun_names_a_thing_and_says_nothing() -> None:
    """"lost updates", "shared list" are terms; "one update lost" is a clause."""
    assert _is_list("lost updates, shared counter, blocked threads, leaked handles, race")
    assert not _is_list("update lost, counter shared, threads blocked, handles leaked, race")


def test_inflected_verbs_make_a_claim() -> None:
    """"copies", "copied", "dropped" are verbs in a finite form (were "copys", "droped")."""
    assert {"copies", "copied", "dropped", "wrapped", "scanned", "logged"} <= _FINITE
    assert _is_claim(sentences("each step copies the whole list")[0])
    assert _is_claim(sentences("strlen rescans the string each pass")[0])


# -- "ties the answer to this code" ----------------------------------------------------------

def test_a_name_of_this_code_written_as_code_ties_the_answer_to_it() -> None:
    """`self.guard` is this code's and the question did not name it."""
    _, missing, _ = _grade("Both threads can read the same count, so one increment is lost; "
                           "hold `self.guard` around the read and the write.")
    assert not any(m.startswith("Ties the answer") for m in missing), missing


def test_names_of_other_code_or_of_the_question_tie_nothing() -> None:
    """Another program's names, this code's names said as plain words, and the names the
    question already quoted do not tie the answer to this code."""
    other = ("Both threads can read the same count, so one increment is lost; hold "
             "`self.cache_lock` around `store_visit` instead.")
    plain = ("Both threads can read the same count, so one increment is lost; guard the total "
             "with a lock.")
    quoted = ("Both threads can read the same count, so one increment is lost; put a lock "
              "around `self.hits.get(page, 0)`.")
    for answer in (other, plain, quoted):
        _, missing, _ = _grade(answer)
        assert any(m.startswith("Ties the answer") for m in missing), answer


# -- a point's phrasings are alternatives ------------------------------------------------------

def test_one_phrasing_of_a_point_about_code_makes_it() -> None:
    """The fix point lists five ways of saying it; a terse answer says one (it was read as a
    bag of words, half of which had to be said)."""
    score, missing, _ = _grade("two threads interleave between get and set, one increment lost, "
                               "count ends too low. make the update atomic inside "
                               "`record_visit`.")
    assert not missing and score == 10, (score, missing)


def test_a_model_answers_words_are_still_made_in_proportion() -> None:
    """Against a model answer (no code asked about) a point is still its bag of words."""
    rubric = Rubric([KeyPoint("k1", "the lock makes the read and the write one atomic step",
                              ["lock", "read", "write", "atomic", "step"])], [], None)
    one = grade_answer("Why use a lock?", "Because of the lock.", rubric)
    assert one.missing


def test_a_wrong_claim_still_caps_an_answer_that_says_the_right_words() -> None:
    score, _, _ = _grade("No increment is lost in practice: the GIL makes the read and the write "
                         "atomic, so a mutex around `record_visit` is only for style.")
    assert score <= 3


# -- a denial is of the point's subject, not of another clause's -------------------------------

POOL_POINT = "The task submits to the same bounded pool it runs on and blocks on `result()`"


def test_another_clause_denying_a_word_of_the_point_denies_nothing() -> None:
    assert denied_point("all workers block in result() and the queued jobs never run.",
                        [POOL_POINT], []) is None


def test_a_clause_that_denies_the_point_itself_still_does() -> None:
    assert denied_point("the task never blocks on result(), the same pool runs it.",
                        [POOL_POINT], []) is not None
