"""React's documented hazards asked about on take-home components of one's own
(`takehome_rulesreact/`, in `.tsx` and `.jsx`), each from the React docs (react.dev): an
effect that starts an interval, a listener, a subscription or a socket and returns no cleanup
("Synchronizing with Effects"); `dangerouslySetInnerHTML` given data no sanitiser saw (CWE-79);
state changed in place and set with the same reference, which React's Object.is comparison
skips ("Updating Arrays in State"); and a request in an effect whose response is set with no
`ignore` flag or abort, so an older answer can overwrite a newer one ("Fetching data"). The
first question on each is the finding; the program fixed the way a reviewer would accept asks
no question that claims a defect."""

from __future__ import annotations

from pathlib import Path

from server.examiner.analysis.rules import load_rules
from server.examiner.findings import analyse
from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_rulesreact"

TIMER = ("    const timer = setInterval(() => {\n      setNow(minutesNow(new Date()));\n"
         "    }, refreshEveryMs);\n  }, [refreshEveryMs]);\n")
TIMER_CLEARED = ("    const timer = setInterval(() => {\n      setNow(minutesNow(new Date()));\n"
                 "    }, refreshEveryMs);\n    return () => clearInterval(timer);\n"
                 "  }, [refreshEveryMs]);\n")
NOTE = "dangerouslySetInnerHTML={{ __html: note.text }} />"
NOTE_CLEAN = "dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(note.text) }} />"
PURIFY = ('import React, { useEffect, useState } from "react";\n',
          'import React, { useEffect, useState } from "react";\nimport DOMPurify from "dompurify";\n')
PUSHED = "    chosen.push(seat);\n    setChosen(chosen);\n"
COPIED = "    setChosen([...chosen, seat]);\n"
FETCH = ("  useEffect(() => {\n    setStatus(\"loading\");\n"
         "    fetch(`/api/tides?station=${encodeURIComponent(station)}`)\n")
FETCH_ABORT = ("  useEffect(() => {\n    const controller = new AbortController();\n"
               "    setStatus(\"loading\");\n"
               "    fetch(`/api/tides?station=${encodeURIComponent(station)}`, "
               "{ signal: controller.signal })\n")
CAUGHT = ("      .catch(() => setStatus(\"failed\"));\n  }, [station]);\n")
CAUGHT_ABORT = ("      .catch((err) => {\n        if (err.name !== \"AbortError\") {\n"
                "          setStatus(\"failed\");\n        }\n      });\n"
                "    return () => controller.abort();\n  }, [station]);\n")

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the interval cleared by the effect's cleanup
    ("WardRota.tsx", "js-react-effect-without-cleanup", "resource_leak", ((TIMER, TIMER_CLEARED),)),
    # the note's markup sanitised before it is inserted
    ("TastingNotes.jsx", "js-react-html-from-data", "xss", (PURIFY, (NOTE, NOTE_CLEAN))),
    # a new array given to the setter
    ("SeatMap.tsx", "js-state-mutated-then-set", "wrong_result", ((PUSHED, COPIED),)),
    # the request aborted when the station changes
    ("TideTable.jsx", "js-react-fetch-effect-race", "race_condition",
     ((FETCH, FETCH_ABORT), (CAUGHT, CAUGHT_ABORT))),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def _code(name: str) -> str:
    return (PROGRAMS / name).read_text()


def test_the_rules_run_on_tsx_and_jsx_and_the_jsx_one_not_on_plain_ts() -> None:
    """The hook rules are JavaScript's, so TypeScript's and TSX's too; the JSX rule is read in
    the grammars that have JSX (`.js`, `.jsx`, `.tsx`), not in plain `.ts`."""
    jsx = "const Note = ({ n }) => <p dangerouslySetInnerHTML={{ __html: n.body }} />;\n"
    assert fires("tsx", "js-react-html-from-data", jsx)
    assert fires("javascript", "js-react-html-from-data", jsx)
    tsx_program = _code("WardRota.tsx")
    assert fires("tsx", "js-react-effect-without-cleanup", tsx_program)
    assert "js-react-effect-without-cleanup" in {
        f.facts.rule.rule for f in analyse("WardRota.tsx", None, tsx_program) if f.facts.rule}
    assert "js-react-html-from-data" not in {r.id for r in load_rules("typescript")}
    assert fires("typescript", "js-state-mutated-then-set",
                 "function useList() {\n  const [xs, setXs] = useState<number[]>([]);\n"
                 "  return (x: number) => { xs.push(x); setXs(xs); };\n}")


