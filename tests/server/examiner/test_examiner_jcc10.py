"""Documented hazards of Java, C and C++ asked about on take-home programs of one's own
(`takehome_jcc10/`): a calendar unit (months, years) added to an Instant or Duration (the
Instant and Duration javadoc; Error Prone InstantTemporalUnit, DurationTemporalUnit); a
collection made by `List.of`, `Arrays.asList` or `stream().toList()` then changed in size (the
List javadoc on unmodifiable lists); a hash set or map keyed by java.net.URL (the URL javadoc;
Error Prone URLEqualsHashCode); a pointer at a string literal written through (SEI CERT
STR30-C); a loop counter's address given to each new thread (SEI CERT CON43-C); and a virtual
member called from its own class's constructor (SEI CERT OOP50-CPP). The first question on each
is the finding; the program fixed the way a reviewer would accept asks no question that claims a
defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_jcc10"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the month and the year added in a zone, on a date-time that has a calendar
    ("MembershipDesk.java", "java-instant-unit-unsupported", "wrong_result",
     (("import java.time.Instant;\n", "import java.time.Instant;\nimport java.time.ZoneOffset;\n"),
      ("start.plus(1, ChronoUnit.MONTHS)", "start.atZone(ZoneOffset.UTC).plusMonths(1).toInstant()"),
      ("start.plus(1, ChronoUnit.YEARS)", "start.atZone(ZoneOffset.UTC).plusYears(1).toInstant()"))),
    # a mutable copy of the basics
    ("PackingPlanner.java", "java-unmodifiable-collection-changed", "wrong_result",
     (("Arrays.asList(\"passport\", \"phone\", \"toothbrush\")",
       "new ArrayList<>(List.of(\"passport\", \"phone\", \"toothbrush\"))"),)),
    # the pages seen kept by their text
    ("LinkChecker.java", "java-url-in-hash-collection", "wrong_result",
     (("private final Set<URL> visited", "private final Set<String> visited"),
      ("visited.add(page)", "visited.add(page.toExternalForm())"))),
    # the default message copied into an array the program may change
    ("morse.c", "c-string-literal-modified", "wrong_result",
     (("    char *message = \"sos  we are taking on water\";\n",
       "    char fallback[] = \"sos  we are taking on water\";\n    char *message = fallback;\n"),)),
    # each thread given its own slot
    ("primes_mt.c", "c-thread-given-loop-counter-address", "loop_variable_capture",
     (("    pthread_t threads[MAX_WORKERS];\n",
       "    pthread_t threads[MAX_WORKERS];\n    int ids[MAX_WORKERS];\n"),
      ("    for (int i = 0; i < workers; i++) {\n        if (pthread_create",
       "    for (int i = 0; i < workers; i++) {\n        ids[i] = i;\n        if (pthread_create"),
      ("count_slice, &i)", "count_slice, &ids[i])"))),
    # the header written once the object is whole, when the export starts
    ("exporter.cpp", "cpp-virtual-call-in-constructor", "wrong_result",
     (("    explicit Exporter(std::ostream& out) : out_(out) {\n        writeHeader();\n    }\n",
       "    explicit Exporter(std::ostream& out) : out_(out) {}\n"),
      ("    void exportAll(const std::vector<Order>& orders) {\n",
       "    void exportAll(const std::vector<Order>& orders) {\n        writeHeader();\n"))),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_days_on_an_instant_or_months_on_a_zoned_value_are_not_asked_about() -> None:
    """DAYS and smaller are exact on an Instant; a ZonedDateTime or LocalDate has a calendar;
    a name of another type in this method is not the Instant of another method."""
    rule = "java-instant-unit-unsupported"
    assert not fires("java", rule, "class A { Instant f(Instant t) { return t.plus(7, "
                                   "ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS); } }")
    assert not fires("java", rule, "class A { ZonedDateTime f(Instant t, ZoneId z) { return "
                                   "t.atZone(z).plus(1, ChronoUnit.MONTHS); } }")
    assert not fires("java", rule, "class A { Instant g(Instant d) { return d; } LocalDate "
                                   "f(LocalDate d) { return d.plus(1, ChronoUnit.YEARS); } }")
    assert not fires("java", rule, "class A { Duration f() { return Duration.of(36, "
                                   "ChronoUnit.HOURS); } }")
    assert fires("java", rule, "class A { Instant f(Instant t) { return t.minus(2, "
                               "ChronoUnit.WEEKS); } }")
    assert fires("java", rule, "class A { Duration f(Duration d) { return d.plus(1, "
                               "ChronoUnit.MONTHS); } }")


def test_a_collection_copied_reassigned_or_expected_to_throw_is_not_asked_about() -> None:
    """A mutable copy, a name pointed at a new list before the change, `set` on an asList
    view, and a test that asserts the throw are all fine."""
    rule = "java-unmodifiable-collection-changed"
    assert not fires("java", rule, "class A { List<String> f() { List<String> xs = new "
                                   "ArrayList<>(Arrays.asList(\"a\")); xs.add(\"b\"); return xs; } }")
    assert not fires("java", rule, "class A { List<String> f(boolean b) { List<String> xs = "
                                   "List.of(); xs = new ArrayList<>(); xs.add(\"b\"); return xs; } }")
    assert not fires("java", rule, "class A { void f(String[] a) { List<String> xs = "
                                   "Arrays.asList(a); xs.set(0, \"x\"); } }")
    assert not fires("java", rule, "class T { void t() { List<String> xs = List.of(\"a\"); "
                                   "assertThrows(UnsupportedOperationException.class, () -> "
                                   "xs.add(\"b\")); } }")
    assert fires("java", rule, "class A { Map<String, Integer> f() { Map<String, Integer> m = "
                               "Collections.emptyMap(); m.put(\"a\", 1); return m; } }")


def test_url_values_lists_and_other_url_classes_are_not_asked_about() -> None:
    """A URL as a map's value, a List of URLs, a Set of URIs and a class of another package
    named URL compare nothing through java.net.URL's equals."""
    rule = "java-url-in-hash-collection"
    assert not fires("java", rule, "class A { Map<String, URL> byName = new HashMap<>(); }")
    assert not fires("java", rule, "class A { void f(List<URL> urls) { } }")
    assert not fires("java", rule, "class A { Set<URI> seen = new HashSet<>(); }")
    assert not fires("java", rule, "import okhttp.URL;\nclass A { Set<URL> seen = new "
                                   "HashSet<>(); }")
    assert fires("java", rule, "class A { void f() { HashMap<URL, Long> sizes = new "
                               "HashMap<>(); } }")


