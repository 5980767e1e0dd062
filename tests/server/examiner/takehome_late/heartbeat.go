package heartbeat

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// Checker polls a health endpoint until it reports healthy.
type Checker struct {
	Client   *http.Client
	URL      string
	Interval time.Duration
}

var ErrUnhealthy = errors.New("heartbeat: service never became healthy")

func (c *Checker) healthy(ctx context.Context) bool {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.URL, nil)
	if err != nil {
		return false
	}
	resp, err := c.Client.Do(req)
	if err != nil {
		return false
	}
	defer resp.Body.Close()
	return resp.StatusCode == http.StatusOK
}

// WaitHealthy checks once per interval and returns when the service answers 200,
// or with ErrUnhealthy after the given number of attempts.
func (c *Checker) WaitHealthy(ctx context.Context, attempts int) error {
	ticker := time.NewTicker(c.Interval)
	for i := 0; i < attempts; i++ {
		if c.healthy(ctx) {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-ticker.C:
		}
	}
	return ErrUnhealthy
}
