"""One session, live: its files as they change, the transcript, integrity signals, tests,
the sessions with similar code (opened side by side), actions."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from datetime import datetime
from typing import Any, ClassVar, Final

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import (
    Footer,
    Header,
    OptionList,
    Sparkline,
    Static,
    TabbedContent,
    TabPane,
    Tree,
)
from textual.widgets.option_list import Option

from tui.proctor.api import ApiFailed, RestClient
from tui.proctor.codeview import CodeView, FileTree
from tui.proctor.feed import Feed
from tui.proctor.messages import ActionRequested, SessionEventArrived, SignalChosen
from tui.proctor.model import Fleet, LiveWorkspace, run_score
from tui.proctor.runs import run_text
from tui.proctor.signals import SignalRow, merge_signal, parse_time
from tui.proctor.similar import MatchScreen, pair_line, pairs_of
from tui.proctor.table import status_text
from tui.proctor.timeline import Timeline, Turn
from viva.diffs import sha256_text

__all__ = ["SessionScreen", "clock_offset", "signal_line", "transcript_text"]

NARROW: Final = 100
"""Below this many columns the side panel goes under the code instead of beside it."""
_RELOAD_ON: Final = ("question", "answer", "evaluation_result", "evaluation", "answer_evaluated",
                     "integrity_signal", "signal", "flag", "flags", "integrity")


def clock_offset(seconds: float) -> str:
    """Seconds into the session as `+mm:ss` (or `+h:mm:ss`)."""
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"+{h}:{m:02d}:{s:02d}" if h else f"+{m:02d}:{s:02d}"


def signal_line(signal: SignalRow, timeline: Timeline | None) -> Text:
    """One signal as a line: severity, moment, what, where."""
    mark = ("▲ ", "bold red") if signal.severity == "warn" else ("△ ", "yellow")
    when = clock_offset(timeline.offset_of(signal.at)) if timeline and signal.at else "—"
    where = f" {signal.path}" if signal.path else ""
    return Text.assemble(mark, (when, "cyan"), f" {signal.kind.replace('_', ' ')}{where}: ",
                         (signal.detail, "dim"))


def transcript_text(turns: list[Turn], quiz: list[tuple[float, dict[str, Any]]] | None = None) -> Text:
    """The questions, answers and scores, oldest first; then the quiz's answers."""
    out = Text()
    if not turns and not quiz:
        out.append("No questions yet.", style="dim")
    for n, turn in enumerate(turns, 1):
        where = f"  ({turn.path}:{turn.line})" if turn.path else ""
        out.append(f"Q{n} {clock_offset(turn.asked_offset)}", style="bold cyan")
        out.append(f"{where}\n", style="dim")
        out.append(f"{turn.question}\n")
        if turn.response is None:
            out.append("  … waiting for an answer\n", style="italic yellow")
            for claim in turn.key_points:
                out.append(f"  · {claim}\n", style="dim")
            out.append("\n")
            continue
        out.append(f"  A: {turn.response}\n", style="green")
        if turn.score is not None:
            out.append(f"  score {turn.score:g}/10", style="bold")
        if turn.evaluation:
            evaluation = re.sub(r"^\s*score \d+(\.\d+)?/10\.?\s*", "", turn.evaluation, flags=re.IGNORECASE)
            out.append(f"  {evaluation}", style="dim")
        out.append("\n")
        _rubric_lines(out, turn)
        out.append("\n")
    _quiz_lines(out, quiz or [])
    return out


def _quiz_lines(out: Text, quiz: list[tuple[float, dict[str, Any]]]) -> None:
    """Each quiz answer: number, moment, right or wrong, time taken, the question."""
    if quiz:
        out.append(f"Quiz: {sum(1 for _, a in quiz if a.get('is_correct'))} of "
                   f"{len(quiz)} answered right\n", style="bold")
    for n, (offset, answer) in enumerate(quiz, 1):
        right = bool(answer.get("is_correct"))
        out.append(f"  {answer.get('number') or n}. {clock_offset(offset)} ", style="cyan")
        out.append("✓ right" if right else "✗ wrong", style="green" if right else "yellow")
        took = answer.get("time_taken_seconds")
        if isinstance(took, int | float):
            out.append(f" in {took:.0f} s", style="dim")
        out.append(f"  {answer.get('question') or answer.get('question_id') or ''}\n")


def _rubric_lines(out: Text, turn: Turn) -> None:
    """Key points covered (✓) and missed (✗), and wrong claims (!), one line each."""
    for mark, style, claims in (("✓", "green", turn.covered), ("✗", "yellow", turn.missing),
                                ("! wrong:", "bold red", turn.misconceptions)):
        for claim in claims:
            out.append(f"  {mark} ", style=style)
            out.append(f"{' '.join(claim.split())}\n")


