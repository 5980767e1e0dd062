"""Client for the warehouse's export service: asks for a day's stock movements over a plain TCP
connection, receives the CSV and prints how much of each SKU moved. The server closes the
connection when the export has been sent."""

from __future__ import annotations

import argparse
import csv
import io
import socket
import sys
from datetime import date

HOST = "exports.internal"
PORT = 7070
CHUNK = 64 * 1024
TIMEOUT = 30.0


class ExportError(RuntimeError):
    pass


def request_line(day: date, warehouse: str) -> bytes:
    if not warehouse.isalnum():
        raise ExportError(f"bad warehouse code {warehouse!r}")
    return f"EXPORT {warehouse} {day.isoformat()}\n".encode("ascii")


def receive_export(sock: socket.socket) -> bytes:
    reader = sock.makefile("rb")
    status = reader.readline(256)
    if not status.endswith(b"\n"):
        raise ExportError("connection closed before the status line")
    if not status.startswith(b"OK"):
        raise ExportError(status.decode("ascii", "replace").strip())
    payload = reader.read1(CHUNK)
    while True:
        chunk = reader.read1(CHUNK)
        if not chunk:
            break
        payload += chunk
    return payload


def fetch(day: date, warehouse: str, host: str = HOST, port: int = PORT) -> bytes:
    with socket.create_connection((host, port), timeout=TIMEOUT) as sock:
        sock.sendall(request_line(day, warehouse))
        return receive_export(sock)


def movements(data: bytes) -> list[dict[str, str]]:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ExportError(f"export is not UTF-8: {exc}") from exc
    reader = csv.DictReader(io.StringIO(text))
    missing = {"sku", "quantity", "from_bin", "to_bin"} - set(reader.fieldnames or ())
    if missing:
        raise ExportError(f"export lacks columns {sorted(missing)}")
    return list(reader)


def summarise(rows: list[dict[str, str]]) -> dict[str, int]:
    moved: dict[str, int] = {}
    for row in rows:
        moved[row["sku"]] = moved.get(row["sku"], 0) + int(row["quantity"])
    return moved


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("warehouse")
    parser.add_argument("--day", type=date.fromisoformat, default=date.today())
    args = parser.parse_args(argv)
    try:
        rows = movements(fetch(args.day, args.warehouse))
    except (OSError, ExportError) as exc:
        print(f"export failed: {exc}", file=sys.stderr)
        return 1
    writer = csv.writer(sys.stdout)
    writer.writerow(["sku", "moved"])
    for sku, quantity in sorted(summarise(rows).items()):
        writer.writerow([sku, quantity])
    return 0


if __name__ == "__main__":
    sys.exit(main())
