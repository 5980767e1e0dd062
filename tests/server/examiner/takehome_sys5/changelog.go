// Package changelog builds release notes from the commits between two tags.
package changelog

import (
	"bufio"
	"fmt"
	"os/exec"
	"sort"
	"strings"
)

// Entry is one commit subject sorted under its conventional-commit type.
type Entry struct {
	Kind    string
	Scope   string
	Subject string
	Hash    string
}

// Notes groups the entries of a release by kind.
type Notes struct {
	From, To string
	ByKind   map[string][]Entry
}

var kindTitles = map[string]string{
	"feat": "Features",
	"fix":  "Bug fixes",
	"perf": "Performance",
}

// currentTag asks git for the newest tag; Output waits for git itself.
func currentTag(repo string) (string, error) {
	out, err := exec.Command("git", "-C", repo, "describe", "--tags", "--abbrev=0").Output()
	if err != nil {
		return "", fmt.Errorf("describe: %w", err)
	}
	return strings.TrimSpace(string(out)), nil
}

// parseLine splits "hash type(scope): subject" into an entry.
func parseLine(line string) (Entry, bool) {
	hash, rest, ok := strings.Cut(line, " ")
	if !ok {
		return Entry{}, false
	}
	head, subject, ok := strings.Cut(rest, ": ")
	if !ok {
		return Entry{}, false
	}
	kind, scope := head, ""
	if i := strings.IndexByte(head, '('); i > 0 && strings.HasSuffix(head, ")") {
		kind, scope = head[:i], head[i+1:len(head)-1]
	}
	if _, known := kindTitles[kind]; !known {
		return Entry{}, false
	}
	return Entry{Kind: kind, Scope: scope, Subject: subject, Hash: hash}, true
}

// Collect streams `git log` between two tags and groups what it prints.
func Collect(repo, from, to string) (*Notes, error) {
	cmd := exec.Command("git", "-C", repo, "log", "--no-merges", "--format=%h %s", from+".."+to)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("git log: %w", err)
	}
	notes := &Notes{From: from, To: to, ByKind: map[string][]Entry{}}
	scanner := bufio.NewScanner(stdout)
	for scanner.Scan() {
		if e, ok := parseLine(scanner.Text()); ok {
			notes.ByKind[e.Kind] = append(notes.ByKind[e.Kind], e)
		}
	}
	if err := scanner.Err(); err != nil {
		return nil, err
	}
	return notes, nil
}

// Render writes the notes as Markdown, kinds in a fixed order.
func (n *Notes) Render() string {
	var b strings.Builder
	fmt.Fprintf(&b, "## %s\n", n.To)
	kinds := make([]string, 0, len(n.ByKind))
	for k := range n.ByKind {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		writeSection(&b, kindTitles[k], n.ByKind[k])
	}
	return b.String()
}

// writeSection writes one kind's heading and its entries.
func writeSection(b *strings.Builder, title string, entries []Entry) {
	fmt.Fprintf(b, "\n### %s\n\n", title)
	for _, e := range entries {
		if e.Scope != "" {
			fmt.Fprintf(b, "- **%s**: %s (%s)\n", e.Scope, e.Subject, e.Hash)
		} else {
			fmt.Fprintf(b, "- %s (%s)\n", e.Subject, e.Hash)
		}
	}
}
