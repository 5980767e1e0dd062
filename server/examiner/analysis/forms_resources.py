"""Checks for the forms-resources round (``rules/*.yaml`` name them in ``filter``): premises a
tree pattern cannot see about resources held, and about what is *not* a hazard:

- a Map filled after a miss across an `await` whose awaited work only reads (a memo of a
  lookup: `const hit = m.get(k); if (hit !== undefined) return hit; ... m.set(k, v)`): two
  concurrent misses compute the same entry twice, which costs a duplicate read but loses
  nothing, the same call the Go rules make for a cache filled after a miss. Work with an
  effect in between (a charge, a create, a send) keeps the race;
- an async function or method whose whole body is one `try` whose `catch` does not throw
  again cannot reject: calling it without `await` loses no error (the fire-and-forget
  refresh that reports its own failures).

Each filter returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .docchecks import check_then_act_across_await
from .trees import JS_FUNCTIONS, field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["FORMS_RESOURCES_FILTERS", "callee_never_rejects"]

_EFFECT: Final = re.compile(
    r"(?i)^(charge|pay|refund|credit|debit|withdraw|deposit|transfer|send|mail|email|notify|"
    r"publish|emit|dispatch|enqueue|push|post|put|patch|create|insert|add|save|store|write|"
    r"update|upsert|delete|remove|destroy|book|reserve|claim|lock|acquire|allocate|issue|grant|"
    r"sign|order|purchase|buy|submit|register|login|logout|start|run|exec|execute|spawn|launch|"
    r"deploy|provision|process|apply|commit|schedule|upload|import|sync|increment|incr|"
    r"decrement|decr|consume|redeem|approve|cancel|close|open|connect)")
"""Verbs of awaited calls that change something outside the function: doing one twice is the
harm a check-then-act race causes (a second charge, a second record)."""
_AWAITED_CALL: Final = re.compile(r"(?<![\w$.])await\s+(?:new\s+)?([\w$.]+)\s*\(")


def _owner(node: SgNode) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)


def _verb(callee: str) -> str:
    """The first word of a call's last name (`this.api.createOrder` -> `create`)."""
    name = callee.rsplit(".", 1)[-1]
    return re.match(r"[a-z]+|[A-Z][a-z]*|[\w$]+", name).group(0)  # type: ignore[union-attr]


def _returns_entry(owner: SgNode, store: str) -> bool:
    """The function hands back the stored entry: `return S.get(k)`, `return S[k]`, or a local
    it took with `S.get(k)` (the memo's hit path)."""
    text = owner.text()
    name = re.escape(store)
    if re.search(rf"\breturn\s+(?<![\w$.]){name}\s*(\.\s*get\(|\[)", text):
        return True
    for declarator in owner.find_all(kind="variable_declarator"):
        if re.fullmatch(rf"{name}\s*\.\s*get\([^()]*\)", field_text(declarator, "value")):
            local = re.escape(field_text(declarator, "name"))
            if re.search(rf"\breturn\s+{local}\s*(;|\}}|$)", text, re.MULTILINE):
                return True
    return False


def check_then_act_unless_read_memo(root: SgNode, node: SgNode, subject: str) -> str | None:
    """js-check-then-act-across-await, except for a memo of a read: the function returns the
    entry on a hit, and every call it awaits is a read (no verb of ``_EFFECT``)."""
    found = check_then_act_across_await(root, node, subject)
    owner = _owner(node)
    if found is None or owner is None or not _returns_entry(owner, subject):
        return found
    awaited = [_verb(m.group(1)) for m in _AWAITED_CALL.finditer(owner.text())]
    if any(_EFFECT.match(verb) for verb in awaited):
        return found
    return None


def callee_never_rejects(root: SgNode, node: SgNode, subject: str) -> bool:
    """The called function (a bare name's declaration, or `this.m`'s method) is declared in the
    file, and every declaration's body is one `try` statement with a `catch` that throws
    nothing and no `finally`: no error can leave it, so a call without `await` loses none."""
    del node
    name = subject.rsplit(".", 1)[-1]
    on_this = subject == f"this.{name}"
    if "." in subject and not on_this:
        return False
    kinds = ("method_definition",) if on_this else ("function_declaration",)
    defined = [n for kind in kinds for n in root.find_all(kind=kind)
               if field_text(n, "name") == name]
    if not defined:
        return False
    for definition in defined:
        body = definition.field("body")
        statements = [c for c in body.children() if c.is_named() and c.kind() != "comment"] \
            if body is not None else []
        if len(statements) != 1 or statements[0].kind() != "try_statement":
            return False
        handler = statements[0].field("handler")
        if handler is None or statements[0].field("finalizer") is not None or \
                re.search(r"(?<![\w$.])throw\b", handler.text()) or \
                re.search(r"\breject\s*\(", handler.text()):
            return False
    return True


FORMS_RESOURCES_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "check-then-act-unless-read-memo": check_then_act_unless_read_memo,
}
"""The filters of this module by the name a rule gives in ``filter``."""
