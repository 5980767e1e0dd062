"""Load a weather station's CSV export into the readings database."""

import csv
import sqlite3
import sys
from datetime import datetime

SCHEMA = """
CREATE TABLE IF NOT EXISTS readings (
    station TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    temperature REAL,
    humidity REAL,
    PRIMARY KEY (station, taken_at)
)
"""


def parse_row(row: dict[str, str]) -> tuple[str, str, float | None, float | None]:
    taken = datetime.strptime(row["timestamp"], "%Y-%m-%d %H:%M")
    temp = float(row["temp_c"]) if row["temp_c"].strip() else None
    hum = float(row["rh"]) if row["rh"].strip() else None
    if hum is not None and not 0 <= hum <= 100:
        raise ValueError(f"humidity out of range: {hum}")
    return row["station"].strip().upper(), taken.isoformat(timespec="minutes"), temp, hum


def import_csv(conn: sqlite3.Connection, path: str) -> tuple[int, int]:
    conn.execute(SCHEMA)
    loaded = skipped = 0
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            try:
                values = parse_row(row)
            except (KeyError, ValueError):
                skipped += 1
                continue
            conn.execute(
                "INSERT OR REPLACE INTO readings (station, taken_at, temperature, humidity) "
                "VALUES (?, ?, ?, ?)",
                values,
            )
            conn.commit()
            loaded += 1
    return loaded, skipped


def summary(conn: sqlite3.Connection) -> list[tuple[str, int, float]]:
    return conn.execute(
        "SELECT station, COUNT(*), ROUND(AVG(temperature), 1) FROM readings "
        "GROUP BY station ORDER BY station"
    ).fetchall()


def main(argv: list[str]) -> int:
    if len(argv) != 3:
        print("usage: readings.py DATABASE EXPORT.csv", file=sys.stderr)
        return 2
    conn = sqlite3.connect(argv[1])
    try:
        loaded, skipped = import_csv(conn, argv[2])
        print(f"loaded {loaded} readings, skipped {skipped}")
        for station, count, mean in summary(conn):
            print(f"{station:8} {count:6} {mean}")
    finally:
        conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
