"""Parking charges for the town-centre car parks.

A stay is charged per started hour at the car park's hourly rate, capped per calendar day.
Weekends and public holidays are charged at the weekend rate; the first half hour is free.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal

FREE_MINUTES = 30
CENT = Decimal("0.01")


@dataclass(frozen=True)
class CarPark:
    code: str
    hourly: Decimal
    weekend_hourly: Decimal
    daily_cap: Decimal


@dataclass(frozen=True)
class Stay:
    plate: str
    entered: datetime
    left: datetime


class TariffError(ValueError):
    """A stay that cannot be charged."""


def holidays_for(year: int) -> frozenset[date]:
    """The fixed public holidays of the year (movable feasts come from the council's list)."""
    return frozenset({date(year, 1, 1), date(year, 5, 1), date(year, 12, 25), date(year, 12, 26)})


def day_slices(stay: Stay) -> list[tuple[date, int]]:
    """The stay cut at midnight: each calendar day it covers with the minutes spent in it."""
    if stay.left <= stay.entered:
        raise TariffError(f"{stay.plate}: leaves before it enters")
    slices = []
    start = stay.entered
    while start < stay.left:
        midnight = datetime.combine(start.date() + timedelta(days=1), datetime.min.time())
        end = min(midnight, stay.left)
        slices.append((start.date(), int((end - start).total_seconds() // 60)))
        start = end
    return slices


def hourly_rate(park: CarPark, day: date) -> Decimal:
    """The rate for one calendar day: the weekend rate on Saturdays, Sundays and holidays."""
    if day in holidays_for(day.year):
        return park.weekend_hourly
    if day.weekday() in (6, 7):
        return park.weekend_hourly
    return park.hourly


def started_hours(minutes: int) -> int:
    return -(-minutes // 60)


def charge(park: CarPark, stay: Stay) -> Decimal:
    """What the stay costs: per started hour, each calendar day capped on its own."""
    slices = day_slices(stay)
    total_minutes = sum(m for _, m in slices)
    if total_minutes <= FREE_MINUTES:
        return Decimal("0.00")
    total = Decimal(0)
    for day, minutes in slices:
        cost = hourly_rate(park, day) * started_hours(minutes)
        total += min(cost, park.daily_cap)
    return total.quantize(CENT, rounding=ROUND_HALF_UP)


def receipt(park: CarPark, stay: Stay) -> str:
    lines = [f"Car park {park.code}", f"Vehicle {stay.plate}",
             f"In  {stay.entered:%d/%m/%Y %H:%M}", f"Out {stay.left:%d/%m/%Y %H:%M}"]
    for day, minutes in day_slices(stay):
        lines.append(f"  {day:%a %d/%m}: {minutes} min at {hourly_rate(park, day)}/h")
    lines.append(f"Total {charge(park, stay)}")
    return "\n".join(lines)


if __name__ == "__main__":
    park = CarPark("MKT", Decimal("2.20"), Decimal("1.50"), Decimal("14.00"))
    saturday = datetime(2024, 6, 8, 10, 15)
    print(receipt(park, Stay("AB12 CDE", saturday, saturday + timedelta(hours=3))))
