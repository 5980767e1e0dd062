package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"sync"
)

// countFiles counts the words of every file, one goroutine per file.
func countFiles(paths []string) (map[string]int, []error) {
	counts := map[string]int{}
	var errs []error
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, p := range paths {
		wg.Add(1)
		go func(p string) {
			defer wg.Done()
			f, err := os.Open(p)
			if err != nil {
				mu.Lock()
				errs = append(errs, err)
				mu.Unlock()
				return
			}
			defer f.Close()
			sc := bufio.NewScanner(f)
			sc.Split(bufio.ScanWords)
			for sc.Scan() {
				counts[strings.ToLower(sc.Text())]++
			}
		}(p)
	}
	wg.Wait()
	return counts, errs
}

// top returns the n most frequent words, most frequent first.
func top(counts map[string]int, n int) []string {
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > n {
		words = words[:n]
	}
	return words
}

func main() {
	counts, errs := countFiles(os.Args[1:])
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, err)
	}
	for _, w := range top(counts, 10) {
		fmt.Printf("%-15s %d\n", w, counts[w])
	}
}
