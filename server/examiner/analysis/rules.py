"""Rules kept as data: one per hazard per language, each with the examples it must and must not
match (``rules/<language>.yaml``), run over tree-sitter trees through ast-grep."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, cast

from .filters import FILTERS
from .kinds import Kind
from .trees import DIALECTS, end_of, grammar_of, line_of, parse

if TYPE_CHECKING:
    from ast_grep_py import Config, SgNode

__all__ = ["Hit", "Rule", "RuleError", "load_rules", "run_rules"]

_log = logging.getLogger(__name__)
_DIR: Final = Path(__file__).parent / "rules"
_SEVERITIES: Final = ("error", "warning", "info")
_MIN_EXAMPLES: Final = 2


class RuleError(ValueError):
    """A rule file that does not hold to the format."""


@dataclass(frozen=True)
class Rule:
    """One hazard in one language: how to find it, what it is, and how to ask about it."""

    id: str
    language: str
    kind: Kind
    severity: str
    message: str
    """What the code does, in the question's words; ``$NAME`` is a matched meta-variable."""
    config: dict[str, Any]
    """The ast-grep rule (``rule``, and optionally ``constraints`` and ``utils``)."""
    match: tuple[str, ...]
    """Code the rule must find (at least two examples)."""
    ignore: tuple[str, ...]
    """Code the rule must stay silent on (at least two): the escapes the premise excludes."""
    question: str = ""
    """The question's template (``{ident}``, ``{path}``, ``{line}``, ``{snippet}``, ``{detail}``);
    empty for the kind's usual question."""
    subject: str = ""
    """The meta-variable naming what the finding is about (a call, a variable)."""
    filter: str = ""
    """A check in code after the match (``FILTERS``), for what a pattern cannot see."""
    needs: tuple[tuple[str, ...], ...] = ()
    """Groups of words (lower case): the searched code must hold a word of every group for
    the rule to run, a cheap filter before the tree search (the examples, run on their
    region, keep it honest). In YAML a list of words is one group, a list of lists several."""
    general: bool = False
    """The general form of hazards that narrower rules of the same kind find: its hit gives way
    where one of them fires in the same function, so one hazard is asked about once."""

    @cached_property
    def top_kinds(self) -> frozenset[str] | None:
        """The node kinds the rule can match at its top (None: any)."""
        return _root_kinds(self.config["rule"])


@dataclass(frozen=True)
class Hit:
    """Where a rule matched."""

    rule: Rule
    line: int
    text: str
    subject: str
    detail: str
    question: str = ""
    """The rule's own question with the match's meta-variables filled ('' for the kind's)."""


def _needs(raw: object) -> tuple[tuple[str, ...], ...]:
    """The ``needs`` of a rule file as groups of lower-case words (a list of words is one
    group; in a list of lists, a word standing alone is a group of one)."""
    if not isinstance(raw, list) or not raw:
        return ()
    if all(isinstance(item, str) for item in raw):
        return (tuple(item.lower() for item in raw),)
    # beside lists, a word is a group of its own: `["fopen", ["fwrite", "fclose"]]`
    return tuple(tuple(str(w).lower() for w in group) if isinstance(group, list)
                 else (str(group).lower(),) for group in raw)


_ASCII_CLASSES: Final = {"w": "[0-9A-Za-z_]", "W": "[^0-9A-Za-z_]", "d": "[0-9]", "D": "[^0-9]",
                         "s": "[\\t\\n\\x0B\\f\\r ]", "S": "[^\\t\\n\\x0B\\f\\r ]",
                         "b": "(?-u:\\b)", "B": "(?-u:\\B)"}
"""Perl classes spelled as ASCII: ast-grep compiles a rule's regexes on every search, and the
Unicode tables of ``\\w``, ``\\d``, ``\\s`` and ``\\b`` cost about half a millisecond each
time; code's identifiers and keywords are ASCII."""
_IN_CLASS: Final = {"w": "0-9A-Za-z_", "d": "0-9", "s": "\\t\\n\\x0B\\f\\r "}


def ascii_regex(pattern: str) -> str:
    """The pattern with its Perl classes in ASCII (inside brackets too: ``[\\w$]``)."""
    out: list[str] = []
    depth = 0
    i = 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\" and i + 1 < len(pattern):
            name = pattern[i + 1]
            if depth and name in _IN_CLASS:
                out.append(_IN_CLASS[name])
            elif not depth and name in _ASCII_CLASSES:
                out.append(_ASCII_CLASSES[name])
            else:
                out.append(pattern[i:i + 2])
            i += 2
            continue
        if char == "[":
            depth += 1
        elif char == "]" and depth:
            depth -= 1
        out.append(char)
        i += 1
    return "".join(out)


