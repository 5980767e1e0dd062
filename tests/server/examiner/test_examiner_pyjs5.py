"""Documented hazards of Python and JavaScript no rule asked about, on take-home programs of one's
own (`takehome_pyjs5/`): a `threading.Condition` waited on under an `if` rather than a `while`
loop re-checking the predicate (Python docs, threading, Condition objects), a
`Buffer.allocUnsafe` record sent with bytes nothing wrote (Node.js docs, Buffer), and an access
token posted to another window with target origin "*" (MDN, Window.postMessage). The first
question on each is the new finding; the program fixed the way a reviewer would accept asks no
question that claims a defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.rule_tables import assert_asks_no_defect, assert_first_question, fixed

PROGRAMS = Path(__file__).resolve().parent / "takehome_pyjs5"

CASES = [
    # (program, rule, kind, the fix: (text, replacement)[, a second (text, replacement)])
    ("jobqueue.py", "py-condition-wait-under-if", "race_condition",
     ("            if not self._jobs and not self._closed:\n                self._not_empty.wait()",
      "            while not self._jobs and not self._closed:\n                self._not_empty.wait()")),
    # the unused end of the fixed-width field zeroed, not left as whatever the memory held
    ("roster.js", "js-alloc-unsafe-leaves-unfilled", "hardcoded_secret",
     ("const field = Buffer.allocUnsafe(NAME_BYTES);", "const field = Buffer.alloc(NAME_BYTES);")),
    # the token goes only to the app's own origin
    ("oauth_popup.js", "js-postmessage-secret-to-any-origin", "hardcoded_secret",
     ("window.opener.postMessage(result, '*');", "window.opener.postMessage(result, APP_ORIGIN);")),
]


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix"), [c[:4] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_first_question_is_the_new_finding(name: str, rule_id: str, kind: str,
                                           fix: tuple[str, str]) -> None:
    assert_first_question(name, (PROGRAMS / name).read_text(), kind, rule_id)


@pytest.mark.parametrize(("name", "rule_id", "kind", "fixes"), [(*c[:3], c[3:]) for c in CASES],
                         ids=[c[0] for c in CASES])
def test_the_fixed_program_asks_no_defect(name: str, rule_id: str, kind: str,
                                          fixes: tuple[tuple[str, str], ...]) -> None:
    assert_asks_no_defect(name, fixed((PROGRAMS / name).read_text(), fixes), rule_id)
