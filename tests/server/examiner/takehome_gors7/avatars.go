// Package avatars serves profile pictures. Members may give the URL of a picture hosted
// elsewhere; the server fetches it, checks it is a small image and sends it on.
package avatars

import (
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

const maxAvatar = 512 << 10

// Directory finds a member's avatar URL.
type Directory interface {
	AvatarURL(member string) (string, bool)
}

var errNotImage = errors.New("not an image")

func allowed(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, err
	}
	if u.Scheme != "https" || u.Hostname() == "" {
		return nil, fmt.Errorf("avatar URL %q: https only", raw)
	}
	if ip := net.ParseIP(u.Hostname()); ip != nil {
		return nil, fmt.Errorf("avatar URL %q: host names only", raw)
	}
	return u, nil
}

// fetchAvatar downloads one remote picture.
func fetchAvatar(raw string) ([]byte, string, error) {
	u, err := allowed(raw)
	if err != nil {
		return nil, "", err
	}
	client := &http.Client{
		Timeout: 5 * time.Second,
		Transport: &http.Transport{
			Proxy:               http.ProxyFromEnvironment,
			TLSHandshakeTimeout: 3 * time.Second,
			MaxIdleConnsPerHost: 4,
		},
	}
	resp, err := client.Get(u.String())
	if err != nil {
		return nil, "", err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, "", fmt.Errorf("avatar %s: %s", u.Host, resp.Status)
	}
	ctype := resp.Header.Get("Content-Type")
	if !strings.HasPrefix(ctype, "image/") {
		return nil, "", errNotImage
	}
	data, err := io.ReadAll(io.LimitReader(resp.Body, maxAvatar+1))
	if err != nil {
		return nil, "", err
	}
	if len(data) > maxAvatar {
		return nil, "", fmt.Errorf("avatar %s: larger than %d bytes", u.Host, maxAvatar)
	}
	return data, ctype, nil
}

// Handler serves /avatar?member=NAME.
func Handler(dir Directory) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		member := r.URL.Query().Get("member")
		raw, ok := dir.AvatarURL(member)
		if !ok {
			http.NotFound(w, r)
			return
		}
		data, ctype, err := fetchAvatar(raw)
		if err != nil {
			http.Error(w, "avatar unavailable", http.StatusBadGateway)
			return
		}
		w.Header().Set("Content-Type", ctype)
		w.Header().Set("Cache-Control", "max-age=3600")
		w.Write(data)
	}
}
