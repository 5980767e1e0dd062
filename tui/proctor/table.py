"""The sessions table: one row a session, repainted only where the model changed."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from datetime import datetime
from functools import lru_cache
from typing import Any, Final

from rich.color import Color
from rich.console import Console
from rich.text import Text
from textual.renderables.sparkline import Sparkline
from textual.widgets import DataTable

from tui.proctor.model import SessionRow, run_score

__all__ = ["COLUMNS", "SessionTable", "age", "status_text", "tests_text", "time_left_text"]

COLUMNS: Final = (
    # key, label, sort key, width at 80 columns, share of extra width
    ("id", "#", "id", 3, 0),
    ("candidate", "Candidate", "candidate", 9, 3),
    ("assessment", "Assessment", "assessment", 9, 2),
    ("status", "Status", "status", 9, 0),
    ("left", "Left", "left", 4, 0),
    ("activity", "Last", "activity", 4, 0),
    ("edits", "Edits", "edits", 5, 2),
    ("questions", "Q", "questions", 2, 0),
    ("score", "Score", "score", 5, 0),
    ("tests", "Tests", "tests", 5, 0),
    ("signals", "⚑", "signals", 3, 0),
)
"""The table's columns."""
_STATUS_STYLE: Final = {"active": "green", "paused": "yellow", "completed": "dim",
                        "expired": "red"}
_SPARK_LOW: Final = Color.from_rgb(58, 74, 58)
_SPARK_HIGH: Final = Color.from_rgb(255, 176, 0)
_CONSOLE: Final = Console(color_system="truecolor", force_terminal=True, width=200)


def age(then: datetime | None, now: datetime) -> str:
    """A short "how long ago": `4s`, `12m`, `3h`, `2d`; `—` when never."""
    if then is None:
        return "—"
    seconds = max(0.0, (now - then).total_seconds())
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds >= size:
            return f"{int(seconds // size)}{unit}"
    return f"{int(seconds)}s"


def time_left_text(row: SessionRow, now: datetime) -> Text:
    """The time left, coarse enough to redraw every few seconds: `1h05`, `14m`, `40s`."""
    left = row.left(now)
    if left is None or row.status == "completed":
        return Text("—", style="dim", justify="right")
    whole = int(left)
    if whole >= 3600:
        shown = f"{whole // 3600}h{whole % 3600 // 60:02d}"
    elif whole >= 60:
        shown = f"{whole // 60}m"
    else:
        shown = f"{whole}s"
    style = ("yellow" if row.status == "paused" else
             "bold red" if whole <= 300 else "")
    return Text(shown, style=style, justify="right")


_RUN_WORDS: Final = {"timeout": ("t/o", "bold red"), "unavailable": ("n/a", "dim"),
                     "error": ("err", "bold red")}
"""How a run that gave no per-test outcomes shows in the Tests column."""


def tests_text(row: SessionRow) -> Text:
    """The last run's passed/total (`4/5`, red when any failed), `…` while one runs."""
    if row.tests_running:
        return Text("…", style="bold yellow")
    if row.last_run is None:
        return Text("—", style="dim")
    passed, total = run_score(row.last_run)
    status = str(row.last_run.get("status") or "")
    if not total and status in _RUN_WORDS:
        return Text(*_RUN_WORDS[status])
    ok = status == "passed" and passed == total
    return Text(f"{passed}/{total}", style="green" if ok else "bold red")


def status_text(status: str) -> Text:
    """A status word in its colour."""
    return Text(status, style=_STATUS_STYLE.get(status, ""))


@lru_cache(maxsize=4096)
def spark_text(data: tuple[int, ...], width: int) -> Text:
    """Textual's sparkline of `data`, drawn once into a Text (cheap to redraw every frame)."""
    spark = Sparkline(data, width=width, min_color=_SPARK_LOW, max_color=_SPARK_HIGH,
                      summary_function=max)
    out = Text(no_wrap=True, overflow="crop")
    for segment in _CONSOLE.render(spark, _CONSOLE.options.update_width(width)):
        if segment.text != "\n":
            out.append(segment.text, segment.style)
    return out


def _cells(row: SessionRow, now: datetime, widths: dict[str, int]) -> dict[str, Any]:
    if row.score is not None:
        score = Text(f"{row.score:.1f}")
    elif row.quiz is not None:  # a quiz only: its share right
        score = Text(f"{float(row.quiz.get('percent') or 0):.0f}%")
    else:
        score = Text("—", style="dim")
    flags = Text("")
    if row.signals:
        flags = Text(f"⚑{len(row.signals)}", style="bold red" if row.warnings else "yellow")
    questions = Text(str(row.open_questions) if row.questions_asked else "—",
                     style="bold" if row.open_questions else "dim")
    return {
        "id": Text(str(row.id), style="dim"),
        "candidate": Text(row.candidate, overflow="ellipsis", no_wrap=True),
        "assessment": Text(row.assessment or "free", overflow="ellipsis", no_wrap=True,
                           style="" if row.assessment else "dim"),
        "status": status_text(row.status),
        "left": time_left_text(row, now),
        "activity": Text(age(row.last_activity, now), justify="right"),
        "edits": spark_text(tuple(row.edits_per_minute(now, widths["edits"])), widths["edits"]),
        "questions": questions,
        "score": score,
        "tests": tests_text(row),
        "signals": flags,
    }


