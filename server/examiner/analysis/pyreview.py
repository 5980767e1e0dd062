"""Review hazards in Python take-home code that need more than one node to see, with ``ast``.

- A coroutine that tests or reads an attribute's entry (`self.stock[sku]`), awaits, then writes
  the entry from that stale value: another task can run at the await (the asyncio docs,
  "Synchronization Primitives": asyncio primitives exist because tasks interleave at await;
  CWE-362, CWE-367).
- Access decided from a role or admin flag the client sends (a header, a query or form field,
  the JSON body) instead of the server's session (OWASP Top 10 A01 Broken Access Control;
  CWE-639, CWE-807: a security decision on an untrusted input).
- A password hashed with a fast hash (hashlib md5/sha1/sha2): the hashlib docs point to
  `hashlib.scrypt`/`pbkdf2_hmac` for passwords (CWE-916, CWE-328; bandit B303/B324).
- A generator, map, filter or zip stored in a variable and consumed twice: the second pass
  sees nothing (the Python glossary, "iterator": "a container object ... produces a fresh new
  iterator each time", an iterator only once).
- Membership tested per item of a loop in a list returned by a function of the module that
  builds it from another sequence (the Python wiki "TimeComplexity": `x in list` is O(n)).
- A naive `datetime.now()`/`utcnow()` compared or subtracted with the module's aware
  datetimes (the datetime docs: naive and aware objects do not compare by order and do not
  subtract; TypeError).
- Each share of an amount rounded and the rounded shares added up (the Python tutorial on
  floating point and the `round()` docs; the shares no longer sum to the total).
- A module-level cache keyed without the tenant or user the cached value is computed for
  (CWE-524, CWE-639: one user's data served to another).
- A dict kept as a cache (module level or on `self`) filled with a key that differs per client
  or request (a user or session id, a URL, a value read from the request) and never removed
  from, cleared, reset or measured anywhere in the file: it grows with the traffic (CWE-770,
  CWE-401; ported from Java's java-cache-never-evicted).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Final

from .finding_facts import Facts, RuleFacts, SharedFacts
from .memo import MEMO_DECORATORS
from .pyfiles import QUESTIONS as _FILE_QUESTIONS
from .pyfiles import file_risks
from .pyguard import QUESTIONS as _GUARD_QUESTIONS
from .pylogic import QUESTIONS as _LOGIC_QUESTIONS
from .pylogic import logic_risks
from .python import dotted, parameter_defaults
from .pyvalues import QUESTIONS as _VALUE_QUESTIONS
from .pyvalues import value_risks
from .pyworkers import QUESTIONS as _WORKER_QUESTIONS
from .pyworkers import worker_risks
from .risk import Risk, names, own_nodes
from .risk import src as _src
from .risk import walk as _walk
from .ruff import QUESTIONS as _RUFF_QUESTIONS

__all__ = ["QUESTIONS", "review_risks"]

_Fn = ast.FunctionDef | ast.AsyncFunctionDef

_STALE_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. What happens when two tasks "
                   "run this for the same key at the same time, and how would you prevent it?")
_CLIENT_ROLE_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. Who controls "
                         "that value, and where should the decision come from instead?")
_FAST_HASH_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What can someone "
                       "who gets a copy of the stored hashes do with them, and how would you "
                       "store passwords instead?")
_TWICE_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. What does the second pass "
                   "see, and how would you write it?")
_NAIVE_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}: `{snippet}`. What happens when "
                   "that line runs, and how would you write it?")
_SHARES_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What do the shares "
                    "add up to when 100.00 is split three ways, and how would you split it so "
                    "they sum to the total?")
_MASS_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What could a client "
                   "put in that body, and how would you write it?")
_SSRF_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. Which address could "
                  "a client give to reach something only the server can reach, and how would "
                  "you restrict it?")
_QUERY_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. How many queries "
                   "does this make for 10,000 items, and how would you get the same data?")
_EXPIRY_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What can someone do "
                    "with a token issued a month ago, and how would you check it?")
_CACHE_Q: Final = ("In `{ident}` (`{path}`, line {line}), {detail}. What does a second {who} "
                   "get back, and how would you key it?")

_SHALLOW_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What does the "
                     "original hold after a call, and how would you copy it?")
_GROWS_Q: Final = ("`{ident}` (`{path}`, line {line}) {detail}: `{snippet}`. What happens to "
                   "memory after the service has run for weeks with many distinct keys, and how "
                   "would you bound it?")

QUESTIONS: Final = {
    "py-stale-read-across-await": _STALE_Q, "py-role-from-request": _CLIENT_ROLE_Q,
    "py-password-fast-hash": _FAST_HASH_Q, "py-iterator-consumed-twice": _TWICE_Q,
    "py-naive-aware-datetime": _NAIVE_Q, "py-rounded-shares": _SHARES_Q,
    "py-cache-key-without-owner": _CACHE_Q, "py-request-body-copied-onto-object": _MASS_Q,
    "py-url-from-request-fetched": _SSRF_Q, "py-query-per-item": _QUERY_Q,
    "py-token-expiry-never-checked": _EXPIRY_Q, "py-cache-never-evicted": _GROWS_Q,
    "py-shallow-copy-changed": _SHALLOW_Q,
    **_LOGIC_QUESTIONS, **_VALUE_QUESTIONS, **_WORKER_QUESTIONS, **_GUARD_QUESTIONS,
    **_FILE_QUESTIONS, **_RUFF_QUESTIONS}
"""The rules found here that ask their own question, by id (their key points are kept in
``questions/templates.py`` under the same id)."""

_REQUEST_PARTS: Final = re.compile(
    r"^(self\.)?(request|req|flask\.request)\.(headers|args|form|values|cookies|json|query|"
    r"query_params|GET|POST|data|params|rel_url\.query)$")
_ROLE_KEY: Final = re.compile(
    r"(?i)^(x-)?(user[-_]?)?(role|roles|is[-_]?admin|admin|permissions?|privileges?|"
    r"is[-_]?superuser|superuser|is[-_]?staff|staff|access[-_]?level|group)$")
_FAST_HASHES: Final = re.compile(r"^(hashlib\.)?(md5|sha1|sha224|sha256|sha384|sha512|"
                                 r"sha3_256|sha3_512|blake2b|blake2s)$")
_PASSWORD: Final = re.compile(r"(?i)(passw(or)?d|passwd|\bpwd\b|\bpw\b|passphrase|passcode|"
                               r"(?<![a-z])pin(?![a-z])|(?<![a-z])pin_?code)")
"""A name for a secret phrase: a password, passphrase or passcode, a PIN (`pin`, `user_pin`,
`pin_code`; not `spinner`, `mapping`, `pinned`)."""
_CHALLENGE: Final = re.compile(r"(?i)challenge|nonce|timestamp|\bapop\b|cram.?md5|digest.?auth")
"""A challenge-response answered for a peer (POP3's APOP over the server's timestamp, RFC 1939;
CRAM-MD5; HTTP digest authentication): the protocol fixes the digest, nothing is stored
(poplib's `apop` was the one hit of the widened check in the standard library)."""
_CONSUMERS: Final = frozenset({"sum", "list", "tuple", "set", "sorted", "min", "max", "any",
                               "all", "dict", "frozenset", "enumerate", "statistics.mean",
                               "statistics.median", "mean", "median", "Counter",
                               "collections.Counter"})
_ONE_SHOT: Final = frozenset({"map", "filter", "zip", "itertools.islice", "itertools.chain",
                              "csv.reader", "csv.DictReader"})
"""Calls that return a one-pass iterator. `iter()` is left out: it is called to share one
iterator between loops on purpose (a header read, then the rest)."""
_NAIVE_NOW: Final = frozenset({"datetime.now", "datetime.datetime.now", "datetime.utcnow",
                               "datetime.datetime.utcnow", "datetime.today",
                               "datetime.datetime.today"})
_OWNER_PARAM: Final = re.compile(r"(?i)^(tenant|user|account|org|organi[sz]ation|customer|"
                                 r"owner|team|workspace|company)(_?id)?$")
_LOCKISH: Final = re.compile(r"(?i)(?<![a-z])(r?lock|semaphore|mutex|transaction|atomic)")
"""A lock in the coroutine's text (`self._lock`, `asyncio.Lock()`, `async with lock`); not the
`lock` inside `block`, `blocked` or `clock`, words a handler uses for other things."""


def _store_lines(nodes: list[ast.AST]) -> dict[str, list[int]]:
    """The lines where each local name is given a value."""
    stores: dict[str, list[int]] = {}
    for n in nodes:
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            stores.setdefault(n.id, []).append(n.lineno)
    return stores


def _within(node: ast.AST, outer: ast.AST) -> bool:
    return any(n is node for n in ast.walk(outer))


def _attr_entry(node: ast.AST) -> str:
    """`self.x` for `self.x[k]` or `self.x.get(k...)`; '' otherwise."""
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute):
        return _src(node.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr == "get" and isinstance(node.func.value, ast.Attribute) and node.args:
        return _src(node.func.value)
    return ""


def _shared_maps(tree: ast.Module) -> frozenset[str]:
    """Module-level names bound to a dict (a literal, `dict()`, `defaultdict(...)`): state every
    task of the module shares."""
    out: set[str] = set()
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            else node.target if isinstance(node, ast.AnnAssign) else None
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and (isinstance(value, ast.Dict) or (
                isinstance(value, ast.Call) and dotted(value.func).rsplit(".", 1)[-1] in
                ("dict", "defaultdict", "OrderedDict", "Counter"))):
            out.add(target.id)
    return frozenset(out)


def _map_entry(node: ast.AST, names: dict[str, str]) -> str:
    """(flow2-py) `self.x`'s entry read through a local alias of it (`stock = self.stock`) or a
    module dict's (`STOCK[k]`, `STOCK.get(k, 0)`): the shared map's name; '' otherwise."""
    base = node.value if isinstance(node, ast.Subscript) else \
        node.func.value if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
        and node.func.attr == "get" and node.args else None
    return names.get(base.id, "") if isinstance(base, ast.Name) else ""


def _held_across(nodes: list[ast.AST], first: int, last: int) -> bool:
    """An `async with <name or attribute>:` (a lock object, whatever its name; a call such as
    `session.get(url)` is no lock) whose block spans lines `first` to `last`."""
    return any(isinstance(n, ast.AsyncWith) and n.body and
               all(isinstance(i.context_expr, (ast.Name, ast.Attribute)) for i in n.items) and
               n.body[0].lineno <= first and last <= (n.body[-1].end_lineno or 0)
               for n in nodes)


def _stale_across_await(fn: ast.AsyncFunctionDef, nodes: list[ast.AST], out: list[Risk],
                        shared: frozenset[str] = frozenset()) -> None:
    """`v = self.x.get(k)` (or a test `self.x[k] < n`), an await, then `self.x[k] = f(v)`; also
    through a local alias of `self.x` and for a module-level dict (flow2-py)."""
    if _LOCKISH.search(_src(fn)):
        return
    awaits = sorted(n.lineno for n in nodes if isinstance(n, (ast.Await, ast.AsyncFor,
                                                              ast.AsyncWith)))
    if not awaits:
        return
    stores = _store_lines(nodes)  # a local given a new value drops the stale one
    # the shared maps by the name the coroutine uses: a module dict it does not rebind, a local
    # bound once to `self.x` (a local alias)
    names = {n: n for n in shared if n not in stores}
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Attribute) \
                and isinstance(node.value.value, ast.Name) and node.value.value.id == "self" and \
                len(stores.get(node.targets[0].id, ())) == 1:
            names[node.targets[0].id] = _src(node.value)
    reads: dict[str, tuple[str, int]] = {}  # local -> (attribute, line)
    more: dict[str, tuple[str, int]] = {}  # the same through `names`
    tests: list[tuple[str, int]] = []
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name) and (attr := _attr_entry(node.value)):
            reads[node.targets[0].id] = (attr, node.lineno)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and names and \
                isinstance(node.targets[0], ast.Name) and (attr := _map_entry(node.value, names)):
            more[node.targets[0].id] = (attr, node.lineno)
        elif isinstance(node, ast.Compare) and \
                any(isinstance(o, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for o in node.ops):
            for side in (node.left, *node.comparators):
                if attr := _attr_entry(side):
                    tests.append((attr, node.lineno))
    if _field_checked_across_await(nodes, awaits, reads, stores, fn.name, out) or \
            _member_checked_across_await(nodes, awaits, fn.name, out):
        return
    for node in sorted((n for n in nodes if isinstance(n, (ast.Assign, ast.AugAssign))),
                       key=lambda n: n.lineno):
        targets = list(node.targets) if isinstance(node, ast.Assign) else [node.target]
        for target in targets:
            if not isinstance(target, ast.Subscript):
                continue
            if isinstance(target.value, ast.Attribute):
                attr = _src(target.value)
            elif not (attr := _map_entry(target, names)):
                continue
            used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            start = 0
            how = ""
            for local, (read_attr, line) in {**reads, **more}.items():
                if read_attr == attr and local in used and line < node.lineno and \
                        not any(line < n < node.lineno for n in stores.get(local, ())):
                    start, how = line, f"`{local}` is read from `{attr}` (line {line})"
            if not start and isinstance(node, ast.AugAssign):
                for read_attr, line in tests:
                    if read_attr == attr and line < node.lineno:
                        start, how = line, f"`{attr}` is checked (line {line})"
            if not start:
                continue
            gap = next((a for a in awaits if start < a < node.lineno), 0)
            if not gap or _held_across(nodes, start, node.lineno):
                continue
            detail = (f"{how}, the coroutine awaits (line {gap}), and then `{_src(target)}` is "
                      f"written from that earlier value (line {node.lineno}); other tasks can "
                      "change it at the await")
            out.append(Risk("race_condition", start, fn.name, detail, Facts(
                rule=RuleFacts("py-stale-read-across-await", "error", attr, _STALE_Q),
                shared=SharedFacts(attr, read_modify_write=True))))
            return


_PRIMITIVE_METHODS: Final = frozenset({"acquire", "release", "wait", "__aenter__", "__aexit__"})
"""The methods of a synchronisation primitive (asyncio's Lock, Semaphore, Event, Condition)."""


def _field_checked_across_await(nodes: list[ast.AST], awaits: list[int],
                                entries: dict[str, tuple[str, int]],
                                stores: dict[str, list[int]], name: str,
                                out: list[Risk]) -> bool:
    """`if x.n < k: raise`, an await, then `x.n -= k`, where `x` is `self` or an entry of one
    of its collections (`show = self.shows[sid]`): the test no longer holds at the change,
    since other tasks ran at the await. A test of the field after the await is a re-check.
    Only an `if` counts as the check: a `while` over a field is most often one task's loop
    (a producer filling a buffer), not a decision other calls share."""
    if name in _PRIMITIVE_METHODS:
        return False  # a lock or semaphore's own acquire: what it awaits is its business
    tests: dict[str, list[int]] = {}
    for test in (n.test for n in nodes if isinstance(n, ast.If)):
        for node in ast.walk(test):
            if isinstance(node, ast.Compare) and \
                    any(isinstance(o, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for o in node.ops):
                for side in (node.left, *node.comparators):
                    if isinstance(side, ast.Attribute):
                        tests.setdefault(_src(side), []).append(node.lineno)
    changes: dict[str, list[ast.AugAssign]] = {}
    for node in nodes:
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Attribute):
            changes.setdefault(_src(node.target), []).append(node)
    for node in sorted((n for n in nodes if isinstance(n, ast.AugAssign)), key=lambda n: n.lineno):
        target = node.target
        if not (isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name)):
            continue
        base, field = target.value.id, _src(target)
        if base != "self":
            entry = entries.get(base)
            if entry is None or not entry[0].startswith("self.") or not entry[1] < node.lineno or \
                    any(entry[1] < n < node.lineno for n in stores.get(base, ())):
                continue
        checked = [line for line in tests.get(field, ()) if line < node.lineno]
        if not checked:
            continue
        gap = next((a for a in awaits if checked[0] < a < node.lineno), 0)
        if not gap or any(gap < line for line in checked) or any(
                checked[0] < n.lineno < gap for n in changes.get(field, ())):
            continue  # re-checked after the await, or taken before it (and put back on failure)
        detail = (f"`{field}` is checked (line {checked[0]}), the coroutine awaits (line {gap}), "
                  f"and only then is `{field}` changed (line {node.lineno}); other tasks pass "
                  "the same check at the await")
        out.append(Risk("race_condition", checked[0], name, detail, Facts(
            rule=RuleFacts("py-stale-read-across-await", "error", field, _STALE_Q),
            shared=SharedFacts(field, read_modify_write=True))))
        return True
    return False


