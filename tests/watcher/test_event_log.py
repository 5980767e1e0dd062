"""The watcher's event log: one human line or one JSON object per event."""

from __future__ import annotations

import io
import json
import re

from watcher.log import EventLog


def test_a_sent_event_reads_like_the_documented_line():
    out = io.StringIO()
    EventLog(out).emit("sent", "solution.py", added=3, removed=1, seq=7)
    assert re.fullmatch(r"\d\d:\d\d:\d\d sent solution\.py \(\+3 -1\) seq=7\n", out.getvalue())


def test_disconnections_say_when_the_next_attempt_comes():
    out = io.StringIO()
    EventLog(out).emit("disconnected", error="cannot reach the server", retry_in=2.07)
    assert out.getvalue().endswith("disconnected (cannot reach the server), retrying in 2.1 s\n")


def test_json_lines_carry_the_event_path_and_fields():
    out = io.StringIO()
    EventLog(out, json_lines=True).emit("acked", "a.py", seq=3)
    record = json.loads(out.getvalue())
    assert record["event"] == "acked" and record["path"] == "a.py" and record["seq"] == 3
    assert record["ts"].endswith("+00:00")


def test_a_callback_alone_receives_events_and_nothing_is_written():
    seen = []
    log = EventLog(on_event=seen.append)
    assert log.stream is None
    log.emit("skipped", "a.bin", reason="binary")
    assert seen[0]["reason"] == "binary"
