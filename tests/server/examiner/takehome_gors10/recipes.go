// Package recipes is a small recipe-box service: recipes are added with POST /recipes and
// read back with GET /recipes/{id}. The store is in memory; the take-home asked for no
// database.
package recipes

import (
	"encoding/json"
	"errors"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"
)

type Recipe struct {
	ID          int      `json:"id"`
	Title       string   `json:"title"`
	Ingredients []string `json:"ingredients"`
	Minutes     int      `json:"minutes"`
}

var errInvalid = errors.New("a recipe needs a title and at least one ingredient")

type Box struct {
	mu      sync.RWMutex
	next    int
	recipes map[int]Recipe
}

func NewBox() *Box {
	return &Box{next: 1, recipes: make(map[int]Recipe)}
}

func (b *Box) add(r Recipe) (Recipe, error) {
	if strings.TrimSpace(r.Title) == "" || len(r.Ingredients) == 0 {
		return Recipe{}, errInvalid
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	r.ID = b.next
	b.next++
	b.recipes[r.ID] = r
	return r, nil
}

func (b *Box) get(id int) (Recipe, bool) {
	b.mu.RLock()
	defer b.mu.RUnlock()
	r, ok := b.recipes[id]
	return r, ok
}

// Create stores the recipe in the request body and answers 201 with the stored recipe and
// its address.
func (b *Box) Create(w http.ResponseWriter, r *http.Request) {
	var in Recipe
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10)).Decode(&in); err != nil {
		http.Error(w, "malformed recipe", http.StatusBadRequest)
		return
	}
	saved, err := b.add(in)
	if err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	w.WriteHeader(http.StatusCreated)
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Location", "/recipes/"+strconv.Itoa(saved.ID))
	if err := json.NewEncoder(w).Encode(saved); err != nil {
		return
	}
}

// Show answers one recipe as JSON, or 404.
func (b *Box) Show(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(strings.TrimPrefix(r.URL.Path, "/recipes/"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	rec, ok := b.get(id)
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(rec); err != nil {
		return
	}
}

// Server wires the two handlers with timeouts.
func Server(addr string, b *Box) *http.Server {
	mux := http.NewServeMux()
	mux.HandleFunc("/recipes", b.Create)
	mux.HandleFunc("/recipes/", b.Show)
	return &http.Server{
		Addr:              addr,
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
	}
}
