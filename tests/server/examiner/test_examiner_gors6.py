"""Documented hazards of Go and Rust asked about on take-home programs of one's own
(`takehome_gors6/`): an empty `case` over the case it was meant to share, which Go does not
fall into (the Go spec, Switch statements; Effective Go, Switch); a `String()` method that
formats its own receiver with `%v`, so fmt calls it again without end (go vet printf,
staticcheck SA5007); `json.Unmarshal` given a map by value, which it cannot fill (go vet
unmarshal; the encoding/json docs, Unmarshal); two accounts' mutexes locked in the order the
arguments came, so opposite transfers deadlock (the std Mutex docs, CWE-833); `Read::read`
whose byte count is dropped where `read_exact` is meant (Clippy unused_io_amount); a child
process spawned and never waited for, a zombie per upload (Clippy zombie_processes, the std
docs on Child); a search loop that returns "not found" inside its body, after the first
element (staticcheck SA4004, Clippy never_loop); and a method on a value receiver that
advances its own copy (staticcheck SA4005, the Go FAQ on pointer receivers). The first
question on each is the finding; the program fixed the way a reviewer would accept asks no
question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_gors6"

BOTH_LOCKS = ("    let mut source = from.balance.lock().unwrap();\n"
              "    let mut target = to.balance.lock().unwrap();\n")
IN_ID_ORDER = ("    let (mut source, mut target) = if from.id < to.id {\n"
               "        let s = from.balance.lock().unwrap();\n"
               "        (s, to.balance.lock().unwrap())\n"
               "    } else {\n"
               "        let t = to.balance.lock().unwrap();\n"
               "        (from.balance.lock().unwrap(), t)\n"
               "    };\n")
STATUS_CHECKED = ("            .status()?;\n        if !status.success() {\n"
                  "            return Err(io::Error::other(format!(\"convert failed: {}\", status)));\n"
                  "        }\n        Ok(())")
BINS_ELSE = ("                return Ok((b, s));\n            } else {\n"
             "                return Err(PickError::NotStocked(sku.to_string()));\n            }\n")
CHECK = ("    if *source < cents {\n"
         "        return Err(LedgerError::InsufficientFunds {\n"
         "            id: from.id,\n"
         "            wanted: cents,\n"
         "            available: *source,\n"
         "        });\n"
         "    }\n"
         "    *source -= cents;\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # Austria joins the EU band's comma list
    ("shipping.go", "go-empty-case-read-as-fallthrough", "wrong_result",
     (("\tcase \"AT\":\n\tcase \"FR\",", "\tcase \"AT\", \"FR\","),)),
    # an unknown status is printed as its number
    ("status.go", "go-string-method-formats-itself", "missing_base_case",
     (("fmt.Sprintf(\"Status(%v)\", s)", "fmt.Sprintf(\"Status(%d)\", int(s))"),)),
    # the overrides decoded through a pointer
    ("flags.go", "go-unmarshal-into-value", "wrong_result",
     (("json.Unmarshal(data, overrides)", "json.Unmarshal(data, &overrides)"),)),
    # the two balances locked in account-id order, whichever way the money goes
    ("ledger.rs", "rust-locks-taken-in-argument-order", "race_condition",
     ((BOTH_LOCKS, IN_ID_ORDER),)),
    # the body read in full
    ("frames.rs", "rust-read-write-count-ignored", "wrong_result",
     (("stream.read(&mut body)?;", "stream.read_exact(&mut body)?;"),)),
    # convert run to completion with `status()`, and its failure reported
    ("thumbs.rs", "rust-child-never-waited", "resource_leak",
     (("        Command::new(\"convert\")", "        let status = Command::new(\"convert\")"),
      ("            .spawn()?;\n        Ok(())", STATUS_CHECKED))),
    # "unknown" said once every coupon has been looked at
    ("coupons.go", "go-loop-returns-on-first-element", "wrong_result",
     (("\t\t\treturn &c.list[i], nil\n\t\t}\n\t\treturn nil, ErrUnknownCoupon\n",
       "\t\t\treturn &c.list[i], nil\n\t\t}\n"),)),
    # "not stocked" said once every bin has been looked at
    ("bins.rs", "rust-loop-returns-on-first-element", "wrong_result",
     ((BINS_ELSE, "                return Ok((b, s));\n            }\n"),)),
    # the team's progress kept: Answer on a pointer receiver, as its neighbours are
    ("quiz.go", "go-field-set-on-value-receiver", "wrong_result",
     (("func (r Round) Answer", "func (r *Round) Answer"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_an_empty_case_that_is_documented_or_kept_from_default_is_not_asked_about() -> None:
    """A comment in the empty case says it is meant; with a `default` the empty case keeps
    its values out of it; named constants listed empty show the switch is exhaustive."""
    code = (PROGRAMS / "shipping.go").read_text()
    rule = "go-empty-case-read-as-fallthrough"
    commented = "\tcase \"AT\":\n\t\t// priced as world: customs\n"
    assert not fires("go", rule, fixed(code, (("\tcase \"AT\":\n", commented),)))
    with_default = "\t\tzone = ZoneUK\n\tdefault:\n\t\tzone = ZoneWorld\n\t}"
    assert not fires("go", rule, fixed(code, (("\t\tzone = ZoneUK\n\t}", with_default),)))
    assert not fires("go", rule, fixed(code, (("\tcase \"AT\":\n", "\tcase \"AT\":\n\t\tfallthrough\n"),)))
    assert not fires("go", rule, "func f(k Kind) int {\n\tn := 0\n\tswitch k {\n\tcase KindA:\n"
                                 "\tcase KindB:\n\t\tn = 1\n\t}\n\treturn n\n}")


def test_a_string_method_that_converts_or_uses_fields_is_not_asked_about() -> None:
    """`int(s)` has no String method; `%d` does not call it; another method may format it."""
    code = (PROGRAMS / "status.go").read_text()
    rule = "go-string-method-formats-itself"
    call = "fmt.Sprintf(\"Status(%v)\", s)"
    assert not fires("go", rule, fixed(code, ((call, "fmt.Sprintf(\"Status(%v)\", int(s))"),)))
    assert not fires("go", rule, fixed(code, ((call, "fmt.Sprintf(\"Status(%d)\", s)"),)))
    assert not fires("go", rule, "func (j Job) Describe() string { return fmt.Sprintf(\"%v\", j) }")
    assert fires("go", rule, "func (e *E) Error() string { return fmt.Sprint(e) }")


def test_an_unmarshal_into_a_pointer_or_an_interface_is_not_asked_about() -> None:
    code = (PROGRAMS / "flags.go").read_text()
    rule = "go-unmarshal-into-value"
    made = "overrides := map[string]string{}"
    assert not fires("go", rule, fixed(code, ((made, "overrides := new(map[string]string)"),)))
    assert not fires("go", rule, "func f(b []byte) any { var v any; _ = json.Unmarshal(b, v); return v }")
    assert fires("go", rule, "type C struct{ N int }\n"
                             "func f(b []byte) C { var c C; _ = json.Unmarshal(b, c); return c }")


def test_locks_taken_one_at_a_time_or_of_unrelated_types_are_not_asked_about() -> None:
    code = (PROGRAMS / "ledger.rs").read_text()
    rule = "rust-locks-taken-in-argument-order"
    one_at_a_time = fixed(code, ((BOTH_LOCKS + CHECK + "    *target += cents;\n",
                                   "    let mut source = from.balance.lock().unwrap();\n" + CHECK
                                   + "    drop(source);\n    *to.balance.lock().unwrap() += cents;\n"),))
    assert not fires("rust", rule, one_at_a_time)
    assert not fires("rust", rule, "fn f(a: &Account, log: &Journal) { let x = a.m.lock().unwrap(); "
                                   "let y = log.m.lock().unwrap(); use_both(&x, &y); }")
    assert fires("rust", rule, "impl Pool { fn steal(&self, other: &Self) { "
                               "let mut a = self.q.lock().unwrap(); "
                               "let mut b = other.q.lock().unwrap(); a.append(&mut b); } }")


def test_a_read_whose_count_is_used_is_not_asked_about() -> None:
    code = (PROGRAMS / "frames.rs").read_text()
    rule = "rust-read-write-count-ignored"
    counted = fixed(code, (("    stream.read(&mut body)?;\n",
                            "    let n = stream.read(&mut body)?;\n    body.truncate(n);\n"),))
    assert not fires("rust", rule, counted)
    assert fires("rust", rule, fixed(counted, (("stream.write_all(bytes)?;",
                                                "stream.write(text.as_bytes()).unwrap();"),)))


def test_a_child_waited_for_returned_or_kept_is_not_asked_about() -> None:
    """`wait`, a Child handed back to the caller, or pushed where its owner waits for it."""
    code = (PROGRAMS / "thumbs.rs").read_text()
    rule = "rust-child-never-waited"
    made = ("        Command::new(\"convert\")", "        let child = Command::new(\"convert\")")
    spawned = "            .spawn()?;\n        Ok(())"
    kept = fixed(code, (made, (spawned, "            .spawn()?;\n        child.wait()?;\n        Ok(())")))
    assert not fires("rust", rule, kept)
    pushed = "            .spawn()?;\n        self.pending.lock().unwrap().push(child);\n        Ok(())"
    handed = fixed(code, (made, (spawned, pushed)))
    assert not fires("rust", rule, handed)
    only_pid = fixed(handed, (("self.pending.lock().unwrap().push(child);", "log_pid(child.id());"),))
    assert fires("rust", rule, only_pid)


def test_a_loop_that_can_go_on_is_not_asked_about() -> None:
    """A `continue` lets a later iteration run; a loop with no test returns its first
    element on purpose."""
    code = (PROGRAMS / "coupons.go").read_text()
    rule = "go-loop-returns-on-first-element"
    test = "\t\tif strings.EqualFold(c.list[i].Code, code) {"
    skipping = fixed(code, ((test, "\t\tif c.list[i].UsesLeft == 0 {\n\t\t\tcontinue\n\t\t}\n" + test),))
    assert not fires("go", rule, skipping)
    assert not fires("go", rule, "func any(m map[string]int) string { "
                                 "for k := range m { return k }; return \"\" }")
    code = (PROGRAMS / "bins.rs").read_text()
    rule = "rust-loop-returns-on-first-element"
    other = "            } else {\n                return Err("
    skipping = fixed(code, ((other, "            } else {\n                continue;\n                return Err("),))
    assert not fires("rust", rule, skipping)
    assert not fires("rust", rule, "fn head(xs: &[u8]) -> Option<u8> { for x in xs { return Some(*x); } None }")


def test_a_value_receiver_whose_copy_is_returned_or_shared_is_not_asked_about() -> None:
    """A `With...` method that returns its copy, a map written through the copy, and a copy
    handed to a call are not asked about; `s.n++; return s.n` (always 1) is."""
    rule = "go-field-set-on-value-receiver"
    assert not fires("go", rule, "func (r Round) WithTeam(t string) Round { r.Team = t; return r }")
    assert not fires("go", rule, "func (r Round) Mark(k string) { r.seen[k] = true }")
    assert not fires("go", rule, "func (r Round) Save() error { r.saved = true; return store(r) }")
    assert fires("go", rule, "func (s Seq) Next() int { s.n++; return s.n }")
