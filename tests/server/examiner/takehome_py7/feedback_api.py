"""Collects star ratings for the canteen's daily menu over a small JSON API and serves the
running average per dish. Uses only the standard library: a threading HTTP server and SQLite."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

DB_PATH = "feedback.db"
MAX_BODY = 4096
MAX_COMMENT = 500

db = sqlite3.connect(DB_PATH, check_same_thread=False)
db.execute("CREATE TABLE IF NOT EXISTS ratings ("
           " id INTEGER PRIMARY KEY, day TEXT NOT NULL, dish TEXT NOT NULL,"
           " stars INTEGER NOT NULL CHECK (stars BETWEEN 1 AND 5), comment TEXT)")


class BadRating(ValueError):
    pass


def parse_rating(body: bytes) -> tuple[str, int, str]:
    try:
        data = json.loads(body)
        dish = str(data["dish"]).strip()
        stars = int(data["stars"])
    except (ValueError, KeyError, TypeError) as exc:
        raise BadRating("expected {\"dish\": ..., \"stars\": 1-5}") from exc
    comment = str(data.get("comment", ""))[:MAX_COMMENT]
    if not dish:
        raise BadRating("dish is empty")
    if not 1 <= stars <= 5:
        raise BadRating("stars must be between 1 and 5")
    return dish, stars, comment


def record(dish: str, stars: int, comment: str) -> int:
    cur = db.execute("INSERT INTO ratings (day, dish, stars, comment) VALUES (?, ?, ?, ?)",
                     (date.today().isoformat(), dish, stars, comment))
    db.commit()
    return cur.lastrowid or 0


def averages(day: str) -> dict[str, float]:
    rows = db.execute("SELECT dish, AVG(stars) FROM ratings WHERE day = ? GROUP BY dish",
                      (day,)).fetchall()
    return {dish: round(avg, 2) for dish, avg in rows}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        if self.path != "/ratings":
            self.send_error(404)
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self.send_error(413)
            return
        try:
            dish, stars, comment = parse_rating(self.rfile.read(length))
        except BadRating as exc:
            self._json(400, {"error": str(exc)})
            return
        self._json(201, {"id": record(dish, stars, comment)})

    def do_GET(self) -> None:
        if self.path != "/averages":
            self.send_error(404)
            return
        self._json(200, averages(date.today().isoformat()))

    def _json(self, status: int, payload: object) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


if __name__ == "__main__":
    ThreadingHTTPServer(("127.0.0.1", 8000), Handler).serve_forever()
