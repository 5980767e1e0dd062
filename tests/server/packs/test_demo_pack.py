"""The demo pack shows every main feature: a task, a quiz, and tests the starter code fails
and its reference solution passes (`viva assessment check`, in the real sandbox)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from server.packs.loader import shipped_pack

DEMO = Path(__file__).resolve().parents[3] / "server" / "packs" / "data" / "demo.toml"


def test_the_demo_pack_has_visible_and_hidden_tests_and_a_reference() -> None:
    pack = shipped_pack("demo")
    assert pack.task is not None and pack.tests is not None and pack.mcq is not None
    visible = [p for p in pack.task.files if p.startswith("test_")]
    assert visible == ["test_main.py"]
    compile(pack.task.files["test_main.py"], "test_main.py", "exec")
    assert set(pack.tests.hidden_files) == {"test_edge_cases.py"}
    assert set(pack.tests.reference_files) == {"main.py"}
    assert "{junit}" in pack.tests.command


@pytest.mark.slow
def test_assessment_check_passes_the_demo_reference_and_fails_its_starter(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "viva.cli", "assessment", "check", str(DEMO)],
                          check=False, capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "VIVA_DATA_DIR": str(tmp_path / ".viva")})
    assert done.returncode == 0, done.stdout + done.stderr
    assert "tests against the reference: passed (8 passed, 0 failed, 0 errors)" in done.stdout
    assert "tests against the starter code: failed (0 passed, 8 failed, 0 errors)" in done.stdout
