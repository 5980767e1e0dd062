"""The paste rules of SPEC §8, once for the server and the proctor's console.

One change is worth a proctor's look when it is a large insertion faster than typing (a paste
burst) or a large insertion after a long idle. The server applies the rule to every stored
change (`server.examiner.integrity`); the console applies it live to the changes its feed
shows (`tui.proctor.signals`), so both flag the same changes the same way.

The first change of a session has no earlier change to time it against. Its figures are
measured against the pack's starter file (the starter text is not the candidate's doing), so
what remains arrived in one change from nowhere: a large first change is a paste burst, shown
as `info` because how fast it came cannot be known. Only the server knows the starter files
and which change was the session's first, so only the server judges a first change; the
console shows the server's signal for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

__all__ = ["BURST_CHARS", "BURST_LINES", "IDLE_BURST_CHARS", "IDLE_SECONDS", "TYPING_CPS",
           "Burst", "judge_change"]

BURST_CHARS: Final = 400
"""A single change inserting at least this many characters is a large insertion..."""
BURST_LINES: Final = 15
"""...and so is one inserting at least this many lines."""
TYPING_CPS: Final = 8.0
"""Characters per second a fast typist sustains (about 100 words a minute)."""
IDLE_SECONDS: Final = 300.0
"""A pause this long before a change counts as a long idle."""
IDLE_BURST_CHARS: Final = 200
"""Characters inserted after a long idle that make it worth a look."""


@dataclass(frozen=True, slots=True)
class Burst:
    """What the rule found in one change; each side words its own `detail` from it."""

    kind: str
    """`paste_burst` or `idle_then_burst`."""
    severity: str
    """`info` or `warn`."""
    gap: float | None
    """Seconds since the session's previous change; None for its first change."""
    rate: float | None
    """Characters a second the change came at (a paste burst after an earlier change)."""


def judge_change(gap: float | None, chars_added: int, lines_added: int) -> Burst | None:
    """The paste rule on one change: `gap` seconds after the session's previous change (None
    for the session's first, whose figures leave out the starter file)."""
    large = chars_added >= BURST_CHARS or lines_added >= BURST_LINES
    if gap is None:
        return Burst("paste_burst", "info", None, None) if large else None
    gap = max(gap, 0.0)
    if gap >= IDLE_SECONDS and chars_added >= IDLE_BURST_CHARS:
        return Burst("idle_then_burst", "warn", gap, None)
    if large and chars_added > TYPING_CPS * max(gap, 1.0):
        severity = "warn" if chars_added >= 2 * BURST_CHARS else "info"
        return Burst("paste_burst", severity, gap, chars_added / max(gap, 1.0))
    return None
