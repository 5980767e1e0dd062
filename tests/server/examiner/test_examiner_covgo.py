"""Documented Go hazards asked about on take-home programs of one's own (`takehome_covgo/`):
a slice made with a length and then appended to (the makezero linter; Effective Go, Append);
a Read whose count is thrown away before the whole buffer is used (the io.Reader docs); a JSON
tag on an unexported field, which encoding/json never sees (go vet structtag; the
encoding/json docs); and a time layout written with pattern letters (the time package's
Layouts; staticcheck SA1002). The first question on each is the finding; the program fixed
the way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_covgo"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # length 0 and a capacity
    ("shelfmarks.go", "go-make-length-then-append", "wrong_result",
     (("marks := make([]string, len(loans))", "marks := make([]string, 0, len(loans))"),)),
    # the count kept and only the bytes read used
    ("linecounter.go", "go-read-count-ignored", "wrong_result",
     (("\t\t_, err := conn.Read(buf)\n", "\t\tn, err := conn.Read(buf)\n"),
      ("string(buf))", "string(buf[:n]))"))),
    # the field exported, the tag keeps its JSON name
    ("rsvp.go", "go-tag-on-unexported-field", "wrong_result",
     (("\tname     string `json:\"name\"`", "\tName     string `json:\"name\"`"),)),
    # the reference time as the layout
    ("shiftlog.go", "go-time-layout-with-pattern-letters", "wrong_result",
     (("\"YYYY-MM-DD HH:mm\"", "\"2006-01-02 15:04\""),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_println_with_a_directive_fires_and_printf_does_not() -> None:
    """go vet's printf check: Println given `%d` and a value is asked about; Printf, a percent
    sign with no directive, and a directive with no value after it are not."""
    rule = "go-println-with-format-verb"
    assert fires("go", rule, 'func f(n int) {\n\tfmt.Println("rows: %d", n)\n}')
    assert fires("go", rule, 'func f(p string, err error) {\n\tlog.Fatal("read %s: %v", p, err)\n}')
    assert not fires("go", rule, 'func f(n int) {\n\tfmt.Printf("rows: %d\\n", n)\n}')
    assert not fires("go", rule, 'func f(n int) {\n\tfmt.Println("100% sure:", n)\n}')
    assert not fires("go", rule, 'func f() {\n\tfmt.Println("use %d for numbers")\n}')


def test_string_of_int_fires_on_ints_not_on_runes_or_bytes() -> None:
    """go vet's stringintconv: `string(n)` of an int parameter, counter or length is asked
    about; a rune, a byte, `string(rune(n))` and strconv.Itoa are not."""
    rule = "go-string-of-int"
    assert fires("go", rule, 'func f(n int) string {\n\treturn "#" + string(n)\n}')
    assert fires("go", rule, 'func f(xs []int) string {\n\tn := len(xs)\n\treturn string(n)\n}')
    assert not fires("go", rule, "func f(r rune, b byte) string {\n\treturn string(r) + string(b)\n}")
    assert not fires("go", rule, "func f(n int) string {\n\treturn string(rune(n))\n}")
    assert not fires("go", rule, "func f(n int) string {\n\treturn strconv.Itoa(n)\n}")


def test_error_wrapped_with_v_is_asked_only_where_a_caller_tests_the_cause() -> None:
    """errorlint / fmt.Errorf's %w: `%v` of an error is asked about when a function of the
    file calls the wrapping one and tests the result with errors.Is; not when nothing does,
    and not with `%w`."""
    rule = "go-error-wrapped-with-v"
    wrap = ('func load(p string) error {\n\tif _, err := os.Stat(p); err != nil {\n'
            '\t\treturn fmt.Errorf("load %s: %v", p, err)\n\t}\n\treturn nil\n}\n')
    caller = 'func main() {\n\tif err := load("x"); errors.Is(err, fs.ErrNotExist) {\n\t\treturn\n\t}\n}\n'
    other = 'func other(err error) bool {\n\treturn errors.Is(err, fs.ErrNotExist)\n}\n'
    assert fires("go", rule, wrap + caller)
    assert not fires("go", rule, wrap + other)
    assert not fires("go", rule, wrap.replace("%v", "%w") + caller)


def test_exit_after_deferred_cleanup() -> None:
    """os.Exit's docs: deferred calls do not run. log.Fatal after `defer w.Flush()` or `defer
    os.RemoveAll(dir)` is asked about; an exit before the defer, or a deferred Close of a file
    only read, is not."""
    rule = "go-exit-skips-deferred-calls"
    assert fires("go", rule, "func main() {\n\tw := bufio.NewWriter(os.Stdout)\n\tdefer w.Flush()\n"
                             "\tif err := run(w); err != nil {\n\t\tlog.Fatal(err)\n\t}\n}")
    assert not fires("go", rule, "func main() {\n\tif len(os.Args) < 2 {\n\t\tos.Exit(2)\n\t}\n"
                                 "\tw := bufio.NewWriter(os.Stdout)\n\tdefer w.Flush()\n\trun(w)\n}")
    assert not fires("go", rule, "func main() {\n\tf, err := os.Open(\"in\")\n\tif err != nil {\n"
                                 "\t\tlog.Fatal(err)\n\t}\n\tdefer f.Close()\n\tif err := scan(f); err != nil {\n"
                                 "\t\tlog.Fatal(err)\n\t}\n}")
