"""Gift card balances for the shop's point of sale.

Cards are issued with a value, topped up, and spent against at the till. Every movement is
kept as a ledger line so a balance can always be explained to a customer. Amounts are in
whole cents.
"""

from __future__ import annotations

import secrets
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

MAX_BALANCE = 500_00
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


class CardError(Exception):
    """A card operation the till must refuse, with a reason to show the cashier."""


@dataclass
class Movement:
    at: datetime
    cents: int
    note: str


@dataclass
class Card:
    code: str
    ledger: list[Movement] = field(default_factory=list)
    blocked: bool = False

    @property
    def balance(self) -> int:
        return sum(m.cents for m in self.ledger)


class CardBook:
    def __init__(self) -> None:
        self._cards: dict[str, Card] = {}
        self._lock = threading.Lock()

    def issue(self, cents: int) -> Card:
        if not 0 < cents <= MAX_BALANCE:
            raise CardError(f"a card holds 0.01 to {MAX_BALANCE / 100:.2f}")
        code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
        card = Card(code)
        card.ledger.append(Movement(_now(), cents, "issued"))
        with self._lock:
            self._cards[code] = card
        return card

    def find(self, code: str) -> Card:
        card = self._cards.get(code.replace("-", "").upper())
        if card is None:
            raise CardError("unknown card")
        if card.blocked:
            raise CardError("card blocked: ask the customer for ID")
        return card

    def top_up(self, code: str, cents: int) -> int:
        if cents <= 0:
            raise CardError("a top-up must be positive")
        with self._lock:
            card = self.find(code)
            if card.balance + cents > MAX_BALANCE:
                raise CardError("that would take the card over its limit")
            card.ledger.append(Movement(_now(), cents, "top-up"))
            return card.balance

    def spend(self, code: str, cents: int, till: str) -> int:
        assert cents > 0, "a payment must be positive"
        with self._lock:
            card = self.find(code)
            if cents > card.balance:
                raise CardError(f"balance {card.balance / 100:.2f} is not enough")
            card.ledger.append(Movement(_now(), -cents, f"spent at {till}"))
            return card.balance

    def statement(self, code: str) -> list[str]:
        card = self.find(code)
        lines, running = [], 0
        for m in card.ledger:
            running += m.cents
            lines.append(f"{m.at:%Y-%m-%d %H:%M}  {m.cents / 100:>8.2f}  {running / 100:>8.2f}  {m.note}")
        return lines


def _now() -> datetime:
    return datetime.now(UTC)
