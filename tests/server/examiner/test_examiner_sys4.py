"""Documented hazards of Go, Java and C++ that a rule asked about in one form only, widened to
the forms programs write, on take-home programs of one's own (`takehome_sys4/`): an ORDER BY
key joined on to a query begun elsewhere, or appended to a builder on its own statement, after
an allow-list lookup that falls back to the caller's text (OWASP SQL Injection Prevention Cheat
Sheet; CWE-89; gosec G201/G202); a count of seconds from a JSON config converted to a
`time.Duration` with no unit (the time package docs; the durationcheck linter); a break out
of the loop receiving from goroutines' unbuffered channel (the Go blog, "Pipelines and
cancellation"); an HTML page rendered into a buffer with text/template (the html/template
docs); strtok in a helper the thread's start routine calls (CERT CON33-C); an `Rc` cycle between a
playlist and its tracks (the Rust book, 15.6); and
`std::string::find` read as a bool on a member reached through an object (cppreference). The
first question on each is the finding; the program fixed the way a reviewer would accept asks
no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_sys4"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # a name the table does not know falls back to a column of the program's own
    ("listings.go", "go-sql-built-from-strings", "sql_injection",
     (("\t\tcol = sort\n", "\t\tcol = \"created_at DESC\"\n"),)),
    ("OrderHistory.java", "java-sql-appended-from-values", "sql_injection",
     (("SORTS.getOrDefault(sort, sort)", "SORTS.getOrDefault(sort, \"o.placed_at DESC\")"),)),
    ("ttlcache.go", "go-duration-bare-number", "wrong_result",
     (("time.Duration(c.cfg.TTLSeconds))}", "time.Duration(c.cfg.TTLSeconds)*time.Second)}"),)),
    # a buffer for every sender: the ones after the first failure complete and exit
    ("health.go", "go-senders-abandoned-on-early-return", "resource_leak",
     (("\tresults := make(chan status)\n", "\tresults := make(chan status, len(backends))\n"),)),
    # the same template through html/template, which escapes each value for its place
    ("digest.go", "go-text-template-for-html", "xss",
     (("\t\"text/template\"\n", "\t\"html/template\"\n"),)),
    # strtok_r keeps its place in the caller's `save`, one per call
    ("loadstats.c", "c-thread-calls-non-reentrant", "race_condition",
     (('for (char *f = strtok(line, ",\\n"); f != NULL && n < 4; f = strtok(NULL, ",\\n")) {',
       ('char *save = NULL;\n    for (char *f = strtok_r(line, ",\\n", &save); f != NULL && n < 4; '
        'f = strtok_r(NULL, ",\\n", &save)) {')),)),
    # the back-link weak, as the book's tree keeps its parent
    ("playlist.rs", "rust-rc-back-pointer", "resource_leak",
     (("use std::rc::Rc;\n", "use std::rc::{Rc, Weak};\n"),
      ("    playlist: RefCell<Option<Rc<Playlist>>>,\n", "    playlist: RefCell<Weak<Playlist>>,\n"),
      ("            playlist: RefCell::new(None),\n", "            playlist: RefCell::new(Weak::new()),\n"),
      ("self.playlist.borrow().as_ref().map(", "self.playlist.borrow().upgrade().map("),
      ("self.playlist.borrow().clone()?;", "self.playlist.borrow().upgrade()?;"),
      ("= Some(Rc::clone(self));", "= Rc::downgrade(self);"))),
    ("contacts.cpp", "cpp-string-find-as-bool", "wrong_result",
     (('if (c.notes.find("vip")) {', 'if (c.notes.find("vip") != std::string::npos) {'),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_go_helper_that_falls_back_to_the_table_is_an_allow_list() -> None:
    """`orderBy(sort)` is followed into the file's own function: a miss that falls back to one
    of the table's own columns is safe, a miss that falls back to the key is not."""
    code = (PROGRAMS / "listings.go").read_text()
    to_table = fixed(code, (("\t\tcol = sort\n", "\t\tcol = sortColumns[\"newest\"]\n"),))
    assert fires("go", "go-sql-built-from-strings", code)
    assert not fires("go", "go-sql-built-from-strings", to_table)


def test_strtok_outside_the_threads_is_not_asked_about() -> None:
    """The same parser, once no thread calls it, is not asked about."""
    code = (PROGRAMS / "loadstats.c").read_text()
    single = code.replace("        if (!parse_line(line, fields)) {\n            continue;\n        }\n", "")
    assert fires("c", "c-thread-calls-non-reentrant", code)
    assert not fires("c", "c-thread-calls-non-reentrant", single)


def test_the_duration_of_a_duration_field_is_not_asked_about() -> None:
    """The same conversion of a field the config declares a `time.Duration` is no unit error;
    an `int` timeout with no unit in its name is."""
    code = (PROGRAMS / "ttlcache.go").read_text()
    as_duration = code.replace("TTLSeconds   int `json:\"ttl_seconds\"`",
                               "TTLSeconds   time.Duration `json:\"ttl_seconds\"`")
    unnamed = code.replace("TTLSeconds", "TTL")
    assert fires("go", "go-duration-bare-number", as_duration)  # the name still says seconds
    assert fires("go", "go-duration-bare-number", unnamed)
    assert not fires("go", "go-duration-bare-number",
                     unnamed.replace("TTL   int `json", "TTL   time.Duration `json"))
