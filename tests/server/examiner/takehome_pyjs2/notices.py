"""Send account notices whose wording the support team keeps in the database."""

import smtplib
import sqlite3
from dataclasses import dataclass
from datetime import date
from email.message import EmailMessage

SENDER = "billing@example.org"


@dataclass
class Account:
    number: str
    holder: str
    email: str
    balance: float
    due: date


def load_accounts(conn: sqlite3.Connection, overdue_on: date) -> list[Account]:
    rows = conn.execute(
        "SELECT number, holder, email, balance, due FROM accounts WHERE due < ? AND balance > 0",
        (overdue_on.isoformat(),),
    ).fetchall()
    return [Account(r[0], r[1], r[2], float(r[3]), date.fromisoformat(r[4])) for r in rows]


def notice_text(conn: sqlite3.Connection, kind: str, account: Account) -> str:
    row = conn.execute("SELECT subject, body FROM notice_templates WHERE kind = ?", (kind,)).fetchone()
    if row is None:
        raise LookupError(f"no template for {kind!r}")
    body = row[1]
    days = (date.today() - account.due).days
    return body.format(account=account, days=days)


def build_message(account: Account, subject: str, text: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = account.email
    msg["Subject"] = subject
    msg.set_content(text)
    return msg


def send_overdue(db_path: str, smtp_host: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        accounts = load_accounts(conn, date.today())
        subject = conn.execute(
            "SELECT subject FROM notice_templates WHERE kind = 'overdue'").fetchone()[0]
        sent = 0
        with smtplib.SMTP(smtp_host) as smtp:
            for account in accounts:
                text = notice_text(conn, "overdue", account)
                smtp.send_message(build_message(account, subject, text))
                sent += 1
        return sent
    finally:
        conn.close()


if __name__ == "__main__":
    import sys

    print(send_overdue(sys.argv[1], sys.argv[2]), "notices sent")
