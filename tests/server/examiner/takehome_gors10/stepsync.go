// Package stepsync receives the daily step counts that a fitness band's phone app posts as
// JSON, and keeps each member's total for the office walking challenge.
package stepsync

import (
	"encoding/json"
	"net/http"
	"sort"
	"sync"
)

const maxBody = 16 << 10

type Board struct {
	mu     sync.Mutex
	totals map[string]int
}

func NewBoard() *Board {
	return &Board{totals: make(map[string]int)}
}

func (b *Board) add(member string, steps int) int {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.totals[member] += steps
	return b.totals[member]
}

type Standing struct {
	Member string `json:"member"`
	Steps  int    `json:"steps"`
}

// Top returns the members by total, most steps first.
func (b *Board) Top() []Standing {
	b.mu.Lock()
	out := make([]Standing, 0, len(b.totals))
	for m, s := range b.totals {
		out = append(out, Standing{Member: m, Steps: s})
	}
	b.mu.Unlock()
	sort.Slice(out, func(i, j int) bool { return out[i].Steps > out[j].Steps })
	return out
}

// Sync handles POST /sync with a body like {"member": "ana", "steps": 8412, "device": "band"}.
// The app sends extra fields that differ between versions, so the body is read as a map.
func (b *Board) Sync(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	var body map[string]interface{}
	if err := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxBody)).Decode(&body); err != nil {
		http.Error(w, "malformed JSON", http.StatusBadRequest)
		return
	}
	member, ok := body["member"].(string)
	if !ok || member == "" {
		http.Error(w, "member is required", http.StatusBadRequest)
		return
	}
	steps, ok := body["steps"].(int)
	if !ok || steps < 0 || steps > 200000 {
		http.Error(w, "steps must be a whole number between 0 and 200000", http.StatusBadRequest)
		return
	}
	total := b.add(member, steps)
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(Standing{Member: member, Steps: total}); err != nil {
		return
	}
}

// Leaders handles GET /leaders.
func (b *Board) Leaders(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(b.Top()); err != nil {
		return
	}
}
