"""Documented JavaScript hazards asked about on take-home programs of one's own
(`takehome_js7/`): a condition from a stored record run with `vm.runInNewContext` (the Node.js
vm docs: "not a security mechanism"; CWE-94); an Origin tested for a trusted host with
`indexOf` (CodeQL js/incomplete-url-substring-sanitization, CWE-20); an EventSource made
afresh on each channel switch over the one before, never closed (MDN, EventSource.close());
a switch on a query parameter, always a string, with number cases (MDN, switch: cases
match with ===); a literal assigned in an `if` where a comparison was meant (eslint
no-cond-assign); `Object.keys` of a numeric TypeScript enum, which lists each member twice
(the TypeScript handbook, Enums, reverse mappings); `typeof x.y === 'object'` taken to rule
out null (MDN, typeof null); and a timer set for a month, past the 2^31 - 1 ms a timer holds
(MDN, setTimeout, maximum delay value); and a module loaded by a path from the request
(eslint-plugin-security detect-non-literal-require). The first question on each is the
finding; the program fixed the way a reviewer would accept asks no question that claims a
defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_js7"

OPS = ('const OPS = {\n  "<": (a, b) => a < b,\n  ">=": (a, b) => a >= b,\n'
       '  "==": (a, b) => a === b,\n};\n\nfunction applies(rule, cart) {')
EVALUATED = ("  const { field, op, value } = JSON.parse(rule.condition);\n"
             "  return Object.hasOwn(facts, field) && Object.hasOwn(OPS, op) && OPS[op](facts[field], value);")

CLOSED_FIRST = "    if (this.source) this.source.close();\n    this.source = new EventSource(url"

ARMED_ONCE = """    const timer = setTimeout(() => {
      this.timers.delete(accountId);
      this.endTrial(accountId).catch((err) => this.emit("error", err));
    }, TRIAL_MS);
    this.timers.set(accountId, timer);
"""
ARM = """  arm(accountId, endsAt) {
    const wait = Math.min(Math.max(0, endsAt - this.clock.now()), MAX_TIMER_MS);
    const timer = setTimeout(() => {
      this.timers.delete(accountId);
      if (this.clock.now() < endsAt) {
        this.arm(accountId, endsAt);
        return;
      }
      this.endTrial(accountId).catch((err) => this.emit("error", err));
    }, wait);
    this.timers.set(accountId, timer);
  }
"""

EXPORTERS = """const EXPORTERS = {
  csv: require("./exporters/csv"),
  json: require("./exporters/json"),
  ndjson: require("./exporters/ndjson"),
};
"""

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the stored condition read as data (a field, an operator from a fixed table, a value)
    ("pricingRules.js", "js-vm-runs-untrusted-code", "code_injection",
     (("function applies(rule, cart) {", OPS),
      ("  return Boolean(vm.runInNewContext(rule.condition, facts, { timeout: 50 }));", EVALUATED))),
    # the Origin header compared whole with the one allowed origin
    ("corsPolicy.js", "js-url-substring-host-check", "bypassable_check",
     (('origin.indexOf("dashboard.example.com") !== -1', 'origin === "https://dashboard.example.com"'),)),
    # the previous channel's stream closed before the next one is opened
    ("channelFeed.js", "js-connection-replaced-unclosed", "resource_leak",
     (("    this.source = new EventSource(url", CLOSED_FIRST),)),
    # the range compared as the string it arrives as
    ("salesReport.js", "js-switch-string-on-number-cases", "wrong_result",
     (("      case 7:", "      case \"7\":"), ("      case 30:", "      case \"30\":"),
      ("      case 365:", "      case \"365\":"))),
    # the owner's role compared, not assigned
    ("teamAccess.js", "js-literal-assigned-in-condition", "equality_bug",
     (('if (member.role = "owner")', 'if (member.role === "owner")'),)),
    # the names only, without the reverse mapping's numbers
    ("ticketForm.ts", "ts-numeric-enum-iterated", "wrong_result",
     (("Object.keys(Priority).map(", "Object.keys(Priority)\n    .filter((name) => isNaN(Number(name)))\n    .map("),)),
    # a null address is not taken for an object
    ("contactImport.js", "js-typeof-object-admits-null", "unhandled_error",
     (('if (typeof raw.address === "object") {', 'if (typeof raw.address === "object" && raw.address !== null) {'),)),
    # the month's wait armed in steps a timer can hold
    ("trials.js", "js-timer-delay-overflows", "wrong_result",
     (("const PLANS =", "const MAX_TIMER_MS = 2 ** 31 - 1;\nconst PLANS ="),
      (ARMED_ONCE, "    this.arm(accountId, endsAt);\n"),
      ("  async endTrial(accountId) {", ARM + "\n  async endTrial(accountId) {"))),
    # the exporter chosen from a table of the modules there are
    ("exports.js", "js-require-from-request", "code_injection",
     (("const CONTENT_TYPES = {", EXPORTERS + "const CONTENT_TYPES = {"),
      ("    const exporter = require(`./exporters/${format}`);\n",
       ("    const exporter = EXPORTERS[format];\n    if (!exporter) {\n"
        "      return res.status(404).json({ error: \"unknown format\" });\n    }\n")))),
]

test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


JS, TS = "javascript", "typescript"


def test_a_constant_script_or_another_vm_is_not_asked_about() -> None:
    """A constant script given the values as its context's data, and a `vm` that is a
    framework's view model, are not asked about; a script read from a file is."""
    rule = "js-vm-runs-untrusted-code"
    assert not fires(JS, rule, "const vm = require('vm');\nconst s = new vm.Script('x + 1');\n"
                     "function f(x) { return s.runInNewContext({ x: Number(x) }); }")
    assert not fires(JS, rule, "new Vue({ methods: { go() { const vm = this; "
                     "vm.runInContext(this.src); } } });")
    assert fires(JS, rule, "const vm = require('vm');\nconst fs = require('fs');\n"
                 "function load(p) { return vm.runInThisContext(fs.readFileSync(p, 'utf8')); }")


def test_a_list_lookup_or_a_path_test_is_not_asked_about() -> None:
    """An allow-list's `includes(origin)`, a path substring and an origin with its slash are
    left alone; an `includes` of a scheme and host is asked about."""
    rule = "js-url-substring-host-check"
    assert not fires(JS, rule, "const OK = ['https://a.example.com'];\n"
                     "const ok = (origin) => OK.includes(origin);")
    assert not fires(JS, rule, "const isAsset = (url) => url.includes('/static/') || url.includes('.css');")
    assert fires(TS, rule, "function ok(redirectUrl: string) { "
                 "return redirectUrl.includes('https://app.example.com'); }")


def test_a_switch_on_a_converted_or_body_value_is_not_asked_about() -> None:
    """`+req.query.x`, `parseInt(...)` and a JSON body's field keep their numbers."""
    rule = "js-switch-string-on-number-cases"
    assert not fires(JS, rule, "function f(req) { switch (+req.query.n) { case 1: return 'a'; "
                     "default: return 'b'; } }")
    assert not fires(JS, rule, "function f(req) { const n = parseInt(req.params.n, 10); "
                     "switch (n) { case 1: return 'a'; } }")
    assert fires(JS, rule, "function f(form) { switch (form.get('qty')) { case 1: return 'one'; "
                 "case 2: return 'two'; } }")
