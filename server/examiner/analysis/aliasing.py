"""Values shared where the code treats them as its own (Go, Java, Rust).

- A Go slice appended to while it may have spare capacity that another slice shares: a
  prefix reused across a loop's iterations (`row := append(prefix, x)` kept each time), or a
  sub-slice grown over the elements after it (`top := s[:3]; top = append(top, x)`). The Go
  blog ("Go Slices: usage and internals", "Arrays, slices (and strings): The mechanics of
  'append'"): append writes into the same array while its capacity lasts.
- A Java object changed after it went into a hash set or in as a hash map key, through a
  field its own `hashCode` reads (the `Set` and `Map` javadocs: behaviour is not specified
  when an element's or key's equality changes while it is in the collection).
- A Rust `RefCell` borrowed again while an earlier borrow is alive (the `RefCell::borrow_mut`
  docs: it panics if the value is currently borrowed), and an `Rc` back pointer that closes
  a parent-child cycle (the Rust book, 15.6 "Reference Cycles Can Leak Memory").

The checks take (root, matched node, subject) like ``filters.FILTERS`` and return the
verified subject, or None to drop the finding.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from .trees import field_text

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["ALIASING_FILTERS"]


def _code_only(text: str) -> str:
    """The text with string and character literals emptied and comments removed."""
    return re.sub(r'"(?:\\.|[^"\\\n])*"|`[^`]*`|//[^\n]*|/\*.*?\*/', '""', text, flags=re.DOTALL)


def _owner(node: SgNode, kinds: tuple[str, ...]) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in kinds), None)


# --- Rust -------------------------------------------------------------------------------------

_RUST_CONFLICT: Final = {
    "borrow": r"\.\s*(borrow_mut|replace|replace_with|take|swap)\s*\(",
    "borrow_mut": r"\.\s*(borrow|borrow_mut|replace|replace_with|take|swap)\s*\(",
}
"""What panics while a `borrow()` guard (shared) or a `borrow_mut()` guard (exclusive) is alive."""
_RUST_CALL_DEPTH: Final = 3


def _rust_methods(root: SgNode) -> dict[str, list[str]]:
    """The bodies of the file's methods (functions in an `impl` that take `self`), by name."""
    bodies: dict[str, list[str]] = {}
    for function in root.find_all(kind="function_item"):
        if _owner(function, ("impl_item",)) is None or "self" not in field_text(function, "parameters"):
            continue
        bodies.setdefault(field_text(function, "name"), []).append(
            _code_only(field_text(function, "body")))
    return bodies


def _rust_conflict_in(text: str, cell: str, conflict: str, methods: dict[str, list[str]],
                      depth: int = _RUST_CALL_DEPTH, seen: frozenset[str] = frozenset()) -> str | None:
    """A borrow of `cell` in the text that conflicts with the guard, or a `self.m(...)` call
    whose method (of this file, up to three calls down) makes one: the call's text."""
    direct = re.search(rf"(?<![\w.]){re.escape(cell)}\s*{conflict}", text)
    if direct:
        return direct.group(0).rstrip("( ").replace(" ", "") + "()"
    if not cell.startswith("self.") or depth == 0:
        return None
    for call in re.finditer(r"(?<![\w.])self\s*\.\s*(\w+)\s*\(", text):
        name = call.group(1)
        if name in seen or name not in methods:
            continue
        if any(_rust_conflict_in(body, cell, conflict, methods, depth - 1, seen | {name})
               for body in methods[name]):
            return f"self.{name}(...)"
    return None


