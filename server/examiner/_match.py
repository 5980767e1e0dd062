"""Paraphrase-tolerant matching: notations, light stemming, synonyms, negation."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

_NOTATIONS: Final = (
    # Order matters: the longer, more specific notations are rewritten first.
    (r"\bo\s*\(\s*(2|c)\s*\^\s*n\s*\)|\bexponential(ly)?\b", " cxexp "),
    (r"\bo\s*\(\s*n\s*!\s*\)|\bfactorial time\b", " cxexp "),
    ((r"\bo\s*\(\s*n\s*\*?\s*(log|lg)\s*\(?\s*n\s*\)?\s*\)|\bn\s*\*?\s*log\s*\(?n\)?\b"
     r"|\bnlogn\b|\blinearithmic\b|\bloglinear\b"), " cxnlogn "),
    (r"\bo\s*\(\s*(log|lg)\s*\(?\s*\w*\s*\)?\s*\)|\blogarithmic(ally)?\b|\blog\s*\(?\s*n\)?\b",
     " cxlog "),
    ((r"\bo\s*\(\s*([a-z])\s*(\^|\*\*)\s*3\s*\)|\bo\s*\(\s*n\s*³\s*\)|\bcubic(ally)?\b"
     r"|\bn\s*cubed\b"), " cxcubic "),
    ((r"\bo\s*\(\s*([a-z])\s*(\^|\*\*)\s*2\s*\)|\bo\s*\(\s*[a-z]\s*²\s*\)|\bo\s*\(\s*n\s*\*\s*n\s*\)"
     r"|\bquadratic(ally)?\b|\bn\s*squared\b|\bsquare of (the )?(size|length|n)\b|\bn\^2\b|\bn²"),
     " cxquadratic "),
    (r"\bo\s*\(\s*[a-z]\s*[*x·]\s*[a-z]\s*\)", " cxproduct "),
    # a product with a sum ("O(V*(V+E))", "O(n·(n+m))") grows as a product; a sum of
    # variables ("O(V+E)", "O(n + m)") as its largest term, linearly
    (r"\bo\s*\(\s*[a-z]\s*[*x·]?\s*\(\s*[a-z]\s*\+\s*[a-z]\s*\)\s*\)", " cxproduct "),
    (r"\bo\s*\(\s*[a-z]\s*\+\s*[a-z]\s*\)", " cxlinear "),
    (r"\bo\s*\(\s*1\s*\)|\bconstant[- ]time\b|\bconstant cost\b", " cxconstant "),
    (r"\bo\s*\(\s*[a-z_][a-z_0-9]*\s*\)|\blinear(ly)?\b(?! ?(search|scan|lookup|probe|pass))|\blinear time\b",
     " cxlinear "),
    # a linear cost said in words ("each check has to scan the whole list"); the words stay
    ((r"\b(has to |must |needs? to )(scan|search|walk|check|compare against|look through|go "
      r"through|traverse)\b[^.;,]{0,15}\b(whole|entire|every|all)\b"), r"\g<0> cxlinear "),
    # a comprehension written as code says its name ("`{s: [] for s in SHIFTS}`"); the code stays
    (r"\{[^{}\n]{0,60}?:[^{}\n]{0,60}?\bfor\b[^{}\n]{1,60}?\bin\b[^{}\n]{1,60}\}",
     r"\g<0> dict comprehension "),
    # (an item may hold brackets of its own: "`[[None] * cols for _ in range(rows)]`")
    ((r"\[(?:[^\[\]\n]|\[[^\[\]\n]{0,30}\]){1,60}?\bfor\b(?:[^\[\]\n]|\[[^\[\]\n]{0,30}\]){1,60}?"
     r"\bin\b(?:[^\[\]\n]|\[[^\[\]\n]{0,30}\]){1,60}\]"), r"\g<0> list comprehension "),
)
_NOTATION_RE: Final = [(re.compile(p, re.IGNORECASE), r) for p, r in _NOTATIONS]
_CONTRACTIONS: Final = re.compile(r"n['’]t\b", re.IGNORECASE)
_SYMBOL: Final = r"===?|!==?|[<>]=|\+=|-=|->|=>|\*\*|//|&&|\|\||[=<>+*/%^]"
"""Operators are tokens too: `==` against `===`, `x = 1000`, `a < b` carry meaning."""
_WORD: Final = re.compile(r"[^\W]+|" + _SYMBOL)
_TOKEN: Final = re.compile(r"[^\W]+|" + _SYMBOL + "|,")
_WOULD: Final = re.compile(r"\b(i|we|you|they|he|she)['’]d\b", re.IGNORECASE)
_CLITIC: Final = re.compile(r"(?<=[a-z])['’](s|m|d|ll|re|ve)\b", re.IGNORECASE)
"""The tail of "it's", "I'm", "we'll": dropped, so a short symbol such as M keeps its meaning."""
_HYPOTHETICAL: Final = re.compile(r"\b(would|could|i'd|we'd|instead|if we|if you|should|fix|"
                                  r"better|use a|using a|switch|replace|rewrite|turn (it|them|this|that|\w+) into|"
                                  r"turns? into|making|makes? it\s+(\w+\s+)?(faster|safer?|"
                                  r"cheaper|linear|constant|cx\w+)|convert|converting|after the fix|"
                                  r"(use|using|with|into|to|via) (a |an )?(set|dict\w*|hash\w*|"
                                  r"map|index|cache|memo\w*|lru_cache)(?!\w|\s*\()|bring it down|"
                                  r"brings it down|down to|once memo\w*)\b")
_COMPARISON: Final = re.compile(r"\b(the same way|just as|exactly as|as|like) (an? |the )?\w+"
                                r"( \w+)? (would|could)\b(?! (be|have|not|never)\b)")
"""A comparison ("the same way a list would", "as you would expect") makes no sentence one
about what one would do."""
_CODE_SPAN: Final = re.compile(r"`[^`\n]*`")
_SHOWN: Final = {"cxexp": "exponential", "cxnlogn": "O(n log n)", "cxlog": "O(log n)",
                 "cxcubic": "O(n^3)", "cxquadratic": "O(n^2)", "cxproduct": "O(n*m)",
                 "cxconstant": "O(1)", "cxlinear": "O(n)"}
_SENTENCE: Final = re.compile(r"[^.!?;\n]+")
_SENTENCE_BREAK: Final = re.compile(r"(?<=[.!?])\s+|\n+")
_ABBREVIATIONS: Final = re.compile(r"\b(e\.g|i\.e|etc|vs|cf)\.", re.IGNORECASE)
"""A sentence ends at . ! ? ; followed by a space (so `seen.add` or 0.5 stay whole)."""
IMPERATIVE: Final = re.compile(r"^[^\w`]*(use|using|switch\w*|replac\w*|rewrit\w*|convert|make|add|wrap|build|"
                               r"guard|lock|try|consider|prefer|change|move|declare|call|put|pass)\b")
"""A sentence opening with what to do: "Use a mutex so the increment is atomic". A word in a
code span names code ("`switch` compares ..."), not what to do."""
PLAN: Final = re.compile(
    r"\b(would|could|might|should|ought to|instead|instead_of|rather_than|if (we|you|i|one)|"
    r"fix\w*|better|bring it down|brings it down|down to|once memo\w*)\b|" + IMPERATIVE.pattern)
"""What makes a sentence a plan rather than a claim about the code as it is: a modal or a
conditional, or an opening verb telling what to do (`IMPERATIVE`)."""

CLAUSE_NEGATIONS: Final = ("not", "never", "cannot")
"""Words that take back the rest of their clause: "X is not, as far as I can see, atomic"."""
NEAR_NEGATIONS: Final = (*CLAUSE_NEGATIONS, "no", "nor", "nothing", "nothing to", "without",
                         "fails to", "failing to", "rather_than", "instead_of")
"""Words that take back the word or two after them: "does nothing to keep", "fails to
restrict", "rather than sequentially" (`notations` has joined "rather than" and "instead of")."""


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