def _self_member_tests(test: ast.AST, op: type) -> list[tuple[str, str]]:
    """(key, collection) for each `key in self.x` (or `not in`, by `op`) in a test."""
    return [(_src(n.left), _src(n.comparators[0])) for n in ast.walk(test)
            if isinstance(n, ast.Compare) and len(n.ops) == 1 and isinstance(n.ops[0], op)
            and isinstance(n.comparators[0], ast.Attribute)
            and _src(n.comparators[0]).startswith("self.")]


def _member_writes(nodes: list[ast.AST], key: str, coll: str) -> list[int]:
    """Lines that put `key` into `coll`: `self.x[key] = v`, `self.x.add(key)`, `.append(key)`,
    `.setdefault(key, v)`."""
    lines = [n.lineno for n in nodes if isinstance(n, ast.Assign) for t in n.targets
             if isinstance(t, ast.Subscript) and _src(t.value) == coll and _src(t.slice) == key]
    lines += [n.lineno for n in nodes if isinstance(n, ast.Call)
              and isinstance(n.func, ast.Attribute) and _src(n.func.value) == coll
              and n.func.attr in ("add", "append", "setdefault") and n.args
              and _src(n.args[0]) == key]
    return sorted(lines)


def _member_checked_across_await(nodes: list[ast.AST], awaits: list[int], name: str,
                                 out: list[Risk]) -> bool:
    """`if key in self.x: raise` (or `if key not in self.x:` around the work), an await, then
    `self.x[key] = v` (or `self.x.add(key)`): every task that reaches the await has passed
    the check, so two calls for one key both go on (a name registered twice, a second
    connection made and one of them lost). A re-check after the await, or the key put in
    before it (a placeholder), closes the gap."""
    if name in _PRIMITIVE_METHODS:
        return False
    for node in sorted((n for n in nodes if isinstance(n, ast.If)), key=lambda n: n.lineno):
        end = node.end_lineno or node.lineno
        refusal = isinstance(node.body[-1], (ast.Raise, ast.Return))
        cases = [(k, c, end, 10 ** 9) for k, c in _self_member_tests(node.test, ast.In)
                 if refusal and not node.orelse]
        cases += [(k, c, node.lineno, end) for k, c in _self_member_tests(node.test, ast.NotIn)]
        for key, coll, after, until in cases:
            if _CACHE_NAME.search(coll):
                continue  # a cache filled twice holds the same value: work done twice
            gap = next((a for a in awaits if after < a <= until), 0)
            writes = [w for w in _member_writes(nodes, key, coll) if w <= until]
            if not gap or not writes or writes[0] <= gap:
                continue  # nothing awaited first, or the key is put in before the await
            rechecked = any(gap <= line < writes[0]
                            for n in nodes if isinstance(n, ast.Compare)
                            for line in [n.lineno]
                            if (_src(n.left), _src(n.comparators[0])) == (key, coll))
            if rechecked:
                continue
            detail = (f"`{key}` is checked against `{coll}` (line {node.lineno}), the "
                      f"coroutine awaits (line {gap}), and only then is it put in (line "
                      f"{writes[0]}); another task for the same key passes the check at the "
                      "await")
            out.append(Risk("race_condition", node.lineno, name, detail, Facts(
                rule=RuleFacts("py-stale-read-across-await", "error", coll, _STALE_Q),
                shared=SharedFacts(coll, read_modify_write=True))))
            return True
    return False


