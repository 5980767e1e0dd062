"""Round 10 (Go, Java, C, C++, Rust): the new rules on forms their own examples do not show,
near misses that must stay silent, and the first question the offline examiner asks on a small
program whose main issue is the new finding."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires, first_question

FOUND = [
    # the sentinel compared in a method, the wrap in another function of the file
    ("go", "go-wrapped-error-compared-with-eq", """
var ErrLocked = errors.New("locked")

func (a *Accounts) lock(id string) error {
	if err := a.locks.Take(id); err != nil {
		return fmt.Errorf("account %s: %w", id, err)
	}
	return nil
}

func (a *Accounts) Pay(id string) string {
	if err := a.lock(id); err != nil && err != ErrLocked {
		return "failed"
	}
	return "ok"
}
"""),
    # a hard link made from a zip-like header field
    ("go", "go-archive-symlink-target-unchecked", """
func restore(hdr *tar.Header, to string) error {
	switch hdr.Typeflag {
	case tar.TypeLink:
		return os.Link(hdr.Linkname, to)
	}
	return nil
}
"""),
    # a field of the class divided by a count
    ("java", "java-bigdecimal-divide-without-rounding", """
class Meter {
    private BigDecimal consumed = BigDecimal.ZERO;
    BigDecimal perDay(int days) { return consumed.divide(BigDecimal.valueOf(days)); }
}
"""),
    # a method reference in a block lambda, in a plain loop
    ("java", "java-submitted-future-dropped", """
class Indexer {
    void index(ExecutorService workers, List<Doc> docs) {
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            workers.submit(() -> { store.put(d.id(), tokenize(d)); return d.id(); });
        }
    }
}
"""),
    # a transaction in a lambda handed to a helper
    ("java", "java-transaction-not-rolled-back", """
class Jobs {
    void run(DataSource ds) throws SQLException {
        withConnection(ds, conn -> {
            conn.setAutoCommit(false);
            mark(conn);
            conn.commit();
        });
    }
}
"""),
    # a parameter of plain char
    ("c", "c-ctype-of-plain-char", """
int hexval(char h) {
    if (isdigit(h)) return h - '0';
    return tolower(h) - 'a' + 10;
}
"""),
    # the year through a pointer, in fprintf
    ("c", "c-tm-field-printed-raw", """
void log_day(FILE *out, const struct tm *when) {
    fprintf(out, "%d/%d\\n", when->tm_year, when->tm_mon + 1);
}
"""),
    # a datagram parsed with sscanf
    ("c", "c-read-buffer-used-as-string", """
int parse_reply(int sock, int *code) {
    char msg[512];
    if (recvfrom(sock, msg, sizeof msg, 0, NULL, NULL) < 0) return -1;
    return sscanf(msg, "%d", code) == 1 ? 0 : -1;
}
"""),
    # a struct whose destructor is declared but not virtual
    ("cpp", "cpp-polymorphic-base-without-virtual-destructor", """
struct Plugin {
    virtual void start() = 0;
    ~Plugin();
};
std::map<std::string, std::unique_ptr<Plugin>> registry;
"""),
    # exit from a match arm after a LineWriter
    ("rust", "rust-exit-discards-buffered-writer", """
fn main() {
    let mut log = LineWriter::new(File::create("run.log").expect("log"));
    let code = match run(&mut log) {
        Ok(()) => 0,
        Err(_) => 1,
    };
    std::process::exit(code);
}
"""),
]

SILENT = [
    # a reader's own sentinel, from io
    ("go", "go-wrapped-error-compared-with-eq", """
func copyAll(dst io.Writer, src io.Reader) error {
	if _, err := io.CopyN(dst, src, 10); err == io.ErrUnexpectedEOF {
		return fmt.Errorf("short: %w", err)
	}
	return nil
}
"""),
    # a checked target
    ("go", "go-archive-symlink-target-unchecked", """
func restore(hdr *tar.Header, to string) error {
	if filepath.IsAbs(hdr.Linkname) || strings.Contains(hdr.Linkname, "..") {
		return errBad
	}
	return os.Symlink(hdr.Linkname, to)
}
"""),
    # a MathContext
    ("java", "java-bigdecimal-divide-without-rounding", """
