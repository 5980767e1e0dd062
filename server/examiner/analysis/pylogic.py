"""Correctness and logic hazards in Python that need more than one node to see, with ``ast``.

- Overlapping intervals merged by setting the block's end to the current item's end instead of
  the larger of the two: an item inside the block shortens it (the classic merge keeps
  `max(end, cur_end)`; CWE-682, incorrect calculation).
- A method or function that joins a name onto a folder as given, while its sibling building a
  path on the same folder passes the name through a sanitiser first (CWE-22; OWASP "Path
  Traversal": validate in one place, on every path that builds the name).
- A running minimum seeded with 0: for positive data nothing is ever below it (CWE-1188,
  CWE-682; seed with the first item or `math.inf`).
- `for i in range(len(xs) - 1)` over the items themselves, never `xs[i + 1]`: the last item is
  never visited (CWE-193, off-by-one); and `for i in range(len(xs) - w)` over the windows
  `xs[i:i + w]`: the last window starts at `len(xs) - w`, which `range` stops before (with
  `len(xs) == w`, no window at all).
- `datetime.utcnow()` (or `utcfromtimestamp`), or a time computed from it, turned into epoch
  seconds with `.timestamp()`: a naive datetime is taken as local time, so the result is off by
  the machine's UTC offset (the datetime docs, `utcnow` and `timestamp`: "naive datetime
  instances are assumed to represent local time"; `datetime.now(timezone.utc)`).
- `d.replace(month=d.month + 1)` (or `date(y, m + 1, d)`): December gives month 13 and 31
  January gives 31 February, both ValueError (the datetime docs: "month ... 1 <= month <= 12",
  "day ... must be valid for the month").
- `key, value = s.split("=")` with no maxsplit: a value holding the separator (base64 padding,
  a URL) raises ValueError on unpacking (the str.split docs, `maxsplit`; `str.partition`).
- A value read from a key-value store (`cache.get(k)`, Redis GET) and written back from that
  value (`cache.set(k, v + 1)`) with no lock, transaction or atomic increment: two workers lose
  an update (CWE-362, CWE-367; Redis INCR, Django's cache.incr, WATCH/MULTI).
- A password, token or secret passed to a logger or `print` (CWE-532, OWASP Logging Cheat
  Sheet: never log credentials).
- A file tested for existence and then opened for writing: another process can create it in
  between and one write is lost (CWE-367; open mode "x", `os.O_EXCL`).
- A 1-based page (a parameter defaulting to 1) multiplied by the page size as an offset with
  no `- 1`: page 1 skips the first page (CWE-193).
- The middle element (`xs[len(xs) // 2]`, a median) of a list the function never sorts (the
  statistics docs: the median is the middle value of the *sorted* data; CWE-682).
- A JWT decoded with its signature check turned off (`options={"verify_signature": False}`,
  `verify=False`, the "none" algorithm): anyone can forge one (PyJWT docs, CWE-347, RFC 8725);
  or decoded with a key but no `algorithms=` (PyJWT's docs: "You must specify what algorithms
  you accept"; RFC 8725 3.1: else the token's `alg` header chooses, e.g. HS256 keyed with a
  public RSA key; PyJWT 2 refuses every token instead).
- `os.chmod` (or `Path.chmod`) giving everyone write access (bandit B103, CWE-732).
- A regular expression compiled from a request value: a crafted pattern backtracks for ever
  and changes what matches (OWASP ReDoS, CWE-1333, CWE-625).
- Two dates tested for the same day by their `.day` alone: 3 March and 3 April match (the
  datetime docs: `date()` compares the whole date; CWE-697).
- CORS with credentials allowed for every origin (flask-cors `supports_credentials=True` with
  its default or "*" origins; Starlette's `allow_credentials=True` with "*" echoes any origin):
  any site reads the user's data with their cookies (CWE-942; the Fetch standard, MDN CORS).
- `calendar.monthrange(y, m)[0]` taken as the month's length: the docs say it "returns weekday
  of first day of the month and number of days in month", so `[0]` is a weekday, 0 to 6.
- A refill (a token bucket, a rate limiter) that truncates the elapsed time's worth to whole
  units (`int(elapsed * rate)`, `//`) and still moves its timestamp to now: the fraction is
  thrown away on every call, so a client calling more often than one unit per token never gets
  one back (CWE-682; the usual remedy keeps fractional tokens or advances the timestamp only by
  the time the whole tokens account for).
- A `while True` retry whose handler only records the failure and goes round again, with no
  count of attempts and no deadline: a failure that never clears is never reported, and the
  caller waits for ever (CWE-835; the AWS Builders' Library, "Timeouts, retries and backoff
  with jitter": cap the retries).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable, Iterator
from functools import cache
from typing import Final

from .python import dotted, parameter_default
from .risk import Risk, names, own_nodes, rule_risk, walk
from .risk import src as _src

__all__ = ["QUESTIONS", "logic_risks"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

_MERGE_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What does it give "
                   "for (1, 10) followed by (2, 3), and how would you write it?")
_SIBLING_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. Which name could a "
                     "caller pass here to reach a file outside that folder, and how would you "
                     "make every method build its paths the same way?")
_MIN_ZERO_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. What does it "
                      "return when every value is positive, and how would you write it?")
_DROP_LAST_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. Which items "
                       "does the loop visit for a list of three, and how would you write it?")
_WINDOW_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. How many "
                    "windows does it give for 4 items and a width of 2, or 3 items and a width of "
                    "3, and how would you write it?")
_UTC_NAIVE_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. What does "
                       "it give on a server whose clock is set to New York time, and how would "
                       "you write it?")
_MONTH_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens for a "
                   "date in December, or for 31 January, and how would you write it?")
_SPLIT_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. What happens "
                   "when the value itself contains that separator, and how would you write it?")
_STORE_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. What happens "
                   "when two workers run this for the same key at the same time, and how would "
                   "you prevent it?")
_LOGGED_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. Who can read that "
                    "log, and what would you write instead?")
_EXISTS_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. What happens "
                    "when two processes run this at the same moment, and how would you write it?")
_PAGE_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. Which items does "
                  "page 1 return, and how would you write it?")
_CORS_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What can a page on "
                  "another site do with a logged-in user's browser, and how would you configure "
                  "it?")

_MEDIAN_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. What does it "
                    "give for [9, 1, 5], and how would you write it?")
_JWT_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What could a client "
                 "put in a token it makes itself, and how would you read it instead?")
_CHMOD_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. Who else on the "
                   "machine can change that file, and which mode would you give it?")
_REGEX_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What could a client "
                   "send that stalls the server or matches what it should not, and how would "
                   "you write it?")
_WEEKDAY_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What does it "
                     "give for a month that starts on a Monday, and how would you write it?")
_REFILL_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. What does a "
                    "client get that calls twice as often as one token's worth of time, and how "
                    "would you write it?")
_RETRY_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}. What happens when the call "
                   "keeps failing (the other side is down for a day), and how would you write the "
                   "retry?")
_SAME_DAY_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. Which two "
                      "different dates pass that test, and how would you write it?")

_LOCK_ORDER_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens "
                        "when one thread is in each method at once, and how would you order the "
                        "two locks?")

QUESTIONS: Final = {
    "py-merge-keeps-later-end": _MERGE_Q, "py-sibling-skips-sanitiser": _SIBLING_Q,
    "py-min-seeded-with-zero": _MIN_ZERO_Q, "py-range-len-minus-one": _DROP_LAST_Q,
    "py-month-plus-one": _MONTH_Q, "py-split-unpacked-unlimited": _SPLIT_Q,
    "py-store-read-then-written": _STORE_Q, "py-secret-logged": _LOGGED_Q,
    "py-exists-then-write": _EXISTS_Q, "py-one-based-page-offset": _PAGE_Q,
    "py-cors-any-origin-credentials": _CORS_Q, "py-median-of-unsorted": _MEDIAN_Q,
    "py-jwt-unverified": _JWT_Q, "py-world-writable-chmod": _CHMOD_Q,
    "py-regex-from-request": _REGEX_Q, "py-same-day-by-day-field": _SAME_DAY_Q,
    "py-monthrange-first-as-length": _WEEKDAY_Q, "py-refill-drops-fraction": _REFILL_Q,
    "py-retry-forever": _RETRY_Q, "py-window-range-drops-last": _WINDOW_Q,
    "py-naive-utc-timestamp": _UTC_NAIVE_Q, "py-locks-in-both-orders": _LOCK_ORDER_Q}
"""The checks here, by id (their key points are in ``questions/templates.py``)."""


def _risk(kind: str, line: int, fn: str, detail: str, rule: str, severity: str,
          subject: str) -> Risk:
    return rule_risk(kind, line, fn, detail, rule, severity, subject, QUESTIONS[rule])


def _params(fn: _Fn) -> list[ast.arg]:
    a = fn.args
    return [x for x in (*a.posonlyargs, *a.args, *a.kwonlyargs) if x.arg not in ("self", "cls")]


# --- intervals ---------------------------------------------------------------------------------

_ORDER_OPS: Final = (ast.Lt, ast.LtE, ast.Gt, ast.GtE)


def _calls_max(node: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and dotted(n.func) in ("max", "builtins.max")
               for n in ast.walk(node))


def _later_end(value: ast.AST, end: ast.AST, cur: ast.AST, items: set[str]) -> bool:
    """value is the current item's own bound (not the compared one), with no max and no reference
    to the block's end."""
    text = _src(value)
    return bool(names(value) & items) and not _calls_max(value) and _src(end) not in text and \
        text != _src(cur) and not isinstance(value, (ast.Constant, ast.BinOp))


