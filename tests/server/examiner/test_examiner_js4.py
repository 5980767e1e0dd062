"""Documented JavaScript, TypeScript and Python hazards the rules missed in their natural forms,
on take-home programs of one's own (`takehome_js4/`): a listener added to `window` for every
row (Node.js events docs, MDN addEventListener), a layout value read after a style write in
each pass of a loop (web.dev, layout thrashing), an object URL made per file through
`window.URL` and never revoked (MDN URL.createObjectURL), a month from "YYYY-MM" passed to
`Date.UTC` unchanged (MDN Date: monthIndex counts from 0), a `mkdtemp` directory named in an
annotated assignment and never removed (the tempfile docs) and a `number[]` field sorted with
no compare function (MDN Array.prototype.sort). The first question on each is the new finding;
the program fixed the way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.examiner.analysis.kinds import Kind
from tests.support.rule_tables import (
    assert_asks_no_defect,
    assert_first_question,
    first_question,
    fixed,
)

PROGRAMS = Path(__file__).resolve().parent / "takehome_js4"

CASES = [
    # (program, rule, kind, the fix: (text, replacement)[, a second (text, replacement)])
    ("tooltips.js", "js-listener-added-per-item", "resource_leak",
     (("  window.addEventListener('scroll', () => {\n    if (!tip.hidden) {\n"
      "      position(tip, row);\n    }\n  });\n"),
      ("  const onScroll = () => {\n    if (!tip.hidden) {\n      position(tip, row);\n    }\n"
      "  };\n  window.addEventListener('scroll', onScroll);\n"
      "  tip.detach = () => window.removeEventListener('scroll', onScroll);\n")),
     ("    tip.remove();\n", "    tip.detach();\n    tip.remove();\n")),
    # every width first, then every height read, then the positions
    ("masonry.ts", "js-layout-read-after-write-in-loop", "quadratic",
     (("  for (const el of elements) {\n    el.style.width = `${columnWidth}px`;\n"
      "    const height = el.offsetHeight;\n"),
      ("  for (const el of elements) {\n    el.style.width = `${columnWidth}px`;\n  }\n"
      "  const measured = elements.map((el) => el.offsetHeight);\n"
      "  for (const [i, el] of elements.entries()) {\n    const height = measured[i];\n"))),
    ("gallery.ts", "js-object-url-never-revoked", "resource_leak",
     ("      queue.splice(i, 1);\n",
      "      window.URL.revokeObjectURL(item.preview);\n      queue.splice(i, 1);\n"),
     ("  const sent = queue.length;\n",
      "  const sent = queue.length;\n  queue.forEach((item) => window.URL.revokeObjectURL(item.preview));\n")),
    ("billing.js", "js-date-one-based-month", "wrong_result",
     ("Date.UTC(Number(year), Number(month), 1)", "Date.UTC(Number(year), Number(month) - 1, 1)")),
    ("builder.py", "py-temp-dir-never-removed", "resource_leak",
     (('    workdir: str = tempfile.mkdtemp(prefix="preview-")\n'
      '    source = Path(workdir) / "src"\n'
      '    checkout(repo_url, commit, source)\n'
      '    site = generate(source)\n'
      '    size = bundle_size(site)\n'
      '    if size > MAX_BUNDLE_BYTES:\n'
      '        raise BuildError(f"bundle is {size} bytes, over the limit")\n'
      '    url = storage.upload_folder(site, prefix=f"previews/{commit[:12]}/")\n'),
      ('    with tempfile.TemporaryDirectory(prefix="preview-") as workdir:\n'
      '        source = Path(workdir) / "src"\n'
      '        checkout(repo_url, commit, source)\n'
      '        site = generate(source)\n'
      '        size = bundle_size(site)\n'
      '        if size > MAX_BUNDLE_BYTES:\n'
      '            raise BuildError(f"bundle is {size} bytes, over the limit")\n'
      '        url = storage.upload_folder(site, prefix=f"previews/{commit[:12]}/")\n'))),
    ("latency.ts", "ts-sort-typed-number-field-as-strings", "sorted_as_strings",
     ("const ordered = [...this.recent].sort();",
      "const ordered = [...this.recent].sort((a, b) => a - b);")),
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
    code = fixed((PROGRAMS / name).read_text(), fixes)
    if not name.endswith(".py"):
        assert_asks_no_defect(name, code, rule_id)
        return
    # the Python check is an analyser's (pyfiles), not a rule of rules/python.yaml
    question = first_question(name, code)
    asked = Kind.of(question.kind)
    assert question.facts.get("rule") != rule_id, question.text
    assert asked is None or not asked.claims_bug, question.text
