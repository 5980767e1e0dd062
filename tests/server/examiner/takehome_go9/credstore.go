// Command podsync keeps a podcast app's subscriptions in step with the user's account, and
// remembers the login between runs.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

type Session struct {
	User         string    `json:"user"`
	AccessToken  string    `json:"access_token"`
	RefreshToken string    `json:"refresh_token"`
	Expires      time.Time `json:"expires"`
}

type Settings struct {
	Server   string `json:"server"`
	Interval int    `json:"interval_minutes"`
}

type Store struct {
	dir string
}

func NewStore() (*Store, error) {
	base, err := os.UserConfigDir()
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(base, "podsync")
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	return &Store{dir: dir}, nil
}

// writeJSON writes v to name in the store through a temporary file, so a crash never
// leaves half a file behind.
func (s *Store) writeJSON(name string, v any, perm os.FileMode) error {
	data, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	tmp := filepath.Join(s.dir, name+".tmp")
	if err := os.WriteFile(tmp, data, perm); err != nil {
		return err
	}
	return os.Rename(tmp, filepath.Join(s.dir, name))
}

func (s *Store) readJSON(name string, v any) error {
	data, err := os.ReadFile(filepath.Join(s.dir, name))
	if err != nil {
		return err
	}
	return json.Unmarshal(data, v)
}

// SaveSettings keeps the user's settings.
func (s *Store) SaveSettings(cfg Settings) error {
	return s.writeJSON("settings.json", cfg, 0o644)
}

// SaveLogin keeps the session so the next run needs no password.
func (s *Store) SaveLogin(session Session) error {
	return s.writeJSON("session.json", session, 0o644)
}

// Login is the saved session, or nil when there is none or it has expired.
func (s *Store) Login(now time.Time) (*Session, error) {
	var session Session
	err := s.readJSON("session.json", &session)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("podsync: reading session: %w", err)
	}
	if now.After(session.Expires) {
		return nil, nil
	}
	return &session, nil
}
