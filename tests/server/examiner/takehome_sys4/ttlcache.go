// Package ttlcache keeps rendered pages for a while so the site does not render them on every
// request. Its settings come from the service's JSON config file.
package ttlcache

import (
	"encoding/json"
	"fmt"
	"os"
	"sync"
	"time"
)

// Config is read from the "cache" section of config.json.
type Config struct {
	TTLSeconds   int `json:"ttl_seconds"`
	SweepSeconds int `json:"sweep_seconds"`
	MaxEntries   int `json:"max_entries"`
}

type entry struct {
	body    []byte
	expires time.Time
}

type Cache struct {
	mu      sync.Mutex
	cfg     Config
	entries map[string]entry
	stop    chan struct{}
}

func LoadConfig(path string) (Config, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Config{}, fmt.Errorf("read cache config: %w", err)
	}
	cfg := Config{TTLSeconds: 60, SweepSeconds: 30, MaxEntries: 1000}
	if err := json.Unmarshal(raw, &cfg); err != nil {
		return Config{}, fmt.Errorf("parse cache config: %w", err)
	}
	return cfg, nil
}

func New(cfg Config) *Cache {
	c := &Cache{cfg: cfg, entries: make(map[string]entry), stop: make(chan struct{})}
	go c.sweepEvery(time.Duration(cfg.SweepSeconds) * time.Second)
	return c
}

func (c *Cache) Get(key string) ([]byte, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.entries[key]
	if !ok || time.Now().After(e.expires) {
		return nil, false
	}
	return e.body, true
}

func (c *Cache) Put(key string, body []byte) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if len(c.entries) >= c.cfg.MaxEntries {
		return
	}
	c.entries[key] = entry{body: body, expires: time.Now().Add(time.Duration(c.cfg.TTLSeconds))}
}

func (c *Cache) Close() {
	close(c.stop)
}

func (c *Cache) sweepEvery(every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case now := <-t.C:
			c.sweep(now)
		}
	}
}

func (c *Cache) sweep(now time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	for key, e := range c.entries {
		if now.After(e.expires) {
			delete(c.entries, key)
		}
	}
}
