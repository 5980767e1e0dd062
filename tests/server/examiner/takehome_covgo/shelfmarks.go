// Command shelfmarks reads a library's loan records (a JSON array) and prints, for each
// branch, the shelf marks of the books that are overdue, in upper case for the label printer.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"time"
)

type Loan struct {
	Branch    string    `json:"branch"`
	ShelfMark string    `json:"shelf_mark"`
	Due       time.Time `json:"due"`
	Returned  bool      `json:"returned"`
}

func load(path string) ([]Loan, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var loans []Loan
	if err := json.Unmarshal(data, &loans); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return loans, nil
}

// overdue groups the loans not yet returned whose due date is before now by branch.
func overdue(loans []Loan, now time.Time) map[string][]Loan {
	byBranch := make(map[string][]Loan)
	for _, l := range loans {
		if !l.Returned && l.Due.Before(now) {
			byBranch[l.Branch] = append(byBranch[l.Branch], l)
		}
	}
	return byBranch
}

// labels gives the shelf marks of the loans, upper-cased and sorted, one per label.
func labels(loans []Loan) []string {
	marks := make([]string, len(loans))
	for _, l := range loans {
		marks = append(marks, strings.ToUpper(strings.TrimSpace(l.ShelfMark)))
	}
	sort.Strings(marks)
	return marks
}

func main() {
	path := flag.String("loans", "loans.json", "the loan records")
	flag.Parse()

	loans, err := load(*path)
	if err != nil {
		log.Fatal(err)
	}
	groups := overdue(loans, time.Now())
	branches := make([]string, 0, len(groups))
	for b := range groups {
		branches = append(branches, b)
	}
	sort.Strings(branches)
	for _, b := range branches {
		fmt.Printf("%s (%d overdue)\n", b, len(groups[b]))
		for _, m := range labels(groups[b]) {
			fmt.Printf("  %s\n", m)
		}
	}
}
