"""Summarises a greenhouse controller's sensor log for the morning check.

Each line of the log is `timestamp;sensor;reading`, e.g.
`2024-05-02T06:15:00;bench3-humidity;71.5`. The summary gives, per sensor, the
number of readings, the lowest, highest and mean value, and flags sensors whose
last reading is outside the range set for them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from datetime import datetime

LIMITS = {
    "humidity": (55.0, 85.0),
    "temp": (16.0, 30.0),
    "soil": (20.0, 60.0),
}


@dataclass
class Series:
    sensor: str
    count: int = 0
    low: float = float("inf")
    high: float = float("-inf")
    total: float = 0.0
    last: float | None = None
    last_at: datetime | None = None

    def add(self, at: datetime, value: float) -> None:
        self.count += 1
        self.low = min(self.low, value)
        self.high = max(self.high, value)
        self.total += value
        if self.last_at is None or at >= self.last_at:
            self.last, self.last_at = value, at

    @property
    def mean(self) -> float:
        return self.total / self.count if self.count else 0.0


def limits_for(sensor: str) -> tuple[float, float] | None:
    """The range for a sensor, by the kind at the end of its name (`bench3-humidity`)."""
    kind = sensor.rsplit("-", 1)[-1]
    return LIMITS.get(kind)


def read_log(lines: list[str]) -> tuple[dict[str, Series], int]:
    """The series per sensor, and how many lines were skipped as incomplete."""
    series: dict[str, Series] = {}
    skipped = 0
    for raw in lines:
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        fields = text.split(";")
        try:
            at = datetime.fromisoformat(fields[0])
            sensor = fields[1]
            reading = float(fields[2])
        except IndexError:
            skipped += 1
            continue
        series.setdefault(sensor, Series(sensor)).add(at, reading)
    return series, skipped


def alarms(series: dict[str, Series]) -> list[str]:
    out = []
    for name, s in sorted(series.items()):
        bounds = limits_for(name)
        if bounds is None or s.last is None:
            continue
        low, high = bounds
        if not low <= s.last <= high:
            out.append(f"{name}: last reading {s.last} outside {low}-{high}")
    return out


def report(series: dict[str, Series], skipped: int) -> str:
    rows = [f"{'sensor':<20}{'n':>5}{'min':>8}{'max':>8}{'mean':>8}"]
    for name, s in sorted(series.items()):
        rows.append(f"{name:<20}{s.count:>5}{s.low:>8.1f}{s.high:>8.1f}{s.mean:>8.1f}")
    if skipped:
        rows.append(f"({skipped} incomplete lines skipped)")
    return "\n".join(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: greenhouse_log.py LOGFILE", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        series, skipped = read_log(f.readlines())
    print(report(series, skipped))
    for alarm in alarms(series):
        print("ALARM", alarm)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
