"""`viva assessment check PACK.toml`: validate a pack, then run each check step over it.

A step takes the parsed pack and the file's folder and returns a `StepReport`: the lines to
print (a table, usually) and the problems it found. `STEPS` lists them in the order they run;
a pack passes when it is valid and no step found a problem. Steps that have nothing to check
(a pack without samples) say so and pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from server.packs import PackError, load_pack
from server.packs.samples import SampleResult, grade_samples

if TYPE_CHECKING:
    from server.packs import Pack

__all__ = ["STEPS", "StepReport", "check_pack_file", "check_samples", "check_tests", "sample_table"]

_ANSWER_CHARS: Final = 44
"""How much of a sample answer the table shows."""


@dataclass
class StepReport:
    """What one check step printed and found."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


Step = Callable[["Pack", Path], StepReport]
"""A check step: the pack and the folder of its file (for files it names) -> its report."""


def _band(result: SampleResult) -> str:
    return f"{result.low:g}-{result.high:g}"


def sample_table(results: list[SampleResult]) -> list[str]:
    """One row per sample: where, which item, the answer's start, score, band, verdict."""
    header = ("sample", "item", "answer", "score", "band", "")
    rows = [(r.key, r.item, _preview(r.answer), f"{r.score:g}/{r.scale}", _band(r),
             "ok" if r.ok else ("LOW" if r.score < r.low else "HIGH")) for r in results]
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    return ["  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip()
            for row in [header, *rows]]


def _preview(answer: str) -> str:
    text = " ".join(answer.split())
    return text if len(text) <= _ANSWER_CHARS else text[: _ANSWER_CHARS - 1] + "…"


def check_samples(pack: Pack, folder: Path) -> StepReport:
    """Grade every sample answer through the examiner's core; a score outside its band is a miss."""
    report = StepReport()
    results = grade_samples(pack)
    if not results:
        report.lines.append("no sample answers to grade")
        return report
    report.lines += sample_table(results)
    for r in results:
        if not r.ok:
            report.problems.append(f"{r.key} ({r.item}): scored {r.score:g}/{r.scale}, "
                                   f"outside its band {_band(r)}")
    return report


def check_tests(pack: Pack, folder: Path) -> StepReport:
    """Run the pack's tests in the sandbox against its reference solution (which must pass every
    test) and against its starter code (reported; it is expected to fail)."""
    import asyncio

    from server.core.settings import Settings
    from server.testruns.check import check_tests as run_checks

    lines, ok = asyncio.run(run_checks(pack, Settings()))
    report = StepReport(lines=lines or ["no [tests] to run"])
    if not ok:
        report.problems.append("the tests did not all pass against the reference solution, "
                               "or could not run")
    return report


STEPS: Final[list[tuple[str, Step]]] = [("samples", check_samples), ("tests", check_tests)]
"""Check steps in the order they run; each is (name, step)."""


def check_pack_file(path: str | Path, out: Callable[[str], None] = print) -> int:
    """Check the pack at `path`, writing the report with `out`; 0 when it passes, 1 otherwise."""
    path = Path(path)
    try:
        pack = load_pack(path)
    except PackError as exc:
        out(f"{exc.source}: invalid pack")
        for key, reason in exc.problems:
            out(f"  {key}: {reason}")
        return 1
    out(f"{path}: pack '{pack.slug}' is valid")
    problems: list[str] = []
    for name, step in STEPS:
        report = step(pack, path.parent)
        out(f"\n{name}:")
        out("\n".join(f"  {line}" for line in report.lines))
        problems += report.problems
    if problems:
        out(f"\n{len(problems)} problem{'s' if len(problems) != 1 else ''}:")
        for problem in problems:
            out(f"  {problem}")
        return 1
    out("\nall checks passed")
    return 0
