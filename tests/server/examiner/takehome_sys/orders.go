package main

import (
	"database/sql"
	"fmt"
	"log"

	_ "github.com/mattn/go-sqlite3"
)

type Order struct {
	ID     int
	Status string
	Total  float64
}

// Store reads orders from SQLite.
type Store struct {
	db *sql.DB
}

// Pending returns every order still waiting for payment.
func (s *Store) Pending() ([]Order, error) {
	rows, err := s.db.Query("SELECT id, status, total FROM orders WHERE status = ?", "pending")
	if err != nil {
		return nil, err
	}
	var out []Order
	for rows.Next() {
		var o Order
		if err := rows.Scan(&o.ID, &o.Status, &o.Total); err != nil {
			return nil, err
		}
		out = append(out, o)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, nil
}

// Count returns how many orders have the given status.
func (s *Store) Count(status string) (int, error) {
	var n int
	err := s.db.QueryRow("SELECT COUNT(*) FROM orders WHERE status = ?", status).Scan(&n)
	return n, err
}

func main() {
	db, err := sql.Open("sqlite3", "orders.db")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	s := &Store{db: db}
	orders, err := s.Pending()
	if err != nil {
		log.Fatal(err)
	}
	for _, o := range orders {
		fmt.Printf("%d %s %.2f\n", o.ID, o.Status, o.Total)
	}
	n, err := s.Count("paid")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println("paid:", n)
}
