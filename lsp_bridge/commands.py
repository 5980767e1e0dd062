"""`viva lsp --invite INVITE`: the language server an editor launches over stdio.

Standard output carries the protocol and nothing else: before the server starts,
`sys.stdout` is pointed at standard error, so a stray `print` cannot corrupt the stream.
Log records go to standard error (warnings and worse) and to the editor's language server
log (`window/logMessage`, from info up).
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import threading
from typing import Final

from lsprotocol import types

from lsp_bridge.features import register
from lsp_bridge.language_server import VivaLanguageServer
from viva.invite import Invite, InviteError, parse_invite
from viva.settings import DEFAULT_MAX_FILE_BYTES, invite_flags, max_file_bytes

__all__ = ["run_lsp"]

_LEVELS: Final = {logging.ERROR: types.MessageType.Error, logging.WARNING: types.MessageType.Warning,
                  logging.INFO: types.MessageType.Info}


class _EditorLog(logging.Handler):
    """Forwards log records to the editor as `window/logMessage`."""

    def __init__(self, ls: VivaLanguageServer) -> None:
        super().__init__(logging.INFO)
        self.ls = ls
        self._busy = threading.local()

    def emit(self, record: logging.LogRecord) -> None:
        if getattr(self._busy, "on", False) or self.ls.protocol.writer is None:
            return  # sending logs too: never recurse
        self._busy.on = True
        try:
            kind = next((t for level, t in _LEVELS.items() if record.levelno >= level),
                        types.MessageType.Log)
            self.ls.log(kind, self.format(record))
        except Exception:  # noqa: BLE001 -- a log handler must never raise; logging's own way
            self.handleError(record)
        finally:
            self._busy.on = False


def _max_file_bytes() -> int:
    """`VIVA_MAX_FILE_BYTES`, or its default when it is not a number: an editor's language
    server keeps working."""
    try:
        return max_file_bytes()
    except ValueError:
        return DEFAULT_MAX_FILE_BYTES


def run_lsp(args: argparse.Namespace) -> int:
    """Serve the editor on stdin and stdout until it says `exit` or closes the pipe."""
    protocol_out = sys.stdout.buffer
    sys.stdout = sys.stderr
    stderr_log = logging.StreamHandler(sys.stderr)
    stderr_log.setLevel(logging.WARNING)
    stderr_log.setFormatter(logging.Formatter("viva lsp: %(levelname)s %(name)s: %(message)s"))
    logging.basicConfig(level=logging.WARNING, handlers=[stderr_log])
    invite: Invite | None = None
    error: str | None = None
    try:
        invite = parse_invite(**invite_flags(args))
    except InviteError as exc:
        error = str(exc)  # told to the candidate in the editor, which keeps working
    ls = register(VivaLanguageServer(invite, invite_error=error, max_file_bytes=_max_file_bytes()))
    editor_log = _EditorLog(ls)
    editor_log.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    for name in ("viva", "lsp_bridge"):
        logger = logging.getLogger(name)
        logger.setLevel(logging.INFO)
        logger.addHandler(editor_log)
    ls.start_io(sys.stdin.buffer, protocol_out)
    # `shutdown` has sent what was pending and closed the session; what is left is the
    # interpreter tearing down every module, 100-300 ms of the 500 ms Neovim gives a server
    # between `exit` and killing it: leave at once once the streams are flushed
    logging.shutdown()
    for stream in (protocol_out, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(0)
