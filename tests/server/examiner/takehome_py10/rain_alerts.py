"""Rain alerts: read the latest gauge readings for each garden plot and warn the plot's owner
when the last 24 hours brought more rain than the configured threshold.

Configuration comes from the environment so the same code runs on a laptop and on the box in
the shed:

    ALERT_THRESHOLD_MM   rainfall in millimetres that triggers an alert (default 25)
    ALERT_WINDOW_HOURS   how far back to look (default 24)
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

THRESHOLD_MM = os.getenv("ALERT_THRESHOLD_MM", 25)
WINDOW_HOURS = int(os.getenv("ALERT_WINDOW_HOURS", "24"))
READINGS_FILE = Path(os.getenv("READINGS_FILE", "readings.json"))


@dataclass(frozen=True)
class Reading:
    plot: str
    taken_at: datetime
    millimetres: float


@dataclass(frozen=True)
class Alert:
    plot: str
    owner: str
    total_mm: float


def load_readings(path: Path) -> list[Reading]:
    """Readings as the gauge logger writes them: a JSON list of {plot, at, mm}."""
    raw = json.loads(path.read_text(encoding="utf-8"))
    readings = []
    for item in raw:
        taken_at = datetime.fromisoformat(item["at"])
        if taken_at.tzinfo is None:
            taken_at = taken_at.replace(tzinfo=UTC)
        readings.append(Reading(item["plot"], taken_at, float(item["mm"])))
    return readings


def rainfall_by_plot(readings: list[Reading], now: datetime) -> dict[str, float]:
    """Total rainfall per plot inside the window that ends at `now`."""
    since = now - timedelta(hours=WINDOW_HOURS)
    totals: dict[str, float] = {}
    for reading in readings:
        if since <= reading.taken_at <= now:
            totals[reading.plot] = totals.get(reading.plot, 0.0) + reading.millimetres
    return totals


def alerts_for(totals: dict[str, float], owners: dict[str, str]) -> list[Alert]:
    """An alert for every plot whose rainfall reached the threshold, wettest first."""
    alerts = []
    for plot, total in totals.items():
        if total >= THRESHOLD_MM:
            alerts.append(Alert(plot, owners.get(plot, "unknown"), round(total, 1)))
    alerts.sort(key=lambda a: a.total_mm, reverse=True)
    return alerts


def format_alert(alert: Alert) -> str:
    return (f"{alert.owner}: plot {alert.plot} had {alert.total_mm} mm of rain in the last "
            f"{WINDOW_HOURS} hours - check the drainage.")


def main() -> None:
    owners = {"A1": "Priya", "A2": "Tom", "B1": "Marguerite"}
    readings = load_readings(READINGS_FILE)
    now = datetime.now(UTC)
    for alert in alerts_for(rainfall_by_plot(readings, now), owners):
        print(format_alert(alert))


if __name__ == "__main__":
    main()
