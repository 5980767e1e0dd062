"""Checks for the forms-security round (``rules/*.yaml`` name them in ``filter``): documented
security hazards read in the shapes real code gives them.

- a credential the caller presents (a parameter named as a key, token or password, or a local
  made from one) compared with ordinary equality, in a function that does not compare it in
  constant time (CWE-208; the `subtle` and `constant_time_eq` crates' documentation: `==` on
  byte strings stops at the first byte that differs);
- markup written into the page (`el.innerHTML = head + list`) whose parts are locals of the
  function built only from literals, escaped values, counts and numbers, and lists mapped
  through a function of the file that escapes what it returns (OWASP XSS Prevention Cheat
  Sheet, rule 1: escape before inserting into HTML element content): no value reaches the
  page unescaped, so there is no XSS to ask about;
- C: a text that is not a literal passed as the format of the file's own printf-like function
  (a `(..., const char *fmt, ...)` function that hands `fmt` to `vfprintf`/`vsnprintf`/
  `vsyslog`), with nothing after it (CWE-134, CERT FIO30-C; gcc's `format` attribute exists so
  that -Wformat-security can check such wrappers);
- JavaScript: the pattern of `new RegExp(...)` built from string literals and constants of the
  file joined with `+` or a template (`new RegExp("^(" + PART + ")+$")`), read so that the ReDoS
  check (``redos.py``) sees the pattern the program runs (CWE-1333);
- Python web handlers: an object looked up by the id in the route (`<int:doc_id>`) alone, in a
  handler that never names the signed-in user, in a file that scopes other lookups to the
  owner (`get_for_user(id, g.user_id)`, `.filter_by(id=..., owner_id=current_user.id)`): the
  file knows objects belong to someone, and this route forgets to ask (CWE-639, OWASP A01);
- Rust: a value logged with `{:?}` whose type derives `Debug` and has a field named as a
  password, secret or token of a type that prints itself (a `String`, bytes): the derived
  `Debug` prints every field, the secret in clear (CWE-532; the std::fmt::Debug docs: derived
  Debug "prints the struct's name and each field");
- C and C++: a pointer handed to a function of the file that frees or deletes its parameter
  on every path (`release(node)`), then read in a later statement (CWE-416, CERT MEM30-C).

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .cchecks import c_format_not_from_literals
from .trees import function_name, params

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["FORMS_SECURITY_FILTERS", "js_regexp_source"]

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
    return min(named[0] or named[1])


_ESCAPER: Final = re.compile(r"(?i)(escape|saniti[sz]e|purify|encodeHtml|htmlEncode)\w*$")
_JS_FUNCTIONS: Final = ("function_declaration", "arrow_function", "function_expression",
                        "method_definition")
_JS_STRINGS: Final = ("string", "number", "true", "false", "null", "undefined")


def _js_function_named(root: SgNode, name: str) -> SgNode | None:
    for fn in root.find_all(kind="function_declaration"):
        ident = fn.field("name")
        if ident is not None and ident.text() == name:
            return fn
    for decl in root.find_all(kind="variable_declarator"):
        ident, value = decl.field("name"), decl.field("value")
        if ident is not None and ident.text() == name and value is not None and \
                value.kind() in ("arrow_function", "function_expression"):
            return value
    return None


def _js_numeric_fields(root: SgNode) -> set[str]:
    """Properties the file declares as numbers (`room: number` in an interface or type)."""
    return set(re.findall(r"(\w+)\??\s*:\s*(?:number|bigint|boolean)\b\s*[;,}\n]", root.text()))


def _js_escapes_by_body(helper: SgNode) -> bool:
    """A function of the file that escapes markup, whatever its name (`esc`, `h`, `clean`):
    its body replaces `&` and `<` with their entities (the OWASP XSS cheat sheet's rule for
    HTML body content), and it is short (an escaper, not a renderer that escapes one field)."""
    text = helper.text()
    return "&amp;" in text and "&lt;" in text and text.count("\n") <= 12 and \
        not re.search(r"['\"`][^'\"`\n]*<[a-zA-Z]", text)  # no tag of its own


def _js_markup_safe(root: SgNode, node: SgNode, scope: SgNode, seen: set[str], depth: int = 0) -> bool:
    """The expression puts nothing unescaped into markup: literals, numbers, counts, escaped
    values, a local built only from these, a list mapped through an escaping function."""
    if depth > 16:
        return False
    kind = node.kind()

    def recurse(n: SgNode) -> bool:
        return _js_markup_safe(root, n, scope, seen, depth + 1)

    if kind in _JS_STRINGS:
        return True
    if kind == "parenthesized_expression":
        return all(recurse(c) for c in node.children() if c.is_named())
    if kind == "template_string":
        return all(recurse(sub) for sub in node.children() if sub.kind() == "template_substitution")
    if kind == "template_substitution":
        inner = [c for c in node.children() if c.is_named()]
        return len(inner) == 1 and recurse(inner[0])
    if kind == "binary_expression":
        op = node.field("operator")
        named = [c for c in node.children() if c.is_named()]
        if op is not None and op.text() in ("===", "!==", "==", "!=", "<", ">", "<=", ">=",
                                            "-", "*", "/", "%"):
            return True  # a comparison or arithmetic gives a boolean or a number
        return all(recurse(c) for c in named)
    if kind == "ternary_expression":
        branches = [node.field("consequence"), node.field("alternative")]
        return all(recurse(b) for b in branches if b is not None)
    if kind == "member_expression":
        prop = node.field("property")
        name = prop.text() if prop is not None else ""
        return name in ("length", "size") or name in _js_numeric_fields(root)
    if kind == "call_expression":
        function = node.field("function")
        callee = function.text() if function is not None else ""
        if _ESCAPER.search(callee) or \
                re.search(r"(^|\.)(toFixed|toLocaleString|toPrecision)$|^(Number|String\(\s*\d)", callee):
            return True
        # (round var-sec) a literal repeated (`"\u2605".repeat(n)`) is that literal's text
        if function is not None and function.kind() == "member_expression" and \
                re.fullmatch(r"(['\"`])[^'\"`$<>&]*\1\.repeat", callee):
            return True
        # `items.map(render).join("")`: each item through a function of the file whose
        # returned markup is safe; (round var-sec) also `render(item)` called directly, and a
        # function of the file that escapes by its body (`&lt;` for `<`), whatever its name
        joined = re.fullmatch(r"[\w$.]+\.map\(\s*([\w$]+)\s*\)\.join", callee)
        direct = re.fullmatch(r"[A-Za-z_$][\w$]*", callee)
        name = joined.group(1) if joined else callee if direct else ""
        if name and name not in seen:
            helper = _js_function_named(root, name)
            if helper is None:
                return False
            if _js_escapes_by_body(helper):
                return True
            seen.add(name)
            body = helper.field("body")
            if body is None:
                return False
            if body.kind() != "statement_block":
                return _js_markup_safe(root, body, helper, seen, depth + 1)
            returns = list(body.find_all(kind="return_statement"))
            returned = [c for r in returns for c in r.children() if c.is_named()]
            return bool(returned) and all(_js_markup_safe(root, v, helper, seen, depth + 1)
                                          for v in returned)
        return False
    if kind == "identifier":
        name = node.text()
        if name in seen:
            return True
        seen.add(name)
        values: list[SgNode] = []
        for decl in scope.find_all(kind="variable_declarator"):
            ident = decl.field("name")
            if ident is not None and ident.text() == name:
                value = decl.field("value")
                if value is None:
                    return False
                values.append(value)
        if not values:
            return False  # a parameter or a value from elsewhere
        for assign in scope.find_all(any=[{"kind": "assignment_expression"},
                                          {"kind": "augmented_assignment_expression"}]):
            left, right = assign.field("left"), assign.field("right")
            if left is not None and left.text() == name and right is not None:
                values.append(right)
        return all(recurse(v) for v in values)
    return False


def _js_markup_unescaped(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The markup written holds a value that is not escaped, followed through the function's
    locals and a `map(render).join("")` of a function of the file."""
    scope = next((a for a in node.ancestors() if a.kind() in _JS_FUNCTIONS), None)
    if scope is None or node.kind() not in ("assignment_expression", "augmented_assignment_expression"):
        return subject
    right = node.field("right")
    if right is None:
        return subject
    return None if _js_markup_safe(root, right, scope, set()) else subject


