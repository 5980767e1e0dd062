"""Questions about the most important finding in the change, each with its rubric."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Final, TypedDict

from .._catalogue import DEGREE_WORDS, KEY_POINTS, MISCONCEPTIONS, QUESTIONS, SAFE
from ..analysis.finding_facts import Facts, RuleFacts
from ..analysis.kinds import Kind
from ..kinds import KINDS, SKILL_OF, rank
from ..rubric import About, KeyPoint, Misconception, Rubric
from ..types import Asked, CodeQuestion
from .templates import KEY_POINTS as RULE_KEY_POINTS
from .templates import QUESTIONS as RULE_QUESTIONS

if TYPE_CHECKING:
    from ..findings import Finding

__all__ = ["SKILLS", "build_question", "candidate_questions", "choose_question", "importance",
           "is_repeat", "priority", "reorders_argument", "tier"]

SKILLS: Final = (
    "complexity", "edge_cases", "error_handling", "recursion", "data_structures",
    "api_design", "mutation", "concurrency", "resources", "testing", "security", "performance",
)
"""Every skill a question is reported under."""

_SAFE_KINDS: Final = frozenset(k.code for k in Kind if k.claims_bug)
"""Kinds whose finding is a real risk, so 'this is safe' is a wrong claim."""
_KNOWN: Final = frozenset({"O(n^2)", "O(log n)", "O(n*m)", "O(total)", "O(1)"})
_WRONG_DEGREES: Final = {
    "O(n^2)": ("O(1)", "O(log n)", "O(n)", "O(n log n)", "O(n^3)"),
    "O(log n)": ("O(n)", "O(n log n)", "O(n^2)"),
    "O(n*m)": ("O(1)", "O(log n)", "O(n)"),
    "O(total)": ("O(n^2)", "O(n^3)"),
    "O(1)": ("O(n^2)", "O(n^3)"),  # not O(n): sending the data is linear in its size
}
_COST_ORDER: Final = {"O(n^2)": 0, "O(n*m)": 0, "O(log n)": 1, "O(total)": 2, "O(1)": 2,
                      None: 3}
"""Among cost findings, a derived superlinear cost is the better question."""

def _names(values: list[str]) -> str:
    if len(values) == 1 and values[0].endswith("'s data"):
        return "the request's data"
    shown = [f"`{v}`" for v in values[:3] if v]
    if not shown:
        return "its input"
    return shown[0] if len(shown) == 1 else ", ".join(shown[:-1]) + " or " + shown[-1]


def _snippet(text: str) -> str:
    text = " ".join(text.split()).replace("`", "'")
    return text if len(text) <= 90 else text[:87] + "..."


_PLUMBING: Final = frozenset({"ctx", "context", "res", "resp", "response", "w", "next", "self",
                              "cls", "this", "db", "conn", "tx", "session", "client", "log",
                              "logger"})
"""Parameters that carry no input of their own (contexts, responses, handles)."""
_REQUESTS: Final = frozenset({"req", "request", "r"})


def _inputs(facts: Facts) -> list[str]:
    given = list(facts.inputs)
    # of a function's parameters, those the finding's statement uses (the SQL's `table` and
    # `columns`, not the `uploader` passed beside them), where it uses any
    on_line = [i for i in given if re.search(rf"(?<![\w.]){re.escape(i)}\b", facts.line_text)]
    given = on_line or given
    kept = [i for i in given if i not in _PLUMBING]
    if kept and all(i in _REQUESTS for i in kept):
        return [f"{kept[0]}'s data"]
    return [i for i in kept if i not in _REQUESTS] or kept


class _Values(TypedDict):
    """What a question template and its key points may name (``{ident}``, ``{snippet}``, ...)."""

    ident: str
    path: str
    line: int
    snippet: str
    inputs: str
    via: str
    detail: str
    derivation: str
    outer: str
    iterates: str
    detail_design: str
    complexity: str
    call: str
    input_list: list[str]


def _values(finding: Finding) -> _Values:
    facts = finding.facts
    cost = facts.cost
    inputs = _inputs(facts)
    detail = finding.detail[:1].lower() + finding.detail[1:] if finding.detail else ""
    return {
        "ident": finding.identifier or facts.function or "this code",
        "path": finding.path, "line": finding.line,
        "snippet": _snippet(facts.line_text), "inputs": _names(inputs),
        "via": f" with {_names(inputs)}" if inputs else "", "detail": detail.rstrip("."),
        "derivation": (cost.derivation or "") if cost else "",
        "outer": cost.outer if cost and cost.outer is not None else "a loop",
        "iterates": cost.iterates if cost else "another loop",
        "detail_design": detail.replace(f"`{finding.identifier}` ", "", 1),
        "complexity": facts.complexity or "",
        "call": facts.called,
        "input_list": inputs,
    }


def _template_key(finding: Finding) -> str:
    rule = finding.facts.rule
    if isinstance(rule, RuleFacts) and rule.rule in RULE_KEY_POINTS:
        return rule.rule  # a rule with key points of its own (a `wrong_result` says which value)
    if finding.kind == "shared_mutable_state" and not (finding.facts.shared and finding.facts.shared.alias) and \
            finding.language == "python":
        return "shared_global"
    if finding.kind == "branching_recursion" or (finding.kind == "recursion" and
                                                 finding.facts.branches):
        return "recursion_branching"
    if finding.kind == "blocking_in_async" and finding.facts.missing_await:
        return "missing_await"
    if finding.kind == "complexity":
        return "complexity_known" if finding.facts.complexity in _KNOWN \
            else "complexity_open"
    return finding.kind


def _fill(text: str, values: Mapping[str, object]) -> str:
    try:
        return text.format(**values)
    except (KeyError, IndexError, ValueError):
        return text


def _rubric(finding: Finding, key: str, values: _Values) -> Rubric:
    truth = str(values["complexity"])
    sizes = re.findall(r"`([^`]+)`", f"{values['outer']} {values['iterates']}")
    points: list[KeyPoint] = []
    for pid, claim, evidence in KEY_POINTS.get(key) or RULE_KEY_POINTS.get(key) or \
            KEY_POINTS.get(finding.kind) or RULE_KEY_POINTS.get(finding.kind, ()):
        items: list[str] = []
        for item in evidence:
            if item == "{complexity_evidence}":
                items.extend(DEGREE_WORDS.get(truth, (truth,)))
                if truth == "O(1)":
                    items.append("re:(does not|doesn't|do not|don't|never) (depend|grow|scale)|"
                                 "no n\\b|fixed (number|count)|bounded by|at most \\d+|"
                                 "whatever the input|independent of")
                if truth == "O(n*m)":
                    items.append("re:\\b\\w+\\s+x\\s+\\w+\\b|\\w+\\s*[×*·]\\s*\\w+|product|"
                                 "times the (size|number|length)|for each .{0,40}(scan|search|"
                                 "check)")
            elif item == "{sizes_evidence}":
                items.extend(sizes)
            else:
                items.append(_fill(item, values) if "{" in item and not item.startswith("re:")
                             else item)
        points.append(KeyPoint(pid, _fill(claim, {**values, "sizes": ", ".join(sizes)}), items))
    shared = finding.facts.shared
    cost = finding.facts.cost
    walked = [c for c in (cost.sequence, cost.scanned) if c and re.fullmatch(r"[\w.$]+", c)] \
        if cost else []  # the collections a cost question names (`busy`, `self.products`)
    where = [values["ident"], *values["input_list"], shared.shared if shared else "",
             shared.alias or "" if shared else "", finding.facts.called, *walked]
    # names only: a rule's subject may be a pattern or an expression (`(/?[\w.-]+)+`)
    where = [w.rsplit(".", 1)[-1] for w in where
             if w and w != "this code" and re.fullmatch(r"[\w.$:]+", w)]
    if where:
        points.append(KeyPoint("this_code", "Ties the answer to this code: "
                               + ", ".join(dict.fromkeys(where)), list(dict.fromkeys(where)),
                               0.5))
    wrong = [Misconception(mid, claim, list(evidence))
             for mid, claim, evidence in MISCONCEPTIONS.get(key, MISCONCEPTIONS.get(
                 finding.kind, ()))]
    if finding.kind in _SAFE_KINDS:
        wrong.append(Misconception("no_risk", "There is no real risk here", list(SAFE)))
    for degree in _WRONG_DEGREES.get(truth, ()) if key == "complexity_known" else ():
        wrong.append(Misconception(f"cost_{degree}", f"The cost is {degree}",
                                   list(DEGREE_WORDS.get(degree, (degree,)))))
    return Rubric(points, wrong, About(finding.path, finding.line, str(values["ident"])))


def build_question(finding: Finding) -> CodeQuestion | None:
    """The question (with its rubric) about one finding of a ranked kind, or None."""
    if finding.kind not in KINDS:
        return None
    key = _template_key(finding)
    values = _values(finding)
    template = finding.facts.question or QUESTIONS.get(key) or RULE_QUESTIONS.get(key) or \
        RULE_QUESTIONS.get(finding.kind) or QUESTIONS["function"]
    text = _fill(template, values)
    rubric = _rubric(finding, key, values)
    facts = {**finding.facts.to_json(), "language": finding.language,
             "expected_kind": finding.kind, "rubric": rubric.to_json()}
    return CodeQuestion(finding.path, finding.line, str(values["ident"]),
                    SKILL_OF.get(finding.kind, "edge_cases"), finding.kind, text,
                    [k.claim for k in rubric.key_points], facts, rubric)


_OPEN_COST_RANK: Final = rank(Kind.UNHANDLED_ERROR.code)
"""Where a cost question that asserts no defect stands: among the questions about inputs,
after every question that says something is wrong."""


_REORDER_RANK: Final = rank(Kind.DESIGN.code)
"""Where a caller's sequence sorted in place stands: with the design questions."""


