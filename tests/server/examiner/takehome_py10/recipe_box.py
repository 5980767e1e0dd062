"""Recipe box: a tiny store of recipes and their ingredients in SQLite, with a lookup by
recipe name and a shopping list for several recipes at once."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Ingredient:
    name: str
    quantity: float
    unit: str


@dataclass(frozen=True)
class Recipe:
    id: int
    name: str
    serves: int
    ingredients: tuple[Ingredient, ...]


def open_box(path: str = "recipes.db") -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE IF NOT EXISTS recipes ("
                     "id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, serves INTEGER NOT NULL)")
        conn.execute("CREATE TABLE IF NOT EXISTS ingredients ("
                     "recipe_id INTEGER NOT NULL REFERENCES recipes(id), name TEXT NOT NULL, "
                     "quantity REAL NOT NULL, unit TEXT NOT NULL)")
    return conn


def save_recipe(conn: sqlite3.Connection, name: str, serves: int,
                ingredients: list[Ingredient]) -> int:
    with conn:
        cur = conn.execute("INSERT INTO recipes (name, serves) VALUES (?, ?)", (name, serves))
        recipe_id = int(cur.lastrowid or 0)
        conn.executemany(
            "INSERT INTO ingredients (recipe_id, name, quantity, unit) VALUES (?, ?, ?, ?)",
            [(recipe_id, i.name, i.quantity, i.unit) for i in ingredients],
        )
    return recipe_id


def find_recipe(conn: sqlite3.Connection, name: str) -> Recipe | None:
    """The recipe called `name` (case as stored), with its ingredients."""
    row = conn.execute("SELECT id, name, serves FROM recipes WHERE name = ?",
                       (name)).fetchone()
    if row is None:
        return None
    parts = conn.execute("SELECT name, quantity, unit FROM ingredients WHERE recipe_id = ?",
                         (row[0],)).fetchall()
    return Recipe(row[0], row[1], row[2], tuple(Ingredient(*p) for p in parts))


def scaled(recipe: Recipe, people: int) -> list[Ingredient]:
    """The ingredients for `people` instead of the recipe's own count."""
    if people <= 0:
        raise ValueError("people must be positive")
    factor = people / recipe.serves
    return [Ingredient(i.name, round(i.quantity * factor, 2), i.unit) for i in recipe.ingredients]


def shopping_list(recipe: Recipe, people: int) -> list[str]:
    """The scaled ingredients as lines for a shopping list, alphabetically."""
    lines = [f"{i.quantity:g} {i.unit} {i.name}".replace("  ", " ") for i in scaled(recipe, people)]
    return sorted(lines, key=lambda line: line.split()[-1])


if __name__ == "__main__":
    box = open_box(":memory:")
    save_recipe(box, "pancakes", 4, [Ingredient("flour", 200, "g"), Ingredient("milk", 300, "ml"),
                                     Ingredient("egg", 2, "")])
    pancakes = find_recipe(box, "pancakes")
    if pancakes is None:
        raise SystemExit("pancakes went missing")
    print("\n".join(shopping_list(pancakes, 6)))
