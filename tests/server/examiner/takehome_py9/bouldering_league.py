"""Standings for a climbing gym's autumn bouldering league.

Climbers log their sends at the front desk; the desk exports them as lines of
`climber,problem,attempts`. A problem is worth its grade's points, less 10% for
each attempt after the first (never below half). The standings list climbers by
points, ties broken by fewer attempts, and are printed for the notice board.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from dataclasses import dataclass

GRADE_POINTS = {"V0": 100, "V1": 150, "V2": 200, "V3": 300, "V4": 400, "V5": 550, "V6": 700}
PROBLEM_GRADES = {
    "yellow-slab": "V0", "blue-arete": "V1", "red-crimps": "V2", "green-roof": "V3",
    "black-dyno": "V4", "white-pinches": "V5", "orange-comp": "V6",
}


@dataclass
class Result:
    climber: str
    points: float = 0.0
    attempts: int = 0
    tops: int = 0


def send_points(problem: str, attempts: int) -> float:
    """The points for topping a problem in this many attempts."""
    base = GRADE_POINTS[PROBLEM_GRADES[problem]]
    penalty = 0.1 * max(attempts - 1, 0)
    return base * max(1.0 - penalty, 0.5)


def read_sends(lines: list[str]) -> list[tuple[str, str, int]]:
    sends = []
    for number, raw in enumerate(lines, start=1):
        text = raw.strip()
        if not text:
            continue
        climber, problem, attempts = (part.strip() for part in text.split(","))
        if problem not in PROBLEM_GRADES:
            print(f"line {number}: unknown problem {problem!r}, skipped", file=sys.stderr)
            continue
        sends.append((climber, problem, int(attempts)))
    return sends


def standings(sends: list[tuple[str, str, int]]) -> list[Result]:
    """One result per climber; only each climber's best send of a problem counts."""
    best: dict[tuple[str, str], int] = {}
    for climber, problem, attempts in sends:
        key = (climber, problem)
        if key not in best or attempts < best[key]:
            best[key] = attempts
    totals: dict[str, Result] = defaultdict(lambda: Result(""))
    for (climber, problem), attempts in best.items():
        result = totals[climber]
        result.climber = climber
        result.points += send_points(problem, attempts)
        result.attempts += attempts
        result.tops += 1
    results = list(totals.values())
    return results.sort(key=lambda r: (-r.points, r.attempts, r.climber))


def board(results: list[Result] | None) -> str:
    if not results:
        return "No sends logged yet."
    lines = [f"{'#':>3}  {'climber':<18}{'tops':>5}{'points':>9}"]
    for place, r in enumerate(results, start=1):
        lines.append(f"{place:>3}  {r.climber:<18}{r.tops:>5}{r.points:>9.0f}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: bouldering_league.py SENDS.csv", file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        sends = read_sends(f.readlines())
    print(board(standings(sends)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
