"""`viva watch [DIR] --invite INVITE`: the headless watcher, one log line per event.

`run_watch(...)` is the entry point `viva watch` calls; `main(argv)` parses the same
arguments for `python -m watcher`; `watch_directory(...)` runs inside an existing event
loop (for `viva join`, next to the TUI).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys
from pathlib import Path
from typing import Any, TextIO

from viva.client import AuthRefused, VivaClient
from viva.invite import Invite, InviteError, parse_invite
from viva.outbox import OutboxBusy
from viva.settings import (
    DEFAULT_MAX_FILE_BYTES,
    invite_flags,
    max_file_bytes,
    workspace_state_dir,
)
from viva.settings import (
    token as token_or_env,
)
from watcher.log import EventLog
from watcher.sync import DEFAULT_DEBOUNCE_MS, WorkspaceWatcher

__all__ = ["add_arguments", "main", "run_watch", "watch_directory"]

logger = logging.getLogger("watcher")

EXIT_OK, EXIT_ERROR, EXIT_REFUSED = 0, 1, 2
EXIT_USAGE = 2
"""No directory, no invite or no token: nothing was started."""


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `viva watch`'s arguments to `parser`."""
    parser.add_argument("dir", nargs="?", default=".", help="workspace to stream (default: .)")
    parser.add_argument("--invite", help="invite URL http(s)://HOST/join/<token>")
    parser.add_argument("--server", help="server URL, instead of an invite")
    parser.add_argument("--session", help="session id, with --server and --token")
    parser.add_argument("--token", help="candidate token, with --server")
    parser.add_argument("--debounce-ms", type=int, default=DEFAULT_DEBOUNCE_MS,
                        help=f"send a burst once quiet this long (default {DEFAULT_DEBOUNCE_MS})")
    parser.add_argument("--max-file-bytes", type=int, default=None,
                        help="skip larger files (default VIVA_MAX_FILE_BYTES or 262144)")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Parse `argv` and run the watcher; returns the exit code."""
    parser = add_arguments(argparse.ArgumentParser(
        prog="viva watch", description="Stream a workspace to a viva session."))
    return run_watch(parser.parse_args(argv))


def _from_args(args: argparse.Namespace) -> dict[str, Any]:
    """run_watch's keywords from parsed `viva watch` arguments (this module's or viva.cli's)."""
    debounce = getattr(args, "debounce_ms", None)
    if debounce is None:
        debounce = getattr(args, "debounce", None) or DEFAULT_DEBOUNCE_MS
    # `viva watch` has filled `token` from VIVA_TOKEN already; `python -m watcher` has not
    return {**invite_flags(args), "token": token_or_env(getattr(args, "token", None)),
            "debounce_ms": debounce,
            "json_lines": bool(getattr(args, "json", False)),
            "max_file_bytes": max_file_bytes(getattr(args, "max_file_bytes", None))}


def run_watch(directory: argparse.Namespace | str | Path = ".", *, invite: str | None = None,
              server: str | None = None, session: str | int | None = None,
              token: str | None = None, debounce_ms: int = DEFAULT_DEBOUNCE_MS,
              json_lines: bool = False, max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
              stream: TextIO | None = None) -> int:
    """Watch `directory` until SIGINT or SIGTERM; 0 when stopped, 2 when refused or given no
    usable invite or token, 1 on error (a missing directory, like a bad invite, is said on
    stderr: nothing was started).

    `viva watch` passes its parsed arguments instead (`dir`, `invite`, `server`, `session`,
    `token`, `json`, `debounce` or `debounce_ms`, and optionally `max_file_bytes`; without
    it VIVA_MAX_FILE_BYTES or 262144).
    """
    if isinstance(directory, argparse.Namespace):
        return run_watch(getattr(directory, "dir", "."), **_from_args(directory), stream=stream)
    # what stops the watcher before it starts is said on stderr, as any command's usage error
    root = Path(directory)
    if not root.is_dir():
        print(f"viva watch: {directory} is not a directory", file=sys.stderr)
        return EXIT_ERROR
    try:
        target = parse_invite(invite, server=server, session=session, token=token)
    except InviteError as exc:
        print(f"viva watch: {exc}", file=sys.stderr)
        return EXIT_USAGE
    log = EventLog(stream, json_lines=json_lines)

    async def _main() -> int:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            # not the main thread, or Windows: Ctrl-C still raises
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(sig, stop.set)
        return await watch_directory(root, target, log=log, debounce_ms=debounce_ms,
                                     max_file_bytes=max_file_bytes, stop_event=stop)

    try:
        return asyncio.run(_main())
    except KeyboardInterrupt:
        return EXIT_OK


async def watch_directory(root: Path, invite: Invite, *, log: EventLog,
                          debounce_ms: int = DEFAULT_DEBOUNCE_MS,
                          max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
                          stop_event: asyncio.Event | None = None) -> int:
    """Stream `root` to the invite's session until `stop_event`; returns the exit code."""
    stop = stop_event or asyncio.Event()
    try:
        client = VivaClient(invite, state_dir=workspace_state_dir(root), name="watcher")
    except OutboxBusy as exc:
        log.emit("error", error=str(exc))
        return EXIT_ERROR
    watcher = WorkspaceWatcher(root, client, log, max_file_bytes=max_file_bytes)
    client.on_message = watcher.message_received
    client.on_status = watcher.status_changed
    running = asyncio.create_task(client.run())
    watching = asyncio.create_task(watcher.watch(debounce_ms=debounce_ms, stop_event=stop))
    stopping = asyncio.create_task(stop.wait())
    code = EXIT_OK
    try:
        await asyncio.wait([running, watching, stopping], return_when=asyncio.FIRST_COMPLETED)
        if running.done() and isinstance(running.exception(), AuthRefused):
            log.emit("refused", error=str(running.exception()))
            code = EXIT_REFUSED
        elif watching.done() and (failure := watching.exception()) is not None:
            logger.error("the watcher stopped", exc_info=failure)
            log.emit("error", error=f"the watcher stopped: {failure!r}")
            code = EXIT_ERROR
    finally:
        stop.set()
        stopping.cancel()
        await asyncio.gather(watching, return_exceptions=True)
        if code == EXIT_OK and client.status.connected:
            await client.drain(2.0)  # unacked updates are safe on disk regardless
        await client.close()
        await asyncio.gather(running, return_exceptions=True)
    return code
