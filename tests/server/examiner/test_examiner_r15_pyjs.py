"""Documented Python and JavaScript/TypeScript hazards no rule asked about (helper rules-pyjs2),
on take-home programs of one's own (`takehome_pyjs2/`): a template others edit filled with
`str.format` and an object, a commit per imported row, futures kept and never read, a Map
written out as JSON inside an object, minutes subtracted for a duration, a shared typed array
counted with `++` in workers, and a record patched with a handler's argument and saved. The
first question on each is the new finding; the program fixed the way a reviewer would accept
asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.examiner.analysis.kinds import Kind
from server.examiner.findings import language_of
from tests.support.rule_tables import fires, first_question

PROGRAMS = Path(__file__).resolve().parent / "takehome_pyjs2"

# (program, rule, kind, the fix: ((text, replacement), ...), a rule kept as data)
CASES = [
    ("notices.py", "py-format-string-from-stored-template", "code_injection",
     (("import smtplib\n", "import smtplib\nimport string\n"),
      ("    return body.format(account=account, days=days)\n",
       ("    return string.Template(body).safe_substitute(\n"
        "        holder=account.holder, number=account.number,\n"
        "        balance=f\"{account.balance:.2f}\", days=days)\n"))), True),
    ("readings.py", "py-commit-per-row-in-loop", "quadratic",
     (("            conn.commit()\n            loaded += 1\n    return",
       "            loaded += 1\n    conn.commit()\n    return"),), True),
    ("thumbs.py", "py-future-discarded", "swallowed_exception",
     (("import ThreadPoolExecutor\n", "import ThreadPoolExecutor, as_completed\n"),
      ("        pending = [pool.submit(make_thumbnail, job) for job in jobs]\n",
       ("        pending = [pool.submit(make_thumbnail, job) for job in jobs]\n"
        "        for done in as_completed(pending):\n            done.result()\n"))), False),
    ("planner.js", "js-json-of-map-or-set", "wrong_result",
     (("JSON.stringify({ version: 1, savedAt: Date.now(), days })",
       "JSON.stringify({ version: 1, savedAt: Date.now(), days: Object.fromEntries(days) })"),),
     True),
    ("timesheet.ts", "js-duration-from-date-fields", "wrong_result",
     ((("  const hours = shift.end.getHours() - shift.start.getHours();\n"
        "  const minutes = shift.end.getMinutes() - shift.start.getMinutes();\n"
        "  return hours * 60 + minutes;\n"),
       "  return Math.round((shift.end.getTime() - shift.start.getTime()) / 60000);\n"),), True),
    ("histogram.js", "js-shared-array-updated-without-atomics", "race_condition",
     (("        table[buf[i]] += 1;\n", "        Atomics.add(table, buf[i], 1);\n"),), True),
    ("listings.js", "js-mass-assignment-from-body", "bypassable_check",
     (("  Object.assign(listing, changes);\n",
       ("  if (\"title\" in changes) listing.title = changes.title;\n"
        "  if (\"price\" in changes) listing.price = changes.price;\n")),), True),
]


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix", "data"), CASES,
                         ids=[c[0] for c in CASES])
def test_first_question_is_the_new_finding(name: str, rule_id: str, kind: str,
                                           fix: tuple[tuple[str, str], ...], data: bool) -> None:
    question = first_question(name, (PROGRAMS / name).read_text())
    assert (question.kind, question.facts.get("rule")) == (kind, rule_id), question.text


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix", "data"), CASES,
                         ids=[c[0] for c in CASES])
def test_the_fixed_program_asks_no_defect(name: str, rule_id: str, kind: str,
                                          fix: tuple[tuple[str, str], ...], data: bool) -> None:
    code = (PROGRAMS / name).read_text()
    for text, replacement in fix:
        assert text in code
        code = code.replace(text, replacement)
    if data:
        assert not fires(language_of(name), rule_id, code)
    question = first_question(name, code)
    assert question.facts.get("rule") != rule_id
    asked = Kind.of(question.kind)
    cost = question.facts.get("complexity")
    assert asked is None or not asked.asserts_defect(cost if isinstance(cost, str) else None), \
        question.text
