// Command expenses is a small team expense tracker: POST an expense, GET the month's totals.
package main

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"sort"
	"sync"
	"time"
)

type Expense struct {
	Who         string `json:"who"`
	Category    string `json:"category"`
	AmountCents int64  `json:"amount_cents"`
	Day         string `json:"day"` // YYYY-MM-DD
}

type Ledger struct {
	mu       sync.Mutex
	expenses []Expense
}

var errInvalid = errors.New("who, category, a positive amount and a YYYY-MM-DD day are required")

func (e Expense) validate() error {
	if e.Who == "" || e.Category == "" || e.AmountCents <= 0 {
		return errInvalid
	}
	if _, err := time.Parse("2006-01-02", e.Day); err != nil {
		return errInvalid
	}
	return nil
}

func (l *Ledger) Add(e Expense) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.expenses = append(l.expenses, e)
}

type Total struct {
	Category    string `json:"category"`
	AmountCents int64  `json:"amount_cents"`
}

// Totals sums the month's expenses ("2024-05") per category, largest first.
func (l *Ledger) Totals(month string) []Total {
	l.mu.Lock()
	sums := make(map[string]int64)
	for _, e := range l.expenses {
		if len(e.Day) >= 7 && e.Day[:7] == month {
			sums[e.Category] += e.AmountCents
		}
	}
	l.mu.Unlock()
	out := make([]Total, 0, len(sums))
	for c, s := range sums {
		out = append(out, Total{Category: c, AmountCents: s})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].AmountCents > out[j].AmountCents })
	return out
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	if err := json.NewEncoder(w).Encode(v); err != nil {
		log.Printf("write response: %v", err)
	}
}

func (l *Ledger) handleExpenses(w http.ResponseWriter, r *http.Request) {
	switch r.Method {
	case http.MethodPost:
		var e Expense
		if err := json.NewDecoder(r.Body).Decode(&e); err != nil {
			http.Error(w, "bad JSON", http.StatusBadRequest)
			return
		}
		if err := e.validate(); err != nil {
			http.Error(w, err.Error(), http.StatusUnprocessableEntity)
			return
		}
		l.Add(e)
		writeJSON(w, http.StatusCreated, e)
	case http.MethodGet:
		month := r.URL.Query().Get("month")
		if _, err := time.Parse("2006-01", month); err != nil {
			http.Error(w, "month must be YYYY-MM", http.StatusBadRequest)
			return
		}
		writeJSON(w, http.StatusOK, l.Totals(month))
	default:
		w.Header().Set("Allow", "GET, POST")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
	}
}

func main() {
	ledger := &Ledger{}
	mux := http.NewServeMux()
	mux.HandleFunc("/expenses", ledger.handleExpenses)
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      10 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
