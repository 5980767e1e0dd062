"""C, C++ and Rust fact sheets: the same kinds of false claims are caught as in the other
languages (a linear operation called constant, a leak where scope closes it, a parameter
"unchanged" that is changed in place, a throw where the code returns null, sequential work
that is started concurrently), and true claims are left alone."""

from __future__ import annotations

import pytest

from server.examiner.factsheet import Cost, fact_sheet
from server.examiner.grading.claims import contradictions
from server.examiner.grading.core import language_of

C = '''#include <string.h>
char *join(char **parts, int n, char *out) {
    for (int i = 0; i < n; i++) {
        strcat(out, parts[i]);
    }
    if (n == 0) return NULL;
    return out;
}
'''
CPP = '''#include <vector>
#include <fstream>
#include <unordered_set>
int count_new(std::vector<int>& queue, const std::string& path) {
    std::ifstream in(path);
    std::unordered_set<int> seen;
    int fresh = 0;
    while (!queue.empty()) {
        int x = queue.front();
        queue.erase(queue.begin());
        if (seen.count(x)) continue;
        seen.insert(x);
        fresh++;
    }
    return fresh;
}
int* find_slot(int* slots, int n, int key) {
    for (int i = 0; i < n; i++) if (slots[i] == key) return &slots[i];
    return nullptr;
}
'''
RUST = '''use std::collections::HashSet;
use std::fs::File;
use std::thread;

fn drain(queue: &mut Vec<i32>, path: &str) -> std::io::Result<usize> {
    let file = File::open(path)?;
    let mut seen = HashSet::new();
    while !queue.is_empty() {
        let x = queue.remove(0);
        if seen.contains(&x) { continue; }
        seen.insert(x);
    }
    Ok(seen.len())
}

fn spawn_all(jobs: Vec<i32>) {
    let handles: Vec<_> = jobs.into_iter().map(|j| thread::spawn(move || work(j))).collect();
    for h in handles { h.join().unwrap(); }
}
'''


def test_the_languages_are_known_by_their_extensions() -> None:
    assert language_of("a.c") == "c" and language_of("a.hpp") == "cpp"
    assert language_of("src/main.rs") == "rust" and language_of("x.cc") == "cpp"


def test_each_sheet_reads_costs_resources_mutations_and_concurrency() -> None:
    c, cpp, rust = fact_sheet(C, "c"), fact_sheet(CPP, "cpp"), fact_sheet(RUST, "rust")
    assert c.parsed and cpp.parsed and rust.parsed
    assert {(o.operation, o.cost) for o in c.loop_operations} == {("strcat", Cost.LINEAR)}
    assert ("vector.erase(begin)", Cost.LINEAR) in {(o.operation, o.cost)
                                                   for o in cpp.loop_operations}
    assert ("unordered.lookup", Cost.CONSTANT) in {(o.operation, o.cost)
                                                  for o in cpp.loop_operations}
    assert {(o.operation, o.cost) for o in rust.loop_operations} >= {
        ("Vec::remove(0)", Cost.LINEAR), ("HashSet::contains", Cost.CONSTANT)}
    assert [r.closed_by for r in cpp.resources] == ["destructor"]
    assert [r.closed_by for r in rust.resources] == ["drop"]
    assert {m.parameter for m in cpp.mutations} == {"queue"}
    assert {m.parameter for m in rust.mutations} == {"queue"}
    assert {m.parameter for m in c.mutations} == {"out"}
    assert [c_.how for c_ in rust.concurrency] == ["thread"]
    finder = cpp.function("find_slot")
    assert finder is not None and finder.returns_none and not finder.raises


@pytest.mark.parametrize(("code", "language", "false", "true"), [
    (C, "c", "strcat is O(1), so building the string is linear overall.",
     "strcat scans out to its end every time, so the loop is quadratic."),
    (CPP, "cpp", "queue.erase(queue.begin()) is constant time.",
     "Erasing the front of a vector shifts every element: O(n) each time."),
    (RUST, "rust", "queue.remove(0) takes constant time.",
     "queue.remove(0) shifts the rest of the vector, so it is O(n)."),
])
def test_a_linear_operation_called_constant_is_contradicted(
        code: str, language: str, false: str, true: str) -> None:
    sheet = fact_sheet(code, language)
    assert any("linear" in c for c in contradictions(false, sheet)), false
    assert contradictions(true, sheet) == [], true


@pytest.mark.parametrize(("code", "language", "false", "true"), [
    (CPP, "cpp", "If erase throws, the stream in leaks.",
     "The ifstream in is closed by its destructor whichever way count_new returns."),
    (RUST, "rust", "When ? returns early the file is left open.",
     "file is dropped, and so closed, on every path out of drain."),
])
def test_a_leak_claimed_where_scope_closes_it_is_contradicted(
        code: str, language: str, false: str, true: str) -> None:
    sheet = fact_sheet(code, language)
    assert any("closed on every path" in c for c in contradictions(false, sheet)), false
    assert contradictions(true, sheet) == [], true


def test_parameters_changed_in_place_and_null_returns() -> None:
    cpp = fact_sheet(CPP, "cpp")
    assert any("in place" in c for c in contradictions("count_new leaves queue unchanged.", cpp))
    assert contradictions("count_new empties the caller's queue.", cpp) == []
    assert any("throws nothing" in c for c in contradictions(
        "find_slot throws an exception when the key is missing.", cpp))
    assert contradictions("find_slot returns nullptr when the key is missing.", cpp) == []
    rust = fact_sheet(RUST, "rust")
    assert any("in place" in c for c in contradictions("drain does not modify queue.", rust))


def test_work_started_on_threads_is_not_sequential() -> None:
    rust = fact_sheet(RUST, "rust")
    assert any("concurrently" in c for c in contradictions(
        "spawn_all runs the jobs one after another.", rust))
    assert contradictions("spawn_all runs each job on its own thread, then joins them.",
                          rust) == []


def test_code_that_is_not_valid_still_gives_a_sheet_or_none() -> None:
    """A broken file never raises: tree-sitter recovers, and the sheet says what it read."""
    sheet = fact_sheet("int main( { for (;;) strcat(", "c")
    assert sheet.language == "c"
