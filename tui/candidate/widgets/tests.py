"""The Tests tab: the last run of the session's visible tests, pass or fail per test.

`TestResults` owns what it shows (`reactive` state drawn in `render`): whether a run was
asked for or is going, and the last `test_result`. The app sets that state from the
server's `test_run` and `test_result`, whoever started the run (the candidate, a proctor,
the finish); the button asks for a run with `TestsRequested`, as the F6 key does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.reactive import reactive
from textual.widget import Widget
from textual.widgets import Button

from tui.candidate.messages import TestsRequested
from viva.inert import inert_line
from viva.words import counted

_IMITATIONS: Final = str.maketrans({"✔": "?", "✘": "?"})
"""Marks of our own, replaced in a test's name so that it cannot pass for one."""

if TYPE_CHECKING:
    from viva.protocol import TestResult

__all__ = ["TestResults", "TestsPanel", "result_summary"]

OUTPUT_LINES: Final = 12
"""Lines of the run's output shown under the results (its tail)."""
_MARKS: Final = {"passed": ("✔ ", "bold green"), "failed": ("✘ ", "bold red"),
                 "error": ("✘ ", "bold red"), "skipped": ("- ", "dim")}
_STATUS_WORDS: Final = {
    "timeout": "The tests took too long and were stopped.",
    "unavailable": "The tests cannot run on this server right now.",
    "error": "The tests could not run to the end.",
}
_TRIGGERS: Final = {"proctor": "run by the proctor", "finish": "run at the finish",
                    "expiry": "run when the time ran out", "candidate": "run by you"}


def result_summary(result: TestResult) -> str:
    """`3/5 tests passed`, or what stopped the run."""
    total = result.passed + result.failed + result.errors
    if result.status in _STATUS_WORDS and not total:
        return f"tests {result.status}"
    return f"{result.passed}/{counted(total, 'test')} passed"


class TestResults(Widget):
    """The last run's results; 'running…' while one goes."""

    __test__ = False  # not a pytest class, whatever its name

    requested: reactive[bool] = reactive(False, layout=True)
    """A run was asked for; the server has not said it started."""
    running: reactive[int | None] = reactive(None, layout=True)
    """The id of the run going now."""
    result: reactive[TestResult | None] = reactive(None, layout=True)
    """The last finished run."""
    problem: reactive[str] = reactive("", layout=True)
    """Why the last request got no run (the server refused it)."""

    def render(self) -> Text:
        out = Text()
        if self.running is not None or self.requested:
            out.append("Running the tests…" if self.running is not None else "Starting the tests…",
                       "bold yellow")
            out.append("\n\n")
        if self.problem:
            out.append(self.problem, "bold red")
            out.append("\n\n")
        result = self.result
        if result is None:
            if not (self.running is not None or self.requested or self.problem):
                out.append("No test run yet. Press F6 to run the task's tests against your "
                           "code as it is now.", "dim")
            return out
        out.append_text(_headline(result))
        reason = result.reason.strip()
        if reason:
            out.append(f"\n{inert_line(reason, 600)}", "yellow")
        for case in result.cases:
            mark, style = _MARKS.get(case.outcome, ("? ", "bold"))
            out.append("\n")
            out.append(mark, style)
            out.append("server " if case.judge == "server" else "", "cyan")
            out.append(inert_line(case.name).translate(_IMITATIONS),
                       "bold" if case.outcome in ("failed", "error") else "")
            if case.path and case.outcome in ("failed", "error"):
                out.append(f"  {inert_line(case.path, 120)}" + (f":{case.line}" if case.line else ""), "dim")
            if case.message and case.outcome in ("failed", "error"):
                for line in case.message.strip().splitlines()[:6]:
                    out.append(f"\n    {inert_line(line)}", "red")
        tail = result.output_tail.strip()
        if tail and (result.status != "passed" or not result.cases):
            out.append("\n\nOutput (last lines):\n", "bold")
            out.append("\n".join(inert_line(line, 400) for line in tail.splitlines()[-OUTPUT_LINES:]), "dim")
        return out


def _headline(result: TestResult) -> Text:
    style = "bold green" if result.status == "passed" else "bold red"
    line = Text(result_summary(result).capitalize(), style)
    if result.status in _STATUS_WORDS:
        line.append(f" {_STATUS_WORDS[result.status]}", style)
    bits = [_TRIGGERS.get(result.trigger, f"run by {result.trigger}"),
            f"{result.duration_ms / 1000:.1f} s", f"run {result.run_id}"]
    line.append(f"  ({', '.join(bits)})", "dim")
    return line


class TestsPanel(Vertical):
    """The Tests tab: the results, scrolling, and a button that runs the tests again."""

    __test__ = False

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="tests-scroll", can_focus=False):
            yield TestResults(id="test-results")
        with Horizontal(id="tests-bar"):
            yield Button("Run the tests (F6)", id="run-tests", variant="primary", compact=True)

    @property
    def results(self) -> TestResults:
        """The results widget."""
        return self.query_one(TestResults)

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.post_message(TestsRequested())

    def asked(self) -> None:
        """The candidate asked for a run: say so until the server answers."""
        results = self.results
        results.requested, results.problem = True, ""

    def started(self, run_id: int) -> None:
        """A run started (`test_run`)."""
        results = self.results
        results.requested, results.running, results.problem = False, run_id, ""

    def finished(self, result: TestResult) -> None:
        """A run's results arrived (`test_result`)."""
        results = self.results
        if results.running is None or results.running <= result.run_id:
            results.running = None
        results.requested = False
        results.result = result
        self.query_one("#tests-scroll", VerticalScroll).scroll_home(animate=False)

    def refused(self, why: str) -> bool:
        """The server refused something: if it was a run asked for here, say why; True then."""
        results = self.results
        if not results.requested:  # the answer to run_tests, which never says "started"
            return False
        results.requested, results.problem = False, why
        return True

    def summary(self) -> Any:
        """The tab's label: `Tests 3/5` in colour, `Tests …` while running."""
        results = self.results
        label = Text("Tests")
        if results.running is not None or results.requested:
            label.append(" …", "yellow")
        elif results.result is not None:
            r = results.result
            total = r.passed + r.failed + r.errors
            shown = f" {r.passed}/{total}" if total else f" {r.status}"
            label.append(shown, "green" if r.status == "passed" else "red")
        return label