def reorders_argument(finding: Finding) -> bool:
    """A caller's list or slice sorted in place (the `*-sorts-its-argument-in-place` rules)
    where nothing shows the caller relies on the order it passed: the contents are the
    caller's still, only their order changed, and whether a function may do that is its
    contract's question (a design question). A rule that shows a caller reading the order
    afterwards says so with severity `error`; a lost resource, an unhandled failure or a cost
    that grows is asked first."""
    rule = finding.facts.rule
    if finding.kind != Kind.MUTATED_ARGUMENT.code or not isinstance(rule, RuleFacts) or \
            not rule.rule.endswith("-sorts-its-argument-in-place") or rule.severity == "error":
        return False
    # the same rules report a caller's array emptied or cut (`splice`, `fill`, `removeIf`):
    # its contents change, not only their order
    said = f"{finding.detail} {finding.facts.line_text}"
    return bool(_REORDERS.search(said)) and not _CUTS.search(said)


_REORDERS: Final = re.compile(r"(?i)sort|reverse|shuffle")
_CUTS: Final = re.compile(r"\b(splice|fill|copyWithin|removeIf|removeAll|retainAll|clear|pop|"
                          r"remove|append|insert|extend|push|shift|unshift|delete)\b")


def importance(finding: Finding) -> int:
    """Where a finding stands in the asking order: its kind's rank, except that a cost
    question asserting no defect waits behind every question that finds something, and a
    caller's sequence only reordered is ranked with the design questions."""
    kind = Kind.of(finding.kind)
    if kind is Kind.COMPLEXITY and not kind.asserts_defect(finding.facts.complexity):
        return _OPEN_COST_RANK
    if reorders_argument(finding):
        return _REORDER_RANK
    return rank(finding.kind)


