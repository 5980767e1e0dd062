"""Draw the first-round brackets of a club chess tournament.

Players register with a rating; the organiser puts each into a division by rating band, and
each division is paired top half against bottom half (1 v n/2+1, 2 v n/2+2, ...). A division
with an odd number of players gives its lowest-rated player a bye.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

BANDS = (("Open", 2000), ("Major", 1700), ("Intermediate", 1400), ("Minor", 0))


@dataclass(frozen=True)
class Player:
    name: str
    club: str
    rating: int


@dataclass(frozen=True)
class Pairing:
    board: int
    white: Player
    black: Player | None  # None: a bye


def division_of(player: Player) -> str:
    for name, floor in BANDS:
        if player.rating >= floor:
            return name
    raise ValueError(f"{player.name}: rating {player.rating} is below every band")


def read_entries(path: Path) -> list[Player]:
    with path.open(newline="", encoding="utf-8") as f:
        return [Player(row["name"].strip(), row["club"].strip(), int(row["rating"] or 0))
                for row in csv.DictReader(f)]


def divisions(players: list[Player]) -> dict[str, list[Player]]:
    """The players of each division, strongest first."""
    names = [name for name, _ in BANDS]
    grouped = dict.fromkeys(names, [])
    for player in players:
        grouped[division_of(player)].append(player)
    for members in grouped.values():
        members.sort(key=lambda p: p.rating, reverse=True)
    return grouped


def pair(members: list[Player]) -> list[Pairing]:
    """Top half against bottom half; the last player sits out if the count is odd."""
    seeded = list(members)
    bye = seeded.pop() if len(seeded) % 2 else None
    half = len(seeded) // 2
    pairings = []
    for i in range(half):
        white, black = seeded[i], seeded[i + half]
        if i % 2:
            white, black = black, white
        pairings.append(Pairing(i + 1, white, black))
    if bye is not None:
        pairings.append(Pairing(half + 1, bye, None))
    return pairings


def draw(players: list[Player]) -> dict[str, list[Pairing]]:
    return {name: pair(members) for name, members in divisions(players).items() if members}


def board_line(p: Pairing) -> str:
    white = f"  {p.board:>2}. {p.white.name} ({p.white.rating})"
    if p.black is None:
        return white + "  bye"
    return f"{white}  -  {p.black.name} ({p.black.rating})"


def print_draw(rounds: dict[str, list[Pairing]]) -> None:
    for name, pairings in rounds.items():
        print(f"== {name} ==")
        print("\n".join(map(board_line, pairings)))


if __name__ == "__main__":
    import sys

    print_draw(draw(read_entries(Path(sys.argv[1]))))
