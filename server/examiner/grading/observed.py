"""A result stated against what the code printed when it ran: "prints ['apple']" where the run
printed `['apple', 'pear', 'plum']`.

When the question's code was run (in the sandbox, by the layer that may run things), its output
is the fact a "what does this print" answer is checked against, better than any reference: a
reference states the result in words, the run shows it. What an answer says the code prints,
outputs, logs, returns or shows is read from the words right after the verb, up to the clause's
end ("because ...", "since ...", a colon): a literal (`[1 20 99 40]`, `(('cy', 9), 0, 0)`,
`{a: 1}`), a code span, a quoted string, or after a verb of showing a number, there must occur
in the output (a function's returned number need not be printed). One that does not is a
wrong claim about the code. Counts in passing ("prints 3 lines"), what a fix would print, and
statements with nothing literal in them claim nothing here.
"""

from __future__ import annotations

import math
import re
from typing import Final

from .._match import negated_before, sentences

__all__ = ["asks_output", "gives_lines", "gives_output", "groups", "misordered", "misplaced_line",
           "misstated_output", "printed", "quoted_output", "squeezed", "stated_output"]

_VERB: Final = re.compile(
    r"\b(?:prints?|printed|outputs?|logs?|logged|returns?|returned|shows?|displays?|displayed|"
    r"evaluates? to|gives?|yields?|produces?|resolves? (?:with|to)|writes? out|ends (?:up )?at|"
    r"(?:gets?|got|becomes?|ends up (?:with|as)|comes? out as)"
    r"(?=\s+(?:[^\s.:;]+\s+){0,3}?(?:[^\s.:;]+:)?\s*[\[({`'\"])|"
    r"(?:output|line|result)s? (?:is|are|reads?)|"
    r"(?:first|second|third|fourth|last|next|final|other) (?:line |one |call |print |log )?"
    r"(?:is|are|reads?|shows?))\b(?![()])\s*:?\s*")
"""A verb of a result; one right before "(" is a call the answer quotes (`print(results)`), one
right before ")" a noun in an aside ("a short row (early return)"). A verb of becoming ("gets",
"ends up with") states a result only with a literal right after it, or after a few words and a
colon ("gets all five items: [...]"): "the caller gets a normal value and "raised" never
appears" quotes what is not there."""
_END: Final = re.compile(r"(?:^|\s)(?:because|since|as|so|while|which|when|whereas|after|before|"
                         r"due|once|if|until|but|for|from|to|instead_of|rather_than)\b|"
                         r"[:;]\s|\s[-\u2013\u2014]+\s|\.\s|\.$|,\s(?:and\s)?(?:the|it|so|but|"
                         r"because|since|which|as|while|then)\b|\s(?:and|then)\s(?:the|it|its|this|that|"
                         r"each)\b")
"""Where the result a verb introduces ends: an explanation, a condition, another clause. A
colon ends it only after something literal ("prints db calls: 1" is one result)."""
_LITERAL: Final = re.compile(r"`([^`\n]{1,120})`|'([^'\n]{1,60})'|\"([^\"\n]{1,60})\"")
_NUMBER: Final = re.compile(r"(?<![\w.$#])(-?\d+(?:\.\d+)?)(?![\w.]\w?)")
_CODELIKE: Final = re.compile(r"(?<![\w/.:=])[A-Za-z0-9]+(?:[/_.:=][A-Za-z0-9]+){2,}(?![\w/:=]|\.\w)")
"""An unquoted word that is a value, not prose: parts joined by two or more of `/ _ . : =`
(`api/v1/users`, `user_id=3`, `1.2.0`); "and/or" or "e.g." is not one."""
_LINE_SPAN: Final = re.compile(r"`((?:\[[^\[\]`\n]*\]|\{[^{}`\n]*\}|\([^()`\n]*\))"
                               r"(?:\s+[^\s`]+){1,12})`")
