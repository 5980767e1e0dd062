// Package jobs tracks the state of background export jobs for the admin dashboard.
package jobs

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// Status is where a job is in its life.
type Status int

const (
	Queued Status = iota + 1
	Running
	Done
	Failed
)

var statusNames = map[Status]string{
	Queued:  "queued",
	Running: "running",
	Done:    "done",
	Failed:  "failed",
}

// Job is one export requested by a user.
type Job struct {
	ID       string
	Owner    string
	Status   Status
	Started  time.Time
	Finished time.Time
}

// String names the status for the dashboard and the logs.
func (s Status) String() string {
	if name, ok := statusNames[s]; ok {
		return name
	}
	return fmt.Sprintf("Status(%v)", s)
}

// Board keeps the jobs in memory; the dashboard polls it.
type Board struct {
	mu   sync.Mutex
	jobs map[string]*Job
}

// NewBoard makes an empty board.
func NewBoard() *Board {
	return &Board{jobs: make(map[string]*Job)}
}

// Add queues a new job.
func (b *Board) Add(id, owner string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.jobs[id] = &Job{ID: id, Owner: owner, Status: Queued}
}

// Move sets a job's status, stamping the start and finish times.
func (b *Board) Move(id string, to Status, now time.Time) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	j, ok := b.jobs[id]
	if !ok {
		return fmt.Errorf("jobs: no job %q", id)
	}
	switch to {
	case Running:
		j.Started = now
	case Done, Failed:
		j.Finished = now
	}
	j.Status = to
	return nil
}

// Summary is one line per job, oldest first, as the dashboard shows it.
func (b *Board) Summary() []string {
	b.mu.Lock()
	defer b.mu.Unlock()
	list := make([]*Job, 0, len(b.jobs))
	for _, j := range b.jobs {
		list = append(list, j)
	}
	sort.Slice(list, func(i, k int) bool { return list[i].ID < list[k].ID })
	lines := make([]string, 0, len(list))
	for _, j := range list {
		lines = append(lines, fmt.Sprintf("%s (%s): %s", j.ID, j.Owner, j.Status))
	}
	return lines
}
