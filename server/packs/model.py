"""Pydantic models of an assessment pack (SPEC §7).

The models check shapes and single-field rules (types, ranges, slug pattern). Rules that
span fields (unique ids, skill references, the requires graph, answer ranges) live in
`server.packs.checks`, so every problem can be reported with the exact key it concerns.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Annotated, Any, Final, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from server.packs.checker import compile_checker
from viva.protocol import decimal_id, validate_path

DIFFICULTY_WORDS: Final[dict[str, int]] = {"easy": 1, "medium": 3, "hard": 5}
"""Words accepted wherever a 1-5 difficulty is expected."""

LETTERS: Final[str] = string.ascii_uppercase
"""Option letters: A is option 0."""

Difficulty = Annotated[int, Field(ge=1, le=5)]
Domain = Literal["software", "data", "ml"]


def difficulty_from(value: Any) -> Any:
    """Turn `easy`/`medium`/`hard` (or a digit string) into 1-5; leave other values alone."""
    if isinstance(value, str):
        word = value.strip().lower()
        if word in DIFFICULTY_WORDS:
            return DIFFICULTY_WORDS[word]
        if (number := decimal_id(word)) is not None:
            return number
    return value


def answer_index(value: Any) -> Any:
    """Turn an answer letter (`"B"`) or digit string into a 0-based index."""
    # pydantic reports only ValueError as a validation error, hence not TypeError here.
    if isinstance(value, list | tuple):
        message = f"exactly one correct answer is required, got {len(value)}"
        raise ValueError(message)  # noqa: TRY004
    if isinstance(value, bool):
        raise ValueError("answer must be a letter A-D or a 0-based option index")  # noqa: TRY004
    if isinstance(value, str):
        text = value.strip()
        if len(text) == 1 and text.upper() in LETTERS:
            return LETTERS.index(text.upper())
        if (number := decimal_id(text)) is not None:
            return number
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)


class Task(_Model):
    """The coding task: a Markdown description and starter files."""

    description: str = Field(min_length=1)
    files: dict[str, str] = Field(default_factory=dict)
    main_file: str | None = None
    """The file the older flat protocol's `code` maps to; default: the first file."""

    @property
    def main_path(self) -> str | None:
        """The main file's path: `main_file`, else the first starter file, else None."""
        if self.main_file:
            return self.main_file
        return next(iter(self.files), None)


class ExaminerOverrides(_Model):
    """Per-pack overrides of the examiner's triggers (SPEC §6)."""

    min_code_change_lines: int | None = Field(default=None, ge=1)
    min_time_between_interactions: int | None = Field(default=None, ge=0)
    max_open_questions: int | None = Field(default=None, ge=1)
    feedback: Literal["score", "points"] = "score"
    """What a candidate is told of a graded answer: the score and a short comment (`score`),
    or also the key points covered and missed (`points`); see `server.examining.feedback`."""


class Reference(_Model):
    """Reference material offered to the examiner and the help chat."""

    id: str = Field(min_length=1)
    title: str = Field(min_length=1)
    text: str = Field(min_length=1)


class Skill(_Model):
    """A node of the skill graph."""

    id: str = Field(min_length=1)
    name: str = Field(min_length=1)
    questions: int = Field(default=1, ge=1)
    """How many questions this skill asks in one run."""
    difficulty: Difficulty = 1
    requires: list[str] = Field(default_factory=list)

    _difficulty = field_validator("difficulty", mode="before")(difficulty_from)


class Sample(_Model):
    """A sample answer and the score band it must get (checked by `viva assessment check`).

    On a question the score is the examiner's 0-10 grade of the written answer; on a
    scenario it is the `weighted_score`, 0-100.
    """

    answer: str = Field(min_length=1)
    min: float = Field(ge=0, le=100)
    max: float = Field(ge=0, le=100)


class McqQuestion(_Model):
    """A multiple-choice question with one correct option."""

    id: str = Field(min_length=1)
    skill: str = Field(min_length=1)
    difficulty: Difficulty = 1
    question: str = Field(min_length=1)
    options: list[str] = Field(min_length=2)
    answer: int = Field(ge=0)
    """0-based index of the correct option (authors may write a letter)."""
    explanation: str = ""
    time_limit_seconds: int = Field(default=60, ge=1)
    samples: list[Sample] = Field(default_factory=list)
    """Written answers graded against the correct option and its explanation."""

    _difficulty = field_validator("difficulty", mode="before")(difficulty_from)
    _answer = field_validator("answer", mode="before")(answer_index)

    @property
    def answer_letter(self) -> str:
        """The correct option's letter."""
        return LETTERS[self.answer]