class SessionScreen(Screen[None]):
    """A watched session: files, the selected file live, transcript and signals.

    Its session's events come as `SessionEventArrived`; actions go up as `ActionRequested`,
    replays as `SignalChosen`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "app.pop_screen", "Back"),
        Binding("f", "follow", "Follow edits"),
        Binding("m", "act('message')", "Message"),
        Binding("p", "act('pause')", "Pause/Resume"),
        Binding("x", "act('end')", "End"),
        Binding("g", "act('report')", "Report"),
        Binding("t", "act('tests')", "Run tests", tooltip="Run this session's tests"),
        Binding("r", "replay", "Replay"),
        # the side panel's tabs by position: `t` already runs the tests, as in the table
        Binding("1", "show_tab('tab-transcript')", "Transcript"),
        Binding("2", "show_tab('tab-signals')", "Signals"),
        Binding("3", "show_tab('tab-tests')", "Tests"),
        Binding("4", "show_tab('tab-similar')", "Similar"),
    ]

    def __init__(self, session_id: int, *, fleet: Fleet, rest: RestClient, feed: Feed | None,
                 clock: Callable[[], datetime]) -> None:
        super().__init__()
        self.session_id = session_id
        self.fleet = fleet
        """The live model: the session's row as the feed keeps it."""
        self.rest = rest
        self.feed = feed
        """The live feed, to watch the session on; None offline."""
        self.clock = clock
        self.workspace = LiveWorkspace()
        self.timeline: Timeline | None = None
        self.selected: str | None = None
        self.follow = True
        self.error = ""
        self._dirty = True
        self._minutes: Counter[int] = Counter()
        self._loading = False
        self._reload_wanted = False
        self.pairs: list[dict[str, Any]] = []
        """The pairs this session is in (it on the left), most similar first."""
        self.pairs_note = ""
        self._similar_shown: list[dict[str, Any]] | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="◉")
        with Horizontal(id="head"):
            yield Static("", id="head-text")
            yield Sparkline([0.0, 0.0], id="spark", summary_function=max)
        with Vertical(id="main"):
            with Horizontal(id="body"):
                yield FileTree(id="files")
                yield CodeView(id="code")
            with TabbedContent(id="side"):
                with TabPane("Transcript", id="tab-transcript"), \
                        VerticalScroll(id="transcript-scroll"):  # focusable: the keys scroll it
                    yield Static("", id="transcript")
                with TabPane("Signals", id="tab-signals"):
                    yield OptionList(id="signals")
                with TabPane("Tests", id="tab-tests"), VerticalScroll(id="tests-scroll"):
                    yield Static("", id="tests")
                with TabPane("Similar", id="tab-similar"):
                    yield OptionList(id="similar")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.set_class(self.app.size.width < NARROW, "-narrow")
        self.run_worker(self.load(), group="load")

    async def on_unmount(self) -> None:
        if self.feed is not None:
            await self.feed.unwatch(self.session_id)

    def on_resize(self) -> None:
        self.set_class(self.app.size.width < NARROW, "-narrow")

    async def load(self) -> None:
        """Watch the session, then read its files and timeline (again, after a gap)."""
        if self._loading:
            self._reload_wanted = True
            return
        self._loading = True
        try:
            while True:
                self._reload_wanted = False
                await self._load_once()
                if not self._reload_wanted:
                    break
        finally:
            self._loading = False

    async def _load_once(self) -> None:
        feed, rest = self.feed, self.rest
        self.workspace.loaded = False
        if feed is not None:
            await feed.watch(self.session_id)
        try:
            timeline = Timeline(await rest.timeline(self.session_id))
            files = await rest.files(self.session_id)
        except ApiFailed as exc:
            self.error = exc.message
            self._dirty = True
            return
        # The versions come from the timeline, so the texts must too: a change stored
        # between the two reads is in /files but not in the timeline, and arrives live
        # (as the next version) a moment later. Only where the timeline has a gap does
        # the server's text stand in.
        contents = timeline.files_at(len(timeline.moments) - 1)
        for path, item in files.items():
            if path in timeline.broken_paths and sha256_text(contents.get(path, "")) != item.get("sha256"):
                contents[path] = str(item.get("content", ""))
        self.timeline, self.error = timeline, ""
        await self._load_pairs()
        self._minutes = Counter(int(m.at.timestamp() // 60) for m in timeline.moments if m.is_code)
        self.workspace.last_path = _last_edited(timeline)
        self.workspace.load(contents, timeline.versions())
        for path, index in list(_last_change_of(timeline).items())[-50:]:
            if path in self.workspace.files and path not in self.workspace.latest:
                self.workspace.latest[path] = timeline.frame(index).changed
        if self.follow or self.selected not in self.workspace.files:
            self.selected = self.workspace.last_path if self.workspace.last_path in \
                self.workspace.files else next(iter(sorted(self.workspace.files)), None)
        self._dirty = True
        self.flush()

    async def _load_pairs(self) -> None:
        """The pairs of similar code this session is in (none before it is compared)."""
        row = self.fleet.sessions.get(self.session_id)
        slug = row.assessment if row is not None else ""
        if not slug:
            self.pairs, self.pairs_note = [], "Not part of an assessment: nothing to compare."
            return
        try:
            self.pairs = pairs_of(await self.rest.similarity(slug), self.session_id)
            self.pairs_note = "" if self.pairs else \
                "No similar code: sessions are compared when they close."
        except ApiFailed as exc:
            self.pairs, self.pairs_note = [], exc.message

    def on_session_event_arrived(self, message: SessionEventArrived) -> None:
        if message.session_id != self.session_id:
            return
        event = message.event
        kind = event.get("type")
        if kind == "code_update":
            if self.workspace.loaded and event.get("ts"):
                at = parse_time(event["ts"])
                if at is not None:
                    self._minutes[int(at.timestamp() // 60)] += 1
            if self.workspace.apply(event) and self.follow:
                self.selected = self.workspace.last_path
            if self.workspace.stale:
                self.run_worker(self.load(), group="load")
        elif kind in _RELOAD_ON:
            self.run_worker(self.load(), group="load")
        self._dirty = True

    def flush(self) -> None:
        """Repaint what changed (called by the app's repaint timer)."""
        if not self._dirty or not self.is_mounted:
            return
        try:
            self._paint()
        except NoMatches:
            return  # the screen is being taken apart

    def _paint(self) -> None:
        self._dirty = False
        self._paint_head()
        ws = self.workspace
        self.query_one(FileTree).set_paths(list(ws.files), self.selected, ws.last_path)
        note = f"v{ws.versions.get(self.selected or '', 0)}" if self.selected else ""
        if self.error or self.timeline is None:
            self.query_one(CodeView).show(None, None, note=self.error or "loading…")
        else:
            self.query_one(CodeView).show(self.selected, ws.files.get(self.selected or ""),
                                          ws.latest.get(self.selected or "", []),
                                          note or "no files yet")
        if self.timeline is not None:
            self.query_one("#transcript", Static).update(transcript_text(self.timeline.turns,
                                                                       self.timeline.quiz))
            self._paint_signals()
            self._paint_similar()
        self._paint_tests()

    def _paint_head(self) -> None:
        row = self.fleet.sessions.get(self.session_id)
        head = Text()
        if row is not None:
            head.append(row.candidate or f"session {self.session_id}", style="bold")
            head.append(f" · {row.assessment or 'free coding'} · ")
            head.append_text(status_text(row.status))
            score = f"{row.score:.1f}" if row.score is not None else "—"
            head.append(f" · score {score} · {row.open_questions} open of {row.questions_asked}"
                        f" · {row.edits} edit{'' if row.edits == 1 else 's'}", style="")
            if row.quiz_text:
                head.append(f" · quiz {row.quiz_text}")
            if row.signals:
                head.append(f" · ⚑{len(row.signals)}", style="bold red" if row.warnings else "yellow")
        self.query_one("#head-text", Static).update(head)
        if self._minutes:
            first = min(self._minutes)
            last = max(*self._minutes, int(self.clock().timestamp() // 60))
            data = [float(self._minutes.get(m, 0)) for m in range(first, last + 1)][-240:]
            self.query_one("#spark", Sparkline).data = data if len(data) > 1 else [0.0, *data]

    def _signals(self) -> list[SignalRow]:
        found = list(self.timeline.signals if self.timeline else [])
        row = self.fleet.sessions.get(self.session_id)
        for s in row.signals if row else []:
            merge_signal(found, s)
        return sorted(found, key=lambda s: (s.at is None, s.at.timestamp() if s.at else 0))

    def _paint_signals(self) -> None:
        signals = self._signals()
        row = self.fleet.sessions.get(self.session_id)
        if row is not None and len(row.signals) != len(signals):  # one count, here and in the list
            for s in signals:
                row.add_signal(s)
            self.fleet.changed.mark(self.session_id)
        options = self.query_one("#signals", OptionList)
        if options.option_count == len(signals) and signals:
            return
        options.clear_options()
        for n, s in enumerate(signals):
            options.add_option(Option(signal_line(s, self.timeline), id=f"sig-{n}"))
        if not signals:
            options.add_option(Option(Text("No integrity signals.", style="dim"), disabled=True))
        pane = self.query_one(TabbedContent).get_tab("tab-signals")
        pane.label = f"Signals ({len(signals)})" if signals else "Signals"

    def _paint_similar(self) -> None:
        options = self.query_one("#similar", OptionList)
        if self._similar_shown is self.pairs and options.option_count:
            return  # unchanged since the last paint: keep the highlight where it is
        self._similar_shown = self.pairs
        options.clear_options()
        for n, pair in enumerate(self.pairs):
            options.add_option(Option(pair_line(pair), id=f"pair-{n}"))
        if self.pairs:
            options.highlighted = 0  # enter opens the most similar pair
        else:
            options.add_option(Option(Text(self.pairs_note or "No similar code.", style="dim"),
                                      disabled=True))
        pane = self.query_one(TabbedContent).get_tab("tab-similar")
        pane.label = f"Similar ({len(self.pairs)})" if self.pairs else "Similar"

    def _last_run(self) -> dict[str, Any] | None:
        """The last finished run: the feed's, else the timeline's (runs before this console)."""
        row = self.fleet.sessions.get(self.session_id)
        runs = self.timeline.test_runs if self.timeline is not None else []
        if row is not None and row.last_run is not None:
            if "cases" not in row.last_run:  # a session summary's figures: the timeline has it whole
                same = [r for r in runs if r.get("run_id") == row.last_run.get("run_id")]
                return same[-1] if same else row.last_run
            return row.last_run
        return runs[-1] if runs else None

    def _paint_tests(self) -> None:
        row = self.fleet.sessions.get(self.session_id)
        running = row is not None and row.tests_running
        run = self._last_run()
        self.query_one("#tests", Static).update(run_text(run, running=running))
        pane = self.query_one(TabbedContent).get_tab("tab-tests")
        label = Text("Tests")
        if running:
            label.append(" …", "yellow")
        elif run is not None:
            label.append_text(Text(" ") + _score_label(run))
        pane.label = label

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        if event.option_list.id == "similar":
            if 0 <= event.option_index < len(self.pairs):
                self.app.push_screen(MatchScreen(self.pairs[event.option_index], self.rest))
            return
        signals = self._signals()
        index = event.option_index
        if self.timeline is None or not 0 <= index < len(signals) or signals[index].at is None:
            return
        at = signals[index].at
        assert at is not None
        self.post_message(SignalChosen(self.session_id, self.timeline.offset_of(at)))

    def on_tree_node_selected(self, event: Tree.NodeSelected[str]) -> None:
        if event.node.data and event.node.data != self.selected:
            self.selected, self.follow = event.node.data, False
            self.notify("Following edits: off (f to follow again)", timeout=3)
            self._dirty = True
            self.flush()

    def action_follow(self) -> None:
        """Follow the latest edit again (or stop following)."""
        self.follow = not self.follow
        if self.follow and self.workspace.last_path:
            self.selected = self.workspace.last_path
        self.notify(f"Following edits: {'on' if self.follow else 'off'}", timeout=3)
        self._dirty = True
        self.flush()

    def action_act(self, action: str) -> None:
        """Message, pause/resume, end, report or run the tests, for this session."""
        self.post_message(ActionRequested(self.session_id, action))

    def action_show_tab(self, tab: str) -> None:
        """Show the transcript, the signals or the tests, with the focus there (arrows scroll or pick)."""
        self.query_one("#side", TabbedContent).active = tab
        targets = {"tab-transcript": "#transcript-scroll", "tab-signals": "#signals",
                   "tab-tests": "#tests-scroll", "tab-similar": "#similar"}
        self.query_one(targets[tab]).focus()

    def action_replay(self) -> None:
        """Replay this session from its start."""
        self.post_message(SignalChosen(self.session_id, 0.0))


def _score_label(run: dict[str, Any]) -> Text:
    passed, total = run_score(run)
    if not total:
        return Text(str(run.get("status") or "?"), style="dim")
    ok = run.get("status") == "passed" and passed == total
    return Text(f"{passed}/{total}", style="green" if ok else "red")


def _last_change_of(timeline: Timeline) -> dict[str, int]:
    last: dict[str, int] = {}
    for m in timeline.moments:
        if m.is_code and isinstance(m.data.get("path"), str):
            last.pop(m.data["path"], None)
            last[m.data["path"]] = m.index
    return last


def _last_edited(timeline: Timeline) -> str | None:
    for m in reversed(timeline.moments):
        if m.is_code and isinstance(m.data.get("path"), str) and m.type != "file_deleted":
            return str(m.data["path"])
    return None
