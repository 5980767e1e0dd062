"""Choir attendance: members sign in at rehearsals on a tablet; the sign-ins are kept as a
JSON log and exported each term as a CSV for the committee, one row per member with the
rehearsals attended and the notes the section leaders wrote."""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

FIELDS = ["member", "section", "attended", "missed", "rate", "notes"]


@dataclass
class Record:
    member: str
    section: str
    attended: set[date] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


def load_signins(path: Path) -> list[dict[str, str]]:
    """The sign-in log: a JSON list of {member, section, day, note?}."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, list):
        raise TypeError("the sign-in log must be a JSON list")
    return data


def tally(signins: list[dict[str, str]]) -> dict[str, Record]:
    records: dict[str, Record] = {}
    for entry in signins:
        name = entry["member"].strip()
        record = records.setdefault(name, Record(name, entry.get("section", "?")))
        record.attended.add(date.fromisoformat(entry["day"]))
        if entry.get("note"):
            record.notes.append(entry["note"].strip())
    return records


def rows(records: dict[str, Record], rehearsals: list[date]) -> list[dict[str, object]]:
    """One row per member, by section then name; notes kept as written, one per line."""
    out = []
    held = set(rehearsals)
    for record in sorted(records.values(), key=lambda r: (r.section, r.member)):
        attended = len(record.attended & held)
        out.append({
            "member": record.member,
            "section": record.section,
            "attended": attended,
            "missed": len(held) - attended,
            "rate": f"{attended / len(held):.0%}" if held else "-",
            "notes": "\n".join(record.notes),
        })
    return out


def export(records: dict[str, Record], rehearsals: list[date], target: Path) -> int:
    """Write the term's CSV and give back the number of members in it."""
    table = rows(records, rehearsals)
    with open(target, "w", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(table)
    return len(table)


def by_section(records: dict[str, Record]) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for record in records.values():
        counts[record.section] += 1
    return dict(counts)


if __name__ == "__main__":
    term = [date(2024, 9, d) for d in (3, 10, 17, 24)]
    members = tally(load_signins(Path("signins.json")))
    print(export(members, term, Path("attendance.csv")), "members;", by_section(members))
