"""Vet visits: a small command-line log of the clinic's appointments, kept in SQLite.

    python vet_visits.py add "Biscuit" "vaccination" 2024-05-02
    python vet_visits.py done 7
    python vet_visits.py list
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass
from datetime import date

SCHEMA = """
CREATE TABLE IF NOT EXISTS visits (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pet TEXT NOT NULL,
    reason TEXT NOT NULL,
    day TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0
)
"""


@dataclass(frozen=True)
class Visit:
    id: int
    pet: str
    reason: str
    day: date
    done: bool


def connect(path: str = "visits.db") -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    conn.execute(SCHEMA)
    return conn


def add_visit(conn: sqlite3.Connection, pet: str, reason: str, day: date) -> int:
    """Book a visit and give back its id."""
    if not pet.strip() or not reason.strip():
        raise ValueError("pet and reason are required")
    cur = conn.execute(
        "INSERT INTO visits (pet, reason, day) VALUES (?, ?, ?)",
        (pet.strip(), reason.strip(), day.isoformat()),
    )
    return int(cur.lastrowid or 0)


def mark_done(conn: sqlite3.Connection, visit_id: int) -> bool:
    """Mark a visit as done; False when there is no such visit."""
    cur = conn.execute("UPDATE visits SET done = 1 WHERE id = ?", (visit_id,))
    return cur.rowcount == 1


def upcoming(conn: sqlite3.Connection, today: date) -> list[Visit]:
    rows = conn.execute(
        "SELECT id, pet, reason, day, done FROM visits WHERE day >= ? ORDER BY day, id",
        (today.isoformat(),),
    ).fetchall()
    return [Visit(r[0], r[1], r[2], date.fromisoformat(r[3]), bool(r[4])) for r in rows]


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    conn = connect()
    try:
        command, args = argv[0], argv[1:]
        if command == "add" and len(args) == 3:
            visit_id = add_visit(conn, args[0], args[1], date.fromisoformat(args[2]))
            print(f"booked visit {visit_id}")
        elif command == "done" and len(args) == 1:
            print("marked" if mark_done(conn, int(args[0])) else "no such visit")
        elif command == "list":
            for visit in upcoming(conn, date.today()):
                flag = "x" if visit.done else " "
                print(f"[{flag}] {visit.id:4d} {visit.day} {visit.pet}: {visit.reason}")
        else:
            print(__doc__)
            return 2
        return 0
    finally:
        conn.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
