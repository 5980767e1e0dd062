// Command backupd copies a folder to a mirror every few minutes and, when it is told to
// stop, finishes the copy in progress before it exits.
package main

import (
	"flag"
	"io"
	"log"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
	"time"
)

func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}

// mirror copies every regular file of src into dst, flat.
func mirror(src, dst string) (int, error) {
	entries, err := os.ReadDir(src)
	if err != nil {
		return 0, err
	}
	copied := 0
	for _, e := range entries {
		if !e.Type().IsRegular() {
			continue
		}
		if err := copyFile(filepath.Join(src, e.Name()), filepath.Join(dst, e.Name())); err != nil {
			return copied, err
		}
		copied++
	}
	return copied, nil
}

func main() {
	src := flag.String("src", ".", "folder to back up")
	dst := flag.String("dst", "", "mirror folder")
	every := flag.Duration("every", 5*time.Minute, "time between copies")
	flag.Parse()
	if *dst == "" {
		log.Fatal("backupd: -dst is required")
	}

	stop := make(chan os.Signal)
	signal.Notify(stop, os.Interrupt, syscall.SIGTERM)

	ticker := time.NewTicker(*every)
	defer ticker.Stop()
	failures := 0
	for {
		n, err := mirror(*src, *dst)
		switch {
		case err == nil:
			failures = 0
			log.Printf("backupd: copied %d files", n)
		case failures < 3:
			failures++
			log.Printf("backupd: copy failed (%d in a row), trying again later: %v", failures, err)
		default:
			log.Fatalf("backupd: giving up after %d failed copies: %v", failures+1, err)
		}
		select {
		case <-stop:
			log.Print("backupd: stopping")
			return
		case <-ticker.C:
		}
	}
}
