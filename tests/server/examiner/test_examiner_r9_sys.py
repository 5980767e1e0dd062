"""Round 9 (Go, Java, C, C++, Rust): the new rules on code laid out as people write it, in forms
their own examples do not show, the near misses that must stay silent, and the first question
the offline examiner asks on a small program where the new finding is the main issue."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires, first_question

FOUND = [
    # the results channel closed by the same goroutine that then waits, senders in a method
    ("go", "go-channel-closed-before-senders-finish", """
func (p *Pipeline) Collect(items []Item) []Out {
	out := make(chan Out, len(items))
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it Item) {
			defer wg.Done()
			out <- p.convert(it)
		}(it)
	}
	close(out)
	wg.Wait()
	var res []Out
	for o := range out {
		res = append(res, o)
	}
	return res
}
"""),
    # a not-found answer returned in the middle of a transaction
    ("go", "go-tx-not-rolled-back-on-return", """
func (s *Store) Reserve(ctx context.Context, sku string, n int) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	var left int
	if err := tx.QueryRowContext(ctx, "SELECT left FROM stock WHERE sku = $1", sku).Scan(&left); err != nil {
		tx.Rollback()
		return err
	}
	if left < n {
		return ErrSoldOut
	}
	if _, err := tx.ExecContext(ctx, "UPDATE stock SET left = left - $1 WHERE sku = $2", n, sku); err != nil {
		tx.Rollback()
		return err
	}
	return tx.Commit()
}
"""),
    ("go", "go-wall-clock-parsed-as-utc", """
var slotLayout = "Jan 2 2006 15:04"

func (b *Bot) open(slot string) bool {
	t, err := time.Parse(slotLayout, slot)
	if err != nil {
		return false
	}
	return time.Now().Before(t)
}
"""),
    ("java", "java-request-handler-changes-field", """
public class UploadServlet extends HttpServlet {
    private long bytesReceived;

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = req.getInputStream().readNBytes(1 << 20);
        bytesReceived += body.length;
        resp.setStatus(201);
    }
}
"""),
    ("java", "java-interrupt-swallowed-in-loop", """
class Heartbeat implements Runnable {
    public void run() {
        do {
            ping();
            try {
                TimeUnit.SECONDS.sleep(5);
            } catch (InterruptedException e) {
                LOG.debug("heartbeat sleep interrupted");
            }
        } while (!Thread.currentThread().isInterrupted());
    }
}
"""),
    ("java", "java-cipher-default-ecb-mode", """
class Tokens {
    private static final String ALG = "AES";
    String wrap(SecretKey k, String t) throws GeneralSecurityException {
        Cipher c = javax.crypto.Cipher.getInstance("DESede");
        c.init(Cipher.ENCRYPT_MODE, k);
        return Base64.getEncoder().encodeToString(c.doFinal(t.getBytes(UTF_8)));
    }
}
"""),
    ("c", "c-access-then-open", """
int install(const char *dst, const char *data, size_t n)
{
    int fd;
    if (access(dst, F_OK) == 0 && access(dst, W_OK) != 0)
        return -1;
    fd = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0)
        return -1;
    write(fd, data, n);
    return close(fd);
}
"""),
    ("cpp", "cpp-remove-result-discarded", """
void Inbox::purge_read() {
    std::remove_if(messages_.begin(), messages_.end(),
                   [](const Message& m) { return m.read; });
    dirty_ = true;
}
"""),
    ("cpp", "cpp-duration-unit-from-name", """
void Client::retry_later(int backoff_secs) {
    timer_.expires_after(std::chrono::milliseconds(backoff_secs));
    timer_.async_wait([this](auto) { connect(); });
}
"""),
    ("rust", "rust-atomic-load-then-store", """
impl Budget {
    pub fn spend(&self, cost: u64) -> bool {
        let spent = self.spent.load(Ordering::SeqCst);
        if spent + cost > self.limit {
            return false;
        }
        self.spent.store(spent + cost, Ordering::SeqCst);
        true
    }
}
"""),
    ("rust", "rust-bufwriter-dropped-unflushed", """
fn write_index(entries: &[Entry], out: &Path) -> anyhow::Result<()> {
    let mut w = BufWriter::new(File::create(out)?);
    for e in entries {
        serde_json::to_writer(&mut w, e)?;
        writeln!(w)?;
    }
    Ok(())
}
"""),
]

SILENT = [
    # closing a stop channel that workers only receive from, then waiting, is the shutdown
    ("go", "go-channel-closed-before-senders-finish", """
func (w *Watcher) Close() error {
	close(w.stop)
	w.wg.Wait()
	return nil
}

func (w *Watcher) loop() {
	w.wg.Add(1)
	go func() {
		defer w.wg.Done()
		for {
			select {
			case ev := <-w.events:
				w.out <- ev
			case <-w.stop:
				return
			}
		}
	}()
}
"""),
    # a deferred function that rolls back unless committed
    ("go", "go-tx-not-rolled-back-on-return", """
