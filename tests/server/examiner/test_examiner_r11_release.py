"""Round 11, resources and locks not released on every path: the first question on small
programs whose main issue is one of the new or widened forms (every language), the escapes
that must stay silent (a finally, a defer, RAII, a guard, ownership handed back), and the new
rules' own YAML examples."""

from __future__ import annotations

import pytest

from server.examiner.analysis.rules import load_rules
from tests.support.rule_tables import first_question, rules_named

FIRST = [
    # Python: a semaphore taken and given back through the module's own helpers
    ("crawl/crawler.py", 21, """
import asyncio


class HostLimiter:
    def __init__(self) -> None:
        self._slots: dict[str, asyncio.Semaphore] = {}

    async def enter(self, host: str) -> None:
        await self._slots.setdefault(host, asyncio.Semaphore(2)).acquire()

    def leave(self, host: str) -> None:
        self._slots[host].release()


class Crawler:
    def __init__(self, client) -> None:
        self.client = client
        self.limiter = HostLimiter()

    async def fetch(self, host: str, path: str) -> str | None:
        await self.limiter.enter(host)
        response = await self.client.get(f"https://{host}{path}")
        self.limiter.leave(host)
        return response.text
"""),
    # Go: a channel semaphore's slot kept on the error return
    ("uploads/save.go", 10, """
package uploads

import "os"

var slots = make(chan struct{}, 4)

func Save(dir string, data []byte) error {
	slots <- struct{}{}
	f, err := os.CreateTemp(dir, "up-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	f.Close()
	<-slots
	return err
}
"""),
    # Go: a response fetched through a client field and never closed
    ("weather/client.go", 12, """
package weather

import (
	"encoding/json"
	"net/http"
)

type Client struct{ http *http.Client }

func (c *Client) Forecast(u string) (map[string]float64, error) {
	out := map[string]float64{}
	resp, err := c.http.Get(u)
	if err != nil {
		return nil, err
	}
	err = json.NewDecoder(resp.Body).Decode(&out)
	return out, err
}
"""),
    # Java: a Semaphore permit given back outside finally
    ("src/Exporter.java", 7, """
import java.util.List;
import java.util.concurrent.Semaphore;

class Exporter {
    private final Semaphore permits = new Semaphore(3);
    String export(List<String> rows) throws InterruptedException {
        permits.acquire();
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no rows");
        }
        String csv = String.join("\\n", rows);
        permits.release();
        return csv;
    }
}
"""),
    # C: the first of two acquisitions left behind when the second fails
    ("src/config.c", 11, """
#include <stdio.h>
#include <stdlib.h>

int config_load(const char *path, char *host) {
    char *line = malloc(256);
    if (line == NULL) {
        return -1;
    }
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        return -1;
    }
    while (fgets(line, 256, fp) != NULL) {
        sscanf(line, "host=%63s", host);
    }
    fclose(fp);
    free(line);
    return 0;
}
"""),
    # C: a socket configured through a helper, then a failed connect returns without closing it
    ("src/probe.c", 15, """
#include <sys/socket.h>
#include <unistd.h>

static int set_timeout(int fd, int s) { return 0; }

int probe(const struct sockaddr *addr, socklen_t len) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) {
        return -1;
    }
    if (set_timeout(fd, 3) != 0) {
        close(fd);
        return -1;
    }
    if (connect(fd, addr, len) != 0) {
        return -2;
    }
    close(fd);
    return 0;
}
"""),
    # C++: a mutex locked by hand and a `return false` before the unlock
    ("src/limiter.cpp", 13, """
#include <mutex>
#include <string>
#include <unordered_map>

class Limiter {
public:
    bool allow(const std::string& id) {
        mu_.lock();
        int& n = counts_[id];
        if (n >= 10) {
            return false;
        }
        ++n;
        mu_.unlock();
        return true;
    }
private:
    std::mutex mu_;
    std::unordered_map<std::string, int> counts_;
};
"""),
    # C++: a naked new[] and a throw before the delete[]
    ("src/packets.cpp", 6, """
#include <istream>
#include <stdexcept>
#include <vector>

std::vector<unsigned char> readBody(std::istream& in, unsigned len) {
    unsigned char* buf = new unsigned char[len];
    if (!in.read(reinterpret_cast<char*>(buf), len)) {
        throw std::runtime_error("truncated");
    }
    std::vector<unsigned char> out(buf, buf + len);
    delete[] buf;
    return out;
}
"""),
    # JavaScript: mysql2's callback checkout, the query's error branch keeps the connection
    ("src/users.js", 7, """
const pool = require("mysql2").createPool({ connectionLimit: 5 });

function findUser(email, callback) {
  pool.getConnection((err, conn) => {
    if (err) return callback(err);
    conn.query("SELECT * FROM users WHERE email = ?", [email], (qerr, rows) => {
      if (qerr) return callback(qerr);
      conn.release();
      callback(null, rows[0] || null);
    });
  });
}

module.exports = { findUser };
"""),
    # JavaScript: fs/promises' FileHandle and a throw before close
    ("src/png.js", 5, """
const fs = require("fs/promises");

async function pngWidth(file) {
  const fh = await fs.open(file, "r");
  const head = Buffer.alloc(24);
  await fh.read(head, 0, 24, 0);
  if (head.readUInt32BE(0) !== 0x89504e47) throw new Error("not a png");
  await fh.close();
  return head.readUInt32BE(16);
}

module.exports = { pngWidth };
"""),
    # TypeScript: an abort timer cleared on the failure branch only
    ("src/webhook.ts", 3, """
export async function post(url: string, body: string, ms: number): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  const res = await fetch(url, { method: "POST", body, signal: controller.signal });
  if (!res.ok) {
    clearTimeout(timer);
    throw new Error(`status ${res.status}`);
  }
  return res;
}
"""),
    # Rust: an in-flight count left one higher by `?`
    ("src/gateway.rs", 11, """
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Gateway { in_flight: AtomicUsize }

impl Gateway {
    pub fn handle(&self, path: &str) -> Result<String, String> {
        let now = self.in_flight.fetch_add(1, Ordering::SeqCst);
        if now >= 64 {
            self.in_flight.fetch_sub(1, Ordering::SeqCst);
            return Err("busy".into());
        }
        let up = route(path)?;
        let body = forward(&up)?;
        self.in_flight.fetch_sub(1, Ordering::SeqCst);
        Ok(body)
    }
}
"""),
    # Rust: a spawned child dropped by `?` before its wait
    ("src/thumb.rs", 7, """
use std::io::{self, Write};
use std::process::{Command, Stdio};

pub fn thumbnail(image: &[u8]) -> io::Result<()> {
    let mut child = Command::new("convert").arg("-").stdin(Stdio::piped()).spawn()?;
    let mut stdin = child.stdin.take().expect("piped");
    stdin.write_all(image)?;
    drop(stdin);
    child.wait()?;
    Ok(())
}
"""),
]


