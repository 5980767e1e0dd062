"""Rules of a pack that span fields: ids, references, the requires graph, answers, windows."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from server.packs.model import LETTERS

if TYPE_CHECKING:
    from server.packs.model import Mcq, McqQuestion, Pack, Sample

M = TypeVar("M", bound=BaseModel)

Problem = tuple[str, str]
"""A (dotted key, reason) pair."""


def check_pack(pack: Pack) -> list[Problem]:
    """Every cross-field problem in `pack`, in document order; empty when it is sound."""
    problems: list[Problem] = []
    if (
        pack.available_from is not None
        and pack.available_until is not None
        and pack.available_from >= pack.available_until
    ):
        problems.append(("available_until", "must be later than available_from"))
    task = pack.task
    if task is not None and task.main_file is not None and task.main_file not in task.files:
        problems.append(("task.main_file", f"'{task.main_file}' is not one of the task's files"))
    problems += _duplicates("reference", (ref.id for ref in pack.reference))
    problems += _duplicates("scenarios", (scenario.id for scenario in pack.scenarios))
    for index, scenario in enumerate(pack.scenarios):
        problems += _sample_bands(f"scenarios[{index}]", scenario.samples, 100)
    if pack.mcq is not None:
        problems += _check_mcq(pack.mcq)
        for index, question in enumerate(pack.mcq.questions):
            problems += _sample_bands(f"mcq.questions[{index}]", question.samples, 10)
    return problems


def _sample_bands(key: str, samples: Sequence[Sample], top: int) -> list[Problem]:
    """A band must be a range on the item's scale: 0-10 for questions, 0-100 for scenarios."""
    problems: list[Problem] = []
    for index, sample in enumerate(samples):
        if sample.min > sample.max:
            problems.append((f"{key}.samples[{index}].min",
                             f"min {sample.min:g} is above max {sample.max:g}"))
        if sample.max > top:
            problems.append((f"{key}.samples[{index}].max",
                             f"max {sample.max:g} is above {top}, the top of this item's scale"))
    return problems


def _duplicates(prefix: str, ids: Iterable[str]) -> list[Problem]:
    seen: dict[str, int] = {}
    problems: list[Problem] = []
    for index, item_id in enumerate(ids):
        if item_id in seen:
            problems.append(
                (
                    f"{prefix}[{index}].id",
                    f"duplicate id '{item_id}' (first at {prefix}[{seen[item_id]}])",
                )
            )
        else:
            seen[item_id] = index
    return problems


def _check_mcq(mcq: Mcq) -> list[Problem]:
    problems = _duplicates("mcq.skills", (skill.id for skill in mcq.skills))
    known = {skill.id for skill in mcq.skills}
    for index, skill in enumerate(mcq.skills):
        for required in skill.requires:
            if required == skill.id:
                problems.append((f"mcq.skills[{index}].requires", "a skill cannot require itself"))
            elif required not in known:
                problems.append((f"mcq.skills[{index}].requires", f"unknown skill '{required}'"))
    problems += _cycles(mcq)
    problems += _duplicates("mcq.questions", (question.id for question in mcq.questions))
    for index, question in enumerate(mcq.questions):
        problems += _question_problems(f"mcq.questions[{index}]", question, known)
    written: dict[str, int] = {}
    for question in mcq.questions:
        written[question.skill] = written.get(question.skill, 0) + 1
    for index, skill in enumerate(mcq.skills):
        available = written.get(skill.id, 0)
        if available < skill.questions:
            problems.append(
                (
                    f"mcq.skills[{index}].questions",
                    (
                        f"asks for {skill.questions} questions but only {available} "
                        f"{'is' if available == 1 else 'are'} written "
                        f"for skill '{skill.id}'"
                    ),
                )
            )
    if mcq.questions and not mcq.skills:
        problems.append(("mcq.skills", "questions need at least one skill"))
    return problems


def _question_problems(key: str, question: McqQuestion, known: set[str]) -> list[Problem]:
    """One question's own problems: its skill, its answer within its options, the options."""
    problems: list[Problem] = []
    if question.skill not in known:
        problems.append((f"{key}.skill", f"unknown skill '{question.skill}'"))
    if question.answer >= len(question.options):
        problems.append((f"{key}.answer", (f"answer {_letter(question.answer)} is out of range "
                                          f"for {len(question.options)} options")))
    return problems + _option_problems(key, question.options)


def partial_problems(data: Any) -> list[Problem]:
    """The cross-field problems of the parts of a pack that failed validation which are
    valid on their own (each question, scenario, the task), so that every problem is
    listed at once, not the rest only after the schema's are fixed."""
    from server.packs.model import McqQuestion, Scenario, Task

    if not isinstance(data, dict):
        return []
    problems: list[Problem] = []
    task = _valid(Task, data.get("task"))
    if task is not None and task.main_file is not None and task.main_file not in task.files:
        problems.append(("task.main_file", f"'{task.main_file}' is not one of the task's files"))
    for index, raw in enumerate(_list(data.get("scenarios"))):
        scenario = _valid(Scenario, raw)
        if scenario is not None:
            problems += _sample_bands(f"scenarios[{index}]", scenario.samples, 100)
    found = data.get("mcq")
    mcq: dict[str, Any] = found if isinstance(found, dict) else {}
    known = {str(s.get("id")) for s in _list(mcq.get("skills")) if isinstance(s, dict)}
    for index, raw in enumerate(_list(mcq.get("questions"))):
        question = _valid(McqQuestion, raw)
        if question is not None:
            key = f"mcq.questions[{index}]"
            problems += _question_problems(key, question, known)
            problems += _sample_bands(key, question.samples, 10)
    return problems


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _valid(model: type[M], raw: Any) -> M | None:
    try:
        return model.model_validate(raw)
    except ValidationError:
        return None


def _letter(index: int) -> str:
    if index < len(LETTERS):
        return f"{LETTERS[index]} (index {index})"
    return f"index {index}"


def _option_problems(key: str, options: Sequence[str]) -> list[Problem]:
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    for index, option in enumerate(options):
        text = " ".join(option.split()).lower()
        if not text:
            problems.append((f"{key}.options[{index}]", "an option cannot be empty"))
        elif text in seen:
            # Two identical options would make two answers correct (or neither).
            problems.append(
                (
                    f"{key}.options[{index}]",
                    f"duplicate of option {seen[text]}: exactly one option may be correct",
                )
            )
        else:
            seen[text] = index
    return problems


def _cycles(mcq: Mcq) -> list[Problem]:
    graph = {skill.id: list(skill.requires) for skill in mcq.skills}
    position = {skill.id: index for index, skill in enumerate(mcq.skills)}
    state: dict[str, int] = {}  # 1: on the current path, 2: finished
    problems: list[Problem] = []

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph.get(node, []):
            if nxt not in graph or nxt == node:
                continue
            if state.get(nxt) == 1:
                cycle = [*path[path.index(nxt):], nxt]
                problems.append(
                    (
                        f"mcq.skills[{position[nxt]}].requires",
                        "cycle in requires: " + " -> ".join(cycle),
                    )
                )
            elif nxt not in state:
                visit(nxt, [*path, nxt])
        state[node] = 2

    for skill_id in graph:
        if skill_id not in state:
            visit(skill_id, [skill_id])
    return problems
