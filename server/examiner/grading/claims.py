"""Claims in an answer that the code's fact sheet contradicts.

Each check reads one sentence at a time, skips sentences about what one would do instead
("with a set it would be O(1)") and claims the sentence negates ("remove is not O(1)"), and
names the fact that contradicts the claim, with its line.
"""

from __future__ import annotations

import re
from typing import Final

from .._match import IMPERATIVE, Sentence, negated_before, sentences, stem
from ..factsheet import Cost, FactSheet, FunctionFacts, LoopOperation, Resource

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
    "strlen": ("strlen", "length"), "strcat": ("strcat", "concatenat", "append"),
    "vector.erase(begin)": ("erase", "remov"), "vector.insert(begin)": ("insert",),
    "std::find": ("find", "search"), "std::count": ("count",),
    "unordered.lookup": ("count", "find", "contains", "lookup", "membership"),
    "deque.push_front": ("push_front",), "deque.pop_front": ("pop_front",),
    "Vec::remove(0)": ("remov",), "Vec::insert(0)": ("insert",),
    "Vec::contains": ("contains", "contain", "membership", "search"),
    "HashSet::contains": ("contains", "contain", "membership", "lookup"),
    "VecDeque::push_front": ("push_front",), "VecDeque::pop_front": ("pop_front",),
}
_GENERIC: Final = frozenset({"membership", "contain", "contains", "lookup", "look", "search",
                            "in", "find", "build", "append", "+", "+=", "concatenat", "join",
                            "index"})
"""Words that name many operations: enough to say a linear one is constant, never the reverse."""
_WHOLE: Final = frozenset({"loop", "overall", "total", "whole", "altogether", "function"})
_CONSTANT: Final = "cxconstant"
_SUPERLINEAR: Final = frozenset({"cxquadratic", "cxcubic", "cxexp", "cxproduct"})
_LINEAR_CLAIMS: Final = frozenset({"cxlinear", "cxnlogn"}) | _SUPERLINEAR
_SHARING: Final = re.compile(r"\b(shared|share|global|persists?|survives?|leaks? (between|across|"
                             r"into|to other)|carried over|"
                             r"between (calls|requests|threads|users|invocations)|across "
                             r"(calls|requests|threads|users|invocations)|every (call|request) "
                             r"sees)\b")
_ATTRIBUTIVE: Final = re.compile(r"\b(the|a|an|one|this|that|its|their)\s+$")
"""Before "shared", a determiner: "the shared cell" names another thing as shared, it says
nothing of the locals in the sentence."""
_FRESH: Final = re.compile(r"\b(is|are|gets?|receives?)\b[^.;]{0,25}\b(fresh|brand new|"
                           r"new (one|list|dict|set|object|copy)|re-?created|rebuilt|reset|"
                           r"created (again|anew|each time|on each|on every|every))\b"
                           r"|\beach call gets its own\b|\blocal to (each|every) call\b")
"""A claim that state is made anew per call (a recommendation, "build a new dict", is none)."""
_PARALLEL: Final = re.compile(r"(?<!to )(?<!use )\b(run|runs|running|execute[sd]?)\b[^.]{0,30}\b(in parallel|"
                              r"concurrently|in the background|on (another|a separate|other) "
                              r"threads?)\b")
_SEQUENTIAL: Final = re.compile(r"\b(sequential(ly)?|serially|in sequence|one after (another|the "
                                r"other)|no concurrency|never (run|runs) concurrently|(each|every) "
                                r"\w+( \w+)? (waits|finishes|completes|ends|returns) before the "
                                r"next)\b")
"""A claim that work runs one piece after another ("one at a time" is none: an event loop, or
threads taking a lock, do run one at a time, and still concurrently)."""
_CONSTRUCTS: Final = re.compile(r"\b(gather|promise\.all\w*|goroutines?|go statements?|threads?|"
                                r"executors?|tasks?|create_task|submit|completablefuture)\b")
_LEAK: Final = re.compile(r"\b(leak\w*|(stays?|remains?|is left|are left|left|kept|still) open|"
                          r"(is|are|gets?|get|be) not closed|not (be )?closed|never (gets? |be )?"
                          r"closed|(bypass\w*|skips?) (the )?(close|__exit__|context manager|"
                          r"cleanup|defer\w*))\b")
