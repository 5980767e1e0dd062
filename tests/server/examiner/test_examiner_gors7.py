"""Documented hazards of Go asked about on take-home programs of one's own (`takehome_gors7/`):
a gzip body read whole though only its compressed size is capped (gosec G110, CWE-409); a
float amount scaled to cents and converted by truncation (the Go spec, Conversions); a send
on a channel made while holding the mutex its receiver takes (CWE-833, the sync docs); and a
new `http.Transport` built for every request (the net/http docs, Transport: "Transports should
be reused instead of created as needed"); a string function's result dropped (go vet
unusedresult, staticcheck SA4017) and an error built but never returned; a line read with
`read_line` parsed with its newline (Clippy read_line_without_trim); and a file opened with
`create(true)` but no `truncate` (Clippy suspicious_open_options); a nil pointer of the
program's error type returned as an `error` (the Go FAQ on nil errors, staticcheck SA4023);
and the errors of a reader's `lines()` filtered out, which loops forever on a read error
(Clippy lines_filter_map_ok). The first question on each is the finding; the
program fixed the way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_gors7"

SEND_UNDER_LOCK = ("\to.mu.Lock()\n\tdefer o.mu.Unlock()\n\tif o.closed {\n\t\treturn ErrClosed\n\t}\n"
                   "\to.stats.Queued++\n\to.queue <- m\n\treturn nil\n")
SEND_AFTER_UNLOCK = ("\to.mu.Lock()\n\tif o.closed {\n\t\to.mu.Unlock()\n\t\treturn ErrClosed\n\t}\n"
                     "\to.stats.Queued++\n\to.mu.Unlock()\n\to.queue <- m\n\treturn nil\n")
CLIENT_IN_CALL = ("\tclient := &http.Client{\n\t\tTimeout: 5 * time.Second,\n\t\tTransport: &http.Transport{\n"
                  "\t\t\tProxy:               http.ProxyFromEnvironment,\n"
                  "\t\t\tTLSHandshakeTimeout: 3 * time.Second,\n"
                  "\t\t\tMaxIdleConnsPerHost: 4,\n\t\t},\n\t}\n")
CLIENT_ONCE = ("// client is shared by every fetch: its Transport keeps the connections.\n"
               "var client = &http.Client{\n\tTimeout: 5 * time.Second,\n\tTransport: &http.Transport{\n"
               "\t\tProxy:               http.ProxyFromEnvironment,\n"
               "\t\tTLSHandshakeTimeout: 3 * time.Second,\n"
               "\t\tMaxIdleConnsPerHost: 4,\n\t},\n}\n\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the decompressed stream read through a limit
    ("telemetry.go", "go-decompressed-read-unbounded", "unbounded_read",
     (("io.ReadAll(zr)", "io.ReadAll(io.LimitReader(zr, 8*maxUpload))"),)),
    # the price rounded to the nearest cent
    ("prices.go", "go-float-product-truncated-to-int", "wrong_result",
     (("return int64(euros * 100), nil", "return int64(math.Round(euros * 100)), nil"),)),
    # the lock released before the send
    ("mailer.go", "go-send-while-holding-lock", "race_condition",
     ((SEND_UNDER_LOCK, SEND_AFTER_UNLOCK),)),
    # one client and transport for the package
    ("avatars.go", "go-transport-built-per-call", "resource_leak",
     ((CLIENT_IN_CALL, ""), ("const maxAvatar = 512 << 10\n\n", "const maxAvatar = 512 << 10\n\n" + CLIENT_ONCE))),
    # the address normalised in place
    ("signup.go", "go-pure-result-discarded", "wrong_result",
     (("\tstrings.ToLower(strings.TrimSpace(email))", "\temail = strings.ToLower(strings.TrimSpace(email))"),)),
    # the refusal returned
    ("seats.go", "go-error-built-not-returned", "ignored_error",
     (("\t\tfmt.Errorf(\"seats: only", "\t\treturn Booking{}, fmt.Errorf(\"seats: only"),)),
    # the answer trimmed before it is parsed
    ("tipcalc.rs", "rust-read-line-parsed-untrimmed", "wrong_result",
     (("answer.parse::<u64>()", "answer.trim().parse::<u64>()"),)),
    # the old list cut off when the new one is written
    ("watchlist.rs", "rust-open-create-without-truncate", "wrong_result",
     ((".write(true).create(true).open(", ".write(true).create(true).truncate(true).open("),)),
    # a nil interface returned when the order is fine
    ("orders.go", "go-typed-nil-pointer-returned-as-error", "wrong_result",
     (("\treturn problems\n}", "\tif problems != nil {\n\t\treturn problems\n\t}\n\treturn nil\n}"),)),
    # the lines read until the first error, which is reported
    ("grades.rs", "rust-lines-errors-filtered-forever", "swallowed_exception",
     (("    for line in reader.lines().flatten() {\n",
       "    for line in reader.lines() {\n        let line = line?;\n"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_decompressed_stream_bounded_itself_is_not_asked_about() -> None:
    """A LimitReader or MaxBytesReader around the gzip reader bounds it; one around the body
    alone does not; a file of one's own is not a client's bomb."""
    code = (PROGRAMS / "telemetry.go").read_text()
    rule = "go-decompressed-read-unbounded"
    assert not fires("go", rule, fixed(code, (("io.ReadAll(zr)", "io.ReadAll(http.MaxBytesReader(w, zr, 8<<20))"),)))
    assert fires("go", rule, fixed(code, (("http.MaxBytesReader(w, r.Body, maxUpload)",
                                           "io.NopCloser(io.LimitReader(r.Body, maxUpload))"),)))
    assert not fires("go", rule, "func load(p string) ([]byte, error) { f, err := os.Open(p); if err != nil "
                                 "{ return nil, err }; zr, err := gzip.NewReader(f); if err != nil "
                                 "{ return nil, err }; return io.ReadAll(zr) }")


def test_a_rounded_or_integer_conversion_is_not_asked_about() -> None:
    code = (PROGRAMS / "prices.go").read_text()
    rule = "go-float-product-truncated-to-int"
    assert not fires("go", rule, fixed(code, (("int64(euros * 100)", "int64(euros*100 + 0.5)"),)))
    assert not fires("go", rule, "func f(n int32) int64 { return int64(n * 100) }")
    assert fires("go", rule, "func f(r Rate) int { return int(float64(r.Num) * 1000) }")


def test_a_send_without_the_lock_or_to_a_lock_free_receiver_is_not_asked_about() -> None:
    """A select with a default does not block; a receiver that never locks cannot wait for
    the sender's lock."""
    code = (PROGRAMS / "mailer.go").read_text()
    rule = "go-send-while-holding-lock"
    non_blocking = "\tselect {\n\tcase o.queue <- m:\n\tdefault:\n\t\treturn errors.New(\"mailer: busy\")\n\t}\n"
    assert not fires("go", rule, fixed(code, (("\to.queue <- m\n", non_blocking),)))
    other_lock = fixed(code, (("\t\to.mu.Lock()\n\t\to.stats.Queued--", "\t\to.statsMu.Lock()\n\t\to.stats.Queued--"),
                              ("\t\to.mu.Unlock()\n\t}\n}", "\t\to.statsMu.Unlock()\n\t}\n}")))
    assert not fires("go", rule, other_lock)