def _request_part(node: ast.AST, bodies: set[str]) -> bool:
    base = _src(node)
    return bool(_REQUEST_PARTS.match(base)) or base in bodies


def _decides(node: ast.AST, stmt: ast.AST | None, tested: set[str]) -> bool:
    """The statement holding the read tests it, stores it in a name tested later, or returns a
    comparison of it."""
    if isinstance(stmt, (ast.If, ast.Assert)):
        return _within(node, stmt.test)
    if isinstance(stmt, ast.Assign):
        return any(isinstance(t, ast.Name) and t.id in tested for t in stmt.targets)
    return isinstance(stmt, ast.Return) and isinstance(stmt.value, (ast.Compare, ast.BoolOp))


def _request_bodies(nodes: list[ast.AST]) -> set[str]:
    """Local names holding a part of the request: `body = request.get_json()`, `form = ...`."""
    return {t.id for n in nodes if isinstance(n, ast.Assign)
            for t in n.targets if isinstance(t, ast.Name)
            and re.search(r"(get_json|\.json\b|\.form\b|\.args\b|\.headers\b|\.query\b|"
                          r"\.post\(\))", _src(n.value)) and "request" in _src(n.value)}


def _request_read(value: ast.AST, bodies: set[str]) -> bool:
    """`request.args.get("url")`, `request.json["url"]`, `body.get("url") or default`."""
    value = value.values[0] if isinstance(value, ast.BoolOp) else value
    return (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and
            value.func.attr == "get" and _request_part(value.func.value, bodies)) or \
        (isinstance(value, ast.Subscript) and _request_part(value.value, bodies))


def _request_values(nodes: list[ast.AST], bodies: set[str]) -> set[str]:
    """Local names assigned a field of the request: `url = request.args.get("url")`."""
    return {n.targets[0].id for n in nodes
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and
            isinstance(n.targets[0], ast.Name) and _request_read(n.value, bodies)}


_FETCHERS: Final = re.compile(r"^(requests|httpx)\.(get|post|put|head|delete|patch|request)$|"
                              r"^(urllib\.request\.)?urlopen$")
_FETCH_VERBS: Final = frozenset({"get", "post", "put", "head", "delete", "patch", "request",
                                 "urlopen"})
"""The last part of every name `_FETCHERS` matches (tested first: it is cheaper)."""
_CLIENTS: Final = re.compile(r"(ClientSession|AsyncClient|httpx\.Client|requests\.Session|"
                             r"^Session)$")
_HOST_CHECK: Final = re.compile(r"\b(urlparse|urlsplit|ipaddress|hostname|netloc|allow\w*|"
                                r"ALLOW\w*)\b")


_HOST_TEST: Final = re.compile(r"\b(hostname|netloc|ipaddress|gethostbyname|getaddrinfo|"
                               r"is_private|is_global|allow\w*|ALLOW\w*)\b")
"""A test of where a URL points (not `urlparse` alone, which a scheme check uses too)."""
_VETTING: Final = re.compile(r"(?i)(valid|safe|allow|check|verify|trust|saniti|permit)")


@dataclass(frozen=True)
class _Fetcher:
    """A function of the module that fetches the URL its caller passes (`fetch_html(url)`)."""

    positions: tuple[int, ...]
    line: int
    call: str


def _leading(node: ast.AST) -> set[str]:
    """The names a URL expression starts with, which decide its host: `url`, `url.strip()`,
    `Request(url, ...)`, `url + "/x"`, `f"{url}/x"`; not `BASE + path` or `f"{API}/{path}"`."""
    if isinstance(node, ast.Name):
        return {node.id}
    if isinstance(node, ast.Call):
        if isinstance(node.func, ast.Attribute) and node.func.attr in _STRING_METHODS:
            return _leading(node.func.value)
        return _leading(node.args[0]) if node.args else set()
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _leading(node.left)
    if isinstance(node, ast.JoinedStr) and node.values and \
            isinstance(node.values[0], ast.FormattedValue):
        return _leading(node.values[0].value)
    return set()


_STRING_METHODS: Final = frozenset({"strip", "lstrip", "rstrip", "lower", "format", "replace",
                                    "removesuffix", "removeprefix", "geturl", "encode"})


def _fetch_helpers(defs: list[_Fn], fetching: set[int]) -> dict[str, _Fetcher]:
    """Functions that hand one of their parameters, as given or built into a request
    (`urllib.request.Request(url, ...)`), to a fetching call (`fetching`: the ids of the
    module's fetching calls), with no test of its host."""
    found: dict[str, _Fetcher] = {}
    for fn in defs:
        if not any(id(n) in fetching for n in own_nodes(fn)) or _HOST_TEST.search(_src(fn)):
            continue
        params = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args]]
        if params[:1] in (["self"], ["cls"]):
            params = params[1:]
        nodes = own_nodes(fn)
        carries: dict[str, set[int]] = {p: {i} for i, p in enumerate(params)}
        assigns = [n for n in nodes if isinstance(n, ast.Assign)]
        for assign in sorted(assigns, key=lambda n: n.lineno):
            came = {i for n in _leading(assign.value) for i in carries.get(n, ())}
            for t in assign.targets:
                if isinstance(t, ast.Name) and came:
                    carries[t.id] = came
        calls = [n for n in nodes if isinstance(n, ast.Call)]
        for call in sorted(calls, key=lambda n: n.lineno):
            name = dotted(call.func)
            if not _FETCHERS.match(name) or not call.args:
                continue
            url = call.args[-1] if name.endswith("request") and len(call.args) > 1 \
                else call.args[0]
            if positions := sorted({i for n in _leading(url) for i in carries.get(n, ())}):
                found[fn.name] = _Fetcher(tuple(positions), call.lineno, name)
                break
    return found


def _wrapped_request_values(nodes: list[ast.AST], bodies: set[str], values: set[str],
                            vetted: set[str]) -> set[str]:
    """Locals assigned a call made on a request value (`url = normalise(request.args["u"])`,
    `request.args["u"].strip()`), unless the call's name says it vets it or it is one of the
    module's functions that tests the host."""
    out = set(values)
    for node in sorted((n for n in nodes if isinstance(n, ast.Assign)), key=lambda n: n.lineno):
        if not (len(node.targets) == 1 and isinstance(node.targets[0], ast.Name) and
                isinstance(node.value, ast.Call)):
            continue
        call = node.value
        callee = dotted(call.func).rsplit(".", 1)[-1]
        if _VETTING.search(callee) or callee in vetted:
            continue
        parts = [*call.args, *(k.value for k in call.keywords)]
        if isinstance(call.func, ast.Attribute):
            parts.append(call.func.value)
        if any(names(a) & out or _request_read(a, bodies) for a in parts):
            out.add(node.targets[0].id)
    return out


def _url_fetched_by_helper(fn: _Fn, nodes: list[ast.AST], helpers: dict[str, _Fetcher],
                           vetted: set[str], out: list[Risk]) -> None:
    """A request value passed to a function of the module that fetches it (SSRF)."""
    if _HOST_CHECK.search(_src(fn)):
        return
    bodies = _request_bodies(nodes)
    values = _wrapped_request_values(nodes, bodies, _request_values(nodes, bodies), vetted)
    for node in sorted((n for n in nodes if isinstance(n, ast.Call)), key=lambda n: n.lineno):
        name = dotted(node.func).removeprefix("self.")
        helper = helpers.get(name)
        if helper is None or name == fn.name:
            continue
        passed = [node.args[i] for i in helper.positions if i < len(node.args)]
        if not any(names(a) & values or _request_read(a, bodies) for a in passed):
            continue
        detail = (f"fetches with `{helper.call}` the URL `{fn.name}` passes it (line "
                  f"{node.lineno}), a URL the client sent, with no check of the host it "
                  "points to")
        out.append(Risk("bypassable_check", helper.line, name, detail, Facts(
            rule=RuleFacts("py-url-from-request-fetched", "error", helper.call, _SSRF_Q))))
        return


