"""Checks of round var-sec (the rule files name them in ``filter``): documented security
hazards followed one step through the program's own names.

- ``c-format-from-filled-buffer``: the format handed to a printf-like call, with values after
  it, is a character array the file fills from input (`fgets`, `read`, `recv`, ...), directly
  or through a helper of the file that fills its parameter, also through one local pointer
  (`const char *top = lay->header;`) (CWE-134, CERT FIO30-C, gcc's -Wformat-nonliteral).
- ``c-string-copy-unbounded``: `memcpy(dst, src, strlen(src) + 1)` (or the length kept in a
  local first) into a character array with no test of the length: `strcpy` written with
  `memcpy` (CERT STR31-C, CWE-120).
- ``py-flag-from-setting``: a keyword argument of a documented call (`shell=`, `verify=`)
  that is not written at the call but reaches a dangerous literal through a local, a
  parameter's default or a settings class's field default (bandit B602 and B501 check the
  literal only).
- ``py-branch-taken-by-default``: the statement sits under `if not settings.check:` (or `if
  settings.insecure:`) whose setting has, one step away, the value that takes the branch.

Each takes (root, matched node, subject) like ``filters.FILTERS`` and returns the verified
subject, or None to drop the finding.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .cchecks import c_format_not_from_literals
from .flow2_py import _host_value, _in_test, _index, _matched, _node_at, _owner
from .trees import ancestor, c_parameter_names, function_name

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["VAR_SEC_FILTERS"]


# -- C: a format read from input ------------------------------------------------------------------

_C_INPUT: Final = r"(?:fgets|fread|read|recv|recvfrom|pread|getline|gets|fscanf|scanf|sscanf)"
"""Calls that fill a buffer from outside the program (a file, a socket, the terminal)."""


def _c_last_name(expr: str) -> str:
    return re.split(r"->|\.", expr)[-1].strip()


def _c_filled_by_input(text: str, name: str) -> bool:
    """`name` (an array, a field) is an argument of an input call: `fgets(lay->header, ...)`."""
    return re.search(rf"\b{_C_INPUT}\s*\([^;]*?(?<![\w>.]){re.escape(name)}\b"
                     rf"|\b{_C_INPUT}\s*\([^;]*?(?:->|\.){re.escape(name)}\b", text) is not None


def _c_filled_by_helper(root: SgNode, name: str) -> bool:
    """`name` is passed to a function of the file that fills that parameter from input
    (`read_line(in, lay->header, sizeof lay->header)` with `fgets(dst, ...)` in `read_line`)."""
    for definition in root.find_all(kind="function_definition"):
        helper = function_name(definition)
        body = definition.field("body")
        if not helper or body is None:
            continue
        names = c_parameter_names(definition)
        filled = [i for i, p in enumerate(names) if p and _c_filled_by_input(body.text(), p)]
        if not filled:
            continue
        for call in root.find_all(kind="call_expression"):
            function, arguments = call.field("function"), call.field("arguments")
            if function is None or arguments is None or function.text() != helper:
                continue
            given = [c for c in arguments.children() if c.is_named() and c.kind() != "comment"]
            if any(i < len(given) and _c_last_name(given[i].text()) == name and
                   given[i].kind() in ("identifier", "field_expression") for i in filled):
                return True
    return False


_C_COPY: Final = (r"(?:snprintf\s*\(\s*{dst}\s*,[^,;]*,\s*\"%s\"\s*,"
                  r"|(?:strn?cpy|strlcpy|memcpy|memmove)\s*\(\s*{dst}\s*,)")
"""A copy into `dst` whose source follows: `snprintf(dst, n, "%s", src)`, `strcpy(dst, src)`."""


def _c_copied_from_input(text: str, name: str) -> bool:
    """`name` is filled by a copy of an array the file fills from input, one step on
    (`fgets(line, ...)` then `snprintf(b->caption, sizeof b->caption, "%s", line + 8)`)."""
    dst = rf"[^,;()]*?(?<![\w]){re.escape(name)}"
    for found in re.finditer(_C_COPY.format(dst=dst) + r"\s*&?\s*([A-Za-z_][\w]*(?:\s*(?:->|\.)\s*\w+)*)",
                             text):
        source = _c_last_name(found.group(1))
        if source != name and re.search(rf"\bchar\s+{re.escape(source)}\s*\[", text) and \
                _c_filled_by_input(text, source):
            return True
    return False


def _c_format_from_filled_buffer(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The format (with values after it) is an array the file fills from input, or a local
    pointer set once from one."""
    if re.fullmatch(r"[A-Z][A-Z0-9_]*", subject) or \
            c_format_not_from_literals(root, node, subject) is None:
        return None
    text = root.text()
    target = subject
    function = ancestor(node, "function_definition")
    if re.fullmatch(r"[A-Za-z_]\w*", subject) and function is not None:
        # one local pointer: `const char *top = lay->header;`, never set again
        sets = re.findall(rf"(?<![\w.>]){subject}\s*=(?!=)\s*([^;]*);", function.text())
        if len(sets) == 1 and re.fullmatch(r"\s*&?\s*[A-Za-z_][\w]*(\s*(->|\.)\s*\w+)*\s*", sets[0]):
            target = sets[0].strip().lstrip("&").strip()
    name = _c_last_name(target)
    # a character array of the file's (a local, a global, a struct's field)
    if not re.search(rf"\bchar\s+{re.escape(name)}\s*\[[^\]]*\]\s*[;,)=]", text):
        return None
    if _c_filled_by_input(text, name) or _c_filled_by_helper(root, name) or \
            _c_copied_from_input(text, name):
        return subject
    return None


