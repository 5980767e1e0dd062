"""Claims in an answer that the code's fact sheet contradicts.

Each check reads one sentence at a time, skips sentences about what one would do instead
("with a set it would be O(1)") and claims the sentence negates ("remove is not O(1)"), and
names the fact that contradicts the claim, with its line.
"""

from __future__ import annotations

import re
from typing import Final

from .._match import Sentence, sentences, stem
from ..factsheet import Cost, FactSheet, FunctionFacts, LoopOperation

__all__ = ["clauses", "contradictions"]

_OPERATION_WORDS: Final = {
    "list.remove": ("remov",), "list.pop(0)": ("pop",), "list.insert(0)": ("insert",),
    "list.index": ("index",), "list.count": ("count",),
    "in list": ("membership", "contain", "lookup", "look", "search", "in"),
    "in deque": ("membership", "contain", "lookup", "look", "search", "in"),
    "str +=": ("concatenat", "+=", "+", "join", "build", "append"),
    "deque.popleft": ("popleft",), "deque.appendleft": ("appendleft",),
    "in set": ("membership", "contain", "lookup", "look", "in"),
    "in dict": ("membership", "contain", "lookup", "look", "in"),
    "array.includes": ("includes", "membership", "contain", "search"),
    "array.indexOf": ("indexof", "search"), "array.lastIndexOf": ("lastindexof", "search"),
    "array.shift": ("shift",), "array.unshift": ("unshift",), "array.splice": ("splice",),
    "array.find": ("find", "search"), "set.has": ("has", "membership", "lookup"),
    "list.contains": ("contains", "membership", "contain", "search"),
    "list.indexOf": ("indexof", "search"), "list.remove(0)": ("remov",),
    "list.add(0)": ("add", "insert"), "set.contains": ("contains", "membership", "lookup"),
    "map.containsKey": ("containskey", "lookup"),
    "slices.Contains": ("contains", "contain", "membership", "search"),
    "slices.Index": ("index", "search"),
    "string +=": ("concatenat", "+=", "+", "build", "append"),
}
_GENERIC: Final = frozenset({"membership", "contain", "contains", "lookup", "look", "search",
                            "in", "find", "build", "append", "+", "+=", "concatenat", "join",
                            "index"})
"""Words that name many operations: enough to say a linear one is constant, never the reverse."""
_WHOLE: Final = frozenset({"loop", "overall", "total", "whole", "altogether", "function"})
_CONSTANT: Final = "cxconstant"
_SUPERLINEAR: Final = frozenset({"cxquadratic", "cxcubic", "cxexp", "cxproduct"})
_LINEAR_CLAIMS: Final = frozenset({"cxlinear", "cxnlogn"}) | _SUPERLINEAR
_SHARING: Final = re.compile(r"\b(shared|share|global|persists?|survives?|leaks?|carried over|"
                             r"between (calls|requests|threads|users|invocations)|across "
                             r"(calls|requests|threads|users|invocations)|every (call|request) "
                             r"sees)\b")
_FRESH: Final = re.compile(r"\b(is|are|gets?|receives?)\b[^.;]{0,25}\b(fresh|brand new|"
                           r"new (one|list|dict|set|object|copy)|re-?created|rebuilt|reset|"
                           r"created (again|anew|each time|on each|on every|every))\b"
                           r"|\beach call gets its own\b|\blocal to (each|every) call\b")
"""A claim that state is made anew per call (a recommendation, "build a new dict", is none)."""
_PARALLEL: Final = re.compile(r"(?<!to )(?<!use )\b(run|runs|running|execute[sd]?)\b[^.]{0,30}\b(in parallel|"
                              r"concurrently|in the background|on (another|a separate|other) "
                              r"threads?)\b")
_SEQUENTIAL: Final = re.compile(r"\b(single[- ]threaded|one at a time|sequentially|"
                                r"no concurrency|never (run|runs) concurrently)\b")
