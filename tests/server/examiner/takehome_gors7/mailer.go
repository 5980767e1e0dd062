// Package mailer sends the shop's order e-mails in the background: handlers queue a message
// and a single worker hands it to the SMTP relay, keeping counts for the status page.
package mailer

import (
	"errors"
	"log"
	"sync"
	"time"
)

// Message is one e-mail to send.
type Message struct {
	To      string
	Subject string
	Body    string
}

// Sender delivers one message; the real one talks to the SMTP relay.
type Sender interface {
	Send(m Message) error
}

// Stats is what the status page shows.
type Stats struct {
	Queued int
	Sent   int
	Failed int
	Last   time.Time
}

// Outbox queues messages for its worker.
type Outbox struct {
	mu     sync.Mutex
	queue  chan Message
	stats  Stats
	closed bool
	sender Sender
}

// ErrClosed is returned once the outbox has been shut down.
var ErrClosed = errors.New("mailer: outbox closed")

// New starts an outbox and its worker.
func New(s Sender) *Outbox {
	o := &Outbox{queue: make(chan Message), sender: s}
	go o.work()
	return o
}

// Enqueue queues a message for sending.
func (o *Outbox) Enqueue(m Message) error {
	if m.To == "" {
		return errors.New("mailer: no recipient")
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.closed {
		return ErrClosed
	}
	o.stats.Queued++
	o.queue <- m
	return nil
}

func (o *Outbox) work() {
	for m := range o.queue {
		err := o.sender.Send(m)
		o.mu.Lock()
		o.stats.Queued--
		if err != nil {
			o.stats.Failed++
			log.Printf("mailer: %s: %v", m.To, err)
		} else {
			o.stats.Sent++
			o.stats.Last = time.Now()
		}
		o.mu.Unlock()
	}
}

// Snapshot is a copy of the counts for the status page.
func (o *Outbox) Snapshot() Stats {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.stats
}

// Close stops accepting messages; the worker ends once the queue is drained.
func (o *Outbox) Close() {
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.closed {
		o.closed = true
		close(o.queue)
	}
}
