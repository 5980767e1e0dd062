"""Similarity between the candidates of an assessment, end to end: code sent over real
sockets, sessions finished over REST, fingerprints and pairs in the database (SQLite and
PostgreSQL), the `similarity` signal on both sessions, and `GET /assessments/{slug}/similarity`
with each fragment's provenance."""

from __future__ import annotations

from typing import Any

import pytest

from server.comparing import SIGNALLED
from server.storage.models import CodePrint, PrintHash, SimilarPair
from tests.conftest import Api
from tests.support.assessments import load_pack
from tests.support.examining import connect, recv, update

STARTER = '''\
"""Scores: read them, summarise them."""


def parse(line):
    """One score from a line of the input, or None for a blank one."""
    text = line.strip()
    if not text:
        return None
    return int(text)
'''

SOLUTION = '''

def read_scores(path):
    scores = []
    with open(path) as handle:
        for line in handle:
            value = parse(line)
            if value is not None:
                scores.append(value)
    return scores


def summarise(scores):
    total = 0
    for score in scores:
        total += score
    mean = total / len(scores)
    spread = max(scores) - min(scores)
    return {"mean": mean, "spread": spread, "count": len(scores)}


def main(path):
    scores = read_scores(path)
    return summarise(scores)
'''

COPY = '''

def overview(vals):
    acc = 0
    for v in vals:
        acc += v
    avg = acc / len(vals)
    rng = max(vals) - min(vals)
    return {"mean": avg, "spread": rng, "count": len(vals)}


def load(filename):
    out = []
    with open(filename) as fh:
        for row in fh:
            got = parse(row)
            if got is not None:
                out.append(got)
    return out


def run(filename):
    vals = load(filename)
    return overview(vals)
'''

INDEPENDENT = '''

import statistics


class Report:
    def __init__(self, numbers):
        self.numbers = sorted(n for n in numbers if n is not None)

    def describe(self):
        return dict(mean=statistics.fmean(self.numbers),
                    spread=self.numbers[-1] - self.numbers[0], count=len(self.numbers))


def main(path):
    with open(path) as f:
        return Report(map(parse, f)).describe()
'''

PACK = f"""slug = "scores"
title = "Scores"
time_limit_minutes = 60

[task]
description = "Summarise the scores in a file."

[task.files]
"main.py" = '''{STARTER}'''
"""


async def _session(api: Api, name: str) -> dict[str, Any]:
    return await api.create_session(name, assessment="scores")


async def _send(api: Api, session: dict[str, Any], versions: list[str]) -> None:
    ws = await connect(api, session)
    for seq, text in enumerate(versions, 1):
        await ws.send_json(update("main.py", seq, text))
        await recv(ws, "ack")
    await ws.close()


def _typed(solution: str) -> list[str]:
    """The starter, then the solution a few lines at a time (never a burst)."""
    lines = solution.splitlines(keepends=True)
    return [STARTER] + [STARTER + "".join(lines[:end]) for end in range(4, len(lines) + 4, 4)]


async def _finish(api: Api, session: dict[str, Any]) -> None:
    resp = await api.client.post(f"/sessions/{session['session_id']}/finish",
                                 headers=api.auth())
    assert resp.status == 200, await resp.text()


async def _flags(api: Api, session: dict[str, Any]) -> list[dict[str, Any]]:
    resp = await api.client.get(f"/sessions/{session['session_id']}", headers=api.auth())
    return [f for f in (await resp.json())["flags"] if f["kind"] == "similarity"]


async def test_a_pasted_copy_is_paired_with_its_original_fragments_and_provenance(
        exam: Api) -> None:
    await load_pack(exam, PACK)
    ana, bob, cat = [await _session(exam, n) for n in ("ana", "bob", "cat")]
    await _send(exam, ana, _typed(SOLUTION))
    await _send(exam, bob, [STARTER, STARTER + COPY])  # pasted in one change
    await _send(exam, cat, _typed(INDEPENDENT))
    for s in (ana, bob, cat):
        await _finish(exam, s)

    resp = await exam.client.get("/assessments/scores/similarity", headers=exam.auth("proctor"))
    assert resp.status == 200
    pairs = (await resp.json())["pairs"]
    top = pairs[0]
    assert top["sessions"] == [ana["session_id"], bob["session_id"]]
    assert top["similarity"] >= 0.5 and top["longest_fragment"] >= 10
    assert [p["similarity"] for p in pairs] == sorted((p["similarity"] for p in pairs),
                                                      reverse=True)
    assert all(cat["session_id"] not in p["sessions"] or p["similarity"] < SIGNALLED
               for p in pairs)
    fragments = top["fragments"]
    assert fragments
    for fragment in fragments:
        assert fragment["left"]["path"] == fragment["right"]["path"] == "main.py"
        first, last = fragment["left"]["lines"]
        # the starter (lines 1-9) is no match: a fragment may only begin in its last lines,
        # where a k-gram runs on into the candidate's code
        assert 5 < first <= last and last > 12
        assert fragment["left"]["provenance"] == "typed"
        assert fragment["right"]["provenance"] == "pasted"
        assert fragment["provenance"] == "pasted"

    ana_flags, bob_flags, cat_flags = [await _flags(exam, s) for s in (ana, bob, cat)]
    assert len(ana_flags) == 1 and f"session {bob['session_id']}'s" in ana_flags[0]["detail"]
    assert len(bob_flags) == 1 and f"session {ana['session_id']}'s" in bob_flags[0]["detail"]
    assert cat_flags == []

    # stored in the database, one index row per distinct hash, one print per session
    assert await CodePrint.filter(assessment__slug="scores").count() == 3
    assert await PrintHash.filter(session_id=ana["session_id"]).count() > 5
    assert await SimilarPair.filter(left_id=ana["session_id"], right_id=bob["session_id"]).exists()


