"""Scrub personal data from application logs before they are shipped to the log store.

Each line of a log file is read, e-mail addresses, card numbers and bearer tokens are masked,
and the cleaned line is written to the outgoing file. Counts of what was masked go to stderr
so the on-call person can see the scrubber is doing its job.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

EMAIL = r"[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}"
CARD = re.compile(r"\b(?:\d[ -]?){12,15}\d\b")
BEARER = re.compile(r"(Authorization:\s*Bearer\s+)[A-Za-z0-9._~+/-]+=*", re.IGNORECASE)


def luhn_ok(digits: str) -> bool:
    """The Luhn checksum, so that order numbers of the same length are left alone."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def mask_cards(line: str, seen: Counter[str]) -> str:
    def repl(match: re.Match[str]) -> str:
        digits = re.sub(r"[ -]", "", match.group(0))
        if not luhn_ok(digits):
            return match.group(0)
        seen["card"] += 1
        return "[card ****" + digits[-4:] + "]"

    return CARD.sub(repl, line)


def mask_emails(line: str, seen: Counter[str]) -> str:
    masked, count = re.subn(EMAIL, "[email]", line, re.IGNORECASE)
    seen["email"] += count
    return masked


def mask_tokens(line: str, seen: Counter[str]) -> str:
    masked, count = BEARER.subn(r"\1[token]", line)
    seen["token"] += count
    return masked


def scrub_line(line: str, seen: Counter[str]) -> str:
    return mask_tokens(mask_emails(mask_cards(line, seen), seen), seen)


def scrub(source: TextIO, target: TextIO) -> Counter[str]:
    seen: Counter[str] = Counter()
    target.writelines(scrub_line(line, seen) for line in source)
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path)
    parser.add_argument("target", type=Path)
    args = parser.parse_args(argv)
    with args.source.open(encoding="utf-8", errors="replace") as src, \
            args.target.open("w", encoding="utf-8") as dst:
        seen = scrub(src, dst)
    for what, count in sorted(seen.items()):
        print(f"masked {count} {what}(s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