def _overlap_test(test: ast.AST, items: set[str]) -> tuple[ast.AST, ast.AST, bool] | None:
    """(current start, block end, True when the test means "overlaps") for a test comparing
    the loop's item with something that is not the item."""
    for cmp in ast.walk(test):
        if not (isinstance(cmp, ast.Compare) and len(cmp.ops) == 1 and
                isinstance(cmp.ops[0], _ORDER_OPS)):
            continue
        left, right = cmp.left, cmp.comparators[0]
        lcur, rcur = bool(names(left) & items), bool(names(right) & items)
        if lcur == rcur:
            continue
        cur, end = (left, right) if lcur else (right, left)
        below = isinstance(cmp.ops[0], (ast.Lt, ast.LtE)) == lcur  # cur < end
        if isinstance(end, ast.Constant) or _calls_max(end):
            continue
        return cur, end, below
    return None


def _merge_wrong_end(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    for loop in nodes:
        if not isinstance(loop, (ast.For, ast.AsyncFor)):
            continue
        items = names(loop.target)
        for test in (s for stmt in loop.body for s in ast.walk(stmt) if isinstance(s, ast.If)):
            found = _overlap_test(test.test, items)
            if found is None:
                continue
            cur, end, overlap = found
            branch = test.body if overlap else test.orelse
            for stmt in branch:
                if not (isinstance(stmt, ast.Assign) and len(stmt.targets) == 1):
                    continue
                target, value = stmt.targets[0], stmt.value
                hit = ""
                if _src(target) == _src(end) and _later_end(value, end, cur, items):
                    hit = _src(value)
                elif isinstance(end, (ast.Subscript, ast.Attribute)) and \
                        _src(target) == _src(end.value) and isinstance(value, (ast.Tuple,
                                                                             ast.List)):
                    idx = end.slice.value if isinstance(end, ast.Subscript) and \
                        isinstance(end.slice, ast.Constant) else None
                    if isinstance(idx, int) and -len(value.elts) <= idx < len(value.elts) and \
                            _later_end(value.elts[idx], end, cur, items):
                        hit = _src(value.elts[idx])
                if hit:
                    detail = (f"merges an overlapping item into the block (the test at line "
                              f"{test.lineno}) by setting its end to `{hit}`, not to the larger "
                              f"of that and `{_src(end)}`")
                    out.append(_risk("wrong_result", stmt.lineno, fn.name, detail,
                                     "py-merge-keeps-later-end", "error", hit))
                    return


# --- a sibling that skips the sanitiser -------------------------------------------------------

_JOIN_CALLS: Final = frozenset({"os.path.join", "posixpath.join", "path.join", "join",
                                "Path", "pathlib.Path", "PurePath", "PosixPath"})
_GUARDS: Final = re.compile(r"\b(realpath|abspath|resolve|commonpath|commonprefix|"
                            r"is_relative_to|relative_to|startswith|basename|secure_filename|"
                            r"fullmatch|match|search|safe_join|normpath|isalnum|isidentifier)$")
_NOT_SANITISERS: Final = frozenset({"str", "int", "os.fspath", "Path", "pathlib.Path", "repr",
                                    "format", "len", "f"})


def _joins(nodes: list[ast.AST]) -> list[tuple[ast.AST, ast.expr, list[ast.expr]]]:
    """(node, base, the parts joined onto it) for os.path.join, Path(...) and `/`."""
    out: list[tuple[ast.AST, ast.expr, list[ast.expr]]] = []
    for n in nodes:
        if isinstance(n, ast.Call) and dotted(n.func) in _JOIN_CALLS and len(n.args) > 1 and \
                not any(isinstance(a, ast.Starred) for a in n.args):
            out.append((n, n.args[0], list(n.args[1:])))
        elif isinstance(n, ast.BinOp) and isinstance(n.op, ast.Div) and \
                not isinstance(n.left, ast.Constant) and not isinstance(n.right, ast.Constant) \
                and not isinstance(n.left, ast.BinOp):
            out.append((n, n.left, [n.right]))
    return out


def _assigned(nodes: list[ast.AST]) -> dict[str, list[ast.Assign]]:
    out: dict[str, list[ast.Assign]] = {}
    for n in nodes:
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            out.setdefault(n.targets[0].id, []).append(n)
    return out


def _base_key(base: ast.expr, assigned: dict[str, list[ast.Assign]], params: set[str]) -> str:
    """The folder a path is built on, the same text in sibling functions: a local holding it is
    replaced by its value, and parameter names by `_`."""
    if isinstance(base, ast.Name) and len(assigned.get(base.id, ())) == 1:
        base = assigned[base.id][0].value
    if isinstance(base, ast.Name) and base.id in params:
        return ""  # a folder the caller gives is not "the same folder"
    text = _src(base)
    for p in params:
        text = re.sub(rf"\b{re.escape(p)}\b", "_", text)
    return text


def _sanitised(part: ast.expr, assigned: dict[str, list[ast.Assign]],
               params: set[str]) -> tuple[str, str]:
    """(sanitiser, parameter) when the part is `S(param)` or a local holding it."""
    if isinstance(part, ast.Name) and len(assigned.get(part.id, ())) == 1:
        part = assigned[part.id][0].value
    if isinstance(part, ast.Call) and part.args and (used := names(part.args[0]) & params):
        name = dotted(part.func)
        if name and name not in _NOT_SANITISERS and not name.startswith(("os.path.join", "str.")):
            return name, min(used)
    return "", ""


def _raw_param(part: ast.expr, assigned: dict[str, list[ast.Assign]], params: set[str],
               ints: set[str]) -> str:
    if isinstance(part, ast.Name) and part.id in params and part.id not in assigned and \
            part.id not in ints:
        return part.id
    return ""


def _groups(tree: ast.Module) -> list[list[_Fn]]:
    top = [n for n in tree.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    out = [top] if len(top) > 1 else []
    for cls in (n for n in walk(tree) if isinstance(n, ast.ClassDef)):
        methods = [n for n in cls.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        if len(methods) > 1:
            out.append(methods)
    return out


def _sibling_skips(tree: ast.Module, examined: set[int], out: list[Risk]) -> None:
    for group in _groups(tree):
        if not any(id(fn) in examined and any(
                isinstance(p, ast.Name) for _n, _b, parts in _joins(own_nodes(fn)) for p in parts)
                for fn in group):
            continue  # no changed function joins a bare name: nothing to compare
        info = []
        for fn in group:
            nodes = own_nodes(fn)
            params = {a.arg for a in _params(fn)}
            ints = {a.arg for a in _params(fn) if a.annotation is not None and
                    _src(a.annotation) in ("int", "UUID", "uuid.UUID")}
            info.append((fn, nodes, params, ints, _assigned(nodes), _joins(nodes)))
        safe: dict[str, tuple[str, str, int]] = {}  # folder -> (sanitiser, function, line)
        for fn, _nodes, params, _ints, assigned, joins in info:
            for node, base, parts in joins:
                key = _base_key(base, assigned, params)
                for part in parts:
                    sanitiser, _p = _sanitised(part, assigned, params)
                    if key and sanitiser and key not in safe:
                        safe[key] = (sanitiser, fn.name, getattr(node, "lineno", 0))
        if not safe:
            continue
        for fn, nodes, params, ints, assigned, joins in info:
            if id(fn) not in examined:
                continue
            called = {dotted(n.func) for n in nodes if isinstance(n, ast.Call)}
            if any(_GUARDS.search(c.rsplit(".", 1)[-1]) for c in called if c) or any(
                    isinstance(n, ast.Compare) and any(isinstance(o, (ast.In, ast.NotIn))
                                                       for o in n.ops) for n in nodes):
                continue
            for node, base, parts in joins:
                key = _base_key(base, assigned, params)
                if key not in safe:
                    continue
                sanitiser, other, line = safe[key]
                if other == fn.name or sanitiser in called:
                    continue
                raw = next((r for p in parts if (r := _raw_param(p, assigned, params, ints))), "")
                if not raw:
                    continue
                detail = (f"joins `{raw}` onto `{_src(base)}` as the caller gave it, while "
                          f"`{other}` passes its name through `{sanitiser}` before joining it to "
                          f"the same folder (line {line})")
                out.append(_risk("path_traversal", getattr(node, "lineno", 0), fn.name, detail,
                                 "py-sibling-skips-sanitiser", "error", raw))
                return


# --- order statistics, ranges, dates ---------------------------------------------------------

def _min_seeded_zero(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    zeros = {n.targets[0].id: n.lineno for n in nodes if isinstance(n, ast.Assign)
             and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
             and isinstance(n.value, ast.Constant) and n.value.value == 0
             and not isinstance(n.value.value, bool)}
    if not zeros:
        return
    stores: dict[str, int] = {}
    for n in nodes:
        if isinstance(n, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target]):
                for name in names(t):
                    stores[name] = stores.get(name, 0) + 1
    for loop in nodes:
        if not isinstance(loop, (ast.For, ast.AsyncFor)):
            continue
        for line, low, val in _minimum_updates(loop):
            if low in zeros and zeros[low] < loop.lineno and stores.get(low, 0) == 2:
                detail = (f"`{low}` starts at 0 (line {zeros[low]}) and is replaced only by "
                          f"a smaller `{_src(val)}`")
                out.append(_risk("wrong_result", line, fn.name, detail,
                                 "py-min-seeded-with-zero", "error", low))
                return


def _minimum_updates(loop: ast.For | ast.AsyncFor) -> Iterator[tuple[int, str, ast.expr]]:
    """Where a loop keeps a running minimum of something from its items: (line, the minimum's
    name, the value it takes), from `low = min(low, v)` and from `if v < low: low = v`."""
    items = names(loop.target)
    for step in (s for stmt in loop.body for s in ast.walk(stmt) if isinstance(s, ast.Assign)):
        target, call = step.targets[0], step.value
        if isinstance(target, ast.Name) and isinstance(call, ast.Call) and \
                dotted(call.func) == "min" and len(call.args) == 2 and not call.keywords and \
                any(isinstance(a, ast.Name) and a.id == target.id for a in call.args):
            val = next(a for a in call.args if not (isinstance(a, ast.Name) and a.id == target.id))
            if names(val) & items:
                yield step.lineno, target.id, val
    for test in (s for stmt in loop.body for s in ast.walk(stmt) if isinstance(s, ast.If)):
        cmp = test.test
        if not (isinstance(cmp, ast.Compare) and len(cmp.ops) == 1 and
                isinstance(cmp.ops[0], _ORDER_OPS)):
            continue
        left, right = cmp.left, cmp.comparators[0]
        # `v < low` or `low > v`: the running minimum is the Name on the "greater" side
        low = right if isinstance(cmp.ops[0], (ast.Lt, ast.LtE)) else left
        val = left if low is right else right
        if isinstance(low, ast.Name) and names(val) & items and any(
                isinstance(s, ast.Assign) and _src(s.targets[0]) == low.id and
                _src(s.value) == _src(val) for s in test.body):
            yield test.lineno, low.id, val


def _len_minus_one(call: ast.AST) -> str:
    """`xs` for `range(len(xs) - 1)` (or `range(0, len(xs) - 1)`)."""
    if not (isinstance(call, ast.Call) and dotted(call.func) == "range" and
            len(call.args) in (1, 2) and not call.keywords):
        return ""
    if len(call.args) == 2 and not (isinstance(call.args[0], ast.Constant) and
                                    call.args[0].value == 0):
        return ""
    stop = call.args[-1]
    if isinstance(stop, ast.BinOp) and isinstance(stop.op, ast.Sub) and \
            isinstance(stop.right, ast.Constant) and stop.right.value == 1 and \
            isinstance(stop.left, ast.Call) and dotted(stop.left.func) == "len" and \
            len(stop.left.args) == 1 and isinstance(stop.left.args[0], (ast.Name, ast.Attribute)):
        return _src(stop.left.args[0])
    return ""


def _range_drops_last(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    for loop in nodes:
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)):
            continue
        seq = _len_minus_one(loop.iter)
        if not seq or all(isinstance(s, ast.Assert) for s in loop.body):
            continue  # an invariant checked for all but the last on purpose
        i = loop.target.id
        body = [n for stmt in loop.body for n in ast.walk(stmt)]
        uses = [n for n in body if isinstance(n, ast.Name) and n.id == i]
        as_index = [n for n in body if isinstance(n, ast.Subscript) and
                    isinstance(n.slice, ast.Name) and n.slice.id == i]
        read = [n for n in as_index if _src(n.value) == seq and isinstance(n.ctx, ast.Load)]
        written = any(_src(n.value) == seq and not isinstance(n.ctx, ast.Load) for n in as_index)
        if not read or written or len(uses) != len(as_index):
            continue  # the index is used for more than reading the item (a pair, a swap)
        after = [n for n in nodes if getattr(n, "lineno", 0) > (loop.end_lineno or loop.lineno)]
        if any(isinstance(n, ast.Subscript) and _src(n.value) == seq and (
                (isinstance(n.slice, ast.UnaryOp) and isinstance(n.slice.op, ast.USub)) or
                isinstance(n.slice, ast.BinOp)) for n in after):
            continue  # the last item handled after the loop
        detail = (f"`for {i} in {_src(loop.iter)}` visits `{seq}[{i}]` for every index but the "
                  "last, and nothing handles the last item")
        out.append(_risk("wrong_result", loop.lineno, fn.name, detail, "py-range-len-minus-one",
                         "error", seq))
        return


def _len_minus(call: ast.AST) -> tuple[str, ast.expr] | None:
    """(`xs`, `w`) for `range(len(xs) - w)` (or `range(0, len(xs) - w)`), `w` not a number;
    also the batches `range(0, len(xs) - w, w)`, whose last full or partial batch starts at or
    after `len(xs) - w` and is never taken."""
    if not (isinstance(call, ast.Call) and dotted(call.func) == "range" and
            len(call.args) in (1, 2, 3) and not call.keywords):
        return None
    if len(call.args) >= 2 and not (isinstance(call.args[0], ast.Constant) and
                                    call.args[0].value == 0):
        return None
    stop = call.args[1] if len(call.args) == 3 else call.args[-1]
    if len(call.args) == 3 and not (isinstance(stop, ast.BinOp) and
                                    _src(call.args[2]) == _src(stop.right)):
        return None
    if isinstance(stop, ast.BinOp) and isinstance(stop.op, ast.Sub) and \
            not isinstance(stop.right, ast.Constant) and \
            isinstance(stop.left, ast.Call) and dotted(stop.left.func) == "len" and \
            len(stop.left.args) == 1 and isinstance(stop.left.args[0], (ast.Name, ast.Attribute)):
        return _src(stop.left.args[0]), stop.right
    return None


def _window_drops_last(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    """`for i in range(len(xs) - w)` taking the windows `xs[i:i + w]`: the last one, which
    starts at `len(xs) - w`, is never taken (`range(len(xs) - w + 1)`; CWE-193)."""
    for loop in nodes:
        if not (isinstance(loop, ast.For) and isinstance(loop.target, ast.Name)):
            continue
        found = _len_minus(loop.iter)
        if found is None:
            continue
        (seq, width), i = found, loop.target.id
        body = [n for stmt in loop.body for n in ast.walk(stmt)]
        window = next((n for n in body if isinstance(n, ast.Subscript) and
                       _src(n.value) == seq and isinstance(n.slice, ast.Slice) and
                       isinstance(n.slice.lower, ast.Name) and n.slice.lower.id == i and
                       n.slice.step is None and n.slice.upper is not None and
                       _src(n.slice.upper) in (f"{i} + {_src(width)}", f"{_src(width)} + {i}")),
                      None)
        if window is None:
            continue
        # the item after the window read too (`xs[i + w]`, a rolling update) wants that bound
        if any(isinstance(n, ast.Subscript) and _src(n.value) == seq and
               not isinstance(n.slice, ast.Slice) and names(n.slice) & {i} for n in body):
            continue
        detail = (f"`for {i} in {_src(loop.iter)}` takes the windows `{_src(window)}`, but the "
                  f"last one starts at `len({seq}) - {_src(width)}`, which the range stops "
                  "before")
        if isinstance(loop.iter, ast.Call) and len(loop.iter.args) == 3:
            detail = (f"`for {i} in {_src(loop.iter)}` takes the batches `{_src(window)}`, but "
                      f"the range stops before `len({seq}) - {_src(width)}`, so the last batch, "
                      "full or partial, is never taken")
        out.append(_risk("wrong_result", loop.lineno, fn.name, detail,
                         "py-window-range-drops-last", "error", seq))
        return


_NAIVE_UTC: Final = frozenset({"datetime.utcnow", "datetime.datetime.utcnow", "utcnow",
                               "datetime.utcfromtimestamp", "datetime.datetime.utcfromtimestamp",
                               "utcfromtimestamp"})


def _naive_utc(node: ast.AST, held: set[str]) -> bool:
    """`datetime.utcnow()`, a name holding one, or arithmetic on either (`issued + ttl`); a
    `.replace(tzinfo=...)` or `.astimezone()` of it is no longer naive."""
    if isinstance(node, ast.Call):
        return dotted(node.func) in _NAIVE_UTC
    if isinstance(node, ast.Name):
        return node.id in held
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        return _naive_utc(node.left, held) or (isinstance(node.op, ast.Add) and
                                                 _naive_utc(node.right, held))
    return False


def _naive_utc_timestamp(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    """`.timestamp()` of a naive UTC datetime: Python reads it as local time."""
    held: set[str] = set()
    for node in sorted((n for n in nodes if isinstance(n, (ast.Assign, ast.Call))),
                       key=lambda n: (n.lineno, n.col_offset)):
        if isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    (held.add if _naive_utc(node.value, held) else held.discard)(t.id)
            continue
        if not (isinstance(node.func, ast.Attribute) and node.func.attr == "timestamp" and
                not node.args and not node.keywords and _naive_utc(node.func.value, held)):
            continue
        detail = (f"`{_src(node.func.value)}` is a naive datetime holding UTC, and `.timestamp()` "
                  "reads a naive datetime as local time")
        out.append(_risk("wrong_result", node.lineno, fn.name, detail,
                         "py-naive-utc-timestamp", "error", _src(node.func.value)))
        return


def _plus_one_month(node: ast.AST) -> bool:
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and \
        isinstance(node.left, ast.Attribute) and node.left.attr == "month" and \
        isinstance(node.right, ast.Constant) and isinstance(node.right.value, int)


def _in_try(node: ast.AST, fn: _Fn) -> bool:
    return any(isinstance(t, ast.Try) and t.handlers and any(
        n is node for stmt in t.body for n in ast.walk(stmt)) for t in ast.walk(fn))


def _month_overflow(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    if any(isinstance(n, ast.BinOp) and isinstance(n.op, (ast.Mod, ast.FloorDiv)) and
           isinstance(n.right, ast.Constant) and n.right.value == 12 for n in nodes) or any(
            isinstance(n, ast.Compare) and any(isinstance(c, ast.Constant) and c.value in (12, 13)
                                               for c in n.comparators) for n in nodes):
        return  # the year rolls over somewhere
    for n in nodes:
        if not isinstance(n, ast.Call):
            continue
        month = next((k.value for k in n.keywords if k.arg == "month"), None)
        name = dotted(n.func).rsplit(".", 1)[-1]
        if month is None and name in ("date", "datetime") and len(n.args) >= 2:
            month = n.args[1]
        if month is None or not _plus_one_month(month) or _in_try(n, fn):
            continue
        if not (name in ("date", "datetime") or
                (isinstance(n.func, ast.Attribute) and n.func.attr == "replace")):
            continue
        detail = f"sets the month to `{_src(month)}` with no roll-over into the next year"
        out.append(_risk("wrong_result", n.lineno, fn.name, detail, "py-month-plus-one", "error",
                         _src(month)))
        return


# --- text ------------------------------------------------------------------------------------

def _split_unlimited(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    for n in nodes:
        if not (isinstance(n, ast.Assign) and len(n.targets) == 1 and
                isinstance(n.targets[0], ast.Tuple) and len(n.targets[0].elts) >= 2 and
                not any(isinstance(e, ast.Starred) for e in n.targets[0].elts)):
            continue
        call = n.value
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and
                call.func.attr == "split" and len(call.args) == 1 and not call.keywords and
                isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)
                and "=" in call.args[0].value) or _in_try(n, fn):
            continue
        sep = call.args[0].value
        detail = (f"`{_src(n.targets[0]).strip('()')}` unpacks `{_src(call.func.value)}.split({sep!r})` "
                  "with no maxsplit")
        out.append(_risk("wrong_result", n.lineno, fn.name, detail,
                         "py-split-unpacked-unlimited", "warning", _src(n.targets[0])))
        return


# --- external stores, files ------------------------------------------------------------------

_ATOMIC: Final = re.compile(r"(?i)(?<![a-z])(r?lock|pipeline|watch|multi(?![a-z])|transaction|"
                            r"atomic|incr(by|byfloat)?(?![a-z])|select_for_update|compare_and|"
                            r"cas\b|setnx|nx=)")
"""What makes a read-then-write safe, as a word of its own: `block`, `clock`, `multiply` and
`increment` are none."""


def _unwrap(value: ast.expr) -> ast.expr:
    """The read inside `int(await r.get(k) or 0)`, `json.loads(r.get(k))`, ..."""
    while True:
        if isinstance(value, ast.Await):
            value = value.value
        elif isinstance(value, ast.BoolOp) and isinstance(value.op, ast.Or):
            value = value.values[0]
        elif isinstance(value, ast.Call) and len(value.args) == 1 and not value.keywords and \
                dotted(value.func) in ("int", "float", "str", "json.loads", "Decimal"):
            value = value.args[0]
        else:
            return value


def _store_key(call: ast.Call, write: bool) -> str:
    """The key a store call names: `k` of `get(k[, default])`/`set(k, v)`, `h, f` of
    `hget(h, f)`/`hset(h, f, v)`; '' for another call."""
    if not isinstance(call.func, ast.Attribute):
        return ""
    attr, args = call.func.attr, call.args
    if attr == ("set" if write else "get") and 1 + write <= len(args) <= 2:
        return _src(args[0])
    if attr == ("hset" if write else "hget") and len(args) == 2 + write:
        return ", ".join(_src(k) for k in args[:2])
    return ""


def _store_read_then_written(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    text = _src(fn)
    if "set(" not in text or _ATOMIC.search(text):
        return
    reads: dict[str, tuple[str, str, int]] = {}  # local -> (store, key, line)
    derived: set[str] = set()  # locals computed from a read (not the read itself)
    for n in sorted((n for n in nodes if isinstance(n, ast.Assign)), key=lambda n: n.lineno):
        if len(n.targets) != 1 or not isinstance(n.targets[0], ast.Name):
            continue
        local = n.targets[0].id
        value = _unwrap(n.value)
        if isinstance(value, ast.Call) and (key := _store_key(value, write=False)) and \
                isinstance(value.func, ast.Attribute) and \
                not isinstance(value.args[0], ast.Constant):
            reads[local] = (_src(value.func.value), key, n.lineno)
            derived.discard(local)
        elif used := names(value) & set(reads):  # a local computed from the read value
            reads[local] = reads[min(used)]
            derived.add(local)
        else:  # given a value of its own: no longer the read one
            reads.pop(local, None)
            derived.discard(local)
    for node in nodes:
        call = node.value if isinstance(node, ast.Await) else node
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and
                (key := _store_key(call, write=True))):
            continue
        store = _src(call.func.value)
        value = call.args[-1] if call.func.attr == "hset" else call.args[1]
        source = next((reads[v] for v in sorted(names(value)) if v in reads and
                       reads[v][:2] == (store, key)), None)
        if source is None or not (isinstance(value, (ast.BinOp, ast.Call)) or (
                isinstance(value, ast.Name) and value.id in derived)):
            continue  # the value read is written back as it was: nothing is lost
        get = "hget" if call.func.attr == "hset" else "get"
        detail = (f"`{store}.{call.func.attr}({key}, ...)` writes a value computed from what "
                  f"`{store}.{get}({key})` returned at line {source[2]}, with nothing making the "
                  "read and the write one step")
        out.append(_risk("race_condition", call.lineno, fn.name, detail,
                         "py-store-read-then-written", "error", store))
        return


_SECRET: Final = re.compile(r"(?i)^(password|passwd|pwd|passphrase|secret|client_secret|"
                            r"secret_key|api_key|apikey|access_token|refresh_token|auth_token|"
                            r"session_token|bearer_token|private_key|token)$")
_LOG_METHODS: Final = frozenset({"debug", "info", "warning", "warn", "error", "critical",
                                 "exception", "log"})
_LOGGER: Final = re.compile(r"(?i)^(self\.)?_?(log|logger|logging|_log|_logger|log_?\w*)$")


def _secret_logged(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    for n in nodes:
        if not isinstance(n, ast.Call):
            continue
        func = n.func
        logs = isinstance(func, ast.Attribute) and func.attr in _LOG_METHODS and \
            bool(_LOGGER.match(_src(func.value)))
        if not logs and dotted(func) != "print":
            continue
        for arg in (*n.args, *(k.value for k in n.keywords if k.arg != "extra")):
            parts = [v.value for v in arg.values if isinstance(v, ast.FormattedValue)] \
                if isinstance(arg, ast.JoinedStr) else [arg]
            if isinstance(arg, ast.BinOp) and isinstance(arg.op, ast.Mod):
                parts = list(arg.right.elts) if isinstance(arg.right, ast.Tuple) else [arg.right]
            if not logs and not isinstance(arg, (ast.JoinedStr, ast.BinOp)):
                continue  # `print(token)` alone is the program's output, not a log line
            for part in parts:
                last = part.attr if isinstance(part, ast.Attribute) else \
                    part.id if isinstance(part, ast.Name) else ""
                if last == "token" and isinstance(part, ast.Attribute) and \
                        _src(part.value) != "self":
                    continue  # `params.token`: a progress or lexer token as often as a secret
                if last and _SECRET.match(last):
                    detail = f"passes `{_src(part)}` to `{dotted(func) or _src(func)}`"
                    out.append(_risk("bypassable_check", n.lineno, fn.name, detail,
                                     "py-secret-logged", "error", _src(part)))
                    return


def _refuses(stmt: ast.stmt) -> bool:
    return isinstance(stmt, ast.Raise) or (isinstance(stmt, ast.Return) and (
        stmt.value is None or isinstance(stmt.value, ast.Constant)))


def _writes_call_data(fn: _Fn, call: ast.Call, scope: list[ast.AST]) -> bool:
    """The write puts this call's data in the file (a parameter or a local the function
    computes), not a literal or a module constant every caller writes alike."""
    local = {a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)
             if a.arg not in ("self", "cls")}
    steps = [(n.targets[0] if isinstance(n, ast.Assign) else n.target, n.value if not
              isinstance(n, ast.For) else n.iter) for n in ast.walk(fn)
             if isinstance(n, (ast.Assign, ast.AugAssign, ast.For))]
    for _ in range(2):  # locals computed from the parameters (`text = json.dumps(config)`)
        local |= {t.id for target, value in steps if names(value) & local
                  for t in ast.walk(target) if isinstance(t, ast.Name)}
    if isinstance(call.func, ast.Attribute) and call.func.attr in ("write_text", "write_bytes"):
        contents: list[ast.AST] = list(call.args[:1])
    else:  # `with open(p, "w") as f: f.write(x)` / `json.dump(x, f)`
        contents = [c.args[0] for c in scope if isinstance(c, ast.Call) and c.args and
                    isinstance(c.func, ast.Attribute) and
                    c.func.attr in ("write", "writelines", "dump")]
    return any(isinstance(v, ast.Name) and v.id in local and not v.id.isupper()
               for c in contents for v in ast.walk(c))


def _exists_then_write(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    for test in nodes:
        if not isinstance(test, ast.If):
            continue
        cond = test.test.operand if isinstance(test.test, ast.UnaryOp) and \
            isinstance(test.test.op, ast.Not) else test.test
        if not isinstance(cond, ast.Call):
            continue
        name = dotted(cond.func)
        if name in ("os.path.exists", "os.path.isfile") and cond.args:
            path = _src(cond.args[0])
        elif isinstance(cond.func, ast.Attribute) and cond.func.attr in ("exists", "is_file") \
                and not cond.args and not name.startswith("os."):
            path = _src(cond.func.value)
        else:
            continue
        negated = cond is not test.test
        # a refusal to overwrite: `if exists(p): return False/raise` then a write, or
        # `if not exists(p): write ... else: raise`; `if not exists(p): write` alone (create if
        # missing) and a cache read back (`if exists(p): return p.read_text()`) are left alone
        varying = False
        if negated and test.orelse and _refuses(test.orelse[-1]):
            scope = [n for stmt in test.body for n in ast.walk(stmt)]
        elif negated and not test.orelse:  # create if missing: only content of this call is lost
            scope = [n for stmt in test.body for n in ast.walk(stmt)]
            varying = True
        elif not negated and test.body and _refuses(test.body[-1]):
            scope = [n for n in nodes if getattr(n, "lineno", 0) > (test.end_lineno or 0)]
        else:
            continue
        for n in scope:
            if not isinstance(n, ast.Call):
                continue
            mode = ""
            if dotted(n.func) == "open" and n.args and _src(n.args[0]) == path:
                arg = n.args[1] if len(n.args) > 1 else next(
                    (k.value for k in n.keywords if k.arg == "mode"), None)
                mode = arg.value if isinstance(arg, ast.Constant) and \
                    isinstance(arg.value, str) else ""
            elif isinstance(n.func, ast.Attribute) and _src(n.func.value) == path and \
                    n.func.attr in ("write_text", "write_bytes"):
                mode = "w"
            elif isinstance(n.func, ast.Attribute) and _src(n.func.value) == path and \
                    n.func.attr == "open" and n.args and isinstance(n.args[0], ast.Constant):
                mode = str(n.args[0].value)
            if "w" not in mode:
                continue
            if varying and (not _writes_call_data(fn, n, scope) or any(
                    isinstance(c, ast.Call) and isinstance(c.func, (ast.Attribute, ast.Name))
                    and dotted(c.func).rsplit(".", 1)[-1] in ("rename", "replace", "mkstemp")
                    for c in scope)):
                continue  # the same marker or default every caller writes, or an atomic rename
            detail = (f"`{path}` is tested for existence (line {test.lineno}) and then opened "
                      f"for writing (line {n.lineno}) as two separate steps")
            out.append(_risk("race_condition", n.lineno, fn.name, detail,
                             "py-exists-then-write", "warning", path))
            return


# --- pages, CORS -----------------------------------------------------------------------------

def _one_based(fn: _Fn, nodes: list[ast.AST]) -> set[str]:
    a = fn.args
    positional = [*a.posonlyargs, *a.args]
    out = {arg.arg for arg, d in zip(positional[len(positional) - len(a.defaults):], a.defaults,
                                       strict=True)
           if isinstance(d, ast.Constant) and d.value == 1 and not isinstance(d.value, bool)}
    out |= {arg.arg for arg, d in zip(a.kwonlyargs, a.kw_defaults, strict=True)
            if isinstance(d, ast.Constant) and d.value == 1 and not isinstance(d.value, bool)}
    for n in nodes:  # page = int(request.args.get("page", 1))
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name):
            inner = n.value.args[0] if isinstance(n.value, ast.Call) and \
                dotted(n.value.func) == "int" and n.value.args else n.value
            if isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and \
                    inner.func.attr == "get" and len(inner.args) == 2 and \
                    isinstance(inner.args[1], ast.Constant) and inner.args[1].value in (1, "1"):
                out.add(n.targets[0].id)
    return out


def _page_offset(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    pages = _one_based(fn, nodes)
    if not pages:
        return
    for n in nodes:  # the page made 0-based somewhere
        if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) and names(n.left) & pages:
            pages -= names(n.left)
        if isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name):
            pages.discard(n.target.id)
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and \
                isinstance(n.targets[0], ast.Name) and n.targets[0].id in pages and \
                not isinstance(n.value, ast.Call):
            pages.discard(n.targets[0].id)
    products = [n for n in nodes if isinstance(n, ast.BinOp) and isinstance(n.op, ast.Mult)
                and any(isinstance(s, ast.Name) and s.id in pages for s in (n.left, n.right))]
    if not products:
        return
    holders = {n.targets[0].id: n.value for n in nodes if isinstance(n, ast.Assign)
               and len(n.targets) == 1 and isinstance(n.targets[0], ast.Name)
               and any(n.value is p for p in products)}
    for n in nodes:
        start: ast.AST | None = None
        if isinstance(n, ast.Slice) and n.lower is not None:
            start = n.lower
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and \
                n.func.attr in ("offset", "skip") and n.args:
            start = n.args[0]
        elif isinstance(n, ast.keyword) and n.arg in ("offset", "skip", "start"):
            start = n.value
        if start is None:
            continue
        product = next((p for p in products if start is p), None)
        if product is None and isinstance(start, ast.Name):
            held = holders.get(start.id)
            product = held if isinstance(held, ast.BinOp) else None
        if product is None:
            continue
        page = next(s.id for s in (product.left, product.right)
                    if isinstance(s, ast.Name) and s.id in pages)
        detail = (f"`{page}` counts from 1, and the first item taken is `{_src(product)}` with "
                  "no `- 1`")
        out.append(_risk("wrong_result", product.lineno, fn.name, detail,
                         "py-one-based-page-offset", "error", page))
        return


def _true(node: ast.AST | None) -> bool:
    return isinstance(node, ast.Constant) and node.value is True


def _any_origin(node: ast.AST | None) -> bool:
    if isinstance(node, ast.Constant):
        return node.value in ("*", ".*", r"https?://.*")
    if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        return any(_any_origin(e) for e in node.elts)
    return False


def _cors(tree: ast.Module, out: list[Risk]) -> None:
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call):
            continue
        name = dotted(n.func).rsplit(".", 1)[-1]
        kw = {k.arg: k.value for k in n.keywords if k.arg}
        if name == "CORS" and _true(kw.get("supports_credentials")):
            origins = kw.get("origins", kw.get("resources"))
            bad = origins is None or _any_origin(origins)
        elif name in ("add_middleware", "CORSMiddleware", "Middleware") and \
                _true(kw.get("allow_credentials")):
            bad = _any_origin(kw.get("allow_origins")) or \
                _any_origin(kw.get("allow_origin_regex"))
        else:
            continue
        if not bad:
            continue
        detail = "allows credentialed cross-origin requests from any origin"
        out.append(_risk("bypassable_check", n.lineno, _enclosing(tree, n) or name, detail,
                         "py-cors-any-origin-credentials", "error", name))
        return


def _enclosing(tree: ast.Module, node: ast.AST) -> str:
    for fn in ast.walk(tree):
        if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and \
                fn.lineno <= getattr(node, "lineno", 0) <= (fn.end_lineno or fn.lineno):
            return fn.name
    return ""


def _sorts(nodes: list[ast.AST], name: str) -> bool:
    return any(isinstance(n, ast.Call) and (
        (isinstance(n.func, ast.Attribute) and n.func.attr == "sort" and
         _src(n.func.value) == name) or
        (dotted(n.func) in ("sorted", "heapq.nsmallest", "heapq.nlargest", "statistics.median")
         and n.args and name in names(n.args[0]))) for n in nodes)


def _half_of_len(node: ast.AST, name: str, lengths: set[str]) -> bool:
    """`len(name) // 2`, or `n // 2` for a local `n = len(name)`."""
    if not (isinstance(node, ast.BinOp) and isinstance(node.op, ast.FloorDiv) and
            isinstance(node.right, ast.Constant) and node.right.value == 2):
        return False
    left = node.left
    return (isinstance(left, ast.Call) and dotted(left.func) == "len" and len(left.args) == 1
            and _src(left.args[0]) == name) or (isinstance(left, ast.Name) and left.id in lengths)


def _median_unsorted(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    doc = ast.get_docstring(fn) or ""
    if re.search(r"(?i)\bsorted\b|\bordered\b|ascending|descending", doc):
        return  # the caller promises sorted data
    params = {a.arg for a in _params(fn)}
    for n in sorted((n for n in nodes if isinstance(n, ast.Subscript)), key=lambda n: n.lineno):
        if not (isinstance(n.value, (ast.Name, ast.Attribute))
                and isinstance(n.ctx, ast.Load)):
            continue
        name = _src(n.value)
        lengths = {a.targets[0].id for a in nodes if isinstance(a, ast.Assign)
                   and len(a.targets) == 1 and isinstance(a.targets[0], ast.Name)
                   and isinstance(a.value, ast.Call) and dotted(a.value.func) == "len"
                   and a.value.args and _src(a.value.args[0]) == name}
        if not _half_of_len(n.slice, name, lengths) or _sorts(nodes, name):
            continue
        built = [a for a in nodes if isinstance(a, ast.Assign) and len(a.targets) == 1 and
                 _src(a.targets[0]) == name]
        if built and any(isinstance(a.value, ast.Call) and dotted(a.value.func) in
                         ("sorted", "bisect.insort") for a in built):
            continue
        parity = any(isinstance(c, ast.BinOp) and isinstance(c.op, ast.Mod) and
                     isinstance(c.right, ast.Constant) and c.right.value == 2 for c in nodes)
        medianish = parity or re.search(r"(?i)median|middle|percentile|p50", fn.name + name)
        if not medianish or (name in params and not parity):
            continue
        detail = (f"`{_src(n)}` takes the middle element of `{name}`, which is never sorted "
                  "here")
        out.append(_risk("wrong_result", n.lineno, fn.name, detail, "py-median-of-unsorted",
                         "error", name))
        return


def _jwt_unverified(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    if not re.search(r"(?i)request|header|cookie|authori[sz]ation|bearer", _src(fn)):
        return  # a client peeking at its own token's claims is not the server trusting one
    for n in nodes:
        if not (isinstance(n, ast.Call) and dotted(n.func) in ("jwt.decode", "decode",
                                                               "jose.jwt.decode")):
            continue
        kw = {k.arg: k.value for k in n.keywords if k.arg}
        options = kw.get("options")
        verify = kw.get("verify")
        off = (isinstance(verify, ast.Constant) and verify.value is False) or (
            isinstance(options, ast.Dict) and any(
                isinstance(k, ast.Constant) and k.value == "verify_signature" and
                isinstance(v, ast.Constant) and v.value is False
                for k, v in zip(options.keys, options.values, strict=True))) or (
            isinstance(kw.get("algorithms"), (ast.List, ast.Tuple)) and any(
                isinstance(e, ast.Constant) and str(e.value).lower() == "none"
                for e in kw["algorithms"].elts))  # type: ignore[attr-defined]
        # PyJWT's docs: "algorithms ... You must specify what algorithms you accept"; RFC 8725
        # 3.1: the caller names the algorithms, or the token's own `alg` header picks one
        open_alg = not off and dotted(n.func) in ("jwt.decode", "jose.jwt.decode") and \
            len(n.args) + ("key" in kw) >= 2 and len(n.args) < 3 and "algorithms" not in kw \
            and all(k.arg for k in n.keywords)
        if not (off or open_alg) or (dotted(n.func) == "decode" and "jwt" not in _src(fn).lower()):
            continue
        detail = "decodes the token with its signature check turned off" if off else \
            "decodes the token without `algorithms=`, the list of algorithms it accepts"
        out.append(_risk("bypassable_check", n.lineno, fn.name, detail, "py-jwt-unverified",
                         "error", dotted(n.func)))
        return


_Known = tuple[dict[str, int], dict[str, set[int]]]
"""The module's integer constants and its fields' integer defaults (`_int_defaults`)."""


def _int_defaults(tree: ast.Module) -> _Known:
    """(round post-pyjs) The module's integer constants (`MODE = 0o666`) and, per field name,
    the integer defaults its classes give it (`file_mode: int = 0o666` of a dataclass or a
    settings class), so a mode read from a constant or a settings field can be followed."""
    consts: dict[str, int] = {}
    fields: dict[str, set[int]] = {}
    for top in tree.body:
        if isinstance(top, ast.Assign) and len(top.targets) == 1 and \
                isinstance(top.targets[0], ast.Name) and (const := _int_const(top.value)) is not None:
            consts[top.targets[0].id] = const
        if isinstance(top, ast.ClassDef):
            for st in top.body:
                target, value = (st.target, st.value) if isinstance(st, ast.AnnAssign) else \
                    (st.targets[0], st.value) if isinstance(st, ast.Assign) and \
                    len(st.targets) == 1 else (None, None)
                if isinstance(target, ast.Name) and value is not None and \
                        (default := _int_const(value)) is not None:
                    fields.setdefault(target.id, set()).add(default)
    return consts, fields


def _int_const(node: ast.AST) -> int | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, int) and \
            not isinstance(node.value, bool):
        return node.value
    return None


def _mode_value(mode: ast.expr, fn: _Fn, nodes: list[ast.AST],
                known: Callable[[], _Known]) -> int | None:
    """The mode's integer: a literal, or one step through the program's own names: a local
    assigned once, a parameter's default, a module constant, or a field (`self.cfg.mode`)
    whose class default is the only integer default that field name has in the module."""
    value = _int_const(mode)
    if value is not None:
        return value
    consts, fields = known()  # read only for a mode not written as a literal
    if isinstance(mode, ast.Name):
        given = [a.value for a in nodes if isinstance(a, ast.Assign) and
                 any(isinstance(t, ast.Name) and t.id == mode.id for t in a.targets)]
        if len(given) == 1:
            return _int_const(given[0]) if not isinstance(given[0], ast.Name) else \
                consts.get(given[0].id)
        if given:
            return None
        d = parameter_default(fn, mode.id)
        if d is not None:
            return _int_const(d) if not isinstance(d, ast.Name) else consts.get(d.id)
        return consts.get(mode.id)
    if isinstance(mode, ast.Attribute) and len(fields.get(mode.attr, ())) == 1:
        return next(iter(fields[mode.attr]))
    return None


def _world_writable(fn: _Fn, nodes: list[ast.AST], out: list[Risk],
                    known: Callable[[], _Known]) -> None:
    for n in nodes:
        if not (isinstance(n, ast.Call) and isinstance(n.func, (ast.Attribute, ast.Name))):
            continue
        name = dotted(n.func)
        if name in ("os.chmod", "os.fchmod", "os.lchmod") and len(n.args) >= 2:
            mode = n.args[1]
        elif isinstance(n.func, ast.Attribute) and n.func.attr == "chmod" and \
                not name.startswith("os.") and len(n.args) == 1:
            mode = n.args[0]
        else:
            continue
        value = _mode_value(mode, fn, nodes, known)
        if value is not None and value & 0o002:
            via = "" if isinstance(mode, ast.Constant) else f" (`{_src(mode)}`)"
            detail = f"gives the file mode {oct(value)}{via}, writable by every user"
            out.append(_risk("bypassable_check", n.lineno, fn.name, detail,
                             "py-world-writable-chmod", "error", name))
            return


# --- lock order (round post-pyjs) -------------------------------------------------------------

_LOCK_MAKERS: Final = frozenset({"threading.Lock", "Lock", "threading.RLock", "RLock",
                                 "threading.Condition", "Condition", "multiprocessing.Lock"})


def _lock_fields(cls: ast.ClassDef) -> set[str]:
    """The `self.<name> = threading.Lock()` fields of a class."""
    return {t.attr for n in ast.walk(cls) if isinstance(n, ast.Assign) and
            isinstance(n.value, ast.Call) and dotted(n.value.func) in _LOCK_MAKERS
            for t in n.targets if isinstance(t, ast.Attribute) and
            isinstance(t.value, ast.Name) and t.value.id == "self"}


def _self_field(node: ast.AST, fields: set[str]) -> str:
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and \
            node.value.id == "self" and node.attr in fields:
        return node.attr
    return ""


def _taken(stmt: ast.AST, fields: set[str]) -> list[tuple[str, int]]:
    """The lock fields one statement takes: `with self.a, self.b:` in that order, or a
    blocking `self.a.acquire()` (one with a timeout or `blocking=False` backs off)."""
    if isinstance(stmt, (ast.With, ast.AsyncWith)):
        return [(f, stmt.lineno) for item in stmt.items
                if (f := _self_field(item.context_expr, fields))]
    if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call) and \
            isinstance(stmt.value.func, ast.Attribute) and stmt.value.func.attr == "acquire" and \
            not stmt.value.args and not stmt.value.keywords and \
            (f := _self_field(stmt.value.func.value, fields)):
        return [(f, stmt.lineno)]
    return []


def _lock_orders(body: list[ast.stmt], fields: set[str], held: tuple[str, ...],
                 methods: dict[str, _Fn], seen: set[str],
                 out: dict[tuple[str, str], int]) -> None:
    """(held, then taken) -> line, for each lock field taken while another is held: nested
    `with` blocks, the items of one `with`, or (one step) a method of the class called as
    `self.m()` while a lock is held."""
    for at, stmt in enumerate(body):
        taken = _taken(stmt, fields)
        now = held
        for name, line in taken:
            for h in now:
                if h != name:
                    out.setdefault((h, name), line)
            now = (*now, name)
        if held:
            for call in (n for n in ast.walk(stmt) if isinstance(n, ast.Call)):
                f = call.func
                if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and \
                        f.value.id == "self" and f.attr in methods and f.attr not in seen:
                    inner: dict[tuple[str, str], int] = {}
                    _lock_orders(methods[f.attr].body, fields, (), methods,
                                 seen | {f.attr}, inner)
                    reached = {b for _, b in inner} | {n for st in ast.walk(methods[f.attr])
                                                       for n, _ in _taken(st, fields)}
                    for h in held:
                        for r in reached:
                            if r != h:
                                out.setdefault((h, r), call.lineno)
        if isinstance(stmt, (ast.With, ast.AsyncWith)):
            _lock_orders(stmt.body, fields, now, methods, seen, out)
        elif taken:  # `self.a.acquire()`: held until the end of the block
            _lock_orders(body[at + 1:], fields, now, methods, seen, out)
            return
        else:
            for field in ("body", "orelse", "finalbody", "handlers"):
                inner_body = getattr(stmt, field, None)
                if isinstance(inner_body, list) and not isinstance(stmt, (ast.FunctionDef,
                                                                          ast.AsyncFunctionDef,
                                                                          ast.ClassDef)):
                    stmts = [x for b in inner_body for x in
                             (b.body if isinstance(b, ast.ExceptHandler) else [b])]
                    _lock_orders(stmts, fields, held, methods, seen, out)


def _locks_in_both_orders(tree: ast.Module, out: list[Risk]) -> None:
    """CWE-833 (deadlock), CERT LCK07-J / CON35-C: one method of a class takes lock field A
    and, holding it, lock field B, while a later method takes B and then A: a thread in each
    can hold one and wait for the other for ever. The later method, which breaks the order the
    class set first, is the one asked about. An RLock taken again is no second lock."""
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        fields = _lock_fields(cls)
        if len(fields) < 2:
            continue
        methods = {m.name: m for m in cls.body
                   if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))}
        first: dict[tuple[str, str], str] = {}
        for m in methods.values():
            orders: dict[tuple[str, str], int] = {}
            _lock_orders(m.body, fields, (), methods, {m.name}, orders)
            for (a, b), line in sorted(orders.items(), key=lambda kv: kv[1]):
                if (b, a) in first and first[(b, a)] != m.name:
                    detail = (f"takes `self.{b}` while holding `self.{a}`, the other order from "
                              f"`{first[(b, a)]}`, which takes `self.{a}` while holding `self.{b}`")
                    out.append(_risk("deadlock", line, m.name, detail,
                                     "py-locks-in-both-orders", "error", f"self.{b}"))
                    return
                first.setdefault((a, b), m.name)


