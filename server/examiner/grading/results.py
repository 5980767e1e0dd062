"""A result stated against the one the reference states: "it prints (('cy', 9), 16, 4)" when the
key points say it prints (('cy', 9), 0, 0).

A question about what code prints or returns has one right result. Its key points (or, without
them, the model answer's first sentence that states a result) give it as values: numbers,
quoted strings, `true`/`false`/`null`/`None`. An answer that never states those values in that
order, yet states a result made of other values, claims something the code does not do, however
well its words match the explanation. An answer that states less (only some of the values) or no
values at all claims nothing wrong here: it is graded by its key points."""

from __future__ import annotations

import re
from collections import Counter
from typing import Final

from .._match import PLAN, STOP, notations, sentences, stem
from .observed import groups, quoted_output, squeezed

__all__ = ["denied_exception", "denied_fix", "denied_hazard", "expected_results", "implicit_verdict", "other_literal",
           "other_quantity", "other_result", "other_value", "other_verdict", "verdict"]

_VALUE: Final = re.compile(
    r"(?<!\w)'([^'\n]{0,40})'(?!\w)|(?<!\w)\"([^\"\n]{0,40})\"(?!\w)|"
    r"(?<![\w.$])(?<!\w-)(-?\d+(?:\.\d+)?)(?!\w|\.\d)|\b(true|false|null|none|nil|undefined|nan)\b",
    re.IGNORECASE)
"""A number is no value inside a hyphenated name (`fig-007`, `SB-0001-3`)."""
_RESULT: Final = re.compile(r"\b(prints?|printed|outputs?|returns?(?! (?:statement|type|keyword)s?\b)|"
                            r"returned|logs?|logged|evaluates? to|gives? back)\b|\border\s*:",
                            re.IGNORECASE)
"""A statement of what code produces: what follows the verb is the result ("the return
statement has stored 3+1 = 4" states none)."""
_DENIED: Final = re.compile(
    r"\b(?:not|never|rather than|instead of)\s+(?:(?:the|a|an)\s+)?(?:`[^`\n]*`|'[^'\n]*'|\"[^\"\n]*\"|"
    r"\[[^\]\n]*\]|-?\d+(?:\.\d+)?(?!\w|\.\d)|true|false|null|none|nil|undefined|nan)", re.IGNORECASE)
"""A value the reference says the code does not produce ("is 1, not 0"): no result of it."""
_NUMBER: Final = re.compile(r"-?\d+(?:\.\d+)?")
_WORDS: Final = frozenset({"true", "false", "null", "none", "nil", "undefined", "nan"})
_LEAST: Final = 2
"""Values a statement needs to be a result (one number alone is often a count in passing)."""


def _token(text: str) -> str:
    """One value, compared by what it says: `'20'` and `20` are the same, so are `9` and `9.0`."""
    try:
        return str(float(text))
    except ValueError:
        return text.strip().lower()


def _spaced(text: str) -> str:
    """Text compared by its words alone: lower case, single spaces, no quotes."""
    return " ".join(re.sub(r"[`'\"]", " ", text.lower()).split())


def _values(text: str) -> list[str]:
    """The values a text states, leaving out those it denies ("1, not 0")."""
    out: list[str] = []
    for found in _VALUE.finditer(_DENIED.sub(" ", text)):
        quoted = found.group(1) if found.group(1) is not None else found.group(2)
        out.append(_token(quoted if quoted is not None else found.group(3) or found.group(4)))
    return out


_PASSING: Final = re.compile(r"\b(?:from|for|of|at|after|before|per)\s+(?:the\s+|a\s+)?"
                             r"-?\d+(?:\.\d+)?(?!\w|\.\d)", re.IGNORECASE)
"""A value named in passing, after a preposition: "returns "ok", the stale result from 5.0" gives
one result, and 5.0 is where it came from."""


