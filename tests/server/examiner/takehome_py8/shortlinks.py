"""A small URL shortener: POST a long URL, get a six-letter code back, and GET /<code>
redirects to it. Codes and hit counts live in SQLite next to the app."""

from __future__ import annotations

import secrets
import sqlite3
import string
from urllib.parse import urlparse

from flask import Flask, abort, g, jsonify, redirect, request

DB_PATH = "links.db"
ALPHABET = string.ascii_letters + string.digits
CODE_LENGTH = 6
MAX_URL = 2048

app = Flask(__name__)


def db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.execute("CREATE TABLE IF NOT EXISTS links ("
                     " code TEXT PRIMARY KEY, url TEXT NOT NULL, hits INTEGER NOT NULL DEFAULT 0)")
    return g.db


@app.teardown_appcontext
def close_db(_exc: BaseException | None) -> None:
    conn = g.pop("db", None)
    if conn is not None:
        conn.close()


def valid_url(url: str) -> bool:
    if len(url) > MAX_URL:
        return False
    parts = urlparse(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))


@app.post("/links")
def shorten():
    body = request.get_json(silent=True) or {}
    url = str(body.get("url", "")).strip()
    if not valid_url(url):
        return jsonify(error="url must be an absolute http(s) URL"), 400
    conn = db()
    for _ in range(5):
        code = new_code()
        try:
            with conn:
                conn.execute("INSERT INTO links (code, url) VALUES (?, ?)", (code, url))
        except sqlite3.IntegrityError:
            continue
        return jsonify(code=code, short=request.host_url + code), 201
    return jsonify(error="could not allocate a code, try again"), 503


@app.get("/<code>")
def follow(code: str):
    conn = db()
    row = conn.execute("SELECT url FROM links WHERE code = ?", (code,)).fetchone()
    if row is None:
        abort(404)
    with conn:
        conn.execute("UPDATE links SET hits = hits + 1 WHERE code = ?", (code,))
    return redirect(row[0], code=302)


@app.get("/links/<code>/stats")
def stats(code: str):
    row = db().execute("SELECT url, hits FROM links WHERE code = ?", (code,)).fetchone()
    if row is None:
        return jsonify(error="no such code"), 404
    return jsonify(code=code, url=row[0], hits=row[1])


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=5000, debug=True)
