// Package kitchen prints order tickets for a restaurant's kitchen: the till sends orders on a
// channel and one goroutine formats and prints them, so two tickets never interleave. Stop
// asks the printer to finish and waits for it.
package kitchen

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

type Item struct {
	Name  string
	Qty   int
	Notes string
}

type Order struct {
	Table  int
	Items  []Item
	Placed time.Time
}

type Printer struct {
	out    io.Writer
	orders chan Order
	quit   chan struct{}
	wg     sync.WaitGroup

	mu      sync.Mutex
	printed int
}

func NewPrinter(out io.Writer) *Printer {
	p := &Printer{out: out, orders: make(chan Order, 32), quit: make(chan struct{})}
	p.wg.Add(1)
	go p.run()
	return p
}

// Submit queues an order for printing.
func (p *Printer) Submit(o Order) {
	p.orders <- o
}

func ticket(o Order) string {
	var b strings.Builder
	fmt.Fprintf(&b, "TABLE %d  %s\n", o.Table, o.Placed.Format("15:04"))
	for _, it := range o.Items {
		fmt.Fprintf(&b, "%2d x %s\n", it.Qty, it.Name)
		if it.Notes != "" {
			fmt.Fprintf(&b, "     (%s)\n", it.Notes)
		}
	}
	b.WriteString(strings.Repeat("-", 24) + "\n")
	return b.String()
}

func (p *Printer) print(o Order) {
	if _, err := io.WriteString(p.out, ticket(o)); err != nil {
		fmt.Printf("printer: table %d: %v\n", o.Table, err)
		return
	}
	p.mu.Lock()
	p.printed++
	p.mu.Unlock()
}

func (p *Printer) run() {
	defer p.wg.Done()
	for {
		select {
		case o := <-p.orders:
			p.print(o)
		case <-p.quit:
			fmt.Println("printer: stopping")
			break
		}
	}
}

// Printed says how many tickets have come out.
func (p *Printer) Printed() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.printed
}

// Stop tells the printer to stop and waits until it has.
func (p *Printer) Stop() {
	close(p.quit)
	p.wg.Wait()
}
