"""The proctor console's view of similar code, against the real server: the session view's
Similar tab lists the pairs, and a pair opens both candidates' code side by side with the
matched lines marked, each fragment's provenance shown, and the candidates' text inert."""

from __future__ import annotations

from typing import Any

from test_proctor_live import Candidate, console, until

from tests.conftest import Api
from tests.support.assessments import load_pack
from tui.proctor.codeview import CodeView
from tui.proctor.session_view import SessionScreen
from tui.proctor.similar import MatchScreen, fragment_line, inert, pairs_of

STARTER = "def parse(line):\n    return int(line.strip())\n"
PACK = f'''slug = "sim"
title = "Similar"
time_limit_minutes = 60

[task]
description = "Sum the scores."

[task.files]
"main.py" = """{STARTER}"""
'''
SOLUTION = '''
def read_scores(path):
    scores = []
    with open(path) as handle:
        for line in handle:
            if line.strip():
                scores.append(parse(line))
    return scores


def summarise(scores):
    total = 0
    for score in scores:
        total += score
    return {"mean": total / len(scores), "spread": max(scores) - min(scores)}
'''
HOSTILE = "# \x1b[2J\x1b[31m[bold red]pwned[/bold red]\n"
COPY = '''
def overview(vals):
    acc = 0
    for v in vals:
        acc += v
    return {"mean": acc / len(vals), "spread": max(vals) - min(vals)}


def load(fn):
    out = []
    with open(fn) as fh:
        for row in fh:
            if row.strip():
                out.append(parse(row))
    return out
'''


def _code(app: Any, which: str) -> CodeView:
    return app.screen.query_one(which, CodeView)


async def test_a_pair_opens_side_by_side_with_matched_lines_and_provenance(
        sqlite_api: Api) -> None:
    api = sqlite_api
    await load_pack(api, PACK)
    ana = await api.create_session("ana", assessment="sim")
    bob = await api.create_session("bob", assessment="sim")
    for session, versions in ((ana, [STARTER, STARTER + SOLUTION[:150], STARTER + SOLUTION]),
                              (bob, [STARTER, STARTER + HOSTILE + COPY])):
        cand = await Candidate(api, session).connect()
        for text in versions:
            await cand.write("main.py", text)
        await cand.ws.close()
        resp = await api.client.post(f"/sessions/{session['session_id']}/finish",
                                     headers=api.auth())
        assert resp.status == 200

    app = console(api)
    async with app.run_test(size=(140, 44)) as pilot:
        sid = ana["session_id"]
        await until(pilot, lambda: sid in app.fleet.sessions and
                    app.fleet.sessions[sid].assessment == "sim", "the session's row")
        app.push_screen(app.session_screen(sid))
        await until(pilot, lambda: isinstance(app.screen, SessionScreen)
                    and app.screen.pairs, "the pairs")
        view = app.screen
        assert isinstance(view, SessionScreen)
        assert view.pairs[0]["sessions"] == [sid, bob["session_id"]]
        await pilot.press("4")
        similar = str(view.query_one("#similar").get_option_at_index(0).prompt)
        assert f"session {bob['session_id']}" in similar and "pasted" in similar
        await pilot.press("enter")
        await until(pilot, lambda: isinstance(app.screen, MatchScreen)
                    and _code(app, "#right").text, "both sides' code")
        left, right = _code(app, "#left"), _code(app, "#right")
        fragment = app.screen.pair["fragments"][0]
        assert left.changed == list(range(fragment["left"]["lines"][0],
                                          fragment["left"]["lines"][1] + 1))
        assert right.changed and "def overview" in right.text and "def read_scores" in left.text
        assert "\x1b" not in right.text and "\\x1b[2J" in right.text
        assert "[bold red]pwned[/bold red]" in right.text  # shown as written, not as markup
        title = str(right.query_one("#code-title").content)
        assert "pasted" in title and "main.py" in title
        assert "typed" in str(left.query_one("#code-title").content)
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, SessionScreen), "back")


async def test_a_session_without_pairs_says_when_they_come(sqlite_api: Api) -> None:
    api = sqlite_api
    await load_pack(api, PACK)
    ana = await api.create_session("ana", assessment="sim")
    app = console(api)
    async with app.run_test(size=(120, 40)) as pilot:
        sid = ana["session_id"]
        await until(pilot, lambda: sid in app.fleet.sessions, "the row")
        app.push_screen(app.session_screen(sid))
        await until(pilot, lambda: isinstance(app.screen, SessionScreen)
                    and app.screen.pairs_note, "the note")
        assert "compared when they close" in app.screen.pairs_note


def test_pairs_put_the_session_on_the_left_and_text_is_made_inert() -> None:
    pair = {"sessions": [3, 9], "similarity": 0.8, "longest_fragment": 40, "fragments": [
        {"left": {"path": "a.py", "lines": [1, 4], "provenance": "typed"},
         "right": {"path": "b.py", "lines": [5, 9], "provenance": "pasted"},
         "provenance": "pasted"}]}
    mine = pairs_of([pair], 9)[0]
    assert mine["sessions"] == [9, 3]
    assert mine["fragments"][0]["left"]["path"] == "b.py"
    assert pairs_of([pair], 4) == []
    assert str(fragment_line(mine["fragments"][0])) == \
        "this b.py 5–9 (pasted)  ↔  other a.py 1–4 (typed)"
    assert inert("a\x1b[0m\tb\n\x07") == "a\\x1b[0m\tb\n\\x07"
