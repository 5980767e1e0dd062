"""Exponential recursion: calls that multiply with nothing kept between them (a memo, a visited
set), in every language; and the shapes where the calls do not multiply."""

from __future__ import annotations

import pytest

from server.examiner import analyse
from server.examiner.analysis.memo import graph_lookup, keeps_results, names_from

FOUND = [
    ("fib.py", "def fib(n):\n    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n"),
    # two calls on `i + 1` (take the item or leave it): 2^n without a memo
    ("pack.py", ("def best(items, i, room):\n    if i == len(items):\n        return 0\n"
                "    skip = best(items, i + 1, room)\n    w, v = items[i]\n    if w > room:\n"
                "        return skip\n    return max(skip, v + best(items, i + 1, room - w))\n")),
    # one call per edge out of a node of a graph: a node two paths reach is walked again
    ("routes.py", ("class Map:\n    def __init__(self, roads):\n        self.roads = roads\n\n"
                  "    def ways(self, town, goal):\n        if town == goal:\n            return 1\n"
                  "        total = 0\n        for nxt in self.roads.get(town, []):\n"
                  "            total += self.ways(nxt, goal)\n        return total\n")),
    ("Trails.java", ("import java.util.*;\nclass Trails {\n  Map<String, List<String>> links = "
                    "new HashMap<>();\n  int longest(String from) {\n    int best = 0;\n"
                    "    List<String> seen = new ArrayList<>();\n"
                    "    for (String next : links.getOrDefault(from, List.of())) {\n"
                    "      seen.add(from);\n      best = Math.max(best, 1 + longest(next));\n"
                    "    }\n    return best;\n  }\n}\n")),
    ("paths.go", ("package main\n\ntype graph struct{ out map[int][]int }\n\n"
                 "func (g *graph) count(from, to int) int {\n\tif from == to {\n\t\treturn 1\n\t}\n"
                 "\tn := 0\n\tfor _, next := range g.out[from] {\n\t\tn += g.count(next, to)\n\t}\n"
                 "\treturn n\n}\n")),
    ("deps.js", ("function cost(pkg, deps) {\n  let total = 1;\n"
                "  for (const d of deps.get(pkg) ?? []) {\n    total += cost(d, deps);\n  }\n"
                "  return total;\n}\n")),
    ("climb.rs", ("fn ways(n: u64) -> u64 {\n    if n <= 1 {\n        return 1;\n    }\n"
                 "    ways(n - 1) + ways(n - 2)\n}\n")),
]