_C_COMPARE: Final = r"(?<![-<>])(?:<=?|>=?)(?![<>])"
"""A comparison operator (not `->`, `<<`, `>>`)."""


def _c_string_copy_unbounded(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`memcpy(dst, src, strlen(src) + 1)`, or the length kept in a local set once from
    `strlen(...)`: a string's length decides how much goes into `dst`, a character array of
    the file (a local, a global, a struct's field), and the function never compares that
    length (nor clamps it) before the copy."""
    function = ancestor(node, "function_definition")
    arguments = node.field("arguments")
    if function is None or arguments is None:
        return None
    given = [c for c in arguments.children() if c.is_named() and c.kind() != "comment"]
    if len(given) != 3:
        return None
    body = function.text()
    length = given[2].text()
    names: set[str] = set()
    if "strlen" not in length:
        names = set(re.findall(r"[A-Za-z_]\w*", length)) - {"sizeof"}
        locals_ = [n for n in names if re.findall(
            rf"(?<![\w.>]){n}\s*=(?!=)\s*strlen\s*\(", body)]
        if len(locals_) != 1 or len(re.findall(rf"(?<![\w.>]){locals_[0]}\s*(?:[-+*/]?=)(?!=)",
                                              body)) != 1:
            return None  # no string length, or one set again (clamped) before the copy
        names = {locals_[0]}
    # a length compared or clamped anywhere in the function is checked
    for n in names | {"strlen"}:
        if re.search(rf"\b{n}\b[^;{{}}]*{_C_COMPARE}|{_C_COMPARE}[^;{{}}]*\b{n}\b|"
                     rf"\b(MIN|min|fmin)\s*\([^;]*\b{n}\b", body):
            return None
    name = _c_last_name(given[0].text())
    if not re.search(rf"\bchar\s+{re.escape(name)}\s*\[[^\]]+\]\s*[;,)=]", root.text()):
        return None
    return subject


# -- Python: a dangerous flag reached through a setting ------------------------------------------

_FLAG_DANGER: Final = {"shell": True, "verify": False}


def _py_flag_from_setting(root: SgNode, node: SgNode, subject: str) -> str | None:
    """`subprocess.run(cmd, shell=settings.use_shell)` with `use_shell: bool = True` in the
    settings class (or a parameter's default, a local): the keyword named by `subject`'s
    keyword reaches its dangerous literal one step away; the call's first argument is then
    not a constant (a fixed command line is no injection)."""
    matched = _matched(root, node, ast.Call)
    if matched is None:
        return None
    index, call = matched
    for keyword in call.keywords:
        if keyword.arg not in _FLAG_DANGER or isinstance(keyword.value, ast.Constant):
            continue
        value = _host_value(index, keyword.value, _owner(index, call))
        if not (isinstance(value, ast.Constant) and value.value is _FLAG_DANGER[keyword.arg]):
            continue
        if keyword.arg == "shell" and call.args and isinstance(call.args[0], ast.Constant):
            continue
        return subject
    return None


def _py_branch_taken_by_default(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The matched statement sits in the body of an `if` whose test is a setting (`if
    opts.insecure:`, `if not opts.check_certificates:`) that one step away (a settings class's
    field default, a parameter's default, a local) has the value that takes the branch: what
    the branch turns off is off unless a caller changes the setting."""
    index = _index(root)
    if index is None:
        return None
    # the statement holding the match (a keyword argument is no expression of its own)
    at = node if node.kind().endswith("statement") or node.kind() == "assignment" else next(
        (a for a in node.ancestors() if a.kind().endswith("statement")), node)
    found = _node_at(index, at, ast.stmt) or _node_at(index, at, ast.expr)
    if found is None or _in_test(index, found):
        return None
    child: ast.AST = found
    parent = index.parents.get(id(child))
    while parent is not None and not isinstance(parent, ast.If):
        if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return None
        child, parent = parent, index.parents.get(id(parent))
    if not isinstance(parent, ast.If) or not any(child is s for s in parent.body):
        return None
    test, wanted = parent.test, True
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test, wanted = test.operand, False
    if not isinstance(test, (ast.Name, ast.Attribute)):
        return None
    value = _host_value(index, test, _owner(index, parent))
    if isinstance(value, ast.Constant) and isinstance(value.value, bool) and value.value is wanted:
        return subject
    return None


VAR_SEC_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "c-format-from-filled-buffer": _c_format_from_filled_buffer,
    "c-string-copy-unbounded": _c_string_copy_unbounded,
    "py-flag-from-setting": _py_flag_from_setting,
    "py-branch-taken-by-default": _py_branch_taken_by_default,
}
