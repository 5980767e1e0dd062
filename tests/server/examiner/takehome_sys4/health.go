// Package health checks the backends behind the load balancer before a deploy goes on.
package health

import (
	"context"
	"fmt"
	"net/http"
	"sync"
	"time"
)

type Backend struct {
	Name string
	URL  string
}

type status struct {
	backend string
	err     error
}

type Checker struct {
	Client  *http.Client
	mu      sync.Mutex
	lastRun time.Time
}

func NewChecker() *Checker {
	return &Checker{Client: &http.Client{Timeout: 5 * time.Second}}
}

func (c *Checker) probe(ctx context.Context, b Backend) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.URL+"/healthz", nil)
	if err != nil {
		return fmt.Errorf("%s: %w", b.Name, err)
	}
	resp, err := c.Client.Do(req)
	if err != nil {
		return fmt.Errorf("%s: %w", b.Name, err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: status %d", b.Name, resp.StatusCode)
	}
	return nil
}

// AllHealthy probes every backend at once and reports the first one that fails; the deploy
// stops at the first bad backend, so there is no need to wait for the others.
func (c *Checker) AllHealthy(ctx context.Context, backends []Backend) error {
	c.mu.Lock()
	c.lastRun = time.Now()
	c.mu.Unlock()

	results := make(chan status)
	for _, b := range backends {
		go func(b Backend) {
			results <- status{backend: b.Name, err: c.probe(ctx, b)}
		}(b)
	}
	var firstErr error
	for range backends {
		s := <-results
		if s.err != nil {
			firstErr = fmt.Errorf("backend %s unhealthy: %w", s.backend, s.err)
			break
		}
	}
	return firstErr
}

// Report probes every backend and lists them all, healthy or not, for the status page.
func (c *Checker) Report(ctx context.Context, backends []Backend) map[string]string {
	out := make(map[string]string, len(backends))
	var wg sync.WaitGroup
	var mu sync.Mutex
	for _, b := range backends {
		wg.Add(1)
		go func(b Backend) {
			defer wg.Done()
			msg := "ok"
			if err := c.probe(ctx, b); err != nil {
				msg = err.Error()
			}
			mu.Lock()
			out[b.Name] = msg
			mu.Unlock()
		}(b)
	}
	wg.Wait()
	return out
}
