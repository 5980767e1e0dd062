"""A small recipe site: add recipes as JSON, list them, and search them from a form."""
import sqlite3
from contextlib import closing

from flask import Flask, abort, jsonify, request
from markupsafe import escape

app = Flask(__name__)
DB_PATH = "recipes.db"


def connect():
    conn = sqlite3.connect(DB_PATH)
    conn.row_factory = sqlite3.Row
    return conn


def init_db():
    with closing(connect()) as conn, conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS recipes ("
            " id INTEGER PRIMARY KEY, title TEXT NOT NULL, minutes INTEGER NOT NULL)"
        )


@app.post("/recipes")
def add_recipe():
    body = request.get_json(silent=True) or {}
    title = str(body.get("title", "")).strip()
    minutes = body.get("minutes")
    if not title or not isinstance(minutes, int) or minutes <= 0:
        abort(400)
    with closing(connect()) as conn, conn:
        cur = conn.execute("INSERT INTO recipes (title, minutes) VALUES (?, ?)", (title, minutes))
    return jsonify(id=cur.lastrowid), 201


@app.get("/recipes")
def list_recipes():
    with closing(connect()) as conn:
        rows = conn.execute("SELECT id, title, minutes FROM recipes ORDER BY title").fetchall()
    return jsonify([dict(r) for r in rows])


@app.get("/search")
def search():
    term = request.args.get("q", "").strip()
    with closing(connect()) as conn:
        rows = conn.execute(
            "SELECT title, minutes FROM recipes WHERE title LIKE ? ORDER BY minutes",
            (f"%{term}%",),
        ).fetchall()
    items = "".join(
        f"<li>{escape(r['title'])} ({r['minutes']} min)</li>" for r in rows
    )
    return f"<html><body><h1>Recipes with {term}</h1><ul>{items}</ul></body></html>"


@app.get("/")
def index():
    return (
        "<html><body><form action='/search'>"
        "<input name='q'><button>Search</button></form></body></html>"
    )


if __name__ == "__main__":
    init_db()
    app.run()
