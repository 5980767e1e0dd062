"""The watcher's event log: one line per event, for people or (`--json`) for programs."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, TextIO

from viva.words import counted

__all__ = ["EventLog"]


class EventLog:
    """Writes `12:00:01 sent solution.py (+3 -1) seq=7` lines, or one JSON object per line.

    With `stream=None` and an `on_event` callback (a TUI showing the watcher's activity),
    nothing is written and each event goes to the callback as a dict.
    """

    def __init__(self, stream: TextIO | None = None, *, json_lines: bool = False,
                 on_event: Callable[[dict[str, Any]], None] | None = None) -> None:
        self.stream = stream if stream is not None or on_event else sys.stdout
        self.json_lines = json_lines
        self.on_event = on_event

    def emit(self, event: str, path: str | None = None, **fields: Any) -> None:
        """Write one event; `fields` become `key=value` (or JSON members)."""
        now = time.time()
        record: dict[str, Any] = {
            "ts": datetime.fromtimestamp(now, UTC).isoformat(timespec="milliseconds"),
            "event": event}
        if path is not None:
            record["path"] = path
        record.update({k: v for k, v in fields.items() if v is not None})
        if self.on_event is not None:
            self.on_event(record)
        if self.stream is None:
            return
        if self.json_lines:
            line = json.dumps(record, ensure_ascii=False)
        else:
            line = f"{time.strftime('%H:%M:%S', time.localtime(now))} {_human(event, path, fields)}"
        try:
            self.stream.write(line + "\n")
            self.stream.flush()
        except (OSError, ValueError):
            pass  # stdout closed (a pipe reader went away): keep syncing regardless


def _human(event: str, path: str | None, f: dict[str, Any]) -> str:
    if event == "sent":
        return f"sent {path} (+{f.get('added', 0)} -{f.get('removed', 0)}) seq={f.get('seq')}"
    if event in ("acked", "deleted"):
        return f"{event} {path} seq={f.get('seq')}"
    if event == "skipped":
        return f"skipped {path} ({f.get('reason')})"
    if event == "connected":
        pending = f.get("pending") or 0
        return (f"connected to {f.get('server')} session {f.get('session_id')}"
                + (f", resending {pending} pending" if pending else ""))
    if event == "disconnected":
        retry = f.get("retry_in")
        why = f" ({f['error']})" if f.get("error") else ""
        return f"disconnected{why}" + (f", retrying in {retry:.1f} s" if retry else "")
    if event == "refused":  # the one line that says what to do
        return str(f.get("error"))
    if event == "synced":
        return f"in sync: {counted(f.get('files'), 'file')} on the server"
    if event == "scanned":
        return (f"scanned {counted(f.get('files'), 'file')}: {f.get('changed')} to send, "
                f"{f.get('deleted')} to delete, {f.get('skipped')} skipped")
    rest = " ".join(f"{k}={v}" for k, v in f.items() if v is not None)
    return " ".join(part for part in (event, path, rest) if part)
