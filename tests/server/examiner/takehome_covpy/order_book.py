"""Order book for a bakery's pre-orders: customers place orders for a pickup day, the
counter marks them collected, and the morning report lists what is still to bake."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timezone


class OrderError(ValueError):
    """An order the bakery cannot take."""


@dataclass
class Order:
    customer: str
    pickup: date
    items: dict[str, int] = field(default_factory=dict)
    placed_at: datetime = datetime.now(timezone.utc)
    collected: bool = False

    def total_items(self) -> int:
        return sum(self.items.values())


class OrderBook:
    def __init__(self) -> None:
        self.orders: list[Order] = []

    def place(self, customer: str, pickup: date, items: dict[str, int], today: date) -> Order:
        if pickup < today:
            raise OrderError("the pickup day has passed")
        if not items or any(n <= 0 for n in items.values()):
            raise OrderError("an order needs at least one item")
        order = Order(customer.strip(), pickup, dict(items))
        self.orders.append(order)
        return order

    def collect(self, customer: str, pickup: date) -> int:
        """Mark a customer's orders for the day collected; how many there were."""
        count = 0
        for order in self.orders:
            if order.customer == customer and order.pickup == pickup and not order.collected:
                order.collected = True
                count += 1
        return count

    def to_bake(self, day: date) -> dict[str, int]:
        """How many of each item the orders still open for `day` need."""
        need: dict[str, int] = defaultdict(int)
        for order in self.orders:
            if order.pickup == day and not order.collected:
                for item, n in order.items.items():
                    need[item] += n
        return dict(sorted(need.items()))

    def latest(self, limit: int = 10) -> list[Order]:
        """The most recently placed orders, newest first."""
        return sorted(self.orders, key=lambda o: o.placed_at, reverse=True)[:limit]


def report(book: OrderBook, day: date) -> str:
    lines = [f"To bake for {day.isoformat()}:"]
    for item, n in book.to_bake(day).items():
        lines.append(f"  {item:<20} {n:>4}")
    return "\n".join(lines)
