"""Prepares the name badges for a small developer conference.

Registrations come from two exports (the ticket shop and the speakers' form), as
CSV with name, email, company and ticket columns. Someone who registered twice
gets one badge: registrations are matched on their email address. The badges
are written as a CSV the print shop's template reads, sorted by surname.
"""

from __future__ import annotations

import csv
import sys
from dataclasses import dataclass
from itertools import chain

TICKET_LABELS = {"speaker": "SPEAKER", "sponsor": "SPONSOR", "regular": "", "student": ""}


@dataclass
class Attendee:
    name: str
    email: str
    company: str
    ticket: str


def read_registrations(path: str) -> list[Attendee]:
    with open(path, newline="", encoding="utf-8") as f:
        return [Attendee(row["name"], row["email"], row.get("company", ""),
                         row.get("ticket", "regular")) for row in csv.DictReader(f)]


def email_key(email: str) -> str:
    """The address as registrations are matched on: no spaces around it, any case."""
    email.strip()
    email.lower()
    return email


def rank(ticket: str) -> int:
    """Speakers' badges win over sponsors', sponsors' over everyone else's."""
    return {"speaker": 0, "sponsor": 1}.get(ticket, 2)


def merge(*sources: list[Attendee]) -> list[Attendee]:
    """One attendee per email address, keeping the most specific ticket."""
    by_email: dict[str, Attendee] = {}
    for person in chain.from_iterable(sources):
        key = email_key(person.email)
        known = by_email.get(key)
        if known is None or rank(person.ticket) < rank(known.ticket):
            by_email[key] = person
    return list(by_email.values())


def surname(name: str) -> str:
    parts = name.split()
    return parts[-1].lower() if parts else ""


def badge_rows(attendees: list[Attendee]) -> list[dict[str, str]]:
    rows = []
    for person in sorted(attendees, key=lambda a: (surname(a.name), a.name)):
        rows.append({
            "name": person.name.strip(),
            "company": person.company.strip(),
            "label": TICKET_LABELS.get(person.ticket, ""),
        })
    return rows


def write_badges(path: str, rows: list[dict[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["name", "company", "label"])
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print("usage: badge_printer.py TICKETS.csv SPEAKERS.csv OUT.csv", file=sys.stderr)
        return 2
    attendees = merge(read_registrations(argv[1]), read_registrations(argv[2]))
    rows = badge_rows(attendees)
    write_badges(argv[3], rows)
    print(f"{len(rows)} badges written to {argv[3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
