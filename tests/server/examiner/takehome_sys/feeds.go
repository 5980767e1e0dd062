package main

import (
	"fmt"
	"math/rand"
	"sync"
	"time"
)

// Price is one quote from a feed.
type Price struct {
	Symbol string
	Value  float64
}

// Book keeps the last price per symbol.
type Book struct {
	last map[string]float64
}

func (b *Book) Apply(p Price) {
	b.last[p.Symbol] = p.Value
}

func (b *Book) Get(sym string) (float64, bool) {
	v, ok := b.last[sym]
	return v, ok
}

func feed(name string, syms []string, out chan<- Price, n int) {
	for i := 0; i < n; i++ {
		out <- Price{Symbol: syms[rand.Intn(len(syms))], Value: rand.Float64() * 100}
		time.Sleep(time.Millisecond)
	}
	close(out)
}

// Run starts one consumer per feed; each applies its feed's prices to the shared book.
func Run(book *Book, feeds map[string][]string) {
	var wg sync.WaitGroup
	for name, syms := range feeds {
		ch := make(chan Price)
		go feed(name, syms, ch, 50)
		wg.Add(1)
		go func(ch <-chan Price) {
			defer wg.Done()
			for p := range ch {
				book.Apply(p)
			}
		}(ch)
	}
	wg.Wait()
}

func main() {
	book := &Book{last: make(map[string]float64)}
	Run(book, map[string][]string{
		"nyse":   {"IBM", "GE", "KO"},
		"nasdaq": {"AAPL", "MSFT", "GOOG"},
		"lse":    {"BP", "KO", "IBM"},
	})
	for _, s := range []string{"IBM", "KO", "AAPL"} {
		if v, ok := book.Get(s); ok {
			fmt.Printf("%s %.2f\n", s, v)
		}
	}
}
