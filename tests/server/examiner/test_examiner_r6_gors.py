"""Round 6 (Go and Rust): the widened and new rules on code laid out as people write it, one
statement a line, where the rules' one-line examples separate statements with `;`."""

from __future__ import annotations

import pytest

from server.examiner.analysis.rules import load_rules, run_rules

GO_FOUND = {
    "go-close-skipped-on-early-return": """
func count(p string) (int, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, err
	}
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v, err := strconv.Atoi(sc.Text())
		if err != nil {
			return 0, err
		}
		n += v
	}
	f.Close()
	return n, nil
}
""",
    "go-next-index-past-end": """
func IsSorted(xs []int) bool {
	for i := 0; i < len(xs); i++ {
		if xs[i] > xs[i+1] {
			return false
		}
	}
	return true
}
""",
    "go-lock-not-released-on-return": """
func (s *Store) Find(id int) *Item {
	s.mu.Lock()
	for _, it := range s.items {
		if it.ID == id {
			return it
		}
	}
	s.mu.Unlock()
	return nil
}
""",
    "go-http-error-without-return": """
func (s *Server) create(w http.ResponseWriter, r *http.Request) {
	var in Order
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, err)
	}
	s.orders.Save(in)
	w.WriteHeader(http.StatusCreated)
}
""",
    "go-duration-bare-number": """
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:         ":8080",
		Handler:      h,
		ReadTimeout:  5,
		WriteTimeout: 10,
	}
}
""",
}

GO_SILENT = {
    "go-close-skipped-on-early-return": """
func count(p string) (int, error) {
	f, err := os.Open(p)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	n := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		v, err := strconv.Atoi(sc.Text())
		if err != nil {
			return 0, err
		}
		n += v
	}
	return n, nil
}
""",
    "go-next-index-past-end": """
func IsSorted(xs []int) bool {
	for i := 0; i < len(xs)-1; i++ {
		if xs[i] > xs[i+1] {
			return false
		}
	}
	return true
}
""",
    "go-lock-not-released-on-return": """
func (s *Store) Find(id int) *Item {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, it := range s.items {
		if it.ID == id {
			return it
		}
	}
	return nil
}
""",
    "go-duration-bare-number": """
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Addr:         ":8080",
		Handler:      h,
		ReadTimeout:  5 * time.Second,
		WriteTimeout: 10 * time.Second,
	}
}
""",
}

RUST_FOUND = {
    "rust-lock-held-across-await": """
async fn refresh(state: &AppState) -> Result<(), Error> {
    let mut cache = state.cache.write().unwrap();
    let fresh = fetch_all(&state.client).await?;
    cache.extend(fresh);
    Ok(())
}
""",
    "rust-next-index-past-end": """
fn rising_days(prices: &[f64]) -> usize {
    let mut n = 0;
    for i in 0..prices.len() {
        if prices[i + 1] > prices[i] {
            n += 1;
        }
    }
    n
}
""",
}

RUST_SILENT = {
    "rust-lock-held-across-await": """
async fn refresh(state: &AppState) -> Result<(), Error> {
    let keys = {
        let cache = state.cache.read().unwrap();
        cache.keys().cloned().collect::<Vec<_>>()
    };
    let fresh = fetch_some(&state.client, &keys).await?;
    state.cache.write().unwrap().extend(fresh);
    Ok(())
}
""",
    "rust-next-index-past-end": """
fn rising_days(prices: &[f64]) -> usize {
    prices.windows(2).filter(|w| w[1] > w[0]).count()
}
""",
}


def _hits(language: str, rule_id: str, code: str) -> list[str]:
    rules = tuple(r for r in load_rules(language) if r.id == rule_id)
    assert rules, rule_id
    return [hit.rule.id for hit in run_rules(code, language, rules=rules)]


@pytest.mark.parametrize(("language", "rule_id", "code"), [
    *(("go", k, v) for k, v in GO_FOUND.items()),
    *(("rust", k, v) for k, v in RUST_FOUND.items()),
])
def test_the_hazard_laid_out_line_by_line_is_found(language: str, rule_id: str, code: str) -> None:
    assert set(_hits(language, rule_id, code)) == {rule_id}


@pytest.mark.parametrize(("language", "rule_id", "code"), [
    *(("go", k, v) for k, v in GO_SILENT.items()),
    *(("rust", k, v) for k, v in RUST_SILENT.items()),
])
def test_the_correct_form_laid_out_line_by_line_is_left_alone(language: str, rule_id: str,
                                                              code: str) -> None:
    assert _hits(language, rule_id, code) == []
