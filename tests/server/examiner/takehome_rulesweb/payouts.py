"""Payout worker: takes payout requests off the queue, checks the merchant's balance, and sends
the transfer through the bank client. Each payout's log lines must be easy to find when the bank
disputes one, so every line names the merchant and the payout."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal

logger = logging.getLogger(__name__)

MIN_PAYOUT = Decimal("10.00")
CURRENCIES = ("EUR", "GBP", "USD")
_CURRENCY_LOGGERS = {code: logging.getLogger(f"{__name__}.{code.lower()}") for code in CURRENCIES}


@dataclass(frozen=True)
class Payout:
    payout_id: str
    merchant_id: str
    amount: Decimal
    currency: str
    iban: str


class PayoutError(Exception):
    """A payout that cannot be sent: the message says why, for the merchant's dashboard."""


def masked(iban: str) -> str:
    return iban[:4] + "*" * max(len(iban) - 8, 0) + iban[-4:]


def validate(payout: Payout, balance: Decimal) -> None:
    if payout.currency not in CURRENCIES:
        raise PayoutError(f"currency {payout.currency} is not supported")
    if payout.amount < MIN_PAYOUT:
        raise PayoutError(f"payouts start at {MIN_PAYOUT} {payout.currency}")
    if payout.amount > balance:
        raise PayoutError("the balance does not cover this payout")


def process(payout: Payout, ledger, bank) -> str:
    """Send one payout; returns the bank's transfer reference."""
    log = logging.getLogger(f"payouts.{payout.merchant_id}.{payout.payout_id}")
    _CURRENCY_LOGGERS[payout.currency].debug("payout of %s", payout.amount)
    with ledger.transaction() as tx:
        balance = tx.balance(payout.merchant_id, payout.currency, for_update=True)
        try:
            validate(payout, balance)
        except PayoutError as err:
            log.info("rejected: %s", err)
            tx.mark_rejected(payout.payout_id, str(err))
            raise
        tx.debit(payout.merchant_id, payout.currency, payout.amount, ref=payout.payout_id)
        log.info("sending %s %s to %s", payout.amount, payout.currency, masked(payout.iban))
        reference = bank.transfer(
            iban=payout.iban,
            amount=payout.amount,
            currency=payout.currency,
            idempotency_key=payout.payout_id,
        )
        tx.mark_sent(payout.payout_id, reference)
    log.info("sent, bank reference %s", reference)
    return reference


def run(queue, ledger, bank) -> int:
    """Drain the queue; returns how many payouts were sent."""
    sent = 0
    for message in queue.receive(max_messages=100):
        payout = Payout(
            payout_id=message["payout_id"],
            merchant_id=message["merchant_id"],
            amount=Decimal(message["amount"]),
            currency=message["currency"],
            iban=message["iban"],
        )
        try:
            process(payout, ledger, bank)
        except PayoutError:
            queue.ack(message)
            continue
        except Exception:
            logger.exception("payout %s failed, left on the queue", payout.payout_id)
            continue
        queue.ack(message)
        sent += 1
    return sent
