"""A clock a test moves by hand, for the parts that take a `Now` (`server.core.clock`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class ManualClock:
    """Stands still at `start` (the wall clock by default) until `advance` moves it."""

    def __init__(self, start: datetime | None = None) -> None:
        self.at = start or datetime.now(UTC)

    def __call__(self) -> datetime:
        return self.at

    def advance(self, seconds: float) -> None:
        """Move the time forward."""
        self.at += timedelta(seconds=seconds)
