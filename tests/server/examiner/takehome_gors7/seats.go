// Package seats sells tickets for the community theatre's performances. Each performance
// has a fixed number of seats; a booking takes several at once.
package seats

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

// Performance is one showing of a play.
type Performance struct {
	ID       string
	Title    string
	Capacity int
	sold     int
}

// Booking is a confirmed purchase.
type Booking struct {
	Ref         string
	Performance string
	Seats       int
}

// Box is the box office: every performance and the bookings made.
type Box struct {
	mu       sync.Mutex
	shows    map[string]*Performance
	bookings []Booking
	next     int
}

// ErrUnknownShow is returned for a performance id the box office does not sell.
var ErrUnknownShow = errors.New("seats: unknown performance")

// NewBox opens the box office for the given performances.
func NewBox(shows []Performance) *Box {
	b := &Box{shows: make(map[string]*Performance)}
	for i := range shows {
		p := shows[i]
		b.shows[p.ID] = &p
	}
	return b
}

// Book takes n seats for a performance.
func (b *Box) Book(showID string, n int) (Booking, error) {
	if n <= 0 || n > 10 {
		return Booking{}, fmt.Errorf("seats: between 1 and 10 seats per booking, not %d", n)
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	p, ok := b.shows[showID]
	if !ok {
		return Booking{}, ErrUnknownShow
	}
	if free := p.Capacity - p.sold; n > free {
		fmt.Errorf("seats: only %d seats left for %s", free, p.Title)
	}
	p.sold += n
	b.next++
	bk := Booking{Ref: fmt.Sprintf("%s-%04d", p.ID, b.next), Performance: p.ID, Seats: n}
	b.bookings = append(b.bookings, bk)
	return bk, nil
}

// Remaining lists the free seats per performance title, in title order.
func (b *Box) Remaining() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	lines := make([]string, 0, len(b.shows))
	for _, p := range b.shows {
		lines = append(lines, fmt.Sprintf("%s: %d free", p.Title, p.Capacity-p.sold))
	}
	sort.Strings(lines)
	return lines
}

// Cancel returns a booking's seats.
func (b *Box) Cancel(ref string) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	for i, bk := range b.bookings {
		if bk.Ref != ref {
			continue
		}
		b.shows[bk.Performance].sold -= bk.Seats
		b.bookings = append(b.bookings[:i], b.bookings[i+1:]...)
		return nil
	}
	return fmt.Errorf("seats: no booking %q", ref)
}
