"""Python checks ported or widened from other languages' rules: each fires on its hazard in the
forms added here and stays silent on the look-alikes (the safe form, the guard)."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.pyreview import QUESTIONS
from server.examiner.analysis.pyrisk import python_risks


def _rules(source: str) -> set[str]:
    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


CASES: dict[str, tuple[list[str], list[str]]] = {
    # CWE-918; the URL read from the request inside the call itself
    "py-url-from-request-fetched": ([
        """
        import requests
        from flask import request

        def preview():
            return requests.get(request.args.get("url"), timeout=5).text
        """,
        """
        import urllib.request
        from flask import request

        def proxy():
            return urllib.request.urlopen(request.json["target"]).read()
        """,
    ], [
        """
        import requests
        from flask import request

        def search():
            return requests.get("https://api.example.com/s",
                                params={"q": request.args.get("q")}, timeout=5).json()
        """,
        """
        from urllib.parse import urlparse

        import requests
        from flask import abort, request

        def preview():
            if urlparse(request.args["url"]).hostname not in ALLOWED:
                abort(400)
            return requests.get(request.args["url"], timeout=5).text
        """,
    ]),
    # PyJWT: "You must specify what algorithms you accept"; RFC 8725 3.1
    "py-jwt-unverified": ([
        """
        import jwt
        from flask import request

        def current_user():
            token = request.headers["Authorization"].removeprefix("Bearer ")
            return jwt.decode(token, SECRET)["sub"]
        """,
        """
        import jwt

        def claims(request, public_key):
            return jwt.decode(request.cookies["session"], key=public_key)
        """,
    ], [
        """
        import jwt
        from flask import request

        def current_user():
            token = request.headers["Authorization"].removeprefix("Bearer ")
            return jwt.decode(token, SECRET, algorithms=["HS256"])["sub"]
        """,
        """
        import jwt

        def claims(request, public_key):
            return jwt.decode(request.cookies["session"], public_key, ["RS256"])
        """,
    ]),
    # CWE-367: created when missing, with this call's data
    "py-exists-then-write": ([
        """
        import os

        def save_report(path, report):
            if not os.path.exists(path):
                with open(path, "w") as fh:
                    fh.write(report.render())
        """,
        """
        from pathlib import Path

        def store(target: Path, payload: bytes):
            if not target.exists():
                target.write_bytes(payload)
        """,
    ], [
        """
        import os

        def save_report(path, report):
            with open(path, "x") as fh:
                fh.write(report.render())
        """,
        """
        import os
        import tempfile

        def store(path, payload):
            if not os.path.exists(path):
                fd, tmp = tempfile.mkstemp()
                os.write(fd, payload)
                os.close(fd)
                os.replace(tmp, path)
        """,
        """
        import os

        def version_writer(target, revision):
            def write_version():
                if not os.path.isfile(target):
                    version = str(revision)
                    with open(target, "w") as fh:
                        fh.write("version = %r\n" % version)
            return write_version
        """,
        """
        import json
        from pathlib import Path

        DEFAULTS = {"theme": "dark"}

        def ensure_config(path: Path):
            if not path.exists():
                path.write_text(json.dumps(DEFAULTS))
        """,
    ]),
    # CWE-770; Java's java-cache-never-evicted
    "py-cache-never-evicted": ([
        """
        _profile_cache: dict[int, dict] = {}

        def profile(user_id):
            if user_id not in _profile_cache:
                _profile_cache[user_id] = load(user_id)
            return _profile_cache[user_id]
        """,
        """
        from flask import request

        class Previews:
            def __init__(self):
                self._cache = {}

            def get(self):
                url = request.args.get("url")
                if url not in self._cache:
                    self._cache[url] = render(url)
                return self._cache[url]
        """,
    ], [
        # evicted: popped when over a size
        """
        _cache = {}

        def profile(user_id):
            if user_id not in _cache:
                if len(_cache) > 1000:
                    _cache.pop(next(iter(_cache)))
                _cache[user_id] = load(user_id)
            return _cache[user_id]
        """,
        # keyed by a class: as many entries as the program has classes
        """
        _cache = {}

        def fields_of(cls):
            if cls not in _cache:
                _cache[cls] = tuple(vars(cls))
            return _cache[cls]
        """,
        # cleared elsewhere in the file
        """
        class Sessions:
            def __init__(self):
                self._cache = {}

            def get(self, session_id):
                return self._cache.setdefault(session_id, self.load(session_id))

            def reset(self):
                self._cache.clear()
        """,
    ]),
    # Go/Rust/C/Java/JS min-seeded-with-zero, in the `min(low, v)` form
    "py-min-seeded-with-zero": ([
        """
        def cheapest(prices):
            best = 0
            for p in prices:
                best = min(best, p)
            return best
        """,
        """
        def shortest(routes):
            low = 0
            for r in routes:
                low = min(r.length, low)
            return low
        """,
    ], [
        """
        import math

        def cheapest(prices):
            best = math.inf
            for p in prices:
                best = min(best, p)
            return best
        """,
        """
        def deficit(changes):
            low = 0
            level = 0
            for c in changes:
                level += c
                low = min(low, level)
            return low
        """,
    ]),
}


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_finds_its_hazard(rule: str) -> None:
    found, _ = CASES[rule]
    assert len(found) >= 2
    for source in found:
        assert rule in _rules(source), source


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_stays_silent_on_look_alikes(rule: str) -> None:
    _, silent = CASES[rule]
    assert len(silent) >= 2
    for source in silent:
        assert rule not in _rules(source), source


def test_new_checks_ask_their_own_question() -> None:
    assert "{detail}" in QUESTIONS["py-cache-never-evicted"]