NOT_JUST_BEFORE: Final = "".join(f"(?<!\\b{re.escape(w)} )" for w in NEAR_NEGATIONS)
"""A regex piece to put before a verb: no near negation is the word just before it."""
_NEAR_BEFORE: Final = re.compile(rf"\b({_alternation(NEAR_NEGATIONS)})\s+(\w+\s+){{0,2}}$")


def unnegated(*restrictions: str) -> str:
    """A regex piece: one character of a claim, within its sentence (a dot inside a name such
    as `list.remove` included), that no clause negation, nor any of these restrictions ("only
    when"), has come before yet."""
    words = _alternation(CLAUSE_NEGATIONS + restrictions)
    return rf"(?:(?!\b(?:{words})\b|n't\b)(?:[^.;]|\.(?=\w)))"


def negated_before(raw: str, start: int) -> bool:
    """Whether a near negation comes at most two words before `start` in `raw`."""
    return _NEAR_BEFORE.search(raw[:start]) is not None


NEGATORS: Final = frozenset({"not", "no", "never", "without", "nor", "neither", "cannot",
                             "nothing", "none_", "hardly", "avoid", "avoids", "instead_of",
                             "rather_than", "isnt", "wont", "dont", "doesnt", "unnecessary"})
STOP: Final = frozenset([
    "a", "about", "above", "after", "again", "all", "also", "am", "an", "and", "any", "are", "as",
    "at", "be", "because", "been", "before", "being", "but", "by", "can", "could", "did", "do",
    "does", "doing", "done", "for", "from", "had", "has", "have", "having", "he", "her", "here",
    "hers", "him", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just",
    "me", "more", "most", "my", "of", "off", "on", "once", "only", "or", "other", "our", "out",
    "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their",
    "them", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under",
    "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who",
    "whom", "why", "will", "with", "would", "you", "your", "yours", "yes", "ok", "okay", "well",
    "really", "think", "thing", "things", "stuff", "basically", "actually", "sure", "maybe",
    "probably", "kind", "sort", "like", "pretty", "much", "lot", "lots", "way", "ways", "one",
    "get", "gets", "got", "make", "makes", "made", "use", "used", "using", "also", "each", "every",
    "let", "lets", "need", "needs", "want", "wants", "going", "go",
])
_IRREGULAR: Final = {"ran": "run", "running": "run", "written": "write", "wrote": "write",
                     "thrown": "throw", "threw": "throw", "children": "child", "data": "data",
                     "indices": "index", "queries": "query", "leaks": "leak", "bias": "bias",
                     "status": "status", "process": "process", "access": "access",
                     "class": "class", "less": "less", "this": "this", "its": "its",
                     "always": "always", "was": "was", "has": "has", "does": "does",
                     "is": "is", "as": "as", "us": "us", "yes": "yes", "plus": "plus",
                     "during": "during", "thing": "thing", "string": "string", "nothing": "nothing"}
