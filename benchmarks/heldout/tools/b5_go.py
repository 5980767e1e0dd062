import sys; sys.path.insert(0, "/work/heldout/tools")
from lib import add

add("go-03", "go", "store/events.go", r'''
package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

type Event struct {
	ID        int64
	Kind      string
	Actor     string
	CreatedAt time.Time
}

type EventStore struct {
	DB *sql.DB
}

func (s *EventStore) Insert(ctx context.Context, e Event) (int64, error) {
	var id int64
	err := s.DB.QueryRowContext(ctx,
		"INSERT INTO events (kind, actor, created_at) VALUES ($1, $2, $3) RETURNING id",
		e.Kind, e.Actor, e.CreatedAt).Scan(&id)
	return id, err
}

// Search returns events of the given kinds for an actor, newest first.
func (s *EventStore) Search(ctx context.Context, actor string, kinds []string, limit int) ([]Event, error) {
	if limit <= 0 || limit > 500 {
		limit = 100
	}
	var b strings.Builder
	b.WriteString("SELECT id, kind, actor, created_at FROM events WHERE 1=1")
	if actor != "" {
		b.WriteString(fmt.Sprintf(" AND actor = '%s'", actor))
	}
	if len(kinds) > 0 {
		b.WriteString(" AND kind IN (")
		for i, k := range kinds {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(fmt.Sprintf("'%s'", strings.ReplaceAll(k, "'", "''")))
		}
		b.WriteString(")")
	}
	b.WriteString(fmt.Sprintf(" ORDER BY created_at DESC LIMIT %d", limit))

	rows, err := s.DB.QueryContext(ctx, b.String())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Event
	for rows.Next() {
		var e Event
		if err := rows.Scan(&e.ID, &e.Kind, &e.Actor, &e.CreatedAt); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
''', ("security", "b.WriteString(fmt.Sprintf(\" AND actor = '%s'\", actor))", "Search",
      "The `actor` argument is formatted straight into the SQL with `fmt.Sprintf`, so a value containing a quote injects SQL."),
 ["`Insert` uses `$1, $2, $3` placeholders, so it is safe.",
  "`LIMIT %d` formats an int that has been range-checked, so it cannot inject.",
  "`defer rows.Close()` is after the error check and outside the loop.",
  "`strings.Builder` is used for building the string, so there is no quadratic concatenation.",
  "`WHERE 1=1` is a deliberate idiom to simplify appending AND clauses, not a tautology bug."])

add("go-04", "go", "rates/client.go", r'''
package rates

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"
)

type Client struct {
	BaseURL string
	APIKey  string
	HTTP    *http.Client
}

type ratesResponse struct {
	Base  string             `json:"base"`
	Rates map[string]float64 `json:"rates"`
}

func NewClient(baseURL, apiKey string) *Client {
	return &Client{
		BaseURL: baseURL,
		APIKey:  apiKey,
		HTTP:    &http.Client{Timeout: 10 * time.Second},
	}
}

func (c *Client) Latest(ctx context.Context, base string) (map[string]float64, error) {
	q := url.Values{}
	q.Set("base", base)
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.BaseURL+"/latest?"+q.Encode(), nil)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+c.APIKey)

	resp, err := c.HTTP.Do(req)
	if err != nil {
		return nil, fmt.Errorf("rates request: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("rates request: unexpected status %d", resp.StatusCode)
	}
	defer resp.Body.Close()

	var body ratesResponse
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		return nil, fmt.Errorf("decode rates: %w", err)
	}
	if body.Base != base {
		return nil, fmt.Errorf("asked for base %s, got %s", base, body.Base)
	}
	return body.Rates, nil
}

func (c *Client) Convert(ctx context.Context, amount float64, from, to string) (float64, error) {
	if from == to {
		return amount, nil
	}
	rates, err := c.Latest(ctx, from)
	if err != nil {
		return 0, err
	}
	r, ok := rates[to]
	if !ok {
		return 0, fmt.Errorf("no rate for %s->%s", from, to)
	}
	return amount * r, nil
}
''', ("resources", "return nil, fmt.Errorf(\"rates request: unexpected status %d\", resp.StatusCode)", "Latest",
      "On a non-200 status the function returns before `defer resp.Body.Close()` is registered, so the response body (and its connection) is leaked on that error path."),
 ["The API key comes from the struct (configured by the caller), not hard-coded in source.",
  "The query string is built with `url.Values.Encode`, so the base currency is escaped.",
  "`NewClient` returns a client with a timeout; returning a pointer to a struct is fine.",
  "The `->` inside the error message string is text, not an operator.",
  "Checking `ok` on the map lookup handles a missing currency instead of silently using 0."])

