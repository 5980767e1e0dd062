// Command rsvp serves the guest list of a wedding: GET /guests lists who answered, POST
// /guests records an answer. The list is kept in memory and written to guests.json.
package main

import (
	"encoding/json"
	"log"
	"net/http"
	"os"
	"sync"
	"time"
)

type guest struct {
	name     string `json:"name"`
	Attends  bool   `json:"attends"`
	Plus     int    `json:"plus_ones"`
	Answered time.Time `json:"answered"`
}

type List struct {
	mu     sync.Mutex
	guests []guest
}

func (l *List) add(g guest) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.guests = append(l.guests, g)
	data, err := json.MarshalIndent(l.guests, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile("guests.json", data, 0o600)
}

func (l *List) handle(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodGet:
		l.mu.Lock()
		defer l.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		if err := json.NewEncoder(w).Encode(l.guests); err != nil {
			log.Println("encode:", err)
		}
	case http.MethodPost:
		var g guest
		r.Body = http.MaxBytesReader(w, r.Body, 4096)
		if err := json.NewDecoder(r.Body).Decode(&g); err != nil {
			http.Error(w, "bad answer", http.StatusBadRequest)
			return
		}
		if g.Plus < 0 || g.Plus > 3 {
			http.Error(w, "plus_ones must be 0 to 3", http.StatusBadRequest)
			return
		}
		g.Answered = time.Now().UTC()
		if err := l.add(g); err != nil {
			http.Error(w, "could not save", http.StatusInternalServerError)
			return
		}
		w.WriteHeader(http.StatusCreated)
	default:
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func main() {
	list := &List{}
	srv := &http.Server{
		Addr:              "127.0.0.1:8080",
		Handler:           http.HandlerFunc(list.handle),
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
