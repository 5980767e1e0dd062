// Package mirror checks that every mirror of a release serves the expected checksum.
package mirror

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// Result is what one mirror served.
type Result struct {
	URL    string
	Sum    string
	Status int
}

// Checker fetches a file from many mirrors at once and stops them all on the first mismatch.
type Checker struct {
	Client *http.Client
	Want   string
}

// NewChecker returns a checker with a bounded client.
func NewChecker(want string) *Checker {
	return &Checker{Client: &http.Client{Timeout: 30 * time.Second}, Want: want}
}

func (c *Checker) fetch(url string, abort <-chan struct{}) (Result, error) {
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		return Result{}, err
	}
	cancel := make(chan struct{})
	go func() {
		select {
		case <-abort:
		case <-cancel:
		}
	}()
	defer close(cancel)
	resp, err := c.Client.Do(req)
	if err != nil {
		return Result{}, err
	}
	defer resp.Body.Close()
	h := sha256.New()
	if _, err := io.Copy(h, resp.Body); err != nil {
		return Result{}, err
	}
	return Result{URL: url, Sum: hex.EncodeToString(h.Sum(nil)), Status: resp.StatusCode}, nil
}

// CheckAll fetches from every mirror; the first failure or mismatch aborts the others.
func (c *Checker) CheckAll(urls []string) ([]Result, error) {
	abort := make(chan struct{})
	results := make(chan Result, len(urls))
	var (
		wg       sync.WaitGroup
		mu       sync.Mutex
		firstErr error
	)
	for _, u := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			r, err := c.fetch(u, abort)
			if err == nil && r.Sum != c.Want {
				err = fmt.Errorf("%s: checksum %s, want %s", u, r.Sum, c.Want)
			}
			if err != nil {
				mu.Lock()
				if firstErr == nil {
					firstErr = err
				}
				mu.Unlock()
				close(abort)
				return
			}
			results <- r
		}(u)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var out []Result
	for r := range results {
		out = append(out, r)
	}
	mu.Lock()
	defer mu.Unlock()
	return out, firstErr
}