class Mcq(_Model):
    """The multiple-choice part: a skill graph and its question bank."""

    skills: list[Skill] = Field(default_factory=list)
    questions: list[McqQuestion] = Field(default_factory=list)

    def skill(self, skill_id: str) -> Skill:
        """The skill with this id (KeyError if none)."""
        for skill in self.skills:
            if skill.id == skill_id:
                return skill
        raise KeyError(skill_id)

    def question(self, question_id: str) -> McqQuestion:
        """The question with this id (KeyError if none)."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)

    @property
    def total_questions(self) -> int:
        """How many questions one run asks: the sum of every skill's `questions`."""
        return sum(skill.questions for skill in self.skills)


class Criterion(_Model):
    """One rubric criterion and the words or phrases that evidence it."""

    criterion: str = Field(min_length=1)
    keywords: list[str] = Field(min_length=1)
    weight: float = Field(default=1.0, gt=0)


def _criterion_from_text(value: Any) -> Any:
    if isinstance(value, str):
        return {"criterion": value, "keywords": [value]}
    return value


class ScenarioRubric(_Model):
    """Criteria for each of the four scored dimensions."""

    technical_accuracy: list[Criterion] = Field(min_length=1)
    problem_solving: list[Criterion] = Field(min_length=1)
    communication: list[Criterion] = Field(default_factory=list)
    business_impact: list[Criterion] = Field(min_length=1)

    @field_validator(
        "technical_accuracy",
        "problem_solving",
        "communication",
        "business_impact",
        mode="before",
    )
    @classmethod
    def _plain_strings(cls, value: Any) -> Any:
        # A bare string is a criterion evidenced by that phrase itself.
        if isinstance(value, list):
            return [_criterion_from_text(item) for item in value]
        return value


class Scenario(_Model):
    """A scenario challenge scored against a rubric."""

    id: str = Field(min_length=1)
    domain: Domain
    title: str = Field(min_length=1)
    difficulty: Difficulty = 3
    prompt: str = Field(min_length=1)
    model_answer: str = Field(min_length=1)
    rubric: ScenarioRubric
    samples: list[Sample] = Field(default_factory=list)

    _difficulty = field_validator("difficulty", mode="before")(difficulty_from)


class CaseCheck(_Model):
    """A check whose verdict the server decides (SPEC §7 `[[tests.cases]]`).

    Only `call` or `stdin` enters the sandbox; `expected` and `checker` stay in the server.
    """

    name: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$")
    call: str | None = Field(default=None, min_length=1, max_length=4000)
    """An expression in the pack's language, evaluated with the candidate's module in scope."""
    stdin: str | None = Field(default=None, max_length=1_000_000)
    """Text fed to `[tests] program`; its standard output is the result."""
    expected: Any = None
    """The JSON value the call must return (or the exact output for `stdin`)."""
    checker: str | None = Field(default=None, min_length=1, max_length=2000)
    """An expression over `result` (see `server.packs.checker`) that must be true."""
    hidden: bool = True
    timeout_seconds: float = Field(default=10.0, gt=0, le=600)

    @field_validator("checker")
    @classmethod
    def _checker(cls, value: str | None) -> str | None:
        if value is not None:
            compile_checker(value)  # CheckerError is a ValueError: pydantic reports it
        return value

    @model_validator(mode="after")
    def _one_of_each(self) -> CaseCheck:
        if (self.call is None) == (self.stdin is None):
            raise ValueError("a case has exactly one of `call` and `stdin`")
        # a stored pack is dumped whole (`expected: null` beside a checker): null is no expectation
        if self.checker is None and "expected" not in self.model_fields_set:
            raise ValueError("a case needs `expected` or `checker`")
        if self.checker is not None and self.expected is not None:
            raise ValueError("a case has `expected` or `checker`, not both")
        if self.stdin is not None and "expected" in self.model_fields_set \
                and not isinstance(self.expected, str):
            raise ValueError("a `stdin` case expects the exact output, a string")
        return self


