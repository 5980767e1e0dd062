"""Audit a folder of product photos: every image must be a JPEG or PNG no larger than the
catalogue's limit, and its dimensions must fit the storefront's grid. Runs the checks in a few
threads because most of the time goes to reading files from the network share."""

from __future__ import annotations

import argparse
import json
import struct
import threading
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 4 * 1024 * 1024
MAX_SIDE = 4000
MIN_SIDE = 300
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass
class Report:
    checked: int = 0
    problems: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path: Path, issues: list[str]) -> None:
        with self.lock:
            self.checked += 1
            if issues:
                self.problems[str(path)] = issues


def photos(root: Path):
    for path in sorted(root.rglob("*")):
        if path.is_file() and not path.name.startswith("."):
            yield path


def png_size(head: bytes) -> tuple[int, int] | None:
    if len(head) < 24 or not head.startswith(PNG_MAGIC):
        return None
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def jpeg_size(data: bytes) -> tuple[int, int] | None:
    i = 2
    while i + 9 < len(data):
        if data[i] != 0xFF:
            return None
        marker = data[i + 1]
        length = int.from_bytes(data[i + 2:i + 4], "big")
        if marker in (0xC0, 0xC1, 0xC2):
            height, width = struct.unpack(">HH", data[i + 5:i + 9])
            return width, height
        i += 2 + length
    return None


def inspect(path: Path) -> list[str]:
    issues = []
    size = path.stat().st_size
    if size > MAX_BYTES:
        issues.append(f"{size} bytes is over the {MAX_BYTES} limit")
    data = path.read_bytes()
    dims = png_size(data[:24]) if data.startswith(PNG_MAGIC) else \
        jpeg_size(data) if data[:2] == b"\xff\xd8" else None
    if dims is None:
        return [*issues, "not a readable JPEG or PNG"]
    width, height = dims
    if max(width, height) > MAX_SIDE:
        issues.append(f"{width}x{height} is larger than {MAX_SIDE} on a side")
    if min(width, height) < MIN_SIDE:
        issues.append(f"{width}x{height} is smaller than {MIN_SIDE} on a side")
    return issues


def check_some(paths, report: Report) -> None:
    for path in paths:
        report.add(path, inspect(path))


def audit(root: Path, workers: int = 4) -> Report:
    report = Report()
    pending = photos(root)
    threads = [threading.Thread(target=check_some, args=(pending, report))
               for _ in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("root", type=Path)
    parser.add_argument("--workers", type=int, default=4)
    args = parser.parse_args()
    report = audit(args.root, args.workers)
    print(json.dumps({"checked": report.checked, "problems": report.problems}, indent=2))


if __name__ == "__main__":
    main()
