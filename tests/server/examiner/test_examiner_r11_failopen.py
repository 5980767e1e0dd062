"""Round 11, errors swallowed, checks failing open, results dropped: the new rules on forms their
own examples do not show, the escapes that must stay silent (errors re-raised, failures that
deny, absence that is legitimately "no data"), the rules' own examples, and the first question
on small programs whose main issue is the new finding."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires, first_question, rules_named

NEW_RULES = [
    ("python", "py-check-fails-open"), ("python", "py-failure-returned-as-empty"),
    ("python", "py-write-failure-then-marked-done"), ("python", "py-gather-exceptions-unexamined"),
    ("javascript", "js-check-fails-open"), ("javascript", "js-failure-returned-as-empty"),
    ("javascript", "js-mapped-promises-dropped"), ("javascript", "js-allsettled-status-unread"),
    ("go", "go-shadowed-err-checked-outside"), ("go", "go-error-overwritten-before-check"),
    ("go", "go-errors-is-on-other-error"), ("go", "go-missing-rule-allows"),
    ("java", "java-check-fails-open"), ("java", "java-file-result-ignored"),
    ("java", "java-failure-returned-as-empty"), ("java", "java-loop-failure-logged-then-committed"),
    ("c", "c-privilege-drop-unchecked"), ("c", "c-file-write-result-dropped"),
    ("c", "c-write-failure-only-logged"), ("cpp", "cpp-failure-returned-as-empty"),
    ("cpp", "cpp-error-code-unchecked"), ("cpp", "cpp-ofstream-never-checked"),
    ("rust", "rust-parse-failure-defaulted"), ("rust", "rust-err-arm-falls-through"),
    ("rust", "rust-result-discarded"),
]


def test_every_rule_of_the_round_is_loaded() -> None:
    assert rules_named(NEW_RULES)


FOUND = [
    # a quota check that falls through to True after an except that only logs
    ("python", "py-check-fails-open", """
def within_quota(store, tenant):
    try:
        used = store.usage(tenant)
        if used >= LIMITS[tenant]:
            return False
    except StoreDown:
        log.warning("usage store down")
    return True
"""),
    # a bare except around a database query
    ("python", "py-failure-returned-as-empty", """
def active_ids(cur):
    try:
        cur.execute("SELECT id FROM users WHERE active")
        return {row[0] for row in cur.fetchall()}
    except:
        return set()
"""),
    # a method reference to an async function declared in the file, the result only counted
    ("typescript", "js-mapped-promises-dropped", """
async function archive(doc: Doc): Promise<void> { await store.put(doc.id, doc); }
async function archiveAll(docs: Doc[]): Promise<number> {
  const started = docs.map((d) => archive(d));
  return started.length;
}
"""),
    # the method form of a permission check with a missing entry
    ("typescript", "js-check-fails-open", """
class Acl {
  hasAccess(user: string, res: string): boolean {
    const entry = this.table.get(res);
    if (entry === undefined) return true;
    return entry.includes(user);
  }
}
"""),
    # a shadowed err in a for loop's body
    ("go", "go-shadowed-err-checked-outside", """
func SendAll(c *Client, msgs []Msg) error {
	var err error
	for _, m := range msgs {
		_, err := c.Send(m)
		if err == nil {
			sent++
		}
	}
	if err != nil {
		return err
	}
	return nil
}
"""),
    # errors.As on the outer error
    ("go", "go-errors-is-on-other-error", """
func Fetch(id string) (*Item, error) {
	it, fetchErr := remote.Get(id)
	if fetchErr != nil {
		var nf *NotFoundError
		if errors.As(err, &nf) {
			return nil, nil
		}
		return nil, fetchErr
	}
	return it, nil
}
"""),
    ("java", "java-file-result-ignored", """
class Spool { void init(File dir) { File lock = new File(dir, ".lock"); lock.createNewFile(); run(dir); } }
"""),
    ("c", "c-privilege-drop-unchecked", """
