"""Probe for false alarms: the examiner's first question on well-kept code.

Code from a well-kept project (a language's standard library, a widely used package) rarely
holds the defect a question would claim, so every first question that says the code is wrong
(a security, correctness, concurrency, resources or error-handling kind, or a cost question
with a superlinear cost) is a suspect to read by hand. It is a probe, not a score: some of
what it lists are real defects or deliberate trade-offs.

    .venv/bin/python benchmarks/examiner_scan.py '/usr/lib/go/src/net/http/*.go' --limit 200
    .venv/bin/python benchmarks/examiner_scan.py '/usr/lib/python3.11/*.py' '/usr/lib/node_modules/npm/lib/**/*.js'

Test files (`_test.go`, `test_*.py`, `*.test.js`) are skipped by `--skip-tests`.
"""

from __future__ import annotations

import argparse
import glob
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.examiner import AskContext, OfflineExaminer, analyse, language_of
from server.examiner.analysis.kinds import Kind

_TESTS = ("_test.go", ".test.js", ".spec.js", ".test.ts", "Test.java")


def _is_test(path: str) -> bool:
    name = Path(path).name
    return name.startswith("test_") or name.endswith(_TESTS)


def claims(path: str, code: str) -> tuple[str, int, str] | None:
    """The first question's (kind, line, text) when it says the code is wrong, else None."""
    question = OfflineExaminer().ask_now(AskContext(session_id=0, findings=analyse(path, None, code)))
    if question is None:
        return None
    kind = Kind.of(question.kind)
    cost = question.facts.get("complexity")
    if kind is None or not kind.asserts_defect(cost if isinstance(cost, str) else None):
        return None
    return question.kind, question.line, question.text


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("patterns", nargs="+", help="glob patterns (quoted; ** recurses)")
    parser.add_argument("--limit", type=int, default=300, help="files at most (default 300)")
    parser.add_argument("--max-bytes", type=int, default=60_000, help="skip larger files")
    parser.add_argument("--skip-tests", action="store_true", help="skip test files")
    args = parser.parse_args()
    paths = sorted({p for pattern in args.patterns for p in glob.glob(pattern, recursive=True)})
    paths = [p for p in paths if language_of(p) and not (args.skip_tests and _is_test(p))]
    scanned, suspects = 0, Counter[str]()
    for path in paths[: args.limit]:
        try:
            code = Path(path).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        if len(code) > args.max_bytes:
            continue
        scanned += 1
        found = claims(path, code)
        if found is not None:
            kind, line, text = found
            suspects[kind] += 1
            print(f"{path}:{line}  [{kind}]  {text[:200]}")
    print(f"\nscanned {scanned} files; {sum(suspects.values())} first questions claim a defect")
    for kind, count in suspects.most_common():
        print(f"  {kind:<28} {count}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
