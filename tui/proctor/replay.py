"""Replay: scrub through a whole session, play it at 1×–20×, jump to questions and flags."""

from __future__ import annotations

from typing import Any, ClassVar, Final

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Header, OptionList, Static
from textual.widgets.option_list import Option

from tui.proctor.api import ApiFailed, RestClient
from tui.proctor.codeview import CodeView
from tui.proctor.messages import ScrubberMoved
from tui.proctor.model import Fleet
from tui.proctor.runs import run_line
from tui.proctor.session_view import clock_offset
from tui.proctor.timeline import Frame, Mark, Moment, Player, Timeline

__all__ = ["ReplayScreen", "Scrubber", "describe_moment"]

TICK_SECONDS: Final = 0.1
"""Playback clock period."""


def describe_moment(moment: Moment | None) -> Text:
    """What happened at a moment, in one line."""
    if moment is None:
        return Text("Before the first event.", style="dim")
    d, kind = moment.data, moment.type
    when = Text(f"{clock_offset(moment.offset)}  ", style="cyan")
    if kind == "code_update":
        body = Text.assemble((f"{d.get('path')}", "bold"), f" v{d.get('version')}  ",
                             (f"+{d.get('lines_added', 0)}", "green"), " ",
                             (f"−{d.get('lines_removed', 0)}", "red"),
                             f"  ({d.get('chars_added', 0)} chars added)")
    elif kind == "file_deleted":
        body = Text.assemble(("deleted ", "red"), (str(d.get("path")), "bold"))
    elif kind == "question":
        body = Text.assemble(("Question: ", "bold cyan"), str(d.get("question") or ""))
    elif kind == "answer":
        score = d.get("score")
        body = Text.assemble(("Answer", "bold green"),
                             (f" (score {score}/10)" if score is not None else ""), ": ",
                             str(d.get("response") or ""))
    elif kind == "session_state":
        body = Text(f"Session {d.get('status')}" + (f" by {d['by']}" if d.get("by") else ""),
                    style="yellow")
    elif kind == "proctor_message":
        body = Text.assemble(("Proctor: ", "bold magenta"), str(d.get("message") or ""))
    elif kind == "integrity_signal":
        body = Text.assemble(("⚑ ", "bold red"), (str(d.get("kind", "signal")).replace("_", " "), "bold"),
                             f" {d.get('path') or ''}: ", (str(d.get("detail") or ""), "dim"))
    elif kind == "test_result":
        body = run_line(d)
    elif kind == "chat_message":
        body = Text.assemble(("Help asked: ", "bold"), str(d.get("message") or ""))
    else:
        body = Text(kind.replace("_", " "), style="dim")
    when.append_text(body)
    return when


_MARK_SYMBOLS: Final = {"flag": ("!", "bold red"), "question": ("?", "bold cyan"),
                        "test": ("✓", "bold green"), "test-failing": ("✗", "bold red")}
"""How each kind of mark shows under the scrubber's bar."""


