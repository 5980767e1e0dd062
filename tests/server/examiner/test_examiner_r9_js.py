"""Round 9 (JavaScript/TypeScript): the first question on small programs laid out as people
write them asks about the round's hazards, and the near misses stay silent."""

from __future__ import annotations

from tests.support.rule_tables import fires, first_question


def _first(path: str, code: str) -> tuple[str, int]:
    question = first_question(path, code)
    return question.kind, question.line


def test_a_port_list_parsed_with_map_parse_int_is_asked_about_first() -> None:
    code = """
function ports(spec) {
  const out = spec.split(',').map(parseInt)
  return out.filter((p) => p > 0)
}
module.exports = { ports }
"""
    assert _first("lib/ports.js", code) == ("wrong_result", 3)


def test_a_promise_left_pending_on_error_is_asked_about_before_the_generic_question() -> None:
    code = """
const { execFile } = require('child_process')
function run(cmd, args) {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, (err, stdout) => {
      if (err) {
        console.error(err)
        return
      }
      resolve(stdout)
    })
  })
}
module.exports = { run }
"""
    assert _first("lib/run.js", code) == ("swallowed_exception", 6)


def test_dates_compared_with_triple_equals_are_an_equality_bug() -> None:
    code = """
interface Booking { room: string; from: Date; to: Date }
export function sameBooking(a: Booking, b: Booking): boolean {
  return a.room === b.room && a.from === b.from && a.to === b.to
}
"""
    assert _first("src/booking.ts", code)[0] == "equality_bug"


def test_a_mongo_filter_from_the_body_is_asked_about_as_injection() -> None:
    code = """
router.post('/verify', async (req, res) => {
  const { code } = req.body
  const row = await db.collection('invites').findOne({ code })
  res.json({ ok: Boolean(row) })
})
"""
    assert _first("routes/invites.js", code) == ("code_injection", 4)


def test_near_misses_stay_silent() -> None:
    assert not fires("javascript", "js-nosql-filter-from-request",
                     "app.post('/v', async (req, res) => { const code = String(req.body.code); "
                     "res.json(await invites.findOne({ code })); });")
    assert not fires("javascript", "js-index-of-positive",
                     "const hidden = file.name.indexOf('.') > 0;")
    assert not fires("javascript", "js-callback-error-ignored",
                     "emitter.on('data', (err, chunk) => push(chunk));")
    assert not fires("javascript", "js-map-indexed-like-object",
                     "const m = new Map();\nfunction f(rows) { const m = {}; m[rows[0]] = 1; return m; }")
    assert not fires("javascript", "js-switch-case-falls-through",
                     "switch (x) {\n  case 1: {\n    go();\n    break;\n  }\n  case 2:\n    stop();\n}")
    assert not fires("javascript", "js-catch-only-logs",
                     "const poll = async () => {\n  try {\n    await pull();\n  } catch (e) {\n"
                     "    log.warn(e);\n  }\n  setTimeout(poll, 5000);\n};")
