"""Grade the live-rubrics probe: typed answers to the examiner's own first questions.

Each line of the probe is {"set", "id", "answer", "label"}: label is correct (complete and
right), partial, or false (fluent but wrong). The question is re-asked of the program in `set`
and each answer graded with `grade(question, answer, code)`.

    .venv/bin/python benchmarks/live_rubrics.py benchmarks/forms29/live_answers.jsonl [--verbose]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if not (ROOT / "server").is_dir():
    ROOT = Path.cwd()  # run from a worktree: its `server` package is the one graded
sys.path.insert(0, str(ROOT))

from server.examiner import AskContext, OfflineExaminer, analyse, language_of
from server.examiner.grading import grade

_EXTENSION = {"python": ".py", "javascript": ".js", "typescript": ".ts", "go": ".go",
              "java": ".java", "c": ".c", "cpp": ".cpp", "rust": ".rs"}


def _program(set_path: str, program_id: str) -> dict[str, object]:
    path = Path(set_path) if Path(set_path).exists() else ROOT / set_path
    for line in path.read_text().splitlines():
        program = json.loads(line)
        if program.get("id") == program_id:
            return dict(program)
    raise KeyError(f"{program_id} not in {set_path}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("probe", nargs="?", default=str(ROOT / "benchmarks/forms29/live_answers.jsonl"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    rows = [json.loads(line) for line in Path(args.probe).read_text().splitlines() if line.strip()]
    questions: dict[tuple[str, str], tuple[object, str]] = {}
    scores: dict[str, list[int]] = defaultdict(list)
    by_question: dict[tuple[str, str], list[tuple[str, int, str]]] = defaultdict(list)
    for row in rows:
        key = (row["set"], row["id"])
        if key not in questions:
            program = _program(*key)
            path, code = str(program.get("path") or "program"), str(program.get("code") or "")
            if language_of(path) != program.get("language"):
                path += _EXTENSION.get(str(program.get("language")), "")
            question = OfflineExaminer().ask_now(
                AskContext(session_id=0, findings=analyse(path, None, code)))
            questions[key] = (question, code)
        question, code = questions[key]
        evaluation = grade(question, row["answer"], code)  # type: ignore[arg-type]
        scores[row["label"]].append(evaluation.score)
        by_question[key].append((row["label"], evaluation.score, row["answer"]))
        if args.verbose:
            kind = getattr(question, "kind", "")
            print(f"{evaluation.score:>2} {row['label']:<8} {kind} {row['id']}: {row['answer'][:90]}"
                  f"\n     missing: {evaluation.missing}")
    for label in ("correct", "partial", "false"):
        got = scores.get(label, [])
        if got:
            print(f"{label:<8} n={len(got):>3} mean={sum(got) / len(got):.2f}")
    low = sum(1 for s in scores.get("correct", []) if s < 7)
    print(f"correct answers scoring below 7: {low} of {len(scores.get('correct', []))}")
    near = 0
    for answers in by_question.values():
        correct = [s for label, s, _ in answers if label == "correct"]
        if not correct:
            continue
        mean = sum(correct) / len(correct)
        near += sum(1 for label, s, _ in answers if label == "false" and s >= mean - 2)
    print(f"fluent-false answers within 2 of their question's correct mean: {near} of "
          f"{len(scores.get('false', []))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
