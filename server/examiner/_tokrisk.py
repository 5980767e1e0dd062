"""Risky patterns in JavaScript, TypeScript, Go and Java, read from comment-free source lines."""

from __future__ import annotations

import re
from typing import Final

from ._risk import Risk
from ._units import Unit, owner

_C = re.compile  # short alias: the table below is long
_LINE_RULES: Final[tuple[tuple[str, frozenset[str], re.Pattern[str], str], ...]] = (
    ("sql_injection", frozenset({"javascript", "typescript", "go", "java"}),
     _C(r"""["'`]\s*(select\b.*\bfrom|insert\s+into|update\s+\w+\s+set|delete\s+from)"""
        r""".{0,200}?(\$\{|["'`]\s*\+\s*(?!strings\.Join|placeholders)[a-z]|%[sv])""",
        re.IGNORECASE),
     "builds SQL text from strings"),
    ("code_injection", frozenset({"javascript", "typescript"}),
     _C(r"\beval\s*\(|\bnew\s+Function\s*\(|\bset(Timeout|Interval)\s*\(\s*[\"'`]|\bvm\.run"),
     "runs text as code"),
    ("command_injection", frozenset({"javascript", "typescript"}),
     _C(r"\b(exec|execSync)\s*\(\s*(`[^`]*\$\{|[\"'][^\"']*[\"']\s*\+)|shell\s*:\s*true"),
     "runs a shell command built from strings"),
    ("command_injection", frozenset({"go"}),
     _C(r"exec\.Command(Context)?\([^)]*\"(sh|bash|cmd)\"\s*,\s*\"(-c|/c)\""),
     "runs a shell command built from strings"),
    ("command_injection", frozenset({"java"}),
     _C(r"\.exec\s*\(\s*(\"[^\"]*\"\s*\+|[a-z]\w*\s*\+)|\"(sh|bash)\"\s*,\s*\"-c\""),
     "runs a command line built from strings"),
    ("xss", frozenset({"javascript", "typescript"}),
     _C(r"\.(innerHTML|outerHTML)\s*\+?=(?!\s*(\"\"|''|``)\s*;?\s*$)|insertAdjacentHTML\s*\(|"
        r"dangerouslySetInnerHTML|document\.write\s*\("),
     "writes HTML built from data into the page"),
    ("unsafe_deserialization", frozenset({"java"}),
     _C(r"\.readObject\s*\(|new\s+ObjectInputStream\s*\("), "deserialises objects from a stream"),
    ("hardcoded_secret", frozenset({"javascript", "typescript", "go", "java"}),
     _C(r"(api_?key|secret|token|passw(or)?d|pwd|private_?key|access_?key)\w*\"?\s*(:=|=|:)\s*"
        r"[\"'`][^\"'`\s]{12,}[\"'`]", re.IGNORECASE),
     "holds a credential as a string literal"),
    ("equality_bug", frozenset({"java"}),
     _C(r"(\b[a-z]\w*|\))\s*[!=]=\s*\"[^\"]*\"|\"[^\"]*\"\s*[!=]=\s*[a-z]\w*"),
     "compares strings with == (reference identity, not content)"),
    ("equality_bug", frozenset({"javascript", "typescript"}),
     _C(r"[^=!<>]\s*(==|!=)\s*(?!=)(?!\s*(null|undefined)\b)[^=]"),
     "uses loose equality, which converts types before comparing"),
    ("swallowed_exception", frozenset({"go"}),
     _C(r"(^|\s)(_\s*=|\w+\s*,\s*_\s*:?=)\s*[\w.]+\.(\w+)\("),
     "discards the error a call returns"),
    ("swallowed_exception", frozenset({"go"}),
     _C(r"if\s+err\s*!=\s*nil\s*\{\s*\}"), "checks the error and then ignores it"),
)
_ERROR_CALLS: Final = re.compile(r"\b(strconv\.\w+|os\.\w+|json\.\w+|io\.\w+|ioutil\.\w+|"
                                 r"\w+\.(Write|Close|Read\w*|Exec|Scan|Decode|Encode|Unmarshal|"
                                 r"Marshal|Parse\w*|Atoi|Open|Create))\(")
_PARSE: Final = {
    "javascript": re.compile(r"\bJSON\.parse\s*\("),
    "typescript": re.compile(r"\bJSON\.parse\s*\("),
    "java": re.compile(r"\b(Integer\.parseInt|Long\.parseLong|Double\.parseDouble|"
                       r"Integer\.valueOf|UUID\.fromString|LocalDate\.parse)\s*\("),
}
_RANDOM: Final = re.compile(r"\bMath\.random\s*\(|\bnew\s+Random\s*\(|\brand\.(Intn|Int|Read)\b")
_TOKEN_WORD: Final = re.compile(r"token|secret|password|nonce|session|otp|reset|key|salt",
                                re.IGNORECASE)