func (s *Store) Reserve(ctx context.Context, sku string, n int) (err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tx.Rollback()
		}
	}()
	var left int
	if err = tx.QueryRowContext(ctx, "SELECT left FROM stock WHERE sku = $1", sku).Scan(&left); err != nil {
		return err
	}
	if left < n {
		return ErrSoldOut
	}
	return tx.Commit()
}
"""),
    # a date only, never compared with now
    ("go", "go-wall-clock-parsed-as-utc", """
func age(born string, on time.Time) (int, error) {
	b, err := time.Parse("2006-01-02", born)
	if err != nil {
		return 0, err
	}
	return on.Year() - b.Year(), nil
}
"""),
    # the handler changes a field of a per-request object, not the servlet's
    ("java", "java-request-handler-changes-field", """
public class UploadServlet extends HttpServlet {
    private final AtomicLong bytesReceived = new AtomicLong();

    @Override
    protected void doPut(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = req.getInputStream().readNBytes(1 << 20);
        bytesReceived.addAndGet(body.length);
        resp.setStatus(201);
    }
}
"""),
    ("java", "java-interrupt-swallowed-in-loop", """
class Heartbeat implements Runnable {
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            ping();
            try {
                TimeUnit.SECONDS.sleep(5);
            } catch (InterruptedException e) {
                LOG.debug("heartbeat stopping");
                break;
            }
        }
    }
}
"""),
    ("java", "java-lenient-date-format-parse", """
class Dates {
    static Date parseStrict(String s) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd");
        f.setLenient(false);
        try {
            return f.parse(s);
        } catch (ParseException e) {
            return null;
        }
    }
}
"""),
    ("c", "c-access-then-open", """
int install(const char *dst, const char *data, size_t n)
{
    int fd = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_NOFOLLOW, 0644);
    if (fd < 0)
        return -1;
    write(fd, data, n);
    return close(fd);
}
"""),
    ("cpp", "cpp-member-read-before-lock", """
class Counter {
    std::mutex mu_;
    std::map<std::string, int> counts_;
public:
    int bump(const std::string& k) {
        std::unique_lock<std::mutex> l(mu_);
        auto it = counts_.find(k);
        if (it == counts_.end()) {
            counts_.emplace(k, 1);
            return 1;
        }
        return ++it->second;
    }
};
"""),
    ("cpp", "cpp-duration-unit-from-name", """
void Client::retry_later(int backoff_ms) {
    timer_.expires_after(std::chrono::milliseconds(backoff_ms));
    timer_.async_wait([this](auto) { connect(); });
}
"""),
    ("rust", "rust-atomic-load-then-store", """
impl Budget {
    pub fn spend(&self, cost: u64) -> bool {
        self.spent
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |s| (s + cost <= self.limit).then_some(s + cost))
            .is_ok()
    }
}
"""),
    ("rust", "rust-bufwriter-dropped-unflushed", """
fn write_index(entries: &[Entry], out: &Path) -> anyhow::Result<()> {
    let mut w = BufWriter::new(File::create(out)?);
    for e in entries {
        serde_json::to_writer(&mut w, e)?;
        writeln!(w)?;
    }
    w.into_inner()?.sync_all()?;
    Ok(())
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
    ("export.rs", "rust-bufwriter-dropped-unflushed", "ignored_error", """
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

pub fn export(names: &[String], path: &Path) -> io::Result<usize> {
    let mut out = BufWriter::new(File::create(path)?);
    for n in names {
        writeln!(out, "{}", n)?;
    }
    Ok(names.len())
}
"""),
    ("Worker.java", "java-interrupt-swallowed-in-loop", "swallowed_exception", """
import java.util.concurrent.BlockingQueue;

public class Worker implements Runnable {
    private final BlockingQueue<Runnable> queue;

    public Worker(BlockingQueue<Runnable> queue) {
        this.queue = queue;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                queue.take().run();
            } catch (InterruptedException e) {
                System.err.println("worker interrupted: " + e);
            }
        }
    }
}
"""),
    ("dedupe.cpp", "cpp-remove-result-discarded", "wrong_result", """
#include <algorithm>
#include <string>
#include <vector>

void drop_blank(std::vector<std::string>& lines) {
    std::remove_if(lines.begin(), lines.end(), [](const std::string& s) { return s.empty(); });
}
"""),
]


@pytest.mark.parametrize(("path", "rule_id", "kind", "code"), FIRST, ids=[f[1] for f in FIRST])
def test_first_question_is_the_new_finding(path: str, rule_id: str, kind: str, code: str) -> None:
    question = first_question(path, code)
    assert question.kind == kind, question.kind