def _after_verb(text: str) -> list[str]:
    """The values a result statement gives: those after its verb."""
    verb = _RESULT.search(text)
    return _values(text[verb.end():]) if verb else []


def expected_results(key_points: list[str], references: list[str]) -> list[list[str]]:
    """The results the reference states, as value sequences: each key point that states one,
    else the first sentence of the first model answer that does."""
    found = [v for k in key_points if len(v := _after_verb(k)) >= _LEAST]
    if found or not references:
        return found
    for sentence in sentences(references[0]):
        values = _after_verb(sentence.raw)
        if len(values) >= _LEAST:
            return [values]
    return []


def other_result(answer: str, expected: list[list[str]], references: list[str]) -> str:
    """The correction when the answer states a result other than the expected one ('' if not).

    Values are compared as counts, not in order (a correct answer may give the parts of a result
    in its own order). The answer passes when it states every value of an expected result; it
    fails when, without doing so, it states a result holding a value that neither the expected
    results nor the model answers' statements of fact hold (what a fix "would print" is not the
    code's result)."""
    if not expected:
        return ""
    everything = Counter(_values(answer))
    if any(Counter(result) <= everything for result in expected):
        return ""  # the answer states a result the reference states
    known = Counter[str]()
    for result in expected:
        known |= Counter(result)
    for reference in references:  # what it says the code does, not what a fix would do
        for sentence in sentences(reference):
            if not sentence.hypothetical:
                known |= Counter(_values(sentence.raw))
        # the output a reference quotes as a block, counted whole (its three lines of
        # -2147483648 are one line each to the sentences above)
        known |= Counter(_values(quoted_output(reference)))
    # a number inside a name the reference quotes ('Pan 2') is that name's, said by it too
    for value in list(known):
        if not _NUMBER.fullmatch(value):
            known |= Counter(_token(n) for n in _NUMBER.findall(value))
    said_by = " ".join(_spaced(r) for r in references)
    said = [s for s in sentences(answer) if not s.hypothetical]
    # what the answer says the code produces: after a verb, or its opening (a bare result)
    stated = [_after_verb(_PASSING.sub(" ", s.raw)) for s in said] + \
        ([_values(_PASSING.sub(" ", said[0].raw))] if said else [])
    for values in stated:
        extra = Counter(values) - known
        # a word like `nil` or `None` is often prose ("a nil map"): a number or a quoted
        # string the reference never states is what shows another result; a string it
        # quotes its own way (in a code span) it states
        # one value is a result when it is a quoted line of output ("prints 'caller caught
        # bad qty for B'"), not a number in passing
        whole = len(values) >= _LEAST or (len(values) == 1 and len(values[0].split()) >= 3)
        if whole and any(v not in _WORDS and not (len(v) > 2 and _spaced(v) in said_by)
                         for v in extra):
            shown = ", ".join(v.removesuffix(".0") if v else "''" for v in expected[0])
            return f"The code's result is {shown}, not the one the answer states"
    return ""


_SHORTEST: Final = 5
"""A bracketed result shorter than this (`[]`, `[1]`) is too small to tell one result from
another."""


def _stated_literals(text: str) -> list[str]:
    """The bracketed literals a text states as a result: after a verb of one, in its statements
    of fact, squeezed."""
    out: list[str] = []
    for sentence in sentences(text):
        if sentence.hypothetical or (verb := _RESULT.search(sentence.raw)) is None:
            continue
        out += [squeezed(g) for _, g in groups(sentence.raw[verb.end():]) if len(g) >= _SHORTEST]
    return out


