"""The `viva` command: one entry point, a subcommand per job (SPEC §2).

Each subcommand names the function that runs it as "module:function"; the module is imported
only when that subcommand runs, so the candidate's commands never load the server.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import Final

__all__ = ["build_parser", "main"]

_RUNNERS: Final[dict[str, str]] = {
    "server": "server.cli:run_server",
    "token": "server.cli:run_token",
    "assessment": "server.cli:run_assessment",
    "invite": "viva.commands:run_invite",
    "join": "tui.commands:run_join",
    "watch": "viva.cli:_run_watch",
    "tui": "tui.commands:run_tui",
    "proctor": "tui.proctor:run_proctor",
    "lsp": "lsp_bridge.commands:run_lsp",
    "report": "viva.commands:run_report",
    "demo": "tui.demo:run_demo",
}


def _client_args(p: argparse.ArgumentParser, *, invite: bool = True) -> None:
    if invite:
        p.add_argument("--invite", help="invite URL: http(s)://HOST[:PORT]/join/<token>")
    p.add_argument("--server", help="server URL (instead of an invite)")
    p.add_argument("--session", help="session id (with --server and --token)")
    p.add_argument("--token", help="token (with --server)")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="viva", description="Live, editor-integrated coding assessments.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("server", help="run the server (applies migrations at start)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)

    p = sub.add_parser("token", help="mint a signed token (needs the server's secret)")
    p.add_argument("--role", required=True, choices=["admin", "proctor", "candidate"])
    p.add_argument("--name", default=None)
    p.add_argument("--session", type=int, default=None, help="session id (candidate tokens)")
    p.add_argument("--ttl", type=float, default=None, help="minutes until it expires")

    p = sub.add_parser("assessment", help="load or list assessment packs")
    asub = p.add_subparsers(dest="action", metavar="ACTION")
    asub.required = True
    load = asub.add_parser("load", help="load a pack (TOML or JSON) into the database")
    load.add_argument("pack", metavar="PACK.toml")
    asub.add_parser("list", help="list the packs the server offers")
    check = asub.add_parser("check", help="validate a pack and run its tests against its reference solution")
    check.add_argument("pack", metavar="PACK.toml")

    p = sub.add_parser("invite", help="create a session and print the candidate's invite")
    p.add_argument("--assessment", default=None, help="assessment slug")
    p.add_argument("--candidate", required=True, help="candidate's name")
    p.add_argument("--email", default=None)
    p.add_argument("--server", default="http://127.0.0.1:8000")
    p.add_argument("--token", default=None, help="admin or proctor token (default: mint one with the local secret)")

    p = sub.add_parser("join", help="candidate: watcher on DIR plus the companion TUI")
    p.add_argument("invite", help="invite URL")
    p.add_argument("dir", nargs="?", default=".")

    p = sub.add_parser("watch", help="stream a workspace to the server, headless")
    p.add_argument("dir", nargs="?", default=".")
    _client_args(p)
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--debounce-ms", type=int, default=None, metavar="MS",
                   help="send a burst once quiet this long (default 50)")
    p.add_argument("--max-file-bytes", type=int, default=None,
                   help="skip larger files (default VIVA_MAX_FILE_BYTES or 262144)")

    p = sub.add_parser("tui", help="the candidate's companion only")
    _client_args(p)

    p = sub.add_parser("proctor", help="the proctor console")
    p.add_argument("--server", default="http://127.0.0.1:8000")
    p.add_argument("--token", default=None, help="admin or proctor token (default: VIVA_TOKEN)")

    p = sub.add_parser("lsp", help="language server on stdio, for an editor to launch")
    _client_args(p)

    p = sub.add_parser("report", help="fetch (generating if needed) a session's report")
    p.add_argument("session_id", type=int)
    p.add_argument("--format", choices=["md", "html", "json"], default="md")
    p.add_argument("-o", "--output", default=None, metavar="FILE")
    p.add_argument("--server", default="http://127.0.0.1:8000")
    p.add_argument("--token", default=None, help="admin or proctor token (default: VIVA_TOKEN)")

    sub.add_parser("demo", help="everything on this machine: server, session, workspace, TUI")
    return parser


def _run_watch(args: argparse.Namespace) -> int:
    """`viva watch`: hand the flags to the watcher."""
    import os

    from watcher.cli import run_watch
    from watcher.files import DEFAULT_MAX_FILE_BYTES
    from watcher.sync import DEFAULT_DEBOUNCE_MS

    max_bytes = args.max_file_bytes or int(os.environ.get("VIVA_MAX_FILE_BYTES", DEFAULT_MAX_FILE_BYTES))
    return run_watch(args.dir, invite=args.invite, server=args.server, session=args.session,
                     token=args.token, json_lines=args.json, max_file_bytes=max_bytes,
                     debounce_ms=args.debounce_ms if args.debounce_ms is not None else DEFAULT_DEBOUNCE_MS)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `viva` command with `argv` (default: the process's arguments)."""
    args = build_parser().parse_args(argv)
    module_name, func_name = _RUNNERS[args.command].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if missing.split(".")[0] in ("aiohttp", "tortoise", "asyncpg", "redis", "chromadb",
                                     "langchain_openai", "jwt", "prometheus_client"):
            print(f"viva {args.command}: the server's dependencies are not installed; "
                  "run: pip install 'viva[server]'", file=sys.stderr)
            return 2
        raise
    try:
        return int(getattr(module, func_name)(args) or 0)
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
