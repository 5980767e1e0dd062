"""The similarity engine: disguised copies score high, independent solutions low, the
template never counts, and every fragment points at the lines that match."""

from __future__ import annotations

import pytest

from server.similarity import (
    WINDOW,
    Index,
    K,
    compare,
    compare_all,
    fingerprint,
    language_of,
    template_hashes,
)
from server.similarity.fingerprints import kgram_hashes, winnow
from server.similarity.tokens import tokenize

ORIGINAL = '''\
import sys


def read_scores(path):
    """Read one score a line."""
    scores = []
    with open(path) as handle:
        for line in handle:
            line = line.strip()
            if line:
                scores.append(int(line))
    return scores


def summarise(scores):
    # the mean and the spread
    total = 0
    for score in scores:
        total += score
    mean = total / len(scores)
    spread = max(scores) - min(scores)
    return {"mean": mean, "spread": spread, "count": len(scores)}


def main():
    scores = read_scores(sys.argv[1])
    print(summarise(scores))


main()
'''

RENAMED_AND_RELAID = '''\
import sys

def summary(values):
    acc = 0
    for v in values:
        acc += v
    avg = acc / len(values)
    rng = max(values) - min(values)
    return {"mean": avg, "spread": rng, "count": len(values)}

def load(filename):
    out = []
    with open(filename) as fh:
        for row in fh:
            row = row.strip()
            if row:
                out.append(int(row))
    return out

def run():
    vals = load(sys.argv[1])
    print(summary(vals))

run()
'''

WHILE_INSTEAD_OF_FOR = '''\
import sys


def read_scores(path):
    scores = []
    with open(path) as handle:
        for line in handle:
            line = line.strip()
            if line:
                scores.append(int(line))
    return scores


def summarise(scores):
    total = 0
    i = 0
    while i < len(scores):
        total += scores[i]
        i += 1
    mean = total / len(scores)
    spread = max(scores) - min(scores)
    return {"mean": mean, "spread": spread, "count": len(scores)}


def main():
    scores = read_scores(sys.argv[1])
    print(summarise(scores))


main()
'''

INDEPENDENT = '''\
import statistics
from pathlib import Path


class Report:
    def __init__(self, numbers):
        self.numbers = sorted(numbers)

    def describe(self):
        return dict(mean=statistics.fmean(self.numbers),
                    spread=self.numbers[-1] - self.numbers[0],
                    count=len(self.numbers))


if __name__ == "__main__":
    import sys
    text = Path(sys.argv[1]).read_text()
    numbers = [int(x) for x in text.split() if x.lstrip("-").isdigit()]
    print(Report(numbers).describe())
'''


def _pair(a: str, b: str, **kwargs: object) -> float:
    pairs = compare_all([("a", {"a.py": a}), ("b", {"b.py": b})], **kwargs)  # type: ignore[arg-type]
    assert len(pairs) == 1
    return pairs[0].similarity


def test_a_renamed_relaid_and_reordered_copy_scores_high() -> None:
    assert _pair(ORIGINAL, RENAMED_AND_RELAID) >= 0.7


def test_an_identical_copy_scores_one() -> None:
    assert _pair(ORIGINAL, ORIGINAL) == pytest.approx(1.0)


def test_a_for_loop_rewritten_as_while_still_matches_most() -> None:
    assert _pair(ORIGINAL, WHILE_INSTEAD_OF_FOR) >= 0.6


def test_an_independent_solution_to_the_same_task_scores_low() -> None:
    copy = _pair(ORIGINAL, RENAMED_AND_RELAID)
    independent = _pair(ORIGINAL, INDEPENDENT)
    assert independent <= 0.25
    assert copy > independent + 0.4


def test_comments_and_layout_change_no_token() -> None:
    bare = "def f(a, b):\n    return a + b\n"
    dressed = "# adds\ndef   f( a,\n       b ):\n\n    # the sum\n    return (a + b)  # done\n"
    assert tokenize(bare, "python").kinds == tokenize(dressed, "python").kinds


