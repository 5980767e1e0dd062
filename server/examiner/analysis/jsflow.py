"""Where a JavaScript or TypeScript value comes from, followed through a file's own functions
(``rules/javascript.yaml`` names these checks in ``filter``): a URL fetched by a helper that a
request's handler calls with the client's URL.

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import JS_FUNCTIONS, field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["JS_FLOW_FILTERS"]

_NAME: Final = re.compile(r"^[A-Za-z_$][\w$]*$")
_CLIENT_URL: Final = re.compile(
    r"^(req|request|body|payload|input|dto|event|msg|message|job|params|query|command|cmd)"
    r"(\.[\w$]+)*\.(?i:[\w$]*(url|uri|href|link|webhook|callback|endpoint|target|feed|src|"
    r"source|image|avatar)[\w$]*)$")
"""A URL a client sent: a field named for a URL on the request, its body, a message or a
command object handed to the service (`req.body.webhookUrl`, `input.callbackUrl`, `req.url` of a
request object the service defines)."""
_CLIENT_OBJECT: Final = re.compile(
    r"^(req|request|body|payload|input|dto|event|msg|message|job|params|query|command|cmd)"
    r"(\.[\w$]+)*$")
_CHECKED: Final = re.compile(
    r"\.host(name)?\b|(?i:allow|whitelist|trusted|private|internal|isIP|lookup\(|blocked|"
    r"deny|forbidden|loopback|localhost|127\.0\.0\.1|169\.254)")
"""A host compared with an allow-list, or private and internal addresses refused."""
_WRAPPERS: Final = re.compile(r"^(new\s+URL|String|encodeURI|decodeURIComponent)$")


def _function_of(node: SgNode) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in JS_FUNCTIONS), None)


def _name_of(function: SgNode) -> str:
    """A function's name: its own, a method's, or the variable an arrow is assigned to."""
    name = field_text(function, "name")
    if name:
        return name
    parent = function.parent()
    if parent is not None and parent.kind() == "variable_declarator":
        return field_text(parent, "name")
    return ""


def _parameters(function: SgNode) -> list[str]:
    params = function.field("parameters") or function.field("parameter")
    if params is None:
        return []
    if params.kind() == "identifier":
        return [params.text()]
    out = []
    for p in params.children():
        if not p.is_named():
            continue
        match = re.match(r"^[\s(]*([A-Za-z_$][\w$]*)", p.text())
        out.append(match.group(1) if match else "")
    return out


def _arguments(call: SgNode) -> list[SgNode]:
    args = call.field("arguments")
    return [] if args is None else [c for c in args.children() if c.is_named()]


def _calls_to(root: SgNode, name: str) -> list[SgNode]:
    """Calls of a function of the file by its name (`download(u)`, `this.download(u)`)."""
    return [c for c in root.find_all(kind="call_expression")
            if field_text(c, "function") in (name, f"this.{name}")]


def _declared(function: SgNode, name: str) -> list[tuple[SgNode, SgNode]]:
    """The declarators of `name` in the function (`const x = ...`, `const { x } = ...`) with
    their values."""
    out = []
    for d in function.find_all(kind="variable_declarator"):
        value, target = d.field("value"), d.field("name")
        owner = _function_of(d)
        if value is None or target is None or owner is None or \
                owner.range().start.index != function.range().start.index:
            continue
        if target.text() == name or (target.kind() == "object_pattern" and
                                     name in re.findall(r"[A-Za-z_$][\w$]*", target.text())):
            out.append((target, value))
    return out


def _from_client(root: SgNode, value: SgNode, function: SgNode | None, depth: int,
                 chain: list[SgNode]) -> bool:
    """The value is a URL a client sent, directly or through the file's own functions; the
    functions it passes through are added to `chain`."""
    if depth <= 0 or function is None:
        return False
    text = value.text().strip()
    if value.kind() in ("parenthesized_expression", "await_expression", "as_expression",
                        "non_null_expression"):
        inner = [c for c in value.children() if c.is_named()]
        return bool(inner) and _from_client(root, inner[0], function, depth - 1, chain)
    if _CLIENT_URL.match(text):
        return True
    if value.kind() in ("call_expression", "new_expression"):
        callee = field_text(value, "function") or field_text(value, "constructor")
        args = _arguments(value)
        if not args:
            return False
        if _WRAPPERS.match(callee.strip()) or (value.kind() == "new_expression" and callee == "URL"):
            return _from_client(root, args[0], function, depth - 1, chain)
        helper = next((f for f in root.find_all(any=[{"kind": "function_declaration"},
                                                      {"kind": "method_definition"}])
                       if field_text(f, "name") == callee.removeprefix("this.")), None)
        if helper is not None and _from_client(root, args[0], function, depth - 1, chain):
            chain.append(helper)  # a helper of the file handed the URL (`normalise(req.url)`)
            return True
        return False
    if value.kind() != "identifier" or not _NAME.match(text):
        return False
    for target, declared in _declared(function, text):
        if target.kind() == "object_pattern":  # `const { url } = req.body`
            if _CLIENT_OBJECT.match(declared.text().strip()) and _CLIENT_URL.match(
                    f"{declared.text().strip()}.{text}"):
                return True
            continue
        if _from_client(root, declared, function, depth - 1, chain):
            return True
    params = _parameters(function)
    if text in params:  # the caller's value: follow the file's calls of this function
        index, name = params.index(text), _name_of(function)
        for call in _calls_to(root, name) if name else []:
            args = _arguments(call)
            caller = _function_of(call)
            if index < len(args) and caller is not None and \
                    _from_client(root, args[index], caller, depth - 1, chain):
                chain.append(caller)
                return True
    return False


def client_url_fetched(root: SgNode, node: SgNode, subject: str) -> str | None:
    """CWE-918 (OWASP SSRF prevention): the URL a server-side call fetches is one a client sent,
    reached through the file's own functions (`preview(req)` normalises `req.url` and hands it
    to `download`, which fetches it), and no function on the way compares its host with an
    allow-list or refuses private and internal addresses."""
    function = _function_of(node)
    args = _arguments(node)
    if function is None or not args:
        return None
    chain: list[SgNode] = [function]
    if not _from_client(root, args[0], function, 6, chain):
        return None
    if any(_CHECKED.search(f.text()) for f in chain):
        return None
    return subject


JS_FLOW_FILTERS: Final = {
    "client-url-fetched": client_url_fetched,
}
