"""Documented hazards of JavaScript asked about on take-home programs of one's own
(`takehome_js10/`): a React hook called only on some renders (after an early return, in a
branch or a loop), which shifts every later hook onto another's state (React's Rules of
Hooks; eslint-plugin-react-hooks rules-of-hooks); state changed in place and passed to its own
setter, which React takes as no change (React docs, Updating Arrays in State); a setter fed
from the state inside a timer's or listener's callback of an effect that does not list the
state, so every call sees the state of one old render (React docs, useEffect; exhaustive-deps);
Buffer chunks of a 'data' event added to a string one by one, which cuts characters whose bytes
span two chunks (Node's string_decoder and readable.setEncoding()); an HTTP response whose
callback returns on a bad status without reading or discarding the body, so its socket is never
freed (Node's http docs, http.ClientRequest); and a query field, which is text, added to a
number (typescript-eslint restrict-plus-operands; MDN, Addition). The first question on each
is the finding; the program fixed the way a reviewer would accept asks no question that claims
a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_js10"

EARLY_RETURN = ("  if (!plant) {\n"
                "    return <p className=\"empty\">Pick a plant to see its schedule.</p>;\n"
                "  }\n\n")
HOOKS = ("  const [saving, setSaving] = useState(false);\n"
         "  const [note, setNote] = useState('');\n\n"
         "  const due = useMemo(() => nextWatering(plant), [plant]);\n\n"
         "  useEffect(() => {\n"
         "    document.title = `${plant.name} - plant care`;\n"
         "  }, [plant.name]);\n\n")
# the hooks first, the early return after them, the values that need a plant guarded
HOOKS_FIRST = ("  const [saving, setSaving] = useState(false);\n"
               "  const [note, setNote] = useState('');\n\n"
               "  const due = useMemo(() => (plant ? nextWatering(plant) : null), [plant]);\n\n"
               "  useEffect(() => {\n"
               "    if (plant) document.title = `${plant.name} - plant care`;\n"
               "  }, [plant]);\n\n"
               "  if (!plant) {\n"
               "    return <p className=\"empty\">Pick a plant to see its schedule.</p>;\n"
               "  }\n\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the hooks called on every render, the empty case returned after them
    ("PlantCareCard.jsx", "js-hook-called-conditionally", "wrong_result",
     ((EARLY_RETURN + HOOKS, HOOKS_FIRST),)),
    # a new array passed to the setter
    ("ReadingQueue.jsx", "js-state-mutated-then-set", "wrong_result",
     (("    queue.push(book);\n    setQueue(queue);\n", "    setQueue([...queue, book]);\n"),)),
    # the updater form, and the effect set up again for another lot
    ("AuctionFeed.jsx", "js-stale-state-in-effect-callback", "wrong_result",
     (("setBids([bid, ...bids]);", "setBids((prev) => [bid, ...prev]);"),
      ("  }, []);\n", "  }, [feedUrl, lotId]);\n"))),
    # the chunks kept as Buffers and decoded once
    ("glossaryImport.js", "js-data-chunks-joined-as-text", "wrong_result",
     (("    let text = '';\n", "    const parts = [];\n"),
      ("      text += chunk;\n", "      parts.push(chunk);\n"),
      ("resolve(text)", "resolve(Buffer.concat(parts).toString('utf8'))"))),
    # the body discarded before the error is reported
    ("stationSync.js", "js-http-response-not-consumed", "resource_leak",
     (("      if (res.statusCode !== 200) {\n",
       "      if (res.statusCode !== 200) {\n        res.resume();\n"),)),
    # the page read as a whole number once
    ("garageSpaces.js", "js-request-text-added-to-number", "wrong_result",
     (("  const page = req.query.page || 1;\n",
       "  const page = Math.max(1, Number.parseInt(req.query.page, 10) || 1);\n"),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def test_hooks_at_the_top_or_outside_components_are_not_asked_about() -> None:
    """Hooks before the early return, a condition moved into the effect, React 19's `use` in
    a branch, a hook in the `if`'s condition and a plain function named in lower case are not
    asked about; a hook in a loop of a TypeScript custom hook, and one in a `&&`, are."""
    rule = "js-hook-called-conditionally"
    code = (PROGRAMS / "PlantCareCard.jsx").read_text()
    assert not fires("javascript", rule, fixed(code, ((EARLY_RETURN + HOOKS, HOOKS_FIRST),)))
    assert not fires("javascript", rule, "import { use } from 'react';\nfunction Note({ p, on }) "
                                         "{ if (on) { return use(p); } return null; }")
    assert not fires("javascript", rule, "import { useId } from 'react';\nfunction Field({ label }) "
                                         "{ if (useId().length > 3) { return label; } return null; }")
    assert not fires("javascript", rule, "import { useState } from 'react';\nfunction helper(on) "
                                         "{ if (on) { const [x] = useState(0); return x; } }")
    assert fires("typescript", rule, "import { useRef } from 'react';\nexport function useRefs(n: number) "
                                     "{ const refs = []; for (let i = 0; i < n; i++) { refs.push(useRef(null)); } "
                                     "return refs; }")
    assert fires("javascript", rule, "import { useContext } from 'react';\nfunction Tag({ themed }) "
                                     "{ const t = themed && useContext(Theme); return t; }")


def test_state_replaced_by_a_copy_is_not_asked_about() -> None:
    """A spread copy, `filter`, a sorted copy, a pushed copy and the updater form are not
    asked about; a field assigned and the object set again is, in TypeScript too, and so is
    a `sort` in the setter's argument."""
    rule = "js-state-mutated-then-set"
    code = (PROGRAMS / "ReadingQueue.jsx").read_text()
    pushed = "    queue.push(book);\n    setQueue(queue);\n"
    assert not fires("javascript", rule, fixed(code, ((pushed, "    setQueue(queue.concat(book));\n"),)))
    assert not fires("javascript", rule, fixed(code, (
        (pushed, "    const next = [...queue];\n    next.push(book);\n    setQueue(next);\n"),)))
    assert not fires("javascript", rule, fixed(code, (
        (pushed, "    setQueue((prev) => [...prev, book]);\n"),)))
    assert not fires("javascript", rule, "function T() { const [rows, setRows] = useState([]); "
                                         "const sorted = () => setRows([...rows].sort(byName)); }")
    assert fires("typescript", rule, "function Profile() { const [user, setUser] = useState<User>(blank); "
                                     "const rename = (n: string) => { user.name = n; setUser(user); }; }")
    assert fires("javascript", rule, "function T() { const [rows, setRows] = useState([]); "
                                     "const sorted = () => setRows(rows.reverse()); }")


