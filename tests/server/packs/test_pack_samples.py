"""Pack `samples` (SPEC §7) and `viva assessment check PACK.toml`: bands, the table, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.packs import PackError, parse_pack, shipped_packs
from server.packs.samples import grade_samples
from tests.conftest import Api
from viva.cli import main

SCENARIO_PACK = '''
slug = "check-me"
title = "Check me"
time_limit_minutes = 30

[[scenarios]]
id = "cache"
domain = "software"
title = "A slow page"
prompt = "The product page takes 3 seconds. What would you do?"
model_answer = """
I would measure where the time goes with a profiler before changing anything, because
guessing wastes effort. If the database dominates, I would add an index or a cache in front
of the slow query, and check the hit rate afterwards.
"""

[scenarios.rubric]
technical_accuracy = [{ criterion = "caches or indexes the slow query", keywords = ["cache", "index"] }]
problem_solving = [{ criterion = "measures first", keywords = ["measure", "profil"] }]
business_impact = [{ criterion = "names the user impact", keywords = ["users", "conversion"] }]

[[scenarios.samples]]
answer = "Not sure, it is probably fine."
min = {low}
max = {high}
'''


def _pack(tmp_path: Path, low: float = 0, high: float = 10) -> Path:
    path = tmp_path / "pack.toml"
    path.write_text(SCENARIO_PACK.replace("{low}", str(low)).replace("{high}", str(high)))
    return path


def test_every_sample_in_the_shipped_packs_falls_inside_its_band() -> None:
    """The shipped packs declare samples on scenarios and on questions, and all of them pass."""
    results = [r for pack in shipped_packs() for r in grade_samples(pack)]
    assert {r.scale for r in results} == {10, 100}, "samples on both questions and scenarios"
    assert [r.key for r in results if not r.ok] == []
    assert len(results) >= 6


def test_check_passes_a_pack_whose_samples_land_in_their_bands(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Exit 0; the table shows the sample, its score out of 100, its band and `ok`."""
    assert main(["assessment", "check", str(_pack(tmp_path))]) == 0
    out = capsys.readouterr().out
    assert "pack 'check-me' is valid" in out
    row = next(line for line in out.splitlines() if "scenarios[0].samples[0]" in line)
    assert "cache" in row and "/100" in row and "0-10" in row and row.rstrip().endswith("ok")
    assert "all checks passed" in out


def test_check_exits_1_and_names_a_sample_outside_its_band(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A shrug that must score 60-100 is a miss: marked LOW, listed with its band, exit 1."""
    assert main(["assessment", "check", str(_pack(tmp_path, 60, 100))]) == 1
    out = capsys.readouterr().out
    row = next(line for line in out.splitlines() if line.strip().startswith("scenarios[0]"))
    assert row.rstrip().endswith("LOW")
    assert "1 problem:" in out
    assert "scenarios[0].samples[0] (cache): scored" in out and "outside its band 60-100" in out


def test_check_exits_1_on_an_invalid_pack_and_lists_every_problem(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A band upside down is a pack error, named by its key, before anything is graded."""
    assert main(["assessment", "check", str(_pack(tmp_path, 8, 2))]) == 1
    out = capsys.readouterr().out
    assert "invalid pack" in out
    assert "scenarios[0].samples[0].min: min 8 is above max 2" in out


def test_check_exits_1_on_a_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that is not there is a clear error, not a traceback."""
    assert main(["assessment", "check", str(tmp_path / "nope.toml")]) == 1
    assert "cannot read the file" in capsys.readouterr().out


def test_a_question_band_above_ten_and_unknown_sample_keys_are_pack_errors() -> None:
    """Questions are graded 0-10, so a band past 10 cannot be met; typos in samples are caught."""
    base = '''
slug = "q"
title = "Q"
time_limit_minutes = 5
[[mcq.skills]]
id = "s"
name = "S"
[[mcq.questions]]
id = "q1"
skill = "s"
question = "Which status code fits a body that cannot be parsed?"
options = ["400", "500"]
answer = "A"
'''
    with pytest.raises(PackError) as exc:
        parse_pack(base + '[[mcq.questions.samples]]\nanswer = "400"\nmin = 5\nmax = 50\n',
                   source="q.toml")
    assert exc.value.key == "mcq.questions[0].samples[0].max"
    with pytest.raises(PackError) as exc:
        parse_pack(base + '[[mcq.questions.samples]]\nanswer = "400"\nmin = 5\nmaximum = 9\n',
                   source="q.toml")
    keys = {key for key, _ in exc.value.problems}
    assert "mcq.questions[0].samples[0].maximum" in keys
    assert "mcq.questions[0].samples[0].max" in keys


async def test_samples_are_hidden_from_proctors_like_model_answers(sqlite_api: Api) -> None:
    """GET /assessments/{slug} leaves samples out unless the token is an admin's."""
    resp = await sqlite_api.client.get("/assessments/scenarios", headers=sqlite_api.auth("proctor"))
    assert resp.status == 200
    body = await resp.json()
    assert body["pack"]["scenarios"] and \
        all("samples" not in s for s in body["pack"]["scenarios"])
    resp = await sqlite_api.client.get("/assessments/scenarios", headers=sqlite_api.auth("admin"))
    assert (await resp.json())["pack"]["scenarios"][0]["samples"]
