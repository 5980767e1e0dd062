"""Documented hazards of Python and JavaScript no rule asked about, on take-home programs of one's
own (`takehome_pyjs5/`): a `threading.Condition` waited on under an `if` rather than a `while`
loop re-checking the predicate (Python docs, threading, Condition objects), a
`Buffer.allocUnsafe` record sent with bytes nothing wrote (Node.js docs, Buffer), and an access
token posted to another window with target origin "*" (MDN, Window.postMessage); and
`py-dotdot-only-path` widened (os.path.join: an absolute segment discards the folder) to a name
read from `request`, a `..` test on each piece (`part == ".."` in a loop or `any(...)`) and
`'..' in Path(name).parts`. The first question on each is the new finding; the program fixed the
way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from server.examiner.analysis.kinds import Kind
from server.examiner.analysis.pyrisk import python_risks
from tests.support.rule_tables import (
    assert_first_question,
    first_question,
    fixed,
    takehome_tests,
)

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


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, [(*c[:3], c[3:]) for c in CASES])


DOTDOT = "py-dotdot-only-path"
# the joined path resolved and tested for containment, which an absolute name does not pass
REPORTS_FIX = ("    path = os.path.join(folder, name)\n",
               ("    path = os.path.realpath(os.path.join(folder, name))\n"
                "    if os.path.commonpath([path, folder]) != str(folder):\n"
                "        abort(400)\n"))


def _rules(source: str) -> set[str]:
    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


@pytest.mark.parametrize("source", [
    """
    def download():
        name = request.args.get("file", "")
        if ".." in name:
            abort(400)
        return send_file(os.path.join(ROOT, name))
    """,
    """
    def target(root, name):
        for part in name.split("/"):
            if part == "..":
                raise ValueError(name)
        return os.path.join(root, name)
    """,
    """
    def target(root, name):
        if any(p == ".." for p in name.split("/")):
            raise ValueError(name)
        return Path(root) / name
    """,
    """
    def target(root, name):
        if ".." in Path(name).parts:
            raise ValueError(name)
        return Path(root) / name
    """,
    # the pieces kept in a local first
    """
    def target(root, name):
        parts = name.replace("\\\\", "/").split("/")
        if ".." in parts:
            raise PermissionError(name)
        return os.path.join(root, name)
    """,
])
def test_widened_dotdot_only_forms_are_asked(source: str) -> None:
    assert DOTDOT in _rules(source)


@pytest.mark.parametrize("source", [
    """
    def download():
        name = request.args.get("file", "")
        if ".." in name or name.startswith("/"):
            abort(400)
        return send_file(os.path.join(ROOT, name))
    """,
    """
    def target(root, name):
        for part in name.split("/"):
            if part == "..":
                raise ValueError(name)
        if os.path.isabs(name):
            raise ValueError(name)
        return os.path.join(root, name)
    """,
    """
    def target(root, name):
        if any(p == ".." for p in name.split("/")):
            raise ValueError(name)
        path = (Path(root) / name).resolve()
        if not path.is_relative_to(root):
            raise ValueError(name)
        return path
    """,
    """
    def target(root, name):
        if ".." in Path(name).parts or Path(name).is_absolute():
            raise ValueError(name)
        return Path(root) / name
    """,
    """
    def target(root, name):
        parts = name.replace("\\\\", "/").split("/")
        if ".." in parts or parts[0] == "":
            raise PermissionError(name)
        return os.path.join(root, name)
    """,
    """
    def target(root, names):
        for n in names:
            if n == "..":
                continue
        return os.path.join(root, "index.html")
    """,
])
def test_widened_dotdot_only_near_misses_are_silent(source: str) -> None:
    assert DOTDOT not in _rules(source)


def test_reports_first_question_is_the_dotdot_only_join() -> None:
    # the analyser's finding (pyrisk), not a YAML rule: a name from `request` tested piece by
    # piece for `..` and joined to the team's folder
    assert_first_question("reports.py", (PROGRAMS / "reports.py").read_text(), "path_traversal",
                          DOTDOT)


def test_reports_fixed_asks_no_defect() -> None:
    code = fixed((PROGRAMS / "reports.py").read_text(), [REPORTS_FIX])
    assert DOTDOT not in {r.facts.rule_id for r in python_risks(code)}
    question = first_question("reports.py", code)
    asked = Kind.of(question.kind)
    assert asked is None or not asked.claims_bug, question.text