_C_VFORMAT: Final = re.compile(r"\b(vfprintf|vprintf|vsnprintf|vsprintf|vdprintf|vsyslog|vasprintf|"
                               r"vfwprintf|vswprintf|vwprintf)\s*\(")


def _c_format_wrapper(root: SgNode, node: SgNode, subject: str) -> str | None:
    """C: the call's callee is a variadic function of the file whose last named parameter is
    handed to a `v...printf` as the format; the call passes a non-literal there and nothing
    after it; the value is not one the file only ever sets from literals."""
    function = node.field("function")
    arguments = node.field("arguments")
    if function is None or arguments is None or function.kind() != "identifier":
        return None
    given = [c for c in arguments.children() if c.is_named() and c.kind() != "comment"]
    for definition in root.find_all(kind="function_definition"):
        if function_name(definition) != function.text():
            continue
        plist = definition.find(kind="parameter_list")
        if plist is None:
            continue
        # C names the `...` (variadic_parameter); C++'s grammar leaves it an anonymous token
        items = [c for c in plist.children() if c.is_named() or c.text() == "..."]
        if not items or items[-1].text() != "...":
            continue
        named = [p for p in items if p.kind() == "parameter_declaration"]
        if not named:
            continue
        ident = named[-1].find(kind="identifier")
        fmt = ident.text() if ident is not None else ""
        body = definition.field("body")
        if not fmt or body is None or not any(
                re.search(rf"[(,]\s*{re.escape(fmt)}\s*,", call.text())
                for call in body.find_all(kind="call_expression") if _C_VFORMAT.search(call.text())):
            continue
        at = len(named) - 1
        if len(given) != at + 1:
            return None  # values follow the format, or the call does not fit the definition
        value = given[at]
        if value.kind() not in ("identifier", "field_expression", "subscript_expression"):
            return None
        return c_format_not_from_literals(root, node, value.text())
    return None


