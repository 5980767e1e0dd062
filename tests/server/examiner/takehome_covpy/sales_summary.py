"""Sales summary for a market stall: the till exports one row per sale, and the summary
gives each product's number of sales and takings, largest takings first."""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass
from decimal import Decimal
from operator import itemgetter


@dataclass(frozen=True)
class ProductSummary:
    product: str
    sales: int
    takings: Decimal


def read_sales(text: str) -> list[tuple[str, Decimal]]:
    """(product, amount) for each row of the till's CSV export; rows without an amount are
    skipped."""
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        product = (row.get("product") or "").strip().lower()
        amount = (row.get("amount") or "").strip()
        if product and amount:
            rows.append((product, Decimal(amount)))
    return rows


def summarise(rows: list[tuple[str, Decimal]]) -> list[ProductSummary]:
    """One summary per product, largest takings first."""
    out = []
    ordered = sorted(rows, key=itemgetter(0))
    for product, group in itertools.groupby(ordered, key=itemgetter(0)):
        sales = sum(1 for _ in group)
        takings = sum((amount for _, amount in group), Decimal("0"))
        out.append(ProductSummary(product, sales, takings))
    out.sort(key=lambda s: (-s.takings, s.product))
    return out


def format_table(summaries: list[ProductSummary]) -> str:
    lines = [f"{'product':<18}{'sales':>6}{'takings':>10}"]
    for s in summaries:
        lines.append(f"{s.product:<18}{s.sales:>6}{s.takings:>10.2f}")
    grand = sum((s.takings for s in summaries), Decimal("0"))
    lines.append(f"{'total':<18}{'':>6}{grand:>10.2f}")
    return "\n".join(lines)


def best_seller(summaries: list[ProductSummary]) -> str | None:
    """The product with the most sales (ties: the first in name order)."""
    if not summaries:
        return None
    return min(summaries, key=lambda s: (-s.sales, s.product)).product


def main(path: str) -> None:
    with open(path, encoding="utf-8", newline="") as f:
        summaries = summarise(read_sales(f.read()))
    print(format_table(summaries))
    print("best seller:", best_seller(summaries))
