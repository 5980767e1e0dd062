"""forms-error-handling: what the rule examples cannot show (ruff's B904 wired as a finding)."""

from __future__ import annotations

import pytest

from server.examiner import analyse
from server.examiner.analysis.ruff import ruff_binary

needs_ruff = pytest.mark.skipif(ruff_binary() is None, reason="ruff is not installed")

_TRANSLATED = '''\
class QuotaError(Exception):
    pass


def quota_for(limits: dict[str, int], tenant: str) -> int:
    try:
        return limits[tenant]
    except KeyError{tail}
        raise QuotaError(f"no quota for {{tenant}}"){cause}
'''


def _raise_findings(code: str) -> list:
    return [f for f in analyse("quotas.py", None, code)
            if f.facts.to_json().get("rule") == "py-raise-without-from"]


@needs_ruff
def test_exception_raised_in_except_without_from_is_asked() -> None:
    found = _raise_findings(_TRANSLATED.format(tail=":", cause=""))
    assert [(f.kind, f.line) for f in found] == [("swallowed_exception", 9)]
    assert "cause" in found[0].detail


@needs_ruff
@pytest.mark.parametrize(("tail", "cause"), [(" as exc:", " from exc"), (":", " from None")])
def test_raise_with_from_is_not_asked(tail: str, cause: str) -> None:
    assert _raise_findings(_TRANSLATED.format(tail=tail, cause=cause)) == []


@needs_ruff
def test_bare_reraise_is_not_asked() -> None:
    code = "def load(p):\n    try:\n        return open(p).read()\n    except OSError:\n        log(p)\n        raise\n"
    assert _raise_findings(code) == []


@needs_ruff
def test_caught_exception_handed_to_the_new_one_is_not_asked() -> None:
    code = ("class BadRow(Exception):\n    pass\n\n\ndef row(text):\n    try:\n"
            "        return int(text)\n    except ValueError as err:\n"
            "        raise BadRow(err, text)\n")
    assert _raise_findings(code) == []


# round r30-perferr: only the caught exception's class handed on is no cause kept
_CLASS_ONLY = '''\
class SheetError(Exception):
    pass


class Sheet:
    def _bad(self, field, detail):
        return SheetError(f"{{field}}: {{detail}}")

    def cell(self, row, key):
        try:
            return int(row[key])
        except (KeyError, ValueError) as exc:
            raise {raised}
'''


@needs_ruff
@pytest.mark.parametrize("raised", ['self._bad(key, type(exc).__name__)',
                                    'SheetError(exc.__class__.__name__)'])
def test_exception_whose_class_alone_is_handed_on_is_asked(raised: str) -> None:
    found = _raise_findings(_CLASS_ONLY.format(raised=raised))
    assert [(f.kind, f.line) for f in found] == [("swallowed_exception", 13)]


@needs_ruff
@pytest.mark.parametrize("raised", ['self._bad(key, str(exc))',
                                    'self._bad(key, type(exc).__name__) from exc',
                                    'SheetError(f"{type(exc).__name__}: {exc}")'])
def test_exception_handed_on_beside_its_class_is_not_asked(raised: str) -> None:
    assert _raise_findings(_CLASS_ONLY.format(raised=raised)) == []
