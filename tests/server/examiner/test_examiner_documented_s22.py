"""Documented hazards added after heldout21's run (written from their documentation, in our own
programs): a `@contextmanager` whose cleanup after `yield` has no try around it (the contextlib
docs: the block's exception is reraised at the yield), `%M` (the minute) where a date format's
month stands (the datetime format codes), and a Map or Set kept in a class field looked up with
a new array (ECMAScript SameValueZero). The first question on each program is the finding; the
program fixed asks nothing that claims a defect."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import assert_asks_no_defect, assert_first_question, fixed

RECEIPTS = '''"""Till receipts for a village shop, kept in SQLite."""
import sqlite3
from contextlib import contextmanager
from datetime import datetime


def connect(path):
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE IF NOT EXISTS sale (day TEXT, item TEXT, pence INTEGER)")
    return conn


@contextmanager
def batch(conn):
    conn.execute("BEGIN IMMEDIATE")
    yield conn
    conn.execute("COMMIT")


def record(conn, day, lines):
    with batch(conn):
        for item, pence in lines:
            if pence <= 0:
                raise ValueError(f"{item}: price must be positive")
            conn.execute("INSERT INTO sale VALUES (?, ?, ?)", (day, item, pence))


def takings(conn, day):
    row = conn.execute("SELECT SUM(pence) FROM sale WHERE day = ?", (day,)).fetchone()
    return row[0] or 0


def day_of(stamp):
    return datetime.fromisoformat(stamp).date().isoformat()
'''

LOGBOOK = '''"""A canoe club's logbook: trips read from a CSV export."""
import csv
from dataclasses import dataclass
from datetime import datetime


@dataclass
class Trip:
    day: datetime
    river: str
    paddlers: int


def parse(row):
    paddlers = int(row["paddlers"])
    if paddlers < 1:
        raise ValueError("a trip needs a paddler")
    day = datetime.strptime(row["date"].strip(), "%d/%M/%Y")
    return Trip(day, row["river"].strip(), paddlers)


def load(path):
    with open(path, newline="", encoding="utf-8") as f:
        return [parse(row) for row in csv.DictReader(f)]


def by_month(trips):
    months = {}
    for trip in trips:
        months[trip.day.month] = months.get(trip.day.month, 0) + trip.paddlers
    return months
'''

GRID = '''// Seat grid for a school concert: parents book seats by row and number.
type Seat = [row: number, seat: number];

export class ConcertHall {
  private readonly booked = new Set<Seat>();

  constructor(private readonly rows: number, private readonly perRow: number) {}

  book(family: string, seats: Seat[]): void {
    for (const [row, seat] of seats) {
      if (row < 1 || row > this.rows || seat < 1 || seat > this.perRow) {
        throw new RangeError(`${family}: no seat ${seat} in row ${row}`);
      }
      if (this.booked.has([row, seat])) {
        throw new Error(`${family}: seat ${seat} in row ${row} is taken`);
      }
    }
    for (const s of seats) this.booked.add(s);
  }

  free(): number {
    return this.rows * this.perRow - this.booked.size;
  }
}
'''

CASES = [
    ("receipts.py", RECEIPTS, "py-context-manager-cleanup-skipped", "resource_leak",
     (('    yield conn\n    conn.execute("COMMIT")',
       ('    try:\n        yield conn\n    except BaseException:\n        conn.execute("ROLLBACK")\n'
        '        raise\n    else:\n        conn.execute("COMMIT")')),)),
    ("logbook.py", LOGBOOK, "py-minutes-in-a-date-format", "wrong_result",
     (('"%d/%M/%Y"', '"%d/%m/%Y"'),)),
    ("concertHall.ts", GRID, "js-collection-lookup-by-new-literal", "equality_bug",
     (("new Set<Seat>()", "new Set<string>()"), ("this.booked.has([row, seat])", "this.booked.has(`${row}:${seat}`)"),
      ("for (const s of seats) this.booked.add(s);", "for (const [r, s] of seats) this.booked.add(`${r}:${s}`);"))),
]


@pytest.mark.parametrize(("name", "code", "rule_id", "kind", "fixes"), CASES, ids=[c[0] for c in CASES])
def test_the_first_question_is_the_documented_hazard(name: str, code: str, rule_id: str, kind: str,
                                                     fixes: tuple[tuple[str, str], ...]) -> None:
    assert_first_question(name, code, kind, rule_id)


@pytest.mark.parametrize(("name", "code", "rule_id", "kind", "fixes"), CASES, ids=[c[0] for c in CASES])
def test_the_program_fixed_asks_no_defect(name: str, code: str, rule_id: str, kind: str,
                                          fixes: tuple[tuple[str, str], ...]) -> None:
    assert_asks_no_defect(name, fixed(code, fixes), rule_id)