class Scrubber(Widget):
    """A slider over the whole session: the position, and marks for questions (?), flags (!)
    and test runs (✓ all passed, ✗ some failed)."""

    def __init__(self, **kw: Any) -> None:
        super().__init__(**kw)
        self.fraction = 0.0
        self.marks: list[tuple[float, str]] = []

    def set_state(self, fraction: float, marks: list[Mark], duration: float) -> None:
        """Move the knob to `fraction` and place `marks` along the bar."""
        self.fraction = min(max(fraction, 0.0), 1.0)
        self.marks = [(m.offset / duration if duration else 0.0,
                       "test-failing" if m.kind == "test" and m.failing else m.kind)
                      for m in marks]
        self.refresh()

    def render(self) -> Text:
        width = max(self.content_region.width, 2)
        knob = round(self.fraction * (width - 1))
        bar = Text()
        bar.append("━" * knob, style="bold cyan")
        bar.append("●", style="bold white")
        bar.append("─" * (width - knob - 1), style="grey50")
        below = [" "] * width
        styles = [""] * width
        for fraction, kind in self.marks:
            col = min(width - 1, round(fraction * (width - 1)))
            symbol, style = _MARK_SYMBOLS.get(kind, ("?", "bold cyan"))
            if below[col] != "!":  # a flag shows over anything else at its column
                below[col], styles[col] = symbol, style
        marks = Text()
        for ch, style in zip(below, styles, strict=False):
            marks.append(ch, style=style)
        bar.append("\n")
        bar.append_text(marks)
        return bar

    def _move_to(self, x: int) -> None:
        width = max(self.content_region.width, 2)
        self.post_message(ScrubberMoved(min(max((x - 1) / (width - 1), 0.0), 1.0)))

    def on_mouse_down(self, event: events.MouseDown) -> None:
        self.capture_mouse()
        self._move_to(event.x)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        if event.button:
            self._move_to(event.x)

    def on_mouse_up(self, event: events.MouseUp) -> None:
        self.release_mouse()