"""A code span holding a printed line that opens with a bracketed value and goes on:
"`[7 0 9] [7 0 9]`", "`[99 8 5] true`"."""
_ANGLED: Final = re.compile(r"(?<![\w<])<[a-z]{2,12}>(?![\w>])")
"""A value printed in angle brackets, unquoted: Go's `<nil>` for a nil error or interface."""
_ARITHMETIC: Final = re.compile(r"-?\d+(?:\.\d+)?(?:\s*[-+*/\u00d7]\s*-?\d+(?:\.\d+)?)+")
_COUNTED: Final = re.compile(r"\s*(?:[a-z_][a-z_-]+)")
"""A number followed by a word counts something ("3 lines", "2 times"), unless the word is one
that joins values."""
_JOINS: Final = frozenset({"and", "then", "or", "followed", "true", "false", "none", "null",
                           "nan", "undefined", "nil"})
_OPEN: Final = {"[": "]", "(": ")", "{": "}"}
_LONGEST: Final = 160


_FIX: Final = re.compile(r"^\W*(?:swap|change|use|replace|make|add|remove|move|wrap|switch|pass|"
                         r"call|set|put|copy|declare|initiali[sz]e|try)\b")
"""A sentence that opens with what to do tells of a fix: what it prints is the fix's."""
_PLACEHOLDER: Final = re.compile(r"\.\.\.|\u2026|<(?!nil>)[^<>]*>|\b[xn]\b|\?{2,}|\s{3,}")
"""Where a stated line leaves a part out ("'import: x ms'", "took ... ms"; in a code span the
sentence splitter has already made an ellipsis a run of spaces). `<nil>` is no placeholder:
it is what Go's fmt prints for a nil error, pointer or interface."""


def _occurs(literal: str, printed: str) -> bool:
    """Whether a stated literal occurs in the squeezed output, a placeholder standing for any
    part of it."""
    parts = [squeezed(p) for p in _PLACEHOLDER.split(literal)]
    # each part in order, each found from where the last one ended: the leftmost find of each
    # leaves the most room for the rest, and takes time linear in the output (no backtracking
    # over an answer's many placeholders)
    at = 0
    for part in parts:
        found = printed.find(part, at)
        if found < 0:
            return False
        at = found + len(part)
    return True


def squeezed(text: str) -> str:
    """Text compared without its spacing or its kind of quotes: `[1, 2]` is `[1,2]`."""
    return re.sub(r"\s+", "", text.lower()).replace('"', "'")


_PROSE: Final = re.compile(r"\(.*\b[a-z]{2,} [a-z]{2,}\b")
"""Words in a row inside parentheses: an aside ("a TypeError (can't read 'calls' of
undefined)"), not a printed tuple, which quotes its strings."""


def groups(span: str) -> list[tuple[int, str]]:
    """The bracketed literals in `span` at its outer level (`[1 20 99]`, `(('cy', 9), 0, 0)`),
    each with where it starts."""
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(span):
        if span[i] not in _OPEN:
            i += 1
            continue
        stack = [_OPEN[span[i]]]
        j = i + 1
        while j < len(span) and stack and j - i <= _LONGEST:
            if span[j] in _OPEN:
                stack.append(_OPEN[span[j]])
            elif span[j] == stack[-1]:
                stack.pop()
            j += 1
        # an empty pair is a call's or a type's (`f.Close()`), not a printed value
        if not stack and j - i > 2 and not _PROSE.match(span[i:j]):
            out.append((i, span[i:j]))
        i = j
    return out


_SPANS: Final = re.compile(r"`[^`]*`|'[^'\n]*'|\"[^\"\n]*\"")
"""Code spans and quoted strings."""
_QUOTED: Final = re.compile(r"`[^`]*`|(?<!\w)'[^'\n]*'(?!\w)|\"[^\"\n]*\"")
"""Code spans and quoted strings, an apostrophe (doesn't, it's) quoting nothing."""


def _shielded(text: str) -> str:
    """`text` with its literals (code spans, quotes, bracketed groups) blanked out, so that no
    clause ends inside one."""
    return _SPANS.sub(lambda m: " " * len(m.group(0)), _blank(text, groups(text)))


_RETURNED: Final = re.compile(r"^(?:returns?|returned|evaluates?|gives?|yields?|produces?|"
                              r"resolves?|ends|result|gets?|got|becomes?|comes?)\b")
