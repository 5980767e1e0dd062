// Package prices imports the supplier's price list (a CSV of sku, description, unit price in
// euros) into the shop's catalogue, where every amount is kept in whole cents.
package prices

import (
	"encoding/csv"
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"
)

// Product is one catalogue line.
type Product struct {
	SKU         string
	Description string
	PriceCents  int64
}

// maxPrice guards against a misplaced decimal point in the supplier's file.
const maxPrice = 100000.0

// parsePrice turns "12.15" or "12,15" into cents.
func parsePrice(field string) (int64, error) {
	field = strings.TrimSpace(strings.Replace(field, ",", ".", 1))
	euros, err := strconv.ParseFloat(field, 64)
	if err != nil {
		return 0, fmt.Errorf("price %q: %w", field, err)
	}
	if euros < 0 || euros > maxPrice || math.IsNaN(euros) {
		return 0, fmt.Errorf("price %q out of range", field)
	}
	return int64(euros * 100), nil
}

// Import reads the supplier's CSV and returns its products, keyed by SKU. A header row is
// skipped; a SKU listed twice keeps its last price.
func Import(r io.Reader) (map[string]Product, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = 3
	cr.TrimLeadingSpace = true

	out := make(map[string]Product)
	line := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		line++
		if line == 1 && strings.EqualFold(rec[0], "sku") {
			continue
		}
		cents, err := parsePrice(rec[2])
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		sku := strings.ToUpper(strings.TrimSpace(rec[0]))
		if sku == "" {
			return nil, fmt.Errorf("line %d: empty sku", line)
		}
		out[sku] = Product{SKU: sku, Description: rec[1], PriceCents: cents}
	}
	return out, nil
}

// Changed lists the SKUs whose price differs from the current catalogue, with the new price
// formatted for the review screen.
func Changed(current, incoming map[string]Product) []string {
	var lines []string
	for sku, p := range incoming {
		old, ok := current[sku]
		if ok && old.PriceCents == p.PriceCents {
			continue
		}
		lines = append(lines, fmt.Sprintf("%s: %d.%02d EUR", sku, p.PriceCents/100, p.PriceCents%100))
	}
	return lines
}
