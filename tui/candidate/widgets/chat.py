"""The help chat: ask about concepts and rules; the answers never hand over a solution."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, Static

from tui.candidate.messages import ChatMessageSent

__all__ = ["ChatPanel"]


class ChatPanel(Vertical):
    """The conversation above, the question box below."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.waiting = 0
        """Questions sent whose answer has not come yet."""
        self.input = Input(placeholder="Ask for help and press Enter", id="chat-input",
                           max_length=4000)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="chat-log", can_focus=False):
            yield Static("Ask the help chat about concepts, the language or the rules. "
                         "It explains, but it will not write your solution.",
                         classes="chat-hint", markup=False)
        yield self.input

    def close(self) -> None:
        """Nothing can be asked any more (the server refused the invite)."""
        self.input.disabled = True
        self.input.placeholder = "The help chat is closed"

    @property
    def typing(self) -> bool:
        """Whether a question is half-written in the box."""
        return bool(self.input.value)

    def add(self, who: str, text: str, style: str) -> None:
        """Append one message."""
        log = self.query_one("#chat-log", VerticalScroll)
        log.mount(Static(Text.assemble((f"{who}: ", style), text), classes="chat-line"))
        log.call_after_refresh(log.scroll_end, animate=False)

    def answered(self, text: str) -> None:
        """The help chat's answer arrived."""
        self.waiting = max(0, self.waiting - 1)
        self.add("help", text, "bold magenta")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        text = event.value.strip()
        if not text:
            return
        event.input.value = ""
        self.waiting += 1
        self.add("you", text, "bold cyan")
        self.post_message(ChatMessageSent(text))
