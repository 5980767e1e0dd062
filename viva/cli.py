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

from viva.settings import DEFAULT_SERVER, TOKEN_ENV, token

__all__ = ["build_parser", "main"]

_RUNNERS: Final[dict[str, str]] = {
    "server": "server.cli:run_server",
    "token": "server.cli:run_token",
    "worker": "server.cli.worker:run_worker",
    "assessment": "server.cli:run_assessment",
    "invite": "viva.commands:run_invite",
    "join": "tui.commands:run_join",
    "watch": "watcher.cli:run_watch",
    "tui": "tui.commands:run_tui",
    "proctor": "tui.commands:run_proctor",
    "lsp": "lsp_bridge.commands:run_lsp",
    "report": "viva.commands:run_report",
    "quiz": "viva.quiz:run_quiz",
    "demo": "tui.demo:run_demo",
    "similarity": "server.cli.similarity:run_similarity",
}


def _token_arg(p: argparse.ArgumentParser, whose: str) -> None:
    """`--token`, worded the same in every subcommand; main() fills it from VIVA_TOKEN."""
    p.add_argument("--token", default=None, metavar="T",
                   help=f"{whose} token (default: ${TOKEN_ENV})")


def _server_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--server", default=DEFAULT_SERVER, metavar="URL",
                   help="server URL (default: %(default)s)")


def _data_dir_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--data-dir", default=None, metavar="DIR",
                   help="the server's data (secret key, SQLite database) "
                        "(default: $VIVA_DATA_DIR, else .viva)")


