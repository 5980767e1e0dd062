package main

import (
	"fmt"
	"sort"
)

type Score struct {
	Player string
	Points int
}

// Leaderboard keeps every score submitted, best first.
type Leaderboard struct {
	scores []Score
}

func (l *Leaderboard) Submit(s Score) {
	l.scores = append(l.scores, s)
	sort.Slice(l.scores, func(i, j int) bool { return l.scores[i].Points > l.scores[j].Points })
}

// Podium returns the top three plus a "wildcard" entry for the caller to show.
func (l *Leaderboard) Podium(wildcard Score) []Score {
	n := 3
	if len(l.scores) < n {
		n = len(l.scores)
	}
	top := l.scores[:n]
	top = append(top, wildcard)
	return top
}

// Rank returns the 1-based position of a player, or 0.
func (l *Leaderboard) Rank(player string) int {
	for i, s := range l.scores {
		if s.Player == player {
			return i + 1
		}
	}
	return 0
}

func main() {
	lb := &Leaderboard{}
	for i, name := range []string{"ann", "bob", "cy", "dee", "eve", "fay"} {
		lb.Submit(Score{Player: name, Points: (i * 37) % 100})
	}
	for _, s := range lb.Podium(Score{Player: "guest", Points: 0}) {
		fmt.Println(s.Player, s.Points)
	}
	fmt.Println("eve is", lb.Rank("eve"))
	fmt.Println("fay is", lb.Rank("fay"))
}
