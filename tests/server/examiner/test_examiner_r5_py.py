"""Round 5 checks: the backtracking analysis behind the ReDoS rules (redos.py)."""

from __future__ import annotations

import pytest

from server.examiner.analysis.redos import backtracking_group


@pytest.mark.parametrize(("pattern", "group"), [
    (r"^(a+)+$", "(a+)+"),
    (r"^(\w+\s?)*$", r"(\w+\s?)*"),
    (r"(.*a){8}x", "(.*a){8}"),
    (r"^(\w|\d)+$", r"(\w|\d)+"),
    (r"(a|a)*b", "(a|a)*"),
    (r"^(([a-z])+.)+[A-Z]([a-z])+$", "(([a-z])+.)+"),
    (r"^(\w+([-.]\w+)*)+@", r"(\w+([-.]\w+)*)+"),
])
def test_nested_quantifiers_that_backtrack(pattern: str, group: str) -> None:
    assert backtracking_group(pattern) == group


@pytest.mark.parametrize("pattern", [
    r"(\d+\.)+\d+",                 # a separator the inner quantifier cannot match
    r"(\s*,\s*\w+)*$",
    r"([^/]+/)*x",
    r"^([a-z0-9-]+\.)+[a-z]{2,}$",
    r"(\s+\w+)*\s*$",               # two runs of disjoint characters: one split only
    r"^(a+)+",                      # nothing after the group can fail
    r"(?>a+)+b",                    # atomic group
    r"(a++)+b",                     # possessive
    r"^(\d+)?$",                    # not repeated
    r"[(a+)+]x",                    # a character class, not a group
])
def test_patterns_that_do_not(pattern: str) -> None:
    assert backtracking_group(pattern) is None


def test_fullmatch_needs_nothing_after_the_group() -> None:
    assert backtracking_group(r"(a+)+", whole=True) == "(a+)+"


def test_a_pattern_bound_on_the_class_is_read() -> None:
    from server.examiner.analysis.rules import load_rules, run_rules
    rules = tuple(r for r in load_rules("python") if r.id == "py-regex-nested-quantifier")
    code = ("import re\n"
            "class Form:\n"
            "    NAME = re.compile(r'^([a-z]+)*!$')\n"
            "    def valid(self, name):\n"
            "        return self.NAME.match(name) is not None\n")
    hits = run_rules(code, "python", rules=rules)
    assert [h.subject for h in hits] == ["([a-z]+)*"]