def other_literal(answer: str, key_points: list[str], references: list[str]) -> str:
    """The correction when the answer states as the result a list, tuple or object that the
    reference does not ('' if not): "returns [[0, 1, 2], [3, 4, 5], [6]]" where the reference
    says `[[0, 1, 2], [3, 4, 5]]`. Counting values cannot see it (the answer holds every value
    of the right result, and more); the literal whole can. One the reference states anywhere,
    whole or as a part (the first chunk, `[0, 1, 2]`), is no other result. A list of strings
    written without their quotes tells its items in the answer's words, not as printed: it is
    compared with nothing."""
    expected = [lit for k in key_points for lit in _stated_literals(k)] or \
        [lit for r in references[:1] for lit in _stated_literals(r)]
    if not expected:
        return ""
    said = squeezed(" ".join([*key_points, *references]))
    for literal in _stated_literals(answer):
        if "'" not in literal and any("'" in e for e in expected):
            continue  # strings written without quotes ("[Bram, Ade]"): a paraphrase, not a repr
        if literal not in said and any(e[0] == literal[0] for e in expected):
            shown = next(g for _, g in groups(" ".join(key_points) or references[0])
                         if squeezed(g) in expected)
            return f"The code's result is {shown}, not the one the answer states"
    return ""


_YES_NO_QUESTION: Final = re.compile(
    r"^\W*(?:(?:when|if|after|once|before|given|while)\b[^?]*?,\s*)?"
    r"(?:is|are|was|were|does|do|did|can|could|will|would|should|has|have)\b[^?]*\?",
    re.IGNORECASE)
"""A question one answers yes or no: it opens with an auxiliary, or with a clause of when or if
and then one ("When f(6) runs, is the customer told?"), and ends with a question mark."""
_VERDICT: Final = re.compile(r"^\W*(yes|yeah|yep|no|nope)\b(?=\s*(?:[.,;:!\u2013\u2014-]|$))",
                             re.IGNORECASE)
"""A verdict opening a text: the word alone, then punctuation ("No." "Yes, ..."), not "No key"."""


def verdict(text: str) -> str:
    """The yes-or-no verdict a text opens with ("yes", "no", or '')."""
    found = _VERDICT.match(text)
    if found is None:
        return ""
    return "yes" if found.group(1).lower() in ("yes", "yeah", "yep") else "no"


_FIRST_ASK: Final = re.compile(r",?\s+(?:and|or|but)\s+(?:is|are|was|were|does|do|did|can|could|will|"
                               r"would|should|has|have|what|how|why|which|where|when|who)\b|"
                               r",\s+(?:what|how|why|which)\b", re.IGNORECASE)
"""Where a question's first ask ends: "is X safe, and will it always ...?" asks two things."""
_CLAUSE_END: Final = re.compile(r"[:;,!?\u2013\u2014]|\s-+\s|\.(?:\s|$)|\s(?:because|since|as|so|"
                                r"but|while|when|which|though|although|whereas)\s")
_HEDGED: Final = re.compile(r"\b(except|unless|apart from|other than|only|mostly|mainly|usually|"
                            r"sometimes|depends|partly|partially|almost|if|when|until)\b")
"""Words that make a clause's verdict a qualified one, which this reading leaves alone."""
_QUANTIFIERS: Final = frozenset({"every", "all", "always", "any", "each", "ever", "path"})
"""Words of a question's scope ("on every path"): two of them make a verdict's topic, one is
too little ("every early return is covered" says nothing of a path)."""
_AUXILIARIES: Final = frozenset({"is", "are", "was", "were", "does", "do", "did", "can", "could",
                                 "will", "would", "should", "has", "have", "there"})
_CODE: Final = re.compile(r"`[^`\n]*`|[\w$]+(?:\.[\w$]+)+(?:\(\))?|[\w$]+\(\)|\b\w*_\w*\b")
"""Code in prose (`x`, reader.close(), release(), send_metrics): it names, it gives no verdict."""
_CONTRARY: Final = re.compile(r"\b(skip\w*|bypass\w*|miss\w*|leak\w*|leav\w*|left|los[te]\w*|block\w*|"
                              r"rac[ey]\w*|unsafe|wrong|broken|bug\w*|fail\w*|before|after|without|"
                              r"instead_of|rather_than)\b")
