"""Round 7, Python: hazards in the forms real code takes. Each new or widened rule fires on its
forms and stays silent on their correct near-misses."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.rules import run_rules


def _ids(source: str) -> set[str]:
    return {h.rule.id for h in run_rules(textwrap.dedent(source), "python")}


# CWE-390/CWE-754: a failed conversion of a money figure handed back as 0
ZERO_ON_FAILURE = [
    """
    def line_price(row):
        try:
            return float(row["price"]) * int(row["qty"])
        except (TypeError, ValueError):
            return 0
    """,
    """
    def meter_reading(text):
        try:
            reading = Decimal(text.strip())
        except decimal.InvalidOperation:
            reading = Decimal("0")
        return reading
    """,
]
ZERO_ON_FAILURE_OK = [
    """
    def line_price(row):
        try:
            return float(row["price"]) * int(row["qty"])
        except (TypeError, ValueError):
            return None
    """,
    """
    def amount_or_zero(text):
        try:
            return Decimal(text)
        except InvalidOperation:
            return Decimal(0)
    """,
    """
    def http_status(line):
        try:
            return int(line.split()[1])
        except ValueError:
            return 0
    """,
]


@pytest.mark.parametrize("source", ZERO_ON_FAILURE)
def test_parse_failure_becomes_zero(source: str) -> None:
    assert "py-parse-failure-becomes-zero" in _ids(source)


@pytest.mark.parametrize("source", ZERO_ON_FAILURE_OK)
def test_parse_failure_kept_apart_from_zero(source: str) -> None:
    assert "py-parse-failure-becomes-zero" not in _ids(source)


# Python docs, datetime.timedelta: `.seconds` is only the seconds part; `total_seconds()` is the
# whole duration
SECONDS_AS_DURATION = [
    """
    def billable_minutes(session):
        elapsed = session.ended_at - session.started_at
        return elapsed.seconds // 60
    """,
    """
    def is_stale(entry, now):
        if (now - entry.updated).seconds > MAX_AGE:
            return True
        return False
    """,
]
SECONDS_AS_DURATION_OK = [
    """
    def billable_minutes(session):
        elapsed = session.ended_at - session.started_at
        return int(elapsed.total_seconds()) // 60
    """,
    """
    def billable_minutes(session):
        elapsed = session.ended_at - session.started_at
        return elapsed.days * 1440 + elapsed.seconds // 60
    """,
    """
    def retry_after(policy):
        return policy.backoff.seconds
    """,
]


@pytest.mark.parametrize("source", SECONDS_AS_DURATION)
def test_timedelta_seconds_as_duration(source: str) -> None:
    assert "py-timedelta-seconds-as-duration" in _ids(source)


@pytest.mark.parametrize("source", SECONDS_AS_DURATION_OK)
def test_timedelta_seconds_with_days_or_total(source: str) -> None:
    assert "py-timedelta-seconds-as-duration" not in _ids(source)
