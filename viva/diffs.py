"""Unified diffs between file versions: make one on the client, apply it on the server.

Exceptions:
    DiffError -- a diff that does not parse or does not fit the text it is applied to.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from typing import Final

__all__ = ["DiffError", "apply_diff", "apply_diff_lines", "changed_lines", "diff_stats", "make_diff",
           "sha256_text"]

_HUNK: Final = re.compile(r"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@")
_NO_EOL: Final = "\\ No newline at end of file"
_CONTEXT: Final = 3


class DiffError(ValueError):
    """A unified diff that is malformed or does not apply."""


def sha256_text(text: str) -> str:
    """SHA-256 hex digest of `text` encoded as UTF-8."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def make_diff(before: str, after: str, path: str = "file") -> str:
    """A unified diff (3 lines of context) turning `before` into `after`.

    The lines both versions share at the start and at the end are set aside first, so a
    one-line edit costs what the edit costs, not what the file costs: only the changed
    middle and its context are split into lines and handed to difflib.
    """
    if before == after:
        return ""
    start, end_before, end_after = _changed_region(before, after)
    lines = difflib.unified_diff(before[start:end_before].splitlines(keepends=True),
                                 after[start:end_after].splitlines(keepends=True),
                                 f"a/{path}", f"b/{path}", n=_CONTEXT)
    first = before.count("\n", 0, start)  # lines set aside above the region
    out: list[str] = []
    for raw in lines:
        line = _shift_hunk(raw, first) if first and raw.startswith("@@") else raw
        if line.endswith("\n"):
            out.append(line)
        else:  # last line without a newline: mark it the way diff(1) does
            out.append(line + "\n" + _NO_EOL + "\n")
    return "".join(out)


def _changed_region(before: str, after: str) -> tuple[int, int, int]:
    """Where two different texts differ, in whole lines plus context: (start, end in before, end in after).

    `before[:start] == after[:start]` and `before[end_before:] == after[end_after:]`.
    """
    # binary searches, each probe one memcmp in C: only the window still in doubt is sliced
    # (from what is known to match), so all the probes together copy about one text's length
    lo, hi = 0, min(len(before), len(after))
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if after.startswith(before[lo:mid], lo):
            lo = mid
        else:
            hi = mid - 1
    changed = before.rfind("\n", 0, lo) + 1  # the start of the first line that differs
    start = changed
    for _ in range(_CONTEXT):
        if start:
            start = before.rfind("\n", 0, start - 1) + 1
    lo, hi = 0, min(len(before), len(after)) - changed  # the shared tail stays clear of it
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if after.endswith(before[len(before) - mid:len(before) - lo], 0, len(after) - lo):
            lo = mid
        else:
            hi = mid - 1
    # the shared tail counts from a point that starts a line in both texts
    tail = before[len(before) - lo:]
    if not all(lo == len(t) or t[len(t) - lo - 1] == "\n" for t in (before, after)):
        lo -= tail.find("\n") + 1 if "\n" in tail else lo
    end_before, end_after = len(before) - lo, len(after) - lo
    for _ in range(_CONTEXT):  # the same shared lines follow in both
        if end_before < len(before):
            step = before.find("\n", end_before) + 1 or len(before)
            end_after += step - end_before
            end_before = step
    return start, end_before, end_after


def _shift_hunk(header: str, offset: int) -> str:
    """A hunk header made on slices, moved by `offset` lines to where the slices began."""
    m = _HUNK.match(header)
    assert m is not None  # difflib wrote it
    old = str(int(m.group(1)) + offset) + ("," + m.group(2) if m.group(2) is not None else "")
    new = str(int(m.group(3)) + offset) + ("," + m.group(4) if m.group(4) is not None else "")
    return f"@@ -{old} +{new} @@{header[m.end():]}"


def apply_diff(before: str, diff: str) -> str:
    """Apply a unified diff to `before`; raise DiffError when it does not fit exactly."""
    return "".join(apply_diff_lines(before.splitlines(keepends=True), diff))


def apply_diff_lines(src: list[str], diff: str) -> list[str]:
    """Apply a unified diff to a text given as its lines (ends kept), and return the new lines.

    `src` is not changed: a caller that keeps a file's lines between versions pays for the
    lines the diff touches and a copy of the list, not for splitting the whole text again.
    """
    out: list[str] = []
    pos = 0  # index into src of the next line not yet copied
    lines = diff.splitlines(keepends=True)
    i = 0
    while i < len(lines) and not lines[i].startswith("@@"):
        if not lines[i].startswith(("---", "+++", "diff ", "index ")):
            raise DiffError(f"unexpected line before first hunk: {lines[i][:60]!r}")
        i += 1
    if i == len(lines):  # headers only: nothing changed
        return list(src)
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
    return out


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
