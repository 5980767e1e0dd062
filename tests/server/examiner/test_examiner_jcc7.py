"""Documented hazards of Java, C and C++ asked about on take-home programs of one's own
(`takehome_jcc7/`): a list field made a `LinkedList` in the constructor and walked with
`get(i)` in an indexed loop, each call walking the nodes again (the LinkedList javadoc); a
static field changed in a `synchronized` instance method, a lock every object has separately
(SEI CERT LCK06-J, SpotBugs SSD_DO_NOT_USE_INSTANCE_LOCK_ON_SHARED_STATIC_DATA); a
`compareTo` result tested for exactly -1 (SpotBugs RV_CHECK_COMPARETO_FOR_SPECIFIC_RETURN_VALUE)
and a `strcmp` result likewise (clang-tidy bugprone-suspicious-string-compare); `read()`
narrowed to `char` before the -1 test (SEI CERT FIO08-J); `while (!in.eof())` around an
unchecked extraction (cppreference basic_ios::eof); a copy assignment that frees its buffer
before copying from an object that may be itself (SEI CERT OOP54-CPP); arrays compared with
`equals` (Error Prone ArrayEquals); `Arrays.asList` of an `int[]`, a list of one element
(Error Prone ArraysAsListPrimitiveArray); and memset's size and fill byte swapped
(clang-tidy bugprone-suspicious-memset-usage). The first
question on each is the finding; the program fixed the way a reviewer would accept asks no
question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_jcc7"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the route kept in an ArrayList, which indexes in constant time
    ("RoutePlan.java", "java-linked-list-field-indexed-in-loop", "quadratic",
     (("        this.stops = new LinkedList<>();", "        this.stops = new ArrayList<>();"),
      ("import java.util.LinkedList;\n", "import java.util.ArrayList;\n"))),
    # the shared totals changed under the class's lock
    ("TransferWorker.java", "java-instance-lock-guards-static-field", "race_condition",
     (("        totalBytes += n;\n",
       "        synchronized (TransferWorker.class) {\n            totalBytes += n;\n        }\n"),
      ("        totalFiles++;\n",
       "        synchronized (TransferWorker.class) {\n            totalFiles++;\n        }\n"))),
    # the comparison's sign tested, not one value of it
    ("Leaderboard.java", "java-compare-result-tested-for-one", "wrong_result",
     (("left.compareTo(right) == -1", "left.compareTo(right) < 0"),)),
    # the int from read() tested for -1 before it is narrowed to a char
    ("CsvReader.java", "java-read-narrowed-before-end-test", "wrong_result",
     (("        char c;\n        while ((c = (char) in.read()) != -1) {\n",
       "        int r;\n        while ((r = in.read()) != -1) {\n            char c = (char) r;\n"),)),
    # strcmp's sign tested
    ("phonebook.c", "c-compare-result-tested-for-one", "wrong_result",
     (("strcmp(b->items[at].name, name) == -1", "strcmp(b->items[at].name, name) < 0"),)),
    # the extraction is the loop's condition
    ("grades.cpp", "cpp-eof-tested-before-read", "wrong_result",
     (("        while (!in.eof()) {\n            in >> student >> score;\n",
       "        while (in >> student >> score) {\n"),)),
    # assignment to itself returns at once
    ("pixels.cpp", "cpp-copy-assignment-not-self-safe", "wrong_result",
     (("    Image& operator=(const Image& other) {\n",
       ("    Image& operator=(const Image& other) {\n        if (this == &other) {\n"
        "            return *this;\n        }\n")),)),
    # the arrays compared element by element
    ("Anagrams.java", "java-array-compared-with-equals", "equality_bug",
     (("return left.equals(right);", "return Arrays.equals(left, right);"),)),
    # the ints searched as ints
    ("Bingo.java", "java-as-list-of-primitive-array", "wrong_result",
     (("return Arrays.asList(calls).contains(number);",
       "return Arrays.stream(calls).anyMatch(c -> c == number);"),)),
    # the size and the fill byte in memset's order
    ("pangram.c", "c-memset-arguments-swapped", "wrong_result",
     (("memset(t, sizeof *t, 0);", "memset(t, 0, sizeof *t);"),)),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_the_compare_rule_reads_std_string_only() -> None:
    """`compare` on a std::string is tested for its sign; another class's `compare` (LLVM's
    StringRef promises -1, 0 or 1) is its own business."""
    rule = "c-compare-result-tested-for-one"
    assert fires("cpp", rule, "bool older(const std::string& a, const std::string& b) "
                              "{ return a.compare(b) == -1; }")
    assert fires("cpp", rule, "bool after(std::string a, std::string b) "
                              "{ int r = a.compare(b); return r == 1; }")
    assert not fires("cpp", rule, "bool older(llvm::StringRef a, llvm::StringRef b) "
                                  "{ return a.compare(b) == -1; }")
    assert not fires("cpp", rule, "bool older(const std::string& a, const std::string& b) "
                                  "{ return a.compare(b) < 0; }")


def test_an_instance_lock_on_instance_state_is_not_asked_about() -> None:
    """Instance fields under the instance lock are what it is for; a static counter under it
    is not, nor one changed from a lambda the method only creates."""
    rule = "java-instance-lock-guards-static-field"
    assert not fires("java", rule, "class A { private int n; synchronized void inc() { n++; } }")
    assert not fires("java", rule, "class A { private static int n; synchronized Runnable inc() "
                                   "{ return () -> { synchronized (A.class) { n++; } }; } }")
    assert fires("java", rule, "class A { private static int n; void inc() "
                               "{ synchronized (this) { A.n++; } } }")
