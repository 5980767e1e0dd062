"""A test run's number within its session (1, 2, 3...), which is what people are shown:
`run_id` counts every session's runs together."""

from __future__ import annotations

from server.storage.models import TestRun

__all__ = ["number_of_run"]


async def number_of_run(session_id: int, run_id: int) -> int:
    """The run's place among its session's runs, from 1."""
    return await TestRun.filter(session_id=session_id, id__lte=run_id).count()

