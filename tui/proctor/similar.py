"""Similar code between two candidates, side by side: both sessions' files with the matched
lines marked, each fragment with where it came from (typed, pasted, starter).

A signal to review, never a verdict. Candidate code is shown inert: control characters are
made visible before anything draws them, and no text of theirs is read as markup.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar, Final

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from tui.proctor.api import ApiFailed, RestClient
from tui.proctor.codeview import CodeView

__all__ = ["MatchScreen", "fragment_line", "inert", "pair_line", "pairs_of"]

_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_PROVENANCE_STYLE: Final = {"pasted": "bold red", "starter": "dim", "typed": "green"}


def inert(text: str) -> str:
    """`text` with every control character but newline and tab shown as its code (`\\x1b`),
    so nothing a candidate wrote can move the cursor or change the terminal."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def pairs_of(pairs: list[dict[str, Any]], session_id: int) -> list[dict[str, Any]]:
    """The pairs `session_id` is in, with it on the left (fragments' sides swapped to match)."""
    out = []
    for pair in pairs:
        sessions = [int(s) for s in pair.get("sessions") or []]
        if session_id not in sessions or len(sessions) != 2:
            continue
        if sessions[0] == session_id:
            out.append(pair)
            continue
        out.append({**pair, "sessions": [session_id, sessions[0]],
                    "fragments": [{**f, "left": f.get("right"), "right": f.get("left")}
                                  for f in pair.get("fragments") or []]})
    return out


def _lines(side: dict[str, Any] | None) -> str:
    if not side:
        return "?"
    first, last = _first_last(side)
    return f"{inert(str(side.get('path')))} {first}–{last}"


def pair_line(pair: dict[str, Any]) -> Text:
    """One pair: the other session, similarity, longest fragment, fragments, pasted ones."""
    other = pair["sessions"][1]
    fragments = pair.get("fragments") or []
    pasted = sum(1 for f in fragments if f.get("provenance") == "pasted")
    line = Text.assemble((f"{float(pair.get('similarity') or 0):.0%}", "bold"),
                         f" session {other} · longest {int(pair.get('longest_fragment') or 0)} "
                         f"tokens · {len(fragments)} fragments")
    if pasted:
        line.append(f" · {pasted} pasted", "bold red")
    return line


def fragment_line(fragment: dict[str, Any]) -> Text:
    """One fragment: lines on both sides, each with its provenance."""
    def side(name: str) -> Text:
        part = fragment.get(name) or {}
        how = str(part.get("provenance") or fragment.get("provenance") or "?")
        return Text.assemble(_lines(part), " (", (how, _PROVENANCE_STYLE.get(how, "")), ")")

    return Text.assemble("this ", side("left"), "  ↔  other ", side("right"))


def _first_last(side: dict[str, Any] | None) -> tuple[int, int]:
    """A side's first and last line (0, 0 when the server sent none)."""
    lines = [*((side or {}).get("lines") or []), 0, 0]
    return int(lines[0]), int(lines[1])


def _range(side: dict[str, Any] | None) -> list[int]:
    first, last = _first_last(side)
    return list(range(first, last + 1))


class MatchScreen(Screen[None]):
    """Two sessions' matched code side by side; pick a fragment below to show it on both."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("n", "step(1)", "Next fragment"),
        Binding("p", "step(-1)", "Previous fragment"),
    ]

    def __init__(self, pair: dict[str, Any], rest: RestClient) -> None:
        super().__init__()
        self.pair = pair
        self.rest = rest
        self.files: tuple[dict[str, str], dict[str, str]] = ({}, {})
        self.chosen = 0
        self.error = ""

    def compose(self) -> ComposeResult:
        yield Static("", id="match-head", markup=False)
        with Horizontal(id="sides"):
            yield CodeView(id="left")
            yield CodeView(id="right")
        yield OptionList(id="fragments")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        options = self.query_one("#fragments", OptionList)
        for n, fragment in enumerate(self.pair.get("fragments") or []):
            options.add_option(Option(fragment_line(fragment), id=f"frag-{n}"))
        if not options.option_count:
            options.add_option(Option(Text("No fragments.", style="dim"), disabled=True))
        self._paint_head()
        self.run_worker(self.load(), group="load")

    def _paint_head(self) -> None:
        mine, other = self.pair["sessions"]
        head = pair_line(self.pair)
        head.append(f"\nsession {mine} (left) and session {other} (right): a reason to look, "
                    "never a verdict", "dim")
        if self.error:
            head.append(f"  {self.error}", "bold red")
        self.query_one("#match-head", Static).update(head)

    async def load(self) -> None:
        """Read both sessions' files, then show the first fragment."""
        mine, other = self.pair["sessions"]
        try:
            left = await self.rest.files(int(mine))
            right = await self.rest.files(int(other))
        except ApiFailed as exc:
            self.error = exc.message
            self._paint_head()
            return
        self.files = ({p: inert(str(v.get("content", ""))) for p, v in left.items()},
                      {p: inert(str(v.get("content", ""))) for p, v in right.items()})
        self.show(self.chosen)

    def show(self, index: int) -> None:
        """Show fragment `index` on both sides, its lines marked."""
        fragments = self.pair.get("fragments") or []
        if not fragments:
            return
        self.chosen = index % len(fragments)
        fragment = fragments[self.chosen]
        for name, files, view in (("left", self.files[0], "#left"), ("right", self.files[1], "#right")):
            side = fragment.get(name) or {}
            path = str(side.get("path") or "")
            how = str(side.get("provenance") or fragment.get("provenance") or "")
            self.query_one(view, CodeView).show(inert(path), files.get(path), _range(side),
                                                note=how)
        options = self.query_one("#fragments", OptionList)
        if options.highlighted != self.chosen:
            options.highlighted = self.chosen

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.chosen:
            self.show(event.option_index)

    def action_step(self, by: int) -> None:
        """Show the next (or previous) fragment."""
        self.show(self.chosen + by)