"""Words that turn a clause against its topic ("the error path skips release"): too subtle
for this reading, which then gives no verdict."""


def implicit_verdict(question: str, answer: str, names: frozenset[str] = frozenset()) -> str:
    """The verdict an answer's opening clause gives without "yes" or "no" ('' for none): "Not
    thread-safe." says no; "It's safe." to "Is `total` safe?" says yes; "No key can fail" to
    "Is there any key for which f fails?" says no. The clause must restate the question's own
    words (not its code names, not its scope alone), and a hedged clause ("only when", "except")
    gives none."""
    said = verdict(answer)
    if said:
        return said
    asked = next((s for s in sentences(question) if s.raw.rstrip().endswith("?")), None)
    if asked is None or not answer.strip() or not _YES_NO_QUESTION.match(asked.raw) or \
            asked.negated:
        return ""
    ask = _CODE.sub(" ", _FIRST_ASK.split(asked.raw, maxsplit=1)[0])
    named = {stem(n) for n in names}
    words = {w for part in sentences(ask + "?") for w in part.stems}
    topic = {w for w in words if w not in STOP and w not in _AUXILIARIES and w not in named} | \
        (words & _QUANTIFIERS)
    clause = _CODE.sub(" ", _CLAUSE_END.split(notations(answer).lstrip(), maxsplit=1)[0])
    if re.match(r"^\W*not\b", clause):
        return "no"  # "Not safe.", "Not on every path."
    said_clause = next(iter(sentences(clause + ".")), None)
    if said_clause is None or _HEDGED.search(clause) or any(
            stem(w.group(0)) not in topic for w in _CONTRARY.finditer(clause)):
        return ""
    shared = [i for i, w in enumerate(said_clause.stems) if w in topic]
    content = [i for i in shared if said_clause.stems[i] not in _QUANTIFIERS]
    if not content and len(shared) < 2:
        return ""
    negated = any(i in said_clause.negated for i in shared) or \
        re.search(r"\b(no|not|never|nothing|none|neither)\b", clause) is not None
    return "no" if negated else "yes"


def other_verdict(question: str, answer: str, references: list[str],
                  names: frozenset[str] = frozenset()) -> str:
    """The correction when the answer opens with the opposite verdict to a yes-or-no question
    than every model answer that opens with one ('' if not): "Yes. ..." or "Every path is
    covered" to "Is the file closed on every path?" whose model answer opens "No. ...". Only
    the first question of several is one a verdict answers; the model answers' verdicts are
    their "yes" or "no", the answer's may be implicit (`implicit_verdict`, `names` being the
    code's, which state no verdict)."""
    asked = next((s.raw for s in sentences(question) if s.raw.rstrip().endswith("?")), "")
    if not _YES_NO_QUESTION.match(asked):
        return ""
    said = implicit_verdict(question, answer, names)
    given = {v for r in references if (v := verdict(r))}
    if not said or len(given) != 1 or said in given:
        return ""
    return f"The model answer's verdict is {next(iter(given))!r}, the answer's {said!r}"


_SUBJECT: Final = (r"(`[^`\n]{1,60}`|(?:[a-z_$][\w$.]*\s?(?:===?|!==?)\s?)?[a-z_$][\w$]*"
                   r"(?:\.[a-z_$][\w$]*|\[[^\]\n]{0,24}\]|\([^()\n]{0,30}\))*)")
