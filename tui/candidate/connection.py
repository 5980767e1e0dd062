"""The companion's own client on the candidate channel, and where its outbox of answers lives.

An answer waits in the outbox until the server grades or refuses it, so the outbox outlives
a quit: beside the watcher's in the workspace, else under the user's state directory, one
per server and session. A second companion on the same session finds it busy and keeps a
temporary one. `viva.client` is imported when the client is made, not at start-up, so the
first paint does not wait for it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from viva.invite import Invite

if TYPE_CHECKING:
    from viva.client import ClientStatus, VivaClient
    from viva.protocol import Message

__all__ = ["CompanionClient"]

logger = logging.getLogger("tui.candidate")


class CompanionClient:
    """The companion's own client (named "tui"): made with its outbox's directory, closed
    outbox and all. (Not a socket connection: the client inside reconnects by itself.)"""

    def __init__(self, invite: Invite, workspace: Path | None) -> None:
        self.invite = invite
        self.workspace = workspace
        self.client: VivaClient | None = None
        self._scratch: tempfile.TemporaryDirectory[str] | None = None

    def lasting_state_dir(self) -> Path:
        """Where the outbox outlives a quit (in the workspace, `.viva/` made and git-ignored)."""
        from viva.settings import workspace_state_dir

        if self.workspace is not None:
            return workspace_state_dir(self.workspace) / "tui"
        base = Path(os.environ.get("XDG_STATE_HOME") or Path.home() / ".local" / "state")
        key = hashlib.sha256(f"{self.invite.server}\n{self.invite.session_id}".encode())
        return base / "viva" / "tui" / key.hexdigest()[:16]

    def open(self, *, on_message: Callable[[Message], None],
             on_status: Callable[[ClientStatus], None]) -> VivaClient:
        """Make the client; it calls `on_message` with each frame and `on_status` with each
        change of its connection once it runs."""
        from viva.client import VivaClient
        from viva.outbox import OutboxBusy

        def client_in(state_dir: Path) -> VivaClient:
            return VivaClient(self.invite, state_dir=state_dir, name="tui",
                              on_message=on_message, on_status=on_status)

        try:
            state_dir = self.lasting_state_dir()
            state_dir.mkdir(parents=True, exist_ok=True)
            self.client = client_in(state_dir)
        except (OSError, OutboxBusy) as exc:  # e.g. a second companion on this session
            logger.info("keeping the companion's outbox in a temporary directory: %s", exc)
            self._scratch = tempfile.TemporaryDirectory(prefix="viva-tui-")
            self.client = client_in(Path(self._scratch.name))
        return self.client

    async def close(self) -> None:
        """Close the client (it stops reconnecting) and drop a temporary outbox."""
        if self.client is not None:
            await self.client.close()
        if self._scratch is not None:
            self._scratch.cleanup()
