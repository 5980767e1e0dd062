"""Round cat-corrperf: documented correctness and performance hazards asked about on
take-home programs of one's own (`takehome_catcorrperf/`): a whole array sorted again in every
pass of the loop that adds to it (CWE-1050; MDN Array.prototype.sort); time.Time values
compared with `==` (the time package's docs: use Equal); a range-for variable copying each
element by value (clang-tidy performance-for-range-copy); `abs` given a long (clang
-Wabsolute-value); and getMonth() written into text as it is (MDN Date.prototype.getMonth).
The first question on each is the finding; the program fixed the way a reviewer would accept
asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_catcorrperf"


CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # sorted once, after the loop
    ("latency_report.js", "js-sorted-again-per-item", "quadratic",
     (("      seen.sort((a, b) => a - b);\n    }\n  }\n", "    }\n  }\n  seen.sort((a, b) => a - b);\n"),)),
    # instants compared with Equal
    ("booking_clash.go", "go-time-compared-with-equals", "equality_bug",
     (("a.Start == b.Start", "a.Start.Equal(b.Start)"),)),
    # the element read through a const reference
    ("order_report.cpp", "cpp-range-for-copies-element", "quadratic",
     (("for (auto o : orders)", "for (const auto& o : orders)"),)),
    # the absolute value of a long
    ("gps_drift.c", "c-abs-of-wider-type", "wrong_result",
     (("return abs(device - server);", "return labs(device - server);"),)),
    # the month counted from 1 where it is shown
    ("invoice_labels.js", "js-zero-based-month-shown", "wrong_result",
     (("pad2(date.getMonth())", "pad2(date.getMonth() + 1)"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_sorted_again_per_item_in_every_language() -> None:
    """The same hazard in Go, Java and Rust: a sort of the collection the loop appends to is
    asked about; a sort after the loop, or of a collection made afresh in each pass, is not."""
    go = ("func m(vs []int) []int {\n\tvar seen, out []int\n\tfor _, v := range vs {\n"
          "\t\tseen = append(seen, v)\n\t\tsort.Ints(seen)\n\t\tout = append(out, seen[len(seen)/2])\n"
          "\t}\n\treturn out\n}")
    assert fires("go", "go-sorted-again-per-item", go)
    assert not fires("go", "go-sorted-again-per-item",
                     go.replace("\t\tsort.Ints(seen)\n", "").replace("\treturn out", "\tsort.Ints(seen)\n\treturn out"))
    java = ("class A { List<Integer> m(List<Integer> vs) { List<Integer> seen = new ArrayList<>(); "
            "for (int v : vs) { seen.add(v); Collections.sort(seen); } return seen; } }")
    assert fires("java", "java-sorted-again-per-item", java)
    assert not fires("java", "java-sorted-again-per-item",
                     java.replace(" Collections.sort(seen); }", " } Collections.sort(seen);"))
    rust = ("fn m(vs: &[u32]) -> Vec<u32> {\n    let mut seen = Vec::new();\n    for &v in vs {\n"
            "        seen.push(v);\n        seen.sort();\n    }\n    seen\n}")
    assert fires("rust", "rust-sorted-again-per-item", rust)
    assert not fires("rust", "rust-sorted-again-per-item",
                     rust.replace("        seen.sort();\n    }\n", "    }\n    seen.sort();\n"))


def test_regex_compiled_in_loop_only_for_a_fixed_pattern() -> None:
    """staticcheck SA6000 and clippy regex_creation_in_loops: a literal pattern compiled on
    every pass is asked about; a pattern of each item's own, or one compiled before the loop,
    is not."""
    go = ("func f(lines []string) (n int) {\n\tfor _, l := range lines {\n"
          "\t\tif regexp.MustCompile(`^\\d+$`).MatchString(l) {\n\t\t\tn++\n\t\t}\n\t}\n\treturn\n}")
    assert fires("go", "go-regexp-compiled-in-loop", go)
    assert not fires("go", "go-regexp-compiled-in-loop", go.replace("`^\\d+$`", "l"))
    rust = ("fn f(lines: &[String]) -> usize {\n    let mut n = 0;\n    for l in lines {\n"
            "        if Regex::new(r\"^\\d+$\").unwrap().is_match(l) { n += 1; }\n    }\n    n\n}")
    assert fires("rust", "rust-regex-compiled-in-loop", rust)
    assert not fires("rust", "rust-regex-compiled-in-loop", rust.replace("r\"^\\d+$\"", "l"))