class Tests(_Model):
    """How the take-home's tests run (SPEC §7): visible tests are ordinary starter files."""

    __test__ = False
    command: str | None = Field(default=None, min_length=1, max_length=2000)
    """A shell line run in a copy of the workspace; `{junit}` names a JUnit XML file to read."""
    program: str | None = Field(default=None, min_length=1, max_length=2000)
    """The shell line `stdin` cases are fed to (e.g. `python solution.py`)."""
    module: str | None = Field(default=None, pattern=r"^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$")
    """The candidate's module `call` cases run against; default: the task's main file."""
    language: Literal["python", "javascript", "typescript", "go", "java"] = "python"
    """The language of the tests and of `call` expressions (`server.testruns.languages`)."""
    runtime: str | None = Field(default=None, min_length=1, max_length=200, pattern=r"^[A-Za-z0-9_./+-]+$")
    """The language's executable where not its usual one (`node`); Python's is the server's."""
    cases: list[CaseCheck] = Field(default_factory=list, max_length=500)
    timeout_seconds: int | None = Field(default=None, ge=1, le=3600)
    memory_mb: int | None = Field(default=None, ge=32, le=65536)
    hidden_files: dict[str, str] = Field(default_factory=dict)
    """Extra test files for staff and final runs; never sent to the candidate."""
    reference_files: dict[str, str] = Field(default_factory=dict)
    """A solution that passes every test, for `viva assessment check`."""

    @field_validator("hidden_files", "reference_files")
    @classmethod
    def _relative_paths(cls, value: dict[str, str]) -> dict[str, str]:
        return {validate_path(path): text for path, text in value.items()}

    @model_validator(mode="after")
    def _something_to_run(self) -> Tests:
        if self.command is None and not self.cases:
            raise ValueError("[tests] needs a `command`, `[[tests.cases]]`, or both")
        if any(c.stdin is not None for c in self.cases) and self.program is None:
            raise ValueError("`stdin` cases need `[tests] program` to feed")
        for case in self.cases:
            if self.language == "python" and case.call is not None:
                try:
                    ast.parse(case.call.strip(), mode="eval")
                except SyntaxError as exc:
                    raise ValueError(f"call of {case.name!r} is not a Python expression: {exc.msg}") from None
        if self.language in ("javascript", "typescript") and self.hidden_files \
                and "{tests}" not in (self.command or ""):
            raise ValueError(f"hidden_files of a {self.language} pack need `{{tests}}` in the command "
                             "(its runner's report names no file: the hidden part runs them alone)")
        names = [c.name for c in self.cases]
        if len(set(names)) != len(names):
            raise ValueError("every case of [[tests.cases]] needs its own name")
        return self


class Pack(_Model):
    """An assessment pack (SPEC §7)."""

    slug: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=1)
    time_limit_minutes: int = Field(ge=1)
    available_from: datetime | None = None
    available_until: datetime | None = None
    task: Task | None = None
    examiner: ExaminerOverrides | None = None
    reference: list[Reference] = Field(default_factory=list)
    mcq: Mcq | None = None
    scenarios: list[Scenario] = Field(default_factory=list)
    tests: Tests | None = None

    @field_validator("available_from", "available_until", mode="after")
    @classmethod
    def _utc(cls, value: datetime | None) -> datetime | None:
        # A TOML local datetime has no offset; packs mean UTC.
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value

    def is_available(self, now: datetime) -> bool:
        """Whether `now` falls inside the availability window (open ends allowed)."""
        if now.tzinfo is None:
            now = now.replace(tzinfo=UTC)
        if self.available_from is not None and now < self.available_from:
            return False
        return self.available_until is None or now < self.available_until

    def scenario(self, scenario_id: str) -> Scenario:
        """The scenario with this id (KeyError if none)."""
        for scenario in self.scenarios:
            if scenario.id == scenario_id:
                return scenario
        raise KeyError(scenario_id)


def reserved_paths(pack: Pack) -> frozenset[str]:
    """The pack's visible test files (among the starter files): a candidate's file may not
    stand in the way of one (`blocked_by`).

    Hidden files are not reserved: a refusal would tell a candidate who guesses a hidden
    file's path that it exists. A run writes the pack's files last and removes whatever of
    the candidate's stands in their way (`server.testruns.runner.place`)."""
    starter = pack.task.files if pack.task else {}
    return frozenset(p for p in starter if is_test_path(p))


def is_test_path(path: str) -> bool:
    """Whether a file is a test by its runner's default patterns: pytest's (`test_*.py`,
    `*_test.py`) or node --test's (`*.test.js`, `*-test.js`, `*_test.js`, `test-*.js`,
    `test.js`, each also `.mjs`/`.cjs` and `.ts`/`.mts`/`.cts`), go test's (`*_test.go`) or JUnit's console launcher's
    (`*Test.java`, `*Tests.java`, `Test*.java`)."""
    name = path.rsplit("/", 1)[-1]
    if name.endswith(".py"):
        return name.startswith("test_") or name.endswith("_test.py")
    if name.endswith(".go"):
        return name.endswith("_test.go")
    if name.endswith(".java"):
        return name.endswith(("Test.java", "Tests.java")) or name.startswith("Test")
    stem, dot, ext = name.rpartition(".")
    if dot and ext in ("js", "mjs", "cjs", "ts", "mts", "cts"):
        return stem == "test" or stem.startswith("test-") or stem.endswith((".test", "-test", "_test"))
    return False


def blocked_by(path: str, reserved: frozenset[str], starter: Mapping[str, str]) -> str | None:
    """The reserved file a candidate's `path` would shadow or block, or None.

    Editing a visible test file at its own path is fine (runs use the pack's copy); a path
    under a test file, or a file where a test file's folder goes, is not.
    """
    for test in reserved:
        if path == test and test not in starter:
            return test
        if path.startswith(test + "/") or test.startswith(path + "/"):
            return test
    return None
