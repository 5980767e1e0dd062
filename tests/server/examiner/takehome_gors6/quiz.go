// Package quiz runs the pub-quiz app's rounds: a round is a list of questions asked in order,
// and each team's answers are scored as they come in.
package quiz

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Question is one multiple-choice question.
type Question struct {
	Text    string
	Choices []string
	Correct int // index into Choices
	Points  int
}

// ErrFinished is returned once every question of the round has been answered.
var ErrFinished = errors.New("quiz: round finished")

// Round is one team's progress through a round.
type Round struct {
	Team      string
	Questions []Question
	current   int
	score     int
}

// NewRound starts a team on a round.
func NewRound(team string, questions []Question) (*Round, error) {
	if len(questions) == 0 {
		return nil, errors.New("quiz: a round needs questions")
	}
	for i, q := range questions {
		if q.Correct < 0 || q.Correct >= len(q.Choices) {
			return nil, fmt.Errorf("quiz: question %d has no choice %d", i+1, q.Correct)
		}
	}
	return &Round{Team: team, Questions: questions}, nil
}

// Current is the question the team is looking at.
func (r *Round) Current() (Question, error) {
	if r.current >= len(r.Questions) {
		return Question{}, ErrFinished
	}
	return r.Questions[r.current], nil
}

// Answer scores the team's choice for the current question and moves to the next one.
func (r Round) Answer(choice int) (bool, error) {
	if r.current >= len(r.Questions) {
		return false, ErrFinished
	}
	q := r.Questions[r.current]
	r.current++
	if choice == q.Correct {
		r.score += q.Points
		return true, nil
	}
	return false, nil
}

// Score is the team's points so far.
func (r *Round) Score() int {
	return r.score
}

// Board prints the teams' scores, best first, for the projector.
func Board(rounds []*Round) string {
	var b strings.Builder
	ordered := make([]*Round, len(rounds))
	copy(ordered, rounds)
	sort.SliceStable(ordered, func(i, j int) bool { return ordered[i].score > ordered[j].score })
	for i, r := range ordered {
		fmt.Fprintf(&b, "%d. %s: %d\n", i+1, r.Team, r.score)
	}
	return b.String()
}
