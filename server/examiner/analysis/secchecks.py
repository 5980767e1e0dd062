"""Checks a crafted value passes, in every language the rules cover: a redirect target
allowed because it starts with `/` (OWASP, Unvalidated Redirects and Forwards: `//evil.example`
and `/\\evil.example` are other hosts to a browser), and a MAC or signature compared with
ordinary equality in a file that computes one (CWE-208; Python's `hmac.compare_digest`, Go's
`hmac.Equal`, Node's `crypto.timingSafeEqual`, Java's `MessageDigest.isEqual`).

Each check takes (root, matched node, subject) like ``filters.FILTERS`` and returns the
verified subject, or None to drop the finding."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Final

from .trees import ancestor, field_text, function_name

if TYPE_CHECKING:
    from ast_grep_py import SgNode

__all__ = ["go_archive_join", "go_fetches_argument", "mac_compared_plainly", "redirect_slash_only"]

_FUNCTIONS: Final = frozenset({
    "function_declaration", "arrow_function", "method_definition", "function_expression",
    "generator_function_declaration",  # JavaScript, TypeScript
    "function_definition",  # Python
    "method_declaration", "func_literal",  # Go (and Java's methods)
    "constructor_declaration", "lambda_expression",  # Java
})


def _owner(node: SgNode) -> SgNode | None:
    return next((a for a in node.ancestors() if a.kind() in _FUNCTIONS), None)


# --- a redirect target checked only for a leading slash -----------------------------------

_SECOND_CHECK: Final = re.compile(
    r"""["'`](//|/\\\\|\\\\)["'`]"""  # '//', '/\\', '\\' tested anywhere in the function
    r"""|\\x5[cC]|%2[fF]%2[fF]|%5[cC]""")
"""A test for what makes a leading slash unsafe: `//` (protocol-relative) or a backslash."""
_PARSED: Final = re.compile(
    r"\bnew\s+URL\s*\(|\burl\.parse\s*\(|\burlparse\s*\(|\burlsplit\s*\(|\burl\.Parse\s*\(|"
    r"\bURI\.create\s*\(|\bnew\s+URI\s*\(|\burl_has_allowed_host_and_scheme\b|\bis_safe_url\b")
"""The target parsed (to compare its origin or host): a different check from a prefix."""
_REDIRECT_NAMES: Final = re.compile(
    r"(?i)redirect|return_?(to|url|path)|^(get_?)?next(_?(url|path|page))?$|safe_?(url|path|next)|"
    r"continue_?(url|to)|callback_?url|(target|dest(ination)?)_?(url|path)|after_?login|"
    r"post_?login")
"""Function names that say what they return is where the user is sent next."""


def _sinks(x: str) -> re.Pattern[str]:
    """Uses of `x` as where to send the browser: a redirect call (`res.redirect(x)`,
    `res.redirect(302, x)`, `http.Redirect(w, r, x, ...)`, `redirect(x)`,
    `RedirectResponse(url=x)`, `sendRedirect(x)`; not a server's internal redirect, which
    sends nobody anywhere), a `Location` header, `res.location(x)`,
    `location.href = x`, Spring's `"redirect:" + x`."""
    v = rf"{x}(?![\w$.(\[])"
    return re.compile(
        rf"(?<![\w$])(?i:(?:send|http_?response|http_?response_?permanent|permanent|temporary)?_?"
        rf"redirect(?:_?(?:to|response|view))?)\s*\(\s*(?:[^,()]+,\s*){{0,2}}(?:url\s*=\s*)?{v}\s*[,)]|"
        rf"(?P<q>['\"])[Ll]ocation(?P=q)\s*(?:,|\]\s*=)\s*{v}|\bLocation\s*:\s*{v}|"
        rf"\.location\s*\(\s*{v}\s*\)|\blocation(\.href)?\s*=\s*{v}|"
        rf"\blocation\.(assign|replace)\s*\(\s*{v}|[\"']redirect:[\"']\s*\+\s*{v}")


