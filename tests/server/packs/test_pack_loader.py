"""Loading packs: the shipped packs, round trips, and errors that name file, key and reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from server.packs import Pack, PackError, load_pack, parse_pack, shipped_pack, shipped_packs

HEADER = 'slug = "broken"\ntitle = "Broken"\ntime_limit_minutes = 5\n'

SKILLS = """
[[mcq.skills]]
id = "a"
name = "A"
questions = 1
"""

QUESTION = """
[[mcq.questions]]
id = "{id}"
skill = "{skill}"
question = "Pick one"
options = {options}
answer = {answer}
time_limit_seconds = {seconds}
"""


def question(
    id: str = "q1",
    skill: str = "a",
    options: str = '["w", "x", "y", "z"]',
    answer: str = '"B"',
    seconds: int = 30,
) -> str:
    return QUESTION.format(id=id, skill=skill, options=options, answer=answer, seconds=seconds)


def error_of(text: str, fmt: str = "toml") -> PackError:
    with pytest.raises(PackError) as caught:
        parse_pack(text, source="packs/broken.toml", fmt=fmt)
    return caught.value


def test_the_shipped_packs_are_the_expected_ones() -> None:
    assert [pack.slug for pack in shipped_packs()] == [
        "backend-mcq",
        "demo",
        "go-takehome",
        "java-takehome",
        "javascript-takehome",
        "python-takehome",
        "scenarios",
        "typescript-takehome",
    ]


def test_the_backend_pack_has_thirty_explained_questions_over_five_linked_skills() -> None:
    pack = shipped_pack("backend-mcq")
    assert pack.mcq is not None
    assert len(pack.mcq.questions) >= 30
    assert len(pack.mcq.skills) >= 5
    assert all(q.explanation.strip() for q in pack.mcq.questions)
    assert any(skill.requires for skill in pack.mcq.skills)
    assert {q.difficulty for q in pack.mcq.questions} == {1, 2, 3, 4, 5}


def test_every_backend_skill_offers_more_questions_than_it_asks_at_several_levels() -> None:
    pack = shipped_pack("backend-mcq")
    assert pack.mcq is not None
    for skill in pack.mcq.skills:
        levels = [q.difficulty for q in pack.mcq.questions if q.skill == skill.id]
        assert len(levels) > skill.questions
        assert len(set(levels)) >= 3


def test_the_scenario_pack_has_nine_rubric_scenarios_over_three_domains() -> None:
    pack = shipped_pack("scenarios")
    assert len(pack.scenarios) >= 9
    assert {s.domain for s in pack.scenarios} == {"software", "data", "ml"}
    for scenario in pack.scenarios:
        assert scenario.model_answer.strip() and scenario.rubric.technical_accuracy


def test_the_take_home_ships_a_solution_skeleton_and_tests_that_compile() -> None:
    pack = shipped_pack("python-takehome")
    assert pack.task is not None and pack.task.main_path == "solution.py"
    assert {"solution.py", "test_solution.py"} <= set(pack.task.files)
    for path, text in pack.task.files.items():
        if path.endswith(".py"):
            compile(text, path, "exec")


def test_the_demo_pack_has_a_main_file_and_a_few_questions() -> None:
    pack = shipped_pack("demo")
    assert pack.task is not None and pack.task.main_path == "main.py"
    compile(pack.task.files["main.py"], "main.py", "exec")
    assert pack.mcq is not None and 1 <= pack.mcq.total_questions <= 5


@pytest.mark.parametrize("slug", ["backend-mcq", "demo", "go-takehome", "java-takehome", "javascript-takehome",
                                  "python-takehome", "scenarios", "typescript-takehome"])
def test_a_pack_dumped_to_json_parses_back_to_the_same_pack(slug: str) -> None:
    pack = shipped_pack(slug)
    text = json.dumps(pack.model_dump(mode="json"))
    assert parse_pack(text, source=f"{slug}.json", fmt="json") == pack


def test_a_pack_file_loads_from_disk_as_toml_or_json(tmp_path: Path) -> None:
    toml_file = tmp_path / "small.toml"
    toml_file.write_text(HEADER + SKILLS + question(), encoding="utf-8")
    pack = load_pack(toml_file)
    json_file = tmp_path / "small.json"
    json_file.write_text(json.dumps(pack.model_dump(mode="json")), encoding="utf-8")
    assert load_pack(json_file) == pack
    assert pack.mcq is not None and pack.mcq.questions[0].answer == 1


def test_answers_may_be_letters_or_zero_based_indexes() -> None:
    letter = parse_pack(HEADER + SKILLS + question(answer='"C"'), source="x.toml")
    index = parse_pack(HEADER + SKILLS + question(answer="2"), source="x.toml")
    assert letter.mcq is not None and index.mcq is not None
    assert letter.mcq.questions[0].answer == index.mcq.questions[0].answer == 2


def test_a_toml_syntax_error_names_the_file_and_the_line() -> None:
    error = error_of(HEADER + "[task\ndescription = 'x'\n")
    assert error.source == "packs/broken.toml"
    assert error.key == "line 4"
    assert "invalid TOML" in error.reason
    assert str(error) == f"packs/broken.toml: line 4: {error.reason}"


def test_a_json_syntax_error_names_the_line() -> None:
    error = error_of('{\n  "slug": "x",\n  "title": \n}', fmt="json")
    assert error.key == "line 4" and "invalid JSON" in error.reason


def test_an_unknown_skill_on_a_question_is_named_by_its_key() -> None:
    error = error_of(HEADER + SKILLS + question(skill="nope"))
    assert (error.key, error.reason) == ("mcq.questions[0].skill", "unknown skill 'nope'")


def test_a_requires_entry_naming_no_skill_is_an_error() -> None:
    error = error_of(
        HEADER + SKILLS.replace("questions = 1", 'questions = 1\nrequires = ["ghost"]') + question()
    )
    assert error.key == "mcq.skills[0].requires" and "ghost" in error.reason


def test_a_cycle_in_requires_is_reported_with_its_path() -> None:
    skills = """
