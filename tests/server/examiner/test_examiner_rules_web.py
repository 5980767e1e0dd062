"""Documented hazards of web services and workers, on take-home programs of one's own
(`takehome_rulesweb/`): a CORS helper that echoes the request's Origin with credentials allowed
(Fetch standard, OWASP, CWE-942), a gunzip in the middle of a `.pipe()` chain that no one listens
to for errors (Node.js stream docs), a link's href set from a fetched object's URL field with no
scheme check (OWASP XSS Prevention, URL contexts; CWE-79, CWE-83) and a logger named per payout
(Python Logging Cookbook, "Creating a lot of loggers"). The first question on each is the new
finding; the program fixed the way a reviewer would accept asks no question that claims a
defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.rule_tables import assert_asks_no_defect, assert_first_question, fires, fixed

PROGRAMS = Path(__file__).resolve().parent / "takehome_rulesweb"

CASES = [
    # (program, rule, kind, the fix: (text, replacement)[, a second (text, replacement)])
    # the origin compared with the partners' list, not only tested for being there
    ("session.ts", "js-cors-reflects-origin-with-credentials", "bypassable_check",
     ("  if (!origin) {\n", "  if (!origin || !PARTNER_ORIGINS.has(origin)) {\n"),
     ("const MAX_SEATS = 8;\n",
      ("const MAX_SEATS = 8;\n"
       "const PARTNER_ORIGINS = new Set([\"https://tickets.partner-a.example\", "
       "\"https://www.partner-b.example\"]);\n"))),
    # pipeline() forwards the gunzip's error to one callback and destroys every stream
    ("imports.js", "js-pipe-without-error-handling", "uncaught_in_callback",
     ("    req.pipe(zlib.createGunzip()).pipe(out);\n",
      ("    pipeline(req, zlib.createGunzip(), out, (err) => {\n"
       "      if (err && !res.headersSent) res.status(400).json({ error: \"not a valid gzip upload\" });\n"
       "    });\n")),
     ("const zlib = require(\"node:zlib\");\n",
      "const zlib = require(\"node:zlib\");\nconst { pipeline } = require(\"node:stream\");\n")),
    # only http(s) links keep their URL
    ("bookmarks.js", "js-url-attribute-from-data", "xss",
     ("  link.href = bookmark.url;\n",
      ("  const target = new URL(bookmark.url, location.origin);\n"
       "  link.href = target.protocol === \"https:\" || target.protocol === \"http:\" "
       "? target.href : \"#\";\n"))),
    # one module-level logger; the payout's ids go with each record as context
    ("payouts.py", "py-logger-named-per-call", "resource_leak",
     ("    log = logging.getLogger(f\"payouts.{payout.merchant_id}.{payout.payout_id}\")\n",
      ("    log = logging.LoggerAdapter(logger, {\"merchant\": payout.merchant_id, "
       "\"payout\": payout.payout_id})\n"))),
]


@pytest.mark.parametrize(("name", "rule_id", "kind"), [c[:3] for c in CASES],
                         ids=[str(c[0]) for c in CASES])
def test_first_question_is_the_new_finding(name: str, rule_id: str, kind: str) -> None:
    assert_first_question(name, (PROGRAMS / name).read_text(), kind, rule_id)


@pytest.mark.parametrize(("name", "rule_id", "fixes"), [(c[0], c[1], tuple(c[3:])) for c in CASES],
                         ids=[str(c[0]) for c in CASES])
def test_the_fixed_program_asks_no_defect(name: str, rule_id: str,
                                          fixes: tuple[tuple[str, str], ...]) -> None:
    assert_asks_no_defect(name, fixed((PROGRAMS / name).read_text(), fixes), rule_id)


# the forms the widened rules now find, beside the near misses they stay silent on
WIDENED = [
    ("src/cors.ts", "js-cors-reflects-origin-with-credentials", True,
     ("app.use((req, res, next) => { const o = req.get('origin'); if (o) { "
      "res.set('Access-Control-Allow-Origin', o); "
      "res.set('Access-Control-Allow-Credentials', 'true'); } next(); });")),
    ("src/cors.ts", "js-cors-reflects-origin-with-credentials", False,
     ("app.use((req, res, next) => { const o = req.get('origin'); if (o && ALLOWED.has(o)) { "
      "res.set('Access-Control-Allow-Origin', o); "
      "res.set('Access-Control-Allow-Credentials', 'true'); } next(); });")),
    ("src/cors.ts", "js-cors-reflects-origin-with-credentials", False,
     ("function headers(req) { return { 'Access-Control-Allow-Origin': req.headers.origin, "
      "'Access-Control-Allow-Credentials': 'false' }; }")),
    ("lib/backup.js", "js-pipe-without-error-handling", True,
     ("function backup(src, dest) { const gzip = zlib.createGzip(); "
      "const input = fs.createReadStream(src); input.on('error', fail); "
      "input.pipe(gzip).pipe(fs.createWriteStream(dest)); }")),
    ("lib/backup.js", "js-pipe-without-error-handling", False,
     ("function backup(src, dest) { const gzip = zlib.createGzip(); "
      "const input = fs.createReadStream(src); input.on('error', fail); gzip.on('error', fail); "
      "input.pipe(gzip).pipe(fs.createWriteStream(dest)); }")),
]


@pytest.mark.parametrize(("path", "rule_id", "expected", "code"), WIDENED,
                         ids=[f"{w[1]}-{i}" for i, w in enumerate(WIDENED)])
def test_widened_rules(path: str, rule_id: str, expected: bool, code: str) -> None:
    from server.examiner.findings import language_of

    assert fires(language_of(path), rule_id, code) is expected