"""Verbs of a value handed back rather than shown: a snippet need not print it, so a bare
number there ("it just returns 0", "count gets 1 added") is not held against the output; a
literal still is ("the second list gets all five: [...]")."""


_NOT_A_VERB: Final = re.compile(r"\b(two|three|four|both|all|the|these|those|its|their|early|other|"
                                r"\d+)\s+$", re.IGNORECASE)
"""Before "returns", "logs" or "shows", a word that makes it a noun: "two returns skip
`f.Close()`", "the logs show"."""
_NOUNS: Final = re.compile(r"(returns|logs|outputs|prints|shows|yields|gives)\b", re.IGNORECASE)
"""The verbs of a result that are also plural nouns."""
_PHRASAL: Final = re.compile(r"up\b", re.IGNORECASE)
"""After the verb, "up": "shows up during the sleep", "gives up" state no result."""


def _result_spans(text: str) -> list[tuple[str, bool]]:
    """The words after each verb of a result, up to the end of its clause, in statements of
    fact (not what one would do), each with whether the verb says it was shown (printed,
    logged) rather than returned."""
    spans: list[tuple[str, bool]] = []
    for sentence in sentences(text):
        if sentence.hypothetical or _FIX.match(sentence.raw):
            continue
        raw = sentence.raw
        # a verb inside a code span or a quote is the code's (`return "", err`), not the answer's
        masked = _QUOTED.sub(lambda m: "\x01" * len(m.group(0)), raw)
        # "you don't get [40, 7, 12]" says what the code does not produce
        verbs = [v for v in _VERB.finditer(masked) if not _PHRASAL.match(masked, v.end()) and not (
                 _NOUNS.match(v.group(0)) and _NOT_A_VERB.search(masked[:v.start()]))
                 and not negated_before(masked, v.start())]
        for verb, following in zip(verbs, [*verbs[1:], None], strict=False):
            # up to the next verb at most: "x prints [] and the `is` check prints False"
            rest = raw[verb.end():following.start() if following else len(raw)]
            shielded = _shielded(rest)  # a literal is read whole, whatever sits inside it
            start = 0
            while (end := _END.search(shielded, start)) is not None:
                if (end.group(0).startswith(":") and not _claims(rest[:end.start()])[0] and
                        not _NUMBER.search(rest[:end.start()])) or _listed(rest, end):
                    start = end.end()
                    continue
                break
            shown = not _RETURNED.match(verb.group(0))
            spans.append((rest[:end.start() if end else len(rest)].strip(), shown))
    return spans


_NEXT_LITERAL: Final = re.compile(r"\s*(?:[\[({`'\"]|-?\d|(?:true|false|none|null|nil|undefined)\b)",
                                  re.IGNORECASE)


def _listed(rest: str, end: re.Match[str]) -> bool:
    """Whether the clause's end is only ", then" between results stated in a row: "prints
    True, then [58.5], then 0" (a literal follows; "prints 3, then the loop ends" ends there)."""
    return end.group(0).rstrip().endswith("then") and \
        _NEXT_LITERAL.match(rest, end.end()) is not None


def _numbers(text: str) -> set[float]:
    return {float(n) for n in _NUMBER.findall(text)}


def _claims(span: str) -> tuple[list[str], list[float]]:
    """What a result statement says was produced: literals, in the order stated, and numbers
    that are values."""
    # a code span that is a printed line of several values ("`[7 0 9] [7 0 9]`") is one
    # literal: each of its parts may be printed somewhere, the line as a whole may not be
    lines = [(m.start(), m.group(1)) for m in _LINE_SPAN.finditer(span)]
    span = _blank(span, [(m.start(), m.group(0)) for m in _LINE_SPAN.finditer(span)])
    found = groups(span)
    rest = _blank(span, found)
    quoted = lines + [(m.start(), next(g for g in m.groups() if g is not None))
                      for m in _LITERAL.finditer(rest)]
    rest = _blank(rest, [(m.start(), m.group(0)) for m in _LITERAL.finditer(rest)])
    quoted += [(m.start(), m.group(0)) for m in _CODELIKE.finditer(rest)]
    rest = _blank(rest, [(m.start(), m.group(0)) for m in _CODELIKE.finditer(rest)])
    quoted += [(m.start(), m.group(0)) for m in _ANGLED.finditer(rest)]
    rest = _blank(rest, [(m.start(), m.group(0)) for m in _ANGLED.finditer(rest)])
    # a sum worked out ("20 + 60", "0*10 + 1*20") explains a result, it is none: what
    # follows its "=" is
    rest = _ARITHMETIC.sub(lambda m: " " * len(m.group(0)), rest)
    numbers: list[float] = []
    for number in _NUMBER.finditer(rest):
        after = _COUNTED.match(rest, number.end())
        if after is None or after.group(0).strip() in _JOINS:
            numbers.append(float(number.group(1)))
    return [item for _, item in sorted(found + quoted) if item.strip()], numbers


