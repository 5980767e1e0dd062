package main

import (
	"log"
	"net/http"
	"sync"
	"text/template"
)

const boardPage = `<!doctype html>
<h1>Swap board</h1>
<ul>{{range .}}<li><b>{{.Specimen}}</b>: {{.Notes}}</li>{{end}}</ul>`

type listing struct {
	Specimen string
	Notes    string
}

type board struct {
	mu       sync.Mutex
	listings []listing
	page     *template.Template
}

func newBoard() *board {
	return &board{page: template.Must(template.New("board").Parse(boardPage))}
}

func (b *board) add(w http.ResponseWriter, r *http.Request) {
	if err := r.ParseForm(); err != nil {
		http.Error(w, "bad form", http.StatusBadRequest)
		return
	}
	b.mu.Lock()
	b.listings = append(b.listings, listing{r.FormValue("specimen"), r.FormValue("notes")})
	b.mu.Unlock()
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (b *board) show(w http.ResponseWriter, r *http.Request) {
	b.mu.Lock()
	defer b.mu.Unlock()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := b.page.Execute(w, b.listings); err != nil {
		log.Printf("board: %v", err)
	}
}

func main() {
	b := newBoard()
	http.HandleFunc("/add", b.add)
	http.HandleFunc("/", b.show)
	log.Fatal(http.ListenAndServe("127.0.0.1:8080", nil))
}