SILENT = [
    ("fib.py", ("from functools import lru_cache\n\n\n@lru_cache(maxsize=None)\ndef fib(n):\n"
               "    if n < 2:\n        return n\n    return fib(n - 1) + fib(n - 2)\n")),
    ("fib2.py", ("def fib(n, memo=None):\n    memo = {} if memo is None else memo\n"
                "    if n < 2:\n        return n\n    if n not in memo:\n"
                "        memo[n] = fib(n - 1, memo) + fib(n - 2, memo)\n    return memo[n]\n")),
    ("Fib.java", ("import java.util.*;\nclass Fib {\n  Map<Integer, Long> known = new HashMap<>();\n"
                 "  long fib(int n) {\n    if (n < 2) return n;\n"
                 "    if (known.containsKey(n)) return known.get(n);\n"
                 "    long r = fib(n - 1) + fib(n - 2);\n    known.put(n, r);\n    return r;\n  }\n}\n")),
    ("fib.go", ("package main\n\nvar seen = map[int]int{}\n\nfunc fib(n int) int {\n\tif n < 2 {\n"
               "\t\treturn n\n\t}\n\tif v, ok := seen[n]; ok {\n\t\treturn v\n\t}\n"
               "\tr := fib(n-1) + fib(n-2)\n\tseen[n] = r\n\treturn r\n}\n")),
    # the two calls are alternatives: one runs per call
    ("steps.py", ("def steps(n):\n    if n <= 1:\n        return 0\n    if n % 2 == 0:\n"
                 "        return 1 + steps(n - 2)\n    return 1 + steps(n - 1)\n")),
    ("steps.js", ("function steps(n) {\n  if (n <= 1) return 0;\n  if (n % 2 === 0) {\n"
                 "    return 1 + steps(n - 2);\n  } else {\n    return 1 + steps(n - 1);\n  }\n}\n")),
    ("steps2.js", ("function steps(n) {\n  if (n <= 1) return 0;\n"
                  "  if (n % 2 === 0) return 1 + steps(n - 2);\n  return 1 + steps(n - 1);\n}\n")),
    ("steps.go", ("package main\n\nfunc steps(n int) int {\n\tif n <= 1 {\n\t\treturn 0\n\t}\n"
                 "\tif n%2 == 0 {\n\t\treturn 1 + steps(n-2)\n\t}\n\treturn 1 + steps(n-1)\n}\n")),
    # a split around a local pivot halves the input (quicksort, binary search)
    ("qs.py", ("def qs(a, lo, hi):\n    if lo >= hi:\n        return\n    p = part(a, lo, hi)\n"
              "    qs(a, lo, p - 1)\n    qs(a, p + 1, hi)\n")),
    # a hierarchy: each node has one parent
    ("org.py", ("def headcount(boss, reports):\n    total = 1\n"
               "    for person in reports.get(boss, []):\n"
               "        total += headcount(person, reports)\n    return total\n")),
    # a visited set: each node once
    ("Walk.java", ("import java.util.*;\nclass Walk {\n  Map<String, List<String>> links;\n"
                  "  Set<String> done = new HashSet<>();\n  void visit(String at) {\n"
                  "    if (!done.add(at)) return;\n"
                  "    for (String next : links.getOrDefault(at, List.of())) {\n"
                  "      visit(next);\n    }\n  }\n}\n")),
    ("walk.go", ("package main\n\nfunc visit(at int, out map[int][]int, done map[int]bool) {\n"
                "\tif done[at] {\n\t\treturn\n\t}\n\tdone[at] = true\n"
                "\tfor _, next := range out[at] {\n\t\tvisit(next, out, done)\n\t}\n}\n")),
]


def _branching(path: str, source: str) -> list[int]:
    return [f.line for f in analyse(path, None, source) if f.kind == "branching_recursion"]


@pytest.mark.parametrize(("path", "source"), FOUND, ids=[p for p, _ in FOUND])
def test_calls_that_multiply_are_found(path: str, source: str) -> None:
    assert _branching(path, source)


@pytest.mark.parametrize(("path", "source"), SILENT, ids=[p for p, _ in SILENT])
def test_calls_that_do_not_multiply_are_left_alone(path: str, source: str) -> None:
    assert not _branching(path, source)


def test_a_key_made_from_the_arguments_is_a_memo_key() -> None:
    text = 'key := fmt.Sprintf("%d/%d", i, c)\nif v, ok := memo[key]; ok {\n\treturn v\n}'
    assert {"i", "c", "key"} <= names_from(text, ["i", "c"])
    assert keeps_results(text, ["i", "c"])


def test_a_list_made_in_the_call_keeps_nothing_unless_it_is_handed_on() -> None:
    text = "path = []\npath.append(node)\nfor n in g[node]:\n    walk(n)\n"
    assert not keeps_results(text.replace("append", "add"), ["node"])
    assert keeps_results(text.replace("append", "add"), ["node"], passed="n, path")


def test_a_lookup_by_the_argument_is_read_from_several_spellings() -> None:
    assert graph_lookup("streets.getOrDefault(from, List.of())", ["from"]) == \
        "streets.getOrDefault(from"
    assert graph_lookup("self.edges[node]", ["node"]) == "self.edges[node]"
    assert graph_lookup("children[node]", ["node"]) == ""
    assert graph_lookup("edges[other]", ["node"]) == ""