_RESOURCE: Final = {
    "java": re.compile(r"new\s+(FileInputStream|FileOutputStream|FileReader|FileWriter|"
                       r"BufferedReader|BufferedWriter|PrintWriter|Scanner|Socket)\s*\(|"
                       r"\.getConnection\s*\("),
    "go": re.compile(r"\b(os\.Open|os\.Create|os\.OpenFile|sql\.Open|net\.Dial)\s*\("),
    "javascript": re.compile(r"\bfs\.openSync\s*\(|\bfs\.createWriteStream\s*\("),
    "typescript": re.compile(r"\bfs\.openSync\s*\(|\bfs\.createWriteStream\s*\("),
}
_PATH_JOIN: Final = re.compile(r"\b(path\.join|path\.resolve|filepath\.Join|Paths\.get|Path\.of|"
                               r"new\s+File)\s*\(")
_PATH_GUARD: Final = re.compile(r"startsWith|HasPrefix|getCanonicalPath|normalize\(\)\.startsWith"
                                r"|filepath\.Rel|path\.relative|basename|Base\(|isInside"
                                r"|toRealPath|\.\.\s*['\"]?\)?\s*\)?\s*(\)|\|\|)")
_REQUEST: Final = re.compile(r"req\.(params|query|body)|request\.|r\.URL|FormValue|"
                             r"@PathVariable|@RequestParam|getParameter|\bparams\.")


def strip_comments(source: str) -> list[str]:
    """The source's lines with // and /* */ comments blanked (line numbers kept)."""
    def blank(match: re.Match[str]) -> str:
        text = match.group(0)
        if text.startswith(("/", )):
            return re.sub(r"[^\n]", " ", text)
        return text
    pattern = r"/\*.*?\*/|//[^\n]*|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`"
    return re.sub(pattern, blank, source, flags=re.DOTALL).split("\n")


def token_risks(source: str, language: str, units: list[Unit]) -> list[Risk]:
    """Findings of the finding kinds in a brace language's source."""
    lines = strip_comments(source)
    joined = "\n".join(lines)
    out: list[Risk] = []

    def add(kind: str, line: int, detail: str, **facts: object) -> None:
        unit = owner(units, line)
        ident = unit.name if unit else ""
        out.append(Risk(kind, line, ident, detail, {"evidence_line": lines[line - 1].strip()[:120],
                                                    **facts}))

    for n, text in enumerate(lines, 1):
        for kind, langs, pattern, detail in _LINE_RULES:
            if language in langs and pattern.search(text):
                if kind == "swallowed_exception" and language == "go" and \
                        "_ =" not in text and "err" not in text and \
                        not _ERROR_CALLS.search(text):
                    continue
                add(kind, n, detail)
        parse = _PARSE.get(language)
        if parse and parse.search(text) and not _in_try(lines, n):
            add("unhandled_error", n, f"`{parse.search(text).group(0).rstrip('(')}` can throw "  # type: ignore[union-attr]
                "on bad input and nothing catches it")
        if _RANDOM.search(text) and _TOKEN_WORD.search(_context(lines, n)):
            add("insecure_random", n, "makes a secret-looking value with a non-cryptographic "
                "random generator")
        resource = _RESOURCE.get(language)
        if resource and resource.search(text) and not _released(lines, n, language, units):
            add("resource_leak", n, "opens a resource that is not closed on every path")
        if _PATH_JOIN.search(text) and _REQUEST.search(_unit_text(lines, units, n)) and \
                not _PATH_GUARD.search(_unit_text(lines, units, n)):
            add("path_traversal", n, "builds a file path from request data")
    out.extend(_concurrency(lines, language, units, joined))
    out.extend(_more(lines, language, units))
    if language in ("javascript", "typescript", "java"):
        # An empty catch block, on one line or over several.
        for match in re.finditer(r"\bcatch\s*(\([^)]*\))?\s*\{\s*\}", joined):
            add("swallowed_exception", joined.count("\n", 0, match.start()) + 1,
                "catches an error and does nothing with it")
    for unit in (u for u in units if u.kind == "function"):
        length = unit.end - unit.line + 1
        if len(unit.params) > 6 or length > 60:
            what = f"{len(unit.params)} parameters" if len(unit.params) > 6 else \
                f"{length} lines"
            out.append(Risk("design", unit.line, unit.name, f"`{unit.name}` takes {what}",
                            {"length": length}))
    return out


