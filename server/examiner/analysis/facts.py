"""Rule matches turned into findings' raw material, and Python candidates re-checked."""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Final

from .finding_facts import Facts, RuleFacts, SharedFacts
from .premises import (
    call_default_mutable,
    class_attribute_mutated,
    default_kept,
    handler_uses_error,
    has_base_case,
    resource_escapes,
    runs_literal_text,
    secret_context,
)
from .pyvalues import QUESTIONS as VALUE_QUESTIONS
from .risk import Risk
from .rules import run_rules
from .sqlsafe import py_sql_from_constants
from .units import owner

if TYPE_CHECKING:
    from .units import Unit

__all__ = ["rule_risks", "verify_python"]


def _spans(units: list[Unit], changed: set[int]) -> list[tuple[int, int]]:
    """The changed functions' lines, and each changed line on its own (module-level code)."""
    spans = [(u.line, u.end) for u in units if u.kind == "function"]
    return spans + [(n, n) for n in changed]


_SHARED_KINDS: Final = frozenset({"shared_mutable_state", "race_condition"})
_DECLARED: Final = re.compile(r"([A-Za-z_$][\w$]*)\s*(=|;|$)")


def _first_use(source: str, line: int, units: list[Unit]) -> tuple[int, str] | None:
    """For a field declared outside any function on `line`: the first line of a function that
    uses it, and that function's name (where the sharing happens), or None."""
    if any(u.kind == "function" and u.line <= line <= u.end for u in units):
        return None
    lines = source.splitlines()
    declared = _DECLARED.search(lines[line - 1]) if 0 < line <= len(lines) else None
    if declared is None or "(" in lines[line - 1][:declared.start()]:
        return None  # a call's argument (`pool.query('... SET points = $1')`), no declaration
    use = re.compile(rf"(?<![\w$.])(this\.)?{re.escape(declared.group(1))}\b")
    for unit in sorted((u for u in units if u.kind == "function"), key=lambda u: u.line):
        for n in range(unit.line, min(unit.end, len(lines)) + 1):
            if n != line and use.search(lines[n - 1]):
                return n, unit.name
    return None


def _function_at(units: list[Unit], line: int) -> int:
    """The first line of the innermost function unit holding the line (0: none)."""
    unit = owner(units, line)
    return unit.line if unit is not None else 0


def rule_risks(source: str, language: str, units: list[Unit], changed: set[int]) -> list[Risk]:
    """The language's rules over the changed code, as risks carrying the rule's own words.

    A shared field is asked about where a function uses it (its line and name), not where it
    is declared, which belongs to no function. A ``general`` rule's hit gives way to a narrower
    rule's hit of the same kind in the same function."""
    out: list[Risk] = []
    hits = run_rules(source, language, _spans(units, changed))
    narrow = {(hit.rule.kind.code, _function_at(units, hit.line)) for hit in hits
              if not hit.rule.general}
    for hit in hits:
        rule = hit.rule
        if rule.general and (rule.kind.code, _function_at(units, hit.line)) in narrow:
            continue
        facts = Facts(rule=RuleFacts(rule.id, rule.severity, hit.subject, hit.question))
        line, identifier = hit.line, ""
        used = _first_use(source, hit.line, units) if rule.kind.code in _SHARED_KINDS else None
        if used is not None:
            line, identifier = used
        out.append(Risk(rule.kind.code, line, identifier, hit.detail, facts))
    return out


def _functions(tree: ast.AST) -> dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]:
    found: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found.setdefault(node.name, []).append(node)
    return found


_BROAD_CATCHES: Final = frozenset({"E722", "BLE001"})
"""ruff's bare and blind `except`: reported whatever the handler does with the error."""
_RUNS_TEXT: Final = frozenset({"S102", "S307", "S602", "S604", "S605"})
"""ruff's exec/eval and shell calls: reported whatever text they run."""

_SAFE_LOADERS: Final = frozenset({"SafeLoader", "CSafeLoader", "BaseLoader", "CBaseLoader"})


def _safe_yaml_loader(tree: ast.AST, line: int) -> bool:
    """`yaml.load(..., Loader=X)` on the line, X a class this module derives from a safe
    loader (`class Strict(yaml.SafeLoader)`)."""
    safe = {c.name for c in ast.walk(tree) if isinstance(c, ast.ClassDef) and any(
        (b.attr if isinstance(b, ast.Attribute) else getattr(b, "id", "")) in _SAFE_LOADERS
        for b in c.bases)}
    return any(isinstance(n, ast.Call) and getattr(n, "lineno", 0) == line and any(
        k.arg == "Loader" and isinstance(k.value, ast.Name) and k.value.id in safe
        for k in n.keywords) for n in ast.walk(tree))


