"""The clients' settings, read one way for all: a flag when given, else the environment, else
the default.

The candidate's session (`--invite`, or `--server`, `--session` and `--token`), a staff
token (`--token`, else `VIVA_TOKEN`), the largest file a client sends (`--max-file-bytes`,
else `VIVA_MAX_FILE_BYTES`, else 262144) and the directory where a client keeps its state
in a workspace (`.viva/`).
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any, Final

__all__ = ["DEFAULT_MAX_FILE_BYTES", "DEFAULT_SERVER", "STATE_DIR_NAME", "TOKEN_ENV",
           "invite_flags", "max_file_bytes", "token", "workspace_state_dir"]

DEFAULT_SERVER: Final = "http://127.0.0.1:8000"
"""The server a staff command talks to without `--server`."""
TOKEN_ENV: Final = "VIVA_TOKEN"
"""The environment variable a missing `--token` is read from."""
MAX_FILE_BYTES_ENV: Final = "VIVA_MAX_FILE_BYTES"
DEFAULT_MAX_FILE_BYTES: Final = 262_144
"""Largest file sent, in bytes, when neither the flag nor `VIVA_MAX_FILE_BYTES` says."""
STATE_DIR_NAME: Final = ".viva"
"""A client's state (outbox, open questions) in a workspace: never sent, never committed."""


def token(given: str | None) -> str | None:
    """The `--token` flag, else `VIVA_TOKEN`; None when neither is set (never one minted here:
    a client has no secret)."""
    return given or os.environ.get(TOKEN_ENV) or None


def max_file_bytes(given: int | None = None) -> int:
    """The `--max-file-bytes` flag, else `VIVA_MAX_FILE_BYTES`, else 262144.

    Raises ValueError when `VIVA_MAX_FILE_BYTES` is not a whole number.
    """
    return given or int(os.environ.get(MAX_FILE_BYTES_ENV, DEFAULT_MAX_FILE_BYTES))


def invite_flags(args: argparse.Namespace) -> dict[str, Any]:
    """`viva.invite.parse_invite`'s arguments from a client's parsed flags: `invite`, `server`,
    `session` and `token`, each None when the command has no such flag."""
    return {name: getattr(args, name, None) for name in ("invite", "server", "session", "token")}


def workspace_state_dir(root: Path) -> Path:
    """`root/.viva`, created with a `.gitignore` that keeps it out of commits; its path.

    Raises OSError when it cannot be written.
    """
    state = root / STATE_DIR_NAME
    state.mkdir(parents=True, exist_ok=True)
    ignore = state / ".gitignore"
    if not ignore.exists():
        ignore.write_text("# viva's client state: never commit it\n*\n")
    return state
