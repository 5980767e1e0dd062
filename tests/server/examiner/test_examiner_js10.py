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
