"""Round 7 (Java, Go, Rust, JavaScript/TypeScript): the new and widened rules on code laid out
as people write it, one statement a line, and on the near misses that must stay silent."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires

FOUND = [
    ("java", "java-parse-failure-as-zero", """
class Invoice {
    double total(String raw) {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException | NullPointerException e) {
            LOG.warn("bad total " + raw);
            return 0.0;
        }
    }
}
"""),
    ("go", "go-parse-failure-as-zero", """
func qty(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0
	}
	return n
}
"""),
    ("rust", "rust-narrow-product-widened", """
struct Tile { w: u16, h: u16 }

fn pixels(t: &Tile) -> u64 {
    u64::from(t.w * t.h)
}
"""),
    ("go", "go-map-write-in-goroutine", """
func index(docs []Doc) map[string]int {
	seen := map[string]int{}
	var wg sync.WaitGroup
	count := func(d Doc) {
		defer wg.Done()
		seen[d.Name] = len(d.Body)
	}
	for _, d := range docs {
		wg.Add(1)
		go count(d)
	}
	wg.Wait()
	return seen
}
"""),
    ("typescript", "js-url-prefix-allow-check", """
const PARTNER = "https://api.partner.example";

export async function proxy(req: Request, res: Response): Promise<void> {
  const target = String(req.query.url);
  if (!target.startsWith(PARTNER)) {
    res.sendStatus(400);
    return;
  }
  const r = await fetch(target);
  res.send(await r.text());
}
"""),
]

SILENT = [
    ("java", "java-parse-failure-as-zero", """
class Invoice {
    double total(String raw) {
        try {
            return Double.parseDouble(raw);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad total " + raw, e);
        }
    }
}
"""),
    ("go", "go-parse-failure-as-zero", """
func qty(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("qty %q: %w", s, err)
	}
	return n, nil
}
"""),
    ("rust", "rust-narrow-product-widened", """
struct Tile { w: u16, h: u16 }

fn pixels(t: &Tile) -> u64 {
    u64::from(t.w) * u64::from(t.h)
}
"""),
    ("go", "go-map-write-in-goroutine", """
func index(docs []Doc) map[string]int {
	seen := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	count := func(d Doc) {
		defer wg.Done()
		mu.Lock()
		defer mu.Unlock()
		seen[d.Name] = len(d.Body)
	}
	for _, d := range docs {
		wg.Add(1)
		go count(d)
	}
	wg.Wait()
	return seen
}
"""),
    ("typescript", "js-url-prefix-allow-check", """
const PARTNER = "https://api.partner.example/";

export async function proxy(req: Request, res: Response): Promise<void> {
  const target = String(req.query.url);
  if (!target.startsWith(PARTNER)) {
    res.sendStatus(400);
    return;
  }
  const r = await fetch(target);
  res.send(await r.text());
}
"""),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FOUND, ids=[f[1] for f in FOUND])
def test_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code), rule_id


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT, ids=[f[1] for f in SILENT])
def test_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code), rule_id
