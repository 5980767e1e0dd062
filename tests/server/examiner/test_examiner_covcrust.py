"""Round cov-crust: documented C, C++ and Rust hazards asked about on take-home programs of
one's own (`takehome_covcrust/`): a `malloc` result used without a NULL check (CWE-476/690,
CERT ERR33-C/MEM32-C); a `char *` compared with a string literal by `==` (CWE-597, gcc's
-Waddress); a `getline` after `std::cin >> n` reading the newline that `>>` left (cppreference,
std::getline, Notes); a comparator that unwraps `f64::partial_cmp`, which panics on NaN (the
std docs on `partial_cmp` and `total_cmp`); and a lock taken with `let _ =`, which drops the
guard at once (clippy's let_underscore_lock). The first question on each is the finding; the
program fixed the way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_covcrust"

ALLOCATED = "    struct stock *s = malloc(sizeof *s);\n"
CHECKED = ALLOCATED + "    if (s == NULL)\n        return NULL;\n"

EXTRACTED = "        return 1;\n    }\n"
SKIPPED = EXTRACTED + "    std::cin.ignore(std::numeric_limits<std::streamsize>::max(), '\\n');\n"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    ("inventory.c", "c-allocation-used-unchecked", "ignored_error", ((ALLOCATED, CHECKED),)),
    ("shell.c", "c-string-compared-by-address", "equality_bug",
     (('if (cmd == "quit")', 'if (strcmp(cmd, "quit") == 0)'),)),
    ("quiz.cpp", "cpp-getline-after-extraction", "wrong_result", ((EXTRACTED, SKIPPED),)),
    ("leaderboard.rs", "rust-float-partial-cmp-unwrapped", "unhandled_error",
     (("a.seconds.partial_cmp(&b.seconds).unwrap()", "a.seconds.total_cmp(&b.seconds)"),)),
    ("ledger.rs", "rust-lock-guard-dropped-at-once", "race_condition",
     (("let _ = self.gate.lock()", "let _gate = self.gate.lock()"),)),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


FOUND = [
    ("c", "c-allocation-used-unchecked",
     "char *title(const char *s) {\n    char *t = strdup(s);\n    t[0] = toupper(t[0]);\n    return t;\n}\n"),
    ("cpp", "cpp-owning-class-copied-shallow",
     ("class Image {\n    unsigned char *px_;\npublic:\n    Image(int w, int h) : px_(new unsigned char[w * h]) {}\n"
     "    ~Image() { delete[] px_; }\n};\n")),
    ("cpp", "cpp-thread-destroyed-joinable",
     "void serve(Queue &q) {\n    std::thread worker(drain, std::ref(q));\n    q.close();\n}\n"),
    ("cpp", "cpp-stoi-outside-try",
     "int port(const Config &c) { return std::stoi(c.get(\"port\")); }\n"),
    ("rust", "rust-range-counts-down-empty",
     "fn print_back(v: &[u8]) { for i in v.len()..0 { println!(\"{}\", v[i]); } }\n"),
    ("rust", "rust-display-formats-itself",
     ("impl std::fmt::Display for Id {\n    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {\n"
     "        writeln!(f, \"id {}\", self)\n    }\n}\n")),
    ("rust", "rust-capacity-vec-indexed",
     ("fn zeros(n: usize) -> Vec<i32> {\n    let mut out: Vec<i32> = Vec::with_capacity(n);\n"
     "    out[n - 1] = 0;\n    out\n}\n")),
    ("rust", "rust-main-thread-not-joined",
     ("fn main() {\n    let path = std::env::args().nth(1).unwrap_or_default();\n"
     "    std::thread::spawn(move || index(&path));\n}\n")),
]

SILENT = [
    # the allocation checked by a ternary before use
    ("c", "c-allocation-used-unchecked",
     ("size_t n(const char *s) {\n    char *t = strdup(s);\n"
      "    size_t k = t ? strlen(t) : 0;\n    free(t);\n    return k;\n}\n")),
    # a std::string compared with a literal compares the text
    ("cpp", "c-string-compared-by-address",
     "bool quit(const std::string &cmd) { return cmd == \"quit\"; }\n"),
    # the thread handed to a vector the caller joins
    ("cpp", "cpp-thread-destroyed-joinable",
     "void spawn(std::vector<std::thread> &ts) {\n    std::thread t(work);\n    ts.emplace_back(std::move(t));\n}\n"),
    # a Debug impl printing self with {:?} is another impl's job, and a field is no recursion
    ("rust", "rust-display-formats-itself",
     ("impl fmt::Display for Id {\n    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {\n"
     "        write!(f, \"{}-{}\", self.kind, self.n)\n    }\n}\n")),
    # a range from 0 counting up
    ("rust", "rust-range-counts-down-empty", "fn f(n: usize) { for i in 0..n { g(i); } }\n"),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FOUND, ids=[f[1] for f in FOUND])
def test_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code), rule_id


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT, ids=[f[1] for f in SILENT])
def test_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code), rule_id