_REQUEST_VALUE: Final = re.compile(r"\brequest\.(args|form|values|json|GET|POST|query_params|"
                                   r"headers|data|get_json|query)\b")
_RE_CALLS: Final = frozenset({"re.compile", "re.search", "re.match", "re.fullmatch",
                              "re.findall", "re.finditer", "re.sub", "re.split", "regex.compile",
                              "regex.search", "regex.match"})


def _regex_from_request(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    text = _src(fn)
    if "request" not in text or "re" not in text:
        return
    tainted: set[str] = set()
    for a in sorted((n for n in nodes if isinstance(n, ast.Assign)), key=lambda n: n.lineno):
        value = _src(a.value)
        if ("escape" not in value) and (_REQUEST_VALUE.search(value) or names(a.value) & tainted):
            tainted |= {t.id for t in a.targets if isinstance(t, ast.Name)}
    for node in nodes:
        if not (isinstance(node, ast.Call) and dotted(node.func) in _RE_CALLS and node.args):
            continue
        n, pattern = node, node.args[0]
        if isinstance(pattern, ast.Call) and dotted(pattern.func).endswith("escape"):
            continue
        if _REQUEST_VALUE.search(_src(pattern)) or (
                isinstance(pattern, (ast.Name, ast.JoinedStr, ast.BinOp)) and
                names(pattern) & tainted and "escape" not in _src(pattern)):
            detail = f"compiles `{_src(pattern)}`, which the client sends, as a regular expression"
            out.append(_risk("code_injection", n.lineno, fn.name, detail,
                             "py-regex-from-request", "error", _src(pattern)))
            return


_DATE_TYPE: Final = re.compile(r"(^|\.)(date|datetime)$")


def _day_holds_a_date(tree: ast.Module) -> bool:
    """The module declares a field, variable or parameter named `day` as a `date`/`datetime`
    (`day: date` in a dataclass, `def __init__(self, day: date)`): its `.day` is that date,
    not the day of the month (round r30-perferr)."""
    for n in ast.walk(tree):
        if isinstance(n, ast.AnnAssign):
            target, annotation = n.target, n.annotation
            name = target.attr if isinstance(target, ast.Attribute) else \
                target.id if isinstance(target, ast.Name) else ""
        elif isinstance(n, ast.arg) and n.annotation is not None:
            name, annotation = n.arg, n.annotation
        else:
            continue
        if name == "day" and _DATE_TYPE.search(_src(annotation).replace(" ", "").split("|")[0]):
            return True
    return False


def _same_day(fn: _Fn, nodes: list[ast.AST], out: list[Risk],
              day_is_date: Callable[[], bool]) -> None:
    fields = {n.attr for n in nodes if isinstance(n, ast.Attribute) and
              n.attr in ("month", "year", "date", "toordinal", "isocalendar")}
    if fields:
        return  # the month or the whole date is compared too
    for n in nodes:
        if isinstance(n, ast.Compare) and len(n.ops) == 1 and \
                isinstance(n.ops[0], (ast.Eq, ast.NotEq)):
            sides = (n.left, n.comparators[0])
            if all(isinstance(x, ast.Attribute) and x.attr == "day" for x in sides) and \
                    not day_is_date() and \
                    _src(sides[0].value) != _src(sides[1].value):  # type: ignore[attr-defined]
                detail = f"`{_src(n)}` compares the day of the month alone"
                out.append(_risk("wrong_result", n.lineno, fn.name, detail,
                                 "py-same-day-by-day-field", "error", _src(n)))
                return


# --- calendars, refills -------------------------------------------------------------------

_WEEKDAY_NAME: Final = re.compile(r"(?i)(week|dow|wday|first|start|offset|pad|blank|skip|lead)")
"""A name that says it holds the weekday `monthrange(...)[0]` gives."""
_LENGTH_NAME: Final = re.compile(r"(?i)(days|len|length|last|count|size|total|end)")


def _monthrange(node: ast.AST) -> bool:
    return isinstance(node, ast.Call) and dotted(node.func) in ("calendar.monthrange",
                                                               "monthrange")


def _monthrange_first(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    """`monthrange(y, m)[0]` kept under a name (or returned from a function) that is not a
    weekday's, or `days, _ = monthrange(...)` unpacked into a length's name."""
    for n in nodes:
        name, hit, line = "", False, 0
        if isinstance(n, ast.Assign) and len(n.targets) == 1:
            target, value = n.targets[0], n.value
            if isinstance(target, ast.Name) and isinstance(value, ast.Subscript) and \
                    _monthrange(value.value) and isinstance(value.slice, ast.Constant) and \
                    value.slice.value == 0 and not _WEEKDAY_NAME.search(target.id):
                name, hit, line = target.id, True, n.lineno
            elif isinstance(target, ast.Tuple) and len(target.elts) == 2 and \
                    _monthrange(value) and isinstance(target.elts[0], ast.Name) and \
                    _LENGTH_NAME.search(target.elts[0].id) and \
                    not _WEEKDAY_NAME.search(target.elts[0].id):
                name, hit, line = target.elts[0].id, True, n.lineno
        elif isinstance(n, ast.Return) and isinstance(n.value, ast.Subscript) and \
                _monthrange(n.value.value) and isinstance(n.value.slice, ast.Constant) and \
                n.value.slice.value == 0 and not _WEEKDAY_NAME.search(fn.name):
            name, hit, line = fn.name, True, n.lineno
        if not hit:
            continue
        detail = (f"takes the first item of `monthrange` as `{name}`, but that item is the "
                  "weekday of the 1st (0 to 6); the number of days is the second")
        out.append(_risk("wrong_result", line, fn.name, detail,
                         "py-monthrange-first-as-length", "error", name))
        return


def _elapsed(node: ast.AST) -> str:
    """The timestamp attribute in `now - x.last` (a time since a stored moment), or ''."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and \
            isinstance(node.right, ast.Attribute) and \
            isinstance(node.left, (ast.Name, ast.Call, ast.Attribute)):
        return _src(node.right)
    return ""


def _truncates(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and dotted(node.func) in ("int", "math.floor", "floor")) \
        or (isinstance(node, ast.BinOp) and isinstance(node.op, ast.FloorDiv))


def _adds_to_attribute(node: ast.AST, value: ast.AST, held: set[str]) -> bool:
    """`x.tokens += value` or `x.tokens + value`, with the value itself or a name holding it."""
    def _is(part: ast.AST) -> bool:
        return part is value or (isinstance(part, ast.Name) and part.id in held)
    if isinstance(node, ast.AugAssign) and isinstance(node.op, ast.Add):
        return isinstance(node.target, ast.Attribute) and _is(node.value)
    return isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add) and (
        (isinstance(node.left, ast.Attribute) and _is(node.right)) or
        (isinstance(node.right, ast.Attribute) and _is(node.left)))


def _refill_drops_fraction(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    """`elapsed = now - b.last`, `added = int(elapsed * rate)` (or `//`), then `b.last = now`
    in the function's own body (not under a test that tokens were added), and `b.last` never
    advanced by an amount (`b.last += added / rate`)."""
    stamps: dict[str, str] = {}  # a name or the expression holding the elapsed time -> stamp
    for n in nodes:
        if isinstance(n, ast.Assign) and len(n.targets) == 1 and \
                isinstance(n.targets[0], ast.Name):
            for part in walk(n.value):
                if stamp := _elapsed(part):
                    stamps[n.targets[0].id] = stamp
    cut: tuple[ast.expr, str] | None = None
    for n in nodes:
        if not isinstance(n, ast.expr) or not _truncates(n):
            continue
        inner = walk(n)
        found = next((_elapsed(p) for p in inner if _elapsed(p)), "") or next(
            (stamps[p.id] for p in walk(n) if isinstance(p, ast.Name) and p.id in stamps), "")
        if found:
            cut = (n, found)
            break
    if cut is None:
        return
    truncation, stamp = cut
    if any(isinstance(n, ast.AugAssign) and _src(n.target) == stamp for n in nodes):
        return  # advanced by the time the whole tokens account for
    held = {t.id for n in nodes if isinstance(n, ast.Assign) and n.value is truncation
            for t in n.targets if isinstance(t, ast.Name)}
    if not any(_adds_to_attribute(n, truncation, held) for n in nodes):
        return  # a whole count reported (seconds shown), not an amount added to a balance
    for stmt in fn.body:
        if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and \
                _src(stmt.targets[0]) == stamp and stmt.lineno > truncation.lineno and \
                isinstance(stmt.value, (ast.Name, ast.Call)):
            detail = (f"`{_src(truncation)}` drops the fraction of the time since `{stamp}`, "
                      f"and `{stamp}` is still moved to now (line {stmt.lineno})")
            out.append(_risk("wrong_result", truncation.lineno, fn.name, detail,
                             "py-refill-drops-fraction", "error", stamp))
            return


_BOUNDED: Final = re.compile(r"(?i)attempt|tries|retr|count|deadline|time|monoton|elapsed|"
                            r"max_|limit|budget|give_?up")
"""A comparison in the loop that can end it: attempts counted, a deadline, a budget."""


_FAILURE: Final = re.compile(r"^\(?([\w.]*\.)?(OSError|IOError|ConnectionError|\w*Connection\w*Error|"
                             r"\w*Timeout\w*|URLError|HTTPError|RequestException|HTTPException|"
                             r"Exception)\)?$")
"""A handler for a call that failed (the network, the disk, anything), not for a value refused
(a prompt's bad input), nor for a non-blocking socket's "not yet" (`BlockingIOError`)."""


_PAUSE: Final = re.compile(r"(?i)(^|[._])_?(sleep|pause|backoff|delay|wait)\w*$")
"""A wait before the next attempt: what makes a loop around a failing call a retry."""


def _leaves(body: list[ast.stmt]) -> bool:
    return any(isinstance(n, (ast.Raise, ast.Return, ast.Break)) for stmt in body
               for n in ast.walk(stmt))


def _retry_forever(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    """`while True:` around a `try` whose handler for a failed call neither raises, returns nor
    breaks, where the loop waits before the next attempt, returns on success and compares
    nothing that counts attempts or time."""
    for loop in nodes:
        if not (isinstance(loop, ast.While) and isinstance(loop.test, ast.Constant) and
                loop.test.value is True):
            continue
        inner = [n for stmt in loop.body for n in ast.walk(stmt)]
        tries = [n for n in inner if isinstance(n, ast.Try) and n.handlers]
        kept = [h for t in tries for h in t.handlers
                if _FAILURE.search(_src(h.type) if h.type is not None else "") and
                not _leaves(h.body)]
        if not kept or not any(isinstance(n, ast.Return) for n in inner) or not any(
                isinstance(n, ast.Call) and _PAUSE.search(_src(n.func)) for n in inner):
            continue  # no retry: no pause before the next attempt (an iterator, a prompt)
        if any(isinstance(n, ast.Compare) and _BOUNDED.search(_src(n)) for n in inner) or \
                any(isinstance(n, ast.AugAssign) and isinstance(n.target, ast.Name) and
                    _BOUNDED.search(n.target.id) for n in inner):
            continue
        call = next((n for t in tries for stmt in t.body for n in ast.walk(stmt)
                     if isinstance(n, ast.Call)), None)
        what = f"`{_src(call.func)}`" if call is not None else "the call"
        detail = (f"retries {what} in a `while True` loop whose `except` (line {kept[0].lineno}) "
                  "only records the failure, with no limit on the attempts and no deadline")
        out.append(_risk("swallowed_exception", loop.lineno, fn.name, detail,
                         "py-retry-forever", "warning", what.strip("`")))
        return


def logic_risks(tree: ast.Module, functions: list[_Fn]) -> list[Risk]:
    """The findings above in the given functions of the module."""
    out: list[Risk] = []
    if any(isinstance(n, ast.ImportFrom) and "cors" in (n.module or "") for n in tree.body):
        _cors(tree, out)
    _sibling_skips(tree, {id(f) for f in functions}, out)
    if any(isinstance(n, ast.ClassDef) for n in tree.body):
        _locks_in_both_orders(tree, out)
    known = cache(lambda: _int_defaults(tree))  # read once, and only for a mode by name
    day_is_date = cache(lambda: _day_holds_a_date(tree))  # read once, only on a `.day` compare
    for fn in functions:
        nodes = own_nodes(fn)
        _merge_wrong_end(fn, nodes, out)
        _min_seeded_zero(fn, nodes, out)
        _range_drops_last(fn, nodes, out)
        _window_drops_last(fn, nodes, out)
        _naive_utc_timestamp(fn, nodes, out)
        _month_overflow(fn, nodes, out)
        _split_unlimited(fn, nodes, out)
        _store_read_then_written(fn, nodes, out)
        _secret_logged(fn, nodes, out)
        _exists_then_write(fn, nodes, out)
        _page_offset(fn, nodes, out)
        _median_unsorted(fn, nodes, out)
        _jwt_unverified(fn, nodes, out)
        _world_writable(fn, nodes, out, known)
        _regex_from_request(fn, nodes, out)
        _same_day(fn, nodes, out, day_is_date)
        _monthrange_first(fn, nodes, out)
        _refill_drops_fraction(fn, nodes, out)
        _retry_forever(fn, nodes, out)
    return out