_ALWAYS_CLOSED: Final = re.compile(r"\b((closed|released) on (every|all|each|any) (exit )?paths?|"
                                   r"(every|all|each) (exit )?paths? (is |are )?(covered|handled|"
                                   r"closes?|releases?)|"
                                   r"always (gets? |be )?closed|(closed|released|unlocked) "
                                   r"automatically|automatically (closed|released|unlocked)|"
                                   r"closes? (it )?automatically|(cannot|can "
                                   r"not|never|will not|does not|no way (for it )?to) leak\w*|no "
                                   r"(resource )?leaks?|"
                                   # released by the return itself: "the interpreter releases it
                                   # as the frame is torn down", "freed when it goes out of scope"
                                   r"(releas|clos|unlock|free)\w* (it |them |the \w+ )?(automatically "
                                   r")?(when|as|once|as soon as) (the |its |\w+ )?(function|method|"
                                   r"frame|scope|block|call|\w+) (returns?|exits?|ends|is torn down|"
                                   r"goes out of scope|finishes|is left|unwinds?)|"
                                   r"(when|as|once) (the |its )?(frame|scope|function|method) (is torn "
                                   r"down|ends|exits|unwinds)[^.;]{0,30}\b(releas|clos|unlock|free)\w*)\b")
_RESOURCE_WORDS: Final = re.compile(r"\b(files?|sockets?|connections?|descriptors?|handles?|"
                                    r"streams?|cursors?|resources?|readers?|writers?|locks?)\b")
_UNCHANGED: Final = re.compile(r"\b(unchanged|untouched|unmodified|intact|not (modif(y|ied)|"
                               r"chang(e|ed)|mutat(e|ed)|touch(ed)?|alter(ed)?|affected|"
                               r"reorder(ed)?)|never (modif(y|ies|ied)|chang(e|es|ed)|mutat(e|es|ed)|"
                               r"touch(es|ed)?|alter(s|ed)?|reorder(s|ed)?)|left alone|stays? (the same|as "
                               r"(it )?(is|was)|\[)|remains? (the same|as (it )?(is|was)|\[)|"
                               r"side[- ]effect[- ]free|no side[- ]effects?|pure function)")
_COPY_CLAIM: Final = re.compile(r"\b(returns?|gives?|makes?|creates?|produces?|works on) (back )?"
                                r"(a |an )?(new|sorted|fresh|separate|reversed)?\s*(copy|array|"
                                r"list|slice)\b|\bon a copy\b")
_IDENT: Final = re.compile(r"[a-z_][a-z0-9_]*")
_NULL_WORD: Final = {"python": "None", "javascript": "undefined", "typescript": "undefined",
                     "java": "null", "go": "nil", "c": "NULL", "cpp": "nullptr", "rust": "None"}
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


_RETURNS_NULL: Final = re.compile(r"\b(returns?|returning|returned|gives? back|get|gets|you get)\b"
                                  r"[^.;,]{0,25}\b(none|null|nil|undefined|nothing)\b")
"""What is returned is named after the verb: "if x is null it returns the defaults" is not it."""


def _returns_null(sentence: Sentence) -> bool:
    """True when the sentence says something returns None (null, nil, undefined)."""
    return _positive(sentence, "return") and _positive(sentence, "null") and \
        _stated(_RETURNS_NULL, sentence.raw) is not None


_SAYS_RAISE: Final = re.compile(
    r"\b(raises|raised|raising|throws|threw|thrown|throwing|rethrows|re-?raises|"
    r"(can|could|may|might|will|would|does|did|'ll)( not|n't)? (raise|throw))\b")
"""A raise or throw said of the code: an inflected verb, or one after a modal; a bare
"throw the last error" or "raise ValueError instead" tells what to write, not what it does."""


def _about(sentence: Sentence, sheet: FactSheet, focus: str) -> FunctionFacts | None:
    names = set(_IDENT.findall(sentence.raw))
    for facts in sheet.functions:
        if facts.name.lower() in names:
            return facts
    if focus:
        return sheet.function(focus)
    return sheet.functions[0] if len(sheet.functions) == 1 else None