def test_state_read_fresh_in_callbacks_is_not_asked_about() -> None:
    """The updater form, an effect that lists the state, a promise's callback, an effect with
    no dependency list, and a setter called straight in the effect's body are not asked about;
    a `setInterval` reading the state in TypeScript is."""
    rule = "js-stale-state-in-effect-callback"
    code = (PROGRAMS / "AuctionFeed.jsx").read_text()
    assert not fires("javascript", rule, fixed(code, (
        ("setBids([bid, ...bids]);", "setBids((prev) => [bid, ...prev]);"),)))
    assert not fires("javascript", rule, fixed(code, (("  }, []);\n", "  }, [bids, feedUrl, lotId]);\n"),)))
    assert not fires("javascript", rule, fixed(code, (("  }, []);\n", "  });\n"),)))
    assert not fires("javascript", rule, "function L() { const [items, setItems] = useState([]); "
                                         "useEffect(() => { load().then((more) => "
                                         "setItems(items.concat(more))); }, []); }")
    assert not fires("javascript", rule, "function L() { const [n, setN] = useState(0); "
                                         "useEffect(() => { setN(n + 1); }, []); }")
    assert fires("typescript", rule, "function Timer() { const [secs, setSecs] = useState<number>(0); "
                                     "useEffect(() => { const id = setInterval(() => setSecs(secs + 1), 1000); "
                                     "return () => clearInterval(id); }, []); }")


