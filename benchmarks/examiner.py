"""Benchmark: time from a triggering change to the examiner's question (offline).

Measures analyse() + OfflineExaminer.ask() for Python files of 100, 1,000 and 5,000 lines,
each run editing a different function in the file. Target: p99 <= 20 ms at 1,000 lines for the
question path (ast and line patterns). ruff's subprocess is part of analysis, which the server
runs once per file version in a worker thread: it is measured on its own line ("with ruff").
Then, for every supported language (Python, JavaScript, TypeScript, Go, Java, C, C++, Rust), a
one-line change in a 1,000-line file (tree-sitter parse, the language's rules, the question):
each language's p99 is printed against the same target.

    .venv/bin/python benchmarks/examiner.py            # full run (about two minutes)
    .venv/bin/python benchmarks/examiner.py --quick    # CI smoke
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from server.examiner import AskContext, OfflineExaminer, analyse, warm_up

_FUNCTION = '''

def handler_{i}(items, limit=10):
    """Process a batch of items."""
    total = 0
    for item in items:
        if item > limit:
            total += item
        elif item < 0:
            raise ValueError("negative item")
    return total
'''
_EDIT = '''
    seen = []
    for a in items:
        for b in items:
            if a + b == limit and a not in seen:
                seen.append(a)
'''


def make_file(lines: int) -> str:
    """Return a Python module of roughly the given number of lines."""
    header = "import os\nimport json\n"
    body = []
    i = 0
    while len(header.splitlines()) + sum(len(b.splitlines()) for b in body) < lines:
        body.append(_FUNCTION.format(i=i))
        i += 1
    return header + "".join(body)


def edit(source: str, index: int) -> str:
    """Insert a nested loop into the index-th function (a triggering change of 6 lines)."""
    marker = f"def handler_{index}(items, limit=10):\n    \"\"\"Process a batch of items.\"\"\"\n"
    return source.replace(marker, marker + _EDIT.lstrip("\n"), 1)


async def measure(lines: int, runs: int, ruff: bool = True) -> list[float]:
    """Time analyse + ask for one change per run; return milliseconds."""
    before = make_file(lines)
    functions = before.count("def handler_")
    examiner = OfflineExaminer()
    asked: list[str] = []
    timings: list[float] = []
    for run in range(runs):
        after = edit(before, (run * 7919) % functions)
        start = time.perf_counter()
        findings = analyse("service.py", before, after, ruff=ruff)
        question = await examiner.ask(AskContext(session_id=1, findings=findings, asked=asked))
        timings.append((time.perf_counter() - start) * 1000)
        assert question is not None, "a triggering change must produce a question"
        asked = [*asked[-20:], question.text]
    return timings


_FUNCTIONS = {
    "python": ("py", ("def handler_{i}(items, limit=10):\n    total = 0\n    for item in items:\n"
                     "        if item > limit:\n            total += item\n"
                     "        elif item < 0:\n            raise ValueError('negative')\n"
                     "    return total\n\n\n"), "        if item > limit:",
               "        if item > limit and item not in items[:3]:"),
    "javascript": ("js", ("function handler{i}(items, limit = 10) {{\n  let total = 0;\n"
                         "  for (const item of items) {{\n    if (item > limit) {{\n"
                         "      total += item;\n    }} else if (item < 0) {{\n"
                         "      throw new Error('negative');\n    }}\n  }}\n  return total;\n}}\n\n"),
                   "    if (item > limit) {", "    if (item > limit && items.indexOf(item) > 0) {"),
    "typescript": ("ts", ("export function handler{i}(items: number[], limit = 10): number {{\n"
                         "  let total = 0;\n  for (const item of items) {{\n"
                         "    if (item > limit) {{\n      total += item;\n"
                         "    }} else if (item < 0) {{\n      throw new Error('negative');\n"
                         "    }}\n  }}\n  return total;\n}}\n\n"),
                   "    if (item > limit) {", "    if (item > limit && items.indexOf(item) > 0) {"),
    "go": ("go", ("func Handler{i}(items []int, limit int) (int, error) {{\n\ttotal := 0\n"
                 "\tfor _, item := range items {{\n\t\tif item > limit {{\n"
                 "\t\t\ttotal += item\n\t\t}} else if item < 0 {{\n"
                 "\t\t\treturn 0, errors.New(\"negative\")\n\t\t}}\n\t}}\n"
                 "\treturn total, nil\n}}\n\n"),
           "\t\tif item > limit {", "\t\tif item > limit && slices.Contains(items, -item) {"),
    "java": ("java", ("    public int handler{i}(List<Integer> items, int limit) {{\n"
                     "        int total = 0;\n        for (int item : items) {{\n"
                     "            if (item > limit) {{\n                total += item;\n"
                     "            }} else if (item < 0) {{\n"
                     "                throw new IllegalArgumentException(\"negative\");\n"
                     "            }}\n        }}\n        return total;\n    }}\n\n"),
             "            if (item > limit) {",
             "            if (item > limit && items.contains(-item)) {"),
    "c": ("c", ("int handler{i}(const int *items, int n, int limit) {{\n    int total = 0;\n"
               "    for (int k = 0; k < n; k++) {{\n        if (items[k] > limit) {{\n"
               "            total += items[k];\n        }} else if (items[k] < 0) {{\n"
               "            return -1;\n        }}\n    }}\n    return total;\n}}\n\n"),
          "        if (items[k] > limit) {",
          "        if (items[k] > limit && items[k] != items[0]) {"),
    "cpp": ("cpp", ("int handler{i}(const std::vector<int>& items, int limit) {{\n"
                   "    int total = 0;\n    for (int item : items) {{\n"
                   "        if (item > limit) {{\n            total += item;\n"
                   "        }} else if (item < 0) {{\n"
                   "            throw std::invalid_argument(\"negative\");\n"
                   "        }}\n    }}\n    return total;\n}}\n\n"),
            "        if (item > limit) {",
            ("        if (item > limit && std::find(items.begin(), items.end(), -item) != "
             "items.end()) {")),
    "rust": ("rs", ("pub fn handler{i}(items: &[i64], limit: i64) -> Result<i64, String> {{\n"
                   "    let mut total = 0;\n    for &item in items {{\n"
                   "        if item > limit {{\n            total += item;\n"
                   "        }} else if item < 0 {{\n"
                   "            return Err(\"negative\".to_string());\n"
                   "        }}\n    }}\n    Ok(total)\n}}\n\n"),
             "        if item > limit {", "        if item > limit && items.contains(&-item) {"),
}
_HEADERS = {"python": "import os\n\n\n", "javascript": "'use strict';\n\n",
            "typescript": "import { x } from './x';\n\n",
            "go": "package p\n\nimport \"errors\"\n\n",
            "java": "package p;\n\nimport java.util.List;\n\npublic class Big {\n",
            "c": "#include <stdlib.h>\n\n", "cpp": "#include <vector>\n#include <algorithm>\n\n",
            "rust": "use std::collections::HashMap;\n\n"}


def language_file(language: str, lines: int) -> str:
    """A file of about this many lines in a language, made of small functions."""
    _, function, _, _ = _FUNCTIONS[language]
    parts = [_HEADERS[language]]
    i = 0
    while sum(p.count("\n") for p in parts) < lines:
        parts.append(function.format(i=i))
        i += 1
    return "".join(parts) + ("}\n" if language == "java" else "")


def measure_language(language: str, runs: int, lines: int = 1000,
                     cpu: list[float] | None = None) -> list[float]:
    """Time analyse + ask for a one-line change in a different function each run (wall
    milliseconds; the process's CPU milliseconds go to ``cpu`` when given)."""
    before = language_file(language, lines)
    ext, _, old, new = _FUNCTIONS[language]
    starts = [n for n in range(len(before)) if before.startswith(old, n)]
    examiner = OfflineExaminer()
    timings: list[float] = []
    for run in range(runs):
        at = starts[(run * 7919) % len(starts)]
        after = before[:at] + new + before[at + len(old):]
        start, used = time.perf_counter(), time.process_time()
        findings = analyse(f"big.{ext}", before, after, ruff=False)
        question = examiner.ask_now(AskContext(session_id=1, findings=findings))
        timings.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.process_time() - used) * 1000)
        assert question is not None, f"{language}: a change must produce a question"
    return timings