def _url_fetched(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    """A URL from the request fetched by the server, with no check of its host (SSRF)."""
    if _HOST_CHECK.search(_src(fn)):
        return
    bodies = _request_bodies(nodes)
    values = _request_values(nodes, bodies)
    clients = {item.optional_vars.id for n in nodes if isinstance(n, (ast.With, ast.AsyncWith))
               for item in n.items if isinstance(item.optional_vars, ast.Name)
               and isinstance(item.context_expr, ast.Call)
               and _CLIENTS.search(dotted(item.context_expr.func))}
    for node in sorted((n for n in nodes if isinstance(n, ast.Call)), key=lambda n: n.lineno):
        name = dotted(node.func)
        fetches = bool(_FETCHERS.match(name)) or (
            isinstance(node.func, ast.Attribute) and _src(node.func.value) in clients
            and node.func.attr in ("get", "post", "put", "head", "request", "stream"))
        if not fetches or not node.args:
            continue
        url = node.args[-1] if name.endswith("request") and len(node.args) > 1 else node.args[0]
        used = {n.id for n in ast.walk(url) if isinstance(n, ast.Name)} & values
        if not used and not _request_read(url, bodies):  # `requests.get(request.args["u"])`
            continue
        detail = (f"fetches `{_src(url)}`, a URL the client sent, from the server with no check "
                  "of the host it points to")
        out.append(Risk("bypassable_check", node.lineno, fn.name, detail, Facts(
            rule=RuleFacts("py-url-from-request-fetched", "error", name, _SSRF_Q))))
        return


def _mass_assignment(fn: _Fn, nodes: list[ast.AST], parents: dict[int, ast.AST],
                     out: list[Risk]) -> None:
    """Every field of the request body set on a stored object (CWE-915)."""
    bodies = _request_bodies(nodes)
    for node in sorted((n for n in nodes if isinstance(n, ast.Call)), key=lambda n: n.lineno):
        what = ""
        if dotted(node.func) == "setattr" and len(node.args) == 3 and \
                isinstance(node.args[1], ast.Name):
            loop = parents.get(id(node))
            while loop is not None and not isinstance(loop, (ast.For, ast.AsyncFor)):
                if isinstance(loop, (ast.If, ast.IfExp)) and any(
                        isinstance(n, ast.Name) and n.id == node.args[1].id
                        for n in ast.walk(loop.test)):
                    loop = None  # only keys it allows
                    break
                loop = parents.get(id(loop))
            if isinstance(loop, (ast.For, ast.AsyncFor)) and isinstance(loop.iter, ast.Call) and \
                    isinstance(loop.iter.func, ast.Attribute) and loop.iter.func.attr == "items" \
                    and _request_part(loop.iter.func.value, bodies) and \
                    node.args[1].id in {n.id for n in ast.walk(loop.target)
                                        if isinstance(n, ast.Name)}:
                what = (f"copies every field of `{_src(loop.iter.func.value)}`, the request "
                        f"body, onto `{_src(node.args[0])}`")
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "update" and \
                node.args and _request_part(node.args[0], bodies) and \
                re.search(r"(__dict__|vars\()", _src(node.func.value)):
            what = f"copies every field of `{_src(node.args[0])}`, the request body, onto an object"
        if what:
            out.append(Risk("bypassable_check", node.lineno, fn.name, what, Facts(
                rule=RuleFacts("py-request-body-copied-onto-object", "error", "setattr",
                               _MASS_Q))))
            return


def _client_role(fn: _Fn, nodes: list[ast.AST], parents: dict[int, ast.AST],
                 out: list[Risk]) -> None:
    """A role or admin flag read from the request and used to decide: `if headers.get('X-Role')`."""
    bodies = _request_bodies(nodes)
    tested = {n.id for node in nodes if isinstance(node, (ast.If, ast.IfExp, ast.Assert))
              for n in ast.walk(node.test) if isinstance(n, ast.Name)}
    for node in sorted(nodes, key=lambda n: getattr(n, "lineno", 0)):
        key: ast.AST | None = None
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
                node.func.attr == "get" and node.args and _request_part(node.func.value, bodies):
            key = node.args[0]
        elif isinstance(node, ast.Subscript) and _request_part(node.value, bodies):
            key = node.slice
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)
                and _ROLE_KEY.match(key.value)):
            continue
        up = parents.get(id(node))
        while up is not None and not isinstance(up, ast.stmt):
            up = parents.get(id(up))
        if not _decides(node, up, tested):
            continue
        detail = (f"decides access from `{_src(node)}`, a value the client sends with the "
                  "request and can set to anything")
        out.append(Risk("bypassable_check", getattr(node, "lineno", fn.lineno), fn.name, detail, Facts(
            rule=RuleFacts("py-role-from-request", "error", _src(node), _CLIENT_ROLE_Q))))
        return


def _fast_hash_name(call: ast.Call, modules: frozenset[str] = frozenset({"hashlib"})) -> str:
    """The fast digest a call makes: `hashlib.sha256(...)`, `md5(...)`, or `hashlib.new("sha1")`
    (the hashlib docs' generic constructor), hashlib reached under any name the module imports
    it as (`import hashlib as hl`); '' for anything else."""
    name = dotted(call.func)
    module, _, last = name.rpartition(".")
    if module in ("", *modules) and _FAST_HASHES.match(last):
        return last
    if last == "new" and module in ("", *modules) and call.args and \
            isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str) and \
            _FAST_HASHES.match(call.args[0].value.lower().replace("-", "")):
        return call.args[0].value.lower()
    return ""


def _digest_by_default(call: ast.Call, helpers: _Hashing) -> str:
    """`hashlib.new(<a name or a field>)` whose one default in the module is a fast digest."""
    module, _, last = dotted(call.func).rpartition(".")
    if last != "new" or module not in helpers.modules or not call.args:
        return ""
    first = call.args[0]
    key = first.id if isinstance(first, ast.Name) else \
        first.attr if isinstance(first, ast.Attribute) else ""
    return helpers.digests.get(key, "")


@dataclass(frozen=True)
class _Hashing:
    """What the module shows about password hashing: the names hashlib has here, and each
    function of the module called with a password, with the parameters that receive it."""

    modules: frozenset[str]
    carried: dict[str, frozenset[str]]
    # (round var-sec) names and fields whose only default in the module is a fast digest's
    # name: `DIGEST = "sha1"`, a settings class's `digest: str = "md5"`, `self.algo = "sha1"`
    digests: dict[str, str] = field(default_factory=dict)

    def __contains__(self, name: object) -> bool:
        return name in self.carried


def _refers(node: ast.AST, tainted: set[str]) -> bool:
    """The expression names a password: a name or attribute like `password`/`pin`, or a local
    or parameter known to hold one."""
    return any((isinstance(n, ast.Name) and (n.id in tainted or _PASSWORD.search(n.id))) or
               (isinstance(n, ast.Attribute) and _PASSWORD.search(n.attr)) or
               # a field read by its key: `form["password"]`, `data.get("pin")`
               (isinstance(n, ast.Constant) and isinstance(n.value, str) and
                re.fullmatch(r"\w+", n.value) is not None and _PASSWORD.search(n.value))
               for n in ast.walk(node))


def _derived(fn: _Fn, nodes: list[ast.AST], tainted: set[str]) -> set[str]:
    """The locals of the function computed from a password (`data = f"{user}:{pin}".encode()`),
    in the order they are assigned."""
    out = set(tainted)
    for node in sorted((n for n in nodes if isinstance(n, (ast.Assign, ast.AnnAssign))),
                       key=lambda n: (n.lineno, n.col_offset)):
        value = node.value
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]
        if value is not None and _refers(value, out):
            out |= {t.id for t in targets if isinstance(t, ast.Name)}
    return out


def _receivers(call: ast.Call, fn: _Fn, tainted: set[str]) -> frozenset[str]:
    """The parameters of `fn` that a call of it fills with a password."""
    params = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args]]
    if isinstance(call.func, ast.Attribute) and params[:1] in (["self"], ["cls"]):
        params = params[1:]
    got = {params[i] for i, a in enumerate(call.args)
           if i < len(params) and not isinstance(a, ast.Starred) and _refers(a, tainted)}
    return frozenset(got | {k.arg for k in call.keywords if k.arg and _refers(k.value, tainted)})


