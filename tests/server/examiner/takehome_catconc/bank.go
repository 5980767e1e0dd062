// Command bank serves transfers between in-memory accounts over HTTP.
package main

import (
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"sync"
	"time"
)

type Account struct {
	mu      sync.Mutex
	ID      int
	Balance int64
}

type Bank struct {
	accounts map[int]*Account
}

var errInsufficient = errors.New("insufficient funds")

func NewBank(n int, opening int64) *Bank {
	b := &Bank{accounts: make(map[int]*Account, n)}
	for i := 1; i <= n; i++ {
		b.accounts[i] = &Account{ID: i, Balance: opening}
	}
	return b
}

// Transfer moves amount from one account to another.
func Transfer(from, to *Account, amount int64) error {
	from.mu.Lock()
	defer from.mu.Unlock()
	to.mu.Lock()
	defer to.mu.Unlock()
	if from.Balance < amount {
		return errInsufficient
	}
	from.Balance -= amount
	to.Balance += amount
	return nil
}

type transferRequest struct {
	From   int   `json:"from"`
	To     int   `json:"to"`
	Amount int64 `json:"amount"`
}

func (b *Bank) handleTransfer(w http.ResponseWriter, r *http.Request) {
	var req transferRequest
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, 1<<10)).Decode(&req); err != nil {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	from, ok1 := b.accounts[req.From]
	to, ok2 := b.accounts[req.To]
	if !ok1 || !ok2 || req.From == req.To || req.Amount <= 0 {
		http.Error(w, "bad transfer", http.StatusBadRequest)
		return
	}
	if err := Transfer(from, to, req.Amount); err != nil {
		http.Error(w, err.Error(), http.StatusConflict)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	bank := NewBank(10, 1000)
	mux := http.NewServeMux()
	mux.HandleFunc("/transfer", bank.handleTransfer)
	srv := &http.Server{
		Addr:              ":8080",
		Handler:           mux,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      10 * time.Second,
	}
	log.Fatal(srv.ListenAndServe())
}
