"""Session 19, read after heldout18's run: documented hazards of pages and services no rule
asked about, on take-home programs of one's own (`takehome_web/`). The first question on each is
the new finding; the program written the way a reviewer would accept (`*_fixed.*`) asks no
question that claims a defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.examiner.analysis.kinds import Kind
from server.examiner.findings import language_of
from tests.support.rule_tables import fires, first_question

PROGRAMS = Path(__file__).resolve().parent / "takehome_web"

CASES = [
    # (program, its fix, rule, kind)
    ("panel.js", "panel_fixed.js", "js-message-origin-unchecked", "bypassable_check"),
    ("photos.ts", "photos_fixed.ts", "js-object-url-never-revoked", "resource_leak"),
    ("board.go", "board_fixed.go", "go-text-template-for-html", "xss"),
    ("delays.go", "delays_fixed.go", "go-copy-into-empty-slice", "wrong_result"),
]


@pytest.mark.parametrize(("name", "fixed", "rule_id", "kind"), CASES, ids=[c[0] for c in CASES])
def test_first_question_is_the_new_finding(name: str, fixed: str, rule_id: str, kind: str) -> None:
    question = first_question(name, (PROGRAMS / name).read_text())
    assert (question.kind, question.facts.get("rule")) == (kind, rule_id), question.text


@pytest.mark.parametrize(("name", "fixed", "rule_id", "kind"), CASES, ids=[c[0] for c in CASES])
def test_the_fixed_program_asks_no_defect(name: str, fixed: str, rule_id: str, kind: str) -> None:
    code = (PROGRAMS / fixed).read_text()
    assert not fires(language_of(fixed), rule_id, code)
    question = first_question(fixed, code)
    asked = Kind.of(question.kind)
    assert asked is None or not asked.claims_bug, question.text
