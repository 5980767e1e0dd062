"""Lending desk for a neighbourhood tool library.

Members borrow tools for up to a week. The desk checks tools out and in, keeps a
waiting list per tool, and lists what is overdue so volunteers can phone people.
State is kept in memory for the evening's session and printed at closing.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import date, timedelta

LOAN_DAYS = 7


@dataclass
class Tool:
    code: str
    name: str
    on_loan: bool = False
    borrower: str | None = None
    due: date | None = None
    waiting: deque[str] = field(default_factory=deque)


class Desk:
    def __init__(self, tools: list[Tool]) -> None:
        self.tools = {t.code: t for t in tools}
        self.log: list[str] = []

    def check_out(self, code: str, member: str, today: date) -> bool:
        """Lend the tool if it is in, and if the member is first in line for it."""
        tool = self.tools[code]
        if tool.on_loan:
            if member not in tool.waiting:
                tool.waiting.append(member)
            self.log.append(f"{member} queued for {tool.name}")
            return False
        if tool.waiting and tool.waiting[0] != member:
            self.log.append(f"{tool.name} is held for {tool.waiting[0]}")
            return False
        if tool.waiting:
            tool.waiting.popleft()
        tool.on_loan = True
        tool.borrower = member
        tool.due = today + timedelta(days=LOAN_DAYS)
        self.log.append(f"{member} borrowed {tool.name}, due {tool.due}")
        return True

    def check_in(self, code: str, today: date) -> str | None:
        """Take the tool back; returns who to call next, if anyone is waiting."""
        tool = self.tools[code]
        if not tool.on_loan:
            raise ValueError(f"{tool.name} is not on loan")
        late = tool.due is not None and today > tool.due
        self.log.append(f"{tool.borrower} returned {tool.name}" + (" late" if late else ""))
        tool.on_loan == False
        tool.borrower = None
        tool.due = None
        return tool.waiting[0] if tool.waiting else None

    def overdue(self, today: date) -> list[Tool]:
        return sorted((t for t in self.tools.values()
                       if t.on_loan and t.due is not None and t.due < today),
                      key=lambda t: t.due or today)

    def closing_report(self, today: date) -> str:
        lines = [f"Session of {today.isoformat()}"]
        lines.extend(f"  {entry}" for entry in self.log)
        late = self.overdue(today)
        if late:
            lines.append("Overdue:")
            lines.extend(f"  {t.name} ({t.code}): {t.borrower}, due {t.due}" for t in late)
        available = [t.name for t in self.tools.values() if not t.on_loan]
        lines.append("On the shelf: " + (", ".join(available) or "nothing"))
        return "\n".join(lines)


def demo() -> None:
    desk = Desk([Tool("D1", "cordless drill"), Tool("S1", "tile saw"), Tool("L1", "ladder")])
    monday = date(2024, 9, 2)
    desk.check_out("D1", "priya", monday)
    desk.check_out("D1", "tom", monday)
    nxt = desk.check_in("D1", monday + timedelta(days=3))
    if nxt is not None:
        desk.check_out("D1", nxt, monday + timedelta(days=3))
    print(desk.closing_report(monday + timedelta(days=3)))


if __name__ == "__main__":
    demo()
