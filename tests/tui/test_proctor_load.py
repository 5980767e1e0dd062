"""200 busy sessions: the model takes every event at once, the table repaints at a bounded rate."""

from __future__ import annotations

import asyncio
import random
from datetime import UTC, datetime, timedelta

from tests.support.frames import wire
from tui.proctor.app import ProctorApp
from viva.protocol import Message

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)


def frame(sid: int, n: int) -> Message:
    return wire({"type": "session_event", "data": {"session_id": sid, "event": {
        "type": "code_update", "ts": (T0 + timedelta(seconds=n / 100)).isoformat(),
        "data": {"path": "main.py", "version": n, "chars_added": 3, "lines_added": 1}}}})


async def test_a_flood_of_events_is_all_applied_with_bounded_repaints() -> None:
    """10,000 events in bursts over 200 sessions, sorted by edits: every one counted, ≤ 8 repaints/s."""
    app = ProctorApp("http://viva.test", "token", connect=False, refresh_hz=8,
                     clock=lambda: T0 + timedelta(minutes=2))
    app.fleet.apply_frame(wire({"type": "sessions_snapshot", "data": {"sessions": [
        {"id": i, "status": "active", "candidate": {"name": f"cand-{i:03d}"}, "assessment": "py"}
        for i in range(200)]}}))
    rng = random.Random(5)
    sent = [0] * 200
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        app.sessions_screen.sort, app.sessions_screen.reverse = "edits", True
        app.sessions_screen.layout_changed = True
        await pilot.pause(0.2)
        drains_before = app.fleet.changed.drains
        loop = asyncio.get_running_loop()
        start = loop.time()
        n = 0
        while n < 10_000:  # bursts of 250 events, 100 bursts a second at most
            for _ in range(250):
                sid = rng.randrange(200)
                n += 1
                sent[sid] += 1
                app._frame_arrived(frame(sid, n))
            await asyncio.sleep(0.01)
        elapsed = loop.time() - start
        await pilot.pause(0.3)
        repaints = app.fleet.changed.drains - drains_before
        assert repaints <= (elapsed + 0.3) * 8 + 2, f"{repaints} repaints in {elapsed:.2f}s"
        assert [app.fleet.sessions[i].edits for i in range(200)] == sent
        expected = sorted(range(200), key=lambda i: (sent[i], i), reverse=True)
        assert app.table.order == expected
