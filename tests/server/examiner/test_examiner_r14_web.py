"""Session 19, read after heldout18's run: documented hazards of pages and services no rule
asked about, on take-home programs of one's own (`takehome_web/`). The first question on each is
the new finding; the program fixed the way a reviewer would accept asks no question that claims
a defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.rule_tables import assert_asks_no_defect, assert_first_question, fixed

PROGRAMS = Path(__file__).resolve().parent / "takehome_web"

CASES = [
    # (program, rule, kind, the fix: (text, replacement))
    ("panel.js", "js-message-origin-unchecked", "bypassable_check",
     ("function onPortalMessage(event) {\n",
      ("const PORTAL_ORIGIN = \"https://portal.example.org\";\n\nfunction onPortalMessage(event) {\n"
       "  if (event.origin !== PORTAL_ORIGIN) return;\n"))),
    ("photos.ts", "js-object-url-never-revoked", "resource_leak",
     ("  strip.replaceChildren();\n",
      ("  for (const old of Array.from(strip.querySelectorAll(\"img\"))) URL.revokeObjectURL(old.src);\n"
       "  strip.replaceChildren();\n"))),
    ("board.go", "go-text-template-for-html", "xss", ('"text/template"', '"html/template"')),
    ("delays.go", "go-copy-into-empty-slice", "wrong_result",
     ("make([]Slot, 0, len(s.Slots))", "make([]Slot, len(s.Slots))")),
]


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix"), CASES, ids=[c[0] for c in CASES])
def test_first_question_is_the_new_finding(name: str, rule_id: str, kind: str,
                                           fix: tuple[str, str]) -> None:
    assert_first_question(name, (PROGRAMS / name).read_text(), kind, rule_id)


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix"), CASES, ids=[c[0] for c in CASES])
def test_the_fixed_program_asks_no_defect(name: str, rule_id: str, kind: str,
                                          fix: tuple[str, str]) -> None:
    assert_asks_no_defect(name, fixed((PROGRAMS / name).read_text(), [fix]), rule_id)
