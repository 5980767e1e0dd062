"""`viva proctor`: the live sessions table, and the way into each session, replay and actions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from textual.app import App, ScreenStackError
from textual.css.query import NoMatches

from tui.proctor.actions import ConfirmDialog, MessageDialog, ReportDialog
from tui.proctor.api import ApiFailed, RestClient
from tui.proctor.feed import Feed
from tui.proctor.messages import (
    ActionRequested,
    FeedChanged,
    SessionEventArrived,
    SessionOpened,
    SignalChosen,
)
from tui.proctor.model import Fleet
from tui.proctor.sessions_screen import SessionsScreen
from tui.proctor.table import SessionTable
from viva.protocol import Message as WireMessage

if TYPE_CHECKING:  # imported when first opened, not at start-up
    from tui.proctor.replay import ReplayScreen
    from tui.proctor.session_view import SessionScreen
    from tui.proctor.timeline import Timeline

__all__ = ["ProctorApp"]

REFRESH_HZ: Final = 5
"""Table repaints a second at most, however busy the feed."""
AGE_REFRESH_SECONDS: Final = 5.0
"""How often the "last activity" ages are redrawn when nothing else changes."""


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ProctorApp(App[int]):
    """The proctor console: it holds the model, the REST client and the feed, gives each
    screen what it needs, passes a session's events on to its view (`SessionEventArrived`),
    and carries out what the screens ask for (`SessionOpened`, `SignalChosen`,
    `ActionRequested`, each action named in `_actions`)."""

    CSS_PATH = Path(__file__).with_name("proctor.tcss")
    """Every style of the console's screens and widgets, in one sheet (absolute, so a
    subclass defined elsewhere finds it too)."""
    TITLE = "viva proctor"
    ENABLE_COMMAND_PALETTE = False

    def __init__(self, server: str, token: str, *, rest: RestClient | None = None,
                 connect: bool = True, clock: Callable[[], datetime] | None = None,
                 refresh_hz: float = REFRESH_HZ) -> None:
        super().__init__()
        self.server = server.rstrip("/")
        self.fleet = Fleet(clock=clock or _utc_now)
        self.rest = rest or RestClient(server, token)
        self.feed: Feed | None = None
        if connect:
            self.feed = Feed(server, token, on_frame=self._frame_arrived,
                             on_state=self._feed_state_changed)
        self.clock = clock or _utc_now
        self.refresh_hz = refresh_hz
        self.feed_state = "connecting" if connect else "offline"
        self.errors: list[str] = []
        """Error sentences the server sent back on the feed, latest last."""
        self.sessions_screen = SessionsScreen(self.fleet, server=self.server, clock=self.clock,
                                              feed_state=self.feed_state)
        self._actions: dict[str, Callable[[int], None]] = {
            "message": self._ask_message,
            "pause": self._pause_or_resume,
            "end": self._confirm_end,
            "report": self._ask_report,
            "replay": self._replay,
            "tests": self._run_tests,
        }
        """What each `ActionRequested` does, by its action, for its session."""

    @property
    def table(self) -> SessionTable:
        """The sessions table."""
        return self.sessions_screen.table

    async def on_mount(self) -> None:
        await self.push_screen(self.sessions_screen)
        self.set_interval(1 / self.refresh_hz, self.repaint, name="repaint")
        self.set_interval(AGE_REFRESH_SECONDS, self._age_rows, name="ages")
        if self.feed is not None:
            self.run_worker(self.feed.run(), name="feed", group="feed")
        self.repaint()

    async def on_unmount(self) -> None:
        if self.feed is not None:
            await self.feed.stop()
        await self.rest.aclose()

    # --- the feed ------------------------------------------------------------------------

    def _frame_arrived(self, frame: WireMessage) -> None:
        if frame.type == "error":
            sentence = frame.data.error or "the server refused that"
            self.errors.append(sentence)
            self.notify(sentence, title="Server", severity="error")
            return
        applied = self.fleet.apply_frame(frame)
        if applied is not None:
            self._pass_on(*applied)

    def _pass_on(self, session_id: int, event: dict[str, Any]) -> None:
        """A session's event to the screens showing that session (under a dialog too)."""
        for screen in self.screen_stack:
            if getattr(screen, "session_id", None) == session_id:
                screen.post_message(SessionEventArrived(session_id, event))

    def _feed_state_changed(self, state: str, why: str) -> None:
        self.post_message(FeedChanged(state, why))

    def on_feed_changed(self, message: FeedChanged) -> None:
        self.feed_state = message.state
        if message.state == "refused":
            self.notify(f"The server refused the feed: {message.why}", severity="error", timeout=15)
        elif message.state == "disconnected":
            self.feed_state = f"reconnecting ({message.why})"
        self.sessions_screen.show_feed_state(self.feed_state)

    # --- repainting ----------------------------------------------------------------------

    def repaint(self) -> None:
        """Bring the screens up to date with the model: at most `refresh_hz` times a second."""
        try:
            flush = getattr(self.screen, "flush", None)
            if flush is not None:
                flush()
            if self.sessions_screen.is_mounted:
                self.sessions_screen.repaint(self.fleet.changed.drain())
        except (ScreenStackError, NoMatches):
            return  # shutting down, or a screen is being taken apart: nothing to paint

    def _age_rows(self) -> None:
        self.fleet.changed.mark_all(set(self.fleet.sessions))

    # --- sessions and actions ------------------------------------------------------------

    def session_screen(self, session_id: int) -> SessionScreen:
        """The live view of one session."""
        from tui.proctor.session_view import SessionScreen

        return SessionScreen(session_id, fleet=self.fleet, rest=self.rest, feed=self.feed,
                             clock=self.clock)

    def replay_screen(self, session_id: int, *, start: float = 0.0,
                      timeline: Timeline | None = None) -> ReplayScreen:
        """The replay of one session from `start` seconds in (its timeline read unless given)."""
        from tui.proctor.replay import ReplayScreen

        return ReplayScreen(session_id, fleet=self.fleet, rest=self.rest, start=start,
                            timeline=timeline)

    def on_session_opened(self, message: SessionOpened) -> None:
        self.push_screen(self.session_screen(message.session_id))

    def on_signal_chosen(self, message: SignalChosen) -> None:
        self.push_screen(self.replay_screen(message.session_id, start=message.offset))

    def on_action_requested(self, message: ActionRequested) -> None:
        act = self._actions.get(message.action)
        if act is not None:
            act(message.session_id)

    def _named(self, session_id: int) -> str:
        """How a dialog names the session: its candidate, else its number."""
        row = self.fleet.sessions.get(session_id)
        return f"{row.candidate} (session {session_id})" if row else f"session {session_id}"

    def _ask_message(self, session_id: int) -> None:
        def message_written(text: str | None) -> None:
            if text:
                self.run_worker(self.send_action("send_message", session_id, message=text))

        self.push_screen(MessageDialog(self._named(session_id)), message_written)

    def _pause_or_resume(self, session_id: int) -> None:
        row = self.fleet.sessions.get(session_id)
        paused = row is not None and row.status == "paused"
        self.run_worker(self.send_action("resume_session" if paused else "pause_session",
                                         session_id))

    def _confirm_end(self, session_id: int) -> None:
        def end_confirmed(yes: bool | None) -> None:
            if yes:
                self.run_worker(self.send_action("end_session", session_id))

        self.push_screen(ConfirmDialog(f"End {self._named(session_id)} now? This cannot be "
                                       "undone."), end_confirmed)

    def _ask_report(self, session_id: int) -> None:
        def report_chosen(chosen: tuple[str, str] | None) -> None:
            if chosen:
                self.run_worker(self.save_report(session_id, *chosen))
            else:
                self.notify(f"Report for {self._named(session_id)} not saved.", title="Report",
                            timeout=4)

        self.push_screen(ReportDialog(session_id), report_chosen)

    def _replay(self, session_id: int) -> None:
        self.post_message(SignalChosen(session_id, 0.0))

    def _run_tests(self, session_id: int) -> None:
        self.run_worker(self.send_action("run_tests", session_id))

    async def send_action(self, type_: str, session_id: int, **data: Any) -> bool:
        """Send one action on the feed; tell the proctor when it could not be sent."""
        sent = self.feed is not None and await self.feed.send(
            type_, {"session_id": session_id, **data})
        if not sent:
            self.notify("Not connected to the server; the action was not sent", severity="error")
        elif type_ == "send_message":
            self.notify(f"Message sent to session {session_id}")
        elif type_ == "run_tests":
            self.notify(f"Running session {session_id}'s tests, hidden ones included…")
        return sent

    async def save_report(self, session_id: int, fmt: str, path: str) -> Path | None:
        """Generate the report, fetch it in `fmt`, write it to `path`."""
        self.notify(f"Generating session {session_id}'s report…")
        try:
            body = await self.rest.report(session_id, fmt)
            target = Path(path).expanduser().absolute()
            target.write_bytes(body)
        except ApiFailed as exc:
            self.notify(exc.message, title="Report", severity="error", timeout=10)
            return None
        except OSError as exc:
            self.notify(f"Cannot write {path}: {exc.strerror or exc}", title="Report",
                        severity="error", timeout=10)
            return None
        self.notify(f"Saved {target} ({len(body)} bytes)", title="Report")
        return target