_IDENT: Final = re.compile(r"[a-z_][a-z0-9_]*")
_NULL_WORD: Final = {"python": "None", "javascript": "undefined", "typescript": "undefined",
                     "java": "null", "go": "nil"}
_ALTERNATIVE: Final = re.compile(r"\b(deque|popleft|set|dict|hash\w*|index|cache)\b")
"""A sentence naming a constant-time alternative is about the fix, not the code as it is."""


def _positive(sentence: Sentence, token: str) -> bool:
    """True when the stem occurs in the sentence and is not negated there."""
    return any(s == token and i not in sentence.negated for i, s in enumerate(sentence.stems))


def _names(sentence: Sentence, target: str) -> bool:
    """True when the sentence names the target (`seen`, or `items` for `self.items`)."""
    short = target.rsplit(".", 1)[-1].lower()
    return bool(short) and short in set(_IDENT.findall(sentence.raw))


def _mentions(sentence: Sentence, words: tuple[str, ...], target: str) -> bool:
    names = set(_IDENT.findall(sentence.raw))
    short = target.rsplit(".", 1)[-1].lower()
    if short and short in names:
        return True
    stems = set(sentence.stems)
    return any((w in stems or stem(w) in stems) if w.isalpha() else w in sentence.raw
               for w in words if w != "in") or ("in" in words and "membership" in stems)


def clauses(answer: str) -> list[Sentence]:
    """The answer's sentences, split at semicolons too (each clause makes its own claim)."""
    return [s for part in re.split(r";\s*", answer) for s in sentences(part)]


_PART_BREAK: Final = re.compile(r",|\b(?:and|but|while|whereas|unlike|though|although)\b")
"""Where one cost claim ends and the next begins ("x in seen is O(n) and append is O(1))."""


def _parts(sentence: Sentence) -> list[Sentence]:
    """A sentence's clauses, each with its own stems (a cost belongs to what its clause names)."""
    pieces = [p for p in _PART_BREAK.split(sentence.raw) if p and p.strip()]
    if len(pieces) <= 1:
        return [sentence]
    return [s for piece in pieces for s in sentences(piece)]


def _cost_claims(sentence: Sentence, ops: tuple[LoopOperation, ...],
                 knows_superlinear: bool) -> list[str]:
    out: list[str] = []
    claims_constant = _positive(sentence, _CONSTANT)
    claims_linear = any(_positive(sentence, t) for t in _LINEAR_CLAIMS)
    for op in ops:
        words = _OPERATION_WORDS.get(op.operation, ())
        if not _mentions(sentence, words, op.target):
            continue
        # a constant cost beside an alternative is the fix's ("a set of seen makes each check
        # O(1)") when the clause does not name the target, or the answer has already said the
        # code as it is costs more than linear
        if op.cost is Cost.LINEAR and claims_constant and not (
                _ALTERNATIVE.search(sentence.raw) and (
                    knows_superlinear or not _names(sentence, op.target))):
            out.append(f"`{op.operation}` on `{op.target}` (line {op.line}) takes time linear "
                       "in its length, not constant time")
        elif op.cost is Cost.CONSTANT and claims_linear and not claims_constant and not any(
                o.cost is Cost.LINEAR and o.target == op.target for o in ops) and \
                _mentions(sentence, tuple(w for w in words if w not in _GENERIC), op.target):
            out.append(f"`{op.operation}` on `{op.target}` (line {op.line}) takes constant "
                       "time, not time that grows with the size")
    whole = set(sentence.stems) & _WHOLE
    linear_ops = [op for op in ops if op.cost is Cost.LINEAR]
    if whole and linear_ops and not knows_superlinear and not _ALTERNATIVE.search(
            sentence.raw) and not any(_mentions(sentence, _OPERATION_WORDS.get(
                op.operation, ()), op.target) for op in linear_ops):
        claims = {t for t in ("cxconstant", "cxlinear", "cxlog") if _positive(sentence, t)}
        if claims and not any(_positive(sentence, t) for t in _SUPERLINEAR):
            op = linear_ops[0]
            out.append(f"the loop in `{op.function}` is quadratic: each pass runs "
                       f"`{op.operation}` (line {op.line}), which is linear")
    return out


