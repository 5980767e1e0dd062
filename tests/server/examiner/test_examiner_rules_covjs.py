"""Round cov-js: documented JavaScript hazards asked about on take-home programs of one's own
(`takehome_covjs/`): the client address taken from `X-Forwarded-For` for a rate limit with no
trusted proxy (CWE-348; Express, "Express behind proxies"); `.then(onFulfilled, onRejected)`
whose rejection handler cannot see the fulfilment handler's throw (Promises/A+ 2.2.7,
Bluebird's anti-patterns); a ResizeObserver made per call and never disconnected (MDN); a
`${...}` placeholder in a quoted string (eslint no-template-curly-in-string); a loop that
leaves on both branches of its `if` (eslint no-unreachable-loop). The first question on each
is the finding; the program fixed the way a reviewer would accept asks no question that claims
a defect."""

from __future__ import annotations

from pathlib import Path

from tests.support.rule_tables import fires, fixed, takehome_tests

PROGRAMS = Path(__file__).resolve().parent / "takehome_covjs"

FORWARDED = '    const clientIp = req.headers["x-forwarded-for"] || req.socket.remoteAddress;\n'
SOCKET = "    const clientIp = req.ip;\n"
THEN = ("      spinner.hidden = true;\n    },\n    (err) => {\n      spinner.hidden = true;\n"
        "      showFailure(banner, `Could not load the feed: ${err.message}`);\n    }\n  );\n")
CATCH = ("      spinner.hidden = true;\n    })\n    .catch((err) => {\n      spinner.hidden = true;\n"
         "      showFailure(banner, `Could not load the feed: ${err.message}`);\n    });\n")
OBSERVER = ("function watchCard(card) {\n  const caption = card.querySelector(\"figcaption\");\n"
            "  const observer = new ResizeObserver((entries) => {\n"
            "    for (const entry of entries) {\n"
            "      fitCaption(caption, entry.contentRect.width);\n    }\n  });\n"
            "  observer.observe(card);\n}\n")
SHARED = ("const cardObserver = new ResizeObserver((entries) => {\n"
          "  for (const entry of entries) {\n"
          "    fitCaption(entry.target.querySelector(\"figcaption\"), entry.contentRect.width);\n"
          "  }\n});\n\nfunction watchCard(card) {\n  cardObserver.observe(card);\n}\n")
CLEARED = "  grid.replaceChildren();\n"
UNWATCHED = "  cardObserver.disconnect();\n  grid.replaceChildren();\n"
QUOTED = '  return "Hi ${name}, this is a reminder of your appointment at " + clinic.name + " at " + time +\n'
BACKTICK = '  return `Hi ${name}, this is a reminder of your appointment at ` + clinic.name + " at " + time +\n'
BOTH = ("    if (worker.id === workerId) {\n      return worker;\n    } else {\n      return null;\n"
        "    }\n")
MATCH_ONLY = "    if (worker.id === workerId) {\n      return worker;\n    }\n"

CASES = [
    # (program, rule, kind, the fixes: (text, replacement), ...)
    # the socket's address (Express's req.ip with trust proxy off)
    ("loginService.js", "js-client-ip-from-forwarded-header", "bypassable_check", ((FORWARDED, SOCKET),)),
    # the handler chained after with .catch
    ("itemFeed.js", "js-then-rejection-handler-misses-fulfilment-error", "swallowed_exception",
     (("  fetch(url).then(\n", "  fetch(url)\n    .then(\n"), (THEN, CATCH))),
    # one observer for every card, disconnected before the grid is rebuilt
    ("cardGrid.js", "js-observer-created-per-call", "resource_leak", ((OBSERVER, SHARED), (CLEARED, UNWATCHED))),
    # backticks
    ("reminders.js", "js-template-placeholder-in-plain-string", "wrong_result", ((QUOTED, BACKTICK),)),
    # the miss answered after the loop
    ("shiftRoster.js", "js-loop-exits-on-first-item", "wrong_result", ((BOTH, MATCH_ONLY),)),
]


test_first_question_is_the_new_finding, test_the_fixed_program_asks_no_defect = \
    takehome_tests(PROGRAMS, CASES)


def _code(name: str) -> str:
    return (PROGRAMS / name).read_text()


def test_a_trusted_proxy_or_a_logged_header_is_not_asked_about() -> None:
    rule = "js-client-ip-from-forwarded-header"
    code = _code("loginService.js")
    trusted = code.replace('  app.use(express.json({ limit: "10kb" }));\n',
                           '  app.set("trust proxy", 1);\n  app.use(express.json({ limit: "10kb" }));\n')
    assert not fires("javascript", rule, trusted)
    assert fires("typescript", rule, "app.use((req: Request, res: Response, next: NextFunction) => {\n"
                                     "  const ip = req.header('X-Real-IP');\n"
                                     "  if (denied.has(ip)) { res.status(403).end(); return; }\n  next();\n});")


def test_a_chain_returned_to_the_caller_or_ending_in_catch_is_not_asked_about() -> None:
    rule = "js-then-rejection-handler-misses-fulfilment-error"
    code = _code("itemFeed.js")
    assert not fires("javascript", rule, code.replace("  fetch(url).then(\n", "  return fetch(url).then(\n"))
    assert fires("typescript", rule, "function go(id: string): void {\n"
                                     "  load(id).then((r: Row) => show(r.name), (e: Error) => warn(e));\n}")


def test_an_observer_kept_or_disconnected_is_not_asked_about() -> None:
    rule = "js-observer-created-per-call"
    code = _code("cardGrid.js")
    assert not fires("javascript", rule, fixed(code, ((OBSERVER, SHARED),)))
    kept = code.replace("  observer.observe(card);\n}\n", "  observer.observe(card);\n  return observer;\n}\n")
    assert not fires("javascript", rule, kept)
    window = ("function renderAlbum(grid) {\n  grid.replaceChildren();\n"
              "  window.addEventListener('resize', () => fit(grid));\n}\n")
    assert fires("javascript", "js-window-listener-added-per-call", window)
    assert not fires("javascript", "js-window-listener-added-per-call",
                     window.replace("() => fit(grid)", "onResize"))