def _client_args(p: argparse.ArgumentParser, *, invite: bool = True) -> None:
    if invite:
        p.add_argument("--invite", help="invite URL: http(s)://HOST[:PORT]/join/<token>")
    p.add_argument("--server", metavar="URL", help="server URL, with --token (instead of an invite)")
    p.add_argument("--session", help="session id (with --server; default: the token's)")
    _token_arg(p, "candidate")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("viva")
    except PackageNotFoundError:  # a source tree that was never installed
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every subcommand."""
    parser = argparse.ArgumentParser(prog="viva", description="Live, editor-integrated coding assessments.")
    parser.add_argument("--version", action="version", version=f"viva {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("server", help="run the server (applies migrations at start)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: %(default)s)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: %(default)s)")
    _data_dir_arg(p)

    p = sub.add_parser("worker", help="run test runs taken from the queue on Redis "
                                      "(VIVA_TEST_EXECUTOR=queue), on this or another machine",
                       description="Take test runs from the job queue on Redis (REDIS_URL; the servers "
                                   "enqueue them with VIVA_TEST_EXECUTOR=queue), run each in this "
                                   "machine's sandbox with this machine's limits (VIVA_SANDBOX, "
                                   "VIVA_TEST_TIMEOUT, VIVA_TEST_MEMORY_MB), read their inputs from and "
                                   "store their results in the database (DATABASE_URL), and publish "
                                   "them on the bus. A run whose worker dies is retried once by "
                                   "another worker, then ended as `error`. Stops on SIGINT or SIGTERM.")
    p.add_argument("--concurrency", type=int, default=None, metavar="N",
                   help="runs at once (default: $VIVA_TEST_WORKERS, else 2)")

    p = sub.add_parser("token", help="mint a signed token (needs the server's secret)")
    p.add_argument("--role", required=True, choices=["admin", "proctor", "candidate"])
    p.add_argument("--name", default=None, help="who it is for (needed by a user's own token)")
    p.add_argument("--session", type=int, default=None,
                   help="session id: a candidate token for that session (without it, a "
                        "candidate token is the user's own, for assessments and challenges)")
    p.add_argument("--ttl", type=float, default=None,
                   help="minutes until it expires (default: ACCESS_TOKEN_EXPIRE_MINUTES, 480)")
    _data_dir_arg(p)

    p = sub.add_parser("assessment", help="load, list or check assessment packs")
    asub = p.add_subparsers(dest="action", metavar="ACTION")
    asub.required = True
    load = asub.add_parser("load", help="load a pack (TOML or JSON) into the database")
    load.add_argument("pack", metavar="PACK.toml")
    _data_dir_arg(load)
    _data_dir_arg(asub.add_parser("list", help="list the packs the server offers"))
    check = asub.add_parser("check", help="validate a pack, grade its sample answers and run its "
                                          "tests against its reference; exit 1 on any miss")
    check.add_argument("pack", metavar="PACK.toml")

    p = sub.add_parser("invite", help="create a session and print the candidate's invite")
    p.add_argument("--assessment", default=None, help="assessment slug")
    p.add_argument("--candidate", required=True, help="candidate's name")
    p.add_argument("--email", default=None)
    p.add_argument("--ttl", type=int, default=None, metavar="MINUTES",
                   help="how long the invite lasts (default: until the assessment's "
                        "available_until plus its time limit, else 14 days)")
    _server_arg(p)
    _token_arg(p, "admin or proctor")

    p = sub.add_parser("quiz", help="take an assessment's multiple-choice quiz in the terminal")
    p.add_argument("--assessment", required=True, metavar="SLUG", help="assessment slug")
    _server_arg(p)
    _token_arg(p, "your own (or a candidate's)")

    p = sub.add_parser("join", help="candidate: watcher on DIR plus the companion TUI")
    p.add_argument("invite", help="invite URL")
    p.add_argument("dir", nargs="?", default=".", metavar="DIR",
                   help="the workspace folder (default: . , the current directory)")

    p = sub.add_parser("watch", help="stream a workspace to the server, headless")
    p.add_argument("dir", nargs="?", default=".", metavar="DIR",
                   help="the workspace folder (default: . , the current directory)")
    _client_args(p)
    p.add_argument("--json", action="store_true", help="one JSON object a line")
    p.add_argument("--debounce-ms", type=int, default=None, metavar="MS",
                   help="send a burst once quiet this long (default 50)")
    p.add_argument("--max-file-bytes", type=int, default=None,
                   help="skip larger files (default VIVA_MAX_FILE_BYTES or 262144)")

    p = sub.add_parser("tui", help="the candidate's companion only")
    _client_args(p)

    p = sub.add_parser("proctor", help="the proctor console")
    _server_arg(p)
    _token_arg(p, "admin or proctor")

    p = sub.add_parser("lsp", help="language server on stdio, for an editor to launch")
    _client_args(p)

    p = sub.add_parser("report", help="fetch (generating if needed) a session's report")
    p.add_argument("session_id", type=int, metavar="SESSION_ID")
    p.add_argument("--format", choices=["md", "html", "json"], default="md",
                   help="report format (default: %(default)s)")
    p.add_argument("-o", "--output", default=None, metavar="FILE",
                   help="write it to FILE (default: print it)")
    _server_arg(p)
    _token_arg(p, "admin or proctor")

    sub.add_parser("demo", help="everything on this machine: server, session, workspace, TUI")

    p = sub.add_parser("similarity", help="every pair of submissions by similarity of their "
                                          "code, most similar first (offline)")
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="a submission: a file, or a folder holding one submission")
    p.add_argument("--language", default=None, metavar="L",
                   help="read every file with this grammar (python, javascript, typescript, "
                        "go, java, ...; default: by each file's extension)")
    p.add_argument("--template", default=None, metavar="PATH",
                   help="starter code (a file or a folder) whose matches do not count")
    p.add_argument("--format", choices=["table", "json"], default="table",
                   help="output format (default: %(default)s)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the `viva` command with `argv` (default: the process's arguments)."""
    args = build_parser().parse_args(argv)
    if "token" in args:  # one source for every command: flag, else env
        args.token = token(args.token)
    module_name, func_name = _RUNNERS[args.command].split(":")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        missing = exc.name or ""
        if missing.split(".")[0] in ("aiohttp", "tortoise", "asyncpg", "redis", "chromadb",
                                     "langchain_openai", "jwt", "prometheus_client",
                                     "ast_grep_py"):
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