_LOCKS = frozenset({"uploads/save.go", "src/Exporter.java", "src/limiter.cpp"})


@pytest.mark.parametrize(("path", "line", "code"), FIRST, ids=[f[0] for f in FIRST])
def test_first_question_is_the_leak(path: str, line: int, code: str) -> None:
    question = first_question(path, code.lstrip("\n"))
    # a lock, a semaphore's permit or slot kept on an error path: once it is lost, the next
    # caller blocks for ever (a deadlock, concurrency: CWE-667, CERT LCK08-J)
    expected = "deadlock" if path in _LOCKS else "resource_leak"
    assert question.kind == expected, (question.kind, question.line)
    assert abs(question.line - line) <= 2, question.line


CLEAN = [
    # a lock taken with acquire() and released in a finally guards module state
    ("support/views.py", """
import threading

_lock = threading.Lock()
_seen: dict[str, int] = {}


def note_view(ticket: str) -> int:
    _lock.acquire()
    try:
        if ticket not in _seen:
            _seen[ticket] = 0
        _seen[ticket] += 1
        return _seen[ticket]
    finally:
        _lock.release()


def worker(tickets: list[str]) -> None:
    threads = [threading.Thread(target=note_view, args=(t,)) for t in tickets]
    for t in threads:
        t.start()
"""),
    # Go: defers on every hold, a channel slot given back by a deferred receive
    ("jobs/runner.go", """
package jobs

import (
	"net/http"
	"sync"
)

type Runner struct {
	mu      sync.Mutex
	running map[int64]bool
	sem     chan struct{}
	client  *http.Client
}

func (r *Runner) Notify(url string) (int, error) {
	r.sem <- struct{}{}
	defer func() { <-r.sem }()
	resp, err := r.client.Get(url)
	if err != nil {
		return 0, err
	}
	defer resp.Body.Close()
	return resp.StatusCode, nil
}

func (r *Runner) claim(id int64) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.running[id] {
		return false
	}
	r.running[id] = true
	return true
}
"""),
    # Java: a permit and a lock given back in finally, a connection handed to the caller
    ("src/Accounts.java", """
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

class Accounts {
    private final Semaphore permits = new Semaphore(2);
    private final ReentrantLock lock = new ReentrantLock();
    private final DataSource ds;
    private long balance;

    Accounts(DataSource ds) { this.ds = ds; }

    void debit(long cents) throws InterruptedException {
        permits.acquire();
        try {
            lock.lock();
            try {
                if (balance < cents) throw new IllegalStateException("insufficient");
                balance -= cents;
            } finally {
                lock.unlock();
            }
        } finally {
            permits.release();
        }
    }

    Connection open() throws SQLException {
        Connection c = ds.getConnection();
        c.setAutoCommit(false);
        return c;
    }
}
"""),
    # C: each failure frees what came before it; the pointer goes to the caller
    ("src/letters.c", """
#include <stdio.h>
#include <stdlib.h>

int *letter_counts(const char *path) {
    int *counts = calloc(26, sizeof *counts);
    if (counts == NULL) {
        return NULL;
    }
    FILE *fp = fopen(path, "r");
    if (fp == NULL) {
        free(counts);
        return NULL;
    }
    int c;
    while ((c = fgetc(fp)) != EOF) {
        if (c >= 'a' && c <= 'z') counts[c - 'a']++;
    }
    fclose(fp);
    return counts;
}
"""),
    # C++: guards and owners on every exit
    ("src/registry.cpp", """
#include <memory>
#include <mutex>
#include <stdexcept>
#include <string>
#include <unordered_map>

class Registry {
public:
    bool add(const std::string& id, const std::string& fw) {
        std::lock_guard<std::mutex> guard(mu_);
        if (devices_.count(id) != 0) {
            return false;
        }
        auto d = std::make_unique<std::string>(fw);
        if (fw.empty()) {
            throw std::invalid_argument("firmware is required");
        }
        devices_.emplace(id, std::move(d));
        return true;
    }
private:
    std::mutex mu_;
    std::unordered_map<std::string, std::unique_ptr<std::string>> devices_;
};
"""),
    # TypeScript: release and clearTimeout in finally, a client handed to the caller
    ("src/audit.ts", """
import { Pool, PoolClient } from "pg";

const pool = new Pool({ max: 5 });

export async function recent(actor: string): Promise<unknown[]> {
  const client = await pool.connect();
  try {
    const res = await client.query("SELECT * FROM audit WHERE actor = $1", [actor]);
    if (res.rows.length === 0) {
      return [];
    }
    return res.rows;
  } finally {
    client.release();
  }
}

export async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), ms);
  try {
    return await work;
  } finally {
    clearTimeout(timer);
  }
}

export async function checkout(): Promise<PoolClient> {
  const client = await pool.connect();
  await client.query("SET statement_timeout = 5000");
  return client;
}
"""),
    # Rust: a guard gives the count back on every exit; the child is waited for on the error path
    ("src/slots.rs", """
use std::io::{self, Write};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

pub struct Slot<'a>(&'a AtomicUsize);

impl Drop for Slot<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

pub fn handle(count: &AtomicUsize, path: &str) -> Result<String, String> {
    count.fetch_add(1, Ordering::SeqCst);
    let _slot = Slot(count);
    let up = route(path)?;
    forward(&up)
}

pub fn thumbnail(image: &[u8]) -> io::Result<()> {
    let mut child = Command::new("convert").arg("-").stdin(Stdio::piped()).spawn()?;
    let mut stdin = child.stdin.take().expect("piped");
    if let Err(e) = stdin.write_all(image) {
        let _ = child.kill();
        let _ = child.wait();
        return Err(e);
    }
    drop(stdin);
    child.wait()?;
    Ok(())
}
"""),
]


