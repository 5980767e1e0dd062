"""Benchmark: the grading core on graded answers about code, with the code's fact sheet.

Reads JSON lines, one graded answer each:
`{"id", "question_id", "language", "code", "question", "model_answer", "key_points": [...],
"answer", "grade": 0-10, "label": "correct"|"partial"|"wrong"|"fluent_false"}`, grades every
answer the way `POST /grade` does with `code` and `language` (the model answer and key points
as the rubric, the code's fact sheet checking the answer's claims), and prints, for our grader
and for two bag-of-words cosine baselines (to the model answer; to the nearest of the model
answer and the key points): Spearman rho against `grade`, AUC correct-vs-rest, the mean score
by label, and per question the gap (mean correct - mean fluent_false) with how many questions
have a gap of at least 2 (the baselines' cosines are scaled to 0-10 for the gap). With `--run`,
each snippet is also run once in the sandbox (bubblewrap, as `POST /grade` does) and our grader
is scored a second time with what it printed.

    .venv/bin/python benchmarks/grading_heldout.py                       # the held-out set
    .venv/bin/python benchmarks/grading_heldout.py benchmarks/grading_dev.jsonl   # development
    .venv/bin/python benchmarks/grading_heldout.py FILE --run      # and with the code's output
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from grading_beetle import auc, bow_cosine, spearman

from server.examiner.grading import grade_against
from server.testruns.sandbox import make_executor
from server.testruns.snippets import SnippetRunner

DEFAULT = Path(__file__).resolve().parent / "heldout" / "answers.jsonl"
LABELS = ("correct", "partial", "wrong", "fluent_false")
LANGUAGES = ("python", "javascript", "typescript", "go", "java", "c", "cpp", "rust")
ALIASES = {"py": "python", "js": "javascript", "node": "javascript", "ts": "typescript",
           "golang": "go", "c++": "cpp", "cxx": "cpp", "rs": "rust"}


@dataclass(frozen=True)
class Row:
    """One graded answer about a piece of code."""

    id: str
    question_id: str
    language: str
    code: str
    question: str
    model_answer: str
    key_points: tuple[str, ...]
    answer: str
    grade: float
    label: str


def load(path: Path) -> tuple[list[Row], list[str]]:
    """The rows of a JSON-lines file, and a note for each line that is not a valid row."""
    rows: list[Row] = []
    problems: list[str] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            label = str(raw["label"])
            if label not in LABELS:
                raise ValueError(f"unknown label {label!r}")
            language = str(raw.get("language") or "python").strip().lower()
            language = ALIASES.get(language, language)
            rows.append(Row(str(raw.get("id", n)), str(raw["question_id"]),
                            language,
                            str(raw.get("code") or ""), str(raw["question"]),
                            str(raw.get("model_answer") or ""),
                            tuple(str(k) for k in raw.get("key_points") or [] if str(k).strip()),
                            str(raw["answer"]), float(raw["grade"]), label))
        except (ValueError, KeyError, TypeError) as exc:
            problems.append(f"line {n}: {exc}")
    return rows, problems


def ours(row: Row, output: str | None = None) -> float:
    """Our grade, 0-10, with the code's fact sheet (none for a language it cannot read) and,
    when given, what the code printed."""
    models = [row.model_answer] if row.model_answer.strip() else []
    code = row.code if row.language in LANGUAGES else ""
    return float(grade_against(row.question, row.answer, models, list(row.key_points) or None,
                               code=code, language=row.language, output=output).score)


def run_snippets(rows: list[Row]) -> dict[tuple[str, str], str | None]:
    """What each distinct snippet printed in the sandbox (None: not run, or no steady output)."""
    executor, reason = make_executor("bwrap")
    if executor is None:
        sys.exit(f"--run needs the sandbox: {reason}")
    runner = SnippetRunner(executor)

    async def observe_all() -> dict[tuple[str, str], str | None]:
        out: dict[tuple[str, str], str | None] = {}
        for row in rows:
            key = (row.language, row.code)
            if key not in out:
                seen = await runner.observe(row.code, row.language, slot=0) if row.code else None
                out[key] = seen.output if seen is not None else None
        return out
    return asyncio.run(observe_all())


def cosine_model(row: Row) -> float:
    """Bag-of-words cosine to the model answer, scaled to 0-10."""
    return 10 * bow_cosine(row.answer, row.model_answer or " ".join(row.key_points))


def cosine_nearest(row: Row) -> float:
    """Bag-of-words cosine to the nearest of the model answer and the key points, 0-10."""
    refs = [r for r in (row.model_answer, *row.key_points) if r.strip()]
    return 10 * max((bow_cosine(row.answer, r) for r in refs), default=0.0)


SCORERS: dict[str, Callable[[Row], float]] = {
    "viva grader (with fact sheet)": ours,
    "bow cosine, model answer": cosine_model,
    "bow cosine, nearest reference": cosine_nearest,
}


def figures(rows: list[Row], scores: list[float]) -> dict[str, object]:
    """rho, AUC, mean by label, and the per-question correct - fluent_false gaps."""
    by_label: dict[str, list[float]] = defaultdict(list)
    per_question: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    for row, score in zip(rows, scores, strict=True):
        by_label[row.label].append(score)
        per_question[row.question_id][row.label].append(score)
    gaps = {q: statistics.mean(v["correct"]) - statistics.mean(v["fluent_false"])
            for q, v in per_question.items() if v["correct"] and v["fluent_false"]}
    return {
        "rho": spearman(scores, [r.grade for r in rows]),
        "auc": auc(scores, [r.label == "correct" for r in rows]),
        "means": {lab: statistics.mean(by_label[lab]) for lab in LABELS if by_label[lab]},
        "gaps": gaps,
    }


def main() -> None:
    """Parse the arguments and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--per-question", action="store_true",
                        help="print each question's gap for every scorer")
    parser.add_argument("--run", action="store_true",
                        help="also grade with what each snippet prints, run in the sandbox")
    args = parser.parse_args()
    if not args.file.is_file():
        sys.exit(f"no such file: {args.file}")
    rows, problems = load(args.file)
    for problem in problems:
        print(f"skipped {problem}", file=sys.stderr)
    if not rows:
        sys.exit("no valid rows")
    counts = {lab: sum(r.label == lab for r in rows) for lab in LABELS}
    print(f"{args.file}: {len(rows)} answers, {len({r.question_id for r in rows})} questions "
          f"({', '.join(f'{k} {v}' for k, v in counts.items())})")
    print(f"  {'scorer':32} {'rho':>6} {'AUC':>6}  " + " ".join(f"{lab:>12}" for lab in LABELS)
          + "  gap>=2")
    scorers = dict(SCORERS)
    if args.run:
        outputs = run_snippets(rows)
        ran = sum(1 for v in outputs.values() if v and v.strip())
        print(f"  snippets run with output: {ran}/{len(outputs)}")
        scorers = {"viva grader (with fact sheet)": ours,
                   "viva grader (and the run's output)":
                       lambda r: ours(r, outputs.get((r.language, r.code))),
                   **{k: v for k, v in SCORERS.items() if k != "viva grader (with fact sheet)"}}
    for name, scorer in scorers.items():
        out = figures(rows, [scorer(r) for r in rows])
        means = out["means"]
        gaps = out["gaps"]
        assert isinstance(means, dict) and isinstance(gaps, dict)
        cells = " ".join(f"{means[lab]:12.2f}" if lab in means else f"{'-':>12}"
                         for lab in LABELS)
        wide = sum(1 for g in gaps.values() if g >= 2)
        print(f"  {name:32} {out['rho']:6.3f} {out['auc']:6.3f}  {cells}  "
              f"{wide}/{len(gaps)}")
        if args.per_question:
            for q, gap in sorted(gaps.items()):
                print(f"      {q:40} gap {gap:5.2f}")


if __name__ == "__main__":
    main()
