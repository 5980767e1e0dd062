"""JavaScript (Node): a `call` case is a JavaScript expression over the candidate module's exports.

The case's process is `node -e CHILD -- module call fd`: it imports the module (CommonJS or
an ES module), evaluates the expression with the module's exports in scope, awaits a promise,
and writes only the serialised value (or the error) to descriptor `fd`, the driver's pipe;
its standard output and error go to /dev/null. Serialisation is JSON's, stricter: `undefined`
is null, a Map an object, a Set a sorted list, a Date ISO text, a BigInt a number when exact;
a function, a symbol, NaN or an infinity is an error.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["ADDRESS_MB", "CHILD", "EXTENSIONS", "child", "env"]

ADDRESS_MB: Final = 2048
"""V8 reserves about 800 MB of address space before it runs a line: RLIMIT_AS gets this much
above the run's memory (the cgroup, and `--max-old-space-size`, still bound what is used)."""

EXTENSIONS: Final = (".js", ".mjs", ".cjs")

CHILD: Final = r"""
'use strict';
const fs = require('fs'), path = require('path'), url = require('url');
const [modArg, call, fdArg] = process.argv.slice(1);
const RES = Number(fdArg);
function plain(v, depth) {
  if (depth > 50) throw new Error('nested too deeply');
  if (v === null || v === undefined) return null;
  const t = typeof v;
  if (t === 'boolean' || t === 'string') return v;
  if (t === 'number') { if (!Number.isFinite(v)) throw new Error('not a finite number'); return v; }
  if (t === 'bigint') {
    if (!Number.isSafeInteger(Number(v))) throw new Error('a BigInt too large to be exact');
    return Number(v);
  }
  if (t === 'function' || t === 'symbol') throw new Error('a ' + t + ' cannot be serialised');
  if (v instanceof Date) { if (isNaN(v.getTime())) throw new Error('an invalid Date'); return v.toISOString(); }
  if (Array.isArray(v) || ArrayBuffer.isView(v)) return Array.from(v, (x) => plain(x, depth + 1));
  if (v instanceof Set) {
    return Array.from(v, (x) => plain(x, depth + 1))
      .map((x) => [JSON.stringify(x), x]).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map((p) => p[1]);
  }
  const out = {};
  const entries = v instanceof Map ? Array.from(v.entries()) : Object.entries(v);
  for (const [k, x] of entries) {
    if (typeof k !== 'string' && typeof k !== 'number' && typeof k !== 'boolean' && k !== null)
      throw new Error('a key is not a string or number');
    out[typeof k === 'string' ? k : JSON.stringify(k)] = plain(x, depth + 1);
  }
  return out;
}
function emit(obj) {
  const data = Buffer.from(JSON.stringify(obj));
  let off = 0;
  while (off < data.length) off += fs.writeSync(RES, data, off);
  process.exit(0);
}
function shown(e) {
  try { return String(e && e.name ? e.name + ': ' + e.message : e).slice(0, 300); }
  catch (_) { return 'an error that could not be shown'; }
}
(async () => {
  try {
    const ns = await import(url.pathToFileURL(path.resolve(process.cwd(), modArg)).href);
    const base = ns.default !== null && typeof ns.default === 'object' ? ns.default : {};
    const scope = Object.assign({}, base, ns);
    const names = Object.keys(scope).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n)
      && !['default', 'eval', 'arguments'].includes(n));
    const fn = new Function(...names, '"use strict";\nreturn (' + call + '\n);');
    let value = fn(...names.map((n) => scope[n]));
    if (value !== null && typeof value === 'object' && typeof value.then === 'function') value = await value;
    emit({ ok: true, value: plain(value, 0) });
  } catch (e) {
    emit({ ok: false, error: shown(e) });
  }
})();
"""
"""The case's program: `node -e CHILD -- module call fd`."""


def child(runtime: str, memory_mb: int) -> list[str]:
    """The argv a `call` case's process starts with; the driver adds module, call and fd."""
    return [runtime, f"--max-old-space-size={max(16, memory_mb)}", "-e", CHILD, "--"]


def env(memory_mb: int) -> Mapping[str, str]:
    """Node's heap bounded by the run's memory; no colour; no OpenSSL configuration (the
    sandbox has no /etc/ssl, and Node refuses to start on an unreadable one)."""
    return {"NODE_OPTIONS": f"--max-old-space-size={max(16, memory_mb)}", "OPENSSL_CONF": "/dev/null",
            "NO_COLOR": "1",
            "NODE_DISABLE_COLORS": "1"}
