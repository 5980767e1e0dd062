"""Where a fragment came from: typed over several changes, pasted in one burst, or starter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from server.comparing import History, provenance, strongest
from server.comparing.provenance import _stripped

T0 = datetime(2026, 3, 2, 10, 0, tzinfo=UTC)
STARTER = "def parse(line):\n    return int(line)\n"
BODY = ["def total(xs):", "    acc = 0", "    for x in xs:", "        acc += x", "    return acc"]


def _history(versions: list[str], bursts: set[int], starter: str = STARTER) -> History:
    times = [T0 + timedelta(seconds=30 * i) for i in range(len(versions))]
    return History({"main.py": [(t, _stripped(v)) for t, v in zip(times, versions, strict=True)]},
                   {("main.py", times[i]) for i in bursts}, {"main.py": starter})


def test_lines_that_grew_over_several_changes_were_typed() -> None:
    versions = [STARTER, STARTER + "\n".join(BODY[:2]), STARTER + "\n".join(BODY[:4]),
                STARTER + "\n".join(BODY)]
    assert provenance(_history(versions, bursts=set()), "main.py", BODY) == "typed"


def test_lines_that_came_in_one_burst_were_pasted() -> None:
    versions = [STARTER, STARTER + "\n".join(BODY)]
    assert provenance(_history(versions, bursts={1}), "main.py", BODY) == "pasted"


def test_a_burst_that_brought_only_a_little_of_the_fragment_is_not_its_paste() -> None:
    versions = [STARTER, STARTER + "\n".join(BODY[:4]), STARTER + "\n".join(BODY)]
    # the fragment had mostly arrived (typed, not flagged) before the flagged change
    assert provenance(_history(versions, bursts={2}), "main.py", BODY) == "typed"


def test_lines_the_starter_file_held_from_the_first_version_are_starter() -> None:
    versions = [STARTER, STARTER + "\n".join(BODY)]
    assert provenance(_history(versions, bursts={0}), "main.py",
                      STARTER.splitlines()) == "starter"


def test_a_fragment_of_a_path_with_no_history_counts_as_typed() -> None:
    assert provenance(_history([STARTER], set()), "other.py", BODY) == "typed"
    assert provenance(_history([STARTER], set()), "main.py", ["", "   "]) == "typed"


def test_one_provenance_for_both_sides_prefers_pasted_then_starter() -> None:
    assert strongest("typed", "pasted") == "pasted"
    assert strongest("starter", "typed") == "starter"
    assert strongest("pasted", "starter") == "pasted"
    assert strongest("typed", "typed") == "typed"
