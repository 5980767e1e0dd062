"""Offline questions over a corpus of changes in eight languages: grounded, varied, no repeats."""

from __future__ import annotations

import re

from server.examiner import SKILLS, AskContext, OfflineExaminer, analyse, changed_lines
from server.examiner.kinds import KINDS
from server.examiner.prompts import ordered_findings
from server.examiner.questions import importance, is_repeat


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


async def test_the_first_question_is_about_the_most_important_finding(corpus) -> None:
    """Findings on changed lines first, then by the rank of their kind (security first; an
    open cost question after the questions that find something)."""
    for change in corpus:
        findings, questions = await _ask_all(change, limit=1)
        ranked = [(not f.facts.in_change, importance(f)) for f in findings
                  if f.kind in KINDS]
        first = next(f for f in findings if (f.path, f.line, f.identifier, f.kind) ==
                     (questions[0].path, questions[0].line, questions[0].identifier,
                      questions[0].kind))
        assert (not first.facts.in_change, importance(first)) == min(ranked)


async def test_the_corpus_draws_many_kinds_of_question(corpus) -> None:
    """Security, error handling, resources, complexity, recursion, ... are all asked somewhere,
    and every question belongs to one of the skills the report groups by."""
    kinds, skills = set(), set()
    for change in corpus:
        _, questions = await _ask_all(change)
        kinds |= {q.kind for q in questions}
        skills |= {q.skill for q in questions}
    assert len(kinds) >= 8 and skills <= set(SKILLS)
    assert {"sql_injection", "complexity", "recursion", "resource_leak"} <= kinds


async def test_questions_use_the_code_facts(corpus) -> None:
    """The complexity question states how the cost is derived, never a nesting depth."""
    _, questions = await _ask_all(corpus[0])
    complexity = next(q for q in questions if q.kind == "complexity")
    assert "for each item of `items` the inner loop walks `items` again" in complexity.text
    assert "deep" not in complexity.text and complexity.facts["complexity"] == "O(n^2)"
    assert complexity.rubric.about is not None
    assert complexity.rubric.about.identifier == "find_pairs"
    assert any("O(n^2)" in k.evidence for k in complexity.rubric.key_points)


async def test_a_question_is_asked_only_about_changed_code() -> None:
    """An unchanged function never gets a question; editing it does."""
    before = "def a(xs):\n    return sorted(xs)\n\n\ndef b(ys):\n    return ys\n"
    after = before.replace("return ys", "for y in ys:\n        print(y)\n    return ys")
    findings = analyse("m.py", before, after)
    assert {f.identifier for f in findings} == {"b"}
    assert changed_lines(before, after) == {6, 7}
    assert await OfflineExaminer().ask(AskContext(1, [], asked=[])) is None


def test_an_earlier_question_is_recognised_by_what_was_stored_not_its_words() -> None:
    """A question about the same place and kind is not asked again, however it was worded; the
    same kind about another function still is."""
    from server.examiner import Asked
    from server.examiner.questions import choose_question

    source = ("def load(p):\n    return eval(p)\n\n\n"
              "def save(p):\n    return eval(p)\n")
    findings = analyse("m.py", None, source)
    first = choose_question(findings, [])
    assert first is not None and first.kind == "code_injection"
    stored = Asked(first.path, first.line, first.identifier, first.kind, "reworded by a model")
    second = choose_question(findings, ["reworded by a model"], [stored])
    assert second is not None and second.identifier != first.identifier
    assert second.kind == "code_injection"


_PARSE_BEFORE = '''def parse_log(lines):
    requests = []
    bad = 0
    for line in lines:
        request = parse(line)
        if request is None:
            bad += 1
            continue
        requests = requests + [request]
    return requests, bad
'''
_PARSE_AFTER = _PARSE_BEFORE.replace(
    "    for line in lines:\n        request = parse(line)\n",
    "    for raw in lines:\n        line = raw.rstrip()\n        if not line:\n            bad += 1\n"
    "            continue\n        request = parse(line)\n")