def _path_claims(sentence: Sentence, answer_says_none: bool, sheet: FactSheet,
                 focus: str, answer_names: frozenset[str] = frozenset()) -> list[str]:
    facts = _about(sentence, sheet, focus)
    if facts is None:
        return []
    # a call the answer names anywhere may be what raises through the function: "strptime
    # raises ValueError, ..., so parse_line raises" says it in two clauses
    names = set(_IDENT.findall(sentence.raw)) | answer_names
    says_raise = _positive(sentence, "rais") and _SAYS_RAISE.search(sentence.raw.lower()) is not None
    null = _NULL_WORD.get(sheet.language, "None")
    raise_word = "raises" if sheet.language == "python" else "throws"
    if says_raise and facts.returns_none and not facts.raises and not answer_says_none and \
            not {c.lower() for c in facts.calls} & names:
        return [f"`{facts.name}` {raise_word} nothing itself: on that path it returns {null}"]
    says_none = _returns_null(sentence)
    if says_none and not facts.returns_none and facts.raises:
        return [f"`{facts.name}` never returns {null}: it {raise_word} {facts.raises[0]}"]
    return []


def _state_claims(sentence: Sentence, sheet: FactSheet) -> list[str]:
    out: list[str] = []
    names = set(_IDENT.findall(sentence.raw))
    shared = {s.name.lower(): s for s in sheet.shared}
    said_shared = [m for m in _SHARING.finditer(sentence.raw) if not _ATTRIBUTIVE.search(
        sentence.raw, 0, m.start()) or m.group() != "shared"]
    if said_shared:
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
    return out


def _stated(pattern: re.Pattern[str], raw: str) -> re.Match[str] | None:
    """The first match of the pattern that no negation just before it takes back."""
    for match in pattern.finditer(raw):
        if not negated_before(raw, match.start()):
            return match
    return None


def _closing(resource: Resource) -> str:
    return {"with": "the `with` block's exit", "defer": "the deferred Close",
            "try-with-resources": "try-with-resources",
            "finally": "the `finally` block",
            "destructor": "its destructor, run at scope exit (RAII),",
            "drop": "its drop at scope exit (on `?`, return and unwinding too)",
            }.get(resource.closed_by, resource.closed_by)


def _resource_claims(sentence: Sentence, sheet: FactSheet, whole: Sentence) -> list[str]:
    """"It leaks" about what is closed on every path; "it is always closed" about what is not.

    `whole` is the sentence the clause comes from: what it names is the clause's subject when
    the clause names nothing ("the lock is owned by the thread and is released automatically").
    """
    if not sheet.resources:
        return []

    def subject(text: str) -> tuple[list[Resource], bool]:
        names = set(_IDENT.findall(text))
        return [r for r in sheet.resources if r.name.rsplit(".", 1)[-1].lower() in names or
                r.kind.lower() in names], bool(_RESOURCE_WORDS.search(text))
    named, generic = subject(sentence.raw)
    borrowed = not named and not generic
    if borrowed:
        named, generic = subject(whole.raw)
        functions = {r.function for r in sheet.resources}
        if len(functions) > 1 and not functions & set(_IDENT.findall(whole.raw)):
            return []  # which function's resource the sentence means is not said
    safe = [r for r in sheet.resources if not r.by_hand]
    unsafe = [r for r in sheet.resources if r.by_hand]
    if _stated(_LEAK, sentence.raw) and not borrowed:
        about = [r for r in named if not r.by_hand] or \
            (safe if generic and not unsafe and not named else [])
        if about:
            r = about[0]
            return [(f"`{r.name}` (line {r.line}) is closed on every path out of `{r.function}`: "
                    f"{_closing(r)} closes it however the function is left")]
    if _stated(_ALWAYS_CLOSED, sentence.raw):
        about = [r for r in named if r.by_hand] or \
            (unsafe if generic and not safe and not named else [])
        if about:
            r = about[0]
            leaves = "a return or a panic" if sheet.language == "go" else \
                "an early return or an exception"
            done = "released" if r.closed_by == "release" else "closed"
            return [(f"`{r.name}` (line {r.line}) is {done} only by an explicit {r.closed_by} on "
                    f"the normal path of `{r.function}`: {leaves} before it skips the "
                    f"{r.closed_by}")]
    return []


