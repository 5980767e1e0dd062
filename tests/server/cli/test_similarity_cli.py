"""`viva similarity PATH...`: SPEC §2's table and JSON, folders as submissions, the template,
and clear errors for bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from viva.cli import main

ORIGINAL = '''\
def read_scores(path):
    scores = []
    with open(path) as handle:
        for line in handle:
            line = line.strip()
            if line:
                scores.append(int(line))
    return scores


def summarise(scores):
    total = 0
    for score in scores:
        total += score
    return {"mean": total / len(scores), "spread": max(scores) - min(scores)}
'''

COPY = '''\
# my own work
def summary(vals):
    acc = 0
    for v in vals:
        acc += v
    return {"mean": acc / len(vals), "spread": max(vals) - min(vals)}


def load(fn):
    out = []
    with open(fn) as fh:
        for row in fh:
            row = row.strip()
            if row:
                out.append(int(row))
    return out
'''

OTHER = '''\
import statistics

def describe(numbers):
    ordered = sorted(numbers)
    return dict(mean=statistics.fmean(ordered), spread=ordered[-1] - ordered[0])
'''


@pytest.fixture
def subs(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "ann.py").write_text(ORIGINAL)
    bob = tmp_path / "bob"
    (bob / "src").mkdir(parents=True)
    (bob / "src" / "stats.py").write_text(COPY)
    (bob / "README.md").write_text("not code")
    (bob / "node_modules").mkdir()
    (bob / "node_modules" / "dep.py").write_text(ORIGINAL)  # vendored: never read
    (tmp_path / "cat.py").write_text(OTHER)
    return {"ann": str(tmp_path / "ann.py"), "bob": str(bob), "cat": str(tmp_path / "cat.py")}


def test_json_lists_every_pair_most_similar_first_named_as_given(
        subs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["similarity", subs["ann"], subs["bob"], subs["cat"], "--format", "json"]) == 0
    pairs = json.loads(capsys.readouterr().out)["pairs"]
    assert len(pairs) == 3
    top = pairs[0]
    assert (top["left"], top["right"]) == (subs["ann"], subs["bob"])
    assert top["similarity"] > 0.6
    assert 0 <= pairs[-1]["similarity"] <= top["similarity"] <= 1
    assert top["longest_fragment"] >= 10
    assert top["fragments"]
    for fragment in top["fragments"]:
        first, last = fragment["left"]
        assert 1 <= first <= last <= len(ORIGINAL.splitlines())
        assert fragment["right_path"] == "src/stats.py"
    # read_scores (lines 1-8) matched load (lines 9-16 of the copy)
    assert any(f["left"][0] <= 2 and f["left"][1] >= 7 and f["right"][0] <= 10
               and f["right"][1] >= 15 for f in top["fragments"])


def test_the_table_shows_similarity_and_longest_fragment(
        subs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["similarity", subs["ann"], subs["bob"], subs["cat"]]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split()[:3] == ["similarity", "longest", "blocks"]
    assert len(lines) == 4
    assert lines[1].split()[3:] == [subs["ann"], subs["bob"]]


def test_the_template_does_not_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.py").write_text(ORIGINAL + "\nprint(1)\n")
    (tmp_path / "b.py").write_text(ORIGINAL + "\nclass X:\n    pass\n")
    (tmp_path / "starter.py").write_text(ORIGINAL)
    args = ["similarity", str(tmp_path / "a.py"), str(tmp_path / "b.py"), "--format", "json"]
    main(args)
    assert json.loads(capsys.readouterr().out)["pairs"][0]["similarity"] > 0.9
    main([*args, "--template", str(tmp_path / "starter.py")])
    assert json.loads(capsys.readouterr().out)["pairs"][0]["similarity"] == 0


def test_language_reads_a_file_whatever_its_extension(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(ORIGINAL)
    (tmp_path / "b.txt").write_text(COPY)
    assert main(["similarity", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]) == 2
    assert "--language" in capsys.readouterr().err
    assert main(["similarity", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"),
                 "--language", "python", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["pairs"][0]["similarity"] > 0.6


@pytest.mark.parametrize(("args", "says"), [
    (["missing.py", "x.py"], "no such file or folder"),
    (["one.py"], "at least two"),
    (["one.py", "one.py"], "given twice"),
    (["one.py", "two.py", "--language", "cobol"], "unknown language"),
])
def test_bad_input_gets_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                      monkeypatch: pytest.MonkeyPatch, args: list[str],
                                      says: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "one.py").write_text(ORIGINAL)
    (tmp_path / "two.py").write_text(COPY)
    assert main(["similarity", *args]) == 2
    assert says in capsys.readouterr().err


def test_the_installed_command_runs_offline(subs: dict[str, str]) -> None:
    done = subprocess.run([sys.executable, "-m", "viva", "similarity", subs["ann"], subs["cat"],
                           "--format", "json"], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["pairs"][0]["left"] == subs["ann"]


def test_without_the_server_extra_it_says_what_to_install(
        subs: dict[str, str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    for name in [m for m in sys.modules if m.startswith(("server.similarity", "server.cli.sim"))]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "ast_grep_py", None)  # not installed
    assert main(["similarity", subs["ann"], subs["cat"]]) == 2
    assert "pip install 'viva[server]'" in capsys.readouterr().err