def test_a_defect_in_the_function_just_edited_comes_before_a_question_about_its_inputs() -> None:
    """The edit touched the loop's head; the quadratic rebuild lies lower in the same function,
    on a line the edit left alone. It is asked about, not "which inputs could break it"."""
    findings = analyse("log.py", _PARSE_BEFORE, _PARSE_AFTER)
    rebuilt = [f for f in findings if f.kind == "quadratic"]
    assert rebuilt and not rebuilt[0].facts.in_change
    question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=findings))
    assert question is not None and question.kind == "quadratic", question
    # with nothing wrong in the function, the question about the change is still asked
    clean = _PARSE_AFTER.replace("requests = requests + [request]", "requests.append(request)")
    plain = OfflineExaminer().ask_now(AskContext(session_id=0, findings=analyse(
        "log.py", _PARSE_BEFORE.replace("requests = requests + [request]",
                                        "requests.append(request)"), clean)))
    assert plain is not None and plain.kind != "quadratic"


_POLL = '''import time


def wait_for(path):
    deadline = time.time() + 5
    while time.time() < deadline:
        f = open(path)
        data = f.read()
        if data:
            return data
        time.sleep(0.1)
    return None
'''


def test_the_llm_prompt_lists_findings_in_the_offline_asking_order() -> None:
    """A wall-clock timeout (severity info, of a kind ranked above resources) waits behind the
    file that is never closed, in the offline order and in the order the prompt lists."""
    findings = analyse("poll.py", None, _POLL)
    kinds = [f.kind for f in ordered_findings(findings)]
    assert kinds.index("resource_leak") < kinds.index("wrong_result"), kinds
    question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=findings))
    assert question is not None and question.kind == kinds[0] == "resource_leak"


_IMPORT = '''import csv


def section_of(conn, name):
    return conn.execute("SELECT id FROM sections WHERE name = ?", (name,)).fetchone()[0]


def load_entries(conn, path, limits):
    kept, rejected = [], []
    with open(path, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            try:
                weeks = int(row["age"])
                section = section_of(conn, row["section"])
                if weeks < limits[row["kind"]]:
                    raise ValueError("too young")
            except ValueError or KeyError as exc:
                rejected.append((row, str(exc)))
                continue
            kept.append((section, row["name"]))
    return kept, rejected
'''


def test_a_handler_that_misses_an_error_is_asked_before_a_cost() -> None:
    """A query per row costs time at scale; `except ValueError or KeyError` lets an unknown
    kind's KeyError end the import on ordinary input, so it is asked first."""
    findings = analyse("entries.py", None, _IMPORT)
    kinds = [f.kind for f in ordered_findings(findings)]
    assert "quadratic" in kinds, kinds
    question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=findings))
    assert question is not None and question.kind == "ignored_error", kinds


_EMPTY_CATCH = '''async function release(lock, trx) {
  try {
    await lock.free(trx);
  } catch (e) {}
  return trx;
}
'''


def test_an_error_dropped_under_the_authors_own_lint_suppression_is_not_asked_about() -> None:
    """`// eslint-disable-next-line no-empty` says the empty catch is meant: no question asks
    the author what they have answered. A suppression of another lint keeps the question."""
    def dropped(code: str) -> list[int]:
        return [f.line for f in analyse("release.js", None, code)
                if f.kind == "swallowed_exception"]
    assert dropped(_EMPTY_CATCH) == [4]
    meant = _EMPTY_CATCH.replace("  } catch (e) {}",
                                 "    // eslint-disable-next-line no-empty\n  } catch (e) {}")
    assert dropped(meant) == []
    other = _EMPTY_CATCH.replace("  } catch (e) {}",
                                 "    // eslint-disable-next-line no-console\n  } catch (e) {}")
    assert dropped(other) == [5]



_DEMO_GO = '''package main

import (
	"fmt"
	"sync"
)

type Tally struct {
	counts map[string]int
}

func (t *Tally) AddAll(names []string) {
	var wg sync.WaitGroup
	for _, n := range names {
		wg.Add(1)
		go func(n string) {
			defer wg.Done()
			t.counts[n]++
		}(n)
	}
	wg.Wait()
}

func main() {
	names := []string{"a", "b", "c"}
	for i := 0; i <= len(names); i++ {
		fmt.Println(names[i])
	}
	t := &Tally{counts: map[string]int{}}
	t.AddAll(names)
	fmt.Println(t.counts)
}
'''

