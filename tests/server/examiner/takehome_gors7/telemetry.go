// Package telemetry receives batches of sensor readings from the field gateways. A gateway
// posts a gzip-compressed JSON array; readings are checked and appended to the day's store.
package telemetry

import (
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"time"
)

// maxUpload caps what a gateway may post in one request.
const maxUpload = 2 << 20

// Reading is one measurement from one sensor.
type Reading struct {
	Sensor string    `json:"sensor"`
	At     time.Time `json:"at"`
	Value  float64   `json:"value"`
	Unit   string    `json:"unit"`
}

// Store keeps the readings received so far, per sensor.
type Store struct {
	mu       sync.Mutex
	readings map[string][]Reading
}

// NewStore makes an empty store.
func NewStore() *Store {
	return &Store{readings: make(map[string][]Reading)}
}

func (s *Store) add(batch []Reading) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, r := range batch {
		s.readings[r.Sensor] = append(s.readings[r.Sensor], r)
	}
}

// Count is how many readings a sensor has sent.
func (s *Store) Count(sensor string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.readings[sensor])
}

func validate(batch []Reading) error {
	if len(batch) == 0 {
		return errors.New("empty batch")
	}
	for i, r := range batch {
		if r.Sensor == "" {
			return fmt.Errorf("reading %d: no sensor", i)
		}
		if r.At.IsZero() || r.At.After(time.Now().Add(time.Minute)) {
			return fmt.Errorf("reading %d: bad timestamp", i)
		}
		switch r.Unit {
		case "C", "hPa", "%":
		default:
			return fmt.Errorf("reading %d: unknown unit %q", i, r.Unit)
		}
	}
	return nil
}

// Ingest is the handler gateways post their batches to.
func (s *Store) Ingest(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		http.Error(w, "POST only", http.StatusMethodNotAllowed)
		return
	}
	if r.Header.Get("Content-Encoding") != "gzip" {
		http.Error(w, "gzip body expected", http.StatusUnsupportedMediaType)
		return
	}
	body := http.MaxBytesReader(w, r.Body, maxUpload)
	defer body.Close()

	zr, err := gzip.NewReader(body)
	if err != nil {
		http.Error(w, "bad gzip stream", http.StatusBadRequest)
		return
	}
	defer zr.Close()
	raw, err := io.ReadAll(zr)
	if err != nil {
		http.Error(w, "could not read batch", http.StatusBadRequest)
		return
	}

	var batch []Reading
	if err := json.Unmarshal(raw, &batch); err != nil {
		http.Error(w, "bad JSON: "+err.Error(), http.StatusBadRequest)
		return
	}
	if err := validate(batch); err != nil {
		http.Error(w, err.Error(), http.StatusUnprocessableEntity)
		return
	}
	s.add(batch)
	w.WriteHeader(http.StatusAccepted)
	fmt.Fprintf(w, "%d readings stored\n", len(batch))
}