def _blank(text: str, parts: list[tuple[int, str]]) -> str:
    """`text` with each (start, part) replaced by spaces."""
    for start, part in parts:
        text = text[:start] + " " * len(part) + text[start + len(part):]
    return text


def printed(values: list[str], output: str) -> list[str]:
    """The values that occur in what the code printed: a number among its numbers (`95.0` is
    `95`), anything else as a stated literal is."""
    flat, numbers = squeezed(output), _numbers(output.lower())
    out = []
    for value in values:
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if number in numbers if number == number else _occurs(value, flat):
            out.append(value)
    return out


_ASKS_OUTPUT: Final = re.compile(r"\b(?:print(?:s|ed)?|outputs?|logged|display(?:s|ed)?)\b",
                                 re.IGNORECASE)
"""A question about what the code prints: an answer may open with the lines, with no verb."""
_ASKS_LOG: Final = re.compile(r"(?<!\ba )(?<!\ban )\blogs?\b(?! of\b)", re.IGNORECASE)
""""log" asks what the code writes only in a question's own sentence, and not as a thing the
data is kept in ("a log of 200,000 scans", "the camera logs about 200,000 sightings a day")."""


def asks_output(question: str) -> bool:
    """Whether the question asks what the code prints (or logs, or displays)."""
    return bool(_ASKS_OUTPUT.search(question)) or any(
        _ASKS_LOG.search(part) for part in re.findall(r"[^.?!]*\?", question))


_FENCED: Final = re.compile(r"^\s*(`{3,}|~{3,})[^\n]*\n(.*?)^\s*\1\s*$", re.MULTILINE | re.DOTALL)
_INTRODUCED: Final = re.compile(r"\b(?:prints?|outputs?|logs?|displays?|shows?|output is)\s*:\s*$",
                                re.IGNORECASE)


def quoted_output(reference: str) -> str:
    """The output a model answer quotes as a block of its own ('' when it quotes none): a fenced
    block, or the lines after a line that ends "prints:" ("The output is:"), up to a blank line.
    Without a run it stands for one: the reference's author ran the code or knew its output."""
    fenced = _FENCED.search(reference)
    if fenced:
        return fenced.group(2)
    lines = reference.splitlines()
    for n, line in enumerate(lines):
        if not _INTRODUCED.search(line):
            continue
        block: list[str] = []
        for following in lines[n + 1:]:
            if following.strip():
                block.append(following)
            elif block:
                break
        return "\n".join(block)
    return ""


_NAME: Final = re.compile(r"[A-Za-z_$][\w$.]*(?:\(\))?")


def _opening(answer: str) -> str:
    """The first clause of the answer's first statement of fact ("saved a, then 'done 3'")."""
    said = next((s for s in sentences(answer) if not s.hypothetical and not _FIX.match(s.raw)), None)
    if said is None:
        return ""
    raw = said.raw
    shielded = _shielded(raw)
    end = _END.search(shielded)
    while end is not None and _listed(raw, end):
        end = _END.search(shielded, end.end())
    verb = _VERB.search(_QUOTED.sub(lambda m: "\x01" * len(m.group(0)), raw))
    stop = min(end.start() if end else len(raw), verb.start() if verb else len(raw))
    return raw[:stop].strip()