_DEMO_PY = '''import csv
import subprocess
import sys


def distinct_names(rows):
    seen = []
    for row in rows:
        if row["name"] not in seen:
            seen.append(row["name"])
    return seen


if __name__ == "__main__":
    handle = open(sys.argv[1], newline="")
    print(distinct_names(csv.DictReader(handle)))
'''


def _first(path: str, code: str):  # type: ignore[no-untyped-def]
    findings = analyse(path, None, code)
    question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=findings))
    assert question is not None
    return findings, question


def test_a_defect_in_the_programs_entry_point_waits_behind_one_in_its_work() -> None:
    """`main` and Python's `__main__` block wire the program up and demonstrate it: a race in
    the method `main` calls, a list searched per row, are the program's own work and are
    asked before the index past the end in `main` and the file the `__main__` block leaves
    open, which outrank them elsewhere. With nothing else found, they are asked."""
    findings, question = _first("tally.go", _DEMO_GO)
    assert {(f.kind, f.identifier) for f in findings} >= {("race_condition", "AddAll"),
                                                          ("wrong_result", "main")}
    assert (question.kind, question.identifier) == ("race_condition", "AddAll")
    _, question = _first("tally.go", _DEMO_GO.replace("t.counts[n]++", "fmt.Println(n)"))
    assert (question.kind, question.identifier) == ("wrong_result", "main")

    findings, question = _first("names.py", _DEMO_PY)
    entry = {f.kind for f in findings if f.facts.place is not None and f.facts.place.entry}
    assert "resource_leak" in entry and all(
        f.line > 14 for f in findings if f.facts.place is not None and f.facts.place.entry)
    assert (question.kind, question.identifier) == ("quadratic", "distinct_names")
    fixed = _DEMO_PY.replace("    seen = []", "    seen = set()").replace("seen.append", "seen.add")
    _, question = _first("names.py", fixed)
    assert question.kind == "resource_leak" and question.line == 15


def test_a_security_finding_in_the_entry_point_is_not_put_off() -> None:
    """A shell command built from the program's arguments is one wherever it is written."""
    code = _DEMO_PY.replace("    handle = open(sys.argv[1], newline=\"\")\n",
                            "    subprocess.run(f\"gunzip {sys.argv[1]}\", shell=True)\n"
                            "    handle = open(sys.argv[1], newline=\"\")\n")
    assert code != _DEMO_PY
    _, question = _first("names.py", code)
    assert question.kind == "command_injection" and question.line == 15, question


_ASYNC_DEMO_PY = '''import asyncio
import json
import requests


async def fetch_all(urls):
    out = []
    for url in urls:
        out.append(requests.get(url, timeout=5).text)
    return out


def main():
    pages = asyncio.run(fetch_all(["https://example.com/a", "https://example.com/b"]))
    with open("/tmp/pages.json", "w") as fh:
        json.dump(pages, fh)


if __name__ == "__main__":
    main()
'''


def test_a_context_hazard_in_the_entry_point_waits_behind_the_works_defect() -> None:
    """A fixed name in the shared temporary directory, written by the demo in `main`, hangs on
    the machine the demo runs on: the blocking call in the coroutine it demonstrates is asked
    first. Without that call the temporary path is still asked."""
    findings, question = _first("pages.py", _ASYNC_DEMO_PY)
    assert any(f.kind == "insecure_temp_file" and f.identifier == "main" for f in findings)
    assert (question.kind, question.identifier) == ("blocking_in_async", "fetch_all"), question
    calm = _ASYNC_DEMO_PY.replace("requests.get(url, timeout=5).text", "url.upper()")
    _, question = _first("pages.py", calm)
    assert (question.kind, question.identifier) == ("insecure_temp_file", "main"), question