def _about(sentence: Sentence, sheet: FactSheet, focus: str) -> FunctionFacts | None:
    names = set(_IDENT.findall(sentence.raw))
    for facts in sheet.functions:
        if facts.name.lower() in names:
            return facts
    if focus:
        return sheet.function(focus)
    return sheet.functions[0] if len(sheet.functions) == 1 else None


def _path_claims(sentence: Sentence, answer_says_none: bool, sheet: FactSheet,
                 focus: str) -> list[str]:
    facts = _about(sentence, sheet, focus)
    if facts is None:
        return []
    names = set(_IDENT.findall(sentence.raw))
    says_raise = _positive(sentence, "rais")
    null = _NULL_WORD.get(sheet.language, "None")
    raise_word = "raises" if sheet.language == "python" else "throws"
    if says_raise and facts.returns_none and not facts.raises and not answer_says_none and \
            not {c.lower() for c in facts.calls} & names:
        return [f"`{facts.name}` {raise_word} nothing itself: on that path it returns {null}"]
    says_none = _positive(sentence, "return") and _positive(sentence, "null")
    if says_none and not facts.returns_none and facts.raises:
        return [f"`{facts.name}` never returns {null}: it {raise_word} {facts.raises[0]}"]
    return []


def _state_claims(sentence: Sentence, sheet: FactSheet) -> list[str]:
    out: list[str] = []
    names = set(_IDENT.findall(sentence.raw))
    shared = {s.name.lower(): s for s in sheet.shared}
    if _SHARING.search(sentence.raw):
        for facts in sheet.functions:
            for local in sorted(facts.locals):
                if local.lower() in names and local.lower() not in shared and len(local) > 1:
                    out.append(f"`{local}` is local to `{facts.name}`: every call gets its own, "
                               "nothing is shared")
                    return out
    if _FRESH.search(sentence.raw):
        for name, state in shared.items():
            if name in names and (state.mutated or state.where == "default"):
                where = {"module": "at module level", "class": "on the class",
                         "default": "once, when the function is defined"}[state.where]
                out.append(f"`{state.name}` (line {state.line}) is created {where} and shared "
                           "by every call")
                return out
    # only Python's sheet reads every function, so only there is "nothing concurrent" a fact
    if _PARALLEL.search(sentence.raw) and sheet.language == "python" and \
            not sheet.concurrency:
        # no thread, process, task or gather: async code awaits one call at a time
        out.append("nothing in this code runs concurrently: no thread, process, task or "
                   "gather is started (each await waits for its call in turn)")
    elif _SEQUENTIAL.search(sentence.raw) and any(c.how in ("thread", "process", "executor")
                                                  for c in sheet.concurrency):
        c = next(c for c in sheet.concurrency if c.how in ("thread", "process", "executor"))
        out.append(f"`{c.function}` runs work concurrently ({c.how}, line {c.line})")
    return out


def contradictions(answer: str, sheet: FactSheet | None, focus: str = "") -> list[str]:
    """The answer's claims that the fact sheet contradicts, each as the true fact."""
    if sheet is None or not sheet.parsed:
        return []
    said = [s for s in clauses(answer) if not s.hypothetical]
    says_none = any(_positive(s, "return") and _positive(s, "null") for s in said)
    knows_superlinear = any(_positive(s, t) for s in said for t in _SUPERLINEAR)
    out: list[str] = []
    for sentence in said:
        for part in _parts(sentence):
            out += _cost_claims(part, sheet.loop_operations, knows_superlinear)
        out += _path_claims(sentence, says_none, sheet, focus)
        out += _state_claims(sentence, sheet)
    return list(dict.fromkeys(out))
