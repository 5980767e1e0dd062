// Package signup registers members of the climbing gym's booking site. An e-mail address
// identifies a member, so the same person typing it with capitals must not get a second
// account.
package signup

import (
	"encoding/json"
	"errors"
	"net/http"
	"net/mail"
	"strings"
	"sync"
	"time"
)

// Member is one registered climber.
type Member struct {
	Email   string    `json:"email"`
	Name    string    `json:"name"`
	Joined  time.Time `json:"joined"`
	Belayer bool      `json:"belayer"`
}

// Registry holds the members by e-mail address.
type Registry struct {
	mu      sync.Mutex
	byEmail map[string]*Member
}

// NewRegistry makes an empty registry.
func NewRegistry() *Registry {
	return &Registry{byEmail: make(map[string]*Member)}
}

var (
	errTaken   = errors.New("an account with this e-mail already exists")
	errNoName  = errors.New("a name is required")
	errBadMail = errors.New("not a valid e-mail address")
)

// Register adds a member, refusing an address already registered.
func (r *Registry) Register(email, name string, belayer bool) (*Member, error) {
	strings.ToLower(strings.TrimSpace(email))
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, errNoName
	}
	if _, err := mail.ParseAddress(email); err != nil {
		return nil, errBadMail
	}

	r.mu.Lock()
	defer r.mu.Unlock()
	if _, ok := r.byEmail[email]; ok {
		return nil, errTaken
	}
	m := &Member{Email: email, Name: name, Joined: time.Now().UTC(), Belayer: belayer}
	r.byEmail[email] = m
	return m, nil
}

// Lookup finds a member by address.
func (r *Registry) Lookup(email string) (*Member, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	m, ok := r.byEmail[strings.ToLower(strings.TrimSpace(email))]
	return m, ok
}

type signupForm struct {
	Email   string `json:"email"`
	Name    string `json:"name"`
	Belayer bool   `json:"belayer"`
}

// Handler serves POST /signup with a JSON form.
func (r *Registry) Handler(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	var f signupForm
	dec := json.NewDecoder(http.MaxBytesReader(w, req.Body, 4096))
	if err := dec.Decode(&f); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	m, err := r.Register(f.Email, f.Name, f.Belayer)
	switch {
	case errors.Is(err, errTaken):
		http.Error(w, err.Error(), http.StatusConflict)
		return
	case err != nil:
		http.Error(w, err.Error(), http.StatusBadRequest)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusCreated)
	json.NewEncoder(w).Encode(m)
}
