"""A lock released between a check and the write it decides (Go, C, C++, Rust).

CWE-367 and CWE-362 inside one function: shared state is read or tested under a lock, the
lock is released (an explicit unlock, the end of a `lock_guard`'s block, a dropped guard, a
temporary guard that lives for one statement, a helper method that locks for itself), and
then the state is written under a second hold of the same lock from what was read, or after
a test of it that refused. Another thread can take the lock in between and change the state,
so the write loses its update or acts on a check that no longer holds (the Go memory model
and sync.Mutex docs, the C++ Core Guidelines CP.2 and CP.50, the Rust Mutex docs on guards;
SpotBugs AT_OPERATION_SEQUENCE_ON_CONCURRENT_ABSTRACTION is the same defect on a map).

The escapes: the whole sequence under one hold, a test repeated under the second hold
(`if`, `match`, `entry`, a compare-and-swap), a write that does not come from the reading.

The check takes (root, matched node, subject) like ``filters.FILTERS`` and returns the
verified subject, or None to drop the finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from .trees import GRAMMARS, field_text, owner_function

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["SPLIT_LOCK_FILTERS"]

_BLOCKS: Final = {"c": "compound_statement", "cpp": "compound_statement", "rust": "block"}
_LEAVES: Final = re.compile(r"\b(return|throw|break|continue|goto)\b|\?\s*;")
_RECHECK: Final = re.compile(r"\b(if|match|switch|while)\b|\.entry\(|compare_exchange|"
                             r"\bcontains(_key)?\(|\.(find|count)\(")


@dataclass(frozen=True)
class _Hold:
    lock: str
    start: int
    end: int
    bound: tuple[str, ...] = ()
    """Names the statement holding it binds (`have := ...`, `let item = m.read().await...`)."""
    checked: bool = False
    """It is the test of an `if` that leaves, or holds such an `if` itself."""


def _assigned(text: str, language: str) -> set[str]:
    """Local names a piece of code assigns."""
    if language == "rust":
        return set(re.findall(r"\blet\s+(?:mut\s+)?([a-z_]\w*)", text)) | \
            set(re.findall(r"(?m)^\s*([a-z_]\w*)\s*=(?!=)", text))
    names = set(re.findall(r"(?<![\w.>])([A-Za-z_]\w*)\s*(?::=|=(?!=))", text))
    names |= {n for group in re.findall(r"(?<![\w.>])([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)+)\s*:=",
                                        text) for n in re.split(r"\s*,\s*", group)}
    return names


def _statement(node: SgNode, owner: SgNode) -> SgNode:
    """The statement of the function body that holds the node."""
    current = node
    for ancestor in node.ancestors():
        if ancestor.kind() in ("block", "compound_statement", "statement_list") or \
                ancestor == owner:
            return current
        current = ancestor
    return current


def _in_leaving_if(node: SgNode, owner: SgNode) -> bool:
    """The node sits in the test of an `if` whose branch leaves the function."""
    for ancestor in node.ancestors():
        if ancestor == owner:
            return False
        if ancestor.kind() in ("if_statement", "if_expression"):
            condition = ancestor.field("condition")
            branch = ancestor.field("consequence")
            return condition is not None and branch is not None and \
                condition.range().start.index <= node.range().start.index and \
                node.range().end.index <= condition.range().end.index and \
                _LEAVES.search(branch.text()) is not None
    return False


def _block_end(node: SgNode, language: str) -> int:
    block = next((a for a in node.ancestors() if a.kind() == _BLOCKS[language]), None)
    return block.range().end.index if block is not None else node.range().end.index


def _holds(owner: SgNode, language: str, root: SgNode) -> list[_Hold]:
    """Every hold of a lock in the function, in order."""
    text, base = owner.text(), owner.range().start.index
    end = owner.range().end.index
    holds: list[_Hold] = []
    if language in ("go", "c"):
        take = r"(?<![\w.])([\w.>-]+?)\.(R?Lock)\(\)" if language == "go" else (
            r"\b(?:pthread_mutex_lock|mtx_lock|pthread_rwlock_wrlock|pthread_rwlock_rdlock)"
            r"\(\s*&?\s*([^()]+?)\s*\)")
        give = r"(?<![\w.])(defer\s+)?{}\.R?Unlock\(\)" if language == "go" else (
            r"(?<![\w.])()(?:pthread_mutex_unlock|mtx_unlock|pthread_rwlock_unlock)"
            r"\(\s*&?\s*{}\s*\)")
        for taken in re.finditer(take, text):
            lock = taken.group(1)
            released = re.compile(give.format(re.escape(lock)))
            stop = end
            for freed in released.finditer(text, taken.end()):
                if freed.group(1):
                    break  # deferred: held to the end
                stop = base + freed.start()
                break
            holds.append(_Hold(lock, base + taken.start(), stop))
        if language == "go":
            holds.extend(_go_helper_holds(owner, root))
    elif language == "cpp":
        for guard in owner.find_all(kind="declaration"):
            decl = guard.text()
            made = re.match(r"^(?:std::)?(lock_guard|unique_lock|scoped_lock)\b[^;]*?\b(\w+)\s*[({]\s*"
                            r"([\w.>-]+)\s*[)}]", decl)
            if made is None:
                continue
            stop = _block_end(guard, language)
            unlocked = re.search(rf"\b{re.escape(made.group(2))}\s*\.\s*unlock\(\)",
                                 root.text()[guard.range().end.index:stop])
            if unlocked is not None:
                stop = guard.range().end.index + unlocked.start()
            holds.append(_Hold(made.group(3), guard.range().start.index, stop,
                               checked=_LEAVES.search(root.text()[guard.range().end.index:stop])
                               is not None and "if" in root.text()[guard.range().end.index:stop]))
    elif language == "rust":
        for call in owner.find_all(kind="call_expression"):
            function = call.field("function")
            if function is None or function.kind() != "field_expression" or \
                    field_text(function, "field") not in ("lock", "read", "write") or \
                    field_text(call, "arguments").strip() != "()":
                continue
            lock = re.sub(r"\s+", "", field_text(function, "value"))
            statement = _statement(call, owner)
            bound = tuple(_assigned(statement.text().split("=", 1)[0] + "=", language)) \
                if statement.kind() == "let_declaration" else ()
            value = field_text(statement, "value") if statement.kind() == "let_declaration" else ""
            # (round shapes-gojv2) `let n = *m.read().unwrap();` copies the value out: the
            # guard is a temporary of that statement, not one held by `n`
            if statement.kind() == "let_declaration" and not value.strip().startswith("*") and \
                    re.search(r"\.(lock|read|write)\(\)(\.await|\.unwrap\(\)|\.expect\([^()]*\)|\?)?$",
                              value.strip()):
                held = field_text(statement, "pattern").replace("mut ", "").strip()
                stop = _block_end(statement, language)
                dropped = re.search(rf"\bdrop\(\s*{re.escape(held)}\s*\)",
                                    root.text()[statement.range().end.index:stop])
                if dropped is not None:
                    stop = statement.range().end.index + dropped.start()
                holds.append(_Hold(lock, statement.range().start.index, stop))
            else:  # a temporary guard: it lives for the statement
                holds.append(_Hold(lock, statement.range().start.index,
                                   statement.range().end.index, bound,
                                   _in_leaving_if(call, owner)))
    return sorted(holds, key=lambda h: h.start)


def _go_helper_holds(owner: SgNode, root: SgNode) -> list[_Hold]:
    """Calls of a method of the same receiver that takes the receiver's lock for itself
    (`if b.isTaken(seat) { return ... }`): one hold for the length of the call."""
    receiver = owner.field("receiver")
    names = re.findall(r"\(\s*(\w+)\s", receiver.text()) if receiver is not None else []
    if not names:
        return []
    me = names[0]
    locking: dict[str, str] = {}
    for method in root.find_all(kind="method_declaration"):
        theirs = re.findall(r"\(\s*(\w+)\s", field_text(method, "receiver"))
        body = field_text(method, "body")
        took = re.search(rf"\b{re.escape(theirs[0])}\.([\w.]+)\.R?Lock\(\)", body) if theirs else None
        if took is not None:
            locking[field_text(method, "name")] = f"{me}.{took.group(1)}"
    out: list[_Hold] = []
    for call in owner.find_all(kind="call_expression"):
        function = call.field("function")
        if function is None or function.kind() != "selector_expression" or \
                field_text(function, "operand") != me or \
                field_text(function, "field") not in locking:
            continue
        statement = _statement(call, owner)
        bound = tuple(_assigned(re.split(r":=|=(?!=)", statement.text())[0] + "=", "go")) \
            if re.search(r":=|=(?!=)", statement.text().split("{")[0]) else ()
        out.append(_Hold(locking[field_text(function, "field")], call.range().start.index,
                         call.range().end.index, bound, _in_leaving_if(call, owner)))
    return out


def _tainted(names: set[str], text: str, language: str) -> set[str]:
    """The names, and the locals computed from them in the text (followed through)."""
    out = set(names)
    pattern = r"\blet\s+(?:mut\s+)?([a-z_]\w*)[^=;]*=([^;]*);" if language == "rust" else \
        r"(?<![\w.>])([A-Za-z_]\w*)\s*(?::=|=(?!=))([^;\n]*)"
    for _ in range(3):
        for made in re.finditer(pattern, text):
            if any(re.search(rf"(?<![\w.]){re.escape(n)}\b", made.group(2)) for n in out):
                out.add(made.group(1))
    return out


def _split_lock(language: str, root: SgNode, node: SgNode, subject: str) -> str | None:
    owner = owner_function(node, GRAMMARS[language])
    if owner is None:
        return None
    at = node.range().start.index
    holds = _holds(owner, language, root)
    later = [h for h in holds if h.start <= at < h.end]
    if not later:
        return None
    second = later[-1]
    if any(h.lock == second.lock and h.start < second.start and h.end >= second.end
           for h in holds):
        return None  # the first hold is still open: one hold around both
    source = root.text()
    if _RECHECK.search(source[second.start:at]):
        return None  # tested again under the second hold
    parent = node.parent()
    if node.kind() == "call_expression" and parent is not None and \
            parent.kind() not in ("expression_statement", "await_expression"):
        return None  # the insert's own answer used: it says whether the key was new
    for first in holds:
        if first.lock != second.lock or first.end > second.start or first is second:
            continue
        inside = source[first.start:first.end]
        names = set(first.bound) | _assigned(inside, language)
        names.discard(first.lock)
        between = source[first.end:second.start]
        if first.checked:
            return subject
        if language == "cpp" and re.search(r"\bif\b", inside) and _LEAVES.search(inside):
            return subject
        if not names:
            continue
        target = re.sub(r"\s*\[.*$", "", subject, flags=re.DOTALL)
        if language != "rust" and target not in inside:
            continue  # the write is to something the first hold did not look at
        written = node.text()
        value = written.split("=", 1)[-1] if "=" in written and language != "rust" else written
        if re.fullmatch(r"\s*(true|false|nil|NULL|nullptr|None|-?\d+|\"[^\"]*\")\s*;?\s*", value):
            continue  # a flag or a constant set: the same whoever writes it
        # a name given a new value between the holds no longer carries the reading
        read = set(names)
        names = {n for n in names if not re.search(
            rf"(?m)^\s*{re.escape(n)}\s*=(?!=)(?![^\n]*\b{re.escape(n)}\b)",
            source[first.end:at])}
        # the write computed from the reading (a stale copy written back)
        tainted = _tainted(names, between + source[second.start:at], language)
        if any(re.search(rf"(?<![\w.]){re.escape(n)}\b", value) for n in tainted):
            return subject
        # or decided by a test of the reading that refused
        for test in re.finditer(r"\bif\b([^{]*)\{([^}]*)\}", between):
            if any(re.search(rf"(?<![\w.]){re.escape(n)}\b", test.group(1)) for n in names) and \
                    _LEAVES.search(test.group(2)) and not any(
                        re.search(rf"\breturn\s+{re.escape(n)}\b", test.group(2)) for n in read):
                # (a branch that returns what was found is a cache hit, not a refusal)
                return subject
    return None


def _go(root: SgNode, node: SgNode, subject: str) -> str | None:
    return _split_lock("go", root, node, subject)


def _c(root: SgNode, node: SgNode, subject: str) -> str | None:
    return _split_lock("c", root, node, subject)


def _cpp(root: SgNode, node: SgNode, subject: str) -> str | None:
    return _split_lock("cpp", root, node, subject)


def _rust(root: SgNode, node: SgNode, subject: str) -> str | None:
    return _split_lock("rust", root, node, subject)


SPLIT_LOCK_FILTERS: Final = {"go-split-lock": _go, "c-split-lock": _c, "cpp-split-lock": _cpp,
                             "rust-split-lock": _rust}