_ENV_NAME: Final = re.compile(r"[A-Z][A-Z0-9]*(_[A-Z0-9]+)+")
"""The name of an environment variable (`VIVA_TOKEN`), where a secret is read from."""
_FIELD_NAME: Final = re.compile(r"[a-z]+(_[a-z]+)+")
_SECRET_WORD: Final = re.compile(r"passw|token|secret|api_?key|credential")
"""A field's name in snake case that names a secret (`"refresh_token"`, `"client_secret"`): the
key a credential is stored under, not the credential (oauthlib's `refresh_token_key`)."""


def _credential_like(tree: ast.AST, line: int) -> bool:
    """A string literal on the line could be a credential: it has at least three letters or
    digits and is neither a sentence, an environment variable's name nor a field's name
    (`"admin"`, `"s3cr3t"`; not `"..."`, `"give --token or set VIVA_TOKEN"`, `"VIVA_TOKEN"` or
    `"refresh_token"`)."""
    texts = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant)
             and isinstance(n.value, str) and getattr(n, "lineno", 0) <= line
             <= (getattr(n, "end_lineno", 0) or 0)]
    return not texts or any(sum(c.isalnum() for c in t) >= 3 and len(t.split()) < 3
                            and not _ENV_NAME.fullmatch(t) and not _alphabet(t)
                            and not (_FIELD_NAME.fullmatch(t) and _SECRET_WORD.search(t))
                            for t in texts)


def _alphabet(text: str) -> bool:
    """The characters a token is drawn from: long, and no character twice."""
    return len(text) >= 16 and len(set(text)) == len(text)


def verify_python(risks: list[Risk], tree: ast.AST) -> list[Risk]:
    """Drop or sharpen Python candidates whose question would state something false.

    A resource that escapes (returned, yielded, stored on an object, in ``with``, closed in
    ``finally``) is not a leak; a recursive function with no branch at all has no base case.
    """
    functions = _functions(tree)
    out: list[Risk] = []
    for found in risks:
        risk = found
        # (a rule of python.yaml checks its own premise: `resource_escapes` knows openers only)
        if risk.kind == "resource_leak" and not risk.facts.rule_id.startswith("py-") and \
                resource_escapes(tree, risk.line):
            continue
        if risk.kind == "sql_injection" and py_sql_from_constants(tree, risk.line):
            continue  # placeholders joined with allow-listed names: the values are parameters
        if risk.kind == "unsafe_deserialization" and _safe_yaml_loader(tree, risk.line):
            continue  # ruff's S506 on `Loader=Strict`, a SafeLoader of this module's own
        if risk.kind == "mutable_default" and not default_kept(tree, risk.line):
            continue  # a sentinel or a fallback only read: one shared object, harmlessly
        if risk.facts.rule_id == "B008" and not call_default_mutable(tree, risk.line):
            continue  # a call made once for a string, a tuple or a chosen shared object
        if risk.facts.rule_id in _BROAD_CATCHES and handler_uses_error(tree, risk.line):
            continue  # the handler raises, passes the error on or reports the one in flight
        if risk.facts.rule_id in _RUNS_TEXT and runs_literal_text(tree, risk.line):
            continue  # the code or command is fixed text: nobody outside can inject into it
        if risk.kind == "hardcoded_secret" and not _credential_like(tree, risk.line):
            continue  # ruff's S105 on `token != "..."`: punctuation is no credential
        if risk.kind == "insecure_random" and not secret_context(tree, risk.line):
            continue  # `random` for a shuffle or a dice roll is not a secret
        if risk.facts.rule_id == "RUF012":
            name = class_attribute_mutated(tree, risk.line)
            if not name:
                continue  # a mutable class attribute nothing changes is shared, not a hazard
            # shared by every instance first of all, threads or none: a correctness question
            risk = Risk("mutable_default", risk.line, risk.identifier,
                        f"the class attribute `{name}` is one object shared by every instance, "
                        "and the code changes it", replace(risk.facts, shared=SharedFacts(name),
                                                          rule=RuleFacts(
                                                              "py-class-attribute-shared",
                                                              "error", name,
                                                              VALUE_QUESTIONS[
                                                                  "py-class-attribute-shared"])))
        out.append(risk)
        if risk.kind == "recursion":
            defs = [f for f in functions.get(risk.identifier, ())
                    if f.lineno <= risk.line <= (f.end_lineno or f.lineno)]
            if defs and not has_base_case(defs[-1]):
                out.append(Risk("missing_base_case", risk.line, risk.identifier,
                                f"`{risk.identifier}` calls itself on every path, with no case "
                                "that stops", risk.facts))
    return out