"""A piece of code a value is stated of: in backticks, a name with its attributes, indexes and
calls, or a comparison of two names ("src == snapshot is True")."""
_STATED: Final = re.compile(
    _SUBJECT + r"\s+(?:is|are|was|were|equals|==|evaluates to|becomes|stays|remains|ends up(?: as)?)"
    r"\s+(?:still\s+|now\s+|just\s+|also\s+)?"
    r"(`[^`\n]{1,60}`|'[^'\n]{0,40}'|\"[^\"\n]{0,40}\"|-?\d+(?:\.\d+)?(?![\d.]?\d)|true|false|none|null|nil|"
    r"undefined|nan|\[[^\]\n]{0,60}\]|\([^()\n]{0,60}\)|\{[^{}\n]{0,60}\})"
    r"(?=\s*(?:$|[.,;:!?)]|(?:and|but|because|since|so|as|while|for|when|which|then|too|again|"
    r"here|there|each|both|afterwards|after|before|once|at|in|on|by|from|with|now)\b))",
    re.IGNORECASE)
"""A value stated of a piece of code: "`src == snapshot` is False", "count is 0",
"Number('') is NaN". The value ends its clause: "x is 0 + 1" states a sum, no value."""
_PRONOUNS: Final = frozenset({"it", "this", "that", "which", "what", "there", "here", "he", "she",
                              "they", "one", "each", "result", "answer", "output", "value"})


_ORDINALS: Final = frozenset({"first", "second", "third", "fourth", "fifth", "last", "next", "final",
                              "other", "previous", "each", "every"})


def _subject(raw: str) -> str:
    """A piece of code compared without its backticks, spacing or kind of quotes."""
    return squeezed(raw.strip("`"))


def _value(raw: str) -> str:
    """A value compared as `_subject` does, and numbers by what they say (`9` is `9.0`)."""
    return _token(_subject(raw))


def _stated_values(text: str, names: frozenset[str]) -> dict[str, set[str]]:
    """The values a text's statements of fact give pieces of code: code in backticks, a name
    with an attribute, index or call, or a name of the code."""
    out: dict[str, set[str]] = {}
    for sentence in sentences(text):
        if sentence.hypothetical:
            continue
        for found in _STATED.finditer(sentence.raw):
            raw = found.group(1)
            subject = _subject(raw)
            before = sentence.raw[:found.start()].split()
            if before and (before[-1].lower() in _ORDINALS or before[-1][-1] in "=<>!&|+-*/%"):
                # "the second line is ...": which line, not a piece of code; "m == nil is
                # true": the end of an expression, not all of it
                continue
            if subject in _PRONOUNS or not (raw.startswith("`") or re.search(r"[.(\[_]|[=!]=", raw)
                                            or subject in names):
                continue
            out.setdefault(subject, set()).add(_value(found.group(2)))
    return out


def other_value(answer: str, references: list[str], names: frozenset[str] = frozenset()) -> str:
    """The correction when the answer gives a piece of code a value that no model answer gives
    it, where one does give it a value ('' if not): "`src == snapshot` is True" where the
    model answer says it is False. `names`, the code's identifiers (lower case), make a bare
    name ("count is 3") a piece of code."""
    given: dict[str, set[str]] = {}
    for reference in references:
        for subject, values in _stated_values(reference, names).items():
            given.setdefault(subject, set()).update(values)
    for subject, values in _stated_values(answer, names).items():
        # a call the model answer gives with no receiver ("total_items() is 3 for each") has
        # that value on every receiver ("alice.total_items() is 2" contradicts it)
        known = given.get(subject) or (given.get(subject.split(".", 1)[1])
                                       if "." in subject and subject.endswith(")") else None)
        if known and not values & known:
            given_as, said = min(known).removesuffix(".0"), min(values).removesuffix(".0")
            return f"The model answer gives {subject} as {given_as}, not {said}"
    return ""


_HAZARDS: Final = ("leak", "panic", "crash", "fail", "block", "hang", "deadlock", "race",
                   "overflow", "throw", "raise", "lose", "lost")