def _password_helpers(tree: ast.Module) -> _Hashing:
    """Functions of the module called with a password: `_digest(password)`,
    `self.hash(PEPPER + raw_password)`, and (shapes-jspy) the helpers those pass the parameter
    that received it to, however it is named (`_fingerprint(pin, user)` whose parameter is
    `secret`, then `_digest(secret)`)."""
    modules = frozenset({"hashlib"} | {a.asname for n in tree.body if isinstance(n, ast.Import)
                                       for a in n.names if a.name == "hashlib" and a.asname})
    if not any(isinstance(n, (ast.Import, ast.ImportFrom)) and "hashlib" in ast.dump(n)
               for n in tree.body):
        return _Hashing(modules, {})
    defs = {n.name: n for n in _walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
    carried: dict[str, frozenset[str]] = {}

    def calls(scope: list[ast.AST], tainted: set[str]) -> list[str]:
        grown = []
        for node in scope:
            if not isinstance(node, ast.Call) or not any(
                    _refers(a, tainted) for a in [*node.args, *(k.value for k in node.keywords)]):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else \
                node.func.id if isinstance(node.func, ast.Name) else ""
            if not name:
                continue
            got = _receivers(node, defs[name], tainted) if name in defs else frozenset()
            if name not in carried or not got <= carried[name]:
                carried[name] = carried.get(name, frozenset()) | got
                grown.append(name)
        return grown

    todo = calls(_walk(tree), set())
    for _ in range(3):  # a helper of a helper of a helper, no further
        todo = [g for name in todo if name in defs and carried[name] for g in calls(
            own_nodes(defs[name]), _derived(defs[name], own_nodes(defs[name]),
                                            set(carried[name])))]
    return _Hashing(modules, carried, _digest_defaults(tree))


def _digest_defaults(tree: ast.Module) -> dict[str, str]:
    """Each name (a module constant, a class field, `self.<field>`, a parameter) the module
    only ever gives one string literal, when that literal names a fast digest
    (`hashlib.new(self.config.digest)` with `digest: str = "sha1"` in the settings class)."""
    given: dict[str, set[str]] = {}
    for node in _walk(tree):
        pairs: list[tuple[ast.AST, ast.AST | None]] = []
        if isinstance(node, ast.Assign):
            pairs = [(t, node.value) for t in node.targets]
        elif isinstance(node, ast.AnnAssign):
            pairs = [(node.target, node.value)]
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            pairs = [(ast.Name(p), d) for p, d in parameter_defaults(node).items()]
        for target, value in pairs:
            name = target.id if isinstance(target, ast.Name) else \
                target.attr if isinstance(target, ast.Attribute) else ""
            if name and value is not None:
                given.setdefault(name, set()).add(
                    value.value if isinstance(value, ast.Constant) and isinstance(value.value, str)
                    else "\0")  # anything else: not one known name
    return {name: next(iter(values)).lower() for name, values in given.items()
            if len(values) == 1 and _FAST_HASHES.match(next(iter(values)).lower().replace("-", ""))}


def _fast_password_hash(fn: _Fn, nodes: list[ast.AST], out: list[Risk],
                        helpers: _Hashing) -> None:
    """A password (a passphrase, a PIN) put through a fast digest: as its argument, through
    `.update()` of a digest the function made, or in a helper the module calls with a password,
    also through a local made from it or the helper's parameter that receives it (CWE-916)."""
    if _CHALLENGE.search(_src(fn)):
        return
    made: dict[str, tuple[ast.Call, str]] = {}
    tainted = _derived(fn, nodes, set(helpers.carried.get(fn.name, ())))
    # a helper whose parameters the password fills is asked about for a digest of them only
    # (not an etag it also makes); a function named for passwords, or a helper called in a way
    # not mapped to its parameters (`**options`), for any digest it makes
    broad = bool(_PASSWORD.search(fn.name)) or helpers.carried.get(fn.name) == frozenset()
    if _speaks_of_password(nodes):
        # its own messages say what a parameter is ("a passphrase needs three words"): the
        # parameters hold the secret, whatever they are named (a random token made inside the
        # function, as a reset link's, is no parameter)
        tainted |= _derived(fn, nodes, {a.arg for a in [*fn.args.posonlyargs, *fn.args.args,
                                                         *fn.args.kwonlyargs]})
    for node in sorted((n for n in nodes if isinstance(n, ast.Call)),
                       key=lambda n: (n.lineno, n.col_offset)):
        name = _fast_hash_name(node, helpers.modules) or _digest_by_default(node, helpers)
        if name:
            generic = dotted(node.func).rpartition(".")[2] == "new"
            args = [*(node.args[1:] if generic else node.args), *(k.value for k in node.keywords)]
            if any(_refers(a, tainted) for a in args) or (broad and (args or not _updates(nodes))):
                _report_fast_hash(fn, node, name, out)
                return
            target = _assigned_name(node, nodes)
            if target:
                made[target] = (node, name)
        elif isinstance(node.func, ast.Attribute) and node.func.attr == "update" and \
                isinstance(node.func.value, ast.Name) and node.func.value.id in made and (
                    broad or any(_refers(a, tainted) for a in node.args)):
            call, name = made[node.func.value.id]
            _report_fast_hash(fn, call, name, out)
            return


def _speaks_of_password(nodes: list[ast.AST]) -> bool:
    """Whether a message the function raises or a string it compares speaks of a password, a
    passphrase or a PIN (not a docstring: "a user's password reset token")."""
    for node in nodes:
        if isinstance(node, ast.Raise) and node.exc is not None:
            texts = [n.value for n in ast.walk(node.exc)
                     if isinstance(n, ast.Constant) and isinstance(n.value, str)]
            if any(_PASSWORD.search(t) and not _RESET.search(t) for t in texts):
                return True
    return False


_RESET: Final = re.compile(r"(?i)reset|forgot|recover|expired?|token")
"""A message about a password's reset link or token speaks of a token, not of the secret."""


def _updates(nodes: list[ast.AST]) -> bool:
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
               and n.func.attr == "update" for n in nodes)


def _assigned_name(call: ast.Call, nodes: list[ast.AST]) -> str:
    for n in nodes:
        if isinstance(n, ast.Assign) and n.value is call and len(n.targets) == 1 and \
                isinstance(n.targets[0], ast.Name):
            return n.targets[0].id
    return ""


def _report_fast_hash(fn: _Fn, node: ast.Call, name: str, out: list[Risk]) -> None:
    detail = (f"hashes a password with `{name}`, a fast hash made to be computed quickly"
              + ("" if "salt" in _src(fn).lower() else ", with no salt"))
    out.append(Risk("weak_password_hash", node.lineno, fn.name, detail, Facts(
        rule=RuleFacts("py-password-fast-hash", "error", dotted(node.func), _FAST_HASH_Q))))


def _generators(tree: ast.Module) -> set[str]:
    return {n.name for n in tree.body if isinstance(n, ast.FunctionDef)
            and any(isinstance(x, (ast.Yield, ast.YieldFrom)) for x in own_nodes(n))}


def _passes_to_consumer(call: ast.Call, name: str, walkers: dict[str, set[int]]) -> bool:
    """`sum(name)`, `list(name)`, `", ".join(name)`, or a function of the module that loops over
    that argument: a call that reads the iterator to its end."""
    given = [i for i, a in enumerate(call.args) if isinstance(a, ast.Name) and a.id == name]
    if isinstance(call.func, ast.Attribute) and call.func.attr == "join":
        return bool(given)
    callee = dotted(call.func)
    return bool(given) and (callee in _CONSUMERS or any(i in walkers.get(callee, ())
                                                        for i in given))


def _walkers(tree: ast.Module) -> dict[str, set[int]]:
    """Module functions by name, with the positions of the arguments they loop over to the end."""
    out: dict[str, set[int]] = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args)]
        nodes = own_nodes(fn)
        walked = {i for i, p in enumerate(params) if _consumptions(nodes, p, 0, {})}
        if walked:
            out[fn.name] = walked
    return out


def _consumptions(nodes: list[ast.AST], name: str, after: int,
                  walkers: dict[str, set[int]]) -> list[tuple[int, ast.AST]]:
    """The passes over `name` after a line: (line, node), in order; none when a loop over it
    stops early (it leaves the rest for the next pass on purpose)."""
    uses: list[tuple[int, ast.AST]] = []
    for node in nodes:
        line = getattr(node, "lineno", 0) or getattr(getattr(node, "iter", None), "lineno", 0)
        if line <= after:
            continue
        if isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)) and \
                isinstance(node.iter, ast.Name) and node.iter.id == name:
            if isinstance(node, (ast.For, ast.AsyncFor)) and any(
                    isinstance(b, ast.Break) for b in own_nodes(node)):
                return []
            uses.append((line, node.iter))
        elif isinstance(node, ast.Call) and _passes_to_consumer(node, name, walkers):
            uses.append((line, node))
    return sorted(uses, key=lambda u: u[0])


def _branches(node: ast.AST, parents: dict[int, ast.AST]) -> dict[int, str]:
    """For each `if` (or conditional expression) above the node: the branch it lies in."""
    out: dict[int, str] = {}
    child, up = node, parents.get(id(node))
    while up is not None:
        if isinstance(up, ast.If):
            out[id(up)] = "body" if any(child is b for b in up.body) else \
                "orelse" if any(child is b for b in up.orelse) else "test"
        elif isinstance(up, ast.IfExp):
            out[id(up)] = "body" if child is up.body else "orelse" if child is up.orelse \
                else "test"
        elif isinstance(up, (ast.FunctionDef, ast.AsyncFunctionDef)):
            break
        child, up = up, parents.get(id(up))
    return out


def _one_path(first: ast.AST, second: ast.AST, parents: dict[int, ast.AST]) -> bool:
    """Both passes can run in one call: not in the two branches of one `if`, and the first does
    not end the function (`return " ".join(it)`)."""
    a, b = _branches(first, parents), _branches(second, parents)
    if any(a[k] != b[k] for k in a.keys() & b.keys()):
        return False
    up = parents.get(id(first))
    while up is not None and not isinstance(up, ast.stmt):
        up = parents.get(id(up))
    return not isinstance(up, ast.Return)


def _consumed_twice(fn: _Fn, nodes: list[ast.AST], generators: set[str],
                    walkers: dict[str, set[int]], parents: dict[int, ast.AST],
                    out: list[Risk]) -> None:
    stores = _store_lines(nodes)
    for node in sorted((n for n in nodes if isinstance(n, ast.Assign)), key=lambda n: n.lineno):
        if len(node.targets) != 1 or not isinstance(node.targets[0], ast.Name):
            continue
        name = node.targets[0].id
        value = node.value
        what = ""
        if isinstance(value, ast.GeneratorExp):
            what = "a generator expression"
        elif isinstance(value, ast.Call) and dotted(value.func) in _ONE_SHOT:
            what = f"`{dotted(value.func)}(...)`, an iterator"
        elif isinstance(value, ast.Call) and dotted(value.func) in generators:
            what = f"`{dotted(value.func)}(...)`, a generator"
        if not what or len(stores.get(name, [])) != 1:
            continue
        uses = _consumptions(nodes, name, node.end_lineno or node.lineno, walkers)
        pair = next(((u, v) for i, u in enumerate(uses) for v in uses[i + 1:]
                     if v[0] > u[0] and _one_path(u[1], v[1], parents)), None)
        if pair is None:
            continue
        first, second = pair[0][0], pair[1][0]
        outer = parents.get(id(pair[0][1]))
        if isinstance(outer, (ast.For, ast.AsyncFor)) and _within(pair[1][1], outer):
            detail = (f"`{name}` holds {what} (line {node.lineno}); the loop at line {second} "
                      f"inside the loop over it at line {first} uses up the rest of it in the "
                      "first round")
        else:
            detail = (f"`{name}` holds {what} (line {node.lineno}); it is used up by the pass "
                      f"at line {first}, so the pass at line {second} sees no items")
        out.append(Risk("consumed_iterator", second, fn.name, detail, Facts(
            rule=RuleFacts("py-iterator-consumed-twice", "error", name, _TWICE_Q))))
        return


