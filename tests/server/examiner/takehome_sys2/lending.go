package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type Loan struct {
	Member string
	Title  string
	Due    time.Time
}

// Desk records the loans of a small library; the scanners at each counter share it.
type Desk struct {
	mu    sync.Mutex
	loans map[string]Loan
}

func NewDesk() *Desk {
	return &Desk{loans: make(map[string]Loan)}
}

func (d *Desk) Lend(barcode, member, title string, days int) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.loans[barcode] = Loan{Member: member, Title: title, Due: time.Now().AddDate(0, 0, days)}
}

func (d *Desk) Return(barcode string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	if _, ok := d.loans[barcode]; !ok {
		return false
	}
	delete(d.loans, barcode)
	return true
}

// Overdue lists the loans past their due date, oldest first.
func (d *Desk) Overdue(now time.Time) []Loan {
	var late []Loan
	for _, l := range d.loans {
		if l.Due.Before(now) {
			late = append(late, l)
		}
	}
	sort.Slice(late, func(i, j int) bool { return late[i].Due.Before(late[j].Due) })
	return late
}

func main() {
	desk := NewDesk()
	var wg sync.WaitGroup
	for counter := 0; counter < 3; counter++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			for i := 0; i < 50; i++ {
				code := fmt.Sprintf("B%d-%03d", c, i)
				desk.Lend(code, fmt.Sprintf("m%d", i%7), "Title "+code, i%20-10)
				if i%4 == 0 {
					desk.Return(code)
				}
			}
		}(counter)
	}
	go func() {
		for i := 0; i < 10; i++ {
			fmt.Println("overdue now:", len(desk.Overdue(time.Now())))
			time.Sleep(10 * time.Millisecond)
		}
	}()
	wg.Wait()
}
