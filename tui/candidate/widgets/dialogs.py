"""The confirmation before finishing the session."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

__all__ = ["FinishScreen"]


class FinishScreen(ModalScreen[bool]):
    """Ask once more: finishing ends the session and writes the report."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "finish", "Finish"),
        Binding("n,escape", "cancel", "Keep working"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="finish-dialog"):
            yield Static("Finish the session?", id="finish-title")
            yield Static("Your code and answers so far are submitted, the session ends and "
                         "your report is written. You cannot change anything afterwards.",
                         id="finish-body", markup=False)
            with Horizontal(id="finish-buttons"):
                yield Button("Finish (y)", variant="error", id="finish-yes")
                yield Button("Keep working (n)", variant="primary", id="finish-no")

    def on_mount(self) -> None:
        self.query_one("#finish-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "finish-yes")

    def action_finish(self) -> None:
        self.dismiss(True)

    def action_cancel(self) -> None:
        self.dismiss(False)