def _js_string_value(root: SgNode, node: SgNode, depth: int = 0) -> str | None:
    """The text a JavaScript expression of literals and `const`s holds, else None."""
    if depth > 8:
        return None
    kind = node.kind()
    if kind == "string":
        body = node.text()[1:-1]
        try:
            return body.encode("latin-1", "backslashreplace").decode("unicode_escape")
        except UnicodeDecodeError:
            return None
    if kind == "template_string":
        out = []
        for part in node.children():
            if part.kind() == "string_fragment":
                out.append(part.text())
            elif part.kind() == "template_substitution":
                inner = [c for c in part.children() if c.is_named()]
                value = _js_string_value(root, inner[0], depth + 1) if len(inner) == 1 else None
                if value is None:
                    return None
                out.append(value)
            elif part.kind() == "escape_sequence":
                out.append(_js_string_value(root, part, depth + 1) or "")
        return "".join(out)
    if kind == "escape_sequence":
        try:
            return node.text().encode("latin-1", "backslashreplace").decode("unicode_escape")
        except UnicodeDecodeError:
            return None
    if kind == "parenthesized_expression":
        inner = [c for c in node.children() if c.is_named()]
        return _js_string_value(root, inner[0], depth + 1) if len(inner) == 1 else None
    if kind == "binary_expression":
        op = node.field("operator")
        left, right = node.field("left"), node.field("right")
        if op is None or op.text() != "+" or left is None or right is None:
            return None
        a, b = _js_string_value(root, left, depth + 1), _js_string_value(root, right, depth + 1)
        return a + b if a is not None and b is not None else None
    if kind == "identifier":
        found = [d for d in root.find_all(kind="variable_declarator")
                 if (n := d.field("name")) is not None and n.text() == node.text()]
        held = found[0].field("value") if len(found) == 1 else None
        if held is None:
            return None
        declaration = found[0].parent()
        if declaration is None or not declaration.text().startswith("const"):
            return None
        return _js_string_value(root, held, depth + 1)
    return None


