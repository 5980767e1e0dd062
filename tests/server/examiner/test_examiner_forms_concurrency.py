"""Round forms-concurrency: the filters behind the round's rules, on whole small programs (what a
rule's own `match`/`ignore` examples cannot show: the first question asked, and the premise
each filter checks outside the matched node)."""

from __future__ import annotations

import pytest

from server.examiner import analyse
from tests.support.rule_tables import first_question, rules_named

NEW_RULES = [
    ("java", "java-lock-order-across-methods"),
    ("cpp", "cpp-double-checked-plain-member"),
    ("cpp", "cpp-stop-flag-plain-bool"),
    ("cpp", "cpp-member-mutex-taken-again-in-callee"),
    ("go", "go-map-parameter-written-by-goroutines"),
    ("go", "go-channel-closed-again-by-defer"),
    ("go", "go-waitgroup-add-in-helper-in-goroutine"),
    ("go", "go-loop-variable-in-dispatched-closure"),
    ("go", "go-slice-of-locked-structs-copied"),
    ("typescript", "ts-floating-promise-through-typed-member"),
    ("python", "py-task-waits-on-own-pool"),
    ("c", "c-signal-handler-calls-unsafe-helper"),
    ("c", "c-predicate-changed-without-lock-before-signal"),
    ("rust", "rust-guard-held-across-blocking-call"),
    ("javascript", "js-free-path-picked-then-written"),
]


def test_every_rule_of_the_round_is_loaded_and_asks_about_concurrency() -> None:
    assert all(r.kind.category.value == "concurrency" for r in rules_named(NEW_RULES))


def _rules(path: str, code: str) -> set[str]:
    return {f.facts.rule.rule for f in analyse(path, None, code)
            if getattr(f.facts, "rule", None) is not None}


GO_TALLY = """package main

import "sync"

func add(words []string, seen map[string]int, mu *sync.Mutex, wg *sync.WaitGroup) {
	defer wg.Done()
	for _, w := range words {
		%s
	}
}

func count(pages [][]string) map[string]int {
	seen := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, p := range pages {
		wg.Add(1)
		go add(p, seen, &mu, &wg)
	}
	wg.Wait()
	return seen
}
"""


def test_go_map_parameter_race_is_asked_first() -> None:
    question = first_question("tally.go", GO_TALLY % "seen[w]++")
    assert question.kind == "race_condition" and question.line == 8


def test_go_map_parameter_written_under_a_deferred_unlock_is_clean() -> None:
    code = GO_TALLY % "func() { mu.Lock(); defer mu.Unlock(); seen[w]++ }()"
    assert "go-map-parameter-written-by-goroutines" not in _rules("tally.go", code)


JAVA_LEDGER = """import java.util.concurrent.locks.ReentrantLock;

class Ledger {
    private final ReentrantLock books = new ReentrantLock();
    private final ReentrantLock audit = new ReentrantLock();

    void post(long c) { books.lock(); try { %s } finally { books.unlock(); } %s }
    void review() { audit.lock(); try { total(); } finally { audit.unlock(); } }
    private void note(long c) { audit.lock(); try { log(c); } finally { audit.unlock(); } }
    private long total() { books.lock(); try { return sum(); } finally { books.unlock(); } }
}
"""


def test_java_locks_taken_in_both_orders_through_helpers() -> None:
    found = _rules("Ledger.java", JAVA_LEDGER % ("add(c); note(c);", ""))
    assert "java-lock-order-across-methods" in found


def test_java_helper_called_after_the_lock_is_given_back_is_clean() -> None:
    found = _rules("Ledger.java", JAVA_LEDGER % ("add(c);", "note(c);"))
    assert "java-lock-order-across-methods" not in found


PY_POOL = '''from concurrent.futures import ThreadPoolExecutor


class Crawler:
    def __init__(self):
        self.pool = ThreadPoolExecutor(max_workers=4)
        self.io = ThreadPoolExecutor(max_workers=16)

    def site(self, urls):
        pages = [self.%s.submit(fetch, u) for u in urls]
        return [p.result() for p in pages]

    def crawl(self, sites):
        return [f.result() for f in [self.pool.submit(self.site, s) for s in sites]]


def fetch(u):
    return u
'''


def test_python_task_waiting_on_its_own_pool_is_asked_first() -> None:
    question = first_question("crawler.py", PY_POOL % "pool")
    assert question.kind == "race_condition" and question.line == 10


def test_python_inner_work_on_a_second_pool_is_clean() -> None:
    assert "py-task-waits-on-own-pool" not in _rules("crawler.py", PY_POOL % "io")


@pytest.mark.parametrize(("declaration", "expected"), [
    ("bool stop_ = false;", True),
    ("std::atomic<bool> stop_{false};", False),
])
def test_cpp_stop_flag_needs_a_plain_bool(declaration: str, expected: bool) -> None:
    code = f"""#include <thread>
class Spinner {{
    {declaration}
    std::thread t_;
public:
    void start() {{ t_ = std::thread([this] {{ run(); }}); }}
    void run() {{ while (!stop_) {{ tick(); }} }}
    void halt() {{ stop_ = true; t_.join(); }}
}};
"""
    assert ("cpp-stop-flag-plain-bool" in _rules("spinner.cpp", code)) is expected


SIGNAL = """#include <signal.h>
#include <stdio.h>
static FILE *out;
static volatile sig_atomic_t stop;
static void finish(void) { %s }
static void on_term(int s) { (void)s; finish(); }
static void arm(int s, void (*h)(int)) { struct sigaction sa = {0}; sa.sa_handler = h; sigaction(s, &sa, NULL); }
int main(void) { arm(SIGTERM, on_term); while (!stop) work(); return 0; }
"""


def test_c_handler_installed_through_a_helper_reaches_stdio() -> None:
    assert "c-signal-handler-calls-unsafe-helper" in _rules("d.c", SIGNAL % "fflush(out);")


def test_c_handler_helper_that_only_sets_a_flag_is_clean() -> None:
    assert "c-signal-handler-calls-unsafe-helper" not in _rules("d.c", SIGNAL % "stop = 1;")


def test_go_main_reporting_a_step_error_is_no_swallowed_error() -> None:
    code = """package main

import "fmt"

func main() {
	s := newStore()
	if err := s.Load("a.json"); err != nil {
		fmt.Println(err)
	}
	fmt.Println(s.Len())
}
"""
    assert "go-error-only-logged" not in _rules("main.go", code)