class Meter {
    private BigDecimal consumed = BigDecimal.ZERO;
    BigDecimal perDay(int days) { return consumed.divide(BigDecimal.valueOf(days), MathContext.DECIMAL64); }
}
"""),
    # the futures joined
    ("java", "java-submitted-future-dropped", """
class Indexer {
    void index(ExecutorService workers, List<Doc> docs) throws Exception {
        List<Future<String>> fs = new ArrayList<>();
        for (Doc d : docs) {
            fs.add(workers.submit(() -> { store.put(d.id(), tokenize(d)); return d.id(); }));
        }
        for (Future<String> f : fs) f.get();
    }
}
"""),
    # rolled back in a finally-guarded catch
    ("java", "java-transaction-not-rolled-back", """
class Jobs {
    void run(Connection conn) throws SQLException {
        conn.setAutoCommit(false);
        try { mark(conn); conn.commit(); } catch (SQLException | RuntimeException e) { conn.rollback(); throw e; }
    }
}
"""),
    # an int from getchar
    ("c", "c-ctype-of-plain-char", """
int next_word(void) {
    int ch = getchar();
    while (ch != EOF && isspace(ch)) ch = getchar();
    return ch;
}
"""),
    # the buffer ended at the count received
    ("c", "c-read-buffer-used-as-string", """
int parse_reply(int sock, int *code) {
    char msg[512];
    ssize_t n = recv(sock, msg, sizeof msg - 1, 0);
    if (n < 0) return -1;
    msg[n] = 0;
    return sscanf(msg, "%d", code) == 1 ? 0 : -1;
}
"""),
    # a class with a base of its own: the root's destructor decides
    ("cpp", "cpp-polymorphic-base-without-virtual-destructor", """
class Base : public Root {
public:
    virtual void run();
};
std::unique_ptr<Base> make();
"""),
    # flushed before exiting
    ("rust", "rust-exit-discards-buffered-writer", """
fn main() {
    let mut log = LineWriter::new(File::create("run.log").expect("log"));
    let code = if run(&mut log).is_ok() { 0 } else { 1 };
    log.flush().ok();
    std::process::exit(code);
}
"""),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FOUND, ids=[f[1] for f in FOUND])
def test_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code), rule_id


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT, ids=[f[1] for f in SILENT])
def test_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code), rule_id


FIRST = [
    ("rates.go", "go-wrapped-error-compared-with-eq", "ignored_error", """
package rates

import (
	"database/sql"
	"fmt"
)

type Repo struct{ db *sql.DB }

func (r *Repo) Rate(code string) (float64, error) {
	var v float64
	if err := r.db.QueryRow("SELECT rate FROM rates WHERE code = $1", code).Scan(&v); err != nil {
		return 0, fmt.Errorf("rate %s: %w", code, err)
	}
	return v, nil
}

func (r *Repo) RateOrOne(code string) (float64, error) {
	v, err := r.Rate(code)
	if err == sql.ErrNoRows {
		return 1, nil
	}
	return v, err
}
"""),
    ("Average.java", "java-bigdecimal-divide-without-rounding", "wrong_result", """
import java.math.BigDecimal;
import java.util.List;

public final class Average {
    public static BigDecimal of(List<BigDecimal> prices) {
        if (prices.isEmpty()) {
            return BigDecimal.ZERO;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal p : prices) {
            sum = sum.add(p);
        }
        return sum.divide(BigDecimal.valueOf(prices.size()));
    }
}
"""),
    ("recv.c", "c-read-buffer-used-as-string", "buffer_overflow", """
#include <string.h>
#include <unistd.h>

int is_ok(int fd) {
    char answer[32];
    if (read(fd, answer, sizeof answer) <= 0)
        return 0;
    return strncmp(answer, "OK", 2) == 0 && strchr(answer, '\\n') != NULL;
}
"""),
]


@pytest.mark.parametrize(("path", "rule_id", "kind", "code"), FIRST, ids=[f[1] for f in FIRST])
def test_first_question_is_the_new_finding(path: str, rule_id: str, kind: str, code: str) -> None:
    question = first_question(path, code)
    assert question.kind == kind, question.kind
