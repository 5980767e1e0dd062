"""A linear scan behind a call: a loop calls a function of the same file that walks all of a
store of records the program keeps adding to, in every language, and the shapes where it must
stay silent (the helper walks its own argument, a fixed table, a buffer it empties, or the call
runs only on an error path)."""

from __future__ import annotations

import pytest

from server.examiner import analyse


def _costs(path: str, source: str) -> list[tuple[int, str | None, str]]:
    """(line, derived cost, derivation) of every cost finding that walks behind a call."""
    out = []
    for f in analyse(path, None, source):
        cost = f.facts.cost if f.facts is not None else None
        if f.kind == "complexity" and cost is not None and "walks all of" in (cost.derivation or ""):
            out.append((f.line, cost.complexity, cost.derivation or ""))
    return out


_PY_STORE = '''class Catalog:
    def __init__(self, items):
        self.items = list(items)

    def _find(self, key):
        for item in self.items:
            if item.key == key:
                return item
        return None

    def add(self, item):
        self.items.append(item)

    def merge(self, rows):
        for row in rows:
            found = self._find(row.key)
            if found is None:
                self.add(row)
'''

FOUND = [
    ("catalog.py", _PY_STORE, 16, "O(n*m)", "self.items"),
    ("catalog.py", _PY_STORE.replace("self.add(row)", "self.items.append(row)"), 16, "O(n^2)",
     "self.items"),
    ("book.cpp", """#include <vector>
#include <string>
struct Order { std::string who; double amount; };
class Book {
public:
    void add(Order o) { orders_.push_back(o); }
    double total(const std::string& who) const {
        double sum = 0;
        for (const auto& o : orders_) if (o.who == who) sum += o.amount;
        return sum;
    }
    double report(const std::vector<std::string>& people) const {
        double all = 0;
        for (const auto& p : people) all += total(p);
        return all;
    }
private:
    std::vector<Order> orders_;
};
""", 14, "O(n*m)", "orders_"),
    ("store.js", """class Store {
  constructor() { this.users = []; }
  add(user) { this.users.push(user); }
  byName(name) { return this.users.find((u) => u.name === name); }
  importAll(rows) {
    for (const row of rows) {
      if (!this.byName(row.name)) this.add(row);
    }
  }
}
""", 7, "O(n*m)", "this.users"),
    ("jobs.go", """package jobs

type Job struct{ ID string }

type Queue struct{ jobs []Job }

func (q *Queue) Add(j Job) { q.jobs = append(q.jobs, j) }

func (q *Queue) has(id string) bool {
	for _, j := range q.jobs {
		if j.ID == id {
			return true
		}
	}
	return false
}

func (q *Queue) AddAll(batch []Job) {
	for _, j := range batch {
		if !q.has(j.ID) {
			q.Add(j)
		}
	}
}
""", 20, "O(n*m)", "q.jobs"),
    ("Registry.java", """import java.util.ArrayList;
import java.util.List;

public class Registry {
    private final List<String> names = new ArrayList<>();

    public void register(String name) { names.add(name); }

    private boolean known(String name) {
        for (String n : names) {
            if (n.equalsIgnoreCase(name)) return true;
        }
        return false;
    }

    public int countKnown(List<String> batch) {
        int count = 0;
        for (String b : batch) {
            if (known(b)) count++;
        }
        return count;
    }
}
""", 19, "O(n*m)", "names"),
]


@pytest.mark.parametrize(("path", "source", "line", "cost", "scanned"), FOUND,
                         ids=[f"{p}-{c}" for p, _, _, c, _ in FOUND])
def test_a_loop_calling_a_scan_of_a_growing_store_is_a_cost_finding(
        path: str, source: str, line: int, cost: str, scanned: str) -> None:
    found = _costs(path, source)
    assert [(x[0], x[1]) for x in found] == [(line, cost)], found
    assert f"`{scanned}`" in found[0][2]