class ReplayScreen(Screen[None]):
    """Step, scrub and play through a session rebuilt from its timeline."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("space", "play", "Play/Pause", priority=True),
        Binding("left", "step(-1)", "◀", show=False, priority=True),
        Binding("right", "step(1)", "▶", show=False, priority=True),
        Binding("shift+left", "skip(-60)", "-1 min", show=False, priority=True),
        Binding("shift+right", "skip(60)", "+1 min", show=False, priority=True),
        Binding("home", "to_fraction(0)", "Start", show=False, priority=True),
        Binding("end", "to_fraction(1)", "End", show=False, priority=True),
        Binding("plus,equals_sign,right_square_bracket", "speed(True)", "Faster", key_display="+"),
        Binding("minus,left_square_bracket", "speed(False)", "Slower", key_display="-"),
        Binding("i", "idle", "Skip idle"),
        Binding("n", "jump(True, 'question')", "Next Q"),
        Binding("N", "jump(False, 'question')", "Prev Q", show=False),
        Binding("f", "jump(True, 'flag')", "Next flag"),
        Binding("F", "jump(False, 'flag')", "Prev flag", show=False),
        Binding("t", "jump(True, 'test')", "Next run", show=False),
        Binding("T", "jump(False, 'test')", "Prev run", show=False),
    ]

    def __init__(self, session_id: int, *, fleet: Fleet, rest: RestClient, start: float = 0.0,
                 timeline: Timeline | None = None) -> None:
        super().__init__()
        self.session_id = session_id
        self.fleet = fleet
        """The live model: who the session's candidate is."""
        self.rest = rest
        """Where the timeline comes from, unless given."""
        self.start = start
        self.timeline = timeline
        self.player: Player | None = Player(timeline) if timeline else None
        self.selected: str | None = None
        self.frame: Frame | None = None
        self.error = ""

    def compose(self) -> ComposeResult:
        yield Header(icon="◉")
        yield Static("Loading the timeline…", id="replay-head")
        yield Scrubber(id="scrubber")
        with Horizontal(id="replay-body"):
            yield OptionList(id="replay-files")
            yield CodeView(id="replay-code")
        yield Static("", id="moment")
        yield Footer(compact=True)

    async def on_mount(self) -> None:
        self.set_interval(TICK_SECONDS, self._tick, name="playback")
        if self.timeline is None:
            try:
                self.timeline = Timeline(await self.rest.timeline(self.session_id))
            except ApiFailed as exc:
                self.error = exc.message
                self.query_one("#replay-head", Static).update(Text(exc.message, style="red"))
                return
            self.player = Player(self.timeline)
        assert self.player is not None
        if self.start:
            self.player.seek(self.start)
        self.paint()

    def _tick(self) -> None:
        if self.player is not None and self.player.playing:
            self.player.tick(TICK_SECONDS)
            self.paint()

    def paint(self) -> None:
        """Show the workspace at the player's position."""
        player, timeline = self.player, self.timeline
        if player is None or timeline is None:
            return
        index = player.index
        if self.frame is None or self.frame.index != index:
            self.frame = timeline.frame(index)
            if self.frame.path and self.frame.path in self.frame.files:
                self.selected = self.frame.path
            elif self.selected not in self.frame.files:
                self.selected = next(iter(sorted(self.frame.files)), None)
            self._paint_files()
            changed = self.frame.changed if self.frame.path == self.selected else []
            self.query_one(CodeView).show(self.selected, self.frame.files.get(self.selected or ""),
                                          changed, note="" if self.frame.files else "no files yet")
            moment = timeline.moments[index] if index >= 0 else None
            self.query_one("#moment", Static).update(describe_moment(moment))
        row = self.fleet.sessions.get(self.session_id)
        who = row.candidate if row else f"session {self.session_id}"
        state = f"▶ {player.speed}×" if player.playing else f"❚❚ {player.speed}×"
        head = Text.assemble(("Replay ", "bold"), f"{who}  ",
                             (f"{clock_offset(player.position)}", "bold cyan"),
                             f" / {clock_offset(timeline.duration)}  ",
                             f"event {index + 1}/{len(timeline.moments)}  ", (state, "bold"),
                             f"  skip idle: {'on' if player.skip_idle else 'off'}")
        if timeline.errors:
            head.append(f"  ({len(timeline.errors)} gaps)", style="red")
        self.query_one("#replay-head", Static).update(head)
        self.query_one(Scrubber).set_state(
            player.position / timeline.duration if timeline.duration else 1.0,
            timeline.marks, timeline.duration)

    def _paint_files(self) -> None:
        assert self.frame is not None
        files = self.query_one("#replay-files", OptionList)
        files.clear_options()
        for path in sorted(self.frame.files):
            style = "bold yellow" if path == self.frame.path else ""
            files.add_option(Option(Text(path, style=style), id=path))
        if self.selected in self.frame.files:
            files.highlighted = sorted(self.frame.files).index(self.selected)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if self.frame is not None and event.option.id:
            self.selected = event.option.id
            changed = self.frame.changed if self.frame.path == self.selected else []
            self.query_one(CodeView).show(self.selected, self.frame.files.get(self.selected),
                                          changed)

    def on_scrubber_moved(self, message: ScrubberMoved) -> None:
        if self.player is not None:
            self.player.seek_fraction(message.fraction)
            self.paint()

    def action_play(self) -> None:
        """Play or pause; at the end, play from the start."""
        if self.player is None or self.timeline is None:
            return
        if not self.player.playing and self.player.position >= self.timeline.duration:
            self.player.seek(0)
        self.player.playing = not self.player.playing
        self.paint()

    def action_step(self, moments: int) -> None:
        """One event back or forward."""
        if self.player is not None:
            self.player.step(moments)
            self.paint()

    def action_skip(self, seconds: float) -> None:
        """Move by session time."""
        if self.player is not None:
            self.player.seek(self.player.position + seconds)
            self.paint()

    def action_to_fraction(self, fraction: float) -> None:
        """Start or end."""
        if self.player is not None:
            self.player.seek_fraction(fraction)
            self.paint()

    def action_speed(self, faster: bool) -> None:
        """Play faster or slower (1×, 2×, 5×, 10×, 20×)."""
        if self.player is not None:
            self.player.change_speed(faster)
            self.paint()

    def action_idle(self) -> None:
        """Skip idle stretches while playing, or not."""
        if self.player is not None:
            self.player.skip_idle = not self.player.skip_idle
            self.paint()

    def action_jump(self, forward: bool, kind: str) -> None:
        """To the next or previous question, flag or test run."""
        if self.player is None:
            return
        if not self.player.jump(forward, kind):
            what = "test run" if kind == "test" else kind
            self.notify(f"No {'later' if forward else 'earlier'} {what}", timeout=2)
        self.paint()
