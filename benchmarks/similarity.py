"""Benchmark: does a plagiarised copy stand out from independent solutions of the same task?

Data: independent solutions are Advent of Code 2022 Python solutions by different authors
(public GitHub repositories, fetched into a mirror folder: one author per repository, each
day one task); nothing of theirs is committed here. Plagiarised copies are made from some of
them by `similarity_disguise.py` at six cumulative levels of disguise.

For each level: how often the copy is more similar to its original than any independent
solution of the task is (`top`), and the AUC of (original, copy) pairs against pairs of
independent solutions of the same task. Three detectors side by side: ours
(`server.similarity`), Dolos (`@dodona/dolos-lib`, through a small Node script), and the
cosine of the hashed n-gram vectors the server used before (`HashedNgramEmbedding`).
Also the time and peak memory of `viva similarity`'s engine over 500 submissions.

    .venv/bin/python benchmarks/similarity.py collect --mirror /work/.mirror --out /tmp/simbench
    .venv/bin/python benchmarks/similarity.py run --data /tmp/simbench [--dolos /tmp/dolosbench]
    .venv/bin/python benchmarks/similarity.py scale --data /tmp/simbench --count 500
    .venv/bin/python benchmarks/similarity.py server --data /tmp/simbench --count 500
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import resource
import subprocess
import sys
import time
from collections import defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from similarity_disguise import LEVELS, disguise

_DAY = re.compile(r"^2022/day(\d+)\.py$")
_DOLOS_SCRIPT = """
import { Dolos } from "@dodona/dolos-lib";
import fs from "node:fs";
const tasks = JSON.parse(fs.readFileSync(process.argv[2], "utf8"));
const out = {};
for (const [task, paths] of Object.entries(tasks)) {
  const dolos = new Dolos({ language: "python" });
  const report = await dolos.analyzePaths(paths);
  out[task] = report.allPairs().map(p => [p.leftFile.path, p.rightFile.path, p.similarity]);
}
process.stdout.write(JSON.stringify(out));
"""


def collect(mirror: Path, out: Path, originals: int) -> None:
    """Every author's 2022 day-N solution as a task's independents, plus disguised copies."""
    by_day: defaultdict[int, dict[str, str]] = defaultdict(dict)
    for repo in sorted(mirror.glob("*/repo")):
        author = repo.parent.name.split("+")[0]
        names = subprocess.run(["git", f"--git-dir={repo}", "ls-tree", "-r", "--name-only",
                                "HEAD"], capture_output=True, text=True, check=False).stdout
        for name in names.splitlines():
            if (m := _DAY.match(name)) is None:
                continue
            text = subprocess.run(["git", f"--git-dir={repo}", "show", f"HEAD:{name}"],
                                  capture_output=True, text=True, check=False).stdout
            try:
                ast.parse(text)
            except SyntaxError:
                continue
            if 15 <= len(text.splitlines()) <= 250:
                by_day[int(m.group(1))][author] = text
    count = 0
    for day, solutions in sorted(by_day.items()):
        if len(solutions) < 8:
            continue
        folder = out / f"day{day:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for author, text in solutions.items():
            (folder / f"{author}.py").write_text(text)
        for author in sorted(solutions)[:originals]:
            for level in range(1, len(LEVELS) + 1):
                try:
                    copy = disguise(solutions[author], level, seed=day * 100 + level)
                except (RecursionError, ValueError, SyntaxError):
                    continue
                (folder / f"{author}__L{level}.py").write_text(copy)
            # a partial copy: half of the disguised original's top-level statements, the
            # rest another author's (the copier's own work)
            own = sorted(solutions)[-1 - originals]
            mine = ast.parse(disguise(solutions[author], len(LEVELS), seed=day)).body
            theirs = ast.parse(solutions[own]).body
            mixed = ast.Module(body=_half(mine) + theirs[len(theirs) // 2:], type_ignores=[])
            (folder / f"{author}__L{len(LEVELS) + 1}.py").write_text(ast.unparse(mixed))
        count += 1
    print(f"{count} tasks in {out}")


def _half(body: list[ast.stmt]) -> list[ast.stmt]:
    """The first top-level statements holding at least half of the code's lines, taking
    every statement whose lines stay unsplit (a big function is taken whole or not at all)."""
    sizes = [len(ast.unparse(node).splitlines()) for node in body]
    taken, lines = [], 0
    for node, size in zip(body, sizes, strict=True):
        if lines >= sum(sizes) / 2:
            break
        taken.append(node)
        lines += size
    return taken


def _tasks(data: Path) -> dict[str, list[Path]]:
    return {d.name: sorted(d.glob("*.py")) for d in sorted(data.glob("day*")) if d.is_dir()}


def _ours(tasks: dict[str, list[Path]]) -> dict[str, dict[tuple[str, str], float]]:
    from server.similarity import compare_all

    scores = {}
    for task, paths in tasks.items():
        pairs = compare_all([(p.name, {p.name: p.read_text()}) for p in paths])
        scores[task] = {tuple(sorted((p.left, p.right))): p.similarity for p in pairs}
    return scores  # type: ignore[return-value]


def _cosine(tasks: dict[str, list[Path]]) -> dict[str, dict[tuple[str, str], float]]:
    from server.examiner.vectors import HashedNgramEmbedding

    embed = HashedNgramEmbedding(shape_weight=4.0)  # as the final-code collection had it
    scores = {}
    for task, paths in tasks.items():
        vectors = {p.name: embed.embed(p.read_text()) for p in paths}
        scores[task] = {tuple(sorted((a, b))): sum(x * y for x, y in zip(vectors[a], vectors[b],
                                                                          strict=True))
                        for a, b in combinations(vectors, 2)}
    return scores  # type: ignore[return-value]


def _dolos(tasks: dict[str, list[Path]], dolos: Path) -> dict[str, dict[tuple[str, str], float]]:
    script = dolos / "bench.mjs"
    script.write_text(_DOLOS_SCRIPT)
    listing = dolos / "tasks.json"
    listing.write_text(json.dumps({t: [str(p) for p in ps] for t, ps in tasks.items()}))
    done = subprocess.run(["node", str(script), str(listing)], capture_output=True, text=True,
                          cwd=dolos, check=True)
    raw = json.loads(done.stdout)
    return {task: {tuple(sorted((Path(a).name, Path(b).name))): float(s) for a, b, s in pairs}
            for task, pairs in raw.items()}  # type: ignore[misc]


def _auc(positives: list[float], negatives: list[float]) -> float:
    """P(a positive scores above a negative), ties counting half."""
    if not positives or not negatives:
        return float("nan")
    ordered = sorted(negatives)
    import bisect

    wins = 0.0
    for p in positives:
        below = bisect.bisect_left(ordered, p)
        ties = bisect.bisect_right(ordered, p) - below
        wins += below + ties / 2
    return wins / (len(positives) * len(negatives))


def _metrics(scores: dict[str, dict[tuple[str, str], float]], tasks: dict[str, list[Path]]
             ) -> dict[int, tuple[float, float, int]]:
    """Per level: share of copies ranked above every independent, AUC, number of copies."""
    out = {}
    negatives = []
    for task, paths in tasks.items():
        independents = [p.name for p in paths if "__L" not in p.name]
        negatives += [scores[task].get(tuple(sorted(pair)), 0.0)  # type: ignore[call-overload]
                      for pair in combinations(independents, 2)]
    for level in range(1, len(LEVELS) + 2):
        positives, top = [], 0
        for task, paths in tasks.items():
            independents = [p.name for p in paths if "__L" not in p.name]
            for copy in (p.name for p in paths if p.name.endswith(f"__L{level}.py")):
                original = copy.split("__L")[0] + ".py"
                score = scores[task].get(tuple(sorted((original, copy))), 0.0)  # type: ignore[call-overload]
                positives.append(score)
                rivals = [scores[task].get(tuple(sorted((original, i))), 0.0)  # type: ignore[call-overload]
                          for i in independents if i != original]
                top += all(score > r for r in rivals)
        out[level] = (top / max(1, len(positives)), _auc(positives, negatives), len(positives))
    return out


def run(data: Path, dolos: Path | None) -> None:
    """Score every detector and print the table."""
    tasks = _tasks(data)
    detectors = {"viva": _ours(tasks), "cosine": _cosine(tasks)}
    if dolos is not None:
        detectors["dolos"] = _dolos(tasks, dolos)
    independents = sum(1 for ps in tasks.values() for p in ps if "__L" not in p.name)
    print(f"{len(tasks)} tasks, {independents} independent solutions")
    results = {name: _metrics(scores, tasks) for name, scores in detectors.items()}
    header = "| level | copies | " + " | ".join(f"{n} top | {n} AUC" for n in results) + " |"
    print(header)
    print("|" + "---|" * (2 + 2 * len(results)))
    for level, name in enumerate((*LEVELS, "half_copied"), 1):
        copies = next(iter(results.values()))[level][2]
        cells = " | ".join(f"{r[level][0]:.0%} | {r[level][1]:.3f}" for r in results.values())
        print(f"| {level} {name} | {copies} | {cells} |")


def scale(data: Path, count: int) -> None:
    """Time and peak memory of every pair of `count` submissions (repeating the data if short)."""
    from server.similarity import compare_all

    files = [p for d in sorted(data.glob("day*")) for p in sorted(d.glob("*.py"))]
    subs = [(f"s{i}", {"main.py": files[i % len(files)].read_text()}) for i in range(count)]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    pairs = compare_all(subs)
    took = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    lines = sum(len(s[1]["main.py"].splitlines()) for s in subs)
    print(f"{count} submissions ({lines} lines), {len(pairs)} pairs: {took:.2f} s, "
          f"peak RSS {peak / 1024:.0f} MiB ({(peak - before) / 1024:.0f} MiB over the start)")


def server(data: Path, count: int, dsn: str) -> None:
    """Time each session's close-time comparison (`Comparer`) as earlier sessions pile up, on
    a fresh PostgreSQL database: one close should not cost more with more candidates."""
    import asyncio
    import uuid
    from datetime import UTC, datetime

    import asyncpg

    from server.comparing import Comparer
    from server.storage.db import close_db, init_db
    from server.storage.models import Assessment, Change, SimilarPair, User
    from server.storage.models import Session as SessionRow

    files = [p for d in sorted(data.glob("day*")) for p in sorted(d.glob("*.py"))]
    name = f"viva_simbench_{uuid.uuid4().hex[:8]}"

    async def go() -> None:
        admin = await asyncpg.connect(dsn.replace("postgres://", "postgresql://", 1))
        await admin.execute(f'CREATE DATABASE "{name}"')
        url = dsn.rsplit("/", 1)[0] + f"/{name}"
        try:
            await init_db(url)
            assessment = await Assessment.create(slug="bench", title="bench", pack={})
            user = await User.create(key="bench:cand", name="cand", role="candidate")
            signals = 0

            async def flagged(session_id: int, found: list[Any]) -> None:
                nonlocal signals
                signals += len(found)

            comparer = Comparer(on_signals=flagged)
            times = []
            for i in range(count):
                row = await SessionRow.create(candidate=user, assessment=assessment,
                                              status="completed")
                text = files[i % len(files)].read_text()
                await Change.create(session=row, path="main.py", version=1, client_id="b",
                                    seq=1, kind="full", content=text, size=len(text),
                                    created_at=datetime.now(UTC))
                start = time.perf_counter()
                await comparer.compare_session(row.id)
                times.append(time.perf_counter() - start)
            pairs = await SimilarPair.all().count()
            for upto in (50, 200, count):
                window = times[max(0, upto - 50):upto]
                print(f"closes {upto - len(window) + 1}-{upto}: mean "
                      f"{sum(window) / len(window) * 1000:.0f} ms, "
                      f"max {max(window) * 1000:.0f} ms")
            print(f"{count} sessions: {pairs} pairs stored, {signals} signals")
        finally:
            await close_db()
            await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await admin.close()

    asyncio.run(go())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("collect")
    p.add_argument("--mirror", type=Path, required=True)
    p.add_argument("--out", type=Path, required=True)
    p.add_argument("--originals", type=int, default=3, help="copied solutions per task")
    p = sub.add_parser("run")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--dolos", type=Path, default=None,
                   help="a folder where `npm install @dodona/dolos-lib` was run")
    p = sub.add_parser("scale")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--count", type=int, default=500)
    p = sub.add_parser("server", help="close-time comparison cost on PostgreSQL")
    p.add_argument("--data", type=Path, required=True)
    p.add_argument("--count", type=int, default=500)
    p.add_argument("--dsn", default="postgres://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    if args.command == "collect":
        collect(args.mirror, args.out, args.originals)
    elif args.command == "run":
        run(args.data, args.dolos)
    elif args.command == "server":
        server(args.data, args.count, args.dsn)
    else:
        scale(args.data, args.count)


if __name__ == "__main__":
    main()
