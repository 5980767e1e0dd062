// Package catalog loads a product list and answers lookups by SKU and by category.
package catalog

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"sync"
)

type Product struct {
	SKU      string   `json:"sku"`
	Name     string   `json:"name"`
	Category string   `json:"category"`
	Cents    int64    `json:"cents"`
	Tags     []string `json:"tags"`
}

type Catalog struct {
	mu         sync.RWMutex
	products   []Product
	bySKU      map[string]*Product
	byCategory map[string][]*Product
}

// Load reads a JSON array of products and builds the indexes.
func Load(r io.Reader) (*Catalog, error) {
	var products []Product
	if err := json.NewDecoder(r).Decode(&products); err != nil {
		return nil, fmt.Errorf("decode catalog: %w", err)
	}
	c := &Catalog{products: products}
	c.reindex()
	return c, nil
}

func (c *Catalog) reindex() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.bySKU = make(map[string]*Product, len(c.products))
	c.byCategory = make(map[string][]*Product)
	for _, p := range c.products {
		c.bySKU[strings.ToUpper(p.SKU)] = &p
	}
	for i := range c.products {
		p := &c.products[i]
		c.byCategory[p.Category] = append(c.byCategory[p.Category], p)
	}
}

// Find returns the product with this SKU, or nil.
func (c *Catalog) Find(sku string) *Product {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.bySKU[strings.ToUpper(sku)]
}

// InCategory returns the category's products, cheapest first.
func (c *Catalog) InCategory(cat string) []Product {
	c.mu.RLock()
	defer c.mu.RUnlock()
	out := make([]Product, 0, len(c.byCategory[cat]))
	for _, p := range c.byCategory[cat] {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Cents < out[j].Cents })
	return out
}

// Tagged returns the SKUs of the products carrying the tag.
func (c *Catalog) Tagged(tag string) []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	var skus []string
	for i := range c.products {
		if hasTag(&c.products[i], tag) {
			skus = append(skus, c.products[i].SKU)
		}
	}
	return skus
}

func hasTag(p *Product, tag string) bool {
	for _, t := range p.Tags {
		if strings.EqualFold(t, tag) {
			return true
		}
	}
	return false
}

// Reprice applies a percentage change to every product of a category.
func (c *Catalog) Reprice(cat string, percent int64) {
	c.mu.Lock()
	for i := range c.products {
		if c.products[i].Category == cat {
			c.products[i].Cents += c.products[i].Cents * percent / 100
		}
	}
	c.mu.Unlock()
	c.reindex()
}
