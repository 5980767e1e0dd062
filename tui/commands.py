"""The commands that open a TUI: `viva tui` and `viva join` (the candidate's), `viva proctor`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from viva.invite import Invite, InviteError, parse_invite
from viva.settings import invite_flags

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

    return CandidateApp(invite, workspace=Path.cwd()).run() or 0


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

    return CandidateApp(invite, workspace=root.resolve(), watch=True).run() or 0


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
