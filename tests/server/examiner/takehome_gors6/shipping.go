// Package shipping prices parcels for the web shop's checkout page.
package shipping

import (
	"errors"
	"fmt"
	"math"
	"strings"
)

// Zone is a price band: parcels to the same zone cost the same per kilogram.
type Zone int

const (
	ZoneDomestic Zone = iota
	ZoneEU
	ZoneUK
	ZoneWorld
)

// Parcel is one box leaving the warehouse.
type Parcel struct {
	Country  string  // ISO 3166 alpha-2 code of the destination
	WeightKg float64 // gross weight, packaging included
	Express  bool
}

// ErrTooHeavy is returned for parcels over the carrier's limit.
var ErrTooHeavy = errors.New("shipping: parcel over 30 kg")

const maxWeightKg = 30

// prices in euro cents
var perHalfKg = map[Zone]int64{
	ZoneDomestic: 55,
	ZoneEU:       120,
	ZoneUK:       160,
	ZoneWorld:    295,
}

var baseFee = map[Zone]int64{
	ZoneDomestic: 350,
	ZoneEU:       600,
	ZoneUK:       850,
	ZoneWorld:    1400,
}

// zoneFor maps a destination country to its price band. The warehouse is in Germany.
func zoneFor(country string) Zone {
	zone := ZoneWorld
	switch strings.ToUpper(strings.TrimSpace(country)) {
	case "DE":
		zone = ZoneDomestic
	case "AT":
	case "FR", "NL", "BE", "LU", "IT", "ES", "PL", "DK", "CZ":
		zone = ZoneEU
	case "GB":
		zone = ZoneUK
	}
	return zone
}

// Quote is what the checkout page shows for one parcel.
type Quote struct {
	Zone  Zone
	Cents int64
}

// Price quotes one parcel.
func Price(p Parcel) (Quote, error) {
	if p.WeightKg <= 0 {
		return Quote{}, fmt.Errorf("shipping: weight %.2f kg is not positive", p.WeightKg)
	}
	if p.WeightKg > maxWeightKg {
		return Quote{}, ErrTooHeavy
	}
	zone := zoneFor(p.Country)
	// carriers bill every started half kilogram
	halves := int64(math.Ceil(p.WeightKg * 2))
	cents := baseFee[zone] + halves*perHalfKg[zone]
	if p.Express {
		cents += cents / 2
	}
	return Quote{Zone: zone, Cents: cents}, nil
}

// Total quotes every parcel of an order and adds them up.
func Total(parcels []Parcel) (int64, error) {
	var total int64
	for i, p := range parcels {
		q, err := Price(p)
		if err != nil {
			return 0, fmt.Errorf("parcel %d: %w", i+1, err)
		}
		total += q.Cents
	}
	return total, nil
}