def test_arrays_const_pointers_and_pointers_moved_are_not_asked_about() -> None:
    """An array initialised from the literal is a copy, a const pointer only reads, and a
    pointer set to a buffer on the write's own path no longer points at the literal."""
    rule = "c-string-literal-modified"
    assert not fires("c", rule, "void f(void) { char s[] = \"abc\"; s[0] = 'x'; strtok(s, \",\"); }")
    assert not fires("c", rule, "int f(void) { const char *s = \"abc\"; return s[0]; }")
    assert not fires("c", rule, "void f(char *buf) { char *s = \"abc\"; s = buf; *s = 0; }")
    assert not fires("c", rule, "void f(void) { char *s = \"abc\"; char *t = s; t++; "
                                "printf(\"%s\", t); }")
    assert fires("c", rule, "void f(int fd) { char *line = \"\"; read(fd, line, 1); "
                            "memset(line, 0, 1); }")


def test_per_thread_arguments_joined_passes_and_handshakes_are_not_asked_about() -> None:
    """An element of an array per thread, the value carried in the pointer, a thread joined
    before the counter moves, and a loop that waits for the thread to copy it are safe."""
    rule = "c-thread-given-loop-counter-address"
    assert not fires("c", rule, "void f(void) { pthread_t t[4]; struct job j[4]; "
                                "for (int i = 0; i < 4; i++) { j[i].n = i; "
                                "pthread_create(&t[i], NULL, run, &j[i]); } }")
    assert not fires("c", rule, "void f(void) { pthread_t t[4]; for (int i = 0; i < 4; i++) "
                                "pthread_create(&t[i], NULL, run, (void *)(intptr_t)i); }")
    assert not fires("c", rule, "void f(void) { pthread_t t; for (int i = 0; i < 4; i++) "
                                "{ pthread_create(&t, NULL, run, &i); pthread_join(t, NULL); } }")
    assert not fires("c", rule, "void f(void) { pthread_t t; int n = 4; pthread_create(&t, NULL, "
                                "run, &n); for (int i = 0; i < n; i++) g(i); }")
    assert fires("c", rule, "void f(void) { pthread_t t[4]; int i = 0; do { "
                            "pthread_create(&t[i], NULL, run, (void *)&i); i++; } while (i < 4); }")


def test_qualified_calls_final_members_and_other_objects_are_not_asked_about() -> None:
    """`C::f()` names the version meant, a final function or class cannot be overridden, a
    call on another object dispatches normally, and a non-virtual helper is a plain call."""
    rule = "cpp-virtual-call-in-constructor"
    assert not fires("cpp", rule, "class A { public: A() { A::init(); } virtual void init(); };")
    assert not fires("cpp", rule, "class A final { public: A() { init(); } virtual void init(); };")
    assert not fires("cpp", rule, "class A { public: A(A& o) { o.init(); } virtual void init(); };")
    assert not fires("cpp", rule, "class A { public: A() { setup(); } virtual void run(); "
                                  "void setup(); };")
    assert fires("cpp", rule, "class A { public: virtual ~A(); virtual void flush() = 0; };\n"
                              "A::~A() { this->flush(); }")
