import sys; sys.path.insert(0, "/work/heldout/tools")
from lib import add

add("go-01", "go", "checker/checker.go", r'''
package checker

import (
	"context"
	"net/http"
	"sync"
	"time"
)

type Result struct {
	URL     string
	Status  int
	Latency time.Duration
	Err     error
}

type Checker struct {
	Client  *http.Client
	Workers int
}

func (c *Checker) checkOne(ctx context.Context, url string) Result {
	start := time.Now()
	req, err := http.NewRequestWithContext(ctx, http.MethodHead, url, nil)
	if err != nil {
		return Result{URL: url, Err: err}
	}
	resp, err := c.Client.Do(req)
	if err != nil {
		return Result{URL: url, Err: err, Latency: time.Since(start)}
	}
	defer resp.Body.Close()
	return Result{URL: url, Status: resp.StatusCode, Latency: time.Since(start)}
}

// CheckAll checks every URL using c.Workers goroutines and returns results keyed by URL.
func (c *Checker) CheckAll(ctx context.Context, urls []string) map[string]Result {
	results := make(map[string]Result, len(urls))
	jobs := make(chan string)
	var wg sync.WaitGroup

	workers := c.Workers
	if workers < 1 {
		workers = 4
	}
	for i := 0; i < workers; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for url := range jobs {
				r := c.checkOne(ctx, url)
				results[url] = r
			}
		}(i)
	}

	for _, u := range urls {
		select {
		case jobs <- u:
		case <-ctx.Done():
		}
	}
	close(jobs)
	wg.Wait()
	return results
}
''', ("concurrency", "results[url] = r", "CheckAll",
      "Several worker goroutines write to the shared `results` map concurrently without a mutex, which is a data race and can crash with 'concurrent map writes'."),
 ["`defer resp.Body.Close()` in `checkOne` is after the error check and not in a loop, so the body is closed correctly.",
  "The goroutine takes `i` as a parameter (`id`), so there is no loop-variable capture problem.",
  "`wg.Add(1)` is called before starting each goroutine and `wg.Wait()` happens after `close(jobs)`, so the WaitGroup usage is correct.",
  "`r` is a per-iteration local in each worker, not shared."])

add("go-02", "go", "cmd/wordcount/main.go", r'''
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type entry struct {
	word  string
	count int
}

func countFile(path string, counts map[string]int) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		w := strings.ToLower(strings.Trim(sc.Text(), ".,;:!?\"'()"))
		if w != "" {
			counts[w]++
		}
	}
	return sc.Err()
}

func countDir(dir string) (map[string]int, error) {
	counts := make(map[string]int)
	paths, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("open %s: %w", p, err)
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return nil, err
		}
		if info.Size() == 0 {
			continue
		}
		if err := countFile(p, counts); err != nil {
			return nil, err
		}
	}
	return counts, nil
}

func top(counts map[string]int, n int) []entry {
	out := make([]entry, 0, len(counts))
	for w, c := range counts {
		out = append(out, entry{w, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].count != out[j].count {
			return out[i].count > out[j].count
		}
		return out[i].word < out[j].word
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

func main() {
	dir := flag.String("dir", ".", "directory of .txt files")
	n := flag.Int("n", 20, "how many words to print")
	flag.Parse()
	counts, err := countDir(*dir)
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	for _, e := range top(counts, *n) {
		fmt.Printf("%7d %s\n", e.count, e.word)
	}
}
''', ("resources", "		defer f.Close()", "countDir",
      "`defer f.Close()` inside the loop in `countDir` only runs when the function returns, so every file stays open until the end and a large directory exhausts file descriptors."),
 ["`defer f.Close()` in `countFile` is fine: it is once per function call, not inside a loop.",
  "`counts[w]++` on a missing key works because the zero value is 0.",
  "`sort.Slice` with a tie-break on the word gives a deterministic order.",
  "`out[:n]` is guarded by `len(out) > n`, so there is no out-of-range slice."])
