"""`viva similarity PATH...`: every pair of submissions by similarity of their code, offline.

Each PATH is one submission: a file, or a folder whose source files (by extension, or every
file of `--language` when given) are read together. Pairs come most similar first, as a table
or as the JSON of SPEC §2; each fragment also names the file on each side (`left_path`,
`right_path`), which a folder submission needs.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Final

from server.similarity import EXTENSIONS, Pair, compare_all, language_of

__all__ = ["pair_json", "read_submission", "run_similarity"]

_SKIPPED_DIRS: Final = frozenset({".git", ".hg", ".svn", "node_modules", "__pycache__",
                                  ".venv", "venv", ".viva", ".mypy_cache", ".pytest_cache"})
MAX_FILE_BYTES: Final = 1 << 20
"""A larger file is not code a candidate wrote: left out."""


class SubmissionError(Exception):
    """A PATH that cannot be read as a submission."""


def _wanted(path: Path, language: str | None) -> bool:
    found = language_of(path)
    return found is not None and (language is None or found == language
                                  or (language, found) == ("typescript", "tsx"))


def read_submission(path: Path, language: str | None = None) -> dict[str, str]:
    """A submission's files, {path relative to PATH: text}; a file given alone is read
    whatever its extension (with `language`, or the one its extension names)."""
    if path.is_file():
        if language is None and language_of(path) is None:
            raise SubmissionError(f"{path}: no grammar reads this file's extension; "
                                  "give --language")
        return {path.name: _read(path)}
    if not path.is_dir():
        raise SubmissionError(f"{path}: no such file or folder")
    files = {}
    for file in sorted(path.rglob("*")):
        rel = file.relative_to(path)
        if any(part in _SKIPPED_DIRS or part.startswith(".") for part in rel.parts[:-1]):
            continue
        if file.is_file() and _wanted(file, language) and file.stat().st_size <= MAX_FILE_BYTES:
            files[rel.as_posix()] = _read(file)
    return files


def _read(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as exc:
        raise SubmissionError(f"{path}: {exc.strerror or exc}") from exc


def pair_json(pair: Pair) -> dict[str, Any]:
    return {
        "left": pair.left, "right": pair.right, "similarity": round(pair.similarity, 4),
        "longest_fragment": pair.longest_fragment,
        "fragments": [{"left": [b.left[1], b.left[2]], "right": [b.right[1], b.right[2]],
                       "left_path": b.left[0], "right_path": b.right[0]} for b in pair.blocks],
    }


def _print_json(pairs: list[Pair]) -> None:
    """`{"pairs": [...]}`, one pair a line, written as it goes (500 submissions make 124,750)."""
    out = sys.stdout
    out.write('{"pairs": [')
    for i, pair in enumerate(pairs):
        out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(pair_json(pair)))
    out.write("\n]}\n")


def _table(pairs: list[Pair]) -> str:
    width = max([len("left"), *(len(p.left) for p in pairs)])
    lines = [f"{'similarity':>10}  {'longest':>7}  {'blocks':>6}  {'left':<{width}}  right"]
    for p in pairs:
        lines.append(f"{p.similarity:>10.0%}  {p.longest_fragment:>7}  {len(p.blocks):>6}  "
                     f"{p.left:<{width}}  {p.right}")
    return "\n".join(lines)


def run_similarity(args: argparse.Namespace) -> int:
    """Compare every pair of the given submissions and print them, most similar first."""
    language = args.language
    if language is not None and language not in set(EXTENSIONS.values()):
        print(f"viva similarity: unknown language {language!r}; one of: "
              f"{', '.join(sorted(set(EXTENSIONS.values())))}", file=sys.stderr)
        return 2
    if len(set(args.paths)) != len(args.paths):
        print("viva similarity: a PATH is given twice", file=sys.stderr)
        return 2
    try:
        submissions = [(name, read_submission(Path(name), language)) for name in args.paths]
        template = read_submission(Path(args.template), language) if args.template else None
    except SubmissionError as exc:
        print(f"viva similarity: {exc}", file=sys.stderr)
        return 2
    if len(submissions) < 2:
        print("viva similarity: give at least two submissions (each a file or a folder)",
              file=sys.stderr)
        return 2
    empty = [name for name, files in submissions if not files]
    if empty:
        print(f"viva similarity: no source file in {', '.join(empty)} (files are read by "
              f"extension: {' '.join(sorted(EXTENSIONS))})", file=sys.stderr)
    pairs = compare_all(submissions, language=language, template=template)
    try:
        if args.format == "json":
            _print_json(pairs)
        else:
            print(_table(pairs))
    except BrokenPipeError:  # `viva similarity ... | head`: the reader has had enough
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - stdout for the rest of the run
    return 0
