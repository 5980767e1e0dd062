"""The commands that open a TUI: `viva tui` and `viva join` (the candidate's), `viva proctor`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from viva.invite import Invite, InviteError, parse_invite
from viva.settings import invite_flags

if TYPE_CHECKING:
    from tui.candidate import CandidateApp

__all__ = ["run_join", "run_proctor", "run_tui"]

EXIT_USAGE = 2


def _invite(command: str, args: argparse.Namespace) -> Invite | None:
    try:
        return parse_invite(**invite_flags(args))
    except InviteError as exc:
        print(f"viva {command}: {exc}", file=sys.stderr)
        return None


def run_tui(args: argparse.Namespace) -> int:
    """The companion alone: questions, answers, chat; code excerpts read from the current directory."""
    invite = _invite("tui", args)
    if invite is None:
        return EXIT_USAGE
    from tui.candidate import CandidateApp

    return _run_companion("tui", CandidateApp(invite, workspace=Path.cwd()))


def _run_companion(command: str, app: CandidateApp) -> int:
    """Run the companion; once it is closed, repeat on stderr why the server refused the
    invite, if it did (the screen that said so is gone)."""
    code = app.run() or 0
    if app.refusal is not None:
        print(f"viva {command}: {app.refusal.line}", file=sys.stderr)
    return code


def run_join(args: argparse.Namespace) -> int:
    """The watcher on DIR and the companion, in one process and one event loop."""
    invite = _invite("join", args)
    if invite is None:
        return EXIT_USAGE
    root = Path(args.dir)
    if not root.is_dir():
        print(f"viva join: {args.dir} is not a directory", file=sys.stderr)
        return EXIT_USAGE
    from tui.candidate import CandidateApp

    return _run_companion("join", CandidateApp(invite, workspace=root.resolve(), watch=True))


def run_proctor(args: argparse.Namespace) -> int:
    """Run the console against `args.server` with `args.token` (or VIVA_TOKEN, or a local one)."""
    from tui.proctor.app import ProctorApp
    from viva.commands import NO_TOKEN, staff_token
    from viva.settings import DEFAULT_SERVER

    token = staff_token(getattr(args, "token", None))
    if not token:
        print(f"viva proctor: {NO_TOKEN}", file=sys.stderr)
        return EXIT_USAGE
    server = getattr(args, "server", None) or DEFAULT_SERVER
    result = ProctorApp(server, token).run()
    return int(result or 0)
