"""Checks for the forms-security round (``rules/*.yaml`` name them in ``filter``): documented
security hazards read in the shapes real code gives them.

- a credential the caller presents (a parameter named as a key, token or password, or a local
  made from one) compared with ordinary equality, in a function that does not compare it in
  constant time (CWE-208; the `subtle` and `constant_time_eq` crates' documentation: `==` on
  byte strings stops at the first byte that differs).

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .trees import params

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["FORMS_SECURITY_FILTERS"]

_SECRET_NAME: Final = re.compile(r"(?i)(token|secret|passw|pwd|api_?key|credential|presented|"
                                 r"[a-z]_key$|^key_)")
"""A parameter that carries a credential: `token`, `api_key`, `presented_key`, not a bare `key`
(a map's key) nor a key of a kind that is no secret (below)."""
_NOT_SECRET: Final = re.compile(r"(?i)(cache|map|sort|lookup|hash|row|primary|foreign|group|"
                                r"partition|shard|idempot|public|pub|dedup|order|index|field|"
                                r"column|setting|config)_?key|(token|key)_?(kind|type|name|id|len|count)")
_CONSTANT_TIME: Final = re.compile(r"ct_eq|constant_time|ConstantTimeEq|verify_slice|"
                                   r"verify_truncated|\.ct_|subtle::")
_NOT_A_SECRET_SIDE: Final = re.compile(r"^(\"|b\"|'|None\b|Some\(\"|\d)|\.len\(\)|is_empty\(\)")


def _rust_words(text: str) -> set[str]:
    return set(re.findall(r"[A-Za-z_]\w*", text))


def _rust_secret_compared(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The comparison tests a credential the caller passed in (or a local made from it) for
    equality with another value, and its function compares nothing in constant time."""
    del root, subject
    function = next((a for a in node.ancestors() if a.kind() == "function_item"), None)
    if function is None or _CONSTANT_TIME.search(function.text()):
        return None
    secrets = {p for p in params(function, "rust")
               if _SECRET_NAME.search(p) and not _NOT_SECRET.search(p)}
    if not secrets:
        return None
    for let in function.find_all(kind="let_declaration"):
        pattern, value = let.field("pattern"), let.field("value")
        if pattern is not None and value is not None and pattern.kind() == "identifier" and \
                _rust_words(value.text()) & secrets:
            secrets.add(pattern.text())
    sides = [c for c in node.children() if c.is_named()]
    if len(sides) != 2 or any(_NOT_A_SECRET_SIDE.search(s.text().strip()) for s in sides):
        return None
    named = [_rust_words(s.text()) & secrets for s in sides]
    if bool(named[0]) == bool(named[1]):
        return None
    return sorted(named[0] or named[1])[0]


FORMS_SECURITY_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "rust-secret-compared-plainly": _rust_secret_compared,
}
