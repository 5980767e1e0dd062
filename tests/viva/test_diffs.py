"""Unified diffs: what make_diff writes applies back exactly, and a small edit stays small."""

from __future__ import annotations

import difflib
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from viva.diffs import apply_diff, apply_diff_lines, diff_stats, make_diff

LINES = st.lists(st.sampled_from(["a\n", "b\n", "c\n", "\n", "a", "x = 1\n", "b"]), max_size=30)


@settings(max_examples=400, deadline=None)
@given(before=LINES, after=LINES)
def test_a_diff_applied_to_its_base_gives_the_new_text(before: list[str], after: list[str]) -> None:
    """Any two texts, repeated lines and missing final newlines included, round-trip."""
    old, new = "".join(before), "".join(after)
    assert apply_diff(old, make_diff(old, new, "f.py")) == new


@settings(max_examples=200, deadline=None)
@given(before=LINES, middle=LINES, after=LINES)
def test_shared_lines_around_an_edit_stay_out_of_the_diff(before: list[str], middle: list[str],
                                                         after: list[str]) -> None:
    """Lines both versions share at the start and the end are never counted as changed."""
    head = "".join(f"head {i}\n" for i in range(40))
    tail = "".join(f"tail {i}\n" for i in range(40))
    old, new = head + "".join(before) + "\n" + tail, head + "".join(middle) + "\n" + tail
    added, removed = diff_stats(make_diff(old, new))
    assert added <= len(new.splitlines()) - 80 and removed <= len(old.splitlines()) - 80
    assert apply_diff(old, make_diff(old, new)) == new


def test_a_one_line_edit_of_a_long_file_is_the_same_hunk_difflib_writes() -> None:
    """Hunk headers are moved back to the file's own line numbers."""
    old = "".join(f"line {i}\n" for i in range(500))
    new = old.replace("line 250\n", "line 250 edited\n")
    expected = "".join(difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                            "a/f.py", "b/f.py", n=3))
    assert make_diff(old, new, "f.py") == expected
    assert "@@ -248,7 +248,7 @@" in expected


def test_edits_at_either_end_keep_their_context_and_newline_markers() -> None:
    """The first and the last line, with and without a final newline."""
    old = "".join(f"{i}\n" for i in range(20)) + "last"
    for new in ("first\n" + old, old + " more", old[:-4] + "other\nlast", old + "\n"):
        assert apply_diff(old, make_diff(old, new)) == new


def test_identical_texts_give_an_empty_diff() -> None:
    assert make_diff("same\n", "same\n") == ""
    assert apply_diff("same\n", "") == "same\n"


@given(versions=st.lists(LINES, min_size=2, max_size=6))
def test_diffs_applied_to_kept_lines_give_every_version_and_leave_the_lines_alone(
        versions: list[list[str]]) -> None:
    """What the ingest does: each diff is applied to the lines kept from the last version."""
    texts = ["".join(v) for v in versions]
    lines = texts[0].splitlines(keepends=True)
    for before, after in pairwise(texts):
        previous, snapshot = lines, list(lines)
        lines = apply_diff_lines(previous, make_diff(before, after))
        assert "".join(lines) == after
        assert previous == snapshot  # the lines of the version before are untouched
