"""Loop costs in brace languages: nested loops over the same data, per-item parts, scans."""

from __future__ import annotations

import re
from typing import Final

from ._risk import Risk
from ._tokrisk import strip_comments
from ._units import Unit
from ._units import owner as _owner

_LOOP_HEADS: Final = (
    re.compile(r"\bfor\s+(?:(\w+)\s*,\s*)?(\w+)\s*:=\s*range\s+([\w.\[\]:]+)"),
    re.compile(r"\bfor\s*\(\s*(?:const|let|var|final)?\s*[\w<>\[\], ]*?(\w+|\[[^\]]*\])\s+(?:of|:)"
               r"\s+([\w.()]+)\s*\)"),
    re.compile(r"\bfor\s*\(?\s*(?:let|var|int|long|)\s*(\w+)\s*:?=\s*[^;]+;\s*\w+\s*<=?\s*"
               r"([\w.()]+)"),
    re.compile(r"([\w.]+)\.forEach\s*\(\s*(?:\(?\s*(\w+))"),
)


def _loop_heads(lines: list[str]) -> list[tuple[int, int, str, str]]:
    """(line, end line, loop variable, iterable) of every loop, ends found by brace depth."""
    out: list[tuple[int, int, str, str]] = []
    for n, text in enumerate(lines, 1):
        for k, pattern in enumerate(_LOOP_HEADS):
            match = pattern.search(text)
            if not match:
                continue
            if k == 0:
                var, it = match.group(2), match.group(3)
            elif k == 3:
                it, var = match.group(1), match.group(2) or ""
            else:
                var, it = match.group(1), match.group(2)
            out.append((n, _block_end(lines, n), var.strip("[]").split(",")[0].strip(), it))
            break
    return out


def _block_end(lines: list[str], n: int) -> int:
    depth = 0
    opened = False
    for m in range(n - 1, min(len(lines), n + 400)):
        for ch in lines[m]:
            if ch == "{":
                depth += 1
                opened = True
            elif ch == "}":
                depth -= 1
                if opened and depth <= 0:
                    return m + 1
    return n


def _root(expr: str) -> str:
    expr = re.sub(r"^(len|size)\(|\)$", "", expr)
    return re.split(r"[.\[(]", expr)[0]


def token_loops(source: str, units: list[Unit]) -> list[Risk]:
    """Derivable costs of nested loops in brace languages (same data, per-item sub-collections)."""
    lines = strip_comments(source)
    heads = _loop_heads(lines)
    out: list[Risk] = []
    for line, _end, _var, it in heads:
        outer = [h for h in heads if h[0] < line <= h[1]]
        if not outer:
            continue
        o_line, _o_end, o_var, o_it = outer[-1]
        unit = _owner(units, line)
        ident = unit.name if unit else ""
        body = "\n".join(lines[o_line: line - 1])
        assigned = re.search(rf"\b{re.escape(_root(it))}\s*:?=\s*([^\n;]+)", body)
        derived = _root(it) == o_var or (assigned is not None and re.search(
            rf"\b({re.escape(o_var)}|{re.escape(_root(o_it))})\b", assigned.group(1)) is not None)
        if re.fullmatch(r"\d+", o_it) and (it == o_var or re.fullmatch(r"\d+", it)):
            continue  # bounded by constants: no input size
        if it == o_var and re.search(rf"\b{re.escape(o_var)}\s*<", lines[o_line - 1]):
            how = (f"the inner loop runs up to the outer counter `{o_var}`, 1 + 2 + ... + n "
                   f"steps for `{o_it}`: about n²/2")
            out.append(Risk("complexity", line, ident, how, {"complexity": "O(n^2)",
                                                             "derivation": how}))
        elif it == o_it or (_root(it) == _root(o_it) and re.sub(r"\W", "", it) ==
                            re.sub(r"\W", "", o_it)):
            how = (f"for each item of `{o_it}` the inner loop walks `{it}` again, n × n steps")
            out.append(Risk("complexity", line, ident, how, {"complexity": "O(n^2)",
                                                             "derivation": how}))
        elif derived:
            whole = re.sub(r"^len\((.*)\)$", r"\1", o_it)
            how = (f"the inner loop walks `{it}`, the part of `{whole}` for the current outer "
                   f"step only, so over the whole of `{whole}` its body runs once per item in "
                   "total")
            out.append(Risk("complexity", line, ident, how, {"complexity": "O(total)",
                                                             "derivation": how}))
        else:
            out.append(Risk("complexity", line, ident, f"the loop over `{it}`",
                            {"complexity": None, "iterates": f"the loop over `{it}`",
                             "outer": f"the loop over `{o_it}`"}))
    arrays = {m.group(1) for t in lines for m in [re.search(
        r"(?:const|let|var)\s+(\w+)\s*(?::\s*[\w<>\[\]]+)?\s*=\s*\[\s*\]|(\w+)\s*(?::=|=)\s*"
        r"(?:new\s+ArrayList<[^>]*>\(\)|\[\]\w+\{\})", t)] if m and m.group(1)}
    for line, end, _var, it in heads:
        for m in range(line, min(end, len(lines))):
            hit = re.search(r"\b(\w+)\.(includes|indexOf|contains)\s*\(", lines[m])
            if hit and hit.group(1) in arrays and hit.group(1) != it:
                unit = _owner(units, m + 1)
                name = hit.group(1)
                how = (f"for each item of `{it}`, `{name}` (an array) is searched item by item "
                       f"at line {m + 1}: len({it}) × len({name}) steps")
                out.append(Risk("complexity", m + 1, unit.name if unit else "", how,
                                {"complexity": "O(n*m)", "derivation": how}))
                break
    for line, end, _var, it in heads:
        scan = re.compile(rf"\b{re.escape(it)}\.(includes|indexOf|contains|Contains)\s*\(")
        for m in range(line, min(end, len(lines))):
            if scan.search(lines[m]):
                unit = _owner(units, m + 1)
                how = (f"inside the loop over `{it}`, line {m + 1} searches `{it}` again, a "
                       "linear search per item, n × n steps")
                out.append(Risk("complexity", m + 1, unit.name if unit else "", how,
                                {"complexity": "O(n^2)", "derivation": how}))
                break
    return out