_SYNONYMS: Final = {
    "parameteris": "param", "parametris": "param", "parameter": "param", "placeholder": "param",
    "bind": "param", "prepar": "param", "param": "param", "paramet": "param",
    "releas": "clos", "dispos": "clos", "free": "clos",
    "mutex": "lock", "synchronis": "lock", "synchron": "lock", "semaphor": "lock",
    "goroutin": "thread", "worker": "thread", "task": "thread", "coroutin": "thread",
    "error": "exception", "err": "exception", "throw": "rais", "rais": "rais",
    "crash": "fail", "panic": "fail", "blow": "fail", "failur": "fail", "break": "fail",
    "larg": "big", "huge": "big", "bigger": "big", "larger": "big",
    "malicious": "attack", "attack": "attack", "adversary": "attack", "hacker": "attack",
    "execut": "run", "invok": "call", "hashmap": "hash", "hashset": "hash", "dict": "hash",
    "dictionary": "hash", "hashtabl": "hash", "memois": "memo", "memoiz": "memo", "cach": "memo",
    "recurs": "recur", "recursion": "recur", "recursiv": "recur",
    "method": "function", "func": "function", "clon": "copy", "verifi": "validat",
    "check": "validat", "validat": "validat", "swallow": "ignor", "silenc": "ignor",
    "suppress": "ignor", "hid": "ignor", "hide": "ignor", "mask": "ignor", "discard": "ignor",
    "blank": "empty", "none": "null", "nil": "null", "undefin": "null",
    "twic": "doubl", "halv": "half", "scal": "grow", "increas": "grow",
    "injection": "inject", "sql": "query", "statement": "query",
    "guessabl": "predict", "guess": "predict", "predictabl": "predict",
    "equal": "compar", "identiti": "compar", "comparison": "compar",
    "simultaneous": "concurr", "concurrent": "concurr", "parallel": "concurr",
    "interleav": "race", "quick": "fast", "faster": "fast", "slower": "slow",
    "modifi": "mutat", "chang": "mutat", "alter": "mutat", "mutabl": "mutat",
    "sanitis": "escap", "sanitiz": "escap", "encod": "escap",
    "timeout": "timeout", "deadlin": "timeout", "retri": "retry",
    "certif": "cert", "deserialis": "deseri", "deserializ": "deseri", "unpickl": "deseri",
    "travers": "travers", "outsid": "escap_dir", "elimin": "remov", "delet": "remov",
    "grow": "grow", "expon": "cxexp", "iter": "loop", "iterat": "loop", "pass": "pass",
}


