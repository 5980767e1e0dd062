"""Events inside token-analysed units: recursion, errors, I/O, risk, mutation, ..."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from . import vocab as V

if TYPE_CHECKING:
    from .tok import Structure, Tok
    from .units import Unit

_SEPARATORS = (".", "::", "->", "?.")


def _chain(toks: list[Tok], k: int) -> tuple[str, str]:
    """Return (owner, last) of a dotted call name ending at token k."""
    parts = [toks[k].value.rstrip("!").replace("::", ".")]
    j = k - 1
    while j >= 1 and toks[j].value in _SEPARATORS and toks[j - 1].kind in ("name", "kw"):
        parts.append(toks[j - 1].value.replace("::", "."))
        j -= 2
    full = ".".join(reversed(parts))
    owner, _, last = full.rpartition(".")
    return owner, last


def _wanted(unit: Unit, changed: list[int] | None) -> bool:
    if changed is None:
        return True
    at = bisect_left(changed, unit.line)
    return at < len(changed) and changed[at] <= unit.end


def fill_events(shape: Structure, language: str, changed: set[int] | None) -> None:
    """Attach loops and events to every unit of the structure that intersects changed lines."""
    toks, partner = shape.toks, shape.partner
    owner = [-1] * len(toks)
    for index, (_, name_i, _, last) in sorted(enumerate(shape.spans), key=lambda s: s[1][1]):
        owner[name_i : last + 1] = [index] * (last + 1 - name_i)
    depth = [0] * (len(toks) + 1)
    for start, end in shape.loops:
        depth[start] += 1
        depth[end + 1] -= 1
    for k in range(1, len(toks)):
        depth[k] += depth[k - 1]
    order = sorted(changed) if changed is not None else None
    wanted = [_wanted(unit, order) for unit, _, _, _ in shape.spans]
    for start, _ in shape.loops:
        u = owner[start]
        if u >= 0 and wanted[u]:
            nest = 1 + sum(1 for s, e in shape.loops if s < start <= e and owner[s] == u)
            shape.spans[u][0].loops.append((toks[start].line, nest))
    for u, (unit, name_i, body, end) in enumerate(shape.spans):
        if not wanted[u]:
            continue
        for k in range(name_i, body):
            if toks[k].value == "throws":
                for t in toks[k + 1 : body]:
                    if t.kind == "name":
                        unit.add("raise", t.line, t.value, f"declares throws {t.value}")
        released = any(t.value in V.RELEASE_WORDS for t in toks[body:end])
        for k in range(body, end + 1):
            if owner[k] == u:
                _scan(unit, toks, partner, k, depth[k], language, released)


def _scan(unit: Unit, toks: list[Tok], partner: list[int], k: int, in_loop: int,
          language: str, released: bool) -> None:
    tok = toks[k]
    nxt = toks[k + 1] if k + 1 < len(toks) else tok
    value, line = tok.value, tok.line
    if tok.kind == "kw":
        _keyword(unit, toks, partner, k)
    elif tok.kind == "str":
        _string(unit, toks, k)
    elif tok.value == "?" and language == "rust" and toks[k - 1].value == ")":
        unit.add("except", line, "?", "propagates errors with ?")
    elif tok.value == "+=" and in_loop and nxt.kind == "str":
        unit.add("performance", line, "string concatenation", "builds a string with += in a loop")
    if tok.kind != "name":
        return
    if value in V.RISKY_WORDS:
        unit.add("risky", line, value, f"uses {value}")
    if value in V.IO_NAMES:
        unit.add("io", line, value, f"performs I/O with {value}")
    if value in V.CONCURRENCY_WORDS and value not in ("go", "await", "select"):
        unit.add("concurrency", line, value, f"uses {value}")
    if value == "err" and nxt.value == "!=" and toks[k + 2].value == "nil":
        unit.add("except", line, "error", "checks err != nil")
    if value in unit.params:
        _param_use(unit, toks, partner, k)
    if nxt.value == "(" or value.endswith("!"):
        _call(unit, toks, partner, k, in_loop, released)


def _keyword(unit: Unit, toks: list[Tok], partner: list[int], k: int) -> None:
    tok = toks[k]
    line, value = tok.line, tok.value
    if value in ("throw", "raise"):
        j = k + 1
        if j < len(toks) and toks[j].value == "new":
            j += 1
        name = toks[j].value if j < len(toks) and toks[j].kind == "name" else "exception"
        unit.add("raise", line, name, f"{value}s {name}")
    elif value in ("catch", "except"):
        names = _catch_types(toks, partner, k)
        for name in names or ["any error"]:
            unit.add("except", line, name, f"catches {name}")
    elif value in V.CONCURRENCY_WORDS:
        detail = {"go": "starts a goroutine", "await": "awaits inside an async function",
                  "chan": "uses a channel"}.get(value, f"uses {value}")
        unit.add("concurrency", line, value, detail)
    elif value in V.RISKY_WORDS:
        unit.add("risky", line, value, f"uses an {value} block")


def _catch_types(toks: list[Tok], partner: list[int], k: int) -> list[str]:
    j = k + 1
    if j < len(toks) and toks[j].value == "(" and partner[j] > j:
        inner = toks[j + 1 : partner[j]]
    else:
        inner = []
        while j < len(toks) and toks[j].value not in (":", "{", ";") and toks[j].value != "as":
            inner.append(toks[j])
            j += 1
        return [t.value for t in inner if t.kind == "name"]
    if any(t.value == "..." for t in inner):
        return ["all exceptions"]
    groups: list[list[str]] = []
    for t in inner:
        if t.kind in ("name", "kw") and t.value not in ("const", "final"):
            if groups and groups[-1][-1] == "::":
                groups[-1].append(t.value)
            else:
                groups.append([t.value])
        elif t.value == "::" and groups:
            groups[-1].append("::")
    names = ["".join(g) for g in groups]
    if len(names) > 1:
        return names[:-1]  # the last name is the variable
    return [] if names and names[0][:1].islower() else names


def _string(unit: Unit, toks: list[Tok], k: int) -> None:
    tok = toks[k]
    if not V.SQL_TEXT.search(tok.value):
        return
    around = {toks[j].value for j in range(max(0, k - 3), min(len(toks), k + 3))}
    if tok.interp or "+" in around or around & V.FORMAT_CALLS or "%" in around:
        unit.add("sql", tok.line, "query string", "builds SQL text from strings")


def _param_use(unit: Unit, toks: list[Tok], partner: list[int], k: int) -> None:
    name, line = toks[k].value, toks[k].line
    nxt = toks[k + 1].value if k + 1 < len(toks) else ""
    after = k + 2 < len(toks) and toks[k + 2]
    if nxt in (".", "->") and after and after.kind == "name" and k + 3 < len(toks):
        follow = toks[k + 3].value
        if (after.value in V.MUTATORS and follow == "(") or follow in ("=", "+=", "-="):
            unit.add("mutation", line, name, f"modifies argument {name}")
    elif nxt == "[" and partner[k + 1] > k and partner[k + 1] + 1 < len(toks):
        if toks[partner[k + 1] + 1].value in ("=", "+=", "-=", "*="):
            unit.add("mutation", line, name, f"assigns into argument {name}")
    elif k and toks[k - 1].value == "*" and (k < 2 or toks[k - 2].kind not in ("name", "num")) \
            and nxt in ("=", "+="):
        unit.add("mutation", line, name, f"writes through pointer {name}")


def _call(unit: Unit, toks: list[Tok], partner: list[int], k: int, in_loop: int,
          released: bool) -> None:
    owner, last = _chain(toks, k)
    shown = f"{owner}.{last}" if owner else last
    full = shown.lower()
    low, line = last.lower(), toks[k].line
    prev = toks[k - 1].value if k else ""
    if unit.kind == "function" and last == unit.name and (owner in V.SELF_NAMES or
                                                          (owner.islower() and "." not in owner)):
        unit.add("recursion", line, unit.name, f"{unit.name} calls itself")
    if last in V.SORT_CALLS:
        unit.sorts = True
        if in_loop:
            unit.add("performance", line, shown, f"sorts inside a loop ({shown})")
    if full in V.RISKY_CALLS or (low in V.RISKY_CALLS and not owner) or \
            (prev == "new" and last == "Function"):
        unit.add("risky", line, shown, f"calls {shown}")
    if low in ("errorf", "sprintf", "sprint", "sprintln", "new"):
        pass
    elif (low in V.IO_CALLS and (not owner or owner.lower() in V.IO_OWNERS)) or \
            (owner.lower() in V.IO_OWNERS and owner.lower() not in ("os", "http", "net")):
        unit.add("io", line, shown, f"performs I/O with {shown}")
    if (full in V.RESOURCE_CALLS or (low in V.RESOURCE_CALLS and prev == "new")) \
            and not released and not _in_try_resources(toks, k):
        unit.add("resource", line, shown, f"acquires {shown} without a visible release")
    if low in ("panic", "unwrap", "expect") or full in ("errors.new", "fmt.errorf") or \
            last == "Err":
        unit.add("raise", line, last, f"can fail with {last}")
    if full in V.CONCURRENCY_CALLS and (owner or low in ("spawn", "settimeout")):
        unit.add("concurrency", line, shown, f"starts concurrent work with {shown}")
    if in_loop and last in V.LINEAR_SEARCH and owner:
        unit.add("data_structure", line, owner, f"linear search {owner}.{last}() inside a loop")
    if (full in V.PATH_CALLS or low in V.PATH_CALLS) and unit.params and partner[k + 1] > k:
        args = {t.value for t in toks[k + 2 : partner[k + 1]] if t.kind == "name"}
        for param in sorted(args & set(unit.params)):
            unit.add("path", line, param, f"builds a file path from {param}")


def _in_try_resources(toks: list[Tok], k: int) -> bool:
    depth = 0
    for j in range(k - 1, max(0, k - 30), -1):
        if toks[j].value == ")":
            depth += 1
        elif toks[j].value == "(":
            if depth == 0:
                return j > 0 and toks[j - 1].value == "try"
            depth -= 1
    return False