def test_chunks_decoded_whole_or_with_an_encoding_are_not_asked_about() -> None:
    """`setEncoding`, a StringDecoder, a read stream opened with 'utf8', a byte count and
    a hex dump are not asked about; `chunk.toString()` per chunk is, in TypeScript too."""
    rule = "js-data-chunks-joined-as-text"
    code = (PROGRAMS / "glossaryImport.js").read_text()
    assert not fires("javascript", rule, fixed(code, (
        ("    let text = '';\n", "    let text = '';\n    req.setEncoding('utf8');\n"),)))
    assert not fires("javascript", rule, "const { StringDecoder } = require('string_decoder');\n"
                                         "function read(s, done) { const d = new StringDecoder('utf8'); let t = ''; "
                                         "s.on('data', (c) => { t += d.write(c); }); "
                                         "s.on('end', () => done(t + d.end())); }")
    assert not fires("javascript", rule, "const fs = require('fs');\nlet all = '';\n"
                                         "fs.createReadStream('a.txt', { encoding: 'utf8' })"
                                         ".on('data', (s) => { all += s; });")
    assert not fires("javascript", rule, "let n = 0;\nsock.on('data', (c) => { n += c.length; });")
    assert fires("typescript", rule, "export function slurp(s: NodeJS.ReadableStream): Promise<string> { "
                                     "return new Promise((ok) => { let out = ''; "
                                     "s.on('data', (c: Buffer) => { out += c.toString(); }); "
                                     "s.on('end', () => ok(out)); }); }")


def test_a_response_drained_or_handed_on_is_not_asked_about() -> None:
    """`res.destroy()` in the branch, the response handed to a helper, a branch that only logs,
    and `fetch` are not asked about; an `http.request` callback in TypeScript is."""
    rule = "js-http-response-not-consumed"
    code = (PROGRAMS / "stationSync.js").read_text()
    branch = "      if (res.statusCode !== 200) {\n"
    assert not fires("javascript", rule, fixed(code, ((branch, branch + "        res.destroy();\n"),)))
    assert not fires("javascript", rule, "const https = require('https');\nfunction g(u, cb) { https.get(u, (res) => { "
                                         "if (res.statusCode !== 200) { return fail(res, cb); } "
                                         "collect(res, cb); }); }")
    assert not fires("javascript", rule, "async function up(u) { const res = await fetch(u); "
                                         "if (res.statusCode !== 200) { return false; } return true; }")
    assert fires("typescript", rule, "import http from 'node:http';\n"
                                     "export function ping(host: string, cb: (e?: Error) => void) { "
                                     "http.request({ host }, (res: http.IncomingMessage) => { "
                                     "if (res.statusCode === 503) return cb(new Error('busy')); "
                                     "res.resume(); res.on('end', () => cb()); }).end(); }")


def test_fields_converted_first_or_joined_to_text_are_not_asked_about() -> None:
    """`Number(...)` and `parseInt` at the read, the name converted again, unary `+`, text on
    the other side and a file with an `app.param` converter are not asked about; a
    `searchParams.get` value in TypeScript and `process.argv` are."""
    rule = "js-request-text-added-to-number"
    code = (PROGRAMS / "garageSpaces.js").read_text()
    read = "  const page = req.query.page || 1;\n"
    assert not fires("javascript", rule, fixed(code, ((read, "  const page = Number(req.query.page) || 1;\n"),)))
    assert not fires("javascript", rule, fixed(code, ((read, "  let page = req.query.page || 1;\n  page = +page;\n"),)))
    assert not fires("javascript", rule, fixed(code, (("nextPage: more ? page + 1 : null",
                                                        "nextPage: more ? +page + 1 : null"),)))
    assert not fires("javascript", rule, "app.get('/hi', (req, res) => res.send('Hi ' + req.query.name + '!'));")
    assert fires("typescript", rule, "export function nextStep(u: URL): string { "
                                     "const step = u.searchParams.get('step') ?? 0; return `${step + 1}`; }")
    assert fires("javascript", rule, "const workers = process.argv[2] || 4;\nconst slots = workers + 1;")
