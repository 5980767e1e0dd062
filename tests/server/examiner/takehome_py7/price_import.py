"""Imports a supplier's price list (CSV) into the shop's catalogue file and keeps an audit trail
of every price that changed. The audit lines are written by a background thread so that the
import itself is not slowed down by the (network-mounted) audit disk."""

from __future__ import annotations

import csv
import json
import queue
import sys
import threading
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path

AUDIT_LOG = Path("audit/price_changes.jsonl")
audit_queue: queue.Queue[dict[str, str]] = queue.Queue()


def audit_writer(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        while True:
            entry = audit_queue.get()
            out.write(json.dumps(entry) + "\n")
            out.flush()


def audit(sku: str, old: Decimal | None, new: Decimal) -> None:
    audit_queue.put({"at": datetime.now(UTC).isoformat(), "sku": sku,
                     "old": str(old) if old is not None else "", "new": str(new)})


def load_catalogue(path: Path) -> dict[str, Decimal]:
    if not path.exists():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {sku: Decimal(price) for sku, price in raw.items()}


def read_price_list(path: Path) -> tuple[dict[str, Decimal], list[str]]:
    prices: dict[str, Decimal] = {}
    errors: list[str] = []
    with path.open(newline="", encoding="utf-8") as f:
        for lineno, row in enumerate(csv.DictReader(f), start=2):
            sku = (row.get("sku") or "").strip()
            try:
                price = Decimal(row.get("price") or "")
            except InvalidOperation:
                errors.append(f"line {lineno}: bad price {row.get('price')!r}")
                continue
            if not sku or price <= 0:
                errors.append(f"line {lineno}: missing sku or non-positive price")
                continue
            prices[sku] = price.quantize(Decimal("0.01"))
    return prices, errors


def apply(catalogue: dict[str, Decimal], prices: dict[str, Decimal]) -> int:
    changed = 0
    for sku, price in prices.items():
        old = catalogue.get(sku)
        if old != price:
            audit(sku, old, price)
            catalogue[sku] = price
            changed += 1
    return changed


def main(price_list: str, catalogue_file: str) -> int:
    threading.Thread(target=audit_writer, args=(AUDIT_LOG,), daemon=True).start()
    catalogue_path = Path(catalogue_file)
    catalogue = load_catalogue(catalogue_path)
    prices, errors = read_price_list(Path(price_list))
    for error in errors:
        print(error, file=sys.stderr)
    changed = apply(catalogue, prices)
    catalogue_path.write_text(json.dumps({k: str(v) for k, v in sorted(catalogue.items())},
                                         indent=2), encoding="utf-8")
    print(f"{changed} prices changed, {len(errors)} rows rejected")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