add("go-05", "go", "limiter/bucket.go", r'''
package limiter

import (
	"net/http"
	"sync"
	"time"
)

type bucket struct {
	tokens float64
	last   time.Time
}

// Limiter is a per-key token bucket, safe for concurrent use.
type Limiter struct {
	mu      sync.Mutex
	rate    float64 // tokens per second
	burst   float64
	buckets map[string]*bucket
	now     func() time.Time
}

func New(rate, burst float64) *Limiter {
	return &Limiter{rate: rate, burst: burst, buckets: make(map[string]*bucket), now: time.Now}
}

func (l *Limiter) Allow(key string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	elapsed := now.Sub(b.last).Seconds()
	b.tokens += elapsed * l.rate
	if b.tokens > l.burst {
		b.tokens = l.burst
	}
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

// Cleanup drops buckets idle for longer than maxIdle; run it periodically.
func (l *Limiter) Cleanup(maxIdle time.Duration) int {
	l.mu.Lock()
	defer l.mu.Unlock()
	cutoff := l.now().Add(-maxIdle)
	n := 0
	for k, b := range l.buckets {
		if b.last.Before(cutoff) {
			delete(l.buckets, k)
			n++
		}
	}
	return n
}

func (l *Limiter) Middleware(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Api-Key")
		if key == "" {
			http.Error(w, "missing api key", http.StatusUnauthorized)
			return
		}
		if !l.Allow(key) {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "rate limited", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}

func StartJanitor(l *Limiter, every, maxIdle time.Duration, stop <-chan struct{}) {
	t := time.NewTicker(every)
	go func() {
		defer t.Stop()
		for {
			select {
			case <-t.C:
				l.Cleanup(maxIdle)
			case <-stop:
				return
			}
		}
	}()
}
''', None,
 ["The `buckets` map is shared by all requests but every access is under `l.mu` with `defer Unlock`.",
  "Deleting from a map while ranging over it is explicitly allowed in Go.",
  "`key` in the middleware is request-local, not shared.",
  "The janitor goroutine exits on `stop` and stops the ticker with `defer t.Stop()`, so it does not leak.",
  "`next.ServeHTTP` calls the wrapped handler, not the middleware itself, so there is no recursion.",
  "`b.tokens < 1` is compared before decrementing, so tokens never go negative."])

add("go-06", "go", "files/handler.go", r'''
package files

import (
	"errors"
	"io"
	"io/fs"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

type Handler struct {
	Root string // absolute directory served
}

// resolve maps a URL path to a file under h.Root, refusing anything that escapes it.
func (h Handler) resolve(urlPath string) (string, error) {
	clean := path.Clean("/" + urlPath) // collapses ../ against the root "/"
	full := filepath.Join(h.Root, filepath.FromSlash(clean))
	rel, err := filepath.Rel(h.Root, full)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return "", fs.ErrPermission
	}
	return full, nil
}

func (h Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	full, err := h.resolve(strings.TrimPrefix(r.URL.Path, "/static/"))
	if err != nil {
		http.Error(w, "forbidden", http.StatusForbidden)
		return
	}
	f, err := os.Open(full)
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			http.NotFound(w, r)
			return
		}
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil || info.IsDir() {
		http.NotFound(w, r)
		return
	}
	if ct := mime.TypeByExtension(filepath.Ext(full)); ct != "" {
		w.Header().Set("Content-Type", ct)
	}
	w.Header().Set("X-Content-Type-Options", "nosniff")
	if r.Method == http.MethodHead {
		return
	}
	_, _ = io.Copy(w, f)
}
''', None,
 ["Joining `h.Root` with a request path looks like path traversal, but the path is cleaned against `/` first and then checked with `filepath.Rel`, so `../` cannot escape the root.",
  "`defer f.Close()` is registered right after the successful open and is not in a loop; the early returns before it happen only when the open failed.",
  "`_, _ = io.Copy(w, f)` discards the error deliberately: headers are already sent and a client disconnect cannot be reported anyway.",
  "`ServeHTTP` calls `http.NotFound`/`http.Error`, not itself.",
  "The `../` inside the comment is text, not code."])
