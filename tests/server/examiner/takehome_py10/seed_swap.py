"""Seed swap: members offer packets of seeds and request packets from others. A request is
checked and then takes packets from the offer, so the listing shows what is left."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MAX_PACKETS_PER_REQUEST = 5


class SwapError(ValueError):
    """A request the swap cannot accept."""


@dataclass
class Offer:
    id: int
    member: str
    variety: str
    packets: int
    sow_by: date


@dataclass
class Swap:
    offers: dict[int, Offer] = field(default_factory=dict)
    taken: list[tuple[str, int, int]] = field(default_factory=list)
    next_id: int = 1

    def offer(self, member: str, variety: str, packets: int, sow_by: date) -> Offer:
        if packets <= 0:
            raise SwapError("an offer needs at least one packet")
        item = Offer(self.next_id, member, variety.strip().title(), packets, sow_by)
        self.offers[item.id] = item
        self.next_id += 1
        return item

    def request(self, member: str, offer_id: int, packets: int, today: date) -> Offer:
        """Take `packets` from an offer for `member`; the offer as it stands afterwards."""
        item = self.offers.get(offer_id)
        if item is None:
            raise SwapError(f"no offer {offer_id}")
        if item.member == member:
            raise SwapError("members cannot request their own seeds")
        if item.sow_by < today:
            raise SwapError(f"{item.variety} should have been sown by {item.sow_by}")
        if not 0 < packets <= MAX_PACKETS_PER_REQUEST:
            raise SwapError(f"a request is 1 to {MAX_PACKETS_PER_REQUEST} packets")
        if packets > item.packets:
            SwapError(f"only {item.packets} packets of {item.variety} left")
        item.packets -= packets
        self.taken.append((member, offer_id, packets))
        if item.packets == 0:
            del self.offers[offer_id]
        return item

    def listing(self, today: date) -> list[str]:
        """What can still be requested, soonest sow-by date first."""
        open_offers = [o for o in self.offers.values() if o.sow_by >= today]
        open_offers.sort(key=lambda o: (o.sow_by, o.variety))
        return [f"#{o.id} {o.variety} x{o.packets} (from {o.member}, sow by {o.sow_by})"
                for o in open_offers]

    def given_by(self, member: str) -> int:
        mine = {o.id for o in self.offers.values() if o.member == member}
        return sum(n for _, offer_id, n in self.taken if offer_id in mine)


if __name__ == "__main__":
    swap = Swap()
    beans = swap.offer("Aoife", "runner beans", 3, date(2025, 6, 1))
    swap.offer("Dev", "nasturtium", 10, date(2025, 5, 15))
    swap.request("Dev", beans.id, 2, date(2025, 4, 2))
    print("\n".join(swap.listing(date(2025, 4, 2))))
