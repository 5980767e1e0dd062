"""Assessment packs (SPEC §7): models, loader, the adaptive MCQ engine, scenarios and help.

Errors: `PackError` (a pack that cannot be used), `McqError` (a refused MCQ message),
`ChallengeError` (a challenge request that cannot be served); each carries a machine code
or key and a human sentence.
"""

from __future__ import annotations

from server.packs.challenges import (
    ChallengeError,
    challenge_from_pack,
    evaluate_challenge,
    normalise_domain,
    validate_generated_mcq,
)
from server.packs.help import help_reply
from server.packs.loader import PackError, load_pack, parse_pack, shipped_pack, shipped_packs
from server.packs.mcq import (
    AnsweredQuestion,
    McqError,
    McqState,
    current_or_next,
    next_steps,
    option_index,
    pause,
    progress,
    question_payload,
    results,
    resume,
    start,
    submit,
    time_left,
)
from server.packs.model import (
    Criterion,
    ExaminerOverrides,
    Mcq,
    McqQuestion,
    Pack,
    Reference,
    Sample,
    Scenario,
    ScenarioRubric,
    Skill,
    Task,
)
from server.packs.scenarios import WEIGHTS, score_scenario

__all__ = [
    "WEIGHTS",
    "AnsweredQuestion",
    "ChallengeError",
    "Criterion",
    "ExaminerOverrides",
    "Mcq",
    "McqError",
    "McqQuestion",
    "McqState",
    "Pack",
    "PackError",
    "Reference",
    "Sample",
    "Scenario",
    "ScenarioRubric",
    "Skill",
    "Task",
    "challenge_from_pack",
    "current_or_next",
    "evaluate_challenge",
    "help_reply",
    "load_pack",
    "next_steps",
    "normalise_domain",
    "option_index",
    "parse_pack",
    "pause",
    "progress",
    "question_payload",
    "results",
    "resume",
    "score_scenario",
    "shipped_pack",
    "shipped_packs",
    "start",
    "submit",
    "time_left",
    "validate_generated_mcq",
]
