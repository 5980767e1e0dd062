"""Documented JavaScript and TypeScript hazards asked about on take-home programs of one's own
(`takehome_js6/`): a `reduce` callback with a block body and no `return` (eslint
array-callback-return); a property compared with itself (eslint no-self-compare); `!key in obj`
(eslint no-unsafe-negation); `a - b ?? 0`, whose fallback binds last (eslint
no-constant-binary-expression); `for (... of x?.items)`, which throws on the short-circuit
(eslint no-unsafe-optional-chaining); `Object.entries` of a Map (MDN, Map); `getDay()` given as
the day of a new Date (MDN, Date.prototype.getDay); `total += await f()` on a module-level
total (eslint require-atomic-updates); a `new Promise` executor that returns its value
instead of resolving (eslint no-promise-executor-return); an else-if chain that tests one
condition twice (eslint no-dupe-else-if, no-duplicate-case); and an object literal that gives
one key twice (eslint no-dupe-keys). The first question on each is the
finding; the program fixed the way a reviewer would accept asks no question that claims a
defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_js6"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the reducer hands the groups on
    ("salesReport.js", "js-array-callback-no-return", "wrong_result",
     (("    groups[order.customer].push(order);\n  }, {});",
       "    groups[order.customer].push(order);\n    return groups;\n  }, {});"),)),
    # the stock compared with the remote's
    ("catalogSync.ts", "js-self-compare", "equality_bug",
     (("local.stock === local.stock", "local.stock === remote.stock"),)),
    # the membership test negated as a whole
    ("settings.js", "js-negation-before-relational", "equality_bug",
     (("if (!key in DEFAULTS)", "if (!(key in DEFAULTS))"),)),
    # the missing discount defaults to 0 before the subtraction
    ("invoice.ts", "js-nullish-fallback-misplaced", "wrong_result",
     (("line.unitPrice - line.discount ?? 0", "line.unitPrice - (line.discount ?? 0)"),)),
    # an issue with no labels walks an empty list
    ("webhook.js", "js-unsafe-optional-chaining", "unhandled_error",
     (("payload.issue?.labels) {", "payload.issue?.labels ?? []) {"),)),
    # the Map's own entries
    ("wordStats.ts", "js-map-read-as-object", "wrong_result",
     (("Object.entries(this.counts)\n      .map(([word, count]) => ({ word, count: count as number }))",
       "[...this.counts]\n      .map(([word, count]) => ({ word, count }))"),)),
    # the day of the month
    ("billing.js", "js-getday-as-date-number", "wrong_result",
     (("renewal.getDay() + 7", "renewal.getDate() + 7"),)),
    # the part's size awaited into a local, then added at once
    ("uploader.js", "js-shared-updated-across-await", "race_condition",
     (("bytesUploaded += await uploadPart(client, key, partNumber, buffer);",
       "const sent = await uploadPart(client, key, partNumber, buffer);\n      bytesUploaded += sent;"),)),
    # the cached value resolves the promise
    ("lookupCache.js", "js-promise-executor-returns-value", "wrong_result",
     (("        return hit.value;\n", "        resolve(hit.value);\n        return;\n"),)),
    # the third code was meant to be another one
    ("retryPolicy.ts", "js-duplicate-branch-condition", "wrong_result",
     (('} else if (err.code === "ECONNRESET") {\n    return "retry-later";',
       '} else if (err.code === "ECONNREFUSED") {\n    return "retry-later";'),)),
    # the removed page's own status
    ("errors.js", "js-duplicate-object-key", "wrong_result",
     (("  404: 'That page has been removed.',", "  410: 'That page has been removed.',"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def _code(name: str) -> str:
    return (PROGRAMS / name).read_text()


def test_a_map_thrown_away_or_returning_elsewhere_is_not_asked_about() -> None:
    """A `map` used as a loop, an expression body, a return in a branch, and a callback-style
    library `map` whose work ends in a callback of its own are not asked about."""
    for code in (
        "function touch(rows) { rows.map((r) => { r.seen = true; }); }",
        "function ids(rows) { return rows.map((r) => r.id); }",
        "function pick(rows) { return rows.filter((r) => { if (r.ok) { return true; } return false; }); }",
        "function render(c) { return c.map(function (k) { load(function (err) { k.end(); }); }); }",
    ):
        assert not fires("javascript", "js-array-callback-no-return", code), code
    assert fires("typescript", "js-array-callback-no-return",
                 "function names(users: User[]): string[] { return users.map((u) => { u.name; }); }")


def test_a_nan_check_and_two_objects_are_not_self_comparisons() -> None:
    assert not fires("javascript", "js-self-compare", "function bad(x) { return x !== x; }")
    assert not fires("typescript", "js-self-compare", fixed(
        _code("catalogSync.ts"), (("local.stock === local.stock", "local.stock === remote.stock"),)))


def test_a_negation_of_the_whole_test_or_against_a_boolean_is_not_asked_about() -> None:
    for code in ("function f(k, o) { return !(k in o); }",
                 "function f(a, b) { return !a === b; }",
                 "function f(e) { return !(e instanceof TypeError); }"):
        assert not fires("javascript", "js-negation-before-relational", code), code


def test_a_fallback_for_the_missing_value_itself_is_not_asked_about() -> None:
    for code in ("function f(t) { return t.timeout ?? 10 * 1000; }",
                 "function f(l) { return (l.price ?? 0) * l.qty; }",
                 "function f(d) { return (d.version ?? 0) + 1; }"):
        assert not fires("typescript", "js-nullish-fallback-misplaced", code), code


def test_an_optional_chain_with_a_fallback_or_chained_on_is_not_asked_about() -> None:
    for code in ("function f(p) { for (const l of p.issue?.labels ?? []) use(l); }",
                 "function f(p) { const { a } = p?.b || {}; return a; }",
                 "function f(p) { return p?.a?.b; }",
                 "function f(p) { return [...p.tags, p?.name]; }"):
        assert not fires("javascript", "js-unsafe-optional-chaining", code), code


def test_a_plain_object_or_a_parameter_of_the_same_name_is_not_read_as_a_map() -> None:
    assert not fires("javascript", "js-map-read-as-object",
                     "function f(xs) { const m = {}; for (const x of xs) m[x] = 1; return Object.keys(m); }")
    assert not fires("javascript", "js-map-read-as-object",
                     "const m = new Map();\nfunction f(m) { return Object.keys(m); }")


def test_the_start_of_the_week_and_a_weekday_test_are_not_asked_about() -> None:
    for code in ("function f(d) { return new Date(d.getFullYear(), d.getMonth(), d.getDate() - d.getDay()); }",
                 "function f(d) { return d.getDay() === 0 || d.getDay() === 6; }",
                 "function f(d) { return d.getDay() < 5; }"):
        assert not fires("javascript", "js-getday-as-date-number", code), code


def test_a_local_total_or_a_lazy_first_value_is_not_asked_about() -> None:
    for code in ("async function f(xs) { let n = 0; for (const x of xs) n += await size(x); return n; }",
                 "let lib;\nasync function get() { lib ??= (await import('lib')).default; return lib; }"):
        assert not fires("javascript", "js-shared-updated-across-await", code), code


def test_an_executor_that_settles_on_every_path_is_not_asked_about() -> None:
    for code in ("const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));",
                 ("function f(s, o) { return new Promise((resolve, reject) => { o.on('end', resolve); "
                  "return s.pipe(o); }); }"),
                 ("function f(sig) { return new Promise((resolve, reject) => { "
                  "const stop = () => reject(new Error('x')); "
                  "if (sig.aborted) return stop(); sig.on('go', resolve); }); }")):
        assert not fires("javascript", "js-promise-executor-returns-value", code), code


def test_separate_ifs_distinct_cases_and_a_nested_chain_are_not_duplicates() -> None:
    for code in ("function f(n) { if (n > 1) a(); if (n > 1) b(); }",
                 "function f(s) { switch (s) { case 1: return 'a'; case 2: return 'b'; } }",
                 "function f(a, b) { if (a) { if (b) x(); } else if (b) y(); }"):
        assert not fires("javascript", "js-duplicate-branch-condition", code), code
    assert fires("javascript", "js-duplicate-branch-condition",
                 "function f(s) { switch (s) { case 'a': return 1; case 'b': return 2; case 'a': return 3; } }")


def test_an_override_after_a_spread_or_a_getter_and_setter_are_not_duplicate_keys() -> None:
    for code in ("const o = { a: 1, ...rest, a: 2 };",
                 "const o = { get n() { return 1; }, set n(v) { this.v = v; } };",
                 "const xs = [{ id: 1 }, { id: 2 }];"):
        assert not fires("javascript", "js-duplicate-object-key", code), code