def _ascii_config(value: object) -> object:
    """A rule's config with every ``regex`` made ASCII (``ascii_regex``)."""
    if isinstance(value, dict):
        return {k: ascii_regex(v) if k == "regex" and isinstance(v, str) else _ascii_config(v)
                for k, v in value.items()}
    if isinstance(value, list):
        return [_ascii_config(v) for v in value]
    return value


_MODIFIERS: Final = frozenset({"kind", "stopBy", "field", "nthChild", "range"})
"""Keys that bind no meta-variable: they stay where they are written."""


def _ordered(value: object) -> object:
    """A rule object whose matchers run in the order they are written.

    ast-grep gives the keys of one rule object no order, so in `{has: {pattern: $P}, inside:
    {... $P ...}}` the `inside` may run first and bind `$P` to the first candidate it meets,
    and the rule then finds only the cases where the two agree by chance (a sorted parameter
    that is the function's first). Its documentation's answer is `all`, which keeps its
    order: every object with more than one matcher becomes one, in the written order."""
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    if not isinstance(value, dict):
        return value
    kept = {k: v for k, v in value.items() if k in _MODIFIERS}
    steps: list[object] = []
    for key, inner in value.items():
        if key in _MODIFIERS:
            continue
        if key == "all" and isinstance(inner, list):
            steps.extend(_ordered(v) for v in inner)
        else:
            steps.append({key: _ordered(inner)})
    if len(steps) == 1 and "all" not in value:
        return {**kept, **cast("dict[str, Any]", steps[0])}
    return {**kept, "all": steps} if steps else kept


def _rule(raw: dict[str, Any], language: str, source: str) -> Rule:
    where = f"{source}: rule {raw.get('id', '?')}"
    kind = Kind.of(str(raw.get("kind", "")))
    if kind is None:
        raise RuleError(f"{where}: unknown kind {raw.get('kind')!r}")
    if raw.get("severity") not in _SEVERITIES:
        raise RuleError(f"{where}: severity must be one of {_SEVERITIES}")
    match, ignore = tuple(raw.get("match") or ()), tuple(raw.get("ignore") or ())
    if len(match) < _MIN_EXAMPLES or len(ignore) < _MIN_EXAMPLES:
        raise RuleError(f"{where}: needs {_MIN_EXAMPLES} examples to match and to ignore")
    if raw.get("filter") and raw["filter"] not in FILTERS:
        raise RuleError(f"{where}: unknown filter {raw['filter']!r}")
    config: dict[str, Any] = {k: _ascii_config(raw[k]) for k in ("rule", "constraints", "utils")
                              if k in raw}
    if "rule" in config:
        config["rule"] = _ordered(config["rule"])
    if isinstance(config.get("utils"), dict):
        config["utils"] = {name: _ordered(util) for name, util in config["utils"].items()}
    if "rule" not in config:
        raise RuleError(f"{where}: no ast-grep rule")
    return Rule(str(raw["id"]), language, kind, str(raw["severity"]), str(raw["message"]), config,
                match, ignore, str(raw.get("question", "")), str(raw.get("subject", "")),
                str(raw.get("filter", "")),
                _needs(raw.get("needs")), bool(raw.get("general", False)))


def _read(path: Path) -> dict[str, Any]:
    """A rule file; a key given twice in one mapping is an error (YAML would keep the last).
    Each language's rules read every file (for `also`), so a file is parsed once per version."""
    stat = path.stat()
    return _parsed(path, stat.st_mtime_ns, stat.st_size)


@lru_cache(maxsize=32)
def _parsed(path: Path, mtime_ns: int, size: int) -> dict[str, Any]:
    """The file as it is at this modification time and size (libyaml's parser when present:
    the pure-Python one took about 3 s for the eight files)."""
    del mtime_ns, size  # the cache key: a rewritten file is read again
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class Strict(base):  # type: ignore[misc, valid-type]
        """yaml's safe loader, refusing a key given twice."""

    def mapping(loader: Strict, node: yaml.MappingNode) -> dict[Any, Any]:
        keys = [k.value for k, _ in node.value if k.tag != "tag:yaml.org,2002:merge"]
        if len(keys) != len(set(keys)):
            raise RuleError(f"{path.name}: a key is given twice near line {node.start_mark.line}")
        return dict(loader.construct_mapping(node))

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=Strict)
    if not isinstance(data, dict):
        raise RuleError(f"{path.name}: not a mapping")
    return data


@lru_cache(maxsize=8)
def load_rules(language: str) -> tuple[Rule, ...]:
    """Every rule for a language: its own file, plus the files that say they also apply to it.
    A dialect's (`tsx`, `DIALECTS`): its language's rules, then those of the files that name
    the dialect in `also` (the JSX rules), which are the dialect's (their examples are read in
    its grammar)."""
    rules: list[Rule] = list(load_rules(DIALECTS[language])) if language in DIALECTS else []
    for path in sorted(_DIR.glob("*.yaml")):
        data = _read(path)
        if path.stem != language and language not in (data.get("also") or ()):
            continue
        rules.extend(_rule(raw, language, path.name) for raw in data.get("rules") or ())
    return tuple(rules)


