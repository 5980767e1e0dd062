"""Dialogs for the proctor's actions: a message, a confirmation, where to save a report."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

__all__ = ["ConfirmDialog", "MessageDialog", "ReportDialog"]

_CSS = """
{name} {{ align: center middle; }}
{name} > Vertical {{
    width: 64; max-width: 95%; height: auto; padding: 1 2;
    border: thick $accent; background: $surface;
}}
{name} Label {{ width: 100%; margin-bottom: 1; }}
{name} Horizontal {{ height: auto; align-horizontal: right; margin-top: 1; }}
{name} Button {{ margin-left: 1; }}
"""


class MessageDialog(ModalScreen[str | None]):
    """Ask for a message to send to the candidate."""

    DEFAULT_CSS = _CSS.format(name="MessageDialog")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_none", "Cancel")]

    def __init__(self, candidate: str, **kw: Any) -> None:
        super().__init__(**kw)
        self._candidate = candidate

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Message to [b]{self._candidate}[/b] (Enter sends, Esc cancels)")
            yield Input(placeholder="e.g. Five minutes left", id="message")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        self.dismiss(text or None)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)


class ConfirmDialog(ModalScreen[bool]):
    """Ask before something that cannot be undone."""

    DEFAULT_CSS = _CSS.format(name="ConfirmDialog")
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "answer(False)", "No"), Binding("y", "answer(True)", "Yes"),
                Binding("n", "answer(False)", "No")]

    def __init__(self, question: str, **kw: Any) -> None:
        super().__init__(**kw)
        self._question = question

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(self._question)
            with Horizontal():
                yield Button("No (n)", id="no")
                yield Button("Yes (y)", id="yes", variant="error")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)


class ReportDialog(ModalScreen[tuple[str, str] | None]):
    """Ask for the report's format and the file to save it to."""

    DEFAULT_CSS = _CSS.format(name="ReportDialog") + """
    ReportDialog RadioSet { width: 100%; margin-bottom: 1; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "dismiss_none", "Cancel")]

    def __init__(self, session_id: int, **kw: Any) -> None:
        super().__init__(**kw)
        self._session_id = session_id

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Generate session {self._session_id}'s report and save it")
            with RadioSet(id="format"):
                yield RadioButton("Markdown", value=True, id="md")
                yield RadioButton("HTML", id="html")
            yield Input(value=f"session-{self._session_id}-report.md", id="path")
            with Horizontal():
                yield Button("Cancel", id="cancel")
                yield Button("Save", id="save", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#path", Input).focus()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        fmt = event.pressed.id or "md"
        path = self.query_one("#path", Input)
        stem, dot, ext = path.value.rpartition(".")
        if dot and ext in ("md", "html"):
            path.value = f"{stem}.{fmt}"

    def _chosen(self) -> tuple[str, str] | None:
        pressed = self.query_one("#format", RadioSet).pressed_button
        path = self.query_one("#path", Input).value.strip()
        return ((pressed.id if pressed and pressed.id else "md"), path) if path else None

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.dismiss(self._chosen())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self._chosen() if event.button.id == "save" else None)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
