"""Round rules-forms-b: the forms other people's Go, Java, C, C++ and Rust give the same
hazards (SQL built from strings, a shell command from values, a file or connection left open,
a map written from goroutines, a world-writable mode, a 32-bit allocation size, a parse
unwrapped). Each variant below is a way a reviewer would still flag: the value stored in a
local first, built in one statement and used in another, a `var` declaration before a short
one, a field instead of a local, a builder or a stream instead of `+`. The near misses are the
correct forms next to them, which must stay silent."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires, rules_named

FIRE: list[tuple[str, str, str]] = [
    ('go', 'go-sql-built-from-strings',
     ('func f(db *sql.DB, id string) { q := fmt.Sprintf("SELECT * FROM users WHERE id = %s", id); '
      'db.Query(q) }')),
    ('go', 'go-sql-built-from-strings',
     ('func f(db *sql.DB, id string) { var q string; q = "SELECT * FROM users WHERE id = " + id; '
      'db.Query(q) }')),
    ('go', 'go-sql-built-from-strings',
     'func (s *Store) f(name string) { s.db.Exec("DELETE FROM users WHERE name = \'" + name + "\'") }'),
    ('go', 'go-sql-built-from-strings',
     ('func f(db *sql.DB, name string) { var b strings.Builder; b.WriteString("SELECT * FROM users '
      'WHERE name = \'"); b.WriteString(name); b.WriteString("\'"); db.Query(b.String()) }')),
    ('go', 'go-sql-built-from-strings',
     ('func f(db *sql.DB, name string) { q := "SELECT id FROM users WHERE name = \'"; q += name + "\'"; '
      'db.Query(q) }')),
    ('go', 'go-map-write-in-goroutine',
     ('func f(xs []string) map[string]int { var m = make(map[string]int); var wg sync.WaitGroup; for _, '
      'x := range xs { wg.Add(1); go func(x string) { defer wg.Done(); m[x] = len(x) }(x) }; wg.Wait(); '
      'return m }')),
    ('go', 'go-map-write-in-goroutine',
     ('type S struct { seen map[string]bool }\nfunc (s *S) f(xs []string) { var wg sync.WaitGroup; for '
      '_, x := range xs { wg.Add(1); go func(x string) { defer wg.Done(); s.seen[x] = true }(x) }; '
      'wg.Wait() }')),
    ('go', 'go-map-write-in-goroutine',
     ('func f(xs []string) map[string]int { m := make(map[string]int); var wg sync.WaitGroup; for _, x '
      ':= range xs { wg.Add(1); go func(x string) { defer wg.Done(); delete(m, x) }(x) }; wg.Wait(); '
      'return m }')),
    ('go', 'go-file-not-closed',
     ('func f(p string) error { var f *os.File; var err error; f, err = os.Open(p); if err != nil { '
      'return err }; io.ReadAll(f); return nil }')),
    ('go', 'go-file-not-closed',
     ('func (s *S) f(p string) error { f, err := os.Create(p); if err != nil { return err }; '
      'f.Write(s.buf); return nil }')),
    ('go', 'go-permissive-file-mode',
     'func f(p string, b []byte) { mode := os.FileMode(0777); os.WriteFile(p, b, mode) }'),
    ('go', 'go-permissive-file-mode',
     'const filePerm = 0777\nfunc f(p string, b []byte) { os.WriteFile(p, b, filePerm) }'),
    ('go', 'go-permissive-file-mode',
     'func f(p string) { var perm os.FileMode = 0o666; os.Chmod(p, perm) }'),
    ('java', 'java-sql-appended-from-values',
     ('class A { void f(Connection c, String id) throws Exception { StringBuilder sb = new '
      'StringBuilder("SELECT * FROM users WHERE id = \'"); sb.append(id).append("\'"); '
      'c.createStatement().executeQuery(sb.toString()); } }')),
    ('java', 'java-sql-appended-from-values',
     ('class A { String q(String c) { StringBuilder sql = new StringBuilder("SELECT n FROM t WHERE '
      '1=1"); sql.append(" AND country = \'"); sql.append(c); return sql.toString(); } }')),
    ('java', 'java-sql-built-from-strings',
     ('class A { void f(Connection c, String id) throws Exception { String q = "SELECT * FROM users '
      'WHERE id = " + id; c.createStatement().executeQuery(q); } }')),
    ('java', 'java-resource-not-closed',
     ('class A { String f(String p) throws IOException { BufferedReader r; r = new BufferedReader(new '
      'FileReader(p)); return r.readLine(); } }')),
    ('java', 'java-resource-not-closed',
     ('class A { void f(DataSource ds) throws SQLException { Connection c = null; c = '
      'ds.getConnection(); c.createStatement().execute("SELECT 1"); } }')),
    ('java', 'java-command-from-strings',
     ('class A { private final Runtime rt = Runtime.getRuntime(); void f(String name) throws Exception '
      '{ rt.exec("ls " + name); } }')),
    ('java', 'java-command-from-strings',
     ('class A { Runtime rt = Runtime.getRuntime(); void f(String d) throws Exception { String line = '
      '"ls " + d; rt.exec(line); } }')),
    ('java', 'java-command-from-strings',
     ('class A { void f(String name) throws Exception { List<String> cmd = List.of("sh", "-c", "ls " + '
      'name); new ProcessBuilder(cmd).start(); } }')),
    ('java', 'java-command-from-strings',
     ('class A { void f(String name) throws Exception { String cmd = String.format("tar czf %s.tgz %s", '
      'name, name); new ProcessBuilder("/bin/sh", "-c", cmd).start(); } }')),
    ('c', 'c-allocation-size-product-wraps',
     ('int f(struct img *im) { uint32_t size; size = im->w * im->h * 4; im->px = malloc(size); return '
      'im->px ? 0 : -1; }')),
    ('c', 'c-allocation-size-product-wraps',
     ('int *f(int rows, int cols) { int cells; cells = rows * cols; return calloc(cells, sizeof(int)); '
      '}')),
    ('c', 'c-shell-command',
     ('void f(const char *d) { char cmd[256]; snprintf(cmd, sizeof cmd, "ls %s", d); execl("/bin/sh", '
      '"sh", "-c", cmd, (char *)NULL); }')),
    ('c', 'c-shell-command',
     ('int f(const char *d) { char cmd[256]; snprintf(cmd, sizeof cmd, "ls %s", d); char *argv[] = '
      '{"/bin/sh", "-c", cmd, NULL}; return execv("/bin/sh", argv); }')),
    ('cpp', 'cpp-sql-concatenated',
     ('void f(sqlite3 *db, const std::string& name) { std::ostringstream os; os << "SELECT * FROM users '
      'WHERE name = \'" << name << "\'"; sqlite3_exec(db, os.str().c_str(), 0, 0, 0); }')),
    ('cpp', 'cpp-sql-concatenated',
     ('void f(sqlite3 *db, const std::string& name) { std::string q = "SELECT * FROM users WHERE name = '
      '\'"; q += name; q += "\'"; sqlite3_exec(db, q.c_str(), 0, 0, 0); }')),
    ('cpp', 'cpp-sql-concatenated',
     ('void f(sqlite3 *db, const std::string& name) { auto q = fmt::format("SELECT * FROM users WHERE '
      'name = \'{}\'", name); sqlite3_exec(db, q.c_str(), 0, 0, 0); }')),
    ('rust', 'rust-sql-formatted',
     ('fn f(conn: &Connection, name: &str) { let q = "SELECT * FROM users WHERE name = \'".to_string() + '
      'name + "\'"; conn.execute(&q, []).unwrap(); }')),
    ('rust', 'rust-sql-formatted',
     ('fn f(conn: &Connection, name: &str) { let mut q = String::from("SELECT * FROM users WHERE name = '
      '\'"); q.push_str(name); conn.execute(&q, []).unwrap(); }')),
    ('rust', 'rust-sql-formatted',
     ('fn f(conn: &Connection, name: &str) { let q = format!("SELECT * FROM users WHERE name = '
      '\'{name}\'"); conn.execute(&q, []).unwrap(); }')),
    ('rust', 'rust-unwrap-on-input',
     'fn f(line: &str) -> u32 { let n = line.trim().parse::<u32>(); n.unwrap() }'),
    ('rust', 'rust-unwrap-on-input',
     'fn f(body: &str) -> Req { let r: Result<Req, _> = serde_json::from_str(body); r.expect("json") }'),
    ('rust', 'rust-shell-command',
     ('fn f(name: &str) { let mut c = Command::new("sh"); c.arg("-c"); c.arg(format!("ls {}", name)); '
      'c.status().unwrap(); }')),
    ('rust', 'rust-shell-command',
     ('fn f(name: &str) { let cmd = format!("ls {}", name); Command::new("bash").args(&["-c", '
      '&cmd]).output().unwrap(); }')),
]

SILENT: list[tuple[str, str, str]] = [
    ('go', 'go-sql-built-from-strings',
     ('func f(db *sql.DB, name string) { var b strings.Builder; b.WriteString("SELECT id FROM users '
      'WHERE name = "); b.WriteString("$1"); db.Query(b.String(), name) }')),
    ('go', 'go-sql-built-from-strings',
     ('const active = "1"\nfunc f(db *sql.DB) { q := "SELECT id FROM users WHERE active = "; q += '
      'active; db.Query(q) }')),
    ('go', 'go-map-write-in-goroutine',
     ('func f(ids []string) { var wg sync.WaitGroup; for _, id := range ids { wg.Add(1); go func(id '
      'string) { defer wg.Done(); mu.Lock(); delete(live, id); mu.Unlock() }(id) }; wg.Wait() }')),
    ('go', 'go-file-not-closed',
     'func open(p string) (f *os.File, err error) { f, err = os.Open(p); return }'),
    ('go', 'go-file-not-closed',
     ('var logFile *os.File\nfunc setup(p string) (err error) { logFile, err = os.Create(p); return err '
      '}')),
    ('go', 'go-permissive-file-mode',
     'const filePerm = 0o600\nfunc f(p string, b []byte) { os.WriteFile(p, b, filePerm) }'),
    ('go', 'go-permissive-file-mode',
     ('const dirPerm = 0777\nfunc f(p string, b []byte) { os.MkdirAll(filepath.Dir(p), dirPerm); '
      'os.WriteFile(p, b, 0644) }')),
    ('java', 'java-sql-appended-from-values',
     ('class A { String q() { StringBuilder sql = new StringBuilder("SELECT n FROM t WHERE country = '
      '"); sql.append("?"); return sql.toString(); } }')),
    ('java', 'java-resource-not-closed',
     ('class A { String f(String p) throws IOException { BufferedReader r = null; try { r = new '
      'BufferedReader(new FileReader(p)); return r.readLine(); } finally { if (r != null) r.close(); } '
      '} }')),
    ('java', 'java-resource-not-closed',
     ('class A { private BufferedReader in; void open(String p) throws IOException { in = new '
      'BufferedReader(new FileReader(p)); } }')),
    ('java', 'java-command-from-strings',
     ('class A { private final Runtime rt = Runtime.getRuntime(); void f(String d) throws Exception { '
      'rt.exec(new String[] {"ls", d}); } }')),
    ('java', 'java-command-from-strings',
     ('class A { Runtime rt = Runtime.getRuntime(); void f(List<String> w) throws Exception { String[] '
      'argv = w.toArray(new String[0]); rt.exec(argv); } }')),
    ('java', 'java-command-from-strings',
     ('class A { void f(String h) throws Exception { List<String> cmd = List.of("ping", "-c1", h); new '
      'ProcessBuilder(cmd).start(); } }')),
    ('c', 'c-allocation-size-product-wraps',
     ('int f(struct img *im) { size_t size; size = (size_t)im->w * im->h * 4; im->px = malloc(size); '
      'return 0; }')),
    ('c', 'c-shell-command',
     'void f(const char *d) { execlp("ls", "ls", "-l", d, (char *)NULL); }'),
    ('c', 'c-shell-command',
     'void f(void) { execl("/bin/sh", "sh", "-c", "uptime", (char *)NULL); }'),
    ('cpp', 'cpp-sql-concatenated',
     ('void f(Db& db, int id) { std::ostringstream os; os << "DELETE FROM stock WHERE id = " << id; '
      'db.query(os.str()); }')),
    ('cpp', 'cpp-sql-concatenated',
     'void f(Db& db, int id) { db.query(fmt::format("DELETE FROM stock WHERE id = {}", id)); }'),
    ('cpp', 'cpp-sql-concatenated',
     'std::string line(const std::string& who) { std::string s = "Hello "; s += who; return s; }'),
    ('rust', 'rust-sql-formatted',
     'fn f(id: i64) -> String { "DELETE FROM users WHERE id = ".to_string() + &id.to_string() }'),
    ('rust', 'rust-sql-formatted',
     'fn f(q: &mut String) { q.push_str(" AND owner = "); q.push_str("?1"); }'),
    ('rust', 'rust-unwrap-on-input',
     ('fn f(s: &str) -> Option<u16> { let p = s.trim().parse::<u16>(); if p.is_err() { return None; } '
      'Some(p.unwrap()) }')),
    ('rust', 'rust-unwrap-on-input',
     'fn f(s: &str) -> u16 { let p = s.trim().parse::<u16>().unwrap_or(8080); p }'),
    ('rust', 'rust-shell-command',
     ('fn f(file: &str) { let mut c = Command::new("gzip"); c.arg("-c"); c.arg(file); '
      'c.status().unwrap(); }')),
]

def test_every_rule_of_the_round_is_loaded() -> None:
    assert rules_named(sorted({(lang, rid) for lang, rid, _ in FIRE + SILENT}))


@pytest.mark.parametrize(("language", "rule_id", "code"), FIRE,
                         ids=[f"{r}-{i}" for i, (_, r, _) in enumerate(FIRE)])
def test_a_variant_form_is_still_flagged(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code)


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT,
                         ids=[f"{r}-{i}" for i, (_, r, _) in enumerate(SILENT)])
def test_a_near_miss_stays_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code)
