package main

import (
	"fmt"
	"os"
	"strings"
	"time"
)

// Stats counts words as lines arrive and prints a running summary.
type Stats struct {
	counts map[string]int
	lines  chan string
	done   chan struct{}
}

func NewStats() *Stats {
	return &Stats{counts: map[string]int{}, lines: make(chan string, 64), done: make(chan struct{})}
}

// Start counts in the background until the lines channel is closed.
func (s *Stats) Start() {
	go func() {
		for line := range s.lines {
			for _, w := range strings.Fields(strings.ToLower(line)) {
				s.counts[w]++
			}
		}
		close(s.done)
	}()
}

// Top reports how many distinct words have been seen so far.
func (s *Stats) Top() int {
	return len(s.counts)
}

func (s *Stats) Lookup(w string) int {
	return s.counts[w]
}

func main() {
	s := NewStats()
	s.Start()
	ticker := time.NewTicker(50 * time.Millisecond)
	defer ticker.Stop()
	text := []string{"the cat sat", "on the mat", "the end"}
	for i := 0; i < 30; i++ {
		s.lines <- text[i%len(text)]
		select {
		case <-ticker.C:
			fmt.Println("distinct so far:", s.Top(), "the:", s.Lookup("the"))
		default:
		}
	}
	close(s.lines)
	<-s.done
	fmt.Fprintln(os.Stdout, "final:", s.Top())
}
