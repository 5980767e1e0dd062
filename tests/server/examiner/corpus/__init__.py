"""The examiner's development corpus: code changes with six graded answers each, and short answers."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CORPUS_DIR = Path(__file__).resolve().parent
SHORT_ANSWERS_FILE = CORPUS_DIR / "short_answers.toml"
ANSWER_LEVELS = ("strong", "generic", "wrong", "keywords", "non_answer", "injection")
LANGUAGES = ("python", "javascript", "typescript", "go", "java")
KINDS = (
    "sql_injection",
    "command_injection",
    "code_injection",
    "unsafe_deserialization",
    "path_traversal",
    "hardcoded_secret",
    "insecure_random",
    "xss",
    "mutable_default",
    "shared_mutable_state",
    "race_condition",
    "late_binding",
    "equality_bug",
    "swallowed_exception",
    "unhandled_error",
    "resource_leak",
    "blocking_in_async",
    "complexity",
    "recursion",
    "design",
    "function",
)


@dataclass(frozen=True)
class Case:
    """One change in the corpus, the question an expert asks about it, and six answers."""

    id: str
    language: str
    path: str
    expect_kind: str
    expect_identifier: str
    expect_line: int
    question: str
    before: str
    code: str
    answers: dict[str, str]


@dataclass(frozen=True)
class ShortItem:
    """A general CS question, its model answer, one candidate answer and a hand grade (0-10)."""

    id: str
    question: str
    model_answer: str
    answer: str
    grade: float


def case_files() -> list[Path]:
    """Return the case files, sorted by name (every *.toml but the short answers)."""
    return sorted(p for p in CORPUS_DIR.glob("*.toml") if p.name != SHORT_ANSWERS_FILE.name)


def load_case(path: Path) -> Case:
    """Parse one case file; raise ValueError naming the file if a field is missing."""
    with path.open("rb") as handle:
        data = tomllib.load(handle)
    try:
        return Case(
            id=str(data["id"]),
            language=str(data["language"]),
            path=str(data["path"]),
            expect_kind=str(data["expect_kind"]),
            expect_identifier=str(data["expect_identifier"]),
            expect_line=int(data["expect_line"]),
            question=str(data["question"]),
            before=str(data.get("before", "")),
            code=str(data["code"]),
            answers={str(k): str(v) for k, v in data["answers"].items()},
        )
    except KeyError as exc:
        raise ValueError(f"{path.name}: missing field {exc.args[0]!r}") from exc


def load_cases() -> list[Case]:
    """Return every case in the corpus, sorted by file name."""
    return [load_case(p) for p in case_files()]


def _short_entries(data: dict[str, Any]) -> list[dict[str, Any]]:
    # The short-answer file is written by another helper: accept any top-level array of
    # tables, and questions that nest their answers under `answers`.
    for value in data.values():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            return value
    return []


def load_short_answers() -> list[ShortItem]:
    """Return the hand-graded short answers, or [] if short_answers.toml does not exist yet."""
    if not SHORT_ANSWERS_FILE.exists():
        return []
    with SHORT_ANSWERS_FILE.open("rb") as handle:
        data = tomllib.load(handle)
    items: list[ShortItem] = []
    for n, entry in enumerate(_short_entries(data)):
        nested = entry.get("answers")
        if isinstance(nested, list):
            for m, sub in enumerate(nested):
                items.append(
                    ShortItem(
                        id=str(sub.get("id", f"{entry.get('id', n)}-{m}")),
                        question=str(entry["question"]),
                        model_answer=str(entry["model_answer"]),
                        answer=str(sub["answer"]),
                        grade=float(sub["grade"]),
                    )
                )
        else:
            items.append(
                ShortItem(
                    id=str(entry.get("id", n)),
                    question=str(entry["question"]),
                    model_answer=str(entry["model_answer"]),
                    answer=str(entry["answer"]),
                    grade=float(entry["grade"]),
                )
            )
    return items