QUIET = [
    # the helper walks the argument it is handed, not a store
    ("parts.py", """class Parser:
    def __init__(self):
        self.seen = []

    def count(self, fields):
        n = 0
        for f in fields:
            n += 1
        return n

    def run(self, rows):
        for row in rows:
            self.seen.append(self.count(row.fields))
"""),
    # a fixed table: nothing adds to it
    ("rules.py", """class Checker:
    def __init__(self):
        self.rules = [len, str]

    def check(self, value):
        return all(rule(value) for rule in self.rules)

    def run(self, values):
        return [v for v in values if self.check(v)]

    def loop(self, values):
        for v in values:
            self.check(v)
"""),
    # a buffer: emptied after each piece of work, as big as one piece
    ("flush.py", """class Writer:
    def __init__(self):
        self.buf = []

    def put(self, item):
        self.buf.append(item)

    def size(self):
        total = 0
        for b in self.buf:
            total += len(b)
        return total

    def flush(self):
        self.buf.clear()

    def write_all(self, items):
        for item in items:
            self.put(item)
            if self.size() > 100:
                self.flush()
"""),
    # the scan runs only when something failed
    ("retry.py", """class Pool:
    def __init__(self):
        self.dead = []

    def mark(self, host):
        self.dead.append(host)

    def report(self):
        return [h for h in self.dead]

    def run(self, hosts):
        for host in hosts:
            try:
                ping(host)
            except OSError:
                self.mark(host)
                self.report()
"""),
    # a while loop polls: how often it runs is not the size of a collection
    ("Poll.java", """import java.util.ArrayList;
import java.util.List;

public class Poll {
    private final List<String> done = new ArrayList<>();

    public void finish(String id) { done.add(id); }

    private int pending() {
        int n = 0;
        for (String d : done) n += d.length();
        return n;
    }

    public void await(int want) {
        while (want > 0) {
            want -= pending();
        }
    }
}
"""),
    # the helper's collection is its own local, built per call from its argument
    ("index.js", """const cache = [];
function remember(x) { cache.push(x); }
function words(text) {
  const parts = text.split(' ');
  let n = 0;
  for (const p of parts) n += p.length;
  return n;
}
function total(lines) {
  let sum = 0;
  for (const line of lines) sum += words(line);
  return sum;
}
"""),
]


@pytest.mark.parametrize(("path", "source"), QUIET, ids=[p for p, _ in QUIET])
def test_no_scan_behind_a_call_where_nothing_grows_per_item(path: str, source: str) -> None:
    assert _costs(path, source) == []


_PY_LOOKUP = '''def _find_line(lines, ref):
    for line in lines:
        if line.ref == ref:
            return line
    return None


def reconcile(ledger, statement):
    out = []
    for entry in ledger:
        out.append((entry, _find_line(statement, entry.ref)))
    return out
'''


def test_a_search_of_another_input_behind_a_call_is_a_cost_finding() -> None:
    """The helper searches the argument it is handed, and the caller hands it an input of its
    own: each item of `ledger` walks all of `statement`."""
    found = _costs("recon.py", _PY_LOOKUP)
    assert [(line, cost) for line, cost, _ in found] == [(11, "O(n*m)")]
    assert "walks all of `statement`" in found[0][2] and "len(ledger) × len(statement)" in found[0][2]


@pytest.mark.parametrize("change", [
    # the caller indexes the input first: the helper is handed a dict
    ("    out = []\n", "    statement = {s.ref: s for s in statement}\n    out = []\n"),
    # the helper is handed the loop's own item, not another input
    ("_find_line(statement, entry.ref)", "_find_line(entry.lines, entry.ref)"),
    # a walk that searches for nothing: a few option values, each used
    ("        if line.ref == ref:\n            return line\n", "        emit(line, ref)\n"),
])
def test_no_cost_finding_where_the_helper_is_handed_no_other_input(change: tuple[str, str]) -> None:
    assert _costs("recon.py", _PY_LOOKUP.replace(*change)) == []
