"""League table for a five-a-side league: results come in as (home, away, home goals, away
goals), and the table ranks teams by points, then goal difference, then goals scored."""

from __future__ import annotations

from dataclasses import dataclass, field

WIN, DRAW = 3, 1


@dataclass
class Row:
    team: str
    played: int = 0
    points: int = 0
    scored: int = 0
    conceded: int = 0
    form: list[str] = field(default_factory=list)

    @property
    def difference(self) -> int:
        return self.scored - self.conceded


def record(rows: dict[str, Row], home: str, away: str, hg: int, ag: int) -> None:
    if hg < 0 or ag < 0:
        raise ValueError("goals cannot be negative")
    for team, us, them in ((home, hg, ag), (away, ag, hg)):
        row = rows.setdefault(team, Row(team))
        row.played += 1
        row.scored += us
        row.conceded += them
        if us > them:
            row.points += WIN
            row.form.append("W")
        elif us == them:
            row.points += DRAW
            row.form.append("D")
        else:
            row.form.append("L")


def table(results: list[tuple[str, str, int, int]]) -> list[Row]:
    rows: dict[str, Row] = {}
    for home, away, hg, ag in results:
        record(rows, home, away, hg, ag)
    return sorted(rows.values(), key=lambda r: (-r.points, -r.difference, -r.scored, r.team))


def points_by_team(rows: list[Row]) -> dict[str, int]:
    return {r.team: r.points for r in rows}


def leaders(points: dict[str, int]) -> list[str]:
    """The teams level on the most points."""
    best = max(points.values(), default=0)
    return sorted(team for team, p in points if p == best)


def render(rows: list[Row]) -> str:
    lines = [f"{'team':<16}{'P':>3}{'GD':>5}{'Pts':>5}  form"]
    for r in rows:
        lines.append(f"{r.team:<16}{r.played:>3}{r.difference:>5}{r.points:>5}  "
                     f"{''.join(r.form[-5:])}")
    return "\n".join(lines)