void enter_jail(const char *root, uid_t uid) {
    chroot(root);
    if (chdir("/") != 0) abort();
    setresuid(uid, uid, uid);
}
"""),
    ("cpp", "cpp-error-code-unchecked", """
void install(const fs::path& from, const fs::path& to) {
    std::error_code err;
    std::filesystem::copy_file(from, to, fs::copy_options::overwrite_existing, err);
    log("installed " + to.string());
}
"""),
    ("rust", "rust-parse-failure-defaulted", """
fn read_limits(raw: &[u8]) -> Limits {
    serde_json::from_slice(raw).unwrap_or_default()
}
"""),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FOUND, ids=[f[1] for f in FOUND])
def test_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code), rule_id


SILENT = [
    # a missing rule that refuses
    ("python", "py-check-fails-open", """
def can_delete(policy, roles, action):
    allowed = policy.get(action)
    if allowed is None:
        return False
    return bool(roles & allowed)
"""),
    # a 404 is the answer "no such thing"; other failures raise
    ("python", "py-failure-returned-as-empty", """
def tags_of(session, item):
    try:
        resp = session.get(f"{BASE}/items/{item}/tags", timeout=5)
    except requests.RequestException as exc:
        raise TagsUnavailable(item) from exc
    if resp.status_code == 404:
        return []
    resp.raise_for_status()
    return resp.json()
"""),
    # the failed write re-raised after cleanup
    ("python", "py-write-failure-then-marked-done", """
def save(self):
    try:
        with open(self.tmp, "w") as fh:
            fh.write(self.text)
        os.replace(self.tmp, self.path)
    except OSError:
        os.unlink(self.tmp)
        raise
    self.dirty = False
"""),
    # the outcomes of allSettled looked at by status
    ("javascript", "js-allsettled-status-unread", """
async function refresh(feeds) {
  const outcomes = await Promise.allSettled(feeds.map((f) => f.pull()));
  const failed = outcomes.filter((o) => o.status === 'rejected');
  if (failed.length) throw new AggregateError(failed.map((f) => f.reason));
  return outcomes.map((o) => o.value);
}
"""),
    # a rate limiter that fails closed
    ("javascript", "js-check-fails-open", """
async function underLimit(redis, key) {
  try {
    return (await redis.incr(key)) <= MAX;
  } catch (err) {
    logger.error(err);
    return false;
  }
}
"""),
    # `errors.Is(err, fs.ErrNotExist)` meaning "no file": defaults
    ("go", "go-errors-is-on-other-error", """
func Load(p string) (Prefs, error) {
	b, err := os.ReadFile(p)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return Defaults(), nil
		}
		return Prefs{}, err
	}
	return parse(b)
}
"""),
    # the first error kept when closing
    ("go", "go-error-overwritten-before-check", """
func Write(p string, b []byte) (err error) {
	f, err := os.Create(p)
	if err != nil {
		return err
	}
	_, err = f.Write(b)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}
"""),
    # java.nio throws: nothing to drop
    ("java", "java-file-result-ignored", """
class Store {
  void save(Path tmp, Path dst) throws IOException { Files.move(tmp, dst, StandardCopyOption.ATOMIC_MOVE); }
}
"""),
    # a batch that rolls back on the first failure
    ("java", "java-loop-failure-logged-then-committed", """
class W { void writeAll(List<P> ps) throws SQLException {
  for (P p : ps) { try { insert(p); } catch (SQLException e) { log.error("failed", e); conn.rollback(); throw e; } }
  conn.commit();
} }
"""),
    # the checked form
    ("c", "c-file-write-result-dropped", """
int save(const char *buf, size_t n, const char *tmp, const char *path) {
    FILE *f;
    f = fopen(tmp, "w");
    if (f == NULL) return -1;
    if (fwrite(buf, 1, n, f) != n) { fclose(f); return -1; }
    if (fclose(f) != 0) return -1;
    return rename(tmp, path);
}
"""),
    # an optional says "nothing" in its type
    ("cpp", "cpp-failure-returned-as-empty", """
