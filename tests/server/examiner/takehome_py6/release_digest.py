"""Check a release folder against its manifest before it is published.

The manifest (MANIFEST.sha256, one "<sha256>  <relative path>" per line, as sha256sum writes
it) lists every artefact of the release. Each listed file must exist and hash to its listed
digest; files in the folder that the manifest does not list are reported too.
"""

from __future__ import annotations

import contextlib
import hashlib
import sys
from dataclasses import dataclass, field
from pathlib import Path

CHUNK = 1 << 20
MANIFEST = "MANIFEST.sha256"


@dataclass
class Report:
    checked: int = 0
    missing: list[str] = field(default_factory=list)
    mismatched: list[str] = field(default_factory=list)
    unlisted: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.mismatched or self.unlisted)


def read_manifest(path: Path) -> dict[str, str]:
    """Relative path -> expected hex digest."""
    entries = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        digest, _, name = line.partition("  ")
        if len(digest) != 64 or not name:
            raise ValueError(f"{path}:{number}: not a sha256sum line")
        entries[name.lstrip("*")] = digest.lower()
    return entries


def sha256_of(f) -> str:
    h = hashlib.sha256()
    for chunk in iter(lambda: f.read(CHUNK), b""):
        h.update(chunk)
    return h.hexdigest()


def verify(folder: Path) -> Report:
    expected = read_manifest(folder / MANIFEST)
    report = Report()
    with contextlib.ExitStack() as stack:
        for name, digest in sorted(expected.items()):
            path = folder / name
            if not path.is_file():
                report.missing.append(name)
                continue
            f = stack.enter_context(path.open("rb"))
            report.checked += 1
            if sha256_of(f) != digest:
                report.mismatched.append(name)
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    report.unlisted = sorted(present - set(expected) - {MANIFEST})
    return report


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(f"usage: {argv[0]} RELEASE_FOLDER", file=sys.stderr)
        return 2
    report = verify(Path(argv[1]))
    problems = ([f"missing: {n}" for n in report.missing]
                + [f"digest mismatch: {n}" for n in report.mismatched]
                + [f"not in manifest: {n}" for n in report.unlisted])
    if problems:
        print("\n".join(problems))
    print(f"{report.checked} file(s) checked: {'OK' if report.ok else 'FAILED'}")
    return 0 if report.ok else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