@pytest.mark.parametrize(("path", "code"), CLEAN, ids=[c[0] for c in CLEAN])
def test_clean_forms_raise_no_leak(path: str, code: str) -> None:
    question = first_question(path, code.lstrip("\n"))
    assert question.kind not in ("resource_leak", "race_condition"), (question.kind, question.line)


NEW_RULES = [
    ("c", "c-return-leaks-earlier-resource"),
    ("cpp", "c-return-leaks-earlier-resource"),
    ("cpp", "cpp-raw-handle-across-throw"),
    ("go", "go-file-not-closed"),
    ("javascript", "js-pool-callback-connection-not-released"),
    ("typescript", "js-pool-callback-connection-not-released"),
    ("javascript", "js-timer-not-cleared-on-every-path"),
    ("typescript", "js-timer-not-cleared-on-every-path"),
    ("javascript", "js-fd-not-closed"),
    ("rust", "rust-count-not-released-on-question-mark"),
    ("rust", "rust-child-not-waited-on-question-mark"),
]


def test_every_rule_of_the_round_is_loaded_and_asks_about_a_leak() -> None:
    assert all(rule.kind.code == "resource_leak" for rule in rules_named(NEW_RULES))


@pytest.mark.parametrize("rule_id", ["c-lock-held-on-return", "cpp-lock-held-on-throw",
                                     "go-lock-not-released-on-return",
                                     "java-lock-released-on-success-only"])