def _signature(value: Any) -> Hashable:
    if isinstance(value, Text):
        return (value.plain, str(value.style))
    return repr(value)


class SessionTable(DataTable[Any]):
    """Sessions, sorted and filtered by the app; knows which row is which session."""

    def __init__(self, clock: Callable[[], datetime], **kw: Any) -> None:
        super().__init__(cursor_type="row", zebra_stripes=True, **kw)
        self._clock = clock
        self._order: list[int] = []
        self._widths: dict[str, int] = {}
        self._shown: dict[int, dict[str, Hashable]] = {}
        """Per row, a signature of what each cell shows now."""
        self._rows: dict[int, SessionRow] = {}
        self.stale: set[int] = set()
        """Rows that changed while out of view."""
        self.repaints = 0
        """Rows repainted so far (for tests and the benchmark)."""
        self.rebuilds = 0

    @property
    def order(self) -> list[int]:
        """Session ids in the order shown."""
        return list(self._order)

    @property
    def current_session(self) -> int | None:
        """The session under the cursor."""
        if not self._order or not 0 <= self.cursor_row < len(self._order):
            return None
        return self._order[self.cursor_row]

    def layout_for(self, width: int) -> dict[str, int]:
        """Column widths that use `width` cells."""
        base = {key: w for key, _l, _s, w, _x in COLUMNS}
        used = sum(base.values()) + 2 * len(COLUMNS) + 2
        spare = max(0, width - used)
        shares = sum(x for *_rest, x in COLUMNS)
        for key, _l, _s, _w, share in COLUMNS:
            base[key] += spare * share // shares
        return base

    def show(self, rows: Iterable[SessionRow], *, sort: str, reverse: bool,
             changed: set[int] | None = None) -> None:
        """Show exactly `rows` in this order, touching only what changed.

        Changed rows out of view are only noted (`stale`) and painted once scrolled to; a
        new order with the same rows is a sort, not a rebuild; a cell is rewritten only
        when what it shows differs.
        """
        rows = list(rows)
        widths = self.layout_for(self.size.width or 80)
        order = [r.id for r in rows]
        now = self._clock()
        if widths != self._widths:
            self._columns_for(widths, sort, reverse)
            self._order = []
        if set(order) != set(self._order) or len(order) != len(self._order):
            self._rebuild(rows, now)
            return
        todo = (set(order) if changed is None else changed) | self.stale
        top = int(self.scroll_offset.y)
        visible = set(order[max(0, top - 2):top + self.size.height + 2])
        for row in rows:
            if row.id not in todo:
                continue
            if row.id not in visible:
                self.stale.add(row.id)
                continue
            self.stale.discard(row.id)
            self._paint(row, now)
        if order != self._order:
            self._reorder(order)

    def _paint(self, row: SessionRow, now: datetime) -> None:
        shown = self._shown.setdefault(row.id, {})
        for key, value in _cells(row, now, self._widths).items():
            signature = _signature(value)
            if shown.get(key) != signature:
                shown[key] = signature
                self.update_cell(str(row.id), key, value)
        self.repaints += 1

    def _reorder(self, order: list[int]) -> None:
        current = self.current_session
        position = {sid: i for i, sid in enumerate(order)}
        self.sort("id", key=lambda cell: position[int(cell.plain)])
        self._order = order
        if current in position and position[current] != self.cursor_row:
            self.move_cursor(row=position[current], animate=False, scroll=False)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self.stale:
            top = int(new_value)
            visible = set(self._order[max(0, top - 2):top + self.size.height + 2])
            now = self._clock()
            for sid in self.stale & visible:
                row = self._rows.get(sid)
                if row is not None:
                    self._paint(row, now)
            self.stale -= visible

    def mark_sort(self, sort: str, reverse: bool) -> None:
        """Show the sort column with an arrow in its header."""
        self._columns_for(self._widths or self.layout_for(self.size.width or 80), sort, reverse)
        self._order = []

    def _columns_for(self, widths: dict[str, int], sort: str, reverse: bool) -> None:
        self.clear(columns=True)
        self._widths = widths
        for key, full, sort_key, _w, _x in COLUMNS:
            # narrow: say it is cut, as the cells do
            label = full if len(full) <= widths[key] else full[:widths[key] - 1] + "…"
            shown = f"{label}{'▼' if reverse else '▲'}" if sort_key == sort else label
            self.add_column(shown, key=key, width=widths[key])

    def _rebuild(self, rows: list[SessionRow], now: datetime) -> None:
        current = self.current_session
        self.clear()
        self.stale.clear()
        self._shown.clear()
        self._rows = {r.id: r for r in rows}
        for row in rows:
            cells = _cells(row, now, self._widths)
            self._shown[row.id] = {k: _signature(v) for k, v in cells.items()}
            self.add_row(*(cells[key] for key, *_ in COLUMNS), key=str(row.id))
        self._order = [r.id for r in rows]
        self.rebuilds += 1
        self.repaints += len(rows)
        if current in self._order:
            self.move_cursor(row=self._order.index(current), animate=False)
