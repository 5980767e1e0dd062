"""Documented hazards of Java, C, C++ and Rust asked about on take-home programs of one's own
(`takehome_jcc9/`): `StringBuilder.insert(0, ...)` in a loop over the input, each insert moving
all that was built (the StringBuilder javadoc); a signed length checked only against upper
bounds and passed as a copy's size (CWE-195, CERT INT31-C and ARR38-C); `std::unique` on a
container the function never sorts (cppreference std::unique: consecutive duplicates only);
a flag stored and loaded with `Ordering::Relaxed` to publish other data (the
std::sync::atomic::Ordering docs); and `subMap(from, to)` given the last key wanted as its
exclusive end (the NavigableMap javadoc). The first question on each is the finding; the program
fixed the way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_jcc9"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the lines appended newest first by walking the transactions backwards
    ("StatementPrinter.java", "java-builder-insert-at-front-in-loop", "quadratic",
     ((("        StringBuilder body = new StringBuilder();\n        BigDecimal balance = opening;\n"
       "        for (Transaction t : transactions) {\n            balance = balance.add(t.amount());\n"
       "            body.insert(0, line(t, balance));\n        }\n"),
       ("        StringBuilder body = new StringBuilder();\n        BigDecimal balance = closingBalance();\n"
       "        for (int i = transactions.size() - 1; i >= 0; i--) {\n"
       "            Transaction t = transactions.get(i);\n            body.append(line(t, balance));\n"
       "            balance = balance.subtract(t.amount());\n        }\n")),)),
    # the length refused when negative too
    ("savegame.c", "c-signed-length-checked-only-above", "buffer_overflow",
     (("    if (name_len > NAME_MAX_LEN)\n", "    if (name_len < 0 || name_len > NAME_MAX_LEN)\n"),)),
    # sorted before the neighbouring duplicates are dropped
    ("playlist.cpp", "cpp-unique-without-sort", "wrong_result",
     (("    names.erase(std::unique(",
       "    std::sort(names.begin(), names.end());\n    names.erase(std::unique("),)),
    # the flag published with Release and read with Acquire
    ("thermostat.rs", "rust-relaxed-flag-publishes-data", "race_condition",
     (("self.has_reading.store(true, Ordering::Relaxed)",
       "self.has_reading.store(true, Ordering::Release)"),
      ("self.has_reading.load(Ordering::Relaxed)", "self.has_reading.load(Ordering::Acquire)"))),
    # the week's last day asked for inclusively
    ("ClassSchedule.java", "java-submap-exclusive-end-given-last-key", "wrong_result",
     (("byDay.subMap(monday, sunday)", "byDay.subMap(monday, true, sunday, true)"),)),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_an_insert_at_the_front_outside_an_input_loop_is_not_asked_about() -> None:
    """A heading put in front once, a number's digits, padding to a width, a fixed count of
    pieces and a builder made afresh on each pass cost nothing that grows with the input."""
    rule = "java-builder-insert-at-front-in-loop"
    assert not fires("java", rule, "class A { String f(List<String> xs) { StringBuilder sb = new "
                                   "StringBuilder(); for (String x : xs) sb.append(x); "
                                   "sb.insert(0, \"# \"); return sb.toString(); } }")
    assert not fires("java", rule, "class A { String f(int n) { StringBuilder sb = new "
                                   "StringBuilder(); do { sb.insert(0, n % 10); n = n / 10; } "
                                   "while (n != 0); return sb.toString(); } }")
    assert not fires("java", rule, "class A { String f(String s) { StringBuilder sb = new "
                                   "StringBuilder(s); for (int i = 0; i < WIDTH; i++) "
                                   "sb.insert(0, ' '); return sb.toString(); } }")
    assert fires("java", rule, "class A { String f(Deque<String> st) { StringBuilder sb = new "
                               "StringBuilder(); while (!st.isEmpty()) sb.insert(0, st.pop()); "
                               "return sb.toString(); } }")


def test_a_signed_length_checked_from_below_or_against_sizeof_is_not_asked_about() -> None:
    """A `len < 0` test, a comparison with an unsigned sizeof (the negative value is converted
    and rejected) and an unsigned length are safe; a length nothing checks is another rule's."""
    rule = "c-signed-length-checked-only-above"
    assert not fires("c", rule, "int f(char *d, const char *s, int n) { if (n < 0) return -1; "
                                "if (n > 64) return -1; memcpy(d, s, n); return 0; }")
    assert not fires("c", rule, "int f(const char *s, int n) { char d[64]; "
                                "if (n > sizeof d) return -1; memcpy(d, s, n); return 0; }")
    assert not fires("c", rule, "int f(char *d, const char *s, unsigned n) { if (n > 64) "
                                "return -1; memcpy(d, s, n); return 0; }")
    assert not fires("c", rule, "int f(char *d, const char *s, int n) { memcpy(d, s, n); "
                                "return 0; }")
    assert fires("c", rule, "int f(int fd, char *d, ssize_t n) { if (n >= 4096) return -1; "
                            "return read(fd, d, n); }")


