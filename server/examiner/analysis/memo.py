"""What decides whether a function that calls itself more than once per call costs exponential
time: whether it keeps what it computed, keyed by its own arguments (a memo table, a visited
set), and whether it calls itself once per entry of a lookup keyed by its argument (the edges
of a graph, where two paths can reach the same node). Text-level, so one reading serves every
language (Python's `ast` and the tree-sitter grammars pass a function's text and parameters).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

__all__ = ["MEMO_DECORATORS", "graph_lookup", "keeps_results", "names_from"]

_NAME: Final = r"[A-Za-z_$][\w$]*"

# a collection written or asked under a key: `memo[n] = v`, `memo.put(n, v)`, `seen.add(n)`,
# `n in memo`, `memo.containsKey(n)`, `if v, ok := memo[n]; ok`, `memo.entry(n)`
_STORE: Final = (
    r"\b(?P<coll>{name})\s*\[\s*[(&]?\s*(?:{key})\b[^\]]*\]\s*(?:=[^=]|\?\?=)",
    (r"\b(?P<coll>{name})\s*\.\s*(?P<op>put|set|insert|add|computeIfAbsent|putIfAbsent|"
     r"setdefault|emplace|try_emplace|Store|LoadOrStore|entry|containsKey|"
     r"contains_key|has|Load|count)\(\s*[(&]?\s*(?:{key})\b"),
    r"\b(?:{key})\s+(?:not\s+)?in\s+(?:self\.)?(?P<coll>{name})\b",
    r",\s*(?:ok|found|hit|exists|present)\s*:?=\s*(?P<coll>{name})\s*\[\s*(?:{key})\b",
)
# made afresh in the function: a list of this call's own, gone when it returns
_FRESH: Final = (r"\b{coll}\s*(?::=|=)\s*(?:new\b|make\(|\[|\{{|set\(|dict\(|list\(|"
                 r"\w+::new|vec!|\w*\[\]\w*\{{)")
MEMO_DECORATORS: Final = ("lru_cache", "cache", "cached", "cached_property", "memoize", "memoized",
                          "memoise", "memoised")
"""Decorators that keep a function's results by its arguments (functools and the usual
libraries): one vocabulary for the recursion reading here and pyreview's query-per-call check."""
_MEMO_DECORATOR: Final = re.compile(rf"@(?:functools\.)?(?:{'|'.join(MEMO_DECORATORS)})\b")


def names_from(text: str, names: Iterable[str]) -> set[str]:
    """`names` and every variable assigned, in `text`, from an expression that uses one of them
    (`key := fmt.Sprintf("%d/%d", i, c)`, `key = (i, cap)`): a memo keyed by those is keyed by
    the arguments too."""
    out = {n for n in names if n}
    if not out:
        return out
    pattern = re.compile(rf"\b(?P<var>{_NAME})\s*(?::=|=(?!=))\s*(?P<value>[^;\n]+)")
    for found in pattern.finditer(text):
        used = set(re.findall(_NAME, found.group("value")))
        if used & out:
            out.add(found.group("var"))
    return out


def keeps_results(text: str, names: Iterable[str], passed: str = "", own: str = "") -> bool:
    """True when the function's text stores or looks up something keyed by one of `names`
    (its parameters, or values made from them), or carries a memoising decorator: each key is
    then computed once, so calling itself several times per call is not exponential. A
    collection made afresh in the function (`stops = new ArrayList<>()`) keeps nothing between
    calls, unless it is handed on to them (`passed`: the self-calls' arguments); `own` is the
    function's name (its own call `g.count(next)` is no lookup)."""
    if _MEMO_DECORATOR.search(text):
        return True
    params = set(names)
    keys = names_from(text, params)
    if not keys:
        return False
    key = "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
    for pattern in _STORE:
        for found in re.finditer(pattern.format(name=_NAME, key=key), text):
            if own and found.groupdict().get("op") == own:
                continue
            coll = re.escape(found.group("coll"))
            if found.group("coll") in params or not re.search(_FRESH.format(coll=coll), text) \
                    or re.search(rf"\b{coll}\b", passed):
                return True
    return False


# the successors of a node: `graph[node]`, `edges.get(node)`, `streets.getOrDefault(from, ...)`,
# `self.links.get(&id)`, `adj.neighbors(v)`
_LOOKUP: Final = re.compile(
    rf"(?P<coll>{_NAME}(?:\s*\.\s*{_NAME})*)\s*(?:"
    rf"\.\s*(?:get|getOrDefault|get_or_default|neighbors|neighbours|successors|"
    rf"outgoing|edgesFrom|edges_from)\(\s*&?\s*(?P<key>{_NAME})\s*[,)]"
    rf"|\[\s*(?P<key2>{_NAME})\s*\])")
# a hierarchy: each node has one parent, so a walk down reaches each node once
_TREE_WORDS: Final = ("child", "kid", "sub", "descendant", "report", "nested", "parent", "tree",
                      "folder", "dir", "section", "part", "member", "item", "element",
                      "content", "repl", "comment")


def _hierarchy(name: str) -> bool:
    words = re.findall(r"[a-z]+|[A-Z][a-z]*", name)
    return any(w.lower().startswith(_TREE_WORDS) for w in words)


def graph_lookup(iterable: str, names: Iterable[str]) -> str:
    """When a loop walks the entries of a lookup keyed by one of `names` (`graph[node]`), the
    lookup's text, unless the collection's name says it is a hierarchy (`children[id]`)."""
    keys = set(names)
    for found in _LOOKUP.finditer(iterable):
        key = found.group("key") or found.group("key2")
        coll = found.group("coll")
        if key in keys and not _hierarchy(coll.rsplit(".", 1)[-1]):
            return found.group(0).rstrip(",) ")
    return ""
