package main

import (
	"fmt"
	"io"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Crawler fetches pages and remembers each page's size.
type Crawler struct {
	client *http.Client
	sizes  map[string]int
	errs   []error
	mu     sync.Mutex
}

func NewCrawler() *Crawler {
	return &Crawler{client: &http.Client{Timeout: 10 * time.Second}, sizes: map[string]int{}}
}

func (c *Crawler) record(url string, n int) {
	c.sizes[url] = n
}

func (c *Crawler) fail(err error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.errs = append(c.errs, err)
}

func (c *Crawler) fetch(url string) {
	resp, err := c.client.Get(url)
	if err != nil {
		c.fail(err)
		return
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		c.fail(err)
		return
	}
	c.record(url, len(body))
}

// CrawlAll fetches every url at once and waits for all of them.
func (c *Crawler) CrawlAll(urls []string) map[string]int {
	var wg sync.WaitGroup
	for _, u := range urls {
		wg.Add(1)
		go func(u string) {
			defer wg.Done()
			c.fetch(u)
		}(u)
	}
	wg.Wait()
	return c.sizes
}

func main() {
	c := NewCrawler()
	sizes := c.CrawlAll([]string{"https://example.com", "https://example.org", "https://example.net"})
	for u, n := range sizes {
		fmt.Println(u, n)
	}
	fmt.Println(strings.Repeat("-", 20), len(c.errs), "errors")
}
