"""A small HTTP service that prices a basket of insurance quotes. Each quote runs a Monte
Carlo estimate of the expected claims, which is CPU-bound, so the basket's quotes are priced
in worker processes."""

from __future__ import annotations

import json
import random
import statistics
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from multiprocessing import Pool

TRIALS = 20_000
BASE_RATE = {"home": 0.012, "car": 0.045, "travel": 0.020}
LOADING = 1.25


class BadQuote(ValueError):
    pass


def validate(quote: dict) -> tuple[str, float, int]:
    kind = quote.get("kind")
    if kind not in BASE_RATE:
        raise BadQuote(f"unknown kind {kind!r}")
    try:
        insured = float(quote["insured"])
        seed = int(quote.get("seed", 0))
    except (KeyError, TypeError, ValueError) as exc:
        raise BadQuote(f"bad quote: {exc}") from exc
    if insured <= 0:
        raise BadQuote("insured amount must be positive")
    return kind, insured, seed


def expected_claims(args: tuple[str, float, int]) -> float:
    kind, insured, seed = args
    rng = random.Random(seed)
    rate = BASE_RATE[kind]
    losses = []
    for _ in range(TRIALS):
        if rng.random() < rate:
            losses.append(insured * rng.betavariate(2, 5))
        else:
            losses.append(0.0)
    return statistics.fmean(losses)


def price_basket(quotes: list[dict]) -> list[dict]:
    jobs = [validate(q) for q in quotes]
    workers = Pool(processes=min(4, len(jobs)) or 1)
    estimates = workers.map(expected_claims, jobs)
    priced = []
    for (kind, insured, _), claims in zip(jobs, estimates, strict=True):
        premium = round(claims * LOADING, 2)
        priced.append({"kind": kind, "insured": insured, "premium": premium})
    return priced


class QuoteHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        if self.path != "/quotes":
            self.send_error(404)
            return
        length = int(self.headers.get("Content-Length", "0"))
        if length > 64_000:
            self.send_error(413)
            return
        try:
            body = json.loads(self.rfile.read(length))
            priced = price_basket(body["quotes"])
        except (BadQuote, KeyError, TypeError, json.JSONDecodeError) as exc:
            self._reply(400, {"error": str(exc)})
            return
        self._reply(200, {"quotes": priced})

    def _reply(self, status: int, payload: dict) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def serve(port: int = 8080) -> None:
    ThreadingHTTPServer(("127.0.0.1", port), QuoteHandler).serve_forever()


if __name__ == "__main__":
    serve()
