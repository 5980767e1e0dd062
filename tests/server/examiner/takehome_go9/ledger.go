// Package loyalty keeps the points members of a coffee-shop chain earn on purchases and
// spend on rewards.
package loyalty

import (
	"errors"
	"sync"
	"time"
)

var (
	ErrUnknownMember = errors.New("loyalty: unknown member")
	ErrNotEnough     = errors.New("loyalty: not enough points")
)

// PointsPerEuro is how many points a euro spent earns.
const PointsPerEuro = 10

type Entry struct {
	Member string
	Points int
	At     time.Time
	Note   string
}

type Ledger struct {
	mu      sync.Mutex
	points  map[string]int
	history []Entry
}

func NewLedger() *Ledger {
	return &Ledger{points: make(map[string]int)}
}

// Join opens an account with no points.
func (l *Ledger) Join(member string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.points[member]; !ok {
		l.points[member] = 0
	}
}

// Balance is the member's points now.
func (l *Ledger) Balance(member string) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	p, ok := l.points[member]
	if !ok {
		return 0, ErrUnknownMember
	}
	return p, nil
}

// Earn credits the points for a purchase of cents euro cents.
func (l *Ledger) Earn(member string, cents int64) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if _, ok := l.points[member]; !ok {
		return ErrUnknownMember
	}
	earned := int(cents * PointsPerEuro / 100)
	l.points[member] += earned
	l.history = append(l.history, Entry{Member: member, Points: earned, At: time.Now(), Note: "purchase"})
	return nil
}

// Redeem spends cost points on a reward.
func (l *Ledger) Redeem(member string, cost int, reward string) error {
	l.mu.Lock()
	defer l.mu.Unlock()
	have, err := l.Balance(member)
	if err != nil {
		return err
	}
	if have < cost {
		return ErrNotEnough
	}
	l.points[member] = have - cost
	l.history = append(l.history, Entry{Member: member, Points: -cost, At: time.Now(), Note: reward})
	return nil
}

// History is a copy of the member's entries, oldest first.
func (l *Ledger) History(member string) []Entry {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []Entry
	for _, e := range l.history {
		if e.Member == member {
			out = append(out, e)
		}
	}
	return out
}