def test_renaming_changes_no_token_but_an_operator_does() -> None:
    a = tokenize("x = y + 1\n", "python").kinds
    assert tokenize("total = count + 99\n", "python").kinds == a
    assert tokenize("x = y - 1\n", "python").kinds != a


def test_fragments_point_at_the_matching_lines_on_both_sides() -> None:
    pairs = compare_all([("a", {"a.py": ORIGINAL}), ("b", {"b.py": RENAMED_AND_RELAID})])
    blocks = pairs[0].blocks
    assert blocks
    # read_scores is lines 4-12 of the original, load is lines 11-18 of the copy
    assert any(b.left[0] == "a.py" and b.left[1] <= 6 and b.left[2] >= 11
               and b.right[0] == "b.py" and b.right[1] <= 13 and b.right[2] >= 17
               for b in blocks), blocks
    # summarise (15-22) matched summary (3-9): declarations reordered, still found
    assert any(b.left[1] <= 18 and b.left[2] >= 20 and b.right[1] <= 5 and b.right[2] >= 7
               for b in blocks), blocks
    assert pairs[0].longest_fragment >= K


def test_blocks_do_not_overlap_on_both_sides() -> None:
    blocks = compare_all([("a", {"a.py": ORIGINAL}), ("b", {"b.py": ORIGINAL})])[0].blocks
    for i, x in enumerate(blocks):
        for y in blocks[i + 1:]:
            assert not (x.left[1] <= y.left[2] and y.left[1] <= x.left[2]
                        and x.right[1] <= y.right[2] and y.right[1] <= x.right[2])


def test_template_code_does_not_count() -> None:
    starter = '''\
def parse_line(line):
    """Split a log line into its fields."""
    parts = line.split(" ")
    if len(parts) < 3:
        raise ValueError("short line: " + line)
    return {"when": parts[0], "method": parts[1], "path": parts[2]}
'''
    mine = starter + "\n\ndef count(lines):\n    return len([x for x in lines if x])\n"
    yours = starter + "\n\nclass Store:\n    def __init__(self):\n        self.items = {}\n"
    assert _pair(mine, yours) > 0.3
    assert _pair(mine, yours, template={"t.py": starter}) == 0.0


def test_template_hashes_cover_every_kgram_of_the_starter() -> None:
    text = ORIGINAL
    hashes = template_hashes({"t.py": text})
    assert hashes == frozenset(kgram_hashes(tokenize(text, "python").kinds))
    assert fingerprint("x", {"x.py": text}, template=hashes).fingerprints == []


def test_winnowing_keeps_a_shared_fingerprint_for_any_long_enough_match() -> None:
    stream = tokenize(ORIGINAL, "python")
    kept = {fp.start for fp in winnow(stream)}
    hashes = kgram_hashes(stream.kinds)
    for start in range(len(hashes) - WINDOW + 1):
        assert any(start <= at < start + WINDOW for at in kept)


def test_hashes_are_the_same_in_every_process() -> None:
    # stored in the database by one server process and read by another
    assert kgram_hashes([1, 2, 3], k=2) == [1_000_005, 2_000_009]


@pytest.mark.parametrize(("name", "a", "b"), [
    ("javascript",
     ("function total(items) {\n  let sum = 0;\n  for (const it of items) {\n"
      "    if (it.price > 0) { sum += it.price * it.qty; }\n  }\n  return sum;\n}\n"),
     ("function calc(xs) {\n  let acc = 0;\n  for (const x of xs) {\n"
      "    if (x.price > 0) {\n      acc += x.price * x.qty;\n    }\n  }\n  return acc;\n}\n")),
    ("go",
     ("package main\n\nfunc total(items []Item) int {\n\tsum := 0\n\tfor _, it := range items {\n"
      "\t\tif it.Price > 0 {\n\t\t\tsum += it.Price * it.Qty\n\t\t}\n\t}\n\treturn sum\n}\n"),
     ("package main\n\nfunc calc(xs []Item) int {\n\tacc := 0\n\tfor _, x := range xs {\n"
      "\t\tif x.Price > 0 {\n\t\t\tacc += x.Price * x.Qty\n\t\t}\n\t}\n\treturn acc\n}\n")),
    ("java",
     ("class A {\n  int total(int[] items) {\n    int sum = 0;\n    for (int it : items) {\n"
      "      if (it > 0) { sum += it * 2; }\n    }\n    return sum;\n  }\n}\n"),
     ("class B {\n  int calc(int[] xs) {\n    int acc = 0;\n    for (int x : xs) {\n"
      "      if (x > 0) {\n        acc += x * 2;\n      }\n    }\n    return acc;\n  }\n}\n")),
])
def test_other_languages_see_through_renaming(name: str, a: str, b: str) -> None:
    ext = {"javascript": "js", "go": "go", "java": "java"}[name]
    pairs = compare_all([("a", {f"a.{ext}": a}), ("b", {f"b.{ext}": b})], lexical=False)
    assert pairs[0].similarity == pytest.approx(1.0)


