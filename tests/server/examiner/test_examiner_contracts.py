"""A lower bound the function's comment states ("at least `n`"), checked against its comparisons:
code that disagrees at the value equal to the bound is asked about; code that agrees, or a
bound of another sort, is left alone."""

from __future__ import annotations

import pytest

from server.examiner import AskContext, OfflineExaminer, analyse
from server.examiner.analysis.contracts import RULE, stated_bounds

_EXTENSION = {"python": "py", "javascript": "js", "typescript": "ts", "go": "go", "java": "java",
              "c": "c", "cpp": "cpp", "rust": "rs"}

DISAGREE = [
    ("go", '''package slots

// Free returns the gaps between busy minutes that last at least minLength minutes.
func Free(starts, ends []int, minLength int) [][2]int {
	out := [][2]int{}
	for i := 1; i < len(starts); i++ {
		gap := starts[i] - ends[i-1]
		if gap > minLength {
			out = append(out, [2]int{ends[i-1], starts[i]})
		}
	}
	return out
}
''', 8),
    ("python", '''def eligible(members, min_visits):
    """Members with min_visits or more visits this month."""
    chosen = []
    for member in members:
        if member.visits <= min_visits:
            continue
        chosen.append(member)
    return chosen
''', 5),
    ("javascript", '''// Keeps the passwords that have at least `minLength` characters.
export function strongEnough(passwords, minLength) {
  return passwords.filter((p) => p.length > minLength);
}
''', 3),
    ("typescript", '''/** A batch is ready once it holds no fewer than `threshold` orders. */
function isReady(batch: string[], threshold: number): boolean {
  return threshold < batch.length;
}
''', 3),
    ("java", '''class Loyalty {
    /** Customers qualify with at least minPoints points. */
    static boolean qualifies(int points, int minPoints) {
        if (points <= minPoints) {
            return false;
        }
        return true;
    }
}
''', 4),
    ("rust", '''/// Readings with at least `min_count` samples are kept.
pub fn keep(counts: &[usize], min_count: usize) -> Vec<usize> {
    let mut out = Vec::new();
    for &c in counts {
        if c > min_count {
            out.push(c);
        }
    }
    out
}
''', 5),
    ("c", '''/* Returns 1 when the buffer holds at least need bytes. */
int has_room(unsigned len, unsigned need) {
    return len > need;
}
''', 3),
]

AGREE = [
    # the inclusive comparison the comment states, in both orders
    ("go", '''package slots

// Free returns the gaps that last at least minLength minutes.
func Free(gaps []int, minLength int) []int {
	out := []int{}
	for _, g := range gaps {
		if g >= minLength {
			out = append(out, g)
		}
	}
	return out
}
'''),
    ("python", '''def eligible(members, min_visits):
    """Members with at least min_visits visits."""
    return [m for m in members if not m.visits < min_visits]
'''),
    # a guarantee, not a filter: waiting longer than the bound keeps the promise
    ("python", '''import time


def wait_ready(probe, delay):
    """Waits at least delay seconds between probes."""
    last = 0.0
    while True:
        now = time.monotonic()
        if now - last > delay:
            if probe():
                return
            last = now
'''),
    # "at most": `>= limit` then break is how a list is kept to at most `limit`
    ("javascript", '''// Returns at most `limit` names.
function firstNames(people, limit) {
  const out = [];
  for (const p of people) {
    if (out.length >= limit) break;
    out.push(p.name);
  }
  return out;
}
'''),
    # adjusted by one: `count + 1 > min` is `count >= min`
    ("java", '''class Quota {
    /** Accepts a request when at least min tokens remain. */
    static boolean accept(int remaining, int min) {
        return remaining + 1 > min;
    }
}
'''),
    # the bound is a loop's own condition (a count, not a test of a value)
    ("c", '''/* Fills at least n slots. */
void fill(int *slots, int n) {
    for (int i = 0; i <= n; i++) {
        slots[i] = 0;
    }
}
'''),
    # a version order: the equal major is decided by the minor
    ("go", '''package version

type Version struct{ Major, Minor int }

// AtLeast reports whether v is at least major.minor.
func (v Version) AtLeast(major, minor int) bool {
	return v.Major > major || v.Major == major && v.Minor >= minor
}
'''),
    # the comment's name is no parameter of the function
    ("rust", '''/// Keeps at least LIMIT entries in the cache.
pub fn trim(entries: &mut Vec<u32>, keep: usize) {
    if entries.len() > keep {
        entries.truncate(keep);
    }
}
'''),
]


def _hits(language: str, code: str) -> list[int]:
    path = f"f.{_EXTENSION[language]}"
    return [f.line for f in analyse(path, None, code)
            if getattr(f.facts.rule, "rule", "") == RULE]


@pytest.mark.parametrize(("language", "code", "line"), DISAGREE,
                         ids=[f"{c[0]}-{n}" for n, c in enumerate(DISAGREE)])
def test_a_comparison_that_leaves_out_the_stated_bound_is_found(language: str, code: str,
                                                                line: int) -> None:
    assert _hits(language, code) == [line]


@pytest.mark.parametrize(("language", "code"), AGREE, ids=[f"{c[0]}-{n}" for n, c in enumerate(AGREE)])
def test_code_that_agrees_with_its_comment_or_states_another_bound_is_left_alone(
        language: str, code: str) -> None:
    assert _hits(language, code) == []


def test_the_question_names_the_bound_and_asks_about_the_value_equal_to_it() -> None:
    _, code, line = DISAGREE[0]
    question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=analyse(
        "slots.go", None, code)))
    assert question is not None and question.kind == "wrong_result" and question.line == line
    assert "at least `minLength`" in question.text and "exactly equal" in question.text


def test_bounds_are_read_from_the_doc_only_for_the_named_values() -> None:
    names = {"n", "size", "limit"}
    assert stated_bounds("Keep at least `n` items.", names) == {"n"}
    assert stated_bounds("size or more bytes; at most limit", names) == {"size"}
    assert stated_bounds("Retries at least n times before giving up.", names) == set()
    assert stated_bounds("at least one item", names) == set()
