package main

import (
	"fmt"
	"time"
)

type Slot struct {
	Chair int
	Start time.Time
	Donor string
}

type Notice struct {
	Donor string
	Moved time.Time
}

type Session struct {
	Slots []Slot
}

// Delay moves every booked slot from `from` on by `by` and says who must be told.
func (s *Session) Delay(from time.Time, by time.Duration) []Notice {
	before := make([]Slot, len(s.Slots))
	copy(before, s.Slots)
	for i := range s.Slots {
		if !s.Slots[i].Start.Before(from) {
			s.Slots[i].Start = s.Slots[i].Start.Add(by)
		}
	}
	var notices []Notice
	for i, old := range before {
		if old.Donor != "" && !old.Start.Equal(s.Slots[i].Start) {
			notices = append(notices, Notice{old.Donor, s.Slots[i].Start})
		}
	}
	return notices
}

func main() {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	s := &Session{Slots: []Slot{{1, t0, "Ana"}, {1, t0.Add(30 * time.Minute), "Bo"}}}
	for _, n := range s.Delay(t0, 15*time.Minute) {
		fmt.Println(n.Donor, n.Moved.Format("15:04"))
	}
}