def _list_builders(tree: ast.Module) -> dict[str, int]:
    """Module functions whose every return is a list built from another sequence."""
    out: dict[str, int] = {}
    for fn in tree.body:
        if not isinstance(fn, ast.FunctionDef):
            continue
        returns = [n for n in own_nodes(fn) if isinstance(n, ast.Return)]
        if returns and all(isinstance(r.value, ast.ListComp) or (
                isinstance(r.value, ast.Call) and dotted(r.value.func) in ("list", "sorted"))
                for r in returns):
            out[fn.name] = fn.lineno
    return out


def _membership_in_built_list(fn: _Fn, nodes: list[ast.AST], builders: dict[str, int],
                              out: list[Risk]) -> None:
    built: dict[str, tuple[str, int]] = {}
    for node in nodes:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and \
                isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call) and \
                dotted(node.value.func) in builders:
            built[node.targets[0].id] = (dotted(node.value.func), node.lineno)
    stores = {name for name, lines in _store_lines(nodes).items() if name in built and len(lines) > 1}
    for loop in nodes:
        if isinstance(loop, (ast.For, ast.AsyncFor)):
            over = loop.iter
        elif isinstance(loop, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            over = loop.generators[0].iter
        else:
            continue
        for node in ast.walk(loop):
            if not (isinstance(node, ast.Compare) and
                    any(isinstance(o, (ast.In, ast.NotIn)) for o in node.ops) and
                    isinstance(node.comparators[-1], ast.Name)):
                continue
            target = node.comparators[-1].id
            if target not in built or target in stores or _within(node, over):
                continue
            maker, line = built[target]
            detail = (f"tests membership in `{target}`, a list that `{maker}()` builds (line "
                      f"{line}), once per item of `{_src(over)}`: a linear scan each time "
                      "round")
            out.append(Risk("quadratic", node.lineno, fn.name, detail, Facts(
                rule=RuleFacts("py-membership-in-built-list", "warning", target, ""))))
            return


def _aware_call(node: ast.AST) -> bool:
    """`datetime.now(timezone.utc)`, `datetime.now(tz=...)`, `x.astimezone(...)`, a constructor
    given `tzinfo=`, `strptime` with a `%z` format, or one of them plus a timedelta."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
        return _aware_call(node.left)
    if not isinstance(node, ast.Call):
        return False
    name = dotted(node.func)
    if name.endswith("datetime.strptime"):  # the datetime docs: `%z` gives an aware result
        return len(node.args) == 2 and isinstance(node.args[1], ast.Constant) and \
            "%z" in str(node.args[1].value)
    if name.endswith(("datetime.now", "datetime.fromtimestamp")):
        return len(node.args) > (1 if name.endswith("fromtimestamp") else 0) or \
            any(k.arg == "tz" for k in node.keywords)
    return name.endswith(".astimezone") or any(k.arg == "tzinfo" for k in node.keywords)


def _slot(node: ast.AST) -> str:
    """Where a value is kept: a name, an attribute's name, or a subscript's constant key."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return "." + node.attr
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Constant):
        return f"[{node.slice.value!r}]"
    return ""


def _aware_slots(tree: ast.Module) -> dict[str, int]:
    """The places the module stores aware datetimes in, with a line where it does."""
    out: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None and \
                _aware_call(node.value):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                if slot := _slot(target):
                    out.setdefault(slot, node.lineno)
        elif isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values, strict=True):
                if isinstance(key, ast.Constant) and _aware_call(value):
                    out.setdefault(f"[{key.value!r}]", value.lineno)
        elif isinstance(node, ast.Call) and node.keywords and not _aware_call(node):
            for k in node.keywords:  # a record built with keywords: Session(seen=now(utc))
                if k.arg and _aware_call(k.value):
                    out.setdefault("." + k.arg, k.value.lineno)
    return out


def _naive_mixed(fn: _Fn, nodes: list[ast.AST], aware: dict[str, int],
                 parents: dict[int, ast.AST], out: list[Risk]) -> None:
    for node in nodes:
        if not (isinstance(node, ast.Call) and dotted(node.func) in _NAIVE_NOW and
                not node.args and not node.keywords):
            continue
        up = parents.get(id(node))
        if isinstance(up, ast.BinOp) and isinstance(up.op, ast.Add):
            up = parents.get(id(up))  # `datetime.now() + delta` keeps it naive
        other: list[ast.AST] = []
        if isinstance(up, ast.Compare) and \
                any(isinstance(o, (ast.Lt, ast.LtE, ast.Gt, ast.GtE)) for o in up.ops):
            other = [x for x in (up.left, *up.comparators) if not _within(node, x)]
        elif isinstance(up, ast.BinOp) and isinstance(up.op, ast.Sub) and up.left is node:
            other = [up.right]
        kept = [x for x in other if _slot(x) in aware]
        if not kept:
            continue
        call = dotted(node.func).rsplit(".", 2)
        how = "compared with" if isinstance(up, ast.Compare) else "has subtracted from it"
        detail = (f"the naive `{'.'.join(call[-2:])}()` (no time zone) {how} "
                  f"`{_src(kept[0])}`, which holds an aware datetime (set at line "
                  f"{aware[_slot(kept[0])]})")
        out.append(Risk("wrong_result", node.lineno, fn.name, detail, Facts(
            rule=RuleFacts("py-naive-aware-datetime", "error", _src(node), _NAIVE_Q))))
        return


_COPY_MUTATORS: Final = frozenset({"append", "extend", "insert", "update", "add", "pop",
                                   "remove", "clear", "setdefault", "sort", "discard"})


def _shallow_source(value: ast.AST) -> str:
    """What a dictionary's shallow copy is made of (`dict(s)`, `s.copy()`, `{**s}`,
    `copy.copy(s)`), or ''."""
    if isinstance(value, ast.Call) and len(value.args) == 1 and not value.keywords and \
            dotted(value.func) in ("dict", "copy.copy"):
        return _src(value.args[0])
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and \
            value.func.attr == "copy" and not value.args and not value.keywords:
        return _src(value.func.value)
    if isinstance(value, ast.Dict) and len(value.keys) == 1 and value.keys[0] is None:
        return _src(value.values[0])
    return ""


def _root_name(node: ast.AST) -> str:
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else ""


def _assigned(node: ast.AST) -> list[ast.expr]:
    """What an assignment writes, a tuple's elements each (`item["qty"], item["unit"] = ...`
    writes through both)."""
    targets = node.targets if isinstance(node, ast.Assign) else \
        [node.target] if isinstance(node, ast.AugAssign) else []
    return [e for t in targets for e in (t.elts if isinstance(t, (ast.Tuple, ast.List)) else [t])]


def _changes_inside(node: ast.AST, names: set[str], depth: int) -> bool:
    """A write into what one of `names` holds, at least `depth` steps down (`v["qty"] = ...`
    is 1 step into `v`, `c["a"]["b"] = ...` 2 into `c`), or a mutating call on it."""
    targets: list[ast.expr] = _assigned(node)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and \
            node.func.attr in _COPY_MUTATORS:
        targets = [ast.Subscript(value=node.func.value, slice=ast.Constant(0), ctx=ast.Store())]
    for target in targets:
        # into a dictionary copy by its keys; into an item by its keys or its fields
        steps, inner = 0, target
        while isinstance(inner, ast.Subscript) or (depth == 1 and isinstance(inner, ast.Attribute)):
            steps, inner = steps + 1, inner.value
        if isinstance(inner, ast.Name) and inner.id in names and steps >= depth:
            return True
    return False


def _entry_of(node: ast.AST, copy: str) -> str:
    """The key of `copy` a path goes through (`copy["items"]` or `copy["items"][0]` is
    `"items"`), or '' (the copy itself, or something else)."""
    while isinstance(node, (ast.Subscript, ast.Attribute)):
        if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and \
                node.value.id == copy:
            return _src(node.slice)
        node = node.value
    return ""


def _entries_written(node: ast.AST, copy: str) -> set[str]:
    """The keys of `copy` an assignment's targets write through."""
    return {_entry_of(t, copy) for t in _assigned(node)} - {""}


