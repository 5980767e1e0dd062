// Package garage tracks free bays on each level of a multi-storey car park, fed by the
// entry and exit barriers and read by the signs at the gate.
package garage

import (
	"errors"
	"fmt"
	"sort"
	"sync"
)

var ErrFull = errors.New("garage: level full")

type Level struct {
	Name     string
	Capacity int
	Parked   int
}

type Garage struct {
	mu     sync.RWMutex
	levels map[string]*Level
}

func New(levels []Level) *Garage {
	g := &Garage{levels: make(map[string]*Level, len(levels))}
	for i := range levels {
		l := levels[i]
		g.levels[l.Name] = &l
	}
	return g
}

// Free is the number of empty bays on one level, shown on that level's sign.
func (g *Garage) Free(name string) int {
	g.mu.RLock()
	defer g.mu.RUnlock()
	l, ok := g.levels[name]
	if !ok {
		return 0
	}
	return l.Capacity - l.Parked
}

// Enter records a car taking a bay on the level, called by the entry barrier.
func (g *Garage) Enter(name string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	l, ok := g.levels[name]
	if !ok {
		return fmt.Errorf("garage: no level %q", name)
	}
	if l.Parked >= l.Capacity {
		return ErrFull
	}
	l.Parked++
	return nil
}

// Leave records a car leaving the level, called by the exit barrier.
func (g *Garage) Leave(name string) error {
	g.mu.Lock()
	defer g.mu.Unlock()
	l, ok := g.levels[name]
	if !ok {
		return fmt.Errorf("garage: no level %q", name)
	}
	if l.Parked > 0 {
		l.Parked--
	}
	return nil
}

// Board is the text of the sign at the gate: each level with its free bays, in name order.
func (g *Garage) Board() []string {
	g.mu.RLock()
	defer g.mu.RUnlock()
	names := make([]string, 0, len(g.levels))
	for name := range g.levels {
		names = append(names, name)
	}
	sort.Strings(names)
	lines := make([]string, 0, len(names))
	for _, name := range names {
		lines = append(lines, fmt.Sprintf("%s: %d free", name, g.Free(name)))
	}
	return lines
}

// Total is the number of free bays in the whole garage.
func (g *Garage) Total() int {
	g.mu.RLock()
	defer g.mu.RUnlock()
	total := 0
	for _, l := range g.levels {
		total += l.Capacity - l.Parked
	}
	return total
}
