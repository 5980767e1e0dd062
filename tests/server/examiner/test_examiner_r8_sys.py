"""Round 8 (Go, Java, C++, Rust): the new and widened rules on code laid out as people write it,
one statement a line, in forms their own examples do not show, and on the near misses that must
stay silent."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires

FOUND = [
    # a sort key that falls back to what the caller sent
    ("go", "go-sql-built-from-strings", """
var orderable = map[string]string{"name": "name", "age": "created_at"}

func (s *Store) Page(ctx context.Context, sortBy string) (*sql.Rows, error) {
	col, ok := orderable[sortBy]
	if !ok {
		col = sortBy
	}
	return s.db.QueryContext(ctx, "SELECT id, name FROM users ORDER BY "+col)
}
"""),
    # the entry's name joined by a plain function of the file, not a method
    ("go", "go-archive-entry-path", """
func targetPath(dest, name string) string {
	return filepath.Join(dest, name)
}

func Extract(zr *zip.Reader, dest string) error {
	for _, f := range zr.File {
		out := targetPath(dest, f.Name)
		if err := copyOut(f, out); err != nil {
			return err
		}
	}
	return nil
}
"""),
    ("go", "go-duration-bare-number", """
func (w *Watcher) Run(cfg Config) {
	every := time.Duration(cfg.IntervalSecs)
	t := time.NewTicker(every)
	defer t.Stop()
	for range t.C {
		w.scan()
	}
}
"""),
    ("go", "go-slow-call-under-lock", """
func (r *Renderer) Render(name string) ([]byte, error) {
	r.mu.RLock()
	defer r.mu.RUnlock()
	if out, ok := r.cache[name]; ok {
		return out, nil
	}
	return exec.Command("pandoc", r.dir+"/"+name).Output()
}
"""),
    ("java", "java-calendar-month-from-one", """
class Statement {
    Date periodStart(YearMonth ym) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(ym.getYear(), ym.getMonthValue(), 1);
        return c.getTime();
    }
}
"""),
    # an LDAP filter formatted in a helper and searched elsewhere
    ("java", "java-query-text-from-values", """
class LdapLogin {
    private final DirContext ctx;

    private static String filterFor(String user) {
        return String.format("(&(objectClass=inetOrgPerson)(uid=%s))", user);
    }

    boolean exists(String user) throws NamingException {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        return ctx.search("ou=people,dc=corp", filterFor(user), sc).hasMore();
    }
}
"""),
    ("cpp", "cpp-slow-call-under-lock", """
void Uploader::drain() {
    std::unique_lock<std::mutex> lk(mu_);
    while (!queue_.empty()) {
        if (failures_ > 3) {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
        }
        auto item = queue_.front();
        queue_.pop_front();
        push(item);
    }
}
"""),
    ("rust", "rust-mac-compared-plainly", """
fn check(secret: &[u8], payload: &[u8], header: &str) -> bool {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).unwrap();
    mac.update(payload);
    let expected = hex::encode(mac.finalize().into_bytes());
    header.trim().as_bytes() == expected.as_bytes()
}
"""),
    # the fetch in a method of the file, the URL from a form value
    ("go", "go-ssrf-from-request", """
func (s *Server) Thumbnail(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	src := r.URL.Query().Get("src")
	img, err := s.download(src)
	if err != nil {
		http.Error(w, "invalid image", http.StatusBadRequest)
		return
	}
	w.Write(img)
}

func (s *Server) download(u string) ([]byte, error) {
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		return nil, err
	}
	resp, err := s.client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 8<<20))
}
"""),
    ("java", "java-empty-catch", """
class ReportStore {
    List<String> lines(Path report) {
        try {
            return Files.readAllLines(report);
        } catch (IOException e) {
            return Collections.emptyList();
        }
    }
}
"""),
    ("cpp", "cpp-find-position-unchecked", """
std::pair<std::string, std::string> split_header(const std::string& h) {
    std::size_t colon = h.find(':');
    std::string name = h.substr(0, colon);
    std::string value = h.substr(colon + 2);
    return {name, value};
}
"""),
    # the query in a method the loop calls with each item's key
    ("go", "go-query-per-item", """
func (s *Shop) price(ctx context.Context, sku string) (int64, error) {
	var cents int64
	err := s.db.QueryRowContext(ctx, "SELECT price_cents FROM products WHERE sku = ?", sku).Scan(&cents)
	return cents, err
}

func (s *Shop) Total(ctx context.Context, cart []Item) (int64, error) {
	var total int64
	for _, it := range cart {
		p, err := s.price(ctx, it.SKU)
		if err != nil {
			return 0, err
		}
		total += p * int64(it.Qty)
	}
	return total, nil
}
"""),
    ("go", "go-receiver-counter-from-goroutines", """
func (idx *Indexer) index(doc Doc) {
	idx.words += len(strings.Fields(doc.Body))
	idx.docs++
}

func (idx *Indexer) IndexAll(docs []Doc) {
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(d Doc) {
			defer wg.Done()
			idx.index(d)
		}(d)
	}
	wg.Wait()
}
"""),
    ("java", "java-int-product-widened-to-long", """
class Coupon {
    private final int validDays;

    Timestamp expiry(long issuedAt) {
        return new Timestamp(issuedAt + validDays * 24 * 3600 * 1000);
    }
}
"""),
]

SILENT = [
    # every branch picks the program's own text
    ("go", "go-sql-built-from-strings", """
const pageSize = 25