"""What a question about code asks may go wrong: the failures an answer can deny outright."""
_HAZARD: Final = r"(?:" + "|".join(_HAZARDS) + r")\w*"
_PLACE: Final = r"(?: (?:here|at all|in (?:it|this|that|the \w+)|possible|happens?|occurs?|either))*"
_DENIED_HAZARD: Final = re.compile(
    r"^\W*(?:nothing" + _PLACE + r"(?: (?:can|could|will|would|does|ever|possibly|actually|"
    r"really|gets?|is|be))* " + _HAZARD + r"|no (?:\w+ )?" + _HAZARD +
    r"(?: (?:is|are|can|could|will|ever|be))*|there(?: is|'s| are| can be) no (?:\w+ )?" + _HAZARD
    + r")" + _PLACE + r"\W*$", re.IGNORECASE)
"""An opening that denies a failure outright: "Nothing leaks.", "Nothing here can panic.", "No
leak is possible here.", "There is no race." (a clause of its own, nothing hedging it)."""


def denied_hazard(answer: str, references: list[str]) -> str:
    """The correction when the answer opens by denying a failure (`_DENIED_HAZARD`) that a model
    answer states, not negated ("... and panics with index out of range"), where no model
    answer opens with a denial of its own ('' if not)."""
    opening = next(iter(sentences(_CLAUSE_END.split(answer.strip(), maxsplit=1)[0] + ".")), None)
    if opening is None:
        return ""
    if _DENIED_HAZARD.match(opening.raw) is None:
        return ""
    denied = {stem(w): w.lower() for w in re.findall(_HAZARD, opening.raw, re.IGNORECASE)}
    if not denied or any(verdict(r) == "no" or _DENIED_HAZARD.match(
            next(iter(sentences(r)), opening).raw) for r in references):
        return ""
    for reference in references:
        for sentence in sentences(reference):
            stated = [s for i, s in enumerate(sentence.stems)
                      if s in denied and i not in sentence.negated]
            if stated:
                return (f"The answer denies a failure the model answer states "
                        f"({denied[stated[0]]}): \"{opening.raw.strip()}\"")
    return ""



_EXCEPTION_NAME: Final = r"`?([a-z_][\w.]*?(?:error|exception|panic|interrupt|exit))\b`?"
"""A named exception ("TypeError", "`IllegalStateException`", "asyncio.CancelledError"): a word
that ends so with something before it, not "error" or "exception" alone."""
_DENIED_EXCEPTION: Final = re.compile(
    r"\b(?:there(?: is|'s| are) no|never (?:raises?|throws?)|(?:does|do|will|would|can)(?: not|n't)"
    r" (?:raise|throw)|without(?: an?| any)?)\s+(?:\w+\s+){0,2}?" + _EXCEPTION_NAME +
    r"|\bno\s+" + _EXCEPTION_NAME + r"(?=\s*(?:[;:,.!]|$| (?:is|gets?|will be) (?:raised|thrown)|"
    r" (?:occurs|happens)))")
"""A named exception said not to exist: "there is no `TypeError`", "never throws
`ConcurrentModificationException`", "no CancelledError is raised" (not "the caller does not see
the ValueError" or "no ValueError reaches the caller", which say where it goes)."""
_CONDITION: Final = re.compile(r"\b(so that|so no|in order to|to avoid|avoid\w*|prevent\w*|instead|"
                               r"should|would|could|fix\w*|use|once|after|if|unless|when)\b")
"""What makes a denial a plan or a condition ("once both are aware there is no TypeError", "to
avoid a TypeError"): no claim about the code as it is."""


def denied_exception(answer: str, references: list[str]) -> str:
    """The correction when a sentence of the answer about the code as it is denies a named
    exception that a model answer states plainly (in a sentence that does not deny it): "There
    is no `TypeError`" against "... raises `TypeError: can't subtract ...`" ('' if none)."""
    stated = [r.raw for reference in references for r in sentences(reference)
              if not _DENIED_EXCEPTION.search(r.raw)]
    for sentence in sentences(answer):
        if sentence.hypothetical:
            continue
        for match in _DENIED_EXCEPTION.finditer(sentence.raw):
            name = match.group(1) or match.group(2)
            if _CONDITION.search(sentence.raw[max(0, match.start() - 40):match.start()]):
                continue
            if any(re.search(r"(?<![\w.])" + re.escape(name) + r"\b", r) for r in stated):
                return (f"The answer denies an exception the model answer states ({name}): "
                        f"\"{sentence.raw.strip()}\"")
    return ""

