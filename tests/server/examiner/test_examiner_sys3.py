"""Documented hazards of Java, C++, Go and Rust no rule asked about (or asked about in one form
only), on take-home programs of one's own (`takehome_sys3/`): a `Collections.synchronizedList`
walked without its lock (the Collections javadoc), `std::string::find` read as a bool
(cppreference; clang-tidy readability-implicit-bool-conversion), the address of a range
variable kept past its iteration (the Go 1.22 release notes; go vet loopclosure) and a
scrutinee's guard still held when an arm calls a method that locks the same field (clippy
significant_drop_in_scrutinee). The first question on each is the new finding; the program
fixed the way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_sys3"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # walk the copy the class already takes under the lock
    ("Notifier.java", "java-synchronized-wrapper-iterated-unlocked", "race_condition",
     (("        for (Subscriber s : subscribers) {\n",
       "        for (Subscriber s : snapshot()) {\n"),)),
    ("headers.cpp", "cpp-string-find-as-bool", "wrong_result",
     (('if (control.find("no-store")) {', 'if (control.find("no-store") != std::string::npos) {'),)),
    # the element's own address, as the category index already does
    ("catalog.go", "go-loop-variable-address-kept", "late_binding",
     (("\tfor _, p := range c.products {\n\t\tc.bySKU[strings.ToUpper(p.SKU)] = &p\n\t}\n",
       ("\tfor i := range c.products {\n\t\tp := &c.products[i]\n"
        "\t\tc.bySKU[strings.ToUpper(p.SKU)] = p\n\t}\n")),)),
    # one guard for the whole lookup, and the expired session removed through it
    ("sessions.rs", "rust-lock-in-scrutinee-relocked", "race_condition",
     (("        match self.sessions.lock().unwrap().get_mut(token) {\n",
       ("        let mut map = self.sessions.lock().unwrap();\n"
        "        match map.get_mut(token) {\n")),
      ("                self.expire(token);\n",
       ("                map.remove(token);\n"
        "                self.stats.lock().unwrap().expired += 1;\n")),
      ("    fn expire(&self, token: &str) {\n",
       "    pub fn expire(&self, token: &str) {\n"))),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_the_go_question_asks_under_which_version() -> None:
    """The examiner sees the file, not go.mod: the question is put conditionally on the module's
    go version, and a file that needs go 1.22 itself (a build constraint) is not asked about."""
    from tests.support.rule_tables import first_question

    code = (PROGRAMS / "catalog.go").read_text()
    text = first_question("catalog.go", code).text
    assert "go.mod" in text and "1.22" in text
    constrained = "//go:build go1.22\n\n" + code
    assert not fires("go", "go-loop-variable-address-kept", constrained)


def test_the_rust_arm_relocks_through_a_method_only_for_the_same_field() -> None:
    """The arm's `self.count_hit()` locks `stats`, another mutex: only `self.expire`, which
    locks `sessions` again, makes the match deadlock."""
    code = (PROGRAMS / "sessions.rs").read_text()
    without_expire = code.replace("                self.expire(token);\n", "")
    assert fires("rust", "rust-lock-in-scrutinee-relocked", code)
    assert not fires("rust", "rust-lock-in-scrutinee-relocked", without_expire)
