package main

import (
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"sync"
)

type Rate struct {
	Base  string             `json:"base"`
	Rates map[string]float64 `json:"rates"`
}

// Converter caches exchange rates fetched from an upstream API per request.
type Converter struct {
	mu    sync.Mutex
	cache map[string]Rate
	API   string
}

func (c *Converter) rate(base string) (Rate, error) {
	c.mu.Lock()
	r, ok := c.cache[base]
	c.mu.Unlock()
	if ok {
		return r, nil
	}
	resp, err := http.Get(c.API + "?base=" + base)
	if err != nil {
		return Rate{}, err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return Rate{}, err
	}
	c.mu.Lock()
	c.cache[base] = r
	c.mu.Unlock()
	return r, nil
}

func (c *Converter) handle(w http.ResponseWriter, req *http.Request) {
	from, to := req.URL.Query().Get("from"), req.URL.Query().Get("to")
	r, err := c.rate(from)
	if err != nil {
		http.Error(w, "upstream unavailable", http.StatusBadGateway)
		return
	}
	v, ok := r.Rates[to]
	if !ok {
		http.Error(w, "unknown currency", http.StatusBadRequest)
		return
	}
	fmt.Fprintf(w, "%.4f\n", v)
}

func main() {
	c := &Converter{cache: map[string]Rate{}, API: "https://api.example.com/latest"}
	http.HandleFunc("/convert", c.handle)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
