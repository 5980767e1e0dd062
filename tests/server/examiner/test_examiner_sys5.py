"""Documented hazards of Go and C++ asked about on take-home programs of one's own
(`takehome_sys5/`): a channel every failing worker goroutine closes, so the second close
panics (the Go spec, Close); a Map<Long, ...> looked up with a record's `int` component, which
boxes to an Integer and never equals a key (Error Prone CollectionIncompatibleType, SpotBugs
GC_UNRELATED_TYPES); a command started with `exec.Cmd.Start` whose `Wait` is never called, so
the child stays a zombie and its pipe stays open (the os/exec docs, Cmd.Start and Cmd.Wait);
and a sort comparator that orders with `<=`, which is not the strict weak ordering the Compare
requirement asks for (cppreference, Compare and std::sort). The first question on each is the
finding; the program fixed the way a reviewer would accept asks no question that claims a
defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_sys5"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # git is waited for after its output is read, and its failure reported
    ("changelog.go", "go-command-started-never-waited", "resource_leak",
     (("\tif err := scanner.Err(); err != nil {\n\t\treturn nil, err\n\t}\n",
       ("\tscanErr := scanner.Err()\n\tif err := cmd.Wait(); err != nil {\n"
       "\t\treturn nil, fmt.Errorf(\"git log: %w\", err)\n\t}\n"
       "\tif scanErr != nil {\n\t\treturn nil, scanErr\n\t}\n")),)),
    # the first failure closes `abort`; the later ones find it closed already
    ("mirror.go", "go-channel-closed-by-several-goroutines", "race_condition",
     (("\t\tfirstErr error\n", "\t\tfirstErr error\n\t\tonce     sync.Once\n"),
      ("\t\t\t\tclose(abort)\n", "\t\t\t\tonce.Do(func() { close(abort) })\n"))),
    # the hut number widened to the map's Long key before the lookup
    ("HutBookings.java", "java-collection-lookup-with-other-box", "wrong_result",
     (("bookedNights.get(request.hutNumber());", "bookedNights.get((long) request.hutNumber());"),)),
    # the tie broken strictly: equal times are equivalent, not ordered both ways
    ("leaderboard.cpp", "cpp-comparator-not-strict", "wrong_result",
     (("return a.seconds <= b.seconds;", "return a.seconds < b.seconds;"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_command_handed_back_to_the_caller_is_not_asked_about() -> None:
    """A Cmd kept for later (appended to the pending ones) is waited on there; `Output` waits."""
    code = (PROGRAMS / "changelog.go").read_text()
    kept = fixed(code, (("\treturn notes, nil\n}", "\tpending = append(pending, cmd)\n\treturn notes, nil\n}"),))
    assert not fires("go", "go-command-started-never-waited", kept)
    assert not fires("go", "go-command-started-never-waited",
                     'func tag() ([]byte, error) { return exec.Command("git", "describe").Output() }')


def test_a_comparator_that_is_only_a_filter_is_not_asked_about() -> None:
    """`<=` in the count_if predicate and in a range check is no ordering; a struct's
    operator() is asked about once a priority_queue names it."""
    code = (PROGRAMS / "leaderboard.cpp").read_text()
    strict = fixed(code, (("return a.seconds <= b.seconds;", "return a.seconds < b.seconds;"),))
    assert not fires("cpp", "cpp-comparator-not-strict", strict)
    queue = ("struct Later {\n    bool operator()(const Entry& a, const Entry& b) const "
             "{ return a.seconds >= b.seconds; }\n};\n")
    assert not fires("cpp", "cpp-comparator-not-strict", queue)
    assert fires("cpp", "cpp-comparator-not-strict",
                 queue + "std::priority_queue<Entry, std::vector<Entry>, Later> waiting;\n")


def test_a_close_by_one_owner_or_under_a_flag_is_not_asked_about() -> None:
    """`abort` closed by the one goroutine that sets the first error under the lock is not
    asked about (nor, in the program as it is, `results`, closed once after wg.Wait)."""
    code = (PROGRAMS / "mirror.go").read_text()
    flagged = fixed(code, ((("\t\t\t\tif firstErr == nil {\n\t\t\t\t\tfirstErr = err\n\t\t\t\t}\n"
                            "\t\t\t\tmu.Unlock()\n\t\t\t\tclose(abort)\n"),
                            ("\t\t\t\tif firstErr == nil {\n\t\t\t\t\tfirstErr = err\n"
                            "\t\t\t\t\tclose(abort)\n\t\t\t\t}\n\t\t\t\tmu.Unlock()\n")),))
    assert not fires("go", "go-channel-closed-by-several-goroutines", flagged)


def test_a_lookup_whose_argument_is_converted_or_an_index_is_not_asked_about() -> None:
    """`(long) n`, `Long.valueOf(n)` and `List.remove(int)` (an index) are not asked about;
    a plain `int` local against the Set<Long> is."""
    code = (PROGRAMS / "HutBookings.java").read_text()
    fixed_code = fixed(code, (("bookedNights.get(request.hutNumber());",
                               "bookedNights.get((long) request.hutNumber());"),))
    assert not fires("java", "java-collection-lookup-with-other-box", fixed_code)
    plain = fixed(fixed_code, (("return !closedForSeason.contains((long) hutNumber);",
                                "return !closedForSeason.contains(hutNumber);"),))
    assert fires("java", "java-collection-lookup-with-other-box", plain)
