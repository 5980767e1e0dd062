"""Round 10 (JavaScript/TypeScript): the first question on small programs laid out as people
write them asks about the round's hazards, and the near misses stay silent."""

from __future__ import annotations

from tests.support.rule_tables import fires, first_question


def _first(path: str, code: str) -> tuple[str, int]:
    question = first_question(path, code)
    return question.kind, question.line


def test_a_method_handed_to_a_timer_is_asked_about_not_read_as_code() -> None:
    code = """
export class Heartbeat {
  private sent = 0
  private h?: NodeJS.Timeout
  begin(every: number): void {
    this.h = setInterval(this.beat, every)
  }
  beat(): void {
    this.sent += 1
  }
}
"""
    assert _first("src/heartbeat.ts", code) == ("wrong_result", 6)


def test_an_error_handler_with_three_parameters_is_asked_about_first() -> None:
    code = """
const express = require('express')
const app = express()
app.get('/x', (req, res, next) => next(new Error('boom')))
app.use(function onError(err, req, res) {
  res.status(500).send('sorry')
})
module.exports = app
"""
    assert _first("server/app.js", code) == ("ignored_error", 5)


def test_a_password_check_tested_without_await_is_a_security_question() -> None:
    code = """
const argon2 = require('argon2')
async function signIn(account, given) {
  if (account && argon2.verify(account.hash, given)) {
    return { ok: true, id: account.id }
  }
  return { ok: false }
}
module.exports = { signIn }
"""
    assert _first("auth/sign-in.js", code) == ("bypassable_check", 4)


def test_an_uncaught_exception_handler_that_only_logs_is_asked_about() -> None:
    code = """
const logger = require('./log')
process.on('uncaughtException', (e) => {
  logger.error({ err: e }, 'uncaught')
})
require('./server').start()
"""
    assert _first("bin/start.js", code) == ("swallowed_exception", 3)


def test_a_timer_raced_and_cleared_in_finally_is_not_a_leak() -> None:
    assert not fires("typescript", "js-race-timeout-never-cleared", """
export async function limit<T>(p: Promise<T>, ms: number): Promise<T> {
  let t: ReturnType<typeof setTimeout> | undefined
  try {
    return await Promise.race([p, new Promise<never>((_, no) => { t = setTimeout(() => no(new Error('late')), ms) })])
  } finally {
    clearTimeout(t)
  }
}
""")


def test_near_misses_stay_silent() -> None:
    assert not fires("javascript", "js-json-of-map-or-set",
                     "const seen = new Map();\nconst dump = () => JSON.stringify([...seen.entries()]);")
    assert not fires("javascript", "js-cookie-max-age-in-seconds",
                     "res.cookie('t', v, { maxAge: ttlSeconds * 1000, httpOnly: true });")
    assert not fires("javascript", "js-host-regex-unescaped-dot",
                     "const ok = /^([a-z0-9-]+\\.)*example\\.com$/.test(host);")
    assert not fires("javascript", "js-stack-trace-sent-to-client",
                     "function onErr(err, res) { log.error(err.stack); res.status(500).json({ error: 'internal' }); }")
    assert not fires("javascript", "js-link-from-host-header",
                     "function resetLink(token) { return `${process.env.PUBLIC_URL}/reset/${token}`; }")
    assert not fires("javascript", "js-cents-truncated-from-float",
                     "const cents = Math.round(Number(amount) * 100);")
    assert not fires("javascript", "js-array-constructor-mapped",
                     "const grid = Array.from({ length: n }, () => new Array(n).fill(0));")


def test_a_nested_default_changed_through_a_spread_copy_is_asked_about_first() -> None:
    code = """
const LIMITS = { upload: { maxMb: 10 }, name: 'std' }
function limitsFor(plan) {
  const out = { ...LIMITS }
  if (plan === 'pro') {
    out.upload.maxMb = 100
  }
  return out
}
module.exports = { limitsFor }
"""
    assert _first("lib/limits.js", code) == ("wrong_result", 6)


def test_a_fixed_salt_is_a_weak_password_hash() -> None:
    code = """
import { scryptSync } from 'crypto'
export function derive(secret: string): Buffer {
  return scryptSync(secret, 'app-wide', 64)
}
"""
    assert _first("src/derive.ts", code) == ("weak_password_hash", 4)


def test_batch_two_near_misses_stay_silent() -> None:
    assert not fires("javascript", "js-delete-array-element",
                     "const byName = {};\nfunction drop(n) { delete byName[n]; }")
    assert not fires("javascript", "js-content-length-from-string-length",
                     "function ok(res, text) {\n"
                     "  res.setHeader('Content-Length', Buffer.byteLength(text)); res.end(text);\n}")
    assert not fires("javascript", "js-encode-uri-for-query-value",
                     "const link = `${base}?next=${encodeURIComponent(path)}`;")
    assert not fires("javascript", "js-sort-random-comparator",
                     "const order = xs.slice().sort((a, b) => a.rank - b.rank);")