def test_files_no_grammar_reads_are_left_out() -> None:
    assert language_of("notes.txt") is None
    assert fingerprint("x", {"notes.txt": ORIGINAL}).fingerprints == []
    assert language_of("src/App.TSX") == "tsx"


def test_broken_and_empty_code_give_no_match_and_no_crash() -> None:
    pairs = compare_all([("a", {"a.py": ""}), ("b", {"b.py": "def (((:\n  ]]]\n"}),
                         ("c", {"c.py": "\x00\x01 binary"})])
    assert [p.similarity for p in pairs] == [0.0, 0.0, 0.0]


def test_every_pair_is_listed_most_similar_first() -> None:
    pairs = compare_all([("a", {"a.py": ORIGINAL}), ("b", {"b.py": INDEPENDENT}),
                         ("c", {"c.py": RENAMED_AND_RELAID})])
    assert (pairs[0].left, pairs[0].right) == ("a", "c")
    assert len(pairs) == 3
    assert [p.similarity for p in pairs] == sorted((p.similarity for p in pairs), reverse=True)
    assert len(compare_all([("a", {"a.py": ORIGINAL}), ("b", {"b.py": INDEPENDENT})],
                           every_pair=False)) <= 1


def test_the_index_finds_sharers_by_lookup() -> None:
    index = Index()
    a = fingerprint("a", {"a.py": ORIGINAL})
    index.add(a)
    index.add(fingerprint("b", {"b.py": INDEPENDENT}))
    copy = fingerprint("c", {"c.py": RENAMED_AND_RELAID})
    sharing = index.sharing(copy.by_hash)
    assert sharing.most_common(1)[0][0] == "a"
    with pytest.raises(ValueError, match="indexed already"):
        index.add(a)
    assert compare(a, copy, lexical=False).similarity == \
        pytest.approx(_pair(ORIGINAL, RENAMED_AND_RELAID, lexical=False, weighted=False))


def test_shared_rare_lexemes_lift_a_structural_match() -> None:
    a = ORIGINAL.replace('"spread"', '"spread-of-the-zorblax-scores"')
    b = RENAMED_AND_RELAID.replace('"spread"', '"spread-of-the-zorblax-scores"')
    with_lexemes = _pair(a, b)
    without = _pair(a, b, lexical=False)
    assert with_lexemes > without


def test_code_everyone_writes_weighs_less_than_code_two_share() -> None:
    common = ORIGINAL  # all five hold it
    rare = WHILE_INSTEAD_OF_FOR.replace("def main", "def entry")
    subs = [("a", {"a.py": common + "\n" + INDEPENDENT}), ("b", {"b.py": common}),
            ("c", {"c.py": common}), ("d", {"d.py": common + "\n" + INDEPENDENT}),
            ("e", {"e.py": rare})]
    weighted = {(p.left, p.right): p.similarity for p in compare_all(subs, lexical=False)}
    flat = {(p.left, p.right): p.similarity
            for p in compare_all(subs, lexical=False, weighted=False)}
    # a and d share everything; b and c share only what every submission but e holds
    assert weighted[("a", "d")] == pytest.approx(1.0)
    assert weighted[("b", "c")] == pytest.approx(1.0)
    assert weighted[("a", "b")] < flat[("a", "b")]
