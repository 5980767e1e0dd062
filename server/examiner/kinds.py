"""Finding kinds, ranked by importance, and the skill each is reported under."""

from __future__ import annotations

from typing import Final

KINDS: Final = (
    # 1. correctness and security
    "sql_injection", "command_injection", "code_injection", "unsafe_deserialization",
    "path_traversal", "hardcoded_secret", "insecure_random", "xss", "mutable_default",
    "shared_mutable_state", "race_condition", "late_binding", "equality_bug",
    # 2. error handling
    "swallowed_exception", "unhandled_error",
    # 3. resources
    "resource_leak",
    # 4. concurrency
    "blocking_in_async",
    # 5. complexity and design
    "complexity", "recursion", "design", "function",
)
"""Every finding kind a question can be about, most important first."""

RANK: Final[dict[str, int]] = {kind: n for n, kind in enumerate(KINDS)}

SKILL_OF: Final[dict[str, str]] = {
    "sql_injection": "security", "command_injection": "security", "code_injection": "security",
    "unsafe_deserialization": "security", "path_traversal": "security",
    "hardcoded_secret": "security", "insecure_random": "security", "xss": "security",
    "mutable_default": "mutation", "shared_mutable_state": "mutation",
    "race_condition": "concurrency", "late_binding": "mutation", "equality_bug": "edge_cases",
    "swallowed_exception": "error_handling", "unhandled_error": "error_handling",
    "resource_leak": "resources", "blocking_in_async": "concurrency",
    "complexity": "complexity", "recursion": "recursion", "design": "api_design",
    "function": "edge_cases",
}
"""The report groups questions by skill; each kind belongs to one."""


def rank(kind: str) -> int:
    """Position of a kind in the importance order (unknown kinds come last)."""
    return RANK.get(kind, len(KINDS))
