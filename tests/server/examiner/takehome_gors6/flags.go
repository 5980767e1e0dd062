// Package flags reads feature flags: built-in defaults, overridden by a JSON file that
// operations can edit without a deploy.
package flags

import (
	"encoding/json"
	"log"
	"os"
	"strconv"
	"sync"
)

var defaults = map[string]string{
	"checkout.new_flow":  "false",
	"search.max_results": "50",
	"export.enabled":     "true",
}

// Flags is a read-mostly set of flags shared by every request.
type Flags struct {
	mu     sync.RWMutex
	values map[string]string
}

// Load starts from the defaults and applies the overrides in path, if the file exists.
func Load(path string) *Flags {
	f := &Flags{values: make(map[string]string, len(defaults))}
	for k, v := range defaults {
		f.values[k] = v
	}
	f.apply(path)
	return f
}

func (f *Flags) apply(path string) {
	data, err := os.ReadFile(path)
	if os.IsNotExist(err) {
		return
	}
	if err != nil {
		log.Printf("flags: reading %s: %v (keeping defaults)", path, err)
		return
	}
	overrides := map[string]string{}
	if err := json.Unmarshal(data, overrides); err != nil {
		log.Printf("flags: parsing %s: %v (keeping defaults)", path, err)
		return
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	for k, v := range overrides {
		f.values[k] = v
	}
}

// Reload applies the file again; operations send SIGHUP after editing it.
func (f *Flags) Reload(path string) {
	f.apply(path)
}

// Bool reads a flag as a boolean; an unknown or malformed flag is false.
func (f *Flags) Bool(name string) bool {
	f.mu.RLock()
	defer f.mu.RUnlock()
	b, err := strconv.ParseBool(f.values[name])
	return err == nil && b
}

// Int reads a flag as an integer, or gives fallback when it is unknown or malformed.
func (f *Flags) Int(name string, fallback int) int {
	f.mu.RLock()
	defer f.mu.RUnlock()
	n, err := strconv.Atoi(f.values[name])
	if err != nil {
		return fallback
	}
	return n
}

// Snapshot copies every flag, for the admin page.
func (f *Flags) Snapshot() map[string]string {
	f.mu.RLock()
	defer f.mu.RUnlock()
	out := make(map[string]string, len(f.values))
	for k, v := range f.values {
		out[k] = v
	}
	return out
}
