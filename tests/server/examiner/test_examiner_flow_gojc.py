"""Round flow-gojc: a caller's slice sorted in place is asked after a lost resource."""

from __future__ import annotations

from server.examiner import analyse
from server.examiner.questions import candidate_questions, importance, reorders_argument

_GO = '''package stats

import (
	"bufio"
	"os"
	"sort"
)

func Median(xs []float64) float64 {
	sort.Float64s(xs)
	return xs[len(xs)/2]
}

func CountLines(paths []string) (int, error) {
	total := 0
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return 0, err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			total++
		}
	}
	return total, nil
}
'''


def test_a_defer_in_a_loop_is_asked_before_a_slice_sorted_in_place() -> None:
    findings = analyse("stats.go", None, _GO)
    kinds = {f.kind for f in findings}
    assert {"mutated_argument", "defer_in_loop"} <= kinds
    first = candidate_questions(findings)[0]
    assert first.kind == "defer_in_loop" and first.identifier == "CountLines"


def test_only_a_reordering_is_ranked_with_design() -> None:
    """The sort rules' findings rank with design; another argument changed in place (a
    shallow copy's shared list changed) keeps its correctness rank."""
    sorted_ = next(f for f in analyse("stats.go", None, _GO) if f.kind == "mutated_argument")
    assert reorders_argument(sorted_)
    leak = next(f for f in analyse("stats.go", None, _GO) if f.kind == "defer_in_loop")
    assert importance(leak) < importance(sorted_)
    py = ("def scaled(recipe, k):\n    copy = dict(recipe)\n"
          "    for item in copy[\"items\"]:\n        item[\"qty\"] *= k\n    return copy\n")
    shallow = [f for f in analyse("r.py", None, py) if f.kind == "mutated_argument"]
    assert shallow and not any(reorders_argument(f) for f in shallow)
    assert all(importance(f) < importance(sorted_) for f in shallow)


def test_an_array_cut_in_place_keeps_its_rank() -> None:
    """`splice` empties the caller's array: its contents change, not only their order."""
    js = ("function head(items, n) {\n  items.splice(n);\n  return items.length;\n}\n"
          "function rank(scores) {\n  scores.sort((a, b) => b - a);\n  return scores[0];\n}\n")
    found = [f for f in analyse("a.js", None, js) if f.kind == "mutated_argument"]
    by_line = {f.line: reorders_argument(f) for f in found}
    assert by_line == {2: False, 6: True}
