"""Documented hazards of Go, Rust, Java, C and C++ no rule asked about (or asked about in one
form only), on take-home programs of one's own (`takehome_sys2/`). The first question on each
is the new finding; the program fixed the way a reviewer would accept asks no question that
claims a defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.rule_tables import assert_asks_no_defect, assert_first_question, fixed

PROGRAMS = Path(__file__).resolve().parent / "takehome_sys2"

CASES = [
    # (program, rule, kind, the fix: (text, replacement))
    ("lending.go", "go-field-read-without-lock", "race_condition",
     ("\tvar late []Loan\n\tfor _, l := range d.loans {\n",
      "\td.mu.Lock()\n\tdefer d.mu.Unlock()\n\tvar late []Loan\n\tfor _, l := range d.loans {\n")),
    ("mirror.go", "go-shadowed-err-checked-outside", "ignored_error",
     ("\t\tresp, err := c.Get(url)\n", "\t\tvar resp *http.Response\n\t\tresp, err = c.Get(url)\n")),
    ("tags.rs", "rust-leaked-per-call", "resource_leak",
     ("    Box::leak(raw.trim().to_lowercase().into_boxed_str())\n",
      ("    thread_local! {\n"
       "        static SEEN: std::cell::RefCell<HashMap<String, &'static str>> = Default::default();\n"
       "    }\n"
       "    let key = raw.trim().to_lowercase();\n"
       "    SEEN.with(|seen| {\n"
       "        *seen.borrow_mut().entry(key.clone()).or_insert_with(|| Box::leak(key.into_boxed_str()))\n"
       "    })\n"))),
    ("Ledger.java", "java-odd-check-by-remainder-one", "wrong_result",
     ("amountCents % 2 == 1", "amountCents % 2 != 0")),
    ("Dispatcher.java", "java-synchronized-on-non-final-field", "race_condition",
     ("synchronized (batch)", "synchronized (this)")),
    ("Signup.java", "java-immutable-result-ignored", "wrong_result",
     ("        email.trim();\n", "        email = email.trim();\n")),
    ("vault.c", "c-secret-wipe-optimised-away", "hardcoded_secret",
     ("    memset(passphrase, 0, strlen(passphrase));\n",
      "    explicit_bzero(passphrase, strlen(passphrase));\n")),
    ("sampler.c", "c-float-loop-counter", "wrong_result",
     ("    for (float t = 0.0f; t <= seconds; t += 0.1f) {\n",
      ("    int steps = (int)lroundf(seconds * 10.0f);\n"
       "    for (int i = 0; i <= steps; i++) {\n"
       "        float t = i / 10.0f;\n"))),
    ("tills.cpp", "cpp-lock-guard-temporary", "race_condition",
     ("std::lock_guard<std::mutex>(mu_);", "std::lock_guard<std::mutex> guard(mu_);")),
]


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix"), CASES, ids=[c[0] for c in CASES])
def test_first_question_is_the_new_finding(name: str, rule_id: str, kind: str,
                                           fix: tuple[str, str]) -> None:
    assert_first_question(name, (PROGRAMS / name).read_text(), kind, rule_id)


@pytest.mark.parametrize(("name", "rule_id", "kind", "fix"), CASES, ids=[c[0] for c in CASES])
def test_the_fixed_program_asks_no_defect(name: str, rule_id: str, kind: str,
                                          fix: tuple[str, str]) -> None:
    assert_asks_no_defect(name, fixed((PROGRAMS / name).read_text(), [fix]), rule_id)
