"""Documented hazards of Go and Rust asked about on take-home programs of one's own
(`takehome_gors10/`): a response header set after the status or the body went out, which
net/http ignores (the ResponseWriter docs); a bufio or csv Writer written and never flushed,
whose last buffer is lost (the bufio and encoding/csv docs); a bare `break` in a select case
of a `for {}` loop, which leaves only the select (staticcheck SA4011; the Go spec); a JSON
number read from a map of interface values asserted to an int, when the decoder stores
float64 (the encoding/json docs); an mpsc receiver drained while the function still holds the
original sender, so the loop never ends (the std::sync::mpsc docs); and a BufReader made anew
on every pass over the same stream, which throws away what it read ahead (the
std::io::BufReader docs). The first question on each is the finding; the program fixed the
way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_gors10"

LATE = ("\tw.WriteHeader(http.StatusCreated)\n\tw.Header().Set(\"Content-Type\", \"application/json\")\n"
        "\tw.Header().Set(\"Location\", \"/recipes/\"+strconv.Itoa(saved.ID))\n")
EARLY = ("\tw.Header().Set(\"Content-Type\", \"application/json\")\n"
         "\tw.Header().Set(\"Location\", \"/recipes/\"+strconv.Itoa(saved.ID))\n"
         "\tw.WriteHeader(http.StatusCreated)\n")

CLOSE = "\t}\n\treturn f.Close()\n}\n"
FLUSH_CLOSE = ("\t}\n\tcw.Flush()\n\tif err := cw.Error(); err != nil {\n\t\tf.Close()\n"
               "\t\treturn err\n\t}\n\treturn f.Close()\n}\n")

STOP = "\t\t\tfmt.Println(\"printer: stopping\")\n\t\t\tbreak\n"
STOP_RETURN = "\t\t\tfmt.Println(\"printer: stopping\")\n\t\t\treturn\n"

STEPS = ("\tsteps, ok := body[\"steps\"].(int)\n"
         "\tif !ok || steps < 0 || steps > 200000 {\n")
STEPS_FLOAT = ("\traw, ok := body[\"steps\"].(float64)\n\tsteps := int(raw)\n"
               "\tif !ok || raw != float64(steps) || steps < 0 || steps > 200000 {\n")

DRAIN = ("    let mut by_hash: HashMap<u64, Vec<PathBuf>> = HashMap::new();\n"
         "    for (hash, path) in rx {\n")
DRAIN_DROPPED = ("    drop(tx);\n\n    let mut by_hash: HashMap<u64, Vec<PathBuf>> = HashMap::new();\n"
                 "    for (hash, path) in rx {\n")

PER_PASS = ("    let mut out = stream.try_clone()?;\n    loop {\n        let mut line = String::new();\n"
            "        let mut reader = BufReader::new(&stream);\n")
ONCE = ("    let mut out = stream.try_clone()?;\n    let mut reader = BufReader::new(&stream);\n"
        "    loop {\n        let mut line = String::new();\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the headers set before the status
    ("recipes.go", "go-header-set-after-write", "wrong_result", ((LATE, EARLY),)),
    # the csv writer flushed and its error returned
    ("tidecsv.go", "go-buffered-writer-not-flushed", "wrong_result", ((CLOSE, FLUSH_CLOSE),)),
    # the quit case returns
    ("ticketprinter.go", "go-break-leaves-only-select", "wrong_result", ((STOP, STOP_RETURN),)),
    # the number read as the float64 the decoder stores, checked to be whole
    ("stepsync.go", "go-json-number-asserted-as-int", "wrong_result", ((STEPS, STEPS_FLOAT),)),
    # the original sender dropped before the drain
    ("dupfinder.rs", "rust-channel-drained-while-sender-alive", "race_condition", ((DRAIN, DRAIN_DROPPED),)),
    # one reader for the connection, made before the loop
    ("kvlite.rs", "rust-bufreader-made-per-pass", "wrong_result", ((PER_PASS, ONCE),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_headers_before_the_status_or_after_a_branch_that_returns_are_not_asked_about() -> None:
    """The headers set first, a status written in an error branch that returns, and declared
    trailers set after the body are left alone; a cookie set after the body is asked about."""
    rule = "go-header-set-after-write"
    code = (PROGRAMS / "recipes.go").read_text()
    assert fires("go", rule, code)
    assert not fires("go", rule, fixed(code, ((LATE, EARLY),)))
    cookie = fixed(code, ((LATE, EARLY),)).replace(
        "\tif err := json.NewEncoder(w).Encode(saved); err != nil {\n",
        "\tif err := json.NewEncoder(w).Encode(saved); err != nil {\n\t\treturn\n\t}\n"
        "\thttp.SetCookie(w, &http.Cookie{Name: \"last\", Value: strconv.Itoa(saved.ID)})\n"
        "\tif saved.ID < 0 {\n", 1)
    assert fires("go", rule, cookie)
    trailer = ("func (b *Box) Export(w http.ResponseWriter, r *http.Request) {\n"
               "\tw.Header().Set(\"Trailer\", \"X-Count\")\n\tn := 0\n"
               "\tfor _, rec := range b.recipes {\n\t\tfmt.Fprintln(w, rec.Title)\n\t\tn++\n\t}\n"
               "\tw.Header().Set(\"X-Count\", strconv.Itoa(n))\n}\n")
    assert not fires("go", rule, trailer)


def test_a_flushed_handed_on_or_write_all_writer_is_not_asked_about() -> None:
    """A deferred Flush, csv's WriteAll (which flushes), and a writer handed to a helper of
    the program are left alone; a bufio.Writer over stdout that is never flushed is asked."""
    rule = "go-buffered-writer-not-flushed"
    code = (PROGRAMS / "tidecsv.go").read_text()
    deferred = code.replace("\tcw := csv.NewWriter(f)\n", "\tcw := csv.NewWriter(f)\n\tdefer cw.Flush()\n")
    assert not fires("go", rule, deferred)
    handed = code.replace("\treturn f.Close()\n}\n", "\treturn finish(cw, f)\n}\n")
    assert not fires("go", rule, handed)
    all_at_once = ("func save(f *os.File, rows [][]string) error {\n\tcw := csv.NewWriter(f)\n"
                   "\tif err := cw.Write([]string{\"a\", \"b\"}); err != nil {\n\t\treturn err\n\t}\n"
                   "\treturn cw.WriteAll(rows)\n}\n")
    assert not fires("go", rule, all_at_once)
    stdout = ("func main() {\n\tw := bufio.NewWriter(os.Stdout)\n\tfor i := 0; i < 10; i++ {\n"
              "\t\tfmt.Fprintln(w, i*i)\n\t}\n}\n")
    assert fires("go", rule, stdout)


def test_a_labelled_break_a_return_or_a_loop_with_a_condition_is_not_asked_about() -> None:
    """A labelled break, a loop that ends on its own condition, and an `if` that skips the
    rest of a case on purpose are left alone; `if !ok { break }` on the case's own receive is
    asked about."""
    rule = "go-break-leaves-only-select"
    code = (PROGRAMS / "ticketprinter.go").read_text()
    labelled = code.replace("\tfor {\n\t\tselect {\n", "loop:\n\tfor {\n\t\tselect {\n") \
        .replace(STOP, "\t\t\tfmt.Println(\"printer: stopping\")\n\t\t\tbreak loop\n")
    assert not fires("go", rule, labelled)
    closed = code.replace("\t\tcase o := <-p.orders:\n\t\t\tp.print(o)\n",
                          "\t\tcase o, ok := <-p.orders:\n\t\t\tif !ok {\n\t\t\t\tbreak\n\t\t\t}\n"
                          "\t\t\tp.print(o)\n").replace(STOP, STOP_RETURN)
    assert fires("go", rule, closed)
    skip = closed.replace("\t\t\tif !ok {\n\t\t\t\tbreak\n", "\t\t\tif len(o.Items) == 0 {\n\t\t\t\tbreak\n")
    assert not fires("go", rule, skip)
    conditioned = code.replace("\tfor {\n\t\tselect {\n", "\tfor !p.stopped() {\n\t\tselect {\n")
    assert not fires("go", rule, conditioned)


def test_a_float_assertion_a_struct_or_a_map_not_decoded_is_not_asked_about() -> None:
    """Reading the number as float64, decoding into a struct, and a map the program filled
    itself are left alone; the one-value assertion in a nested object is asked about."""
    rule = "go-json-number-asserted-as-int"
    code = (PROGRAMS / "stepsync.go").read_text()
    assert not fires("go", rule, fixed(code, ((STEPS, STEPS_FLOAT),)))
    typed = code.replace("\tvar body map[string]interface{}\n",
                         "\tvar body struct {\n\t\tMember string `json:\"member\"`\n"
                         "\t\tSteps  int    `json:\"steps\"`\n\t}\n")
    assert not fires("go", rule, typed)
    nested = code.replace("\tsteps, ok := body[\"steps\"].(int)\n",
                          "\tsteps := body[\"day\"].(map[string]interface{})[\"steps\"].(int)\n\tok = true\n")
    assert fires("go", rule, nested)


def test_a_dropped_or_moved_sender_or_a_bounded_drain_is_not_asked_about() -> None:
    """The original sender dropped, moved into the last thread, and a drain bounded with
    `take` are left alone; a `while let Ok(..) = rx.recv()` with the sender alive is asked."""
    rule = "rust-channel-drained-while-sender-alive"
    code = (PROGRAMS / "dupfinder.rs").read_text()
    assert not fires("rust", rule, fixed(code, ((DRAIN, DRAIN_DROPPED),)))
    bounded = code.replace("    for (hash, path) in rx {\n", "    for (hash, path) in rx.iter().take(10_000) {\n")
    assert not fires("rust", rule, bounded)
    moved = code.replace("    for root in roots {\n        let tx = tx.clone();\n",
                         "    for root in roots {\n        let tx = tx.clone();\n        let _keep = 0;\n") \
        .replace("    let mut by_hash", "    thread::spawn(move || drop(tx));\n    let mut by_hash")
    assert not fires("rust", rule, moved)
    recv = code.replace("    for (hash, path) in rx {\n", "    while let Ok((hash, path)) = rx.recv() {\n")
    assert fires("rust", rule, recv)


def test_a_reader_made_once_or_per_connection_is_not_asked_about() -> None:
    """One BufReader made before the loop, and one made per accepted connection (the stream
    bound in the loop's own pass), are left alone; a fresh stdin handle per pass is asked."""
    rule = "rust-bufreader-made-per-pass"
    code = (PROGRAMS / "kvlite.rs").read_text()
    assert not fires("rust", rule, fixed(code, ((PER_PASS, ONCE),)))
    per_conn = ("fn main() -> io::Result<()> {\n    let listener = TcpListener::bind(\"127.0.0.1:7070\")?;\n"
                "    for conn in listener.incoming() {\n        let stream = conn?;\n"
                "        let mut reader = BufReader::new(&stream);\n        let mut line = String::new();\n"
                "        reader.read_line(&mut line)?;\n    }\n    Ok(())\n}\n")
    assert not fires("rust", rule, per_conn)
    stdin = ("fn repl(store: &Store) {\n    loop {\n        let mut line = String::new();\n"
             "        if BufReader::new(io::stdin()).read_line(&mut line).unwrap_or(0) == 0 {\n"
             "            break;\n        }\n        println!(\"{}\", apply(store, line.trim_end()));\n"
             "    }\n}\n")
    assert fires("rust", rule, stdin)