def redirect_slash_only(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The value checked for a leading `/` is where the function sends the browser (a
    redirect, a `Location` header), or what a function named for a redirect or a next URL
    returns (or its verdict), and nothing in the function also refuses `//` or a backslash,
    tests the second character, matches it against a pattern or parses it as a URL. An
    allow-list needs no prefix test, so it never comes here. A helper of any other name counts
    when the file sends the browser to what it returns."""
    owner = _owner(node)
    if owner is None or not subject:
        return None
    body = owner.field("body")
    text = (body or owner).text()
    x = re.escape(subject)
    if _SECOND_CHECK.search(text) or _PARSED.search(text):
        return None
    second = re.compile(
        rf"{x}\s*(\[\s*(1\s*\]|:?\s*2\s*\]|1\s*:)|\.\s*charAt\s*\(\s*1\s*\)|"
        rf"\.\s*(startsWith|startswith)\s*\([^()]*,\s*1\s*\)|\.\s*(match|search|matches)\s*\()|"
        rf"\.\s*(test|fullmatch|match|search|MatchString)\s*\([^()]*(?<![\w$.]){x}\s*[,)]|"
        rf"(?i:safe|valid|allow|local|relative|trusted)\w*\s*\(\s*{x}\s*[,)]")
    if second.search(text):
        return None
    if _sinks(x).search(text):
        return subject
    returned = re.search(rf"\breturn\b[^\n;]*(?<![\w$.]){x}(?![\w$(\[])", text)
    if returned and _REDIRECT_NAMES.search(function_name(owner)):
        return subject
    # one step on: a helper of any name whose result the file sends the browser to
    # (`res.redirect(cleanTarget(q))`, `const to = cleanTarget(q); res.redirect(to)`)
    name = function_name(owner)
    if returned and name and re.fullmatch(r"[\w$]+", name):
        whole = root.text() if root is not None else ""
        call = rf"(?<![\w$.]){re.escape(name)}\s*\([^()]*\)"
        if _sinks(call).search(whole):
            return subject
        for local in re.finditer(rf"\b(?:const|let|var)\s+([\w$]+)\s*=\s*{call}", whole):
            if _sinks(re.escape(local.group(1))).search(whole):
                return subject
    return None


# --- a MAC compared with ordinary equality --------------------------------------------------

_KEYED: Final = re.compile(
    r"(?i)hmac|(sha\d+|md5|blake2\w*|hash|digest|update)\s*\([^()]*\bsecret|"
    r"blake2\w*\s*\([^()]*\bkey\s*=")
"""A keyed construction in the file: an HMAC (`hmac.new`, `hmac.New`, `createHmac`,
`Mac.getInstance("HmacSHA256")`), a hash taken over a secret, a keyed BLAKE2."""
_SECRET_WORDS: Final = frozenset({"sig", "signature", "signatures", "mac", "hmac", "digest",
                                  "hexdigest", "token", "signed"})
_WRAPPERS: Final = re.compile(
    r"(?s)^(?:string|bytes|str|String|Buffer\.from|\[\]byte|hex\.EncodeToString|"
    r"base64\.\w+\.EncodeToString|bytearray|new\s+String)\s*\((.*)\)$")
_TRANSPARENT: Final = re.compile(
    r"(?s)^(.*)\.\s*(decode|encode|lower|upper|strip|trim|toString|toLowerCase|toUpperCase|"
    r"hex|getBytes|valueOf|to_ascii_lowercase|to_ascii_uppercase|to_lowercase|to_uppercase|"
    r"as_bytes|as_str|as_slice|as_ref|to_string|to_owned|to_vec|into_bytes|trim_end|trim_start)"
    r"\s*\([^()]*\)$")
_LITERAL: Final = re.compile(
    r"""(?s)^([rbuRBUf]*["'`].*["'`]|-?\d[\d.xXa-fA-F_]*|None|null|nil|undefined|true|false|"""
    r"""True|False|[\[{].*|)$""")
_SIZE: Final = re.compile(r"^len\s*\(|\.\s*(length|size|Len)\b|\bsize\s*\(|\bcount\s*\(")


def _outer(text: str) -> str:
    """(round post-pyjs) The text with the arguments of its calls emptied: a length that is an
    argument (`sig.slice("sha256=".length)`) does not make the value a length."""
    for _ in range(4):
        emptied = re.sub(r"\([^()]*\)", "()", text)
        if emptied == text:
            break
        text = emptied
    return text


def _words(name: str) -> list[str]:
    """A name cut into its words: `expectedSig`, `x-hub-signature-256`, `MESSAGE_MAC`."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def _unwrapped(text: str) -> str:
    """The value under conversions that keep it (`string(sig)`, `sig.as_bytes()`)."""
    text = text.strip()
    for _ in range(4):
        wrapped = _WRAPPERS.match(text)
        if wrapped is not None:
            text = wrapped.group(1).split(",", 1)[0].strip()
            continue
        transparent = _TRANSPARENT.match(text)
        if transparent is not None:
            text = transparent.group(1).strip()
            continue
        break
    return text


def _final_name(text: str) -> str:
    """The name of what an expression finally yields: `hexdigest` for
    `hmac.new(k, m, sha256).hexdigest()`, `x-signature` for `req.headers['x-signature']`,
    `sig` for `string(sig)` or `sig.toString('hex')`."""
    text = _unwrapped(text)
    if text.endswith(")"):
        depth = 0
        for i in range(len(text) - 1, -1, -1):
            depth += {")": 1, "(": -1}.get(text[i], 0)
            if depth == 0:
                head = re.search(r"([A-Za-z_$][\w$]*)\s*$", text[:i])
                return head.group(1) if head else ""
        return ""
    if text.endswith("]"):
        index = re.search(r"\[\s*([^\[\]]*)\s*\]$", text)
        key = index.group(1).strip() if index else ""
        if re.fullmatch(r"""[rbu]?["'`][^"'`]*["'`]""", key):
            return key.strip("rbu\"'`")
        head = re.search(r"([A-Za-z_$][\w$]*)\s*\[[^\[\]]*\]$", text)
        return head.group(1) if head else ""
    last = re.search(r"([A-Za-z_$][\w$]*)$", text)
    return last.group(1) if last else ""


_FORMS: Final = frozenset({"hex", "bytes", "b64", "base64", "str", "string", "value", "header",
                           "raw", "encoded", "decoded"})
"""Words after the noun that only say in what form it is held (`sig_hex`, `signatureBytes`)."""


def _secret_like(text: str) -> bool:
    """The value's name ends in a word for a signature, MAC, digest or token: `expected_sig`,
    `messageMAC`, `x-hub-signature-256`, `sig_hex`; not `token_mfa_config` or
    `signature_version`, which are settings about one."""
    words = _words(_final_name(text))
    while words and (words[-1].isdigit() or words[-1] in _FORMS):
        words.pop()
    return bool(words) and words[-1] in _SECRET_WORDS


_MAC_OUT: Final = re.compile(
    r"([A-Za-z_$][\w$]*)\s*\.\s*(Sum|digest|hexdigest|doFinal|finalize)\s*\(")
"""What a MAC object yields: Go's `mac.Sum(nil)`, Python's `h.hexdigest()`, Node's
`h.digest('hex')`, Java's `mac.doFinal(data)`, Rust's `mac.finalize()`."""
_MAC_MADE: Final = (r"\b{}\s*(?::=|=)\s*(?:hmac\.(?:new|New)|crypto\.createHmac|createHmac|"
                    r"Mac\.getInstance|\w*Hmac\w*(?:::<[^>]*>)?::new(?:_from_slice|_varkey)?)\b")


_HELPER_CALL: Final = re.compile(
    r"(?s)^(?:await\s+|try!?\s+)?(?:(?:this|self)\s*\.\s*)?([A-Za-z_$][\w$]*)\s*\((.*)\)[?;]?$")
"""A call of a function of the file, maybe awaited: `await macHex(key, body)`, `self.sign(b)`."""


def _helper_makes_mac(text: str, root: SgNode | None) -> bool:
    """(round post-pyjs) The value is what a function of the same file returns, and that
    function computes an HMAC (`crypto.subtle.sign("HMAC", ...)`, `createHmac(...)`,
    `hmac.new(...)`): one step through the program's own helper."""
    called = _HELPER_CALL.match(text.strip())
    if root is None or called is None or "(" in called.group(1):
        return False
    name = called.group(1)
    for kind in _FUNCTION_KINDS:
        for fn in root.find_all(kind=kind):
            if function_name(fn) == name:
                body = fn.text()
                return bool(_KEYED.search(body)) and bool(re.search(r"\breturn\b|=>", body))
    return False


def _mac_made(text: str, source: str, depth: int = 2, root: SgNode | None = None) -> bool:
    """The value is what a MAC object of the file yields, directly or through a name assigned
    from it once (`expected := hex.EncodeToString(mac.Sum(nil))`, then `got == expected`),
    or what a helper of the file that computes an HMAC returns."""
    out = _MAC_OUT.search(text)
    if out is not None and re.search(_MAC_MADE.format(re.escape(out.group(1))), source):
        return True
    if _helper_makes_mac(text, root):
        return True
    name = text.strip()
    if depth <= 0 or not re.fullmatch(r"[A-Za-z_$][\w$]*", name):
        return False
    given = [g.rstrip().rstrip(";").rstrip() for g in
             re.findall(rf"(?m)\b{re.escape(name)}\s*(?::=|=)(?!=)\s*(.+)$", source)]
    return len(given) == 1 and (_secret_like(given[0]) or
                                _mac_made(given[0], source, depth - 1, root))


def _sides(node: SgNode) -> tuple[str, str] | None:
    """The two values compared: `a == b` in any of the languages, `a.equals(b)`,
    `Arrays.equals(a, b)`, `bytes.Equal(a, b)`."""
    kind = node.kind()
    if kind in ("binary_expression", "comparison_operator"):
        named = [c for c in node.children() if c.is_named()]
        return (named[0].text(), named[-1].text()) if len(named) == 2 else None
    args = node.field("arguments")
    values = [c.text() for c in args.children() if c.is_named()] if args is not None else []
    if len(values) == 2:
        return values[0], values[1]
    if len(values) != 1:
        return None
    if kind == "method_invocation":
        obj = node.field("object")
    else:
        function = node.field("function")
        obj = function.field("object") if function is not None else None
    return (obj.text(), values[0]) if obj is not None else None


def mac_compared_plainly(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The file computes a MAC or a keyed hash, and this comparison tests a value named as a
    signature, MAC, digest or token for equality with another value: not a literal (a
    format's name, `None`), not a length. Ordinary equality stops at the first byte that
    differs, so its time tells how much of a guess is right (CWE-208)."""
    if not _KEYED.search(root.text()):
        return None
    sides = _sides(node)
    if sides is None:
        return None
    left, right = sides
    if any(_LITERAL.match(s.strip()) or _SIZE.search(_outer(s)) for s in sides):
        return None
    if re.fullmatch(r"[\w$.]*\.[A-Z][A-Z0-9_]+", left.strip()) or \
            re.fullmatch(r"[\w$.]*\.[A-Z][A-Z0-9_]+", right.strip()):
        return None  # a constant of a type (`tokenize.NAME`): a kind compared, not a secret
    source = root.text()
    if _secret_like(left) or _secret_like(right) or \
            _mac_made(_unwrapped(left), source, root=root) or \
            _mac_made(_unwrapped(right), source, root=root):
        return subject
    return subject if _compared_for_callers(root, node, left, right, source) else None


_FUNCTION_KINDS: Final = ("function_declaration", "method_definition", "function_definition",
                          "method_declaration", "arrow_function", "function_expression",
                          "function_item")


def _compared_for_callers(root: SgNode, node: SgNode, left: str, right: str, source: str) -> bool:
    """(round var-sec) A comparison helper of the file (`same(a, b)`, `matches(x, y)`) whose
    two sides are its own parameters: the file calls it with a MAC it made or a value named as
    a signature at one of those places (`this.same(expected, delivery.signatureHex)`)."""
    function = ancestor(node, *_FUNCTION_KINDS)
    if function is None:
        return False
    name = function_name(function)
    given = function.field("parameters")
    if not name or given is None:
        return False
    params = []
    for p in given.children():
        if p.is_named() and p.kind() != "comment":
            ident = p if p.kind() == "identifier" else p.find(kind="identifier")
            params.append(ident.text() if ident is not None else "")
    params = [p for p in params if p not in ("self", "this")]
    places = [params.index(_unwrapped(s)) for s in (left, right) if _unwrapped(s) in params]
    if len(places) != 2 or len(source) > 200_000:
        return False
    # Python's grammar calls a call `call`, the others `call_expression`
    kind = "call" if function.kind() == "function_definition" and \
        function.field("declarator") is None else "call_expression"
    for call in root.find_all(kind=kind):
        callee = field_text(call, "function")
        if re.split(r"\.|->|::", callee)[-1] != name:
            continue
        arguments = call.field("arguments")
        values = [c.text() for c in arguments.children() if c.is_named()
                  and c.kind() != "comment"] if arguments is not None else []
        if any(i < len(values) and (_secret_like(values[i]) or _mac_made(_unwrapped(values[i]), source))
               for i in places):
            return True
    return False


# --- an archive entry's name joined to a folder by a helper ---------------------------------

_GO_JOIN: Final = re.compile(r"^(filepath|path)\.Join$")
_GO_CONTAINED: Final = re.compile(r"HasPrefix\((?:[^,()]|\([^()]*\))+,\s*(?:[A-Za-z_(]|\"\.\.)|IsLocal|"
                                  r"filepath\.Rel\(|\"\.\.\"|securejoin|SecureJoin|"
                                  r"filepath\.Base\(|path\.Base\(|os\.OpenInRoot|\.OpenRoot\(")
"""What keeps a joined path inside its folder: a prefix or `Rel` test, `filepath.IsLocal`, a
`..` test, a secure-join library, only the base name, or Go 1.24's `os.Root`. A prefix test
counts when it compares with a folder (a name or expression: `HasPrefix(p, root+sep)`) or
`..`; a test of a literal first character (`HasPrefix(name, "/")`, `"\\"`) refuses absolute
names only and lets `a/../../etc` through (round r30-sec, as `go-path-from-request`)."""


def _go_helper_passes(root: SgNode, node: SgNode, subject: str, sink: re.Pattern[str],
                      checks: re.Pattern[str], outside: str = "") -> bool:
    """The call's callee is a function of this file that hands the parameter `subject` arrives
    in to a call whose callee `sink` matches, with none of `checks` in its body (nor in a way
    `outside`, a pattern of the call's arguments naming `{param}`, says does not count)."""
    name = field_text(node, "function").rpartition(".")[2]
    helpers = [d for d in root.find_all(any=[{"kind": "function_declaration"},
                                             {"kind": "method_declaration"}])
               if function_name(d) == name]
    if len(helpers) != 1:
        return False
    helper = helpers[0]
    arguments = [a for a in (node.field("arguments") or node).children() if a.is_named()]
    at = next((i for i, a in enumerate(arguments) if subject in a.text()), None)
    given = helper.field("parameters")
    params = [i.text() for p in (given.children() if given is not None else [])
              if p.kind() == "parameter_declaration"
              for i in p.children() if i.kind() == "identifier"]
    if at is None or at >= len(params) or checks.search(field_text(helper, "body")):
        return False
    param = params[at]
    harmless = re.compile(outside.replace("{param}", re.escape(param))) if outside else None
    return any(sink.match(field_text(call, "function")) and
               re.search(rf"(?<![\w.]){re.escape(param)}\b", field_text(call, "arguments")) and
               not (harmless is not None and harmless.search(field_text(call, "arguments")))
               for call in helper.find_all(kind="call_expression"))


_GO_FETCH: Final = re.compile(r"^(http|(\w+\.)*(?i:\w*client))\.(Get|Head|Post|PostForm)$|"
                              r"^http\.NewRequest(WithContext)?$")
_GO_HOST_CHECKED: Final = re.compile(r"(?i)url\.Parse|ParseRequestURI|\.Host\b|Hostname\(|"
                                     r"(allow|whitelist|safe|valid|trusted)\w*\s*(\(|\[|\.\w+\()|"
                                     r", ok :?= \w+\[")
"""What restricts where a fetched URL points (as go-ssrf-from-request's handler test): a parsed
host, or a call or lookup of an allow-list or validator (`isAllowed(u)`, `allowed[host]`), not
the words in `http.StatusMethodNotAllowed` or an "invalid request" message."""


def go_fetches_argument(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The call fetches the URL: an HTTP call itself, or a function of the file that passes
    the parameter the URL arrives in to one with no check of its host (CWE-918), not only in
    the query of a fixed base (`c.API + "?base=" + base`: the host and path are the program's)."""
    if _GO_FETCH.match(field_text(node, "function")):
        return subject
    return subject if _go_helper_passes(root, node, subject, _GO_FETCH, _GO_HOST_CHECKED,
                                        outside=_GO_QUERY_OF_FIXED_BASE) else None


_GO_QUERY_OF_FIXED_BASE: Final = r'^\(\s*[\w.]+\s*\+\s*"[^"]*\?[^"]*"\s*\+[^,]*(?<![\w.]){param}\b'
"""A fetch's URL argument that holds the parameter only after `base + "?...` (its query)."""


def go_archive_join(root: SgNode, node: SgNode, subject: str) -> str | None:
    """The call joins the entry's name to a folder: `filepath.Join` itself, or a function of
    this file (`r.pathFor(hdr.Name)`, `targetPath(dest, f.Name)`) that passes the parameter the
    name arrives in to `filepath.Join`/`path.Join` with none of the checks that keep a path
    inside its folder (CWE-22, gosec G305)."""
    if _GO_JOIN.match(field_text(node, "function")):
        return subject
    return subject if _go_helper_passes(root, node, subject, _GO_JOIN, _GO_CONTAINED) else None