def _detail(rule: Rule, node: SgNode) -> tuple[str, str, str]:
    """The rule's message and its own question with their meta-variables filled from the
    match, and the subject."""
    detail, question = rule.message, rule.question
    subject = ""
    names = set(re.findall(r"\$([A-Z_][A-Z0-9_]*)", rule.message + " " + rule.question)) | \
        ({rule.subject} if rule.subject else set())
    for name in sorted(names, key=len, reverse=True):
        got = node.get_match(name)
        text = " ".join(got.text().split())[:60] if got is not None else ""
        detail = detail.replace(f"${name}", text)
        # the question is a template still: braces of the code are kept as text
        question = question.replace(f"${name}", text.replace("{", "{{").replace("}", "}}"))
        if name == rule.subject:
            subject = text
    return detail, subject, question


def _root_kinds(rule: dict[str, Any]) -> frozenset[str] | None:
    """The node kinds a rule can match at its top (None when a pattern could match any)."""
    if "kind" in rule:
        return frozenset({str(rule["kind"])})
    if "all" in rule:  # the first step that names its kinds names the rule's
        return next((k for step in rule["all"] if (k := _root_kinds(step)) is not None), None)
    if "any" in rule:
        kinds: set[str] = set()
        for option in rule["any"]:
            found = _root_kinds(option)
            if found is None:
                return None
            kinds |= found
        return frozenset(kinds)
    return None


def _kinds_in(regions: list[SgNode]) -> set[str]:
    """Every node kind in the regions (named nodes), to skip rules that cannot match there."""
    kinds: set[str] = set()
    stack = list(regions)
    while stack:
        node = stack.pop()
        kinds.add(node.kind())
        stack.extend(c for c in node.children() if c.is_named())
    return kinds


_REGION_LINES: Final = 80
"""Nodes longer than this are split into their children when choosing where rules run."""


def _regions(node: SgNode, spans: list[tuple[int, int]]) -> list[SgNode]:
    """The smallest-enough nodes overlapping the spans: rules search only these subtrees."""
    out: list[SgNode] = []
    for child in node.children():
        first, last = line_of(child), end_of(child)
        if not any(a <= last and first <= b for a, b in spans):
            continue
        if last - first + 1 > _REGION_LINES and child.children():
            out.extend(_regions(child, spans))
        else:
            out.append(child)
    return out


def run_rules(source: str, language: str, within: list[tuple[int, int]] | None = None,
              rules: tuple[Rule, ...] | None = None) -> list[Hit]:
    """Every match of the language's rules, optionally only inside these (first, last) lines.
    Where a dialect of the language is being read (`read_as`), the dialect's rules run."""
    root = parse(source, language)
    regions = [root] if within is None else _regions(root, within)
    # each region's node kinds: a rule is searched for only in a region that has its top
    # kind, as ast-grep compiles a rule afresh on every search (a millisecond or more for
    # one with many regexes), whatever the region's size
    present = [_kinds_in([r]) for r in regions] if within is not None else None
    text = (source if within is None else "\n".join(r.text() for r in regions)).lower()
    hits: list[Hit] = []
    seen: set[tuple[str, int]] = set()
    for rule in rules if rules is not None else load_rules(grammar_of(language)):
        needed = rule.top_kinds
        searched = regions if present is None or needed is None else \
            [r for r, kinds in zip(regions, present, strict=True) if needed & kinds]
        if not searched:
            continue
        if not all(any(word in text for word in group) for group in rule.needs):
            continue
        check = FILTERS[rule.filter] if rule.filter else None
        try:
            nodes = [n for region in searched for n in region.find_all(cast("Config", rule.config))]
        except Exception:  # noqa: BLE001 - one unusable rule (a regex the grammar's engine
            # cannot compile, a YAML `true` where a kind's name belongs) must not cost the
            # file its other findings; the rule tests say which
            _log.warning("rule %s does not compile for %s", rule.id, language)
            continue
        for node in nodes:
            line = line_of(node)
            if (rule.id, line) in seen or (within is not None and not any(
                    a <= line <= b for a, b in within)):
                continue
            detail, subject, question = _detail(rule, node)
            if check is not None:
                verified = check(root, node, subject)
                if verified is None:
                    continue
                detail, subject = detail.replace(f"`{subject}`", f"`{verified}`"), verified
            seen.add((rule.id, line))
            first = node.text().split("\n", 1)[0]
            hits.append(Hit(rule, line, first[:160], subject, detail, question))
    return hits
