// Package orders checks the bakery's wholesale orders before they are sent to the kitchen:
// every line needs a known product and a quantity in the product's batch size.
package orders

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

// Product is one thing the bakery makes, baked in batches.
type Product struct {
	Code  string
	Name  string
	Batch int
}

// Line is one line of an order.
type Line struct {
	Code string
	Qty  int
}

// Order is a customer's order for one delivery day.
type Order struct {
	Customer string
	Delivery time.Time
	Lines    []Line
}

// Problems lists what is wrong with an order, one entry per line at fault.
type Problems struct {
	Items []string
}

func (p *Problems) Error() string {
	return fmt.Sprintf("%d problem(s): %s", len(p.Items), strings.Join(p.Items, "; "))
}

func (p *Problems) add(format string, args ...any) {
	p.Items = append(p.Items, fmt.Sprintf(format, args...))
}

// ErrTooLate is returned for a delivery less than a day away.
var ErrTooLate = errors.New("orders: delivery must be at least 24 hours ahead")

// Check validates an order against the catalogue.
func Check(o Order, catalogue map[string]Product, now time.Time) error {
	if o.Delivery.Sub(now) < 24*time.Hour {
		return ErrTooLate
	}
	var problems *Problems
	for i, l := range o.Lines {
		p, ok := catalogue[l.Code]
		switch {
		case !ok:
			if problems == nil {
				problems = &Problems{}
			}
			problems.add("line %d: unknown product %q", i+1, l.Code)
		case l.Qty <= 0 || l.Qty%p.Batch != 0:
			if problems == nil {
				problems = &Problems{}
			}
			problems.add("line %d: %s comes in batches of %d", i+1, p.Name, p.Batch)
		}
	}
	return problems
}

// Accept checks the order and, when it passes, returns the kitchen's list: product names
// with their number of batches.
func Accept(o Order, catalogue map[string]Product, now time.Time) ([]string, error) {
	if err := Check(o, catalogue, now); err != nil {
		return nil, err
	}
	var list []string
	for _, l := range o.Lines {
		p := catalogue[l.Code]
		list = append(list, fmt.Sprintf("%s x%d", p.Name, l.Qty/p.Batch))
	}
	return list, nil
}
