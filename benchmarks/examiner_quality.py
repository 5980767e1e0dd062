"""Benchmark: the examiner's judgement over the development corpus, and short-answer agreement.

Prints, over tests/server/examiner/corpus/: the share of first questions about the expected
kind, the mean strong score, min and mean of (strong - non-answer), % strong > wrong,
% strong > keywords, max (injection - non-answer), questions with a false premise; then
Pearson r of grade_answer (Rubric.from_model_answer) against the hand grades in
short_answers.toml, beside a bag-of-words cosine baseline; then timings: grading, and ruff's
subprocess (part of analysis, which runs once per file version in a worker thread).

    .venv/bin/python benchmarks/examiner_quality.py
    .venv/bin/python benchmarks/examiner_quality.py --verbose   # per-case scores and misses
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "server" / "examiner"))

from corpus import load_cases, load_short_answers
from quality import pearson, run_case, short_scores

from server.examiner.analysis.ruff import ruff_binary, ruff_diagnostics
from server.examiner.grading import grade


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.0f}%" if whole else "-"


def corpus_figures(verbose: bool) -> bool:
    """Print the corpus figures; True when every target is met."""
    results = [r for r in (run_case(c) for c in load_cases()) if r is not None]
    n = len(results)
    strong = [r.scores["strong"] for r in results]
    gaps = [r.scores["strong"] - r.scores["non_answer"] for r in results]
    beats_wrong = sum(r.scores["strong"] > r.scores["wrong"] for r in results)
    beats_keywords = sum(r.scores["strong"] > r.scores["keywords"] for r in results)
    beats_generic = sum(r.scores["strong"] > r.scores["generic"] for r in results)
    injection = max(r.scores["injection"] - r.scores["non_answer"] for r in results)
    kinds = sum(r.kind_ok for r in results)
    false = [r for r in results if r.false_facts]
    print(f"cases                          {n}")
    print(f"question of the expected kind  {kinds}/{n} ({_pct(kinds, n)})")
    print(f"questions with a false premise {len(false)}")
    print(f"mean strong score              {statistics.mean(strong):.2f}   (target >= 7)")
    print(f"strong - non-answer: min/mean  {min(gaps)} / {statistics.mean(gaps):.2f}   "
          "(target min >= 5)")
    print(f"strong > wrong                 {_pct(beats_wrong, n)}   (target >= 90%)")
    print(f"strong > keywords              {_pct(beats_keywords, n)}   (target >= 90%)")
    print(f"strong > generic               {_pct(beats_generic, n)}")
    print(f"max injection - non-answer     {injection}   (target <= 1)")
    if verbose:
        for r in results:
            mark = "" if r.kind_ok else f"  MISS expected {r.case.expect_kind}"
            print(f"  {r.case.id:28} {r.question.kind:22} {r.scores}{mark}")
    return (statistics.mean(strong) >= 7 and min(gaps) >= 5 and beats_wrong >= 0.9 * n
            and beats_keywords >= 0.9 * n and injection <= 1 and not false)


def short_figures() -> bool:
    """Print Pearson r against the hand grades; True when r >= 0.6."""
    items = load_short_answers()
    if not items:
        print("short answers                  none yet")
        return False
    hand, ours, cosine = short_scores(items)
    r_ours, r_cosine = pearson(ours, hand), pearson(cosine, hand)
    print(f"short answers                  {len(items)} hand-graded")
    print(f"Pearson r, grade_answer        {r_ours:.3f}   (target >= 0.6)")
    print(f"Pearson r, bag-of-words cosine {r_cosine:.3f}   (baseline)")
    return r_ours >= 0.6


def timings() -> None:
    """Grading latency over the corpus answers, and ruff's subprocess on a 1,000-line file."""
    cases = list(load_cases())
    graded: list[float] = []
    for case in cases:
        result = run_case(case)
        if result is None:
            continue
        for answer in case.answers.values():
            started = time.perf_counter()
            grade(result.question, answer, case.code)
            graded.append((time.perf_counter() - started) * 1000)
    graded.sort()
    p99 = graded[min(len(graded) - 1, round(0.99 * (len(graded) - 1)))]
    print(f"grading: median {statistics.median(graded):.2f} ms, p99 {p99:.2f} ms "
          f"over {len(graded)} answers")
    if ruff_binary() is None:
        print("ruff: not installed (Python findings from ast only)")
        return
    source = "\n".join(f"def f{i}(x, y=[]):\n    y.append(x)\n    return eval(x)\n"
                       for i in range(250))
    runs: list[float] = []
    for n in range(10):
        started = time.perf_counter()
        ruff_diagnostics(source + f"\n# run {n}\n", "bench.py")  # distinct text: no cache hit
        runs.append((time.perf_counter() - started) * 1000)
    started = time.perf_counter()
    ruff_diagnostics(source + "\n# run 0\n", "bench.py")
    cached = (time.perf_counter() - started) * 1000
    print(f"ruff on {len(source.splitlines())} lines: median {statistics.median(runs):.1f} ms, "
          f"max {max(runs):.1f} ms; cached {cached:.3f} ms")


def main(argv: list[str] | None = None) -> int:
    """Print every figure; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="per-case scores")
    args = parser.parse_args(argv)
    ok = corpus_figures(args.verbose)
    ok = short_figures() and ok
    timings()
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
