// Package digest renders the weekly digest page: the posts a member's groups wrote this week,
// rendered once into a buffer and cached, then served to every member of the group.
package digest

import (
	"bytes"
	"fmt"
	"net/http"
	"sync"
	"text/template"
	"time"
)

const pageText = `<!doctype html>
<html>
<head><title>{{.Group}}: this week</title></head>
<body>
<h1>{{.Group}}</h1>
{{range .Posts}}<article><h2>{{.Title}}</h2><p>by {{.Author}}</p><div>{{.Body}}</div></article>
{{else}}<p>Nothing new this week.</p>{{end}}
</body>
</html>`

var page = template.Must(template.New("digest").Parse(pageText))

type Post struct {
	Title  string
	Author string
	Body   string
}

type Store interface {
	PostsSince(group string, since time.Time) ([]Post, error)
}

type Server struct {
	Store Store

	mu    sync.Mutex
	cache map[string][]byte
}

func NewServer(s Store) *Server {
	return &Server{Store: s, cache: make(map[string][]byte)}
}

func (s *Server) render(group string) ([]byte, error) {
	s.mu.Lock()
	cached, ok := s.cache[group]
	s.mu.Unlock()
	if ok {
		return cached, nil
	}
	posts, err := s.Store.PostsSince(group, time.Now().AddDate(0, 0, -7))
	if err != nil {
		return nil, fmt.Errorf("posts for %s: %w", group, err)
	}
	var buf bytes.Buffer
	data := struct {
		Group string
		Posts []Post
	}{group, posts}
	if err := page.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render digest: %w", err)
	}
	s.mu.Lock()
	s.cache[group] = buf.Bytes()
	s.mu.Unlock()
	return buf.Bytes(), nil
}

func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	group := r.URL.Query().Get("group")
	if group == "" {
		http.Error(w, "which group?", http.StatusBadRequest)
		return
	}
	body, err := s.render(group)
	if err != nil {
		http.Error(w, "digest unavailable", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if _, err := w.Write(body); err != nil {
		return
	}
}