def js_regexp_source(root: SgNode, node: SgNode | None) -> str | None:
    """The pattern of `new RegExp(text)` (or `RegExp(text)`) whose text is literals and
    constants of the file, else None."""
    if node is None or node.kind() not in ("new_expression", "call_expression"):
        return None
    callee = node.field("constructor") or node.field("function")
    if callee is None or callee.text() != "RegExp":
        return None
    arguments = node.field("arguments")
    named = [c for c in arguments.children() if c.is_named()] if arguments is not None else []
    return _js_string_value(root, named[0]) if named else None


_PY_IDENTITY: Final = re.compile(r"\bg\.\w+|\bcurrent_user\b|\brequest\.user\b|(?<![\w.])session\b|"
                                 r"\bget_jwt_identity\(|\bauth\.(current_user|user)\b|"
                                 r"\bget_current_user\(")
"""Where a Python web handler reads who is signed in."""
_PY_OWNER_SCOPED: Final = re.compile(r"(?i)\b\w*(_for_|for_(user|owner|account|family|tenant|member|team)|"
                                     r"owned_by|by_owner|of_user|_scoped)\w*\(|\bowner\w*\s*=|"
                                     r"\.\w*(owner|user|account|tenant)_id\s*(==|!=)")
"""A lookup the file scopes to an owner, or an owner test."""
_PY_AUTHZ: Final = re.compile(r"(?i)\bowner|authori[sz]|permission|can_\w+\(|check_access|"
                              r"require_\w+|abort\(\s*40[13]|\b40[13]\b|forbidden")