func (s *Store) Page(ctx context.Context, sortBy string, page int) (*sql.Rows, error) {
	col := "created_at"
	switch sortBy {
	case "name":
		col = "name"
	case "age":
		col = "birth_date"
	}
	q := fmt.Sprintf("SELECT id, name FROM users ORDER BY %s LIMIT %d OFFSET %d", col, pageSize, page*pageSize)
	return s.db.QueryContext(ctx, q)
}
"""),
    ("go", "go-archive-entry-path", """
func targetPath(dest, name string) (string, error) {
	if !filepath.IsLocal(name) {
		return "", fmt.Errorf("unsafe entry %q", name)
	}
	return filepath.Join(dest, name), nil
}

func Extract(zr *zip.Reader, dest string) error {
	for _, f := range zr.File {
		out, err := targetPath(dest, f.Name)
		if err != nil {
			return err
		}
		if err := copyOut(f, out); err != nil {
			return err
		}
	}
	return nil
}
"""),
    ("go", "go-duration-bare-number", """
func (w *Watcher) Run(cfg Config) {
	every := time.Duration(cfg.IntervalSecs) * time.Second
	t := time.NewTicker(every)
	defer t.Stop()
	for range t.C {
		w.scan()
	}
}
"""),
    ("go", "go-slow-call-under-lock", """
func (r *Renderer) Render(name string) ([]byte, error) {
	r.mu.RLock()
	out, ok := r.cache[name]
	r.mu.RUnlock()
	if ok {
		return out, nil
	}
	return exec.Command("pandoc", r.dir+"/"+name).Output()
}
"""),
    ("java", "java-calendar-month-from-one", """
class Statement {
    Date periodStart(YearMonth ym) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(ym.getYear(), ym.getMonthValue() - 1, 1);
        return c.getTime();
    }
}
"""),
    ("java", "java-query-text-from-values", """
class LdapLogin {
    private final DirContext ctx;

    boolean exists(String user) throws NamingException {
        SearchControls sc = new SearchControls();
        sc.setSearchScope(SearchControls.SUBTREE_SCOPE);
        return ctx.search("ou=people,dc=corp", "(&(objectClass=inetOrgPerson)(uid={0}))",
                new Object[] {user}, sc).hasMore();
    }
}
"""),
    ("cpp", "cpp-slow-call-under-lock", """
void Uploader::drain() {
    std::deque<Item> batch;
    {
        std::lock_guard<std::mutex> lk(mu_);
        batch.swap(queue_);
    }
    for (auto& item : batch) {
        if (failures_ > 3) {
            std::this_thread::sleep_for(std::chrono::milliseconds(500));
        }
        push(item);
    }
}
"""),
    ("rust", "rust-mac-compared-plainly", """
fn check(secret: &[u8], payload: &[u8], header: &str) -> bool {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret).unwrap();
    mac.update(payload);
    if header.trim().len() != 64 {
        return false;
    }
    let expected = hex::encode(mac.finalize().into_bytes());
    header.trim().as_bytes().ct_eq(expected.as_bytes()).into()
}
"""),
    ("go", "go-ssrf-from-request", """
func (s *Server) Thumbnail(w http.ResponseWriter, r *http.Request) {
	src := r.URL.Query().Get("src")
	img, err := s.download(src)
	if err != nil {
		http.Error(w, "invalid image", http.StatusBadRequest)
		return
	}
	w.Write(img)
}

func (s *Server) download(raw string) ([]byte, error) {
	u, err := url.Parse(raw)
	if err != nil || !s.allowedHosts[u.Hostname()] {
		return nil, errForbidden
	}
	resp, err := s.client.Get(u.String())
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(io.LimitReader(resp.Body, 8<<20))
}
"""),
    ("java", "java-empty-catch", """
class ReportStore {
    List<String> lines(Path report) {
        try {
            return Files.readAllLines(report);
        } catch (NoSuchFileException e) {
            return Collections.emptyList();
        }
    }
}
"""),
    ("cpp", "cpp-find-position-unchecked", """
std::pair<std::string, std::string> split_header(const std::string& h) {
    std::size_t colon = h.find(':');
    if (colon == std::string::npos || colon + 2 > h.size()) {
        return {h, ""};
    }
    return {h.substr(0, colon), h.substr(colon + 2)};
}
"""),
    ("go", "go-query-per-item", """
func (s *Shop) Total(ctx context.Context, cart []Item, prices map[string]int64) int64 {
	var total int64
	for _, it := range cart {
		total += s.lineTotal(it, prices)
	}
	return total
}

func (s *Shop) lineTotal(it Item, prices map[string]int64) int64 {
	return prices[it.SKU] * int64(it.Qty)
}
"""),
    ("go", "go-receiver-counter-from-goroutines", """
func (idx *Indexer) index(doc Doc) {
	n := len(strings.Fields(doc.Body))
	idx.mu.Lock()
	idx.words += n
	idx.docs++
	idx.mu.Unlock()
}

func (idx *Indexer) IndexAll(docs []Doc) {
	var wg sync.WaitGroup
	for _, d := range docs {
		wg.Add(1)
		go func(d Doc) {
			defer wg.Done()
			idx.index(d)
		}(d)
	}
	wg.Wait()
}
"""),
    ("java", "java-int-product-widened-to-long", """
class Coupon {
    private final int validDays;

    Timestamp expiry(long issuedAt) {
        return new Timestamp(issuedAt + validDays * 24L * 3600 * 1000);
    }
}
"""),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FOUND, ids=[f[1] for f in FOUND])
def test_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code), rule_id


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT, ids=[f[1] for f in SILENT])
def test_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code), rule_id
