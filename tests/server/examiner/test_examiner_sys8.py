"""Documented hazards of Go, Java and Rust asked about on take-home programs of one's own
(`takehome_sys8/`): an HTTP server started with `http.ListenAndServe`, or an `http.Server`
with no read timeout, which a client sending its headers slowly can hold open without end
(gosec G112/G114, the net/http docs on Server, CWE-400); and a helper a worker calls to wait
that catches InterruptedException without restoring the interrupt, so the worker's loop on
`isInterrupted()` never stops (Sonar S2142, the Thread.interrupt javadoc); and a request
body decoded with `json.NewDecoder` and no size limit (the net/http docs on MaxBytesReader,
CWE-400). The first question on each is the finding; the program fixed the way a reviewer
would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_sys8"

SERVED = "\tif err := http.ListenAndServe(*addr, mux); err != nil {\n"
WITH_TIMEOUTS = ("\tsrv := &http.Server{\n\t\tAddr:              *addr,\n\t\tHandler:           mux,\n"
                 "\t\tReadHeaderTimeout: 5 * time.Second,\n\t\tWriteTimeout:      10 * time.Second,\n"
                 "\t\tIdleTimeout:       time.Minute,\n\t}\n"
                 "\tif err := srv.ListenAndServe(); err != nil {\n")

POLL_CAUGHT = ("            LOG.fine(\"poll interrupted\");\n"
               "            return batch;\n")
POLL_RESTORED = ("            Thread.currentThread().interrupt();\n"
                 "            return batch;\n")
POLL_RETHROWN = "            throw new IllegalStateException(\"interrupted\", e);\n"

DECODED = "json.NewDecoder(r.Body).Decode(&e)"
CAPPED = "json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&e)"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # an http.Server with read, write and idle timeouts
    ("shortlinks.go", "go-server-without-timeouts", "resource_leak",
     ((SERVED, WITH_TIMEOUTS), ("\t\"sync\"\n", "\t\"sync\"\n\t\"time\"\n"))),
    # the interrupt status restored before the helper returns
    ("OutboxRelay.java", "java-interrupt-swallowed-in-helper", "swallowed_exception",
     ((POLL_CAUGHT, POLL_RESTORED),)),
    # the body capped at 64 KiB before it is decoded
    ("expenses.go", "go-json-body-decoded-unbounded", "unbounded_read",
     ((DECODED, CAPPED),)),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_a_server_given_a_read_timeout_or_a_test_server_is_not_asked_about() -> None:
    """A Server with only a WriteTimeout still reads headers forever; a ReadTimeout set after
    the literal, or a throwaway server in a test, is not asked about."""
    code = (PROGRAMS / "shortlinks.go").read_text()
    rule = "go-server-without-timeouts"
    write_only = ("\tsrv := &http.Server{Addr: *addr, Handler: mux, WriteTimeout: 10 * time.Second}\n"
                  "\tif err := srv.ListenAndServe(); err != nil {\n")
    assert fires("go", rule, fixed(code, ((SERVED, write_only),)))
    assigned = ("\tsrv := &http.Server{Addr: *addr, Handler: mux}\n"
                "\tsrv.ReadTimeout = 10 * time.Second\n"
                "\tif err := srv.ListenAndServe(); err != nil {\n")
    assert not fires("go", rule, fixed(code, ((SERVED, assigned),)))
    assert not fires("go", rule, "import (\n\t\"net/http\"\n\t\"net/http/httptest\"\n)\n\n"
                                 "func serve(ln net.Listener) { go http.Serve(ln, nil) }")


def test_a_helper_that_restores_the_interrupt_or_a_loop_on_a_flag_is_not_asked_about() -> None:
    """A helper that rethrows, or a loop that stops on its own volatile flag, is silent; the
    same swallowing helper called from `while (true)` is asked about."""
    code = (PROGRAMS / "OutboxRelay.java").read_text()
    rule = "java-interrupt-swallowed-in-helper"
    assert not fires("java", rule, fixed(code, ((POLL_CAUGHT, POLL_RETHROWN),)))
    flag = fixed(code, (("while (!Thread.currentThread().isInterrupted()) {",
                         "while (running) {"),))
    assert not fires("java", rule, flag)
    assert fires("java", rule, fixed(code, (("while (!Thread.currentThread().isInterrupted()) {",
                                             "while (true) {"),)))


def test_a_body_capped_elsewhere_in_the_file_or_a_response_body_is_not_asked_about() -> None:
    """A middleware that caps every request's body, or `io.LimitReader`, is silent; a
    response body decoded by a client is not a request's."""
    code = (PROGRAMS / "expenses.go").read_text()
    rule = "go-json-body-decoded-unbounded"
    middleware = ("func capped(next http.Handler) http.Handler {\n"
                  "\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n"
                  "\t\tr.Body = http.MaxBytesReader(w, r.Body, 64<<10)\n"
                  "\t\tnext.ServeHTTP(w, r)\n\t})\n}\n\nfunc main() {")
    assert not fires("go", rule, fixed(code, (("func main() {", middleware),)))
    limited = "json.NewDecoder(io.LimitReader(r.Body, 64<<10)).Decode(&e)"
    assert not fires("go", rule, fixed(code, ((DECODED, limited),)))
    assert not fires("go", rule, "func get(c *http.Client, u string) (T, error) { var t T; "
                                 "resp, err := c.Get(u); if err != nil { return t, err }; "
                                 "defer resp.Body.Close(); "
                                 "return t, json.NewDecoder(resp.Body).Decode(&t) }")