def _shallow_copy_changed(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    """Python docs, `copy`: a shallow copy holds the original's own nested objects. A function
    that copies a dictionary it was given (or one the module or the object keeps) with
    `dict(x)`, `x.copy()` or `{**x}`, hands the copy back, and on the way writes into the
    nested dicts or lists the copy shares (`copy["a"]["b"] = v`, `for item in
    copy["items"]: item["qty"] *= k`) changes the original too: a cached recipe scaled again
    by every request. Left alone: `copy.deepcopy`, and an entry the function rebuilds first
    (`copy["items"] = [dict(i) for i in ...]`)."""
    if any(isinstance(n, ast.Call) and dotted(n.func).endswith("deepcopy") for n in nodes):
        return
    params = {a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)}
    local = {t.id for n in nodes if isinstance(n, ast.Assign) for t in n.targets
             if isinstance(t, ast.Name)}
    returned = {_src(n.value) for n in nodes if isinstance(n, ast.Return) and n.value is not None}
    for node in nodes:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and
                isinstance(node.targets[0], ast.Name)):
            continue
        copy, source = node.targets[0].id, _shallow_source(node.value)
        root = source.split(".", 1)[0].split("[", 1)[0]
        if not source or source == "self" or copy not in returned or not (
                root in params or root == "self" or (root.isidentifier() and root not in local)):
            continue
        # entries replaced with a value of their own (`copy["items"] = [dict(i) for i in ...]`)
        # share nothing any more; the others still do (`copy["serves"] = n` rebuilds no list)
        rebuilt = {_src(t.slice) for n in nodes if isinstance(n, ast.Assign) for t in n.targets
                   if isinstance(t, ast.Subscript) and isinstance(t.value, ast.Name)
                   and t.value.id == copy}
        items = {t.id for n in nodes if isinstance(n, (ast.For, ast.AsyncFor))
                 and _root_name(n.iter) == copy and n.lineno > node.lineno
                 and _entry_of(n.iter, copy) not in rebuilt
                 for t in ast.walk(n.target) if isinstance(t, ast.Name)}
        changed = next((n for n in nodes if getattr(n, "lineno", 0) > node.lineno and (
            (_changes_inside(n, {copy}, 2) and not _entries_written(n, copy) & rebuilt)
            or (items and _changes_inside(n, items, 1)))), None)
        if changed is None:
            continue
        line = getattr(changed, "lineno", node.lineno)
        detail = (f"copies `{source}` with `{_src(node.value)}` (line {node.lineno}), a shallow "
                  f"copy, and then changes what the copy shares with it (line "
                  f"{line}): the nested values are the original's")
        out.append(Risk("mutated_argument", line, fn.name, detail, Facts(
            rule=RuleFacts("py-shallow-copy-changed", "warning", source, _SHALLOW_Q))))
        return


def _rounded_shares(fn: _Fn, nodes: list[ast.AST], out: list[Risk]) -> None:
    lens = {t.id for n in nodes if isinstance(n, ast.Assign) and isinstance(n.value, ast.Call)
            and dotted(n.value.func) == "len" for t in n.targets if isinstance(t, ast.Name)}
    for node in nodes:
        if not (isinstance(node, ast.Assign) and len(node.targets) == 1 and
                isinstance(node.targets[0], ast.Name) and isinstance(node.value, ast.Call) and
                dotted(node.value.func) == "round" and len(node.value.args) == 2):
            continue
        div = node.value.args[0]
        if not (isinstance(div, ast.BinOp) and isinstance(div.op, ast.Div) and (
                (isinstance(div.right, ast.Call) and dotted(div.right.func) == "len")
                or (isinstance(div.right, ast.Name) and div.right.id in lens))):
            continue
        share = node.targets[0].id
        whole = _src(div.left)
        if any(isinstance(n, ast.BinOp) and isinstance(n.op, ast.Sub) and _src(n.left) == whole
               for n in nodes):
            continue  # the last share is what is left of the amount: the shares sum to it
        added = any((isinstance(n, ast.BinOp) and isinstance(n.op, ast.Add) and any(
            isinstance(s, ast.Name) and s.id == share for s in (n.left, n.right)))
            or (isinstance(n, ast.AugAssign) and isinstance(n.op, ast.Add)
            and isinstance(n.value, ast.Name) and n.value.id == share) for n in nodes)
        if not added:
            continue
        detail = (f"rounds each share (`{_src(node.value)}`) before the shares are added up, so "
                  "the rounded shares need not sum to the amount split")
        out.append(Risk("wrong_result", node.lineno, fn.name, detail, Facts(
            rule=RuleFacts("py-rounded-shares", "warning", share, _SHARES_Q))))
        return


def _module_dicts(tree: ast.Module) -> set[str]:
    out: set[str] = set()
    for node in tree.body:
        target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 \
            else node.target if isinstance(node, ast.AnnAssign) else None
        value = getattr(node, "value", None)
        if isinstance(target, ast.Name) and ((isinstance(value, ast.Dict) and not value.keys) or
                                             (isinstance(value, ast.Call) and dotted(value.func)
                                             in ("dict", "OrderedDict",
                                                 "collections.OrderedDict"))):
            out.add(target.id)
    return out


_CACHE_NAME: Final = re.compile(r"(?i)cache|memo")
_PER_CLIENT: Final = re.compile(
    r"(?i)^(user|session|token|client|customer|account|email|ip|remote_?addr|query|url|"
    r"request|tenant|visitor|device|phone)(_?(id|key|name|addr|address|str|text))?$")
"""Keys with a new value for every client or request: a cache keyed by one grows with the
traffic; a cache keyed by a class, a file or a package name stays as small as the program."""
_SHRINKS: Final = frozenset({"pop", "popitem", "clear", "__delitem__", "move_to_end"})


def _empty_dict(value: ast.AST | None) -> bool:
    return (isinstance(value, ast.Dict) and not value.keys) or (
        isinstance(value, ast.Call) and not value.args and
        dotted(value.func) in ("dict", "OrderedDict", "collections.OrderedDict"))


def _grow_only_caches(tree: ast.Module, functions: list[_Fn], out: list[Risk]) -> None:
    """A dict kept as a cache (module level or on `self`) written with a key the caller passes
    in, and never removed from, cleared, reset or measured anywhere in the file (CWE-770)."""
    caches = {n for n in _module_dicts(tree) if _CACHE_NAME.search(n)}
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.AnnAssign)) and _empty_dict(node.value):
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                if isinstance(t, ast.Attribute) and _src(t.value) == "self" and \
                        _CACHE_NAME.search(t.attr):
                    caches.add(f"self.{t.attr}")
    if not caches:
        return
    kept: set[str] = set()  # what is shrunk, reset, measured, or handed to other code
    made: dict[str, int] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr in _SHRINKS:
            kept.add(_src(node.value))
        elif isinstance(node, ast.Delete):
            kept |= {_src(t.value) for t in node.targets if isinstance(t, ast.Subscript)}
        elif isinstance(node, (ast.Assign, ast.AnnAssign)):
            for t in (node.targets if isinstance(node, ast.Assign) else [node.target]):
                made[_src(t)] = made.get(_src(t), 0) + 1
        elif isinstance(node, ast.Call):  # `len(cache)` measured, or the dict passed on
            kept |= {_src(a) for a in (*node.args, *(k.value for k in node.keywords))}
        elif isinstance(node, (ast.Return, ast.Yield)) and node.value is not None:
            kept.add(_src(node.value))  # the dict itself handed out
        elif isinstance(node, ast.Global):
            kept |= set(node.names)  # rebound from a function: a reset
    caches -= kept | {c for c, n in made.items() if n > 1}
    if not caches:
        return
    for fn in functions:
        if fn.name == "__init__":
            continue
        params = {a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)
                  if a.arg not in ("self", "cls")}
        nodes = own_nodes(fn)
        bodies = _request_bodies(nodes)
        per_client = {p for p in params if _PER_CLIENT.match(p)} | \
            _request_values(nodes, bodies)
        derived = per_client | {t.id for n in nodes if isinstance(n, ast.Assign)
                                and names(n.value) & per_client
                                for t in n.targets if isinstance(t, ast.Name)}
        for node in sorted((n for n in nodes if isinstance(n, (ast.Assign, ast.Call))),
                           key=lambda n: n.lineno):
            if isinstance(node, ast.Assign):
                hits = [(t.value, t.slice) for t in node.targets if isinstance(t, ast.Subscript)]
            elif isinstance(node.func, ast.Attribute) and node.func.attr == "setdefault" \
                    and node.args:
                hits = [(node.func.value, node.args[0])]
            else:
                continue
            hit = next(((c, k) for c, k in hits if _src(c) in caches and (
                names(k) & derived or _request_read(k, bodies))), None)
            if hit is None:
                continue
            cache = _src(hit[0])
            detail = (f"adds an entry to the cache `{cache}` for every new `{_src(hit[1])}`, "
                      "a value that differs per client or request, and nothing in this file "
                      "ever removes one")
            out.append(Risk("resource_leak", node.lineno, fn.name, detail, Facts(
                rule=RuleFacts("py-cache-never-evicted", "info", cache, _GROWS_Q))))
            caches.discard(cache)


def _cache_without_owner(fn: _Fn, nodes: list[ast.AST], caches: set[str],
                         out: list[Risk]) -> None:
    params = [a.arg for a in (*fn.args.posonlyargs, *fn.args.args, *fn.args.kwonlyargs)
              if _OWNER_PARAM.match(a.arg)]
    if not params:
        return
    for node in sorted((n for n in nodes if isinstance(n, ast.Assign)), key=lambda n: n.lineno):
        for target in node.targets:
            if not (isinstance(target, ast.Subscript) and isinstance(target.value, ast.Name)
                    and target.value.id in caches):
                continue
            key = {n.id for n in ast.walk(target.slice) if isinstance(n, ast.Name)}
            if any(p in key for p in params):
                continue
            owner = ""
            stored = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            for other in nodes:  # the stored value came from a call given the owner
                if isinstance(other, ast.Assign) and any(
                        isinstance(t, ast.Name) and t.id in stored for t in other.targets) and \
                        isinstance(other.value, ast.Call):
                    given = {n.id for n in ast.walk(other.value) if isinstance(n, ast.Name)}
                    owner = next((p for p in params if p in given), owner)
            if not owner:
                continue
            who = re.sub(r"(?i)_?id$", "", owner) or "user"
            detail = (f"module-level `{target.value.id}` keeps the result under "
                      f"`{_src(target.slice)}` alone, though it is computed for `{owner}` "
                      f"(stored at line {node.lineno})")
            out.append(Risk("bypassable_check", node.lineno, fn.name, detail, Facts(
                rule=RuleFacts("py-cache-key-without-owner", "error", target.value.id,
                               _CACHE_Q.replace("{who}", who)),
                shared=SharedFacts(target.value.id))))
            return


