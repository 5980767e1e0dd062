// Command shiftlog prints a nurse's shift log as a plain-text report: one line per entry,
// stamped with its date and time, and the total hours worked per day at the end.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"os"
	"sort"
	"strings"
	"time"
)

type Entry struct {
	Start time.Time
	End   time.Time
	Note  string
}

// parse reads lines "2024-03-07T07:00:00Z,2024-03-07T15:30:00Z,note".
func parse(path string) ([]Entry, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var entries []Entry
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		parts := strings.SplitN(sc.Text(), ",", 3)
		if len(parts) != 3 {
			continue
		}
		start, err1 := time.Parse(time.RFC3339, parts[0])
		end, err2 := time.Parse(time.RFC3339, parts[1])
		if err1 != nil || err2 != nil || !end.After(start) {
			continue
		}
		entries = append(entries, Entry{Start: start, End: end, Note: parts[2]})
	}
	return entries, sc.Err()
}

func report(entries []Entry) string {
	var b strings.Builder
	hours := make(map[string]float64)
	for _, e := range entries {
		fmt.Fprintf(&b, "%s  %s\n", e.Start.Format("YYYY-MM-DD HH:mm"), e.Note)
		hours[e.Start.Format("2006-01-02")] += e.End.Sub(e.Start).Hours()
	}
	days := make([]string, 0, len(hours))
	for d := range hours {
		days = append(days, d)
	}
	sort.Strings(days)
	for _, d := range days {
		fmt.Fprintf(&b, "%s total %.1f h\n", d, hours[d])
	}
	return b.String()
}

func main() {
	path := flag.String("log", "shifts.csv", "the shift log")
	flag.Parse()
	entries, err := parse(*path)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Print(report(entries))
}
