"""Documented hazards of C, C++ and Java asked about on take-home programs of one's own
(`takehome_jcc6/`): a `while (!feof(f))` loop whose read is not tested, so its last pass uses
the failed read's stale line (the C FAQ 12.2, CERT FIO34-C); work done inside `assert`, which
NDEBUG compiles out (assert(3), CERT PRE31-C, clang-tidy bugprone-assert-side-effect);
`v.erase(std::remove_if(...))` without the end iterator (clang-tidy bugprone-inaccurate-erase);
an exception built and dropped without `throw` (bugprone-throw-keyword-missing); `empty()`
called for `clear()` (bugprone-standalone-empty); a volatile counter updated with `++` from
several threads (Error Prone NonAtomicVolatileUpdate, SpotBugs VO_VOLATILE_INCREMENT); an
`equals(Sku)` that overloads `Object.equals` (Error Prone NonOverridingEquals, SpotBugs
EQ_SELF_NO_OBJECT); a temporary file named by `tmpnam` before it is opened (tmpnam(3), CERT
FIO21-C, CWE-377); `x == NAN` and `x == Double.NaN`, always false (C11 7.12.14, Error Prone
EqualsNaN); and an array from `new T[n]` released with `delete` or owned by a
`unique_ptr<T>` (cppreference, delete expression; CERT MEM51-CPP); a Java `case` that runs on
into the next (Error Prone FallThrough, SpotBugs SF_SWITCH_FALLTHROUGH); `malloc(strlen(s +
1))`, two bytes short (clang-tidy bugprone-misplaced-operator-in-strlen-in-alloc); and a
`std::shared_ptr<T>(this)`, a second owner (cppreference, enable_shared_from_this). The first
question on each is the finding; the program fixed the way a reviewer would accept asks no
question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_jcc6"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the read is the loop's condition
    ("gradebook.c", "c-feof-tested-before-read", "wrong_result",
     (("    while (!feof(in)) {\n        fgets(line, sizeof line, in);\n",
       "    while (fgets(line, sizeof line, in) != NULL) {\n"),)),
    # the thread started outside the assert, its failure reported
    ("workers.c", "c-assert-with-side-effect", "wrong_result",
     ((("    for (int t = 0; t < NWORKERS; t++) {\n"
       "        assert(pthread_create(&tids[t], NULL, worker, &p) == 0);\n    }\n"
       "    for (int t = 0; t < NWORKERS; t++) {\n"),
       ("    int started = 0;\n    for (int t = 0; t < NWORKERS; t++) {\n"
       "        if (pthread_create(&tids[t], NULL, worker, &p) != 0) {\n"
       "            fprintf(stderr, \"cannot start worker %d\\n\", t);\n            break;\n"
       "        }\n        started++;\n    }\n"
       "    for (int t = 0; t < started; t++) {\n")),)),
    # the erase-remove idiom with both iterators
    ("watchlist.cpp", "cpp-erase-remove-without-end", "wrong_result",
     (("[](const Quote& q) { return q.delisted; }));",
       "[](const Quote& q) { return q.delisted; }),\n                      quotes_.end());"),)),
    # the rejected rate thrown
    ("rates.cpp", "cpp-exception-constructed-not-thrown", "ignored_error",
     (("            std::invalid_argument(\"rate must", "            throw std::invalid_argument(\"rate must"),)),
    # the batch cleared after it is written
    ("batcher.cpp", "cpp-empty-result-discarded", "wrong_result",
     (("        pending_.empty();\n", "        pending_.clear();\n"),)),
    # the counters atomic
    ("LinkChecker.java", "java-volatile-updated-non-atomically", "race_condition",
     (("import java.util.concurrent.TimeUnit;\n",
       "import java.util.concurrent.TimeUnit;\nimport java.util.concurrent.atomic.AtomicInteger;\n"),
      ("    private volatile int checked;\n    private volatile int broken;\n",
       ("    private final AtomicInteger checked = new AtomicInteger();\n"
       "    private final AtomicInteger broken = new AtomicInteger();\n")),
      ("        checked++;\n", "        checked.incrementAndGet();\n"),
      ("            broken++;\n", "            broken.incrementAndGet();\n"),
      ("        return checked;\n", "        return checked.get();\n"),
      ("        return broken;\n", "        return broken.get();\n"))),
    # the name and the file made at once, exclusively
    ("sortfile.c", "c-temp-name-before-file", "insecure_temp_file",
     (("#include <string.h>\n", "#include <string.h>\n#include <unistd.h>\n"),
      (("    char tmp[L_tmpnam];\n    if (tmpnam(tmp) == NULL)\n        return -1;\n"
       "    FILE *out = fopen(tmp, \"w\");\n    if (out == NULL)\n        return -1;\n"),
       ("    char tmp[] = \"/tmp/sortfileXXXXXX\";\n    int fd = mkstemp(tmp);\n    if (fd < 0)\n"
       "        return -1;\n    FILE *out = fdopen(fd, \"w\");\n    if (out == NULL) {\n"
       "        close(fd);\n        remove(tmp);\n        return -1;\n    }\n")))),
    # NaN tested with isnan
    ("sensors.c", "c-compared-with-nan", "wrong_result",
     (("    if (v == NAN) {\n", "    if (isnan(v)) {\n"),)),
    ("Thermostat.java", "java-compared-with-nan", "wrong_result",
     (("if (celsius == Double.NaN) {", "if (Double.isNaN(celsius)) {"),)),
    # the array released with delete[]
    ("image.cpp", "cpp-array-new-deleted-as-object", "wrong_result",
     (("~Image() { delete pixels_; }", "~Image() { delete[] pixels_; }"),)),
    # the terminator counted after the length
    ("tags.c", "c-strlen-offset-in-allocation", "buffer_overflow",
     (("malloc(strlen(word + 1));", "malloc(strlen(word) + 1);"),)),
    # the room shares the owner the caller made
    ("chatroom.cpp", "cpp-smart-pointer-from-this", "wrong_result",
     (("class Member {\npublic:", "class Member : public std::enable_shared_from_this<Member> {\npublic:"),
      ("room.join(std::shared_ptr<Member>(this));", "room.join(shared_from_this());"))),
    # the express rate kept: its case ends with break
    ("Shipping.java", "java-switch-case-falls-through", "wrong_result",
     (('                rate = new BigDecimal("9.90");\n',
       '                rate = new BigDecimal("9.90");\n                break;\n'),)),
    # equals(Object) overridden
    ("Sku.java", "java-equals-overloads-not-overrides", "equality_bug",
     (("    public boolean equals(Sku other) {\n        if (other == null) {\n",
       "    @Override\n    public boolean equals(Object o) {\n        if (!(o instanceof Sku other)) {\n"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_feof_loop_that_tests_its_read_is_not_asked_about() -> None:
    """A read tested in the body (`if (!fgets(...)) break;`, `c == EOF`) ends the loop on the
    failed read; a `do ... while (!feof(f))` after a tested read is not this loop."""
    code = (PROGRAMS / "gradebook.c").read_text()
    tested = fixed(code, (("        fgets(line, sizeof line, in);\n",
                           "        if (fgets(line, sizeof line, in) == NULL)\n            break;\n"),))
    assert not fires("c", "c-feof-tested-before-read", tested)
    assert not fires("c", "c-feof-tested-before-read",
                     "void cat(FILE *f) { int c; while (!feof(f)) { c = getc(f); if (c == EOF) break; putchar(c); } }")
    assert fires("c", "c-feof-tested-before-read",
                 "void cat(FILE *f) { int c; while (!feof(f)) { c = getc(f); putchar(c); } }")


def test_an_assert_on_a_result_computed_before_is_not_asked_about() -> None:
    """The work done first and its result asserted, a pure test (`is_open`, `strlen`) and
    `static_assert` are not asked about; an `++` inside the assert is."""
    code = (PROGRAMS / "workers.c").read_text()
    kept = fixed(code, (("        assert(pthread_create(&tids[t], NULL, worker, &p) == 0);\n",
                         ("        int rc = pthread_create(&tids[t], NULL, worker, &p);\n"
                         "        assert(rc == 0);\n")),))
    assert not fires("c", "c-assert-with-side-effect", kept)
    assert not fires("cpp", "c-assert-with-side-effect",
                     "void f(const Range& r) { assert(r.start() <= r.stop() && \"empty range\"); }")
    assert fires("cpp", "c-assert-with-side-effect", "void f(std::set<int>& s) { assert(s.insert(3).second); }")


def test_erase_with_both_iterators_or_std_erase_if_is_not_asked_about() -> None:
    assert not fires("cpp", "cpp-erase-remove-without-end",
                     "void f(std::vector<int>& v) { v.erase(std::unique(v.begin(), v.end()), v.end()); }")
    assert not fires("cpp", "cpp-erase-remove-without-end",
                     "void f(std::vector<int>& v) { std::erase(v, 0); }")


def test_an_exception_thrown_kept_or_a_function_named_error_is_not_asked_about() -> None:
    """A class of the file's own is asked about only when it is an exception class (it has a
    base); a function or a plain struct named ...Error is not."""
    own = "struct RangeError : std::exception {};\n"
    assert fires("cpp", "cpp-exception-constructed-not-thrown",
                 own + "void f(int x) { if (x < 0) RangeError(); }")
    assert not fires("cpp", "cpp-exception-constructed-not-thrown",
                     own + "void f(int x) { if (x < 0) throw RangeError(); }")
    assert not fires("cpp", "cpp-exception-constructed-not-thrown",
                     "struct ParseError { int line; };\nvoid f(int x) { ParseError(x); }")
    assert not fires("cpp", "cpp-exception-constructed-not-thrown",
                     "std::exception_ptr f() { return std::make_exception_ptr(std::runtime_error(\"x\")); }")


def test_empty_used_as_a_test_is_not_asked_about() -> None:
    assert not fires("cpp", "cpp-empty-result-discarded",
                     "bool f(const std::string& s) { if (s.empty()) return false; return !s.empty(); }")
    assert not fires("cpp", "cpp-empty-result-discarded", "void f(Buf& b) { if (!b.empty()) b.empty(true); }")


def test_a_volatile_written_by_one_thread_or_under_a_lock_is_not_asked_about() -> None:
    """The volatile updated by the one thread a class starts (readers only read it), under
    `synchronized`, or in the tasks' lambda itself (java-unsynchronised-write-in-task's) is
    not asked about by this rule."""
    code = (PROGRAMS / "LinkChecker.java").read_text()
    locked = fixed(code, (("    private String checkOne(String link) {",
                           "    private synchronized String checkOne(String link) {"),))
    assert not fires("java", "java-volatile-updated-non-atomically", locked)
    assert not fires("java", "java-volatile-updated-non-atomically",
                     "class T implements Runnable { private volatile long ticks; "
                     "void start() { new Thread(this).start(); } public void run() { while (true) { ticks++; } } }")
    assert not fires("java", "java-volatile-updated-non-atomically",
                     "class C { volatile int n; void go(ExecutorService p, List<String> xs) "
                     "{ for (String x : xs) p.submit(() -> { n++; }); } }")
    assert fires("java", "java-unsynchronised-write-in-task",
                 "class C { volatile int n; void go(ExecutorService p, List<String> xs) "
                 "{ for (String x : xs) p.submit(() -> { n++; }); } }")


def test_equals_object_beside_a_typed_equals_is_not_asked_about() -> None:
    code = (PROGRAMS / "Sku.java").read_text()
    both = fixed(code, (("    @Override\n    public int hashCode() {",
                         ("    @Override\n    public boolean equals(Object o) {\n"
                         "        return o instanceof Sku s && equals(s);\n    }\n\n"
                         "    @Override\n    public int hashCode() {")),))
    assert not fires("java", "java-equals-overloads-not-overrides", both)


def test_mkstemp_tmpfile_and_mkdtemp_are_not_asked_about() -> None:
    for code in ("int f(void) { char t[] = \"/tmp/xXXXXXX\"; return mkstemp(t); }",
                 "FILE *f(void) { return tmpfile(); }",
                 "char *f(void) { static char d[] = \"/tmp/dXXXXXX\"; return mkdtemp(d); }"):
        assert not fires("c", "c-temp-name-before-file", code)
    assert fires("cpp", "c-temp-name-before-file",
                 "std::string f() { char b[L_tmpnam]; return std::tmpnam(b); }")


def test_nan_tested_with_isnan_or_compared_by_value_is_not_asked_about() -> None:
    assert not fires("c", "c-compared-with-nan", "int f(double x) { return isnan(x) || x == 0.0; }")
    assert fires("cpp", "c-compared-with-nan",
                 "bool f(double x) { return x == std::numeric_limits<double>::quiet_NaN(); }")
    assert not fires("java", "java-compared-with-nan",
                     "class A { boolean f(Double x) { return x.equals(Double.NaN) || Double.isNaN(x); } }")
    assert fires("java", "java-compared-with-nan",
                 "class A { boolean f(float x) { return Float.NaN != x; } }")


def test_an_array_released_with_delete_brackets_or_owned_as_an_array_is_not_asked_about() -> None:
    """`delete[]`, `unique_ptr<T[]>`, a single object's `delete`, and a `p` of another
    function made with `new T[n]` are not asked about; an unqualified `unique_ptr<T>` is."""
    code = (PROGRAMS / "image.cpp").read_text()
    assert not fires("cpp", "cpp-array-new-deleted-as-object",
                     fixed(code, (("~Image() { delete pixels_; }", "~Image() { delete[] pixels_; }"),)))
    assert not fires("cpp", "cpp-array-new-deleted-as-object",
                     "void f(int n) { auto a = std::make_unique<int[]>(n); std::unique_ptr<int[]> b(new int[n]); }")
    assert not fires("cpp", "cpp-array-new-deleted-as-object",
                     "void f(int n) { std::unique_ptr<X> u(new X(n)); X* p = new X; delete p; }")
    assert fires("cpp", "cpp-array-new-deleted-as-object",
                 "void f(int n) { unique_ptr<Rec> r(new Rec[n]); }")


def test_a_case_that_says_it_falls_through_or_an_arrow_switch_is_not_asked_about() -> None:
    """A `// fall through` comment, a `case X ->` switch and a switch in which no case ends
    with `break` (written to accumulate) are not asked about."""
    code = (PROGRAMS / "Shipping.java").read_text()
    meant = fixed(code, (('                rate = new BigDecimal("9.90");\n',
                          '                rate = new BigDecimal("9.90");\n                // fall through\n'),))
    assert not fires("java", "java-switch-case-falls-through", meant)
    arrow = ("class A { static int f(int n) { int r = 0; switch (n) { case 1 -> r = 10; "
             "case 2 -> r = 20; default -> { r = 0; break; } } return r; } }")
    assert not fires("java", "java-switch-case-falls-through", arrow)


def test_strlen_of_an_offset_outside_an_allocation_is_not_asked_about() -> None:
    assert not fires("c", "c-strlen-offset-in-allocation",
                     "void f(struct str *out, const char *p) { assign(out, p + 1, strlen(p + 1)); }")
    assert not fires("c", "c-strlen-offset-in-allocation",
                     "char *f(const char *s) { return malloc(strlen(s) + 1); }")
    assert fires("cpp", "c-strlen-offset-in-allocation",
                 "char* f(const char* s) { char* p = new char[strlen(s + 1)]; std::strcpy(p, s); return p; }")


def test_shared_from_this_or_a_copy_of_the_object_is_not_asked_about() -> None:
    assert not fires("cpp", "cpp-smart-pointer-from-this",
                     "void A::f() { auto self = shared_from_this(); auto w = weak_from_this(); }")
    assert not fires("cpp", "cpp-smart-pointer-from-this",
                     "void A::f() { auto copy = std::make_shared<A>(*this); register_listener(this); }")