def test_a_transport_kept_or_closed_is_not_asked_about() -> None:
    code = (PROGRAMS / "avatars.go").read_text()
    rule = "go-transport-built-per-call"
    closed = fixed(code, (("\tresp, err := client.Get(u.String())",
                           "\tdefer client.CloseIdleConnections()\n\tresp, err := client.Get(u.String())"),))
    assert not fires("go", rule, closed)
    assert not fires("go", rule, "type F struct{ c *http.Client }\n\nfunc NewF() *F { f := &F{}; "
                                 "f.c = &http.Client{Transport: &http.Transport{}}; return f }\n\n"
                                 "func (f *F) Get(u string) (*http.Response, error) { return f.c.Get(u) }")


def test_a_used_result_or_a_harness_call_is_not_asked_about() -> None:
    rule = "go-pure-result-discarded"
    assert not fires("go", rule, "func f(s string) string {\n\ts = strings.TrimSpace(s)\n\treturn s\n}")
    assert not fires("go", rule, "func TestClean(t *testing.T) {\n\tn := testing.AllocsPerRun(10, "
                                 "func() { filepath.Clean(\"/a/b\") })\n\tcheck(t, n)\n}")
    assert fires("go", rule, "func f(s string) string {\n\tif s != \"\" {\n\t\tstrings.ToLower(s)\n\t}\n\treturn s\n}")
    rule = "go-error-built-not-returned"
    assert not fires("go", rule, "func f(n int) error {\n\terr := fmt.Errorf(\"bad %d\", n)\n\treturn err\n}")
    assert not fires("go", rule, "func f(n int) {\n\tlog.Print(errors.New(\"bad\"))\n}")


def test_a_trimmed_line_or_a_truncated_file_is_not_asked_about() -> None:
    code = (PROGRAMS / "tipcalc.rs").read_text()
    rule = "rust-read-line-parsed-untrimmed"
    shadowed = fixed(code, (("        match answer.parse::<u64>() {",
                             "        let answer = answer.trim();\n        match answer.parse::<u64>() {"),))
    assert not fires("rust", rule, shadowed)
    assert not fires("rust", rule, "fn f(s: &str) -> Option<u32> { s.parse().ok() }")
    code = (PROGRAMS / "watchlist.rs").read_text()
    rule = "rust-open-create-without-truncate"
    assert not fires("rust", rule, fixed(code, (("OpenOptions::new().write(true).create(true).open(&self.path)?",
                                                 "fs::File::create(&self.path)?"),)))
    assert not fires("rust", rule, fixed(code, ((".write(true).create(true).open(",
                                                 ".append(true).create(true).open("),)))


def test_a_guarded_or_concrete_typed_return_is_not_asked_about() -> None:
    code = (PROGRAMS / "orders.go").read_text()
    rule = "go-typed-nil-pointer-returned-as-error"
    as_error = fixed(code, (("\tvar problems *Problems\n", "\tvar problems *Problems\n\tvar err error\n"),
                            ("\treturn problems\n}",
                             "\tif problems != nil {\n\t\terr = problems\n\t}\n\treturn err\n}")))
    assert not fires("go", rule, as_error)
    concrete = fixed(code, (("now time.Time) error {\n\tif o.Delivery", "now time.Time) *Problems {\n\tif o.Delivery"),
                            ("\t\treturn ErrTooLate\n", "\t\treturn &Problems{Items: []string{ErrTooLate.Error()}}\n")))
    assert not fires("go", rule, concrete)


def test_lines_stopped_at_the_first_error_or_of_a_str_are_not_asked_about() -> None:
    code = (PROGRAMS / "grades.rs").read_text()
    rule = "rust-lines-errors-filtered-forever"
    assert not fires("rust", rule, fixed(code, (("reader.lines().flatten()", "reader.lines().map_while(Result::ok)"),)))
    assert fires("rust", rule, fixed(code, (("reader.lines().flatten()", "reader.lines().filter_map(|l| l.ok())"),)))
    assert not fires("rust", rule, "fn cells(t: &str) -> Vec<&str> { t.lines().flat_map(|l| l.split(';')).collect() }")