async def test_both_reports_list_the_pair_and_its_fragments(exam_lite: Api) -> None:
    api = exam_lite
    await load_pack(api, PACK)
    ana, bob = await _session(api, "ana"), await _session(api, "bob")
    await _send(api, ana, _typed(SOLUTION))
    await _send(api, bob, [STARTER, STARTER + COPY.replace("acc = 0", "acc = 0  # <b>x</b>")])
    for s in (ana, bob):
        await _finish(api, s)
    for me, other in ((ana, bob), (bob, ana)):
        url = f"/sessions/{me['session_id']}/report/"
        data = await (await api.client.get(url + "?format=json", headers=api.auth())).json()
        section = data["similarity"]
        assert section[0]["sessions"] == [me["session_id"], other["session_id"]]
        assert section[0]["fragments"][0]["left"]["path"] == "main.py"
        md = await (await api.client.get(url + "?format=md", headers=api.auth())).text()
        assert "## Similarity" in md and f"With session {other['session_id']}" in md
        assert "never a verdict" in md
        page = await (await api.client.get(url + "?format=html", headers=api.auth())).text()
        assert '<section id="similarity">' in page and "<b>x</b>" not in page
    # the candidate's own report never shows the other candidate's code
    md = await (await api.client.get(f"/sessions/{ana['session_id']}/report/?format=md",
                                     headers=api.auth())).text()
    assert "def overview" not in md


async def test_closing_again_compares_nothing_twice(exam_lite: Api) -> None:
    api = exam_lite
    await load_pack(api, PACK)
    ana, bob = await _session(api, "ana"), await _session(api, "bob")
    await _send(api, ana, [STARTER + SOLUTION])
    await _send(api, bob, [STARTER + SOLUTION])
    for s in (ana, bob, bob, ana):
        await _finish(api, s)
    assert await SimilarPair.all().count() == 1
    assert len(await _flags(api, ana)) == 1
    pairs = (await (await api.client.get("/assessments/scores/similarity",
                                         headers=api.auth())).json())["pairs"]
    # both pasted in their first change: identical code, one pair, the starter left out
    assert pairs[0]["similarity"] == pytest.approx(1.0)
    assert {f["provenance"] for f in pairs[0]["fragments"]} == {"pasted"}


async def test_starter_code_alone_makes_no_pair(exam_lite: Api) -> None:
    api = exam_lite
    await load_pack(api, PACK)
    ana, bob = await _session(api, "ana"), await _session(api, "bob")
    await _send(api, ana, [STARTER])
    await _send(api, bob, [STARTER + "\nprint(parse('3'))\n"])
    for s in (ana, bob):
        await _finish(api, s)
    pairs = (await (await api.client.get("/assessments/scores/similarity",
                                         headers=api.auth())).json())["pairs"]
    assert pairs == []


@pytest.mark.parametrize(("role", "slug", "status"), [
    ("candidate", "scores", 403), ("proctor", "nope", 404), (None, "scores", 401),
])
async def test_the_route_is_for_staff_and_known_assessments(
        exam_lite: Api, role: str | None, slug: str, status: int) -> None:
    await load_pack(exam_lite, PACK)
    s = await _session(exam_lite, "ana")
    headers = {} if role is None else exam_lite.auth(
        role, **({"session_id": s["session_id"]} if role == "candidate" else {}))
    resp = await exam_lite.client.get(f"/assessments/{slug}/similarity", headers=headers)
    assert resp.status == status
    assert "error" in await resp.json()


async def test_a_comparison_that_fails_midway_leaves_nothing_and_is_done_again(
        exam: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fingerprints and their index are stored together or not at all: a connection lost
    between the two (injected here) leaves no half-compared session, so closing it again
    compares it, and a later candidate's copy is found."""
    api = exam
    await load_pack(api, PACK)
    ana, bob = await _session(api, "ana"), await _session(api, "bob")
    await _send(api, ana, [STARTER + SOLUTION])
    await _send(api, bob, [STARTER + SOLUTION])
    real = PrintHash.bulk_create

    async def lost(*args: Any, **kwargs: Any) -> Any:
        raise ConnectionResetError("the database went away")

    monkeypatch.setattr(PrintHash, "bulk_create", lost)
    await _finish(api, ana)
    assert not await CodePrint.exists(session_id=ana["session_id"])
    monkeypatch.setattr(PrintHash, "bulk_create", real)
    await _finish(api, ana)  # closing again compares it now
    assert await PrintHash.filter(session_id=ana["session_id"]).exists()
    await _finish(api, bob)
    assert await SimilarPair.all().count() == 1
