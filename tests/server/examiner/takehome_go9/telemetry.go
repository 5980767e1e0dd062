// Package telemetry collects readings from greenhouse sensors and raises an alert when a
// sensor has gone quiet for too long.
package telemetry

import (
	"log"
	"sync"
	"time"
)

// Quiet is how long the collector waits for any reading before it reports the feed as stale.
const Quiet = 2 * time.Minute

type Reading struct {
	Sensor string
	Value  float64
	At     time.Time
}

type Alerter interface {
	Alert(msg string)
}

type Collector struct {
	mu     sync.Mutex
	latest map[string]Reading
	count  int
	alerts Alerter
}

func NewCollector(a Alerter) *Collector {
	return &Collector{latest: make(map[string]Reading), alerts: a}
}

func (c *Collector) record(r Reading) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.latest[r.Sensor] = r
	c.count++
}

// Latest is the newest reading of a sensor.
func (c *Collector) Latest(sensor string) (Reading, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	r, ok := c.latest[sensor]
	return r, ok
}

// Count is how many readings have been recorded.
func (c *Collector) Count() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.count
}

// Run records readings until the feed is closed, and alerts each time no reading has come
// for Quiet. Sensors report several times a second, so the loop is busy.
func (c *Collector) Run(feed <-chan Reading) {
	for {
		select {
		case r, ok := <-feed:
			if !ok {
				log.Printf("telemetry: feed closed after %d readings", c.Count())
				return
			}
			c.record(r)
		case <-time.After(Quiet):
			c.alerts.Alert("no sensor readings for " + Quiet.String())
		}
	}
}

// Stale lists the sensors whose last reading is older than max.
func (c *Collector) Stale(max time.Duration, now time.Time) []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for name, r := range c.latest {
		if now.Sub(r.At) > max {
			out = append(out, name)
		}
	}
	return out
}