[[mcq.skills]]
id = "a"
name = "A"
requires = ["b"]
[[mcq.skills]]
id = "b"
name = "B"
requires = ["a"]
"""
    error = error_of(HEADER + skills + question() + question(id="q2", skill="b"))
    assert error.key.startswith("mcq.skills[") and error.key.endswith("].requires")
    assert "cycle in requires" in error.reason and "a -> b -> a" in error.reason


def test_an_answer_letter_beyond_the_options_is_out_of_range() -> None:
    error = error_of(HEADER + SKILLS + question(answer='"E"'))
    assert error.key == "mcq.questions[0].answer" and "out of range" in error.reason


def test_two_correct_answers_are_refused() -> None:
    error = error_of(HEADER + SKILLS + question(answer='["A", "B"]'))
    assert error.key == "mcq.questions[0].answer" and "exactly one" in error.reason


def test_duplicate_options_are_refused_because_two_would_be_correct() -> None:
    error = error_of(HEADER + SKILLS + question(options='["w", "x", "W ", "z"]'))
    assert error.key == "mcq.questions[0].options[2]" and "exactly one" in error.reason


def test_a_single_option_is_too_few() -> None:
    error = error_of(HEADER + SKILLS + question(options='["only"]', answer='"A"'))
    assert error.key == "mcq.questions[0].options"


def test_duplicate_question_ids_name_the_second_one() -> None:
    error = error_of(HEADER + SKILLS + question() + question())
    assert error.key == "mcq.questions[1].id" and "duplicate id 'q1'" in error.reason


def test_a_skill_asking_more_questions_than_written_is_an_error() -> None:
    error = error_of(HEADER + SKILLS.replace("questions = 1", "questions = 3") + question())
    assert error.key == "mcq.skills[0].questions"


def test_a_string_where_a_number_belongs_is_a_type_error() -> None:
    error = error_of(HEADER.replace("= 5", '= "ten"'))
    assert error.key == "time_limit_minutes" and "integer" in error.reason


def test_options_must_be_a_list() -> None:
    error = error_of(HEADER + SKILLS + question(options='"w, x, y"'))
    assert error.key == "mcq.questions[0].options" and "list" in error.reason


def test_time_limits_must_be_positive() -> None:
    assert error_of(HEADER + SKILLS + question(seconds=0)).key == (
        "mcq.questions[0].time_limit_seconds"
    )
    assert error_of(HEADER.replace("= 5", "= 0")).key == "time_limit_minutes"


def test_the_availability_window_must_open_before_it_closes() -> None:
    error = error_of(
        HEADER + "available_from = 2026-02-01T00:00:00Z\navailable_until = 2026-01-01T00:00:00Z\n"
    )
    assert error.key == "available_until"


def test_an_unknown_key_is_named_so_that_typos_are_caught() -> None:
    error = error_of(
        HEADER + SKILLS.replace("questions = 1", 'questions = 1\nrequries = ["a"]') + question()
    )
    assert (error.key, error.reason) == ("mcq.skills[0].requries", "unknown key")


def test_a_bad_slug_is_refused() -> None:
    assert error_of(HEADER.replace('"broken"', '"Not A Slug"')).key == "slug"


def test_every_problem_is_listed_not_only_the_first() -> None:
    error = error_of(HEADER + SKILLS + question(skill="nope", answer='"E"'))
    keys = [key for key, _ in error.problems]
    assert "mcq.questions[0].skill" in keys and "mcq.questions[0].answer" in keys


def test_a_missing_file_is_a_pack_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        load_pack(tmp_path / "absent.toml")
    assert caught.value.source.endswith("absent.toml")


def test_the_window_is_open_only_between_its_ends() -> None:
    pack = parse_pack(
        HEADER + "available_from = 2026-01-01T00:00:00Z\navailable_until = 2026-02-01T00:00:00\n",
        source="w.toml",
    )
    from datetime import UTC, datetime

    assert not pack.is_available(datetime(2025, 12, 31, tzinfo=UTC))
    assert pack.is_available(datetime(2026, 1, 15, tzinfo=UTC))
    assert not pack.is_available(datetime(2026, 2, 1, tzinfo=UTC))
    assert isinstance(pack, Pack)


def test_schema_errors_and_cross_field_problems_are_listed_together() -> None:
    """A schema error (a bad time limit, a question without options) does not hide an
    out-of-range answer or an unknown skill elsewhere: one run of the check lists them all."""
    text = (HEADER.replace("time_limit_minutes = 5", "time_limit_minutes = 0") + SKILLS
            + question(answer='"E"') + question(id="q2", options='"not a list"')
            + question(id="q3", skill="nope"))
    keys = [key for key, _ in error_of(text).problems]
    assert "time_limit_minutes" in keys and "mcq.questions[1].options" in keys
    assert "mcq.questions[0].answer" in keys and "mcq.questions[2].skill" in keys
    assert len(keys) == len(set(keys))
