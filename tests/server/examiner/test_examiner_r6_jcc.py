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


def test_object_made_with_new_and_left_on_an_early_return() -> None:
    """C++: `new` is an acquisition like malloc; `delete` or a smart pointer taking it is the
    release (the examples of c.yaml must parse as C, so the C++ forms are tested here)."""
    rule = "c-return-leaks-resource"
    leaks = ("Widget* make(int id) { Widget* w = new Widget(id); "
             "if (!w->valid()) return nullptr; return w; }")
    deleted = ("Widget* make(int id) { Widget* w = new Widget(id); "
               "if (!w->valid()) { delete w; return nullptr; } return w; }")
    owned = ("std::unique_ptr<Widget> make(int id) { Widget* w = new Widget(id); "
             "std::unique_ptr<Widget> owner(w); if (!w->valid()) return nullptr; return owner; }")
    adopted = ("int fill(Registry& r, int id) { Widget* w = new Widget(id); r.adopt(w); "
               "if (!w->valid()) return -1; return 0; }")
    assert _ids(leaks, "cpp", rule) == [rule]
    assert _ids(deleted, "cpp", rule) == []
    assert _ids(owned, "cpp", rule) == []
    assert _ids(adopted, "cpp", rule) == []
