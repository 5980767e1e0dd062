"""Invoice service for the billing take-home: create an invoice from line items, fetch it,
and mark it paid. Amounts are kept in cents; storage is PostgreSQL through psycopg."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass

import psycopg
from flask import Flask, jsonify, request

log = logging.getLogger("invoices")
app = Flask(__name__)
DSN = os.environ.get("INVOICE_DSN", "postgresql://localhost/invoices")


class InvalidInvoice(ValueError):
    pass


@dataclass
class Line:
    description: str
    quantity: int
    unit_cents: int

    @property
    def total_cents(self) -> int:
        return self.quantity * self.unit_cents


def parse_lines(payload: object) -> list[Line]:
    if not isinstance(payload, dict) or not isinstance(payload.get("lines"), list):
        raise InvalidInvoice("expected {\"customer\": ..., \"lines\": [...]}")
    lines = []
    for raw in payload["lines"]:
        try:
            line = Line(str(raw["description"]), int(raw["quantity"]), int(raw["unit_cents"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise InvalidInvoice(f"bad line item: {raw!r}") from exc
        if line.quantity <= 0 or line.unit_cents < 0:
            raise InvalidInvoice("quantity must be positive and prices non-negative")
        lines.append(line)
    if not lines:
        raise InvalidInvoice("an invoice needs at least one line")
    return lines


def insert_invoice(customer: str, lines: list[Line]) -> int:
    with psycopg.connect(DSN) as conn:
        row = conn.execute(
            "INSERT INTO invoices (customer, total_cents, paid) VALUES (%s, %s, false) RETURNING id",
            (customer, sum(line.total_cents for line in lines))).fetchone()
        invoice_id = row[0]
        for line in lines:
            conn.execute(
                "INSERT INTO invoice_lines (invoice_id, description, quantity, unit_cents)"
                " VALUES (%s, %s, %s, %s)",
                (invoice_id, line.description, line.quantity, line.unit_cents))
    return invoice_id


@app.post("/invoices")
def create_invoice():
    payload = request.get_json(silent=True)
    try:
        lines = parse_lines(payload)
        customer = str(payload.get("customer", "")).strip()
        if not customer:
            raise InvalidInvoice("customer is required")
        invoice_id = insert_invoice(customer, lines)
    except InvalidInvoice as exc:
        return jsonify(error=str(exc)), 400
    except Exception as exc:
        return jsonify(error=f"could not create invoice: {exc}"), 500
    log.info("invoice %s created for %s", invoice_id, customer)
    return jsonify(id=invoice_id, total_cents=sum(line.total_cents for line in lines)), 201


@app.post("/invoices/<int:invoice_id>/pay")
def pay(invoice_id: int):
    with psycopg.connect(DSN) as conn:
        cur = conn.execute("UPDATE invoices SET paid = true WHERE id = %s AND NOT paid",
                           (invoice_id,))
        if cur.rowcount == 0:
            return jsonify(error="no unpaid invoice with that id"), 404
    return jsonify(id=invoice_id, paid=True)


@app.get("/invoices/<int:invoice_id>")
def show(invoice_id: int):
    with psycopg.connect(DSN) as conn:
        row = conn.execute("SELECT customer, total_cents, paid FROM invoices WHERE id = %s",
                           (invoice_id,)).fetchone()
    if row is None:
        return jsonify(error="no such invoice"), 404
    return jsonify(id=invoice_id, customer=row[0], total_cents=row[1], paid=row[2])