def _more(lines: list[str], language: str, units: list[Unit]) -> list[Risk]:
    out: list[Risk] = []
    module_vars = {m.group(2) for t in lines if (m := re.match(r"(export\s+)?(?:let|var|const)\s+"
                                                               r"(\w+)", t))}
    returns_shared = {u.name for u in units if u.kind == "function" and any(
        (m := re.search(r"\breturn\s+(\w+)\s*;?\s*$", t)) and m.group(1) in module_vars
        for t in lines[u.line - 1: u.end])}
    asyncs = {m.group(1) for t in lines for m in [re.search(
        r"\basync\s+function\s+(\w+)|\b(?:const|let)\s+(\w+)\s*=\s*async\b", t)] if m and m.group(1)}
    for unit in (u for u in units if u.kind == "function"):
        body = lines[unit.line - 1: unit.end]
        text = "\n".join(body)
        if language in ("javascript", "typescript"):
            for k, t in enumerate(body[1:], 1):
                bare = re.match(r"\s*(\w+)\s*\(", t)
                if bare and bare.group(1) in asyncs and bare.group(1) != unit.name:
                    out.append(Risk("blocking_in_async", unit.line + k, unit.name,
                                    f"the async function `{bare.group(1)}` is called without "
                                    "await", {"call": bare.group(1), "missing_await": True}))
                    break
        if language == "go":
            goroutine = re.search(r"go\s+func\b", text)
            declared = set(re.findall(r"\bvar\s+(\w+)|(\w+)\s*:=", text[: goroutine.start()])
                           ) if goroutine else set()
            names = {a or b for a, b in declared}
            if goroutine and not re.search(r"\.Lock\(\)|atomic\.|<-|chan\b", text):
                after = text[goroutine.start():].split("\n")
                offset = text[: goroutine.start()].count("\n")
                for k, t in enumerate(after):
                    hit = re.match(r"\s*(\w+)\s*(=|\+=|\+\+)", t)
                    if hit and hit.group(1) in names:
                        out.append(Risk("race_condition", unit.line + offset + k, unit.name,
                                        f"goroutines write `{hit.group(1)}`, declared outside "
                                        "them, with no lock", {"shared": hit.group(1)}))
                        break
            for k, t in enumerate(body):
                resp = re.search(r"(\w+)\s*,\s*\w+\s*:?=\s*[\w.]+\.(Do|Get|Post|Head|PostForm)\(",
                                 t)
                if resp and f"{resp.group(1)}.Body.Close()" not in text:
                    out.append(Risk("resource_leak", unit.line + k, unit.name,
                                    f"`{resp.group(1)}.Body` is never closed",
                                    {"shared": resp.group(1)}))
                    break
            if re.search(r"http\.ResponseWriter|go\s+func", text) and not re.search(
                    r"\.Lock\(\)|atomic\.", text):
                for k, t in enumerate(body):
                    write = re.search(r"^\s*(\w+\.\w+)(\[[^\]]+\])?\s*(\+\+|\+=|-=|=[^=])", t)
                    if write and not re.match(r"\s*(w|r|req|resp)\.", t):
                        out.append(Risk("race_condition", unit.line + k, unit.name,
                                        f"`{write.group(1)}` is written by concurrent requests "
                                        "with no lock", {"shared": write.group(1)}))
                        break
        if language in ("javascript", "typescript"):
            for k, t in enumerate(body):
                loop = re.search(r"for\s*\(\s*var\s+(\w+)", t)
                if loop:
                    var = loop.group(1)
                    for j in range(k + 1, min(len(body), k + 30)):
                        if re.search(r"=>|function\s*\(", body[j]) and re.search(
                                rf"\b{var}\b", "\n".join(body[j: j + 4])):
                            out.append(Risk("late_binding", unit.line + j, unit.name,
                                            f"callbacks created in the loop use `{var}`, "
                                            "declared with var", {"shared": var}))
                            break
                got = re.search(r"(?:const|let|var)\s+(\w+)\s*=\s*(?:await\s+)?(\w+)\(", t)
                if got and got.group(2) in returns_shared:
                    name = got.group(1)
                    for j in range(k + 1, len(body)):
                        if re.search(rf"\b{name}(\.\w+)+\s*=[^=]|\b{name}(\.\w+)+\."
                                     r"(push|splice|pop|shift|unshift|sort)\(", body[j]):
                            out.append(Risk("shared_mutable_state", unit.line + j, unit.name,
                                            f"`{name}` is the shared object `{got.group(2)}()` "
                                            "returns, and the code mutates it",
                                            {"shared": name, "call": got.group(2)}))
                            break
    return out


