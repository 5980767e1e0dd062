"""The time as the server reads it where time decides something: a `Now`, injected.

`create_app` takes one (`utc_now` unless told otherwise) and hands it to the parts whose
behaviour depends on the time (the multiple-choice runs, the session events' stamps), so a
test moves time forward instead of waiting for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

__all__ = ["Now", "utc_now"]

Now = Callable[[], datetime]
"""The current time, timezone-aware (UTC)."""


def utc_now() -> datetime:
    """The wall clock, in UTC."""
    return datetime.now(UTC)
