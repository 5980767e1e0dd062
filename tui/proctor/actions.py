"""Dialogs for the proctor's actions: a message, a confirmation, where to save a report.

Each is a `.dialog`, styled in `proctor.tcss` with the rest of the console."""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

__all__ = ["ConfirmDialog", "MessageDialog", "ReportDialog", "default_report_folder", "shown_path"]


class MessageDialog(ModalScreen[str | None]):
    """Ask for a message to send to the candidate."""

    DEFAULT_CLASSES = "dialog"
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

    DEFAULT_CLASSES = "dialog"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "answer(False)", "No"), Binding("y", "answer(True)", "Yes"),
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


def _in_git_work_tree(folder: Path) -> bool:
    return any((d / ".git").exists() for d in (folder, *folder.parents))


def default_report_folder(cwd: Path | None = None, home: Path | None = None) -> Path:
    """Where a report is saved unless the proctor says otherwise: the folder the console was
    started in, but never a git work tree (a report is no part of a project): then the
    user's Downloads folder, or their home."""
    cwd = cwd or Path.cwd()
    if not _in_git_work_tree(cwd):
        return cwd
    home = home or Path.home()
    downloads = home / "Downloads"
    return downloads if downloads.is_dir() else home


def shown_path(path: Path, cwd: Path | None = None, home: Path | None = None) -> str:
    """A path as the proctor reads and edits it: relative to the current folder, else `~/...`."""
    cwd, home = cwd or Path.cwd(), home or Path.home()
    if path.parent == cwd:
        return path.name
    if path.is_relative_to(home):
        return f"~/{path.relative_to(home)}"
    return str(path)


class ReportDialog(ModalScreen[tuple[str, str] | None]):
    """Ask for the report's format and the file to save it to; Enter saves, Escape cancels."""

    DEFAULT_CLASSES = "dialog"
    # priority: Enter saves from the format choice too, where a RadioSet would take it
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss_none", "Cancel"),
        Binding("enter", "save", "Save", priority=True),
    ]

    def __init__(self, session_id: int, folder: Path | None = None, **kw: Any) -> None:
        super().__init__(**kw)
        self._session_id = session_id
        self._folder = folder or default_report_folder()

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Label(f"Generate session {self._session_id}'s report and save it")
            with RadioSet(id="format"):
                yield RadioButton("Markdown", value=True, id="md")
                yield RadioButton("HTML", id="html")
            yield Input(value=shown_path(self._folder / f"session-{self._session_id}-report.md"),
                        id="path")
            yield Label("Enter saves · Esc cancels · arrows and space: format", classes="hint")
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

    def action_save(self) -> None:
        """Save with what is chosen (Enter on the Cancel button cancels)."""
        focused = self.focused
        self.dismiss(None if focused is not None and focused.id == "cancel" else self._chosen())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        self.dismiss(self._chosen() if event.button.id == "save" else None)

    def action_dismiss_none(self) -> None:
        self.dismiss(None)
