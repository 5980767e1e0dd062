// Package gradebook imports exam scores exported by the school's marking system, one
// "student id,score" line per student, and sums them up per class.
package gradebook

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

type Score struct {
	Student string
	Points  int
}

type Summary struct {
	Count   int
	Highest Score
	Mean    float64
}

// Load reads the export at path. Blank lines and lines starting with '#' are skipped; a line
// that is not "id,points" is an error naming its line number.
func Load(path string) ([]Score, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()

	var scores []Score
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		id, pts, ok := strings.Cut(text, ",")
		if !ok {
			return nil, fmt.Errorf("%s:%d: want id,points", path, line)
		}
		n, err := strconv.Atoi(strings.TrimSpace(pts))
		if err != nil {
			return nil, fmt.Errorf("%s:%d: points: %w", path, line, err)
		}
		scores = append(scores, Score{Student: strings.TrimSpace(id), Points: n})
	}
	return scores, nil
}

// Summarise is the count, the best score and the mean; ok is false for no scores.
func Summarise(scores []Score) (s Summary, ok bool) {
	if len(scores) == 0 {
		return Summary{}, false
	}
	total := 0
	s.Highest = scores[0]
	for _, sc := range scores {
		total += sc.Points
		if sc.Points > s.Highest.Points {
			s.Highest = sc
		}
	}
	s.Count = len(scores)
	s.Mean = float64(total) / float64(s.Count)
	return s, true
}

// Ranked is the scores best first, ties by student id.
func Ranked(scores []Score) []Score {
	out := append([]Score(nil), scores...)
	sort.Slice(out, func(i, j int) bool {
		if out[i].Points != out[j].Points {
			return out[i].Points > out[j].Points
		}
		return out[i].Student < out[j].Student
	})
	return out
}