def _context(lines: list[str], n: int) -> str:
    return "\n".join(lines[max(0, n - 4): n + 1])


def _unit_text(lines: list[str], units: list[Unit], n: int) -> str:
    unit = owner(units, n)
    if unit is None:
        return lines[n - 1]
    return "\n".join(lines[unit.line - 1: unit.end])


def _in_try(lines: list[str], n: int) -> bool:
    depth = 0
    for back in range(n - 1, max(-1, n - 40), -1):
        text = lines[back]
        depth += text.count("}") - text.count("{") if back != n - 1 else 0
        if re.search(r"\btry\b\s*(\([^)]*\))?\s*\{", text) and depth <= 0:
            return True
        if re.search(r"\b(function|func)\b|=>\s*\{", text) and depth < 0:
            return False
    return False


def _released(lines: list[str], n: int, language: str, units: list[Unit]) -> bool:
    text = lines[n - 1]
    if language == "java" and re.search(r"\btry\s*\(", "\n".join(lines[max(0, n - 2): n])):
        return True
    body = _unit_text(lines, units, n)
    if language == "go":
        return bool(re.search(r"defer\s+\w+\.Close\(\)", body))
    if language == "java":
        return bool(re.search(r"finally\s*\{[^}]*close\(\)", body, re.DOTALL))
    return ("close" in body.lower() and "finally" in body) or "return" in text


def _concurrency(lines: list[str], language: str, units: list[Unit],
                 joined: str) -> list[Risk]:
    out: list[Risk] = []
    for unit in (u for u in units if u.kind == "function"):
        body = "\n".join(lines[unit.line - 1: unit.end])
        if language == "go" and re.search(r"\bgo\s+func\b", body):
            write = re.search(r"^\s*(\w+)\[[^\]]+\]\s*(=|\+=|\+\+)|^\s*(\w+)\s*(\+\+|\+=)",
                              body, re.MULTILINE)
            if write and not re.search(r"\.Lock\(\)|atomic\.", body):
                line = unit.line + body[: write.start()].count("\n") + \
                    (1 if body[write.start()] == "\n" else 0)
                name = write.group(1) or write.group(3)
                out.append(Risk("race_condition", line, unit.name,
                                f"goroutines write `{name}` with no lock",
                                {"shared": name}))
            loop_var = re.search(r"for\s+\w*,?\s*(\w+)\s*:=\s*range[^{]*\{[^}]*go\s+func\s*\(\)",
                                 body, re.DOTALL)
            if loop_var and not write:
                out.append(Risk("late_binding", unit.line, unit.name,
                                f"goroutines started in a loop capture `{loop_var.group(1)}`",
                                {"shared": loop_var.group(1)}))
        if language in ("javascript", "typescript") and re.search(r"\basync\b", lines[
                unit.line - 1]):
            check = re.search(r"if\s*\(\s*!?\s*(\w+)(\[|\.has\(|\.get\()", body)
            if check and re.search(r"\bawait\b", body) and re.search(
                    rf"\b{check.group(1)}(\[[^\]]+\]\s*=[^=]|\.set\()", body):
                line = unit.line + body[: check.start()].count("\n")
                out.append(Risk("race_condition", line, unit.name,
                                f"checks `{check.group(1)}`, awaits, then writes it",
                                {"shared": check.group(1)}))
            sync = re.search(r"\b(readFileSync|writeFileSync|execSync|existsSync)\s*\(", body)
            if sync:
                line = unit.line + body[: sync.start()].count("\n")
                out.append(Risk("blocking_in_async", line, unit.name,
                                f"`{sync.group(1)}` blocks the event loop inside an async "
                                "function", {"call": sync.group(1)}))
        if language == "java" and re.search(r"Thread|Executor|Runnable|parallelStream|"
                                            r"CompletableFuture", joined):
            bump = re.search(r"^\s*(this\.)?(\w+)\s*(\+\+|\+=|--)", body, re.MULTILINE)
            if bump and "synchronized" not in lines[unit.line - 1] and not re.search(
                    r"synchronized\s*\(|\.lock\(\)|Atomic", body):
                line = unit.line + body[: bump.start()].count("\n") + \
                    (1 if body[bump.start()] == "\n" else 0)
                out.append(Risk("race_condition", line, unit.name,
                                f"`{bump.group(2)}{bump.group(3)}` is a read-modify-write "
                                "shared between threads", {"shared": bump.group(2)}))
    return out