def _statements(text: str, question: str) -> list[tuple[list[str], list[float], bool, bool]]:
    """What a text says the code produced, statement by statement: (literals, numbers, whether
    the verb says it was shown, whether it is the opening clause). To a question about what the
    code prints, the opening clause states lines with no verb, literals only, and a lone name
    there (`this`, `head`) names code, not output."""
    out: list[tuple[list[str], list[float], bool, bool]] = []
    opening = _opening(text) if asks_output(question) else ""
    if opening:
        literals = [item for item in _claims(opening)[0] if not _NAME.fullmatch(item.strip())]
        out.append((literals, [], False, True))
    for span, displayed in _result_spans(text):
        literals, numbers = _claims(span)
        out.append((literals, numbers, displayed, False))
    return out


def _stated_lines(text: str, question: str) -> list[str]:
    """The literals a text gives as the code's output: in its opening clause and in what
    follows a verb of showing."""
    return [item for literals, _, shown, opening in _statements(text, question)
            if shown or opening for item in literals]


def stated_output(reference: str, question: str) -> str:
    """Without a run, what stands for the code's output ('' for nothing): a block the model
    answer quotes, else, to a question about what the code prints, the model answer itself
    when it states lines in its words ("`3 6 true` and `[1,2,3]`. fill() evaluates ...",
    "It prints ['apple', 'pear']."). A line an answer states that occurs nowhere in such a
    reference is not one it gives; one it gives only in passing still occurs."""
    quoted = quoted_output(reference)
    if quoted.strip() or not asks_output(question):
        return quoted
    return reference if _stated_lines(reference, question) else ""


def _printed_as(output: str, ran: bool) -> str:
    """What the code prints, for a correction: by the run, or as the model answer gives it."""
    shown = output.strip()
    shown = shown if len(shown) <= 120 else shown[:117] + "..."
    said = "Run, the code prints" if ran else "The model answer gives the output as"
    return f"{said} {shown!r}"


def misstated_output(answer: str, output: str, question: str = "", *, ran: bool = True,
                     prose: bool = False) -> str:
    """The correction when the answer says the code produces something its run did not print
    ('' when it does not, or says nothing literal about what it printed). To a question about
    what the code prints, the answer's opening clause states lines too, literals only. Not
    `ran`, the output is the one a model answer quotes, or with `prose` the model answer
    itself (`stated_output`), whose lines have no order to hold an answer to."""
    if not output.strip():
        return ""
    if not prose and asks_output(question) and (block := _FENCED.search(answer)):
        # the lines an answer writes out as a block of output are its claim of what is printed:
        # each must be a line the code prints
        lines = {squeezed(line) for line in output.splitlines() if line.strip()}
        stray = next((line.strip() for line in block.group(2).splitlines()
                      if line.strip() and squeezed(line) not in lines), "")
        if stray:
            return f"{_printed_as(output, ran)}; the answer gives the line {stray!r}"
    printed = squeezed(output)
    printed_numbers = _numbers(output.lower())
    words = _words(output) if prose else []
    for literals, numbers, displayed, _ in _statements(answer, question):
        wrong = [item for item in literals if not _occurs(item, printed)
                 and not (prose and _said_in_words(item, words))]
        if displayed:
            wrong += [str(n).removesuffix(".0") for n in numbers if n not in printed_numbers]
        if wrong:
            if prose:
                return f"The model answer gives no output {wrong[0]}; the answer states it"
            return f"{_printed_as(output, ran)}; the answer states {wrong[0]}"
    if asks_output(question) and not prose and (swapped := misordered(answer, output)):
        later, earlier = swapped
        said = "Run, the code prints" if ran else "The model answer gives the output with"
        return f"{said} {earlier!r} before {later!r}; the answer lists them the other way round"
    return ""


_WORD: Final = re.compile(r"\.\.\.|\u2026|[^\W_]+")
_ANY: Final = "\u2026"
_GAP: Final = 2
"""Words a prose model answer may put between the parts of a line it gives in its own words:
"pitch 3, then 2, then 1" gives `3/2/1`; "`2 true 3` ... index 2 ... -1" does not give `2 true -1`."""


