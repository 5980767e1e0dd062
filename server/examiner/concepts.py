"""The concepts a good answer mentions, each with the words that show it."""

from __future__ import annotations

import re
from typing import Final

_HASH = r"\bsets?\b|\bdict|hash|\bmaps?\b|lookup table|o\(1\)|constant[- ]time"
_CALLER = r"caller|propagat|catch|handl|\btry\b|except|re-?raise|bubbl|rethrow"

_PATTERNS: Final[dict[str, str]] = {
    "worst-case input": r"worst|slowest|largest|biggest|every (pair|element|item)|no (match|pair)"
                        r"|all (the )?(items|elements)|duplicate|unsorted|reverse",
    "growth with input size": r"\bgrows?\b|scal|proportional|input size|quadratic|linear|cubic"
                              r"|doubl|as n\b|size of|length of|number of (items|elements)",
    "hash-based lookup": _HASH,
    "avoid repeated work": r"cach|memo|precomput|\bonce\b|single pass|one pass|early (exit|return)"
                           r"|\bbreak\b|avoid|sort (it )?first|two[- ]pointer|batch|reuse",
    "measure before optimising": r"profil|benchmark|measur|timeit|time it",
    "empty input": r"empty|no items|zero[- ]length|\[\]|blank|nothing (is )?passed",
    "missing or null values": r"\bnone\b|\bnull\b|\bnil\b|undefined|missing",
    "boundary values": r"boundar|\bzero\b|negative|off[- ]by[- ]one|\bmax|\bmin|overflow"
                       r"|single (item|element)|one element|limit",
    "invalid input": r"invalid|wrong type|type ?error|malformed|validat|unexpected|bad input",
    "very large input": r"large|huge|million|big input|memory",
    "condition that triggers it": r"\bwhen\b|\bif\b|whenever|happens|trigger|condition",
    "caller handles or propagates": _CALLER,
    "error message": r"message|\blog|context|informative|meaningful|explain",
    "specific exception types": r"specific|narrow|particular|only (catch|the)|exception type",
    "propagate or re-raise": r"propagat|re-?raise|rethrow|bubbl|let (it|them) (go|fail|escape)",
    "hiding bugs": r"\bhid|swallow|silent|mask|\blose|ignor|debug",
    "logging": r"\blog",
    "base case": r"base case|stops? when|terminat|\bempty\b|reaches (0|zero|one|1)"
                 r"|n ?(==|<=|<) ?[01]|smallest|leaf",
    "progress towards the base case": r"smaller|shrink|decreas|reduc|n ?- ?1|closer|each call"
                                      r"|progress|halv|\bslice|\brest\b|tail of",
    "stack depth limit": r"\bstack|depth|recursion ?limit|overflow|too deep|how deep",
    "iterative alternative": r"iterat|\bloop\b|memo|tail[- ]call|explicit stack|cach",
    "set or dict for membership": _HASH,
    "lookup cost": r"o\(1\)|o\(n\)|constant|linear|lookup|search|membership|scan|access",
    "ordering": r"order|sorted|insertion|sequence|\bindex|position",
    "memory use": r"memory|space|footprint|allocat",
    "parameters and their types": r"param|argument|input|\btypes?\b|hint|signature",
    "return value": r"return|result|output|gives back|\byields?\b",
    "name says what it does": r"\bnam(e|ed|ing)\b|descriptive|\bverb|intent|self-explanatory",
    "side effects": r"side[- ]effect|mutat|modif|\bpure\b|\bstate\b|in place",
    "caller contract": r"caller|contract|precondition|document|docstring|guarantee",
    "changes visible to the caller": r"caller (sees|will see|gets|also)|visible|in place"
                                     r"|original|outside|same (list|object|array|slice|map)",
    "aliasing or shared reference": r"alias|reference|same object|shared|pointer|identity",
    "copy": r"\bcop(y|ies|ying)\b|clone|\[:\]|deepcopy|new (list|array|object|slice)",
    "return a new value": r"return (a )?new|immutable|\btuple|frozen|\bpure\b"
                          r"|without modifying|non-?destructive",
    "mutable default shared between calls": r"default|between calls|evaluated once"
                                            r"|definition time|persist",
    "use None as the default": r"\bnone\b|\bnull\b|sentinel",
    "race condition": r"\brace|interleav|lost update|at the same time|simultaneous"
                      r"|concurrent(ly)? (write|modif|access|updat)",
    "shared state": r"shared|global|\bstate\b|counter|same variable",
    "lock or synchronisation": r"\block|mutex|semaphore|synchroni[sz]|\bqueue|channel|serializ",
    "atomic operation": r"atomic|transaction|compare[- ]and[- ]swap|read-modify-write",
    "ordering of awaits": r"\bawait|event loop|suspend|ordering|interleav",
    "close or release": r"\bclos|releas|\bfree|dispos|clean ?up|\bdrop\b|defer",
    "context manager or finally": r"\bwith\b|context manager|finally|try-with-resources|defer"
                                  r"|raii|\busing\b|\bdrop\b|destructor",
    "error path": r"exception|error|\bfails?\b|raise|throw|panic|halfway|early return",
    "resource leak": r"leak|file descriptor|handle|too many open|exhaust|pool",
    "unit tests": r"unit test|pytest|assert|jest|junit|test case|go test|#\[test\]|test func",
    "edge case tests": r"edge|empty|boundar|\bnone\b|\bnull\b|\bzero\b|negative|large",
    "expected output": r"expect|assert|equal|should return|output|result",
    "error case test": r"\berror|exception|raises|throws|invalid|failure|assertthrows",
    "test doubles or fixtures": r"\bmock|\bstub|\bfake|fixture|\btmp|temporary|monkeypatch"
                                r"|property[- ]based|hypothesis|parametri",
    "SQL injection": r"injection|inject|drop table|arbitrary sql|'\s*or\s*'?1'?\s*=\s*'?1",
    "parameterised query": r"parameteri[sz]|placeholder|bind (var|param)|prepared statement"
                           r"|query param",
    "untrusted input": r"untrusted|user input|attacker|malicious|sanitiz|sanitis|external input"
                       r"|user[- ](supplied|controlled|provided)",
    "broken query or leaked data": r"syntax error|\bbreak|leak|other (rows|users)|all rows"
                                   r"|\bdelete|\bdrop\b|bypass|dump",
    "path traversal": r"travers|\.\./|dot-?dot|outside (the )?(base|directory|folder|root)"
                      r"|parent director|escape the (directory|folder)",
    "resolve and check the base directory": r"resolv|realpath|abspath|normali[sz]|canonical"
                                            r"|commonpath|is_relative_to|starts ?with|base dir",
    "allow-list": r"allow ?-?list|whitelist|only allow|fixed set|basename|secure_filename|reject",
    "code or command injection": r"inject|arbitrary (code|command)|execute (any|arbitrary)"
                                 r"|run (any|arbitrary)|remote code|\brce\b|shell",
    "safer alternative": r"literal_eval|\bjson\b|\bparse|list of arg|argument list|avoid"
                         r"|shell ?= ?false|safe_load|prepared|strncpy|snprintf|textcontent"
                         r"|execfile|instead",
    "validation": r"validat|sanitiz|sanitis|allow ?-?list|whitelist|\bcheck|escap",
    "I/O can fail": r"\bfail|not found|permission|network|timeout|\bdisk|unavailable|ioerror"
                    r"|oserror|enoent|doesn'?t exist|does not exist",
    "handle or propagate the error": _CALLER,
    "timeouts or retries": r"timeout|retr(y|ies)|backoff|deadline",
    "partial results": r"partial|\bhalf|incomplete|rollback|atomic|temp(orary)? file|consisten",
}
CONCEPTS: Final[dict[str, re.Pattern[str]]] = {
    label: re.compile(pattern, re.IGNORECASE) for label, pattern in _PATTERNS.items()
}
"""Every known concept label with the pattern that shows an answer mentions it."""


def mentions(label: str, text: str) -> bool:
    """True when text mentions the concept (unknown labels match as literal words)."""
    pattern = CONCEPTS.get(label)
    if pattern is None:
        words = re.escape(label).replace(r"\ ", r"[\s_-]*")
        return re.search(rf"(?<![\w]){words}(?![\w])", text, re.IGNORECASE) is not None
    return pattern.search(text) is not None
