"""A join done as a search per item: inside a loop, a comprehension walks another collection
for what matches the current item (Python wiki, TimeComplexity: a scan is linear, so a scan per
item is n × m). Silent where the comprehension walks a piece of the item, does not depend on
it, or the join goes through a dict."""

from __future__ import annotations

import pytest

from server.examiner import analyse

FOUND = [
    ('''def build(orders, customers):
    out = []
    for order in orders:
        cid = order["customer_id"]
        customer = next((c for c in customers if c["id"] == cid), None)
        out.append((order["id"], customer))
    return out
''', 5, "O(n*m)", "customers"),
    ('''def teams(rows, users):
    found = {}
    for row in rows:
        found[row.team] = [u.name for u in users if u.team == row.team]
    return found
''', 4, "O(n*m)", "users"),
    ('''def duplicates(people):
    seen = []
    for p in people:
        if len([q for q in people if q.email == p.email]) > 1:
            seen.append(p)
    return seen
''', 4, "O(n^2)", "people"),
]

QUIET = [
    '''def totals(orders):
    out = []
    for order in orders:
        out.append(len([line for line in order.lines if line.qty > 10]))
    return out
''',
    '''def active_counts(orders, customers):
    out = []
    for order in orders:
        out.append((order, len([c for c in customers if c.active])))
    return out
''',
    '''def build(orders, customers):
    by_id = {c["id"]: c for c in customers}
    out = []
    for o in orders:
        out.append(by_id.get(o["customer_id"]))
    return out
''',
]


def _searches(source: str) -> list[tuple[int, str | None, str]]:
    return [(f.line, f.facts.cost.complexity, f.facts.cost.scanned) for f in analyse("m.py", None, source)
            if f.kind == "complexity" and f.facts is not None and f.facts.cost is not None
            and "looking for a match" in (f.facts.cost.derivation or "")]


@pytest.mark.parametrize(("source", "line", "cost", "scanned"), FOUND)
def test_a_search_per_item_is_a_cost_finding(source: str, line: int, cost: str, scanned: str) -> None:
    assert _searches(source) == [(line, cost, scanned)]


@pytest.mark.parametrize("source", QUIET)
def test_no_search_per_item_where_the_scan_is_of_the_item_or_not_keyed_by_it(source: str) -> None:
    assert _searches(source) == []


def test_no_search_per_item_over_a_module_table_of_fixed_size() -> None:
    source = '''_UNITS = [("k", 1_000), ("m", 1_000_000)]


def scale(values):
    out = []
    for v in values:
        out.append(next((n for s, n in _UNITS if v.endswith(s)), 1))
    return out
'''
    assert _searches(source) == []