def _mutation_claims(sentence: Sentence, sheet: FactSheet, whole: Sentence) -> list[str]:
    """"It is left unchanged" or "it works on a copy" about a parameter changed in place.

    `whole` is the sentence the clause comes from: the function it names is the clause's
    subject when the clause names none ("topCopy copies s, so s is left alone").
    """
    if not sheet.mutations:
        return []
    names = set(_IDENT.findall(sentence.raw))
    known = {f.name.lower() for f in sheet.functions}
    functions = known & names or known & set(_IDENT.findall(whole.raw))
    for m in sheet.mutations:
        if functions and m.function.lower() not in functions:
            continue  # the sentence is about another function
        method = m.how.removesuffix("()").rsplit(".", 1)[-1].lower()
        says_function = m.function.lower() in names or "function" in names
        unchanged = _stated(_UNCHANGED, sentence.raw)
        if unchanged and (m.parameter.lower() in names or (
                says_function and unchanged.group(0).startswith(("side", "no side", "pure")))):
            return [(f"`{m.function}` changes `{m.parameter}` in place (`{m.how}`, line {m.line}): "
                    "the caller's object changes too")]
        if method in names and _stated(_COPY_CLAIM, sentence.raw) and not re.search(
                r"\b(slice|copy|sorted|tosorted|toreversed|spread|concat|clone)\s*\(", sentence.raw):
            return [(f"`{m.how}` on `{m.parameter}` (line {m.line}) changes it in place: there is "
                    "no copy")]
    return []


def _sequential_claims(sentence: Sentence, sheet: FactSheet) -> list[str]:
    """"They run one after another" where the code starts work concurrently."""
    if not sheet.concurrency or not _stated(_SEQUENTIAL, sentence.raw):
        return []
    names = set(_IDENT.findall(sentence.raw))
    for c in sheet.concurrency:
        if c.function.lower() in names or _CONSTRUCTS.search(sentence.raw) or \
                len(sheet.functions) <= 2:
            return [(f"`{c.function}` runs work concurrently ({c.how}, line {c.line}): it does "
                    "not wait for one piece before starting the next")]
    return []


_AT_ONCE: Final = re.compile(r"\b(in parallel|concurrently|at the same time|all at once|at once|"
                             r"simultaneously|in flight together|overlap)\b")


_PLAN: Final = re.compile(r"\b(use|using|to (run|make|send|fire|start|get)|instead|could|would)\b")
"""A clause about what would run them at once ("use gather to run them concurrently")."""


def _parallel_claims(sentence: Sentence, sheet: FactSheet) -> list[str]:
    """"They run in parallel" about awaits in a loop of a function that starts nothing."""
    if not sheet.awaits_in_loops or not _stated(_AT_ONCE, sentence.raw) or \
            _PLAN.search(sentence.raw):
        return []
    names = set(_IDENT.findall(sentence.raw))
    started = {c.function for c in sheet.concurrency}
    for a in sheet.awaits_in_loops:
        if a.function in started:
            continue  # a gather or Promise.all beside the loop may well run them at once
        if a.function.lower() in names or "await" in names or len(sheet.functions) == 1:
            return [(f"`{a.function}` awaits each call in its loop (line {a.line}) before "
                    "starting the next: they run one after another")]
    return []


def contradictions(answer: str, sheet: FactSheet | None, focus: str = "") -> list[str]:
    """The answer's claims that the fact sheet contradicts, each as the true fact."""
    if sheet is None or not sheet.parsed:
        return []
    said = [s for s in clauses(answer) if not s.hypothetical]
    says_none = any(_returns_null(s) for s in said)
    named = frozenset(_IDENT.findall(answer.lower()))
    knows_superlinear = any(_positive(s, t) for s in said for t in _SUPERLINEAR)
    out: list[str] = []
    for sentence in said:
        for part in _parts(sentence):
            out += _cost_claims(part, sheet.loop_operations, knows_superlinear)
        out += _path_claims(sentence, says_none, sheet, focus, named)
        out += _state_claims(sentence, sheet)
        plan = IMPERATIVE.match(sentence.raw) is not None  # "use try-with-resources so it is closed"
        for part in _parts(sentence):
            out += [] if plan else _resource_claims(part, sheet, sentence)
            out += _mutation_claims(part, sheet, sentence)
            out += _sequential_claims(part, sheet)
            out += _parallel_claims(part, sheet)
    return list(dict.fromkeys(out))