_QUERY_CALLS: Final = frozenset({"execute", "fetch", "fetchrow", "fetchval", "fetchone",
                                 "fetchall", "query", "raw"})
_SELECT: Final = re.compile(r"(?is)^\s*select\b.*\bwhere\b")


def _select_params(call: ast.AST) -> set[str]:
    """The names a `cur.execute("SELECT ... WHERE ...", params)` call passes as parameters
    (empty for any other call)."""
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and
            call.func.attr in _QUERY_CALLS and len(call.args) >= 2):
        return set()
    sql = call.args[0]
    text = sql.value if isinstance(sql, ast.Constant) and isinstance(sql.value, str) \
        else "".join(v.value for v in sql.values if isinstance(v, ast.Constant)
                     and isinstance(v.value, str)) if isinstance(sql, ast.JoinedStr) \
        else ""
    if not _SELECT.match(text):
        return set()
    return {n.id for a in call.args[1:] for n in ast.walk(a) if isinstance(n, ast.Name)}


_MEMOISED: Final = re.compile(rf"(^|\.)({'|'.join(MEMO_DECORATORS)})$")


def _select_helpers(defs: list[_Fn]) -> dict[str, list[int]]:
    """Functions and methods of the module that run a SELECT with one of their own parameters
    as its parameter (`def patron(cur, pid): cur.execute("SELECT ... WHERE id = %s", (pid,))`):
    their name and the positions (as a caller writes them, `self` not counted) of those
    parameters. A memoised one (`@lru_cache`) queries once per key, and is left out."""
    found: dict[str, list[int]] = {}
    for fn in defs:
        if any(
                _MEMOISED.search(dotted(d.func if isinstance(d, ast.Call) else d))
                for d in fn.decorator_list):
            continue
        params = [a.arg for a in [*fn.args.posonlyargs, *fn.args.args]]
        if params[:1] in (["self"], ["cls"]):
            params = params[1:]
        used: set[str] = set()
        for node in own_nodes(fn):
            used |= _select_params(node)
        if positions := [i for i, p in enumerate(params) if p in used]:
            found[fn.name] = positions
    return found


def _query_per_item(fn: _Fn, nodes: list[ast.AST], helpers: dict[str, list[int]],
                    out: list[Risk]) -> None:
    """A SELECT run once per item of a loop with the item as its parameter (N+1 queries),
    in the loop or in a helper of the module the loop calls with the item."""
    for loop in nodes:
        if not isinstance(loop, (ast.For, ast.AsyncFor)):
            continue
        items = {n.id for n in ast.walk(loop.target) if isinstance(n, ast.Name)}
        body = sorted((n for stmt in loop.body for n in ast.walk(stmt)),
                      key=lambda n: (getattr(n, "lineno", 0), getattr(n, "col_offset", 0)))
        for node in body:  # a local taken from the item is the item (`pid = loan["pid"]`)
            if isinstance(node, ast.Assign) and names(node.value) & items:
                items |= {n.id for t in node.targets for n in ast.walk(t)
                          if isinstance(n, ast.Name)}
        for node in body:
            how = ""
            if used := _select_params(node):
                item = next(iter(sorted(used & items)), "")
                how = f"runs a SELECT for each item of `{_src(loop.iter)}`"
            elif isinstance(node, ast.Call) and (
                    (isinstance(node.func, ast.Name) and node.func.id in helpers) or
                    (isinstance(node.func, ast.Attribute) and node.func.attr in helpers and
                     isinstance(node.func.value, ast.Name) and node.func.value.id in
                     ("self", "cls"))):
                name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
                passed = {n.id for i in helpers[name] if i < len(node.args)
                          for n in ast.walk(node.args[i]) if isinstance(n, ast.Name)}
                item = next(iter(sorted(passed & items)), "")
                how = (f"calls `{name}`, which runs a SELECT, for each item of "
                       f"`{_src(loop.iter)}`")
            else:
                continue
            if not item:
                continue
            detail = f"{how}, with `{item}` as its parameter: one database round trip per item"
            out.append(Risk("quadratic", getattr(node, "lineno", loop.lineno), fn.name, detail,
                            Facts(rule=RuleFacts("py-query-per-item", "warning", item,
                                                 _QUERY_Q))))
            return


_EXPIRY_KEY: Final = re.compile(r"^(exp|expires|expires_at|expiry|expiration|valid_until|"
                                r"not_after)$")


def _token_expiry(tree: ast.Module, out: list[Risk]) -> None:
    """A hand-made signed token that carries an expiry no code reads back (CWE-613)."""
    put = [k.value for n in ast.walk(tree) if isinstance(n, ast.Dict) for k in n.keys
           if isinstance(k, ast.Constant) and isinstance(k.value, str)
           and _EXPIRY_KEY.match(k.value)]
    if not put:
        return
    modules = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import)
               for a in n.names} | {(n.module or "").split(".")[0] for n in ast.walk(tree)
                                    if isinstance(n, ast.ImportFrom)}
    if modules & {"jwt", "itsdangerous", "jose", "paseto", "authlib", "jwcrypto"} or any(
            isinstance(n, ast.keyword) and n.arg == "max_age" for n in ast.walk(tree)):
        return  # those libraries check the expiry themselves when asked to
    read = any((isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Constant)
                and n.slice.value in put and isinstance(n.ctx, ast.Load))
               or (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                   and n.func.attr in ("get", "pop") and n.args
                   and isinstance(n.args[0], ast.Constant) and n.args[0].value in put)
               for n in ast.walk(tree))
    if read:
        return
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        nodes = own_nodes(fn)
        check = next((n for n in nodes if isinstance(n, ast.Call)
                      and dotted(n.func) in ("hmac.compare_digest", "compare_digest",
                                             "secrets.compare_digest")), None)
        if check is None or not any(isinstance(n, ast.Call) and re.search(
                r"(json\.loads|b64decode|pickle\.loads)", dotted(n.func)) for n in nodes):
            continue
        detail = (f"checks the token's signature, but the `{put[0]}` the token carries is never "
                  "read back, so an old token stays valid for ever")
        out.append(Risk("bypassable_check", check.lineno, fn.name, detail, Facts(
            rule=RuleFacts("py-token-expiry-never-checked", "error", put[0], _EXPIRY_Q))))
        return


def review_risks(tree: ast.Module, functions: list[_Fn],
                 parents: dict[int, ast.AST]) -> list[Risk]:
    """The findings above in the given functions of the module."""
    out: list[Risk] = []
    generators = _generators(tree)
    walkers = _walkers(tree)
    builders = _list_builders(tree)
    aware = _aware_slots(tree)
    caches = _module_dicts(tree)
    shared = _shared_maps(tree)
    # one walk for what the helper-aware checks need: the module's functions, and whether it
    # runs a query or fetches a URL at all
    defs: list[_Fn] = []
    queried, fetching = False, set()
    for n in _walk(tree):
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)):
            defs.append(n)
        elif isinstance(n, ast.Call):
            last = n.func.attr if isinstance(n.func, ast.Attribute) else \
                n.func.id if isinstance(n.func, ast.Name) else ""
            if last in _QUERY_CALLS:
                queried = True
            if last in _FETCH_VERBS and _FETCHERS.match(dotted(n.func)):
                fetching.add(id(n))
    queries = _select_helpers(defs) if queried else {}
    fetchers = _fetch_helpers(defs, fetching) if fetching else {}
    vetted = {n.name for n in defs if _HOST_TEST.search(_src(n))} if fetchers else set()
    hashers = _password_helpers(tree)
    _token_expiry(tree, out)
    _grow_only_caches(tree, functions, out)
    for fn in functions:
        nodes = own_nodes(fn)  # one walk of the function for every check
        _query_per_item(fn, nodes, queries, out)
        if isinstance(fn, ast.AsyncFunctionDef):
            _stale_across_await(fn, nodes, out, shared)
        _client_role(fn, nodes, parents, out)
        _url_fetched(fn, nodes, out)
        if fetchers:
            _url_fetched_by_helper(fn, nodes, fetchers, vetted, out)
        _mass_assignment(fn, nodes, parents, out)
        _fast_password_hash(fn, nodes, out, hashers)
        _consumed_twice(fn, nodes, generators, walkers, parents, out)
        _membership_in_built_list(fn, nodes, builders, out)
        if aware:
            _naive_mixed(fn, nodes, aware, parents, out)
        _rounded_shares(fn, nodes, out)
        _shallow_copy_changed(fn, nodes, out)
        if caches:
            _cache_without_owner(fn, nodes, caches, out)
    out.extend(logic_risks(tree, functions))
    out.extend(value_risks(tree, functions))
    out.extend(worker_risks(tree, functions))
    out.extend(file_risks(tree, functions))
    return out
