// Package main checks a day's room bookings, read as JSON, for two that start at once in
// the same room, and prints each clash.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"time"
)

type Booking struct {
	ID    string    `json:"id"`
	Room  string    `json:"room"`
	Owner string    `json:"owner"`
	Start time.Time `json:"start"`
	End   time.Time `json:"end"`
}

type Clash struct {
	First, Second string
	Room          string
}

func load(path string) ([]Booking, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var bs []Booking
	if err := json.NewDecoder(f).Decode(&bs); err != nil {
		return nil, fmt.Errorf("decode %s: %w", path, err)
	}
	return bs, nil
}

func sameStart(a, b Booking) bool {
	return a.Room == b.Room && a.Start == b.Start
}

func clashes(bs []Booking) []Clash {
	byRoom := map[string][]Booking{}
	for _, b := range bs {
		byRoom[b.Room] = append(byRoom[b.Room], b)
	}
	var out []Clash
	for room, list := range byRoom {
		for i := 0; i < len(list); i++ {
			for j := i + 1; j < len(list); j++ {
				if sameStart(list[i], list[j]) {
					out = append(out, Clash{list[i].ID, list[j].ID, room})
				}
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].First < out[j].First })
	return out
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: booking_clash FILE")
		os.Exit(2)
	}
	bs, err := load(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, c := range clashes(bs) {
		fmt.Printf("%s: %s and %s start together\n", c.Room, c.First, c.Second)
	}
}