def tier(finding: Finding) -> int:
    """Which comes first, before importance: a defect on a changed line (0), then a defect
    elsewhere in a function the change touched (1), then any other question about the change
    (2), then the rest (3). A function just edited that rebuilds a list per item is asked
    about that before "which inputs could break it"."""
    kind = Kind.of(finding.kind)
    defect = kind is not None and kind.asserts_defect(finding.facts.complexity)
    if finding.facts.in_change:
        return 0 if defect else 2
    return 1 if defect else 3


def _minor(finding: Finding) -> bool:
    """A rule's finding of severity `info`: a cost that matters only at scale (a string built
    by `+=`, a cache no one evicts). Every finding that says the code is wrong comes first;
    one of these still comes before any question about inputs."""
    rule = finding.facts.rule
    return isinstance(rule, RuleFacts) and rule.severity == "info" and \
        importance(finding) < _OPEN_COST_RANK


def _in_demo(finding: Finding) -> bool:
    """A defect in the program's entry point (`main`, `demo`, Python's `__main__` block),
    which wires up and demonstrates the program: its work is in the other functions, so a
    defect there is asked after theirs. Not a security finding an outsider reaches: a secret
    or an injection is one wherever it is written; a fixed temporary path or `random` in the
    demo is the demo's (`Kind.exposed_anywhere`), asked after a blocking call in the work."""
    place = finding.facts.place
    kind = Kind.of(finding.kind)
    return place is not None and place.entry and kind is not None and \
        kind.asserts_defect(finding.facts.complexity) and not kind.exposed_anywhere


