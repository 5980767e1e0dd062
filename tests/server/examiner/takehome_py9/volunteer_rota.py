"""Builds the weekend rota for a community food bank from the volunteers' sign-up sheet.

The sheet is exported from the sign-up form as CSV with the columns
name, phone, available_days (e.g. "sat;sun"), can_drive (yes/no) and max_shifts.
Each day needs two packers and one driver; the rota is printed as a table.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass, field

DAYS = ("sat", "sun")
PACKERS_PER_DAY = 2


@dataclass
class Volunteer:
    name: str
    phone: str
    days: set[str]
    can_drive: bool
    max_shifts: int
    shifts: int = 0


@dataclass
class Day:
    name: str
    driver: Volunteer | None = None
    packers: list[Volunteer] = field(default_factory=list)


def read_volunteers(path: str) -> list[Volunteer]:
    """Every volunteer on the sheet, in the order they signed up."""
    volunteers = []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            days = {d.strip().lower() for d in row["available_days"].split(";") if d.strip()}
            volunteers.append(Volunteer(
                name=row["name"].strip(),
                phone=row["phone"].strip(),
                days=days & set(DAYS),
                can_drive=bool(row["can_drive"]),
                max_shifts=int(row["max_shifts"] or 1),
            ))
    return volunteers


def pick(candidates: list[Volunteer], taken: set[str]) -> Volunteer | None:
    """The least busy candidate with a shift left who is not already on the day."""
    best = None
    for v in candidates:
        if v.name in taken or v.shifts >= v.max_shifts:
            continue
        if best is None or v.shifts < best.shifts:
            best = v
    return best


def staff(day: Day, available: list[Volunteer]) -> Day:
    """A driver first (there are fewer of them), then packers, least busy first."""
    taken: set[str] = set()
    day.driver = pick([v for v in available if v.can_drive], taken)
    if day.driver is not None:
        day.driver.shifts += 1
        taken.add(day.driver.name)
    while len(day.packers) < PACKERS_PER_DAY:
        chosen = pick(available, taken)
        if chosen is None:
            break
        chosen.shifts += 1
        taken.add(chosen.name)
        day.packers.append(chosen)
    return day


def assign(volunteers: list[Volunteer]) -> list[Day]:
    """Saturday is staffed before Sunday, so Sunday gets those with shifts left."""
    saturday = [v for v in volunteers if "sat" in v.days]
    sunday = [v for v in volunteers if "sun" in v.days]
    return [staff(Day("sat"), saturday), staff(Day("sun"), sunday)]


def render(rota: list[Day]) -> str:
    lines = [f"{'day':<5}{'driver':<20}packers"]
    for day in rota:
        driver = day.driver.name if day.driver else "-- nobody --"
        packers = ", ".join(v.name for v in day.packers) or "-- nobody --"
        lines.append(f"{day.name:<5}{driver:<20}{packers}")
    return "\n".join(lines)


def gaps(rota: list[Day]) -> list[str]:
    """What the coordinator still has to fill by phone."""
    out = []
    for day in rota:
        if day.driver is None:
            out.append(f"{day.name}: no driver")
        missing = PACKERS_PER_DAY - len(day.packers)
        if missing > 0:
            out.append(f"{day.name}: {missing} packer(s) short")
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: volunteer_rota.py SIGNUPS.csv", file=sys.stderr)
        return 2
    rota = assign(read_volunteers(argv[1]))
    print(render(rota))
    for gap in gaps(rota):
        print("gap:", gap)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
