"""Offline questions over a corpus of changes in eight languages: grounded, varied, no repeats."""

from __future__ import annotations

import re
import time

from server.examiner import SKILLS, AskContext, OfflineExaminer, analyse, changed_lines
from server.examiner.questions import is_repeat


async def _ask_all(change, limit: int = 40):  # type: ignore[no-untyped-def]
    findings = analyse(change.path, change.before, change.after)
    examiner = OfflineExaminer()
    asked: list[str] = []
    questions = []
    for _ in range(limit):
        question = await examiner.ask(AskContext(1, findings, asked=asked))
        if question is None:
            break
        questions.append(question)
        asked.append(question.text)
    return findings, questions


async def test_every_question_names_a_path_line_and_identifier_from_the_change(corpus) -> None:
    """Path, line and identifier come from a finding, appear in the text and in the code."""
    for change in corpus:
        findings, questions = await _ask_all(change)
        assert questions, f"no question for {change.path}"
        grounded = {(f.path, f.line, f.identifier) for f in findings}
        lines = change.after.splitlines()
        for q in questions:
            assert (q.path, q.line, q.identifier) in grounded
            assert q.path == change.path and 1 <= q.line <= len(lines)
            assert q.path in q.text and str(q.line) in q.text and q.identifier in q.text
            assert re.search(rf"\b{re.escape(q.identifier)}\b", change.after)
            assert q.expected, q.text


async def test_questions_in_a_session_never_repeat(corpus) -> None:
    """Asking until nothing is left yields distinct, not-near-duplicate questions."""
    for change in corpus:
        _, questions = await _ask_all(change)
        texts = [q.text for q in questions]
        assert len(texts) == len(set(texts))
        for n, text in enumerate(texts):
            assert not is_repeat(text, texts[:n]), text


async def test_the_first_questions_spread_over_different_skills(corpus) -> None:
    """The first four questions about one change cover at least three skills."""
    for change in corpus:
        _, questions = await _ask_all(change, limit=4)
        if len(questions) >= 4:
            assert len({q.skill for q in questions}) >= 3, change.path


async def test_the_corpus_draws_all_twelve_kinds_of_question(corpus) -> None:
    """Complexity, edge cases, errors, recursion, data structures, API, mutation, concurrency,
    resources, testing, security and performance are all asked somewhere."""
    skills = set()
    for change in corpus:
        _, questions = await _ask_all(change)
        skills |= {q.skill for q in questions}
    assert skills == set(SKILLS) and len(SKILLS) >= 12


async def test_questions_use_the_code_facts(corpus) -> None:
    """The complexity question states the real nesting; the error question names the raise."""
    _, questions = await _ask_all(corpus[0])
    by_skill = {}
    for q in questions:
        by_skill.setdefault(q.skill, q)
    assert "nested 2 deep" in by_skill["complexity"].text
    assert "O(n^2)" in by_skill["complexity"].expected
    raised = [q for q in questions if q.kind == "raise"]
    assert raised and "LookupError" in raised[0].expected


async def test_a_question_is_asked_only_about_changed_code() -> None:
    """An unchanged function never gets a question; editing it does."""
    before = "def a(xs):\n    return sorted(xs)\n\n\ndef b(ys):\n    return ys\n"
    after = before.replace("return ys", "for y in ys:\n        print(y)\n    return ys")
    findings = analyse("m.py", before, after)
    assert {f.identifier for f in findings} == {"b"}
    assert changed_lines(before, after) == {6, 7}
    assert await OfflineExaminer().ask(AskContext(1, [], asked=[])) is None


async def test_asking_takes_milliseconds(corpus) -> None:
    """Analysis plus a question, over the whole corpus, stays far below a second."""
    started = time.perf_counter()
    for change in corpus:
        findings = analyse(change.path, change.before, change.after)
        await OfflineExaminer().ask(AskContext(1, findings))
    assert time.perf_counter() - started < 0.5
