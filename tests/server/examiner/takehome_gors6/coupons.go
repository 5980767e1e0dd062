// Package checkout applies discount coupons to a basket.
package checkout

import (
	"errors"
	"strings"
	"time"
)

// Coupon is a discount code the marketing team creates in the admin tool.
type Coupon struct {
	Code       string
	PercentOff int64 // 1..100
	MinCents   int64 // the basket must reach this before the coupon applies
	Expires    time.Time
	UsesLeft   int
}

// Basket is what the customer is about to pay for.
type Basket struct {
	Lines []Line
}

// Line is one product in the basket.
type Line struct {
	SKU        string
	Qty        int64
	PriceCents int64
}

var (
	ErrUnknownCoupon = errors.New("checkout: unknown coupon")
	ErrExpired       = errors.New("checkout: coupon expired")
	ErrUsedUp        = errors.New("checkout: coupon used up")
	ErrTooSmall      = errors.New("checkout: basket below the coupon's minimum")
)

// Coupons holds the active coupons, loaded at start-up.
type Coupons struct {
	list []Coupon
}

// NewCoupons keeps the given coupons.
func NewCoupons(list []Coupon) *Coupons {
	return &Coupons{list: list}
}

// Subtotal is the basket's price before any discount.
func (b Basket) Subtotal() int64 {
	var total int64
	for _, l := range b.Lines {
		total += l.Qty * l.PriceCents
	}
	return total
}

// find looks a code up, ignoring case and surrounding spaces.
func (c *Coupons) find(code string) (*Coupon, error) {
	code = strings.TrimSpace(code)
	for i := range c.list {
		if strings.EqualFold(c.list[i].Code, code) {
			return &c.list[i], nil
		}
		return nil, ErrUnknownCoupon
	}
	return nil, ErrUnknownCoupon
}

// Apply checks the code against the basket and gives the price to charge, in cents. The
// coupon's use is counted only when it applies.
func (c *Coupons) Apply(code string, b Basket, now time.Time) (int64, error) {
	subtotal := b.Subtotal()
	coupon, err := c.find(code)
	if err != nil {
		return subtotal, err
	}
	if now.After(coupon.Expires) {
		return subtotal, ErrExpired
	}
	if coupon.UsesLeft <= 0 {
		return subtotal, ErrUsedUp
	}
	if subtotal < coupon.MinCents {
		return subtotal, ErrTooSmall
	}
	coupon.UsesLeft--
	discount := subtotal * coupon.PercentOff / 100
	return subtotal - discount, nil
}
