"""Unified diffs between file versions: make one on the client, apply it on the server.

Exceptions:
    DiffError -- a diff that does not parse or does not fit the text it is applied to.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from typing import Final

__all__ = ["DiffError", "apply_diff", "changed_lines", "diff_stats", "make_diff", "sha256_text"]

_HUNK: Final = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_NO_EOL: Final = "\\ No newline at end of file"


class DiffError(ValueError):
    """A unified diff that is malformed or does not apply."""


def sha256_text(text: str) -> str:
    """SHA-256 hex digest of `text` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def make_diff(before: str, after: str, path: str = "file") -> str:
    """A unified diff (3 lines of context) turning `before` into `after`."""
    lines = difflib.unified_diff(
        before.splitlines(keepends=True), after.splitlines(keepends=True),
        f"a/{path}", f"b/{path}", n=3,
    )
    out: list[str] = []
    for line in lines:
        if line.endswith("\n"):
            out.append(line)
        else:  # last line without a newline: mark it the way diff(1) does
            out.append(line + "\n" + _NO_EOL + "\n")
    return "".join(out)


def apply_diff(before: str, diff: str) -> str:
    """Apply a unified diff to `before`; raise DiffError when it does not fit exactly."""
    src = before.splitlines(keepends=True)
    out: list[str] = []
    pos = 0  # index into src of the next line not yet copied
    lines = diff.splitlines(keepends=True)
    i = 0
    while i < len(lines) and not lines[i].startswith("@@"):
        if not lines[i].startswith(("---", "+++", "diff ", "index ")):
            raise DiffError(f"unexpected line before first hunk: {lines[i][:60]!r}")
        i += 1
    if i == len(lines):  # headers only: nothing changed
        return before
    while i < len(lines):
        m = _HUNK.match(lines[i])
        if not m:
            raise DiffError(f"malformed hunk header: {lines[i][:60]!r}")
        start = int(m.group(1))
        old_len = int(m.group(2)) if m.group(2) is not None else 1
        begin = start - 1 if old_len > 0 else start
        if begin < pos or begin > len(src):
            raise DiffError(f"hunk at line {start} is out of order or past the end")
        out.extend(src[pos:begin])
        pos = begin
        i += 1
        while i < len(lines) and not lines[i].startswith("@@"):
            line = lines[i]
            tag, body = line[:1], line[1:]
            if line.rstrip("\n") == _NO_EOL:
                # the marker after a '-' line speaks of the old text only
                if lines[i - 1][:1] in "+ " and out and out[-1].endswith("\n"):
                    out[-1] = out[-1][:-1]
            elif tag == " " or tag == "-":
                if pos >= len(src) or src[pos].rstrip("\r\n") != body.rstrip("\r\n"):
                    raise DiffError(f"context does not match at line {pos + 1}")
                if tag == " ":
                    out.append(src[pos])
                pos += 1
            elif tag == "+":
                out.append(body)
            elif line in ("\n", ""):
                pass
            else:
                raise DiffError(f"unexpected line in hunk: {line[:60]!r}")
            i += 1
    out.extend(src[pos:])
    return "".join(out)


def changed_lines(before: str | None, after: str | None) -> tuple[int, int]:
    """Lines added and removed between two versions."""
    return diff_stats(make_diff(before or "", after or ""))


def diff_stats(diff: str) -> tuple[int, int]:
    """Lines added and removed by a unified diff, read from its hunks."""
    added = removed = 0
    in_hunks = False
    for line in diff.splitlines():
        if line.startswith("@@"):
            in_hunks = True
        elif not in_hunks:
            continue  # the ---/+++ header
        elif line.startswith("+"):
            added += 1
        elif line.startswith("-"):
            removed += 1
    return added, removed
