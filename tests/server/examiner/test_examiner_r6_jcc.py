"""Round 6 (Java, C, C++): forms of the rules' hazards the rule examples cannot carry, such as a
C rule's C++-only form (the examples of c.yaml are run under both grammars)."""

from __future__ import annotations

from server.examiner.analysis.rules import load_rules, run_rules


def _ids(code: str, language: str, rule_id: str) -> list[str]:
    rules = tuple(r for r in load_rules(language) if r.id == rule_id)
    return [hit.rule.id for hit in run_rules(code, language, rules=rules)]


def test_count_minus_one_kept_from_a_container_size() -> None:
    """`const auto n = v.size();` is unsigned too; a test of n before the loop guards it."""
    loop = "for (std::size_t i = 0; i < n - 1; ++i) best = std::max(best, v[i + 1] - v[i]);"
    bare = f"int gap(const std::vector<int>& v) {{ const auto n = v.size(); int best = 0; {loop} return best; }}"
    guarded = bare.replace("int best = 0;", "if (n < 2) return 0; int best = 0;")
    assert _ids(bare, "cpp", "c-loop-to-count-minus-one") == ["c-loop-to-count-minus-one"]
    assert _ids(guarded, "cpp", "c-loop-to-count-minus-one") == []
