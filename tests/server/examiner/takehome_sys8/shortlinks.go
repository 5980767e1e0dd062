// Command shortlinks is a small URL shortener: POST a URL, get a code; GET /r/{code} redirects.
package main

import (
	"crypto/rand"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"log"
	"net/http"
	"net/url"
	"strings"
	"sync"
)

// Store keeps the links in memory; the service is restarted rarely and loses nothing important.
type Store struct {
	mu    sync.RWMutex
	links map[string]string
}

func NewStore() *Store {
	return &Store{links: make(map[string]string)}
}

var errBadURL = errors.New("only absolute http(s) URLs can be shortened")

func newCode() (string, error) {
	b := make([]byte, 6)
	if _, err := rand.Read(b); err != nil {
		return "", err
	}
	return base64.RawURLEncoding.EncodeToString(b), nil
}

func (s *Store) Add(target string) (string, error) {
	u, err := url.Parse(target)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return "", errBadURL
	}
	code, err := newCode()
	if err != nil {
		return "", err
	}
	s.mu.Lock()
	s.links[code] = u.String()
	s.mu.Unlock()
	return code, nil
}

func (s *Store) Get(code string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	target, ok := s.links[code]
	return target, ok
}

type shortenRequest struct {
	URL string `json:"url"`
}

type shortenResponse struct {
	Code string `json:"code"`
}

func (s *Store) handleShorten(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	var req shortenRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 4<<10))
	if err := dec.Decode(&req); err != nil {
		http.Error(w, "bad JSON", http.StatusBadRequest)
		return
	}
	code, err := s.Add(req.URL)
	if errors.Is(err, errBadURL) {
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	if err != nil {
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	if err := json.NewEncoder(w).Encode(shortenResponse{Code: code}); err != nil {
		log.Printf("write response: %v", err)
	}
}

func (s *Store) handleRedirect(w http.ResponseWriter, r *http.Request) {
	code := strings.TrimPrefix(r.URL.Path, "/r/")
	target, ok := s.Get(code)
	if !ok {
		http.NotFound(w, r)
		return
	}
	http.Redirect(w, r, target, http.StatusFound)
}

func main() {
	addr := flag.String("addr", ":8080", "address to listen on")
	flag.Parse()

	store := NewStore()
	mux := http.NewServeMux()
	mux.HandleFunc("/shorten", store.handleShorten)
	mux.HandleFunc("/r/", store.handleRedirect)

	log.Printf("listening on %s", *addr)
	if err := http.ListenAndServe(*addr, mux); err != nil {
		log.Fatal(err)
	}
}