def test_an_effect_that_cleans_up_or_starts_nothing_is_not_asked_about() -> None:
    rule = "js-react-effect-without-cleanup"
    code = _code("WardRota.tsx")
    # the resize listener beside it is removed by its cleanup
    assert not fires("tsx", rule, fixed(code, ((TIMER, TIMER_CLEARED),)))
    # an expression body returns what subscribe returns: the unsubscribe
    assert not fires("tsx", rule, "function Live({ store }: { store: Store }) {\n"
                                  "  useEffect(() => store.subscribe(() => redraw()), [store]);\n}")
    # a start made in a handler the effect only defines, and a one-shot listener
    assert not fires("tsx", rule, "function Go() {\n  useEffect(() => {\n"
                                  "    const go = () => setInterval(step, 10);\n    bind(go);\n"
                                  "  }, []);\n}")
    assert not fires("javascript", rule, "function Once() {\n  useEffect(() => {\n"
                                         "    window.addEventListener('load', ping, { once: true });\n"
                                         "  }, []);\n}")
    # an early return with no value is no cleanup
    assert fires("javascript", rule, "function Feed({ src }) {\n  useEffect(() => {\n"
                                     "    if (!src) return;\n    const es = new EventSource(src);\n"
                                     "    es.onmessage = (e) => add(e.data);\n  }, [src]);\n}")


def test_literal_or_sanitised_markup_is_not_asked_about() -> None:
    rule = "js-react-html-from-data"
    assert not fires("tsx", rule, "const STAR = '<svg viewBox=\"0 0 4 4\"></svg>';\n"
                                  "export const Star = () => <i dangerouslySetInnerHTML={{ __html: STAR }} />;")
    assert not fires("tsx", rule, "export function Body({ md }: { md: string }) {\n"
                                  "  const safe = sanitizeHtml(render(md));\n"
                                  "  return <div dangerouslySetInnerHTML={{ __html: safe }} />;\n}")
    assert not fires("javascript", rule, "const Body = ({ md }) => <div>{md}</div>;")
    # a template with substitutions is built from data
    assert fires("tsx", rule, "export const Hi = ({ name }: { name: string }) =>\n"
                              "  <p dangerouslySetInnerHTML={{ __html: `Hello <b>${name}</b>` }} />;")


def test_a_copy_or_an_updater_is_not_asked_about() -> None:
    rule = "js-state-mutated-then-set"
    code = _code("SeatMap.tsx")
    copy = "    const next = [...chosen];\n    next.push(seat);\n    setChosen(next);\n"
    assert not fires("tsx", rule, fixed(code, ((PUSHED, copy),)))
    updater = "    setChosen((prev) => [...prev, seat]);\n"
    assert not fires("tsx", rule, fixed(code, ((PUSHED, updater),)))
    # sorting the state array in the setter's argument mutates it too
    assert fires("tsx", rule, fixed(code, ((PUSHED, "    setChosen(chosen.sort((a, b) => a.price - b.price));\n"),)))


def test_a_request_with_an_ignore_flag_or_run_once_is_not_asked_about() -> None:
    rule = "js-react-fetch-effect-race"
    code = _code("TideTable.jsx")
    assert not fires("javascript", rule, fixed(code, ((FETCH, FETCH_ABORT), (CAUGHT, CAUGHT_ABORT))))
    ignore_flag = fixed(code, (
        (FETCH, FETCH.replace("  useEffect(() => {\n", "  useEffect(() => {\n    let ignore = false;\n")),
        ("        setTides(data.tides);\n        setStatus(\"done\");\n",
         "        if (!ignore) {\n          setTides(data.tides);\n          setStatus(\"done\");\n        }\n"),
        (CAUGHT, ("      .catch(() => setStatus(\"failed\"));\n    return () => {\n"
                  "      ignore = true;\n    };\n  }, [station]);\n"))))
    assert not fires("javascript", rule, ignore_flag)
    # the same request made once, on mount, has nothing newer to be overtaken by
    assert not fires("javascript", rule, fixed(code, (("  }, [station]);\n", "  }, []);\n"),)))
    # an awaited request in a TSX component is the same race
    assert fires("tsx", rule, "export function Who({ id }: { id: string }) {\n"
                              "  const [who, setWho] = useState<User | null>(null);\n"
                              "  useEffect(() => {\n    const load = async () => {\n"
                              "      const res = await fetch(`/users/${id}`);\n"
                              "      setWho(await res.json());\n    };\n    void load();\n"
                              "  }, [id]);\n  return <b>{who?.name}</b>;\n}")
