package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

type Job struct {
	ID     int
	Values []string
}

type Result struct {
	ID  int
	Sum int
	Err error
}

func parseJob(line string) (Job, error) {
	fields := strings.Fields(line)
	if len(fields) < 2 {
		return Job{}, fmt.Errorf("job line %q has no values", line)
	}
	id, err := strconv.Atoi(fields[0])
	if err != nil {
		return Job{}, fmt.Errorf("job id %q: %w", fields[0], err)
	}
	return Job{ID: id, Values: fields[1:]}, nil
}

func sum(j Job) (int, error) {
	total := 0
	for _, v := range j.Values {
		n, err := strconv.Atoi(v)
		if err != nil {
			return 0, fmt.Errorf("job %d value %q: %w", j.ID, v, err)
		}
		total += n
	}
	return total, nil
}

func runJob(j Job) (res Result) {
	res.ID = j.ID
	defer func() {
		recover()
	}()
	res.Sum, res.Err = sum(j)
	return res
}

func runAll(jobs []Job, workers int) []Result {
	results := make([]Result, len(jobs))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				results[i] = runJob(jobs[i])
			}
		}()
	}
	for i := range jobs {
		next <- i
	}
	close(next)
	wg.Wait()
	return results
}

func main() {
	var jobs []Job
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		j, err := parseJob(sc.Text())
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		jobs = append(jobs, j)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, r := range runAll(jobs, 4) {
		if r.Err != nil {
			fmt.Printf("job %d failed: %v\n", r.ID, r.Err)
			continue
		}
		fmt.Printf("job %d: %d\n", r.ID, r.Sum)
	}
}