def priority(finding: Finding) -> tuple[int, bool, bool, int]:
    """The asking order's first keys, shared by the offline examiner and the LLM's prompt:
    the tier, then a minor finding after the others of its tier, then one in the program's
    entry point after the rest, then importance."""
    return tier(finding), _minor(finding), _in_demo(finding), importance(finding)


def candidate_questions(findings: list[Finding]) -> list[CodeQuestion]:
    """Every question about these findings, most important first (in the change, then rank)."""
    ordered = sorted((f for f in findings if f.kind in KINDS),
                     key=lambda f: (*priority(f),
                                    _COST_ORDER.get(f.facts.complexity, 4),
                                    not f.facts.branches,
                                    # edge cases: a new function first, then the longest
                                    not f.facts.new, -f.facts.length,
                                    f.line))
    out: list[CodeQuestion] = []
    for finding in ordered:
        if (question := build_question(finding)) is not None:
            out.append(question)
    return out


def _words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9_]+", text.lower()))


def _jaccard(left: frozenset[str], right: frozenset[str]) -> float:
    return len(left & right) / len(left | right) if left and right else 0.0


def is_repeat(text: str, asked: list[str], threshold: float = 0.85) -> bool:
    """True when text is the same as, or nearly the same as, an earlier question."""
    words = _words(text)
    return any(text == old or _jaccard(words, _words(old)) >= threshold for old in asked)


def choose_question(findings: list[Finding], asked: list[str],
                    asked_about: list[Asked] | None = None) -> CodeQuestion | None:
    """The question about the most important finding in the change not asked before.

    Earlier questions are compared by what was stored about them (path, identifier, kind);
    ``asked`` texts only catch a question worded the same way.
    """
    about = asked_about or []
    same_kind = {(a.path, a.identifier, a.kind) for a in about}
    same_place = {(a.path, a.identifier) for a in about} | {(a.path, a.line) for a in about}
    asked_words = [(_words(t), t) for t in asked]
    asked_text = "\n".join(asked)
    fallback: CodeQuestion | None = None
    for question in candidate_questions(findings):
        words = _words(question.text)
        # Nearly the same words about the same identifier is the same question again; the
        # same template about another function is not.
        if (question.path, question.identifier, question.kind) in same_kind:
            continue
        if question.text in asked or any(
                _jaccard(words, old) >= 0.85 and f"`{question.identifier}`" in text
                for old, text in asked_words):
            continue
        # The same place asked about already: prefer another finding, keep this as a fallback.
        if (question.path, question.identifier) in same_place or \
                (question.path, question.line) in same_place or \
                f"`{question.identifier}` (`{question.path}`, line {question.line})" in asked_text:
            fallback = fallback or question
            continue
        return question
    return fallback
