package main

import (
	"encoding/json"
	"fmt"
	"html"
	"log"
	"net/http"
	"strings"
	"sync"
	"time"
)

type Entry struct {
	Name    string    `json:"name"`
	Message string    `json:"message"`
	At      time.Time `json:"at"`
}

type Book struct {
	mu      sync.RWMutex
	entries []Entry
}

func (b *Book) Add(e Entry) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.entries = append(b.entries, e)
}

func (b *Book) Matching(term string) []Entry {
	b.mu.RLock()
	defer b.mu.RUnlock()
	var out []Entry
	for _, e := range b.entries {
		if strings.Contains(strings.ToLower(e.Message), strings.ToLower(term)) {
			out = append(out, e)
		}
	}
	return out
}

func (b *Book) handleSign(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var e Entry
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<16)).Decode(&e); err != nil {
		http.Error(w, "bad entry", http.StatusBadRequest)
		return
	}
	e.At = time.Now()
	b.Add(e)
	w.WriteHeader(http.StatusCreated)
}

func (b *Book) handleSearch(w http.ResponseWriter, r *http.Request) {
	term := strings.TrimSpace(r.URL.Query().Get("q"))
	found := b.Matching(term)
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	fmt.Fprintf(w, "<h1>Entries matching %s</h1>\n<ul>\n", term)
	for _, e := range found {
		fmt.Fprintf(w, "<li>%s: %s</li>\n", html.EscapeString(e.Name), html.EscapeString(e.Message))
	}
	fmt.Fprintln(w, "</ul>")
}

func main() {
	book := &Book{}
	mux := http.NewServeMux()
	mux.HandleFunc("/sign", book.handleSign)
	mux.HandleFunc("/search", book.handleSearch)
	srv := &http.Server{
		Addr:         ":8080",
		Handler:      mux,
		ReadTimeout:  5 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