def rust_refcell_borrowed_again(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Rust: a `RefCell` guard kept alive (`let g = self.x.borrow();` to the end of its block
    or a `drop(g)`; the borrow in a `for`'s iterator or a `match`'s scrutinee, alive for the
    whole loop or match) while the same cell is borrowed again in a way that conflicts: a
    `borrow_mut()` under a `borrow()`, any borrow under a `borrow_mut()`, directly or in a
    method of this file called on `self`. RefCell checks at run time and panics."""
    del subject
    function = node.field("function")
    if function is None:
        return None
    cell = re.sub(r"\s+", "", field_text(function, "value"))
    guard = field_text(function, "field")
    conflict = _RUST_CONFLICT.get(guard)
    if conflict is None or not re.fullmatch(r"(self\.)?[A-Za-z_]\w*(\.[A-Za-z_]\w*)*", cell):
        return None
    parent = node.parent()
    scope = ""
    if parent is not None and parent.kind() == "let_declaration":
        name = field_text(parent, "pattern")
        if not re.fullmatch(r"(mut\s+)?[A-Za-z]\w*", name):
            return None  # `let _ = x.borrow();` drops the guard at once
        name = name.split()[-1]
        later = []
        for statement in parent.next_all():
            text = _code_only(statement.text())
            if re.search(rf"\bdrop\s*\(\s*{re.escape(name)}\s*\)", text):
                break
            later.append(text)
        scope = "\n".join(later)
    else:
        holder = next((a for a in node.ancestors() if a.kind() in ("for_expression", "match_expression")), None)
        value = holder.field("value") if holder is not None else None
        if holder is None or value is None or not (value == node or any(a == value for a in node.ancestors())):
            return None
        body = holder.field("body")
        scope = _code_only(body.text()) if body is not None else ""
    return _rust_conflict_in(scope, cell, conflict, _rust_methods(root))


_RUST_BACK_FIELD: Final = re.compile(r"^(parent|prev|previous|pred|predecessor|owner|up|back)$")
_RUST_TYPE_ALIAS: Final = re.compile(r"\btype\s+([A-Za-z_]\w*)\s*(<[^=]*>)?\s*=\s*([^;]+);")


def _rust_strong_to(type_text: str, struct: str, aliases: dict[str, str]) -> bool:
    """The field's type holds an `Rc` of the struct itself (through the file's type aliases),
    and no `Weak`."""
    for _ in range(3):
        type_text = re.sub(r"\b[A-Za-z_]\w*\b", lambda m: aliases.get(m.group(0), m.group(0)), type_text)
    return bool(re.search(r"\bRc\s*<", type_text)) and not re.search(r"\bWeak\s*<", type_text) and \
        re.search(rf"\b{re.escape(struct)}\b", type_text) is not None


_RUST_MANY: Final = re.compile(r"\b(Vec|VecDeque|HashMap|BTreeMap|HashSet|BTreeSet|LinkedList)\s*<|\[")
"""A field that holds many (a parent's children), not the one back-link."""


def _rust_expanded(type_text: str, aliases: dict[str, str]) -> str:
    for _ in range(3):
        type_text = re.sub(r"\b[A-Za-z_]\w*\b", lambda m: aliases.get(m.group(0), m.group(0)), type_text)
    return type_text


def _rust_cycle_between(root: SgNode, node: SgNode, struct: SgNode, aliases: dict[str, str]) -> bool:
    """The field holds a strong `Rc` of another struct of the file that holds this struct in a
    strong `Rc` too (`Parent { children: Vec<Rc<Child>> }`, `Child { parent: Rc<Parent> }`).
    Asked on the back-link: the field that holds one where the other side holds many, or the
    later of two single links."""
    name, mine = field_text(struct, "name"), _rust_expanded(field_text(node, "type"), aliases)
    if _RUST_MANY.search(mine):
        return False
    for other in root.find_all(kind="struct_item"):
        target = field_text(other, "name")
        if other == struct or not target or not _rust_strong_to(mine, target, aliases):
            continue
        for field in other.find_all(kind="field_declaration"):
            theirs = _rust_expanded(field_text(field, "type"), aliases)
            if _rust_strong_to(theirs, name, aliases) and (
                    _RUST_MANY.search(theirs) or field.range().start.index < node.range().start.index):
                return True
    return False


def rust_rc_back_pointer(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Rust: a struct whose back field (`parent`, `prev`, `owner`) holds an `Rc` of the struct
    itself while another of its fields (`children`, `next`) does too, so a parent and child
    (or two neighbours) own each other and neither count reaches zero; or the same between two
    structs (the parent's `Vec<Rc<Child>>`, the child's `Rc<Parent>`). The book's fix is `Weak`
    for the back field. A file that implements `Drop` (a list that unlinks its nodes as it is
    dropped) is left alone."""
    struct = _owner(node, ("struct_item",))
    if struct is None:
        return None
    code = _code_only(root.text())
    if re.search(r"\bimpl\b[^{]*\bDrop\s+for\b", code):
        return None
    name = field_text(struct, "name")
    aliases = {m.group(1): m.group(3) for m in _RUST_TYPE_ALIAS.finditer(code)}
    if _rust_cycle_between(root, node, struct, aliases):
        return subject
    if not _RUST_BACK_FIELD.match(subject) or not _rust_strong_to(field_text(node, "type"), name, aliases):
        return None
    for other in struct.find_all(kind="field_declaration"):
        if other != node and not _RUST_BACK_FIELD.match(field_text(other, "name")) and \
                _rust_strong_to(field_text(other, "type"), name, aliases):
            return subject
    return None

# --- Go ---------------------------------------------------------------------------------------

_GO_FUNCTIONS: Final = ("function_declaration", "method_declaration", "func_literal")


def _go_values(function: SgNode, name: str) -> list[tuple[SgNode, str]]:
    """Every value the function gives `name` (`name := v`, `name = v`, `var name = v`, and a
    parameter, given as its type): (statement, the value's text)."""
    out: list[tuple[SgNode, str]] = []
    for statement in function.find_all({"rule": {"any": [{"kind": "assignment_statement"},
                                                         {"kind": "short_var_declaration"}]}}):
        left, right = field_text(statement, "left"), statement.field("right")
        names = [n.strip() for n in left.split(",")]
        if right is None or name not in names or field_text(statement, "operator") not in ("", "=", ":="):
            continue
        values = [c for c in right.children() if c.is_named()]
        if len(values) == len(names):
            out.append((statement, values[names.index(name)].text()))
    for spec in function.find_all(kind="var_spec"):
        if name in [c.text() for c in spec.children() if c.kind() == "identifier"]:
            out.append((spec, field_text(spec, "value") or field_text(spec, "type")))
    for parameter in (function.field("parameters") or function).children():
        if parameter.kind() == "parameter_declaration" and \
                name in [c.text() for c in parameter.children() if c.kind() == "identifier"]:
            out.append((parameter, field_text(parameter, "type")))
    return out


def _go_before(a: SgNode, b: SgNode) -> bool:
    return a.range().end.index <= b.range().start.index


def _go_inside(node: SgNode, outer: SgNode) -> bool:
    return outer.range().start.index <= node.range().start.index and \
        node.range().end.index <= outer.range().end.index


_GO_SPARE_VALUE: Final = re.compile(
    r"^(make\(\s*\[\][^,]+,[^,]+,[^,]+\)$|append\(|[\w.]+\[[^\]:]*:[^\]:]+\]$)")
"""A value that may leave spare capacity behind its length: a `make` given a capacity, an
`append` result, a two-index slice of another slice (its capacity runs to the array's end)."""


def _go_returns_spare(root: SgNode, callee: str) -> bool:
    """A function of this file, named as called, builds the slice it returns with `append` or
    a `make` given a capacity."""
    name = callee.rsplit(".", 1)[-1]
    for function in root.find_all({"rule": {"any": [{"kind": "function_declaration"},
                                                    {"kind": "method_declaration"}]}}):
        if field_text(function, "name") != name or not re.match(r"^\s*\[\]", field_text(function, "result")):
            continue
        body = _code_only(field_text(function, "body"))
        if re.search(r"\bmake\(\s*\[\][^,()]+,[^,()]+,[^,()]+\)|=\s*append\(", body):
            return True
    return False


def _go_may_have_spare(root: SgNode, function: SgNode, name: str, before: SgNode) -> bool:
    """`name` is a slice that may have capacity past its length when `before` runs: a
    parameter of slice type, or given one of the values above (or a call of a function of this
    file that returns one) earlier in the function, and never cut to its length (`s[:n:n]`,
    `slices.Clip`)."""
    values = [(s, v.strip()) for s, v in _go_values(function, name)
              if _go_before(s, before) or s.kind() == "parameter_declaration"]
    if not values or any(re.search(r"\[[^\]]*:[^\]]*:[^\]]*\]$|^slices\.Clip\(", v) for _, v in values):
        return False
    for statement, value in values:
        if statement.kind() == "parameter_declaration":
            # a byte slice given to fill is the append-into-a-buffer idiom (`dst []byte`)
            if value.startswith("[]") and not value.startswith("[]byte"):
                return True
            continue
        call = re.match(r"^([\w.]+)\(", value)
        if _GO_SPARE_VALUE.match(value) or (call and _go_returns_spare(root, call.group(1))):
            return True
    return False


def _go_kept(loop: SgNode, name: str) -> bool:
    """The loop keeps `name` past the iteration: appends it to a collection, stores it in a
    map, a field or an element, or sends it."""
    body = _code_only(field_text(loop, "body"))
    ref = rf"(?<![\w.]){re.escape(name)}(?![\w\[(.])"
    return re.search(rf"\bappend\(\s*[\w.\[\]]+\s*,[^)]*{ref}|[\w.]+(\[[^\]]*\]|\.\w+)\s*=\s*{ref}\s*($|;|\n)|"
                     rf"<-\s*{ref}|:\s*{ref}\s*[,}}]", body, re.MULTILINE) is not None


def go_append_to_shared_prefix(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go: `append(prefix, ...)` inside a loop, where `prefix` is not changed in the loop and
    may have spare capacity, and each result is kept (appended to a collection, stored or sent,
    directly or through a variable it is given): every result is written into the same array
    after `prefix`'s length, so each iteration overwrites what the last one kept."""
    function = next((a for a in node.ancestors() if a.kind() in _GO_FUNCTIONS), None)
    loop = next((a for a in node.ancestors() if a.kind() in ("for_statement", *_GO_FUNCTIONS)), None)
    if function is None or loop is None or loop.kind() != "for_statement":
        return None
    prefix = subject
    body = loop.field("body")
    if body is None or any(_go_inside(s, body) for s, _ in _go_values(function, prefix)):
        return None  # changed in the loop: a growing path, another rule's
    if not _go_may_have_spare(root, function, prefix, loop):
        return None
    holder = node.parent()
    holder = holder.parent() if holder is not None and holder.kind() == "expression_list" else holder
    if holder is None:
        return None
    if holder.kind() == "argument_list":
        call = holder.parent()
        if call is None or field_text(call, "function") != "append" or \
                next((c for c in holder.children() if c.is_named()), None) == node:
            return None  # handed to a call: the recursive form is go-slice-stored-then-reused's
        return prefix
    if holder.kind() in ("short_var_declaration", "assignment_statement"):
        target = field_text(holder, "left").strip()
        if re.fullmatch(r"[A-Za-z_]\w*", target) and target != prefix:
            return prefix if _go_kept(loop, target) else None
        return prefix if target != prefix and re.search(r"[\[.]", target) else None
    if holder.kind() in ("send_statement", "keyed_element", "literal_element"):
        return prefix
    return None


def go_append_over_sliced_elements(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Go: `part := s[:k]` (a two-index slice that ends before `s` does) and then `part =
    append(part, ...)`: the append writes over `s[k]`, `s[k+1]`, ... while `s` is still in use
    (a field, a parameter, or a local read after the append). A cut from nothing (`kept :=
    s[:0]`: the filter idiom, a scratch buffer reused) and `s = part` afterwards are left
    alone."""
    del root, subject
    function = next((a for a in node.ancestors() if a.kind() in _GO_FUNCTIONS), None)
    part = field_text(node, "left").strip()
    if function is None or not re.fullmatch(r"[A-Za-z_]\w*", part):
        return None
    earlier = [(s, v.strip()) for s, v in _go_values(function, part) if _go_before(s, node)]
    if not earlier:
        return None
    _, value = max(earlier, key=lambda sv: sv[0].range().start.index)
    cut = re.fullmatch(r"([\w.]+)\[([^\]:]*):([^\]:]+)\]", value)
    if cut is None:
        return None
    whole, end = cut.group(1), cut.group(3).strip()
    if whole == part or end == "0" or re.fullmatch(rf"len\(\s*{re.escape(whole)}\s*\)", end):
        # up to its length: nothing of `whole`'s is after the cut; from nothing (`buf[:0]`):
        # a scratch buffer reused on purpose, or the filter idiom
        return None
    after = _code_only(function.text()[node.range().end.index - function.range().start.index:])
    ref = rf"(?<![\w.]){re.escape(whole)}(?!\w)"
    if re.search(rf"{ref}\s*=[^=]", after):
        return None  # `s = part`: the cut is the new `s`
    is_field = "." in whole
    is_parameter = any(s.kind() == "parameter_declaration" for s, _ in _go_values(function, whole))
    if is_field or is_parameter or re.search(ref, after):
        return f"{whole}[{end}]"
    return None

# --- Java -------------------------------------------------------------------------------------

_JAVA_HASHED: Final = re.compile(
    r"^(?:java\.util\.)?(Set|HashSet|LinkedHashSet|Map|HashMap|LinkedHashMap|ConcurrentHashMap|"
    r"ConcurrentMap)\s*<\s*([A-Z]\w*)\s*[,>]")
_JAVA_LOOKUP: Final = (r"(add|contains|remove|put|putIfAbsent|get|getOrDefault|containsKey|"
                       r"computeIfAbsent|merge|compute)")


def _java_hash_fields(klass: SgNode) -> set[str]:
    """The fields of a class that its own `hashCode` reads and that are not final."""
    body = klass.field("body")
    if body is None:
        return set()
    hashing = next((m for m in body.children() if m.kind() == "method_declaration" and
                    field_text(m, "name") == "hashCode" and
                    re.fullmatch(r"\(\s*\)", field_text(m, "parameters"))), None)
    if hashing is None:
        return set()
    mutable: set[str] = set()
    for declared in body.children():
        if declared.kind() == "field_declaration" and not re.search(
                r"\b(final|static)\b", "".join(c.text() for c in declared.children() if c.kind() == "modifiers")):
            mutable |= {field_text(d, "name") for d in declared.children() if d.kind() == "variable_declarator"}
    read = set(re.findall(r"(?<![\w.])(?:this\.)?([a-z_]\w*)\b", _code_only(field_text(hashing, "body"))))
    return mutable & read


def _java_changes(klass: SgNode, method: str, fields: set[str]) -> str | None:
    """A field of `fields` that the class's method of that name assigns or steps."""
    body = klass.field("body")
    for declared in body.children() if body is not None else []:
        if declared.kind() != "method_declaration" or field_text(declared, "name") != method:
            continue
        text = _code_only(field_text(declared, "body"))
        for name in sorted(fields):
            if re.search(rf"(?<![\w.])(this\.)?{name}\s*([-+*/%&|^]?=(?!=)|\+\+|--)|"
                         rf"(\+\+|--)\s*(this\.)?{name}\b", text):
                return name
    return None


def java_hash_key_mutated(root: SgNode, node: SgNode, subject: str) -> str | None:
    """Java: an object of a class of this file, changed (through a method that assigns a
    field its `hashCode` reads, or that field directly) where the same method also looks it
    up in, adds it to or walks a hash set or map keyed by that class (a field or local the
    file declares `Set<Cell>`, `Map<Cell, V>`, made as a `Hash...`): the object sits in the
    bucket of its old hash, so `contains`, `get` and `remove` miss it afterwards. An object the
    method makes with `new` counts only once it has been added, before the change (a key being
    built for a lookup is not in the collection yet)."""
    method = next((a for a in node.ancestors() if a.kind() in ("method_declaration", "constructor_declaration",
                                                                "lambda_expression")), None)
    del subject
    if method is None or method.kind() != "method_declaration":
        return None
    changed_object = node.field("object") if node.kind() == "method_invocation" else \
        next((a.field("object") for a in node.find_all(kind="field_access")), None)
    if changed_object is None or changed_object.kind() != "identifier":
        return None
    target = changed_object.text()
    text = _code_only(method.text())
    declared = re.search(rf"\b([A-Z]\w*)\s+{re.escape(target)}\s*[=;:,)]", text)
    if declared is None:
        return None
    kind = declared.group(1)
    klass = next((c for c in root.find_all(kind="class_declaration") if field_text(c, "name") == kind), None)
    fields = _java_hash_fields(klass) if klass is not None else set()
    if klass is None or not fields:
        return None
    if node.kind() == "method_invocation":
        changed = _java_changes(klass, field_text(node, "name"), fields)
    else:
        changed = next((f for f in fields if re.search(rf"\.\s*{f}\b", field_text(node, "left") or node.text())), None)
    if changed is None:
        return None
    code = _code_only(root.text())
    if not re.search(r"\bnew\s+(Linked)?Hash(Set|Map)\b|\bnew\s+ConcurrentHashMap\b", code):
        return None
    holders = set()
    for declaration in root.find_all({"rule": {"any": [{"kind": "field_declaration"},
                                                              {"kind": "local_variable_declaration"}]}}):
        hashed = _JAVA_HASHED.match(field_text(declaration, "type"))
        if hashed and hashed.group(2) == kind:
            holders |= {field_text(d, "name") for d in declaration.children() if d.kind() == "variable_declarator"}
    # made here with `new`, it is in the collection only once added, before the change
    made_here = re.search(rf"\b{kind}\s+{re.escape(target)}\s*=\s*new\b", text) is not None
    before = _code_only(method.text()[:node.range().start.index - method.range().start.index])
    for holder in sorted(holders):
        ref = rf"(?<![\w.])(this\.)?{re.escape(holder)}"
        if re.search(rf"{ref}\s*\.\s*remove\s*\(\s*{re.escape(target)}\b", before):
            continue  # taken out before the change (and put back after it)
        if made_here:
            if re.search(rf"{ref}\s*\.\s*(add|put|putIfAbsent)\s*\(\s*{re.escape(target)}\b", before):
                return holder
        elif re.search(rf"{ref}\s*\.\s*{_JAVA_LOOKUP}\s*\(\s*{re.escape(target)}\b", text) or re.search(
                rf"\bfor\s*\(\s*(final\s+)?{kind}\s+{re.escape(target)}\s*:\s*{ref}\s*"
                rf"(\.\s*keySet\s*\(\s*\))?\s*\)", text):
            return holder
    return None


ALIASING_FILTERS: Final[dict[str, Callable[[SgNode, SgNode, str], str | None]]] = {
    "go-append-to-shared-prefix": go_append_to_shared_prefix,
    "java-hash-key-mutated": java_hash_key_mutated,
    "go-append-over-sliced-elements": go_append_over_sliced_elements,
    "rust-refcell-borrowed-again": rust_refcell_borrowed_again,
    "rust-rc-back-pointer": rust_rc_back_pointer,
}
"""The checks of this module by the name a rule gives in ``filter``."""
