"""Sensor cleaner for a greenhouse logger: readings arrive as floats, and a failed read is
recorded as NaN. The cleaner drops failed reads and out-of-range values, then gives the
hourly averages for the dashboard."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass

VALID_RANGE = {"temperature": (-20.0, 60.0), "humidity": (0.0, 100.0)}


@dataclass(frozen=True)
class Reading:
    sensor: str
    kind: str
    minute: int
    value: float


def usable(reading: Reading) -> bool:
    """A reading the dashboard can show: not a failed read, and inside its kind's range."""
    if reading.value == math.nan:
        return False
    low, high = VALID_RANGE.get(reading.kind, (-math.inf, math.inf))
    return low <= reading.value <= high


def hourly_averages(readings: list[Reading]) -> dict[tuple[str, str, int], float]:
    """The mean of each sensor's usable readings of a kind per hour of the day."""
    sums: dict[tuple[str, str, int], float] = defaultdict(float)
    counts: dict[tuple[str, str, int], int] = defaultdict(int)
    for r in readings:
        if not usable(r):
            continue
        key = (r.sensor, r.kind, r.minute // 60)
        sums[key] += r.value
        counts[key] += 1
    return {key: round(sums[key] / counts[key], 2) for key in sums}


def failure_rate(readings: list[Reading]) -> float:
    """The share of readings that were failed reads (0.0 with no readings)."""
    if not readings:
        return 0.0
    failed = sum(1 for r in readings if math.isnan(r.value))
    return failed / len(readings)


def parse_line(line: str) -> Reading | None:
    """`sensor,kind,minute,value`; None for a line that is not one."""
    parts = line.strip().split(",")
    if len(parts) != 4:
        return None
    sensor, kind, minute, value = parts
    try:
        return Reading(sensor, kind, int(minute), float(value))
    except ValueError:
        return None


def load(lines: list[str]) -> list[Reading]:
    return [r for r in map(parse_line, lines) if r is not None]
