"""Documented hazards of JavaScript asked about on take-home programs of one's own
(`takehome_js9/`): an `indexOf` result kept in a name and that name tested `> 0`, which
counts an item found in first place as absent (SonarJS S2692); a web or Node worker made
each time a function runs, given work and never terminated, so every call leaves a thread
alive (MDN, Worker.terminate(); Node's worker_threads; CWE-404); `window.open` of an address
off the site without `noopener`, which hands the new page `window.opener` (MDN, Window.open
and Window.opener; CWE-1022, reverse tabnabbing; SonarJS S5148); and a JSX link with
`target="_blank"` to an outside address and no `rel="noopener noreferrer"`
(eslint-plugin-react jsx-no-target-blank); a number read from text checked with `isNaN` or
`Number.isNaN(Number(x))`, which lets an empty or blank value through as 0 (MDN, isNaN() and
Number()); and a `toFixed` string added to a number, which joins the digits as text (MDN,
Number.prototype.toFixed()). The first question on each is the finding; the program fixed
the way a reviewer would accept asks no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_js9"

ON_MESSAGE = "      resolve(event.data);\n"
ON_ERROR = "      reject(new Error(event.message));\n"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the patient at the head of the list can leave too
    ("clinicWaitlist.js", "js-index-of-positive", "wrong_result",
     (("if (spot > 0) {", "if (spot !== -1) {"),)),
    # the worker ended once it has answered, or failed
    ("photoUploads.js", "js-worker-never-terminated", "resource_leak",
     ((ON_MESSAGE, "      worker.terminate();\n" + ON_MESSAGE),
      (ON_ERROR, "      worker.terminate();\n" + ON_ERROR))),
    # the storefront opened without a handle on the dashboard
    ("sellerDashboard.js", "js-window-open-without-noopener", "bypassable_check",
     (("window.open(seller.storefrontUrl, '_blank');",
       "window.open(seller.storefrontUrl, '_blank', 'noopener,noreferrer');"),)),
    # the speaker's site linked with rel
    ("SpeakerList.jsx", "js-jsx-target-blank-without-rel", "bypassable_check",
     (('target="_blank">', 'target="_blank" rel="noopener noreferrer">'),)),
    # the limit parsed (NaN for empty text) and held to a positive whole number
    ("greenhouseReadings.js", "js-nan-check-passes-blank-text", "wrong_result",
     (("const limit = Number(req.query.limit);", "const limit = parseInt(req.query.limit, 10);"),
      ("if (Number.isNaN(limit)) {", "if (!Number.isInteger(limit) || limit < 1) {"))),
    # each line rounded as a number; toFixed left to the display
    ("invoiceTotals.js", "js-fixed-text-added", "wrong_result",
     (("const amount = (line.hours * line.rate).toFixed(2);",
       "const amount = Math.round(line.hours * line.rate * 100) / 100;"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_an_index_tested_the_right_way_or_a_moving_cursor_is_not_asked_about() -> None:
    """`>= 0`, `!== -1`, a separator searched for as a literal (index 0 excluded on purpose)
    and a name that the function moves on are not asked about; a `let` tested `0 <` is, in
    TypeScript too."""
    rule = "js-index-of-positive"
    code = (PROGRAMS / "clinicWaitlist.js").read_text()
    assert not fires("javascript", rule, fixed(code, (("if (spot > 0) {", "if (spot >= 0) {"),)))
    assert not fires("javascript", rule, "function name(entry) { const colon = entry.indexOf(':'); "
                                         "return colon > 0 ? entry.slice(0, colon) : entry; }")
    assert not fires("javascript", rule, "function scan(xs, x) { let i = xs.indexOf(x); "
                                         "while (i > 0) { i = xs.indexOf(x, i + 1); } }")
    assert fires("typescript", rule, "function drop(tags: string[], t: string): void { "
                                     "let at = tags.indexOf(t); if (0 < at) tags.splice(at, 1); }")


def test_a_worker_ended_kept_or_made_once_is_not_asked_about() -> None:
    """A worker terminated in one handler (the rule does not follow paths), in a `finally`,
    one made at module level and reused, one put in a pool and one handed back to the caller
    are not asked about; a Node worker made per request is, in TypeScript too."""
    rule = "js-worker-never-terminated"
    code = (PROGRAMS / "photoUploads.js").read_text()
    ended_on_reply = "      worker.terminate();\n" + ON_MESSAGE
    assert not fires("javascript", rule, fixed(code, ((ON_MESSAGE, ended_on_reply),)))
    assert not fires("javascript", rule, "const thumbs = new Worker('/js/thumb.js');\n"
                                         "function make(file) { thumbs.postMessage(file); }")
    assert not fires("javascript", rule, "const idle = [];\nfunction grow() { const w = new Worker('t.js'); "
                                         "w.postMessage('warm'); idle.push(w); }")
    assert not fires("javascript", rule, "async function run(job) { const w = new Worker('t.js'); "
                                         "try { w.postMessage(job); return await reply(w); } "
                                         "finally { w.terminate(); } }")
    assert not fires("javascript", rule, "function hire(file) { const w = new Worker(file); "
                                         "w.postMessage('hello'); return w; }")
    assert fires("typescript", rule, "import { Worker } from 'node:worker_threads';\n"
                                     "app.post('/score', (req: Request, res: Response) => { "
                                     "const w = new Worker('./score.js'); "
                                     "w.on('message', (s: number) => res.json({ s })); "
                                     "w.postMessage(req.body); });")


def test_a_window_opened_safely_or_on_the_site_is_not_asked_about() -> None:
    """`noreferrer` alone, `opener` set to null on the returned window, a same-site path, the
    same tab, and a sign-in popup that answers through `opener` are not asked about; the same
    call in TypeScript is."""
    rule = "js-window-open-without-noopener"
    code = (PROGRAMS / "sellerDashboard.js").read_text()
    call = "window.open(seller.storefrontUrl, '_blank');"
    no_referrer = "window.open(seller.storefrontUrl, '_blank', 'noreferrer');"
    assert not fires("javascript", rule, fixed(code, ((call, no_referrer),)))
    nulled = "const tab = window.open(seller.storefrontUrl, '_blank');\n  if (tab) tab.opener = null;"
    assert not fires("javascript", rule, fixed(code, ((call, nulled),)))
    assert not fires("javascript", rule, fixed(code, ((call, "window.open(`/sellers/${seller.id}`, '_blank');"),)))
    assert not fires("javascript", rule, fixed(code, ((call, "window.open(seller.storefrontUrl, '_self');"),)))
    assert fires("typescript", rule, "export function openDocs(url: string): void { window.open(url); }")


def test_a_link_with_rel_or_on_the_site_is_not_asked_about() -> None:
    """`rel="noreferrer"`, a same-site path, a link in the same tab and a link whose props are
    spread in (they may carry `rel`) are not asked about; an `https:` literal is."""
    rule = "js-jsx-target-blank-without-rel"
    code = (PROGRAMS / "SpeakerList.jsx").read_text()
    link = 'target="_blank">'
    assert not fires("javascript", rule, fixed(code, ((link, 'target="_blank" rel="noreferrer">'),)))
    assert not fires("javascript", rule, fixed(code, ((link, ">"),)))
    assert not fires("javascript", rule, fixed(code, (("href={speaker.website}", 'href="/speakers/about"'),)))
    assert not fires("javascript", rule, fixed(code, ((link, 'target="_blank" {...speaker.linkProps}>'),)))
    assert fires("javascript", rule, fixed(code, (("href={speaker.website}", 'href="https://example.org/cfp"'),)))


def test_a_number_checked_with_an_emptiness_test_or_parsed_is_not_asked_about() -> None:
    """`parseFloat` (NaN for empty text), an emptiness test, and a range test that rules 0
    out are not asked about; `isNaN(Number(...))` of an input's text is, in TypeScript too."""
    rule = "js-nan-check-passes-blank-text"
    code = (PROGRAMS / "greenhouseReadings.js").read_text()
    number = "const limit = Number(req.query.limit);"
    assert not fires("javascript", rule, fixed(code, ((number, "const limit = parseFloat(req.query.limit);"),)))
    blank = "if (!req.query.limit) {\n    return res.status(400).json({ error: 'limit is required' });\n  }\n  "
    assert not fires("javascript", rule, fixed(code, ((number, blank + number),)))
    ranged = "if (Number.isNaN(limit) || limit <= 0) {"
    assert not fires("javascript", rule, fixed(code, (("if (Number.isNaN(limit)) {", ranged),)))
    assert fires("typescript", rule, "function onSave(qtyInput: HTMLInputElement): void { "
                                     "if (isNaN(Number(qtyInput.value))) { return; } order(Number(qtyInput.value)); }")


def test_a_fixed_string_converted_back_or_shown_is_not_asked_about() -> None:
    """`toFixed` converted back with `Number`, joined with a unit, or called once on the total
    for display is not asked about; two `toFixed` results added are, in TypeScript too."""
    rule = "js-fixed-text-added"
    code = (PROGRAMS / "invoiceTotals.js").read_text()
    line = "const amount = (line.hours * line.rate).toFixed(2);"
    back = "const amount = Number((line.hours * line.rate).toFixed(2));"
    assert not fires("javascript", rule, fixed(code, ((line, back),)))
    assert not fires("javascript", rule, "const shown = (h) => h.toFixed(1) + ' h';")
    assert not fires("javascript", rule, "function show(a, b) { const t = a + b; return t.toFixed(2); }")
    assert fires("typescript", rule, "export const both = (a: number, b: number): string => "
                                     "(a.toFixed(2) + b.toFixed(2));")
