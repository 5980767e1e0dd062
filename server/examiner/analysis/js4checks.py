"""Checks for the fourth round of JavaScript and TypeScript rules from documentation
(``rules/javascript.yaml`` names them in ``filter``): listeners added per item to an object
that outlives the call, and layout read back after a write in the same loop iteration.

Each returns the verified subject of the finding, or None to drop it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import JS_FUNCTIONS, field_text, function_name, js_declares

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["JS4_FILTERS"]

_RELEASE: Final = r"\s*\.\s*(off|removeListener|removeEventListener|removeAllListeners)\s*\("
_SET_UP_ONCE: Final = re.compile(
    r"(?i)^(constructor|init\w*|_?initiali[sz]e\w*|setup\w*|set_?up\w*|install\w*|bootstrap|"
    r"main|start\w*|listen|run|register\w*|configure|bind\w*|connectedCallback|"
    r"componentDidMount|mounted|onMount|ngOnInit|ngAfterViewInit|created|boot|enable\w*|"
    r"(on|handle)?_?(connection|connect|request|upgrade))$")
"""Functions that run once per program, object or connection (the last are
js-listener-added-per-connection's), not once per item."""
_PER_ITEM_CALLBACKS: Final = re.compile(r"\.(forEach|map|flatMap|each)$")
_LOOPS: Final = ("for_statement", "for_in_statement", "while_statement", "do_statement")
_WORD: Final = re.compile(r"[A-Za-z_$][\w$]*")


def _parameters(function: SgNode) -> set[str]:
    given = function.field("parameters") or function.field("parameter")
    if given is None:
        return set()
    names = set(_WORD.findall(re.sub(r":[^,)=]*", "", given.text())))
    return names - {"this", "void", "string", "number", "boolean", "any", "unknown"}


def _listener(node: SgNode) -> SgNode | None:
    """The function the call registers (its second argument)."""
    arguments = node.field("arguments")
    named = [c for c in arguments.children() if c.is_named()] if arguments is not None else []
    return named[1] if len(named) > 1 else None


def _local_function(function: SgNode, name: str) -> SgNode | None:
    """A function the enclosing function makes under `name` (`const onScroll = () => ...`)."""
    body = function.field("body")
    if body is None:
        return None
    for declarator in body.find_all(kind="variable_declarator"):
        value = declarator.field("value")
        if field_text(declarator, "name") == name and value is not None and \
                value.kind() in JS_FUNCTIONS:
            return value
    for declared in body.find_all(kind="function_declaration"):
        if field_text(declared, "name") == name:
            return declared
    return None


def _per_item(function: SgNode, node: SgNode) -> bool:
    """The call runs once per item: in a loop of the function, or in a callback of
    `forEach`/`map`."""
    for ancestor in node.ancestors():
        if ancestor == function:
            break
        if ancestor.kind() in _LOOPS:
            return True
    holder = function.parent()
    call = holder.parent() if holder is not None and holder.kind() == "arguments" else None
    return call is not None and call.kind() == "call_expression" and \
        _PER_ITEM_CALLBACKS.search(field_text(call, "function")) is not None


def _invoked_at_once(function: SgNode) -> bool:
    """A function called where it is written (`(function (scope) { ... })(window)`): it runs
    once."""
    holder = function.parent()
    while holder is not None and holder.kind() == "parenthesized_expression":
        holder = holder.parent()
    callee = holder.field("function") if holder is not None and \
        holder.kind() == "call_expression" else None
    return callee is not None and \
        function.range().start.index >= callee.range().start.index and \
        function.range().end.index <= callee.range().end.index


def _listener_kept_per_item(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A listener added to an object that outlives the call (`window`, `document`, `process`,
    a field of `this`) by a function that runs once per item: the call sits in a loop or a
    `forEach` callback, or the listener closes over the function's parameters (each call, for
    each row or widget, adds another). Escapes: a removal on the same object anywhere in the
    file, an AbortSignal, a function that sets things up once (``_SET_UP_ONCE``), a named
    listener that is not the function's own (the DOM adds the same function once), a field
    the function itself sets to a new object."""
    arguments = node.field("arguments")
    if arguments is not None and re.search(r"\bsignal\b", arguments.text()):
        return None
    # (forms-resources) MDN, addEventListener's `once` option: "the listener would be
    # automatically removed when invoked"
    if arguments is not None and re.search(r"\bonce\s*:\s*true\b", arguments.text()):
        return None
    last = subject.rsplit(".", 1)[-1]
    if re.search(rf"(?<![\w$]){re.escape(last)}{_RELEASE}", root.text()):
        return None
    functions = [a for a in node.ancestors() if a.kind() in JS_FUNCTIONS]
    if not functions or _SET_UP_ONCE.match(function_name(functions[0])) or \
            _invoked_at_once(functions[0]):
        return None
    function = functions[0]
    if "." not in subject and any(js_declares(f, subject) for f in functions):
        return None  # a parameter or local named `document`, not the page's
    body = function.field("body")
    if subject.startswith("this.") and body is not None and re.search(
            rf"{re.escape(subject)}\s*=\s*(new\b|document\.createElement\b|\[|\{{)", body.text()):
        return None  # a fresh object the function made: its listeners go with it
    listener = _listener(node)
    named = [c for c in arguments.children() if c.is_named()] if arguments is not None else []
    if listener is None or (named[0].kind() == "identifier" and
                            named[0].text() in _parameters(function)):
        return None  # a wrapper adding what its caller asks for (`on(event, fn)`)
    if listener.kind() == "identifier":
        listener = _local_function(function, listener.text())
        if listener is None:
            return None
    if _per_item(function, node):
        first = next((c for c in arguments.children() if c.is_named()), None) \
            if arguments is not None else None
        # one listener per event name (`for (const n of EVENTS) document.addEventListener(n, f)`)
        return subject if first is not None and first.kind() in ("string", "template_string") \
            else None
    used = set(_WORD.findall(listener.text())) - _parameters(listener)
    return subject if used & _parameters(function) else None


_DOM_WRITE_TARGET: Final = re.compile(
    r"(\.style(\.[\w$]+|\[[^\]]+\])|\.(className|textContent|innerHTML|innerText|outerHTML|"
    r"scrollTop|scrollLeft))$")
"""What an assignment changes that the next layout must take into account."""
_DOM_WRITE_CALL: Final = re.compile(
    r"\.(classList\.(add|remove|toggle|replace)|style\.(setProperty|removeProperty)|appendChild|"
    r"insertBefore|removeChild|replaceChildren|insertAdjacentHTML|insertAdjacentElement)$")


def _iteration(node: SgNode) -> SgNode | None:
    """The body that runs once per pass around the node: a loop's body, or a `forEach`/`map`
    callback's; None when a function that is not such a callback comes first."""
    child = node
    for ancestor in node.ancestors():
        if ancestor.kind() in _LOOPS:
            body = ancestor.field("body")
            return body if body is not None and body == child else None
        if ancestor.kind() in JS_FUNCTIONS:
            holder = ancestor.parent()
            call = holder.parent() if holder is not None and holder.kind() == "arguments" else None
            if call is not None and call.kind() == "call_expression" and \
                    _PER_ITEM_CALLBACKS.search(field_text(call, "function")):
                return ancestor.field("body")
            return None
        child = ancestor
    return None


def _own(node: SgNode, body: SgNode) -> bool:
    """The node runs with the body itself, not in a function made inside it."""
    for ancestor in node.ancestors():
        if ancestor == body:
            return True
        if ancestor.kind() in JS_FUNCTIONS:
            return False
    return False


_FRESH: Final = re.compile(r"^(document\.createElement(NS)?\(|[\w$.]+\.cloneNode\(|new Image\()")
"""An element made in the pass: until it is attached (`appendChild`, itself a write) its
styles and text change no layout."""


def _dom_writes(body: SgNode) -> list[SgNode]:
    fresh = {field_text(d, "name") for d in body.find_all(kind="variable_declarator")
             if _FRESH.match(field_text(d, "value"))}
    writes = [a for kind in ("assignment_expression", "augmented_assignment_expression")
              for a in body.find_all(kind=kind)
              if _DOM_WRITE_TARGET.search(field_text(a, "left"))]
    writes += [c for c in body.find_all(kind="call_expression")
               if _DOM_WRITE_CALL.search(field_text(c, "function"))]
    return [w for w in writes if _own(w, body) and
            _root_name(field_text(w, "left") or field_text(w, "function")) not in fresh]


def _root_name(path: str) -> str:
    """`li.style.color` -> 'li'."""
    found = _WORD.match(path)
    return found.group() if found is not None else ""


def _layout_read_after_write(root: SgNode, node: SgNode, subject: str) -> str | None:
    """A layout value read in a loop's pass (or a `forEach` callback) after the same pass
    changed a style, a class, the text or the children of an element: the read makes the
    browser lay the page out again, once per pass. A read before every write of the pass, or
    outside the loop, is left alone."""
    del root
    body = _iteration(node)
    if body is None:
        return None
    start = node.range().start.index
    if any(w.range().end.index <= start for w in _dom_writes(body)):
        return subject
    return None


JS4_FILTERS: Final = {
    "layout-read-after-write": _layout_read_after_write,
    "listener-kept-per-item": _listener_kept_per_item,
}