_NO_CHANGE: Final = re.compile(
    r"\b(?:no (?:code )?(?:fix|change)(?:es|s)? (?:is |are )?(?:needed|required|necessary|called for)"
    r"|nothing (?:here )?(?:needs|has) to (?:be )?(?:fixed|changed)|nothing (?:to|needs) (?:fix|chang)\w*"
    r"|(?:does not|doesn't|do not|don't|never) needs? (?:a |any )?(?:fix|fixing|chang\w*)"
    r"|(?:the code|the function|the program|the class|it|this|everything) (?:is|works) "
    r"(?:perfectly )?fine as (?:it is|is|written))\b", re.IGNORECASE)
"""A verdict that the code needs no change: "No fix is needed", "nothing to change", "the code is
fine as it is" (of the code as a whole; "build_report is fine" says it of one part)."""
_EXCEPT: Final = re.compile(r"\b(?:beyond|except|apart from|other than|besides|but|only|unless|if)\b",
                            re.IGNORECASE)
"""What keeps a change in view ("nothing to fix beyond buffering the channel")."""
_PURPOSE_FIRST: Final = re.compile(r"\W*to \w+[^,.;:]*,")
"""A sentence that opens with what a change is for: "To keep the query read-only, sort a copy"."""


def denied_fix(answer: str, references: list[str]) -> str:
    """The correction when the answer says the code needs no change (`_NO_CHANGE`, with no
    exception made in the rest of its clause) where a model answer says what to change and
    none says that nothing needs to ('' if not)."""
    if not any(PLAN.search(s.raw) or _PURPOSE_FIRST.match(s.raw)
               for r in references for s in sentences(r)) or \
            any(_NO_CHANGE.search(r) for r in references):
        return ""
    for sentence in sentences(answer):
        found = _NO_CHANGE.search(sentence.raw)
        if found is None:
            continue
        rest = re.split(r"[:;]|,\s*(?:and|so)\b", sentence.raw[found.end():], maxsplit=1)[0]
        if not _EXCEPT.search(rest):
            return ("The answer says nothing needs changing; the model answer says what to "
                    f"change: \"{sentence.raw.strip()}\"")
    return ""


_HOW_MUCH: Final = re.compile(r"^\W*(?:roughly |about |approximately )?how (?:long|many|much|often)\b",
                              re.IGNORECASE)
"""A question whose first ask is a quantity: "Roughly how long does `refresh()` take?"."""
_QUANTITY: Final = re.compile(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\w.]?\d)")


def other_quantity(question: str, answer: str, references: list[str]) -> str:
    """The correction when a question asks first for a quantity ("how long", "how many") and the
    answer opens with another number than every model answer that opens with one ('' if not):
    "About 0.4 s." where the model answer opens "About 1.2 seconds; ...". A number later in an
    answer (what a fix would give) is not its answer."""
    asked = next((x.raw for x in sentences(question) if x.raw.rstrip().endswith("?")), "")
    if not _HOW_MUCH.match(asked):
        return ""
    given = set()
    for reference in references:
        found = _QUANTITY.search(_CLAUSE_END.split(reference.strip(), maxsplit=1)[0])
        if found is not None:
            given.add(float(found.group(1)))
    said = _QUANTITY.search(_CLAUSE_END.split(answer.strip(), maxsplit=1)[0])
    if not given or said is None or float(said.group(1)) in given:
        return ""
    shown = min(given)
    return f"The model answer opens with {shown:g}, the answer with {said.group(1)}"