def _words(text: str) -> list[str]:
    """The words and numbers of a text in order, lower case; an ellipsis is one word, `\u2026`."""
    return [_ANY if w in ("...", "\u2026") else w for w in _WORD.findall(text.lower())]


def _said_in_words(item: str, reference: list[str]) -> bool:
    """Whether a prose reference says a line an answer states in its own words: the line's words
    occur in it in order, at most `_GAP` words apart, or up to an ellipsis that stands for the
    rest ("checked ..." gives `checked 80cm`). A printed value (a list, a tuple, `<nil>`) is
    said only as it is printed; a one-word aside is said where the word occurs ("(SameValueZero)"
    is the algorithm the reference names)."""
    stated = _words(item)
    if item.strip()[:1] in ("[", "{", "<") or (item.strip()[:1] == "(" and len(stated) > 1):
        return False  # a printed value is said only as it is printed
    if not stated:
        return True
    for start, word in enumerate(reference):
        if word != stated[0]:
            continue
        at, matched = start, 1
        while matched < len(stated):
            window = reference[at + 1:at + 2 + _GAP]
            if window and window[0] == _ANY:
                return True
            step = next((n for n, w in enumerate(window) if w == stated[matched]), None)
            if step is None:
                break
            at, matched = at + 1 + step, matched + 1
        if matched == len(stated):
            return True
    return False


_WHOLE_OUTPUT: Final = 8
"""Characters of output (squeezed) that writing it out says something: "3" occurs anywhere."""


def gives_output(answer: str, output: str) -> bool:
    """Whether the answer writes out every line of the output, in the printed order (in a
    block, in a row, or in its sentences: "`[]`, then `[('Box', 1)]`")."""
    lines = [squeezed(line) for line in output.splitlines() if line.strip()]
    if not lines or sum(map(len, lines)) < _WHOLE_OUTPUT:
        return False
    if any(squeezed(block.group(2)) == "".join(lines) for block in _FENCED.finditer(answer)):
        return True  # a block of its own holding the output as printed, short lines and all
    # the answer squeezed, with where its spacing was: a line begins or ends there as a whole
    pieces = \
        re.sub(r"\s+", " ", answer.replace("`", " ").lower().replace('"', "'")).split(" ")
    flat = "".join(pieces)
    gaps = {0, len(flat)}
    at_gap = 0
    for piece in pieces:
        at_gap += len(piece)
        gaps.add(at_gap)
    # each line where the answer first gives it as a whole (a line printed twice, where it
    # gives it the second time): "timer" listed before "ready taco" is another order, whatever
    # "the printing timer" says later
    at: list[int] = []
    for n, line in enumerate(lines):
        spots = [m.start() for m in re.finditer(re.escape(line), flat)
                 if _whole(flat, m.start(), m.end(), gaps)]
        repeat = lines[:n].count(line)
        if len(spots) <= repeat:
            return False
        at.append(spots[repeat])
    return at == sorted(at) and len(set(at)) == len(at)


def _whole(flat: str, start: int, end: int, gaps: set[int]) -> bool:
    """Whether flat[start:end] is not part of a longer word or number (`gaps`: where the
    text had spacing)."""
    return (start in gaps or not flat[start - 1].isalnum() or not flat[start].isalnum()) and \
        (end in gaps or not flat[end].isalnum() or not flat[end - 1].isalnum())


def gives_lines(answer: str, output: str) -> bool:
    """Whether the answer writes out the output's lines: at least two lines of the answer (on
    lines of their own, or in a row between " / " or " | "), or items of a list it writes in a
    row in the printed order ("a 1, b 2, then c"), that are whole lines of the output, covering
    at least half of them. To a question about what the code prints, such an answer is the
    result itself, not a list of terms."""
    order = [squeezed(line) for line in output.splitlines() if line.strip()]
    printed_lines = set(order)
    if len(printed_lines) < 2:
        return False
    given = {squeezed(part.strip().strip("`")) for line in answer.splitlines()
             for part in _LINE_SEPARATOR.split(line)} & printed_lines
    if len(given) >= 2 and 2 * len(given) >= len(printed_lines):
        return True
    # a list in a row gives the lines only in the order they were printed: the same lines in
    # another order is a claim about the order, which the order check reads
    listed = [item for part in _ITEM_SEPARATOR.split(answer) if (item := _item(part)) in printed_lines]
    at = [order.index(item) for item in listed]
    return len(set(listed)) >= 2 and 2 * len(set(listed)) >= len(printed_lines) and at == sorted(at)


