"""A question's factual claims checked against the verified findings, before it is asked.

The offline questions state only what a finding says; a question written by a model is read
for the claims that matter (recursion, a missing await, a resource left open, state shared
between requests, an injection) and refused when no finding of that kind supports it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from ..findings import Finding

__all__ = ["CLAIMS", "Claim", "unsupported_claims"]


@dataclass(frozen=True)
class Claim:
    """A kind of factual clause, how to spot it in a question, and the kinds that support it."""

    name: str
    pattern: re.Pattern[str]
    supported_by: frozenset[str]


CLAIMS: Final = (
    Claim("recursion", re.compile(r"\b(calls itself|recursi(ve|on|vely)|recurses)\b", re.IGNORECASE),
          frozenset({"recursion", "missing_base_case"})),
    Claim("not awaited", re.compile(
        r"\b(without (an? )?(await|waiting)|(never|not) (awaited|waited)|floating promise|"
        r"fire[- ]and[- ]forget|forgets? to await|missing await)\b", re.IGNORECASE),
        frozenset({"unawaited", "blocking_in_async", "unawaited_return"})),
    Claim("not closed", re.compile(
        r"\b((never|not|isn't|is not) (closed|released)|leaks?|leaked|leaking|left open|"
        r"without closing)\b", re.IGNORECASE),
        frozenset({"resource_leak", "defer_in_loop"})),
    Claim("shared between requests", re.compile(
        r"\bshared (between|across|by) (requests|callers|threads|goroutines)|"
        r"\b(every|all|concurrent) requests? (share|see)|\bglobal state\b", re.IGNORECASE),
        frozenset({"shared_mutable_state", "race_condition", "mutable_default"})),
    Claim("injection", re.compile(r"\b(sql|command|shell|code) injection\b", re.IGNORECASE),
          frozenset({"sql_injection", "command_injection", "code_injection"})),
)
"""Clauses whose truth a finding must vouch for."""


def unsupported_claims(text: str, identifier: str, findings: list[Finding]) -> list[str]:
    """The claims in a question about ``identifier`` that no finding about it supports."""
    kinds = {f.kind for f in findings if f.identifier == identifier or
             f.facts.function == identifier}
    return [claim.name for claim in CLAIMS
            if claim.pattern.search(text) and not kinds & claim.supported_by]
