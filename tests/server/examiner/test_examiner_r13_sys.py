"""Session 19 (Go, Java, Rust, C, C++): well-known documented hazards no rule asked about, on
take-home programs of one's own (`takehome_sys/`): the first question on each is the new
finding, and the same program with the hazard fixed the way a reviewer would accept asks no
question that claims a defect. Forms beyond the rules' own examples, and near misses, too."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.examiner.analysis.kinds import Kind
from server.examiner.findings import language_of
from tests.support.rule_tables import fires, first_question

PROGRAMS = Path(__file__).resolve().parent / "takehome_sys"

FIRST = [
    # (program, rule, kind, the fix: (text, replacement) pairs)
    ("report_rows.go", "go-append-to-shared-prefix", "aliased_slice",
     (("row := append(prefix, ", "row := append(prefix[:len(prefix):len(prefix)], "),)),
    ("leaderboard.go", "go-append-over-sliced-elements", "aliased_slice",
     (("top := l.scores[:n]", "top := append([]Score(nil), l.scores[:n]...)"),)),
    ("crawler.go", "go-receiver-map-written-from-goroutines", "race_condition",
     (("\tc.sizes[url] = n\n", "\tc.mu.Lock()\n\tdefer c.mu.Unlock()\n\tc.sizes[url] = n\n"),)),
    ("feeds.go", "go-receiver-map-written-from-goroutines", "race_condition",
     (("\tlast map[string]float64\n", "\tmu   sync.Mutex\n\tlast map[string]float64\n"),
      ("\tb.last[p.Symbol] = p.Value\n", "\tb.mu.Lock()\n\tb.last[p.Symbol] = p.Value\n\tb.mu.Unlock()\n"),
      ("\tv, ok := b.last[sym]\n", "\tb.mu.Lock()\n\tdefer b.mu.Unlock()\n\tv, ok := b.last[sym]\n"))),
    ("wordcount.go", "go-map-write-in-goroutine", "race_condition",
     (("\t\t\tfor sc.Scan() {\n\t\t\t\tcounts[strings.ToLower(sc.Text())]++\n\t\t\t}\n",
       ("\t\t\tmine := map[string]int{}\n\t\t\tfor sc.Scan() {\n\t\t\t\tmine[strings.ToLower(sc.Text())]++\n"
        "\t\t\t}\n\t\t\tmu.Lock()\n\t\t\tfor w, n := range mine {\n\t\t\t\tcounts[w] += n\n\t\t\t}\n"
        # the scanner's error kept too (go-scanner-err-unchecked, round rules-go9)
        "\t\t\tif err := sc.Err(); err != nil {\n\t\t\t\terrs = append(errs, err)\n\t\t\t}\n"
        "\t\t\tmu.Unlock()\n")),)),
    ("orders.go", "go-rows-not-closed", "resource_leak",
     (("\tvar out []Order\n", "\tdefer rows.Close()\n\tvar out []Order\n"),)),
    ("Board.java", "java-hash-key-mutated", "equality_bug",
     (("        c.move(dr, dc);\n        return occupied.contains(c);\n",
       ("        if (!occupied.remove(c)) {\n            return false;\n        }\n"
        "        c.move(dr, dc);\n        return occupied.add(c);\n")),)),
    ("bank.rs", "rust-refcell-borrowed-again", "wrong_result",
     ((("        let balances = self.balances.borrow();\n        for (who, bal) in balances.iter() {\n"
        "            let interest = bal * rate_pct / 100;\n            if interest > 0 {\n"
        "                self.deposit(who, interest);\n"),
       ("        let due: Vec<(String, i64)> = self.balances.borrow().iter()\n"
        "            .map(|(who, bal)| (who.clone(), bal * rate_pct / 100)).collect();\n"
        "        for (who, interest) in due {\n            if interest > 0 {\n"
        "                self.deposit(&who, interest);\n")),)),
    ("folders.rs", "rust-rc-back-pointer", "resource_leak",
     (("use std::rc::Rc;", "use std::rc::{Rc, Weak};"),
      ("parent: Option<Rc<RefCell<Folder>>>,", "parent: Option<Weak<RefCell<Folder>>>,"),
      ("parent: Some(Rc::clone(parent)),", "parent: Some(Rc::downgrade(parent)),"),
      ("    match &f.parent {\n        Some(p) => format!(\"{}/{}\", full_path(p), f.name),",
       ("    match f.parent.as_ref().and_then(Weak::upgrade) {\n"
        "        Some(p) => format!(\"{}/{}\", full_path(&p), f.name),")))),
    ("config.c", "c-atoi-unchecked", "ignored_error",
     (("#include <string.h>\n", "#include <string.h>\n#include <errno.h>\n#include <limits.h>\n"),
      ("static int apply(",
       ("static int parse_long(const char *s, long min, long max, long *out) {\n    char *end;\n"
        "    errno = 0;\n    long v = strtol(s, &end, 10);\n"
        "    if (errno != 0 || end == s || *end != '\\0' || v < min || v > max) {\n"
        "        return -1;\n    }\n    *out = v;\n    return 0;\n}\n\nstatic int apply(")),
      (("    if (strcmp(key, \"port\") == 0) {\n        cfg->port = atoi(value);\n"
        "    } else if (strcmp(key, \"workers\") == 0) {\n        cfg->workers = atoi(value);\n"
        "    } else if (strcmp(key, \"max_body\") == 0) {\n        cfg->max_body = atol(value);\n"),
       ("    long v;\n    if (strcmp(key, \"port\") == 0) {\n"
        "        if (parse_long(value, 1, 65535, &v) != 0) return -1;\n        cfg->port = (int)v;\n"
        "    } else if (strcmp(key, \"workers\") == 0) {\n"
        "        if (parse_long(value, 1, 256, &v) != 0) return -1;\n        cfg->workers = (int)v;\n"
        "    } else if (strcmp(key, \"max_body\") == 0) {\n"
        "        if (parse_long(value, 0, LONG_MAX, &v) != 0) return -1;\n        cfg->max_body = v;\n")))),
    ("registry.cpp", "cpp-returns-view-of-local", "wrong_result",
     (("std::string_view label(", "std::string label("),
      ("const std::string& first_or(", "std::string first_or("),
      ("const std::string& f = r.first_or", "const std::string f = r.first_or"))),
    ("planner.cpp", "cpp-container-grown-in-iterator-loop", "modified_while_iterating",
     ((("        for (auto it = tasks_.begin(); it != tasks_.end(); ++it) {\n"
        "            if (it->priority > 5) {\n                tasks_.push_back("),
       ("        std::vector<Task> extra;\n"
        "        for (auto it = tasks_.begin(); it != tasks_.end(); ++it) {\n"
        "            if (it->priority > 5) {\n                extra.push_back(")),
      ("            }\n        }\n    }\n\n    const std::vector<Task>& tasks()",
       ("            }\n        }\n        tasks_.insert(tasks_.end(), extra.begin(), extra.end());\n"
        "    }\n\n    const std::vector<Task>& tasks()")),
      ("        Task& t = find(task);\n        Task& d = find(on);\n        t.deps.push_back(d.name);\n",
       "        std::string dep = find(on).name;\n        find(task).deps.push_back(dep);\n"))),
]


def _program(name: str) -> str:
    return (PROGRAMS / name).read_text(encoding="utf-8")


def _fixed(code: str, fix: tuple[tuple[str, str], ...]) -> str:
    for old, new in fix:
        assert old in code, old
        code = code.replace(old, new)
    return code


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix"), FIRST, ids=[f[0] for f in FIRST])
def test_first_question_is_the_new_finding(name: str, rule_id: str, kind: str,
                                           fix: tuple[tuple[str, str], ...]) -> None:
    question = first_question(name, _program(name))
    assert (question.kind, question.facts.get("rule")) == (kind, rule_id), question.text


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix"), FIRST, ids=[f[0] for f in FIRST])
def test_the_fixed_program_asks_no_defect(name: str, rule_id: str, kind: str,
                                          fix: tuple[tuple[str, str], ...]) -> None:
    code = _fixed(_program(name), fix)
    assert not fires(language_of(name), rule_id, code)
    question = first_question(name, code)
    asked = Kind.of(question.kind)
    assert asked is None or not asked.claims_bug, question.text


@pytest.mark.parametrize(("name", "wrong"), [
    # a value only in the query of a fixed base URL (in a helper of the handler) is no forgery
    ("rates.go", "bypassable_check"),
    # `text[i%len(text)]` over a slice written out with elements cannot divide by zero
    ("wordstats.go", "empty_input"),
])
def test_no_false_premise_on_a_well_kept_program(name: str, wrong: str) -> None:
    assert first_question(name, _program(name)).kind != wrong


FOUND = [
    ("go", "go-append-to-shared-prefix",
     ("func f(xs []string) [][]string {\n\targs := []string{\"run\"}\n\targs = append(args, \"-v\")\n"
      "\tvar out [][]string\n\tfor _, x := range xs {\n\t\ta := append(args, x)\n\t\tout = append(out, a)\n"
      "\t}\n\treturn out\n}")),
    ("go", "go-append-to-shared-prefix",
     ("func Paths(root []int, kids []int, ch chan<- []int) {\n\tfor _, k := range kids {\n"
      "\t\tch <- append(root, k)\n\t}\n}")),
    ("go", "go-append-over-sliced-elements",
     ("func f(xs []int, k int) ([]int, int) {\n\thead := xs[:k]\n\thead = append(head, -1)\n"
      "\treturn head, xs[k]\n}")),
    ("go", "go-receiver-map-written-from-goroutines",
     ("type C struct{ m map[string]int }\n\nfunc (c *C) drop(k string) { delete(c.m, k) }\n\n"
      "func (c *C) All(ks []string) {\n\tfor _, k := range ks {\n\t\tgo c.drop(k)\n\t}\n}")),
    ("go", "go-receiver-map-written-from-goroutines",
     ("type Store struct{ m map[string]int }\n\nfunc (s *Store) put(k string) { s.m[k] = 1 }\n\n"
      "func main() {\n\ts := &Store{m: map[string]int{}}\n\tvar wg sync.WaitGroup\n"
      "\tfor i := 0; i < 4; i++ {\n\t\twg.Add(1)\n"
      "\t\tgo func(i int) { defer wg.Done(); s.put(fmt.Sprint(i)) }(i)\n\t}\n\twg.Wait()\n}")),
    ("go", "go-rows-not-closed",
     ("func f(db *sql.DB) (int, error) {\n\trows, err := db.Query(\"SELECT id FROM t\")\n"
      "\tif err != nil {\n\t\treturn 0, err\n\t}\n\tn := 0\n\tfor rows.Next() {\n\t\tn++\n"
      "\t\tif n > 10 {\n\t\t\tbreak\n\t\t}\n\t}\n\treturn n, nil\n}")),
    ("java", "java-hash-key-mutated",
     ("class T {\n  static class P { int x;\n    public int hashCode() { return x; }\n"
      "    public boolean equals(Object o) { return o instanceof P p && p.x == x; } }\n"
      "  private final Set<P> seen = new HashSet<>();\n  void bump(P p) { seen.add(p); p.x++; }\n}")),
    ("rust", "rust-refcell-borrowed-again",
     ("impl S {\n    fn f(&self, k: u32) {\n        match self.state.borrow().get(&k) {\n"
      "            Some(_) => { self.state.borrow_mut().remove(&k); }\n            None => {}\n"
      "        }\n    }\n}")),
    ("rust", "rust-refcell-borrowed-again",
     ("impl S {\n    fn add(&self) { self.x.borrow_mut().push(1); }\n    fn f(&self) {\n"
      "        for v in self.x.borrow().iter() {\n            if *v > 3 { self.add(); }\n        }\n    }\n}")),
    ("rust", "rust-rc-back-pointer",
     "struct Node {\n    val: i32,\n    next: Option<Rc<RefCell<Node>>>,\n    prev: Option<Rc<RefCell<Node>>>,\n}"),
    ("cpp", "cpp-returns-view-of-local",
     ("std::string_view render(int n) {\n    std::ostringstream os;\n    os << n;\n"
      "    std::string s = os.str();\n    return s;\n}")),
    ("cpp", "cpp-container-grown-in-iterator-loop",
     ("void f(std::deque<int>& d) {\n    for (auto it = d.begin(); it != d.end(); ++it) {\n"
      "        if (*it < 0) d.push_back(-*it);\n    }\n}")),
    ("cpp", "cpp-reference-kept-across-growing-call",
     ("class Planner {\n    std::vector<Task> tasks_;\n    Task& add(const std::string& n) {\n"
      "        tasks_.push_back(Task{n});\n        return tasks_.back();\n    }\n"
      "    Task& find(const std::string& n) {\n        for (auto& t : tasks_) if (t.name == n) return t;\n"
      "        return add(n);\n    }\npublic:\n    void depend(const std::string& a, const std::string& b) {\n"
      "        Task& t = find(a);\n        Task& d = find(b);\n        t.deps.push_back(d.name);\n    }\n};")),
]

SILENT = [
    # a result spread into the collection, not kept as a slice
    ("go", "go-append-to-shared-prefix",
     ("func f(prefix []string, xs []string) {\n\tvar out []string\n\tfor _, x := range xs {\n"
      "\t\tout = append(out, append(prefix, x)...)\n\t}\n\tuse(out)\n}")),
    # a result used in the iteration and dropped
    ("go", "go-append-to-shared-prefix",
     ("func f(xs []string) {\n\targs := []string{\"run\"}\n\targs = append(args, \"-v\")\n"
      "\tfor _, x := range xs {\n\t\texec.Command(\"go\", append(args, x)...).Run()\n\t}\n}")),
    # a prefix with no spare room (strings.Fields allocates exactly)
    ("go", "go-append-to-shared-prefix",
     ("func f(xs []string) []string {\n\tbase := strings.Fields(\"a b\")\n\tvar out []string\n"
      "\tfor _, x := range xs {\n\t\trow := append(base, x)\n\t\tout = append(out, strings.Join(row, \",\"))\n"
      "\t}\n\treturn out\n}")),
    # the local cut from is never read again
    ("go", "go-append-over-sliced-elements",
     "func f(k int) []int {\n\txs := load()\n\thead := xs[:k]\n\thead = append(head, -1)\n\treturn head\n}"),
    # a lock taken around the call in the goroutine
    ("go", "go-receiver-map-written-from-goroutines",
     ("type C struct {\n\tmu sync.Mutex\n\tm  map[string]int\n}\n\nfunc (c *C) put(k string) { c.m[k] = 1 }\n\n"
      "func (c *C) All(ks []string) {\n\tfor _, k := range ks {\n"
      "\t\tgo func(k string) { c.mu.Lock(); c.put(k); c.mu.Unlock() }(k)\n\t}\n}")),
    # rows handed to a helper that closes them
    ("go", "go-rows-not-closed",
     ("func f(db *sql.DB) error {\n\trows, err := db.Query(\"x\")\n\tif err != nil {\n\t\treturn err\n\t}\n"
      "\tdefer closeRows(rows)\n\tfor rows.Next() {\n\t\tif bad() {\n\t\t\treturn errBad\n\t\t}\n\t}\n"
      "\treturn nil\n}")),
    # a field hashCode does not read
    ("java", "java-hash-key-mutated",
     ("class T {\n  static class P { int x; String tag;\n    public int hashCode() { return x; }\n"
      "    public boolean equals(Object o) { return o instanceof P p && p.x == x; } }\n"
      "  private final Set<P> seen = new HashSet<>();\n  void tag(P p) { seen.add(p); p.tag = \"a\"; }\n}")),
    # a list, not a hash collection
    ("java", "java-hash-key-mutated",
     ("class T {\n  static class P { int x;\n    public int hashCode() { return x; }\n"
      "    public boolean equals(Object o) { return o instanceof P p && p.x == x; } }\n"
      "  private final List<P> seen = new ArrayList<>();\n  void bump(P p) { seen.add(p); p.x++; }\n}")),
    # two cells, and the first guard ended by its block
    ("rust", "rust-refcell-borrowed-again",
     ("impl S {\n    fn f(&self) {\n        let a = self.x.borrow();\n        let mut b = self.y.borrow_mut();\n"
      "        b.push(a.len());\n    }\n}")),
    ("rust", "rust-refcell-borrowed-again",
     ("impl S {\n    fn f(&self) {\n        {\n            let a = self.x.borrow();\n"
      "            println!(\"{}\", a.len());\n        }\n        self.x.borrow_mut().push(1);\n    }\n}")),
    # `Borrow::borrow` on a key is no RefCell
    ("rust", "rust-refcell-borrowed-again",
     "fn f(key: &String) {\n    let s: &str = key.borrow();\n    println!(\"{s}\");\n}"),
    ("rust", "rust-rc-back-pointer",
     "struct Node {\n    val: i32,\n    next: Option<Rc<RefCell<Node>>>,\n    prev: Option<Weak<RefCell<Node>>>,\n}"),
    # an Rc of another type
    ("rust", "rust-rc-back-pointer",
     "struct Node {\n    parent: Option<Rc<Config>>,\n    children: Vec<Rc<RefCell<Node>>>,\n}"),
    ("cpp", "cpp-returns-view-of-local",
     "struct P {\n    std::string name;\n    std::string_view view() const { return name; }\n};"),
    # the loop left right after the growth
    ("cpp", "cpp-container-grown-in-iterator-loop",
     ("void f(std::vector<int>& v) {\n    for (auto it = v.begin(); it != v.end(); ++it) {\n"
      "        if (*it < 0) {\n            v.push_back(0);\n            return;\n        }\n    }\n}")),
    ("c", "c-atoi-unchecked",
     "int f(const char *s) {\n    char *end;\n    long v = strtol(s, &end, 10);\n    return (int)v;\n}"),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FOUND, ids=[f[1] for f in FOUND])
def test_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code), rule_id


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT, ids=[f[1] for f in SILENT])
def test_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code), rule_id