_LINE_SEPARATOR: Final = re.compile(r"\s+[/|]\s+")
"""Lines written in a row with a slash or a bar between them ("true / true false / 1"): a slash
with no space around it is a value's (`3/2/1`, `api/v1`)."""
_ITEM_SEPARATOR: Final = re.compile(r"\s*(?:,|;|\n|->|=>|\u2192|\u2014|\band then\b)\s*")
_RUN: Final = 3
"""Output lines listed in a row that make a stated order (two could be a comparison)."""


def _item(text: str) -> str:
    return squeezed(text.strip().strip("`'\".").removeprefix("and "))


def _against(run: list[str], lines: list[str]) -> tuple[str, str] | None:
    """The first listed line printed only before the one listed right ahead of it, with that
    one. A line listed more often than printed leaves no one order to compare."""
    if any(run.count(listed) > lines.count(listed) for listed in set(run)):
        return None
    at = -1
    for n, listed in enumerate(run):
        following = next((i for i in range(at + 1, len(lines)) if lines[i] == listed), -1)
        if following < 0:
            return run[n - 1], listed
        at = following
    return None


def misordered(answer: str, output: str) -> tuple[str, str] | None:
    """Two lines of the output that the answer lists, among at least three of its lines given in
    a row ("start, end, then 1, microtask, async body"), in the other order than the output
    prints them: (the one listed first, the one printed first). None when every such list keeps
    the output's order, or the answer lists none."""
    lines = [squeezed(line) for line in output.splitlines() if line.strip()]
    if len(lines) < _RUN:
        return None
    raw = {squeezed(line): line.strip() for line in output.splitlines() if line.strip()}
    # lists within a statement, and lines of the answer one under another
    lists = [_ITEM_SEPARATOR.split(s.raw) for s in sentences(answer)
             if not s.hypothetical and not _FIX.match(s.raw)] + [answer.splitlines()]
    for parts in lists:
        run: list[str] = []
        for part in [*parts, ""]:
            item = _item(part)
            if item in raw:
                run.append(item)
                continue
            if len(run) >= _RUN and (swapped := _against(run, lines)):
                return raw[swapped[0]], raw[swapped[1]]
            run = []
    return None


_PLACES: Final = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5,
                  "seventh": 6, "eighth": 7, "one": 0, "two": 1, "three": 2, "four": 3,
                  "five": 4, "six": 5, "seven": 6, "eight": 7}
_LINE_AT: Final = re.compile(
    r"\b(?:the )?(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|last|final) line|"
    r"line (one|two|three|four|five|six|seven|eight|[1-8]))(?: of (?:the )?output)? "
    r"(?:is|reads|shows|prints|will be|comes out as|gives)\s*:?\s*"
    r"(`[^`\n]+`|'[^'\n]+'|\"[^\"\n]+\")", re.IGNORECASE)
"""A line of the output named by its place and quoted: "the first line is `true true true`",
"line two is `[7 0 5] [7 0 5]`"."""


def misplaced_line(answer: str, output: str) -> str:
    """The correction when the answer quotes a line of the output by its place ("the first line
    is `...`") and the output's line there (blank lines not counted) is another ('' if not)."""
    lines = [line for line in output.splitlines() if line.strip()]
    for found in _LINE_AT.finditer(answer):
        place = (found.group(1) or found.group(2)).lower()
        at = len(lines) - 1 if place in ("last", "final") else \
            int(place) - 1 if place.isdigit() else _PLACES[place]
        said = found.group(3)[1:-1]
        if 0 <= at < len(lines) and squeezed(said) != squeezed(lines[at]):
            return f"The output's {place} line is {lines[at].strip()!r}, not {said!r}"
    return ""