def _stem_word(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 3 or word.isdigit() or "_" in word:
        return word
    w = word
    for suffix, repl in (("isations", "is"), ("izations", "iz"), ("isation", "is"),
                         ("ization", "iz"), ("ational", "at"), ("ations", "at"), ("ation", "at"),
                         ("nesses", ""), ("ness", ""), ("ments", ""), ("ment", ""),
                         ("ities", "iti"), ("ity", "iti"), ("ies", "y"), ("ied", "y"),
                         ("ing", ""), ("ed", ""), ("ly", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and not \
                (suffix == "s" and w.endswith(("ss", "us", "is"))):
            w = w[: len(w) - len(suffix)] + repl
            break
    if w.endswith("e") and len(w) > 4:
        w = w[:-1]
    if len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz":
        w = w[:-1]
    return w


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A word's canonical stem: light suffix stripping, then the synonym table."""
    base = _stem_word(word.lower())
    return _SYNONYMS.get(base, base)


def notations(text: str, *, fold: bool = True) -> str:
    """Rewrite complexity notations and their word forms into canonical tokens (cx...); with
    `fold` false, only contractions and clitics are read (the answer as typed, negations
    spelled out)."""
    out = _CONTRACTIONS.sub(" not", text.lower())
    # "I'd check", "we'd use": a plan (hypothetical), so the clitic is read as "would"
    out = _CLITIC.sub("", _WOULD.sub(r"\1 would", out))
    out = re.sub(r"\binstead of\b", " instead_of ", out)
    out = re.sub(r"\brather than\b", " rather_than ", out)
    if not fold:
        return out
    for pattern, repl in _NOTATION_RE:
        out = pattern.sub(repl, out)
    return out


@dataclass(frozen=True)
class Sentence:
    """One sentence of an answer as stems, with which stems are negated."""

    stems: tuple[str, ...]
    negated: frozenset[int]
    raw: str

    def has(self, stems: tuple[str, ...], *, positive: bool = False) -> bool:
        """True when every stem occurs (and, if positive, at least one occurrence not negated)."""
        where = []
        for s in stems:
            spots = [i for i, x in enumerate(self.stems) if x == s]
            if not spots:
                return False
            where.append(spots)
        if not positive:
            return True
        return all(any(i not in self.negated for i in spots) for spots in where)

    def says(self, seq: tuple[str, ...]) -> bool:
        """True when the words occur in this order, adjacent, and the first is not negated."""
        n = len(seq)
        if not n:
            return False
        return any(self.stems[i:i + n] == seq and i not in self.negated for i in range(len(self.stems) - n + 1))

    def denies(self, i: int) -> bool:
        """True when the stem at `i` is itself negated (`denier`)."""
        return bool(self.denier(i))

    def denier(self, i: int) -> str:
        """The negation that denies the stem at `i` itself, not just within its reach ('' if
        none): a clause negation just before it ("does not block", "without shifting", "is
        never evaluated"), or "no"/"nothing" with a verb between ("nothing is ever
        suppressed", not "no send has failed yet"); an answer's opening "No," denies nothing
        after it."""
        if i not in self.negated:
            return ""
        start = 1 if _OPENING_NO.match(self.raw) else 0
        verb = False
        for j in range(i - 1, max(start, i - 4) - 1, -1):
            word = self.stems[j]
            if word in _CLAUSE_DENIALS or (word in _WORD_DENIALS and verb):
                return word
            if word not in _BETWEEN_DENIAL:
                return ""
            verb = verb or word in _AUXILIARIES
        return ""

    @property
    def hypothetical(self) -> bool:
        """True for a sentence about what one would do (its claims are not about the code)."""
        # what a code span holds is code or output quoted, not a plan (`str.replace`,
        # "`could not rank pans`")
        return bool(_HYPOTHETICAL.search(_COMPARISON.sub(" ", _CODE_SPAN.sub(" ", self.raw))))


_CLAUSE_DENIALS: Final = frozenset({"not", "never", "cannot", "nor", "without", "isnt", "wont",
                                    "dont", "doesnt"})
_WORD_DENIALS: Final = frozenset({"no", "nothing", "none_", "neither"})
_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "be", "been", "get", "gets", "got",
                                 "will", "can", "has", "have", "had", "does", "do", "did", "ever"})
_BETWEEN_DENIAL: Final = _AUXILIARIES | frozenset({"would", "could", "should", "being", "longer",
                                                   "even", "actually", "really", "necessarily",
                                                   "always", "at", "all"})
"""What may stand between a negation and the word it denies: auxiliaries and adverbs. Not an
article: "is not a CupSize", "isn't a String" deny what a thing is, not what the point's
words say happens ("returns the string despite the CupSize return type")."""
_OPENING_NO: Final = re.compile(r"\s*(no|nope)\s*[-\u2014\u2013:,;.!]", re.IGNORECASE)


def _negated(tokens: list[str]) -> frozenset[int]:
    """Positions (among the words, commas not counted) that a negation reaches."""
    out: set[int] = set()
    index = [-1] * len(tokens)
    n = 0
    for i, token in enumerate(tokens):
        if token != ",":
            index[i] = n
            n += 1
    for i, token in enumerate(tokens):
        if token in NEGATORS:
            # A negation reaches the next few words, up to a comma or a contrast word, and the
            # few after an "or" or "nor" among them: "won't see 'recovered:' or 'all lanes
            # done'" denies both
            end = min(len(tokens), i + 5)
            j = i + 1
            while j < end:
                if tokens[j] in (",", "but", "it", "its", "which", "so", "because"):
                    break
                out.add(index[j])
                if tokens[j] in ("or", "nor"):
                    end = min(len(tokens), j + 5)
                j += 1
    return frozenset(out)


_HELD: Final = str.maketrans(".!?", "\x02\x03\x04")
_RELEASED: Final = str.maketrans("\x02\x03\x04", ".!?")


def _protect(text: str) -> str:
    """Keep abbreviations and code spans from ending a sentence (a code span's own `.`, `!`
    and `?` are held as control characters while the text is split, then given back)."""
    text = _ABBREVIATIONS.sub(lambda m: m.group(1).replace(".", ""), text)
    return re.sub(r"`[^`\n]*`", lambda m: m.group(0).translate(_HELD), text)


@lru_cache(maxsize=4096)
def sentences(text: str) -> tuple[Sentence, ...]:
    """Split text into sentences of stems, marking negated positions."""
    out: list[Sentence] = []
    for held in _SENTENCE_BREAK.split(_protect(notations(text))):
        raw = held.translate(_RELEASED)
        # the words are read as before: a code span's stop before a space is no token
        tokens = _TOKEN.findall(re.sub(r"[\x02-\x04]+(?=\s)", " ", held).translate(_RELEASED))
        words = [t for t in tokens if t != ","]
        if not words:
            continue
        out.append(Sentence(tuple(stem(w) for w in words), _negated(tokens), raw))
    return tuple(out)


MEANINGFUL: Final = frozenset({"once", "only", "same", "other", "more", "most", "off", "out",
                               "over", "under", "up", "before", "after", "again", "until",
                               "all", "each", "every", "any", "too", "very", "own"})
"""Short words that change what a claim says ("evaluated once", "the same object", "before the
saves finish"): never dropped as stop words."""

STOP_STEMS: Final = frozenset(stem(w) for w in STOP if w not in MEANINGFUL) | NEGATORS
"""The stems that carry no content of their own: stop words (not MEANINGFUL ones) and the
negations, which mark other words rather than say anything."""


def _meaningful(word: str) -> bool:
    """Not a stop word: numbers, symbols, short names (M, CM, IV, id) and MEANINGFUL count."""
    return word not in STOP or word in MEANINGFUL


def content_stems(text: str) -> list[str]:
    """The stems of the words, numbers and symbols that carry meaning."""
    words = _WORD.findall(notations(text))
    return [stem(w) for w in words if _meaningful(w)]


@lru_cache(maxsize=8192)
def phrase_stems(phrase: str) -> tuple[str, ...]:
    """A phrase's content stems (its stop words dropped, unless it has nothing else)."""
    words = _WORD.findall(notations(phrase))
    kept = [stem(w) for w in words if _meaningful(w)]
    if len(kept) < 2 <= len(words) or not kept:
        # "other users" must not shrink to "users"; a point given as a function word alone
        # ("because") is that word, never nothing.
        kept = [stem(w) for w in words]
    return tuple(dict.fromkeys(kept))


@lru_cache(maxsize=8192)
def word_stems(phrase: str) -> tuple[str, ...]:
    """Every word of a phrase as a stem, in order (for word-sequence matching)."""
    return tuple(stem(w) for w in _WORD.findall(notations(phrase)))


def key_phrases(text: str, asked: set[str]) -> list[str]:
    """The content words of a sentence that the question does not already use (or all of them)."""
    words = _WORD.findall(notations(text))
    fresh = [w for w in words if _meaningful(w) and stem(w) not in asked]
    if len(fresh) < 2:
        fresh = [w for w in words if _meaningful(w)]
    return list(dict.fromkeys(_SHOWN.get(w, w) for w in fresh))