def _p99(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.99 * (len(ordered) - 1)))]


async def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print median and p99 per file size."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="few runs, for CI smoke")
    args = parser.parse_args(argv)
    plan = {100: 30, 1000: 30, 5000: 5} if args.quick else {100: 400, 1000: 300, 5000: 60}
    warm_up()  # as the server does at start: rules and parsers loaded, then frozen for the GC
    print(f"{'lines':>6} {'runs':>5} {'median ms':>10} {'p99 ms':>8}  analysis")
    ok = True
    for ruff in (False, True):
        for lines, runs in plan.items():
            await measure(lines, 3, ruff)  # warm caches and imports
            timings = await measure(lines, runs, ruff)
            median, p99 = statistics.median(timings), _p99(timings)
            label = "with ruff" if ruff else "ast + patterns"
            print(f"{lines:>6} {runs:>5} {median:>10.2f} {p99:>8.2f}  {label}")
            if lines == 1000 and p99 > 20 and not ruff:
                ok = False
    print(f"\n{'language':>10} {'runs':>5} {'median ms':>10} {'p99 ms':>8} {'cpu p99':>8}  "
          "one-line change, 1,000-line file, analysis + question")
    for language in _FUNCTIONS:
        measure_language(language, 3)
        cpu: list[float] = []
        # 1,000 runs: the p99 is their tenth worst, not the second worst of 200, which one
        # pause of the machine decides
        timings = measure_language(language, 20 if args.quick else 1000, cpu=cpu)
        median, p99 = statistics.median(timings), _p99(timings)
        print(f"{language:>10} {len(timings):>5} {median:>10.2f} {p99:>8.2f} {_p99(cpu):>8.2f}")
        ok = ok and p99 <= 20
    print("target p99 <= 20 ms at 1,000 lines:", "met" if ok else "MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(asyncio.run(main()))