std::optional<Config> tryLoad(const std::string& p) {
    try { return parse(p); } catch (const std::exception&) { return {}; }
}
"""),
    # an environment variable's absence is ordinary
    ("rust", "rust-parse-failure-defaulted", """
fn workers() -> usize { std::env::var("WORKERS").ok().and_then(|w| w.parse().ok()).unwrap_or_default() }
"""),
    # a temporary file removed on the error path
    ("rust", "rust-result-discarded", """
fn write_pid(dir: &Path, pid: u32) -> io::Result<()> {
    let tmp = dir.join("pid.tmp");
    let r = fs::write(&tmp, pid.to_string()).and_then(|_| fs::rename(&tmp, dir.join("pid")));
    if r.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    r
}
"""),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT, ids=[f[1] for f in SILENT])
def test_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code), rule_id


FIRST = [
    ("authz/policy.py", "bypassable_check", """
class Policy:
    def __init__(self, rules):
        self._rules = rules

    def is_allowed(self, roles, action):
        allowed = self._rules.get(action)
        if allowed is None:
            return True
        return bool(set(roles) & set(allowed))
"""),
    ("catalog/sync.py", "swallowed_exception", """
import logging

import requests

log = logging.getLogger(__name__)


def fetch_skus(session: requests.Session) -> list[str]:
    try:
        resp = session.get("https://supplier.example/skus", timeout=10)
        resp.raise_for_status()
        return [item["sku"] for item in resp.json()]
    except Exception as exc:
        log.warning("fetch failed: %s", exc)
        return []
"""),
    ("middleware/limit.js", "bypassable_check", """
async function underLimit(redis, key) {
  try {
    const n = await redis.incr(key);
    return n <= 100;
  } catch (err) {
    return true;
  }
}
module.exports = { underLimit };
"""),
    ("export/csv.go", "ignored_error", """
package export

import (
	"bufio"
	"os"
)

func Write(path string, lines []string) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	for _, l := range lines {
		_, err = w.WriteString(l)
	}
	err = w.Flush()
	err = f.Close()
	return err
}
"""),
    ("NoteStore.java", "ignored_error", """
import java.io.File;
import java.io.IOException;

public class NoteStore {
    public boolean save(File tmp, File target, String text) throws IOException {
        java.nio.file.Files.writeString(tmp.toPath(), text);
        tmp.renameTo(target);
        return true;
    }
}
"""),
    ("drop.c", "bypassable_check", """
#include <unistd.h>

int drop_privileges(uid_t uid, gid_t gid)
{
    if (getuid() != 0)
        return 0;
    setgid(gid);
    setuid(uid);
    return 0;
}
"""),
    ("rotate.cpp", "ignored_error", """
#include <filesystem>
#include <fstream>
namespace fs = std::filesystem;

bool rotate(const fs::path& log, const fs::path& dst) {
    std::error_code ec;
    fs::rename(log, dst, ec);
    std::ofstream truncate(log, std::ios::trunc);
    return true;
}
"""),
    ("src/verify.rs", "bypassable_check", """
pub fn install(key: &Key, data: &[u8], sig: &[u8], dest: &Path) -> Result<(), InstallError> {
    match check_signature(key, data, sig) {
        Ok(true) => {}
        Ok(false) => return Err(InstallError::BadSignature),
        Err(_) => {}
    }
    std::fs::write(dest, data)?;
    Ok(())
}
"""),
]


@pytest.mark.parametrize(("path", "kind", "code"), FIRST, ids=[f[0] for f in FIRST])
def test_first_question_is_the_new_finding(path: str, kind: str, code: str) -> None:
    question = first_question(path, code)
    assert question.kind == kind, question.kind