def test_unique_after_a_sort_or_on_a_set_is_not_asked_about() -> None:
    """A range sorted anywhere in the function, a function named for sorted input and a
    string's runs of a character are what unique is for."""
    rule = "cpp-unique-without-sort"
    assert not fires("cpp", rule, "void f(std::vector<int>& v) { auto e = std::unique(v.begin(), "
                                  "v.end()); v.erase(e, v.end()); std::sort(v.begin(), v.end()); }")
    assert not fires("cpp", rule, "void dedupe_sorted(std::vector<int>& v) { "
                                  "v.erase(std::unique(v.begin(), v.end()), v.end()); }")
    assert not fires("cpp", rule, "void f(std::list<int>& l) { l.sort(); "
                                  "l.erase(std::unique(l.begin(), l.end()), l.end()); }")
    assert fires("cpp", rule, "void f(std::vector<int>& v) { std::sort(w.begin(), w.end()); "
                              "v.erase(std::unique(v.begin(), v.end()), v.end()); }")


def test_a_relaxed_stop_flag_or_counter_is_not_asked_about() -> None:
    """A stop flag guards no data, a count is only counted, and Release/Acquire publish."""
    rule = "rust-relaxed-flag-publishes-data"
    assert not fires("rust", rule, "fn stop(&self) { self.queue.store(0, Relaxed); "
                                   "self.stopped.store(true, Relaxed); }\n"
                                   "fn run(&self) { while !self.stopped.load(Relaxed) {} }")
    assert not fires("rust", rule, "fn put(&self, v: u64) { DATA.store(v, Relaxed); "
                                   "READY.store(true, Release); }\n"
                                   "fn get() -> u64 { while !READY.load(Acquire) {} "
                                   "DATA.load(Relaxed) }")
    assert not fires("rust", rule, "fn put(&self, v: u64) { DATA.store(v, Relaxed); "
                                   "READY.store(true, Relaxed); }")
    assert fires("rust", rule, "fn put(v: u64) { unsafe { VALUE = v; } "
                               "LOADED.store(true, Relaxed); }\n"
                               "fn get() -> Option<u64> { if LOADED.load(Relaxed) "
                               "{ Some(unsafe { VALUE }) } else { None } }")


def test_a_submap_with_an_exclusive_end_or_inclusive_flags_is_not_asked_about() -> None:
    """The key after the range as the exclusive end, the inclusive forms, and a bound named
    `end` are what the javadoc's forms are for."""
    rule = "java-submap-exclusive-end-given-last-key"
    assert not fires("java", rule, "class A { Object f(TreeMap<Integer, String> m, int a) "
                                   "{ return m.subMap(a, a + 7); } }")
    assert not fires("java", rule, "class A { Object f(TreeSet<Integer> s, int first, int last) "
                                   "{ return s.subSet(first, true, last, true); } }")
    assert not fires("java", rule, "class A { Object f(TreeMap<Integer, String> m, int start, "
                                   "int end) { return m.subMap(start, end); } }")
    assert fires("java", rule, "class A { Object f(TreeMap<Integer, String> m, int a) "
                               "{ return m.subMap(a, a + 6); } }")
    assert fires("java", rule, "class A { Object f(TreeMap<LocalDate, String> m, LocalDate d) "
                               "{ LocalDate end = d.plusMonths(1).minusDays(1); "
                               "return m.subMap(d, end); } }")
