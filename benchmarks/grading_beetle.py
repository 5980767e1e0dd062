"""Benchmark: the grading core against people, on SemEval-2013 Task 7 (Beetle, SciEntsBank).

Prints, per split, AUC correct-vs-rest and Spearman rho against the ordinal labels, for our
grader (`POST /grade`'s core: every reference answer of the question as `model_answers`) and
for two bag-of-words cosine baselines: to the best reference (the first one marked BEST) and to
the nearest reference (the highest cosine over all of them).

Ordinal labels. Beetle (5-way): correct 2; partially_correct_incomplete 1; contradictory,
irrelevant and non_domain 0. SciEntsBank (3-way only): correct 2, incorrect 1 (not the answer,
but not against it), contradictory 0. "Correct vs rest" is label == correct in both.

Develop on `train` only (`--split train`); the test splits are for reporting, never tuning.

    .venv/bin/python benchmarks/grading_beetle.py                 # every test split
    .venv/bin/python benchmarks/grading_beetle.py --split train   # development figures
"""

from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from server.examiner.grading import grade_against

DATA = ROOT.parent / "shared" / "data" / "semeval2013-beetle"  # ../shared beside the repository
BEETLE_ORDINAL = {"correct": 2, "partially_correct_incomplete": 1, "contradictory": 0,
                  "irrelevant": 0, "non_domain": 0}
SCIENTSBANK_ORDINAL = {"correct": 2, "incorrect": 1, "contradictory": 0}
TEST_SPLITS = ("test-unseen-answers", "test-unseen-questions")
SCIENTSBANK_SPLITS = ("test-unseen-answers", "test-unseen-questions", "test-unseen-domains")


@dataclass(frozen=True)
class Item:
    """One graded student answer with its question's references."""

    question: str
    references: tuple[str, ...]
    best: str
    answer: str
    label: str
    ordinal: int


def load_beetle(root: Path, split: str) -> list[Item]:
    """Beetle answers of one split (the 5-way labels)."""
    questions = {}
    with (root / "questions.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            refs = [r.strip() for r in row["reference_answers"].split("||")]
            cats = [c.strip() for c in row["reference_categories"].split("||")]
            best = next((r for r, c in zip(refs, cats, strict=False) if c == "BEST"), refs[0])
            questions[row["id"]] = (row["question"], tuple(refs), best)
    out = []
    with (root / "answers.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["split"] != split or row["question_id"] not in questions:
                continue
            question, refs, best = questions[row["question_id"]]
            out.append(Item(question, refs, best, row["answer"], row["label"],
                            BEETLE_ORDINAL[row["label"]]))
    return out


def load_scientsbank(root: Path, split: str) -> list[Item]:
    """SciEntsBank answers of one split (3-way labels, one reference per question)."""
    base = root / "scientsbank-3way"
    questions = {}
    with (base / "scientsbank_3way_questions.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            refs = tuple(r.strip() for r in row["reference_answers"].split("||"))
            questions[row["id"]] = (row["question"], refs, refs[0])
    out = []
    with (base / "scientsbank_3way_answers.csv").open(newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row["split"] != split or row["question_id"] not in questions:
                continue
            question, refs, best = questions[row["question_id"]]
            label = row["label_3way"]
            out.append(Item(question, refs, best, row["answer"], label,
                            SCIENTSBANK_ORDINAL[label]))
    return out


def bow_cosine(answer: str, reference: str) -> float:
    """Bag-of-words cosine (lower-cased letters and digits, every word counted)."""
    a = Counter(re.findall(r"[a-z0-9]+", answer.lower()))
    b = Counter(re.findall(r"[a-z0-9]+", reference.lower()))
    dot = sum(a[k] * b[k] for k in a)
    norm = math.sqrt(sum(v * v for v in a.values())) * math.sqrt(sum(v * v for v in b.values()))
    return dot / norm if norm else 0.0


def ranks(values: Sequence[float]) -> list[float]:
    """Average ranks (ties share the mean of their positions), 1-based."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    out = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            out[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return out


def pearson(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Pearson's r (0 when either side is constant)."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    vx = math.sqrt(sum((x - mx) ** 2 for x in xs))
    vy = math.sqrt(sum((y - my) ** 2 for y in ys))
    return cov / (vx * vy) if vx and vy else 0.0


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rho: Pearson's r of the average ranks."""
    return pearson(ranks(xs), ranks(ys))


def auc(scores: Sequence[float], positive: Sequence[bool]) -> float:
    """Area under the ROC curve (Mann-Whitney, ties count half)."""
    r = ranks(scores)
    npos = sum(positive)
    nneg = len(positive) - npos
    if not npos or not nneg:
        return float("nan")
    total = sum(rank for rank, p in zip(r, positive, strict=True) if p)
    return (total - npos * (npos + 1) / 2) / (npos * nneg)


def ours(item: Item) -> float:
    """Our grader's 0-10 score, graded against every reference of the question."""
    return float(grade_against(item.question, item.answer, list(item.references)).score)


SCORERS = {
    "viva grader": ours,
    "bow cosine, best reference": lambda i: bow_cosine(i.answer, i.best),
    "bow cosine, nearest reference": lambda i: max(bow_cosine(i.answer, r) for r in i.references),
}


def report(name: str, items: list[Item]) -> None:
    """Print one split's figures for every scorer."""
    labels = Counter(i.label for i in items)
    print(f"\n{name}: {len(items)} answers ({', '.join(f'{k} {v}' for k, v in labels.items())})")
    print(f"  {'scorer':32} {'AUC correct-vs-rest':>20} {'Spearman rho':>13}")
    truth = [float(i.ordinal) for i in items]
    positive = [i.label == "correct" for i in items]
    for scorer, fn in SCORERS.items():
        scores = [fn(i) for i in items]
        print(f"  {scorer:32} {auc(scores, positive):20.3f} {spearman(scores, truth):13.3f}")


def splits(chosen: Iterable[str] | None, root: Path) -> list[tuple[str, list[Item]]]:
    """The (name, items) of each split to report."""
    wanted = list(chosen) if chosen else list(TEST_SPLITS)
    out = [(f"beetle {s}", load_beetle(root, s)) for s in wanted]
    if (root / "scientsbank-3way").is_dir():
        sb = wanted if chosen else list(SCIENTSBANK_SPLITS)
        out += [(f"scientsbank {s}", load_scientsbank(root, s)) for s in sb]
    return [(n, items) for n, items in out if items]


def main() -> None:
    """Parse the arguments and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--split", action="append",
                        help="a split to report (repeatable); default: every test split")
    args = parser.parse_args()
    for name, items in splits(args.split, args.data):
        report(name, items)


if __name__ == "__main__":
    main()
