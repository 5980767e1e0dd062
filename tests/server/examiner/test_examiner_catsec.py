"""Round cat-sec: security hazards checked across the eight languages, asked about on
take-home programs of one's own (`takehome_catsec/`): a request value written into an HTML
response with `fmt.Fprintf` (CWE-79, the OWASP XSS Prevention Cheat Sheet, html/template's
docs) and returned by a Flask view in an f-string (Flask's docs on escaping); a script
engine's `eval` of text kept in data (CWE-94, find-sec-bugs SCRIPT_ENGINE_INJECTION); and a
tar bundle extracted with no filter (bandit B202 / ruff S202, the tarfile docs, PEP 706),
now asked about the archive's members rather than the folder. The first question on each is
the finding; the program fixed the way a reviewer would accept asks no question that claims a
defect."""

from __future__ import annotations

from pathlib import Path

import pytest

from server.examiner.analysis.kinds import Kind
from server.examiner.analysis.ruff import ruff_binary
from tests.support.rule_tables import fires, first_question, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_catsec"
needs_ruff = pytest.mark.skipif(ruff_binary() is None, reason="ruff is not installed")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the search term escaped where it goes into the page
    ("guestbook.go", "go-request-value-in-html", "xss",
     (('matching %s</h1>\\n<ul>\\n", term)', 'matching %s</h1>\\n<ul>\\n", html.EscapeString(term))'),)),
    # escaped with markupsafe, as the titles already are
    ("recipes.py", "py-request-value-in-html", "xss",
     (("<h1>Recipes with {term}</h1>", "<h1>Recipes with {escape(term)}</h1>"),)),
    # the rule kept as data (a multiplier per tier), no script run
    ("DiscountRules.java", "java-script-engine-eval", "code_injection",
     (("Map<String, String> ruleByTier", "Map<String, Double> ruleByTier"),
      ('put("standard", "total");', 'put("standard", 1.0);'),
      ('put("gold", "total * 0.9");', 'put("gold", 0.9);'),
      ("String tier, String expression)", "String tier, double factor)"),
      ("ruleByTier.put(tier, expression);", "ruleByTier.put(tier, factor);"),
      (('        String rule = ruleByTier.getOrDefault(tier, "total");\n'
        '        engine.put("total", total);\n        Object result = engine.eval(rule);\n'),
       "        Object result = total * ruleByTier.getOrDefault(tier, 1.0);\n"),
      ('setRule("staff", "total * 0.7");', 'setRule("staff", 0.7);'))),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


@needs_ruff
def test_tar_bundle_extracted_unfiltered_is_asked_about_its_members() -> None:
    """ruff S202 (bandit B202) on a take-home program: the first question is the archive's
    own question (its members, not the folder); extracted with `filter="data"` (PEP 706) the
    program asks nothing that claims a defect."""
    code = (PROGRAMS / "themes.py").read_text()
    asked = first_question("themes.py", code)
    assert (asked.kind, asked.facts.get("rule")) == \
        ("path_traversal", "py-archive-extracted-unfiltered"), asked.text
    assert "member" in asked.text
    fixed = code.replace("tar.extractall(staging)", "tar.extractall(staging, filter=\"data\")")
    asked = first_question("themes.py", fixed)
    kind = Kind.of(asked.kind)
    assert kind is None or not kind.asserts_defect(None), asked.text


def test_node_http_path_from_req_url_is_asked_and_basename_is_not() -> None:
    """CWE-22 in Node's own http server: a file path glued from `req.url` (parsed, decoded) is
    asked about; the same through `path.basename` is not."""
    rule = "js-path-from-request-variable"
    bad = ("http.createServer((req, res) => {\n  const { pathname } = url.parse(req.url);\n"
           "  const file = ROOT + decodeURIComponent(pathname);\n"
           "  fs.readFile(file, (err, data) => res.end(data));\n});\n")
    assert fires("javascript", rule, bad)
    assert not fires("javascript", rule, bad.replace("ROOT + decodeURIComponent(pathname)",
                                                     "ROOT + path.basename(decodeURIComponent(pathname))"))


def test_cpp_std_qualified_copies_are_asked() -> None:
    """The C rules read C++ too: `std::strcpy` and `std::sprintf` are the same functions."""
    assert fires("cpp", "c-unbounded-copy",
                 "void f(const std::string& h) { char buf[16]; std::strcpy(buf, h.c_str()); }")
    assert not fires("cpp", "c-unbounded-copy",
                     "void f(const std::string& h) { char buf[16]; "
                     "std::snprintf(buf, sizeof buf, \"%s\", h.c_str()); }")


def test_typescript_cast_request_redirect_is_asked() -> None:
    """OWASP Unvalidated Redirects: `(req.query.returnTo as string) || "/"` is still the
    client's value; an allow-listed target is not asked about."""
    rule = "js-redirect-to-request-value"
    bad = ("app.post('/login', (req: Request, res: Response) => {\n"
           "  const returnTo = (req.query.returnTo as string) || '/';\n  res.redirect(returnTo);\n});\n")
    assert fires("typescript", rule, bad)
    assert not fires("typescript", rule, bad.replace(
        "res.redirect(returnTo)", "res.redirect(ALLOWED.has(returnTo) ? returnTo : '/')"))


def test_credential_literal_in_c_and_cpp() -> None:
    """CERT MSC41-C: a key in a C++ `const std::string` or a C `#define` is asked about; an
    environment variable's name and curl's published anonymous-FTP default are not."""
    rule = "c-hardcoded-credential"
    assert fires("cpp", rule, 'namespace config {\nconst std::string kApiKey = "sk_live_4eC39HqLyjW";\n}\n')
    assert fires("c", rule, '#define DB_PASSWORD "Tr0ub4dor&3"\n')
    assert not fires("c", rule, 'static const char *API_KEY_ENV = "SERVICE_API_KEY";\n')
    assert not fires("c", rule, '#define CURL_DEFAULT_PASSWORD "ftp@example.com"\n')
