package main

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

// Report turns grouped log lines into CSV rows that share a header prefix.
type Report struct {
	Host   string
	Region string
	rows   [][]string
}

// columns is the fixed part every row starts with.
func (r *Report) columns() []string {
	cols := make([]string, 0, 8)
	cols = append(cols, r.Host, r.Region)
	return cols
}

// AddLines parses "level message" lines and adds one row per line.
func (r *Report) AddLines(lines []string) {
	prefix := r.columns()
	for _, line := range lines {
		level, msg, ok := strings.Cut(line, " ")
		if !ok {
			continue
		}
		row := append(prefix, strings.ToUpper(level), msg)
		r.rows = append(r.rows, row)
	}
}

// Write prints the rows as CSV.
func (r *Report) Write(w *bufio.Writer) error {
	for _, row := range r.rows {
		if _, err := fmt.Fprintln(w, strings.Join(row, ",")); err != nil {
			return err
		}
	}
	return w.Flush()
}

func main() {
	r := &Report{Host: "web-1", Region: "eu"}
	scanner := bufio.NewScanner(os.Stdin)
	var lines []string
	for scanner.Scan() {
		lines = append(lines, scanner.Text())
	}
	if err := scanner.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	r.AddLines(lines)
	if err := r.Write(bufio.NewWriter(os.Stdout)); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