def test_a_lock_left_held_is_asked_as_a_deadlock(rule_id: str) -> None:
    """A lock (or a semaphore's permit) left held is a concurrency defect: every other thread
    that needs it waits for ever (CWE-667 Improper Locking; CERT's locking rules), not the leak
    of an OS resource."""
    language = rule_id.split("-", 1)[0]
    rules = tuple(r for r in load_rules(language) if r.id == rule_id)
    assert rules and rules[0].kind.code == "deadlock"
    assert rules[0].kind.category.value == "concurrency"


JOB_LOGS = '''"""Run queued repair jobs, each with its own log file."""
import logging
from pathlib import Path

LOG_DIR = Path("job_logs")


def job_logger(job_id):
    LOG_DIR.mkdir(exist_ok=True)
    logger = logging.getLogger("repairs")
    logger.setLevel(logging.INFO)
    handler = logging.FileHandler(LOG_DIR / f"{job_id}.log", encoding="utf-8")
    logger.addHandler(handler)
    return logger


def run(job):
    log = job_logger(job["id"])
    log.info("starting %s", job["id"])
    return job["steps"]
'''


def test_a_log_handler_added_per_job_is_asked_as_a_leak() -> None:
    """(session 17, after heldout16) the Python logging docs: a logger of one name is one object
    for the whole process, so each call's handler stays on it with its file open."""
    question = first_question("jobs.py", JOB_LOGS)
    assert (question.kind, question.facts.get("rule"), question.line) == \
        ("resource_leak", "py-log-handler-added-per-call", 13)
    fixed = JOB_LOGS.replace('logging.getLogger("repairs")', 'logging.getLogger(f"repairs.{job_id}")')
    assert first_question("jobs.py", fixed).facts.get("rule") != "py-log-handler-added-per-call"