def _py_lookup_not_scoped(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Python: a route handler whose URL carries `subject` looks an object up by it alone,
    never reads the signed-in identity nor tests access, in a file that scopes another lookup
    to its owner and reads the identity elsewhere."""
    function = next((a for a in node.ancestors() if a.kind() == "function_definition"), None)
    decorated = function.parent() if function is not None else None
    if function is None or decorated is None or decorated.kind() != "decorated_definition":
        return None
    routes = [d.text() for d in decorated.children() if d.kind() == "decorator"]
    if not any(re.search(rf"@\w+\.(route|get|post|put|patch|delete)\(\s*[rf]?[\"'][^\"']*"
                         rf"<(\w+:)?{re.escape(subject)}>", r) for r in routes):
        return None
    body = function.field("body")
    if body is None or _PY_IDENTITY.search(body.text()) or _PY_AUTHZ.search(body.text()):
        return None
    source = root.text()
    others = source.replace(function.text(), "")
    if not (_PY_IDENTITY.search(others) and _PY_OWNER_SCOPED.search(others)):
        return None
    return subject


_RUST_SECRET_FIELD: Final = re.compile(r"(?i)(passw|secret|token|api_?key|private_?key|"
                                       r"passphrase|credential)")
_RUST_PLAIN_TYPES: Final = re.compile(r"^(Option<)?\s*(String|&'?\w*\s*str|Vec<u8>|Box<str>|"
                                      r"\[u8; *\d+\]|u64|u128)\s*>?$")


def _rust_leaky_structs(root: SgNode) -> dict[str, str]:
    """Structs of the file deriving `Debug` with a secret-named field of a type that prints
    its value: name -> that field."""
    source = root.text()
    out: dict[str, str] = {}
    for item in root.find_all(kind="struct_item"):
        attrs = []
        prev = item.prev()
        while prev is not None and prev.kind() in ("attribute_item", "line_comment"):
            attrs.append(prev.text())
            prev = prev.prev()
        name = item.field("name")
        if name is None or not any(re.search(r"derive\([^)]*\bDebug\b", a) for a in attrs):
            continue
        for field in item.find_all(kind="field_declaration"):
            fname, ftype = field.field("name"), field.field("type")
            if fname is None or ftype is None or not _RUST_SECRET_FIELD.search(fname.text()):
                continue
            kind = ftype.text().strip()
            # a field type with a Debug of its own written in the file masks itself
            custom = re.search(rf"impl\s+(fmt::|std::fmt::)?Debug\s+for\s+{re.escape(kind)}\b", source)
            if _RUST_PLAIN_TYPES.match(kind) and not custom:
                out[name.text()] = fname.text()
                break
    return out


def _rust_type_of(function: SgNode, root: SgNode, expr: str) -> str:
    """The struct type an argument of a log macro holds, as far as the function shows it."""
    expr = expr.strip().lstrip("&").strip()
    body = function.text()
    if expr.startswith("self."):
        field = expr[5:]
        impl = next((a for a in function.ancestors() if a.kind() == "impl_item"), None)
        typed = impl.field("type") if impl is not None else None
        owner = typed.text() if typed is not None else ""
        for item in root.find_all(kind="struct_item"):
            if (named := item.field("name")) is not None and named.text() == owner:
                m = re.search(rf"\b{re.escape(field)}\s*:\s*&?(?:'\w+\s+)?(?:mut\s+)?(\w+)", item.text())
                return m.group(1) if m else ""
        return ""
    if not re.fullmatch(r"\w+", expr):
        return ""
    m = re.search(rf"\b{re.escape(expr)}\s*:\s*&?(?:'\w+\s+)?(?:mut\s+)?(\w+)", body)
    if m:
        return m.group(1)
    m = re.search(rf"\blet\s+(?:mut\s+)?{re.escape(expr)}\s*=\s*&?\s*(?:mut\s+)?([\w.]+)", body)
    if m:
        value = m.group(1)
        if value.startswith("self."):
            return _rust_type_of(function, root, value)
        return value.split("::")[0] if value[:1].isupper() else ""
    return ""


def _rust_secret_struct_logged(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The macro prints with `{:?}` a value whose type derives Debug over a secret field."""
    leaky = _rust_leaky_structs(root)
    function = next((a for a in node.ancestors() if a.kind() == "function_item"), None)
    if not leaky or function is None:
        return None
    tree = next((c for c in node.children() if c.kind() == "token_tree"), None)
    if tree is None:
        return None
    text = tree.text()[1:-1]
    fmt = re.match(r'\s*"((?:[^"\\]|\\.)*)"\s*,?(.*)$', text, re.DOTALL)
    if fmt is None:
        return None
    holes = re.findall(r"\{([\w.]*)(:[^}]*)?\}", fmt.group(1).replace("{{", "").replace("}}", ""))
    arguments = [a.strip() for a in fmt.group(2).split(",") if a.strip()]
    at = 0
    for name, spec in holes:
        if name and not name.isdigit():
            value = name
        else:
            value = arguments[int(name)] if name.isdigit() and int(name) < len(arguments) else \
                (arguments[at] if at < len(arguments) else "")
            if not name:
                at += 1
        if spec and "?" in spec:
            kind = _rust_type_of(function, root, value)
            if kind in leaky:
                return str(value).lstrip("&").strip()
    return None


def _c_helper_frees_argument(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The matched call passes `subject` alone to a function of the file whose body frees or
    deletes that parameter at its top level (not under a condition)."""
    function = node.field("function")
    arguments = node.field("arguments")
    if function is None or arguments is None:
        return None
    given = [c for c in arguments.children() if c.is_named()]
    at = next((i for i, a in enumerate(given) if a.text() == subject), None)
    name = re.split(r"->|\.|::", function.text())[-1]
    if at is None:
        return None
    for definition in root.find_all(kind="function_definition"):
        if function_name(definition).split("::")[-1] != name:
            continue
        names = params(definition, "cpp" if "::" in root.text() or "class " in root.text() else "c")
        body = definition.field("body")
        if at >= len(names) or body is None:
            continue
        param = re.escape(names[at])
        for statement in body.children():
            if statement.kind() != "expression_statement":
                continue
            text = statement.text()
            if re.fullmatch(rf"(delete(\s*\[\s*\])?\s+{param}|(std::)?free\s*\(\s*{param}\s*\))\s*;", text.strip()):
                return subject
    return None


FORMS_SECURITY_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "rust-secret-compared-plainly": _rust_secret_compared,
    "js-markup-unescaped": _js_markup_unescaped,
    "c-format-wrapper": _c_format_wrapper,
    "py-lookup-not-scoped": _py_lookup_not_scoped,
    "rust-secret-struct-debug-logged": _rust_secret_struct_logged,
    "c-helper-frees-argument": _c_helper_frees_argument,
}
