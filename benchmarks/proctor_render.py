"""How long the proctor console takes to apply feed events and to repaint its table.

Run: .venv/bin/python benchmarks/proctor_render.py [SESSIONS] [EVENTS]
Prints the cost of applying events to the model, and of one table repaint when rows only
change in place and when a sort moves them.
"""

from __future__ import annotations

import asyncio
import random
import sys
import time
from datetime import UTC, datetime, timedelta
from typing import Any

from tui.proctor.app import ProctorApp

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def _frame(sid: int, n: int) -> dict[str, Any]:
    return {"type": "session_event", "data": {"session_id": sid, "event": {
        "type": "code_update", "ts": (T0 + timedelta(seconds=n / 100)).isoformat(),
        "data": {"path": "main.py", "version": n, "chars_added": 3, "lines_added": 1}}}}


async def _run(sessions: int, events: int) -> None:
    app = ProctorApp("http://bench.test", "token", connect=False, refresh_hz=0.001,
                     clock=lambda: T0 + timedelta(minutes=2))
    app.fleet.apply_frame({"type": "sessions_snapshot", "data": {"sessions": [
        {"id": i, "status": "active", "candidate": {"name": f"cand-{i:03d}"}, "assessment": "py"}
        for i in range(sessions)]}})
    rng = random.Random(1)
    frames = [_frame(rng.randrange(sessions), n) for n in range(events)]
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        start = time.perf_counter()
        for f in frames:
            app._frame_arrived(f)
        applied = time.perf_counter() - start
        print(f"apply: {events} events in {applied * 1000:.1f} ms "
              f"({events / applied:,.0f} events/s)")
        screen = app.sessions_screen
        for label, sort in (("in place", "id"), ("re-sorted", "edits")):
            screen.sort, screen.reverse, screen.layout_changed = sort, True, True
            screen.repaint(set())
            times = []
            for _ in range(20):
                for f in frames[: sessions * 5]:
                    f["data"]["event"]["data"]["chars_added"] += 0
                    app._frame_arrived(_frame(rng.randrange(sessions), 0))
                changed = app.fleet.changed.drain()
                start = time.perf_counter()
                screen.repaint(changed)
                times.append(time.perf_counter() - start)
            times.sort()
            print(f"repaint ({label}, {sessions} rows, {len(changed)} changed): "
                  f"median {times[len(times) // 2] * 1000:.1f} ms, worst {times[-1] * 1000:.1f} ms")


def main() -> None:
    """Benchmark with SESSIONS sessions and EVENTS events (defaults 200 and 20,000)."""
    sessions = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    events = int(sys.argv[2]) if len(sys.argv) > 2 else 20_000
    asyncio.run(_run(sessions, events))


if __name__ == "__main__":
    main()
