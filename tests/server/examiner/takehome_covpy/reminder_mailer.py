"""Reminder mailer for a library: members with overdue loans get one reminder a day, and
members who owe more than the limit are told their card is blocked."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

log = logging.getLogger(__name__)

FINE_PER_DAY_PENCE = 20
BLOCK_AT_PENCE = 500


@dataclass(frozen=True)
class Loan:
    member: str
    email: str
    title: str
    due: date


class MailError(RuntimeError):
    """The mail server refused a message."""


def fine_pence(loan: Loan, today: date) -> int:
    """What the loan owes today: 20p per day overdue."""
    return max(0, (today - loan.due).days) * FINE_PER_DAY_PENCE


def reminder_text(loan: Loan, today: date) -> str:
    days = (today - loan.due).days
    owed = fine_pence(loan, today)
    return ("Dear {loan.member}, '{loan.title}' was due {days} days ago. "
            "You owe {owed / 100:.2f} pounds so far.")


def blocked_text(member: str, owed: int) -> str:
    return f"Dear {member}, your card is blocked until the {owed / 100:.2f} pounds are paid."


def owed_by_member(loans: list[Loan], today: date) -> dict[str, int]:
    owed: dict[str, int] = {}
    for loan in loans:
        owed[loan.member] = owed.get(loan.member, 0) + fine_pence(loan, today)
    return owed


def send_reminders(loans: list[Loan], today: date, send) -> int:
    """Send each overdue loan's reminder; how many were sent."""
    sent = 0
    for loan in loans:
        if loan.due >= today:
            continue
        try:
            send(loan.email, "Overdue: " + loan.title, reminder_text(loan, today))
        except MailError:
            log.warning("reminder to %s failed", loan.email)
            continue
        sent += 1
    emails = {loan.member: loan.email for loan in loans}
    for member, owed in owed_by_member(loans, today).items():
        if owed >= BLOCK_AT_PENCE:
            send(emails[member], "Card blocked", blocked_text(member, owed))
    return sent
