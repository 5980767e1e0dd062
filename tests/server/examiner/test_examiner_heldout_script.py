"""benchmarks/examiner_heldout.py judges first questions the way its docstring says."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[3]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("examiner_heldout",
                                                  ROOT / "benchmarks" / "examiner_heldout.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_a_hit_a_category_hit_and_a_false_alarm_are_told_apart() -> None:
    script = _script()
    sql = {"id": "s", "language": "javascript", "path": "a.js",
           "code": "function f(db, id) {\n  return db.query('SELECT * FROM t WHERE id = ' + id);\n}\n",
           "main_issue": {"category": "security", "line": 2, "identifier": "f", "what": "sqli"},
           "traps": []}
    far = {**sql, "main_issue": {**sql["main_issue"], "line": 40, "identifier": "g"}}
    clean = {**sql, "main_issue": None}
    assert script.judge(sql).hit and script.judge(sql).category_hit
    assert not script.judge(far).hit and script.judge(far).category_hit
    assert script.judge(clean).false_alarm
    assert script.category_of("sql_injection") == "security" and script.category_of("loop") == ""


def test_the_script_prints_every_figure_for_the_development_set(tmp_path: Path) -> None:
    lines = (ROOT / "benchmarks" / "examiner_dev.jsonl").read_text().splitlines()
    assert len(lines) >= 15 and {json.loads(x)["language"] for x in lines} == {
        "python", "javascript", "typescript", "go", "java"}
    bad = tmp_path / "p.jsonl"
    bad.write_text(lines[0] + "\nnot json\n")
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "examiner_heldout.py"),
                          str(bad)], capture_output=True, text=True, check=True, timeout=120)
    for figure in ("main-issue hit rate", "category-only hit", "false alarms (clean)",
                   "generic questions", "per language"):
        assert figure in out.stdout
    assert "not JSON" in out.stderr
