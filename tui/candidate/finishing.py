"""The finish flow: confirm, send `finish`, wait for `report_ready`, else finish over REST."""

from __future__ import annotations

import asyncio

from rich.text import Text

from tui.candidate.base import CompanionBase
from tui.candidate.session import SessionUnavailable, finish_session
from tui.candidate.widgets import FinishScreen

__all__ = ["FINISH_FALLBACK_SECONDS", "Finishing"]

FINISH_FALLBACK_SECONDS = 20.0
"""How long to wait for `report_ready` before finishing over REST instead."""


class Finishing(CompanionBase):
    """The companion's F10: finishing the session and showing that it is done."""

    def action_finish(self) -> None:
        """Ask for confirmation, then finish the session."""
        if self.state in ("completed", "expired") or self.finishing:
            return

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.run_worker(self._finish(), group="finish")

        self.push_screen(FinishScreen(), confirmed)

    async def _finish(self) -> None:
        self.finishing = True
        self._note_status("finishing…")
        self.feed.add_note("Finishing: your work is being submitted and the report written…")
        if self.client is not None:
            await self.client.send("finish")
        await asyncio.sleep(FINISH_FALLBACK_SECONDS)
        if self.finishing:  # no report_ready: the channel may not take `finish`
            await self._finish_over_rest()

    async def _finish_over_rest(self) -> None:
        if not self.connect:
            return
        try:
            await finish_session(self.invite)
        except SessionUnavailable as exc:
            self.notify(f"Could not finish: {exc}. Try again (F10).", severity="error")
            self.finishing = False
            self._note_status(None)
            return
        self._finished()

    def _finished(self) -> None:
        self.finishing = False
        self._set_state("completed")
        self._note_status("report ready")
        self.tabs.active = "questions"
        self.feed.add_note(Text("Done. Your report has been written; you can close this "
                                "window (ctrl+q).", "bold green"), kind="done")
        self.answer_box.disabled = True
