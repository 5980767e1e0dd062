"""Round forms-performance: the Python checks behind the performance hazards written in the
forms real code takes (`analysis/forms_performance.py`). A JavaScript scan once per item of a
collection that is a field, a helper's result or a parameter's list searched by key; a
function that calls itself once per pass of a loop with no memo (branching recursion). Each
with its escape: a fixed table, a Set, a memo."""

from __future__ import annotations

import pytest

from server.examiner import analyse


def _kinds(path: str, code: str) -> set[str]:
    return {f.kind for f in analyse(path, None, code)}


def _rules(path: str, code: str) -> set[str]:
    return {str(f.facts.rule.rule) for f in analyse(path, None, code) if f.facts.rule}


FIELD_FROM_HELPER = """\
function lateIds(loans, today) {
  return loans.filter((l) => l.due < today).map((l) => l.member);
}

class Desk {
  constructor(loans, today) {
    this.late = %s;
  }

  refuse(visits) {
    const out = [];
    for (const v of visits) {
      if (this.late.%s(v.member)) out.push(v);
    }
    return out;
  }
}
module.exports = { Desk };
"""


def test_a_field_filled_by_a_helper_from_data_is_a_growing_scan() -> None:
    code = FIELD_FROM_HELPER % ("lateIds(loans, today)", "includes")
    assert "js-linear-search-in-loop" in _rules("desk.js", code)


@pytest.mark.parametrize(("value", "method"), [
    ("new Set(lateIds(loans, today))", "has"),      # the fix: a Set
    ("['M-1', 'M-2']", "includes"),                  # a fixed table
])
def test_a_set_or_a_fixed_table_is_no_growing_scan(value: str, method: str) -> None:
    assert "js-linear-search-in-loop" not in _rules("desk.js", FIELD_FROM_HELPER % (value, method))


PART_OF_PARAMETER = """\
function priced(lines, catalog) {
  return lines.map((line) => {
    const product = %s;
    return { sku: line.sku, cents: product ? product.cents * line.qty : 0 };
  });
}
module.exports = { priced };
"""


def test_a_parameters_list_searched_by_key_per_element_is_a_scan() -> None:
    code = PART_OF_PARAMETER % "catalog.products.find((p) => p.sku === line.sku)"
    assert "js-linear-search-in-callback" in _rules("prices.js", code)


def test_a_parameters_list_searched_by_another_test_or_a_map_is_not() -> None:
    by_range = PART_OF_PARAMETER % "catalog.products.find((p) => p.minQty <= line.qty)"
    by_map = PART_OF_PARAMETER % "catalog.bySku.get(line.sku)"
    assert "js-linear-search-in-callback" not in _rules("prices.js", by_range)
    assert "js-linear-search-in-callback" not in _rules("prices.js", by_map)


STAIRS = """\
export class Stairs {
  constructor(private readonly strides: number[]) {}

  ways(left: number%s): number {
    if (left === 0) return 1;%s
    let n = 0;
    for (const s of this.strides) {
      if (s <= left) n += this.ways(left - s%s);
    }%s
    return n;
  }
}
"""


def test_a_self_call_per_pass_of_a_loop_is_branching_recursion() -> None:
    assert "branching_recursion" in _kinds("stairs.ts", STAIRS % ("", "", "", ""))


def test_a_memo_makes_it_linear() -> None:
    memo = STAIRS % (", memo = new Map<number, number>()",
                     "\n    const hit = memo.get(left);\n    if (hit !== undefined) return hit;",
                     ", memo", "\n    memo.set(left, n);")
    assert "branching_recursion" not in _kinds("stairs.ts", memo)


def test_the_same_shape_in_go_and_java() -> None:
    go = ("package p\n\nfunc ways(left int, coins []int) int {\n\tif left == 0 {\n\t\treturn 1\n\t}\n"
          "\tn := 0\n\tfor _, c := range coins {\n\t\tif c <= left {\n\t\t\tn += ways(left-c, coins)\n"
          "\t\t}\n\t}\n\treturn n\n}\n")
    java = ("class Coins {\n    static int ways(int left, int[] coins) {\n        if (left == 0) return 1;\n"
            "        int n = 0;\n        for (int c : coins) {\n"
            "            if (c <= left) n += ways(left - c, coins);\n"
            "        }\n        return n;\n    }\n}\n")
    assert "branching_recursion" in _kinds("coins.go", go)
    assert "branching_recursion" in _kinds("Coins.java", java)


def test_a_walk_down_a_tree_is_no_branching() -> None:
    tree = ("function size(node) {\n  let n = 1;\n  for (const child of node.children) {\n"
            "    n += size(child);\n  }\n  return n;\n}\nmodule.exports = { size };\n")
    assert "branching_recursion" not in _kinds("tree.js", tree)
