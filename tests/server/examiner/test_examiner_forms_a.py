"""Round rules-forms-a: the variant forms of documented hazards that code written by other people
takes — the value kept in a local first, built in one statement and used in another, a module or
a function imported under another name, a method on `self`/`this`, `+=` onto what is there — each
with the near misses a reviewer would leave alone. Every rule is run alone on the code."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires

FIRES: list[tuple[str, str, str]] = [
    # CWE-78: the child_process module or exec under a name of the file's own, a format string,
    # a command line added to in another statement
    ("javascript", "js-command-from-strings",
     ("const proc = require('child_process');\n"
     "function ping(host) { return proc.execSync(`ping -c 1 ${host}`).toString(); }")),
    ("typescript", "js-command-from-strings",
     ("import * as cp2 from 'node:child_process';\n"
     "export function ping(host: string) { return cp2.execSync('ping -c 1 ' + host); }")),
    ("javascript", "js-command-from-strings",
     "const { exec: sh } = require('child_process');\nfunction ping(host, cb) { sh(`ping -c 1 ${host}`, cb); }"),
    ("typescript", "js-command-from-strings",
     ("import { execSync as run } from 'child_process';\n"
      "export const ping = (host: string) => run(`ping -c 1 ${host}`);")),
    ("javascript", "js-command-from-strings",
     "function convert(file) { return execSync(util.format('convert %s out.png', file)); }"),
    ("javascript", "js-command-from-strings",
     ("function history(author) { let cmd = 'git log --oneline';\n"
     "  if (author) cmd += ` --author=${author}`;\n  return execSync(cmd).toString(); }")),
    # CWE-22: the path glued together in a local, then opened
    ("javascript", "js-path-from-request-variable",
     ("app.get('/logs', (req, res) => { const file = LOG_DIR + '/' + req.query.day + '.log';\n"
     "  fs.createReadStream(file).pipe(res); });")),
    ("typescript", "js-path-from-request-variable",
     ("router.get('/x', (req, res) => { const { name } = req.query; const target = `${EXPORTS}/${name}.csv`;\n"
     "  res.download(target); });")),
    # CWE-916: the hash object kept in a local and fed the password
    ("javascript", "js-password-fast-hash",
     ("function register(email, password) { const h = crypto.createHash('md5');\n"
     "  h.update(password); return users.insert({ email, hash: h.digest('hex') }); }")),
    # indexOf > 0: written `>= 1`, through findIndex, on `this`
    ("javascript", "js-index-of-positive",
     "function isMember(team, user) { return team.members.indexOf(user.id) >= 1; }"),
    ("typescript", "js-index-of-positive",
     ("class Cart { has(sku: string) { const at = this.lines.findIndex((l) => l.sku === sku);\n"
     "  return at > 0; } }")),
    ("javascript", "js-index-of-positive",
     "const known = (ids, id) => { const pos = ids.indexOf(id);\n  return 1 <= pos; };"),
    # a descriptor or FileHandle opened through a named import
    ("javascript", "js-fd-not-closed",
     ("const { open } = require('fs/promises');\n"
     "async function magic(file) { const fh = await open(file, 'r');\n"
     "  const { buffer } = await fh.read(Buffer.alloc(4), 0, 4, 0); return buffer; }")),
    ("javascript", "js-fd-not-closed",
     ("import { openSync, readSync } from 'node:fs';\n"
     "export function magic(p) { const fd = openSync(p, 'r'); const b = Buffer.alloc(4);\n"
     "  readSync(fd, b, 0, 4, 0); return b; }")),
    # CWE-79: markup added with `+=`, or one value escaped and another not in a `+` chain
    ("javascript", "js-html-from-values",
     "function addItem(list, item) { list.innerHTML += `<li>${item.title}</li>`; }"),
    ("typescript", "js-html-from-values",
     ("function show(el: HTMLElement, user: User) {\n"
      "  el.innerHTML = '<b>' + escapeHtml(user.name) + '</b> ' + user.bio; }")),
    # an empty rejection handler written as a function expression
    ("javascript", "js-swallowed-error", "function warm(keys) { preload(keys).catch(function () {}); }"),
    # CWE-330: Math.random() kept in a local and stored as the secret
    ("javascript", "js-math-random-secret",
     ("function forgot(user) { const t = Math.random().toString(36).slice(2);\n"
     "  user.resetToken = t; return mail(user.email, t); }")),
    ("javascript", "js-math-random-secret",
     ("const issue = (user) => { const v = Math.random().toString(16).slice(2);\n"
     "  return db.insert({ user: user.id, apiKey: v }); };")),
    # sorting a copy of a numeric array kept in a local
    ("javascript", "js-sort-numbers-as-strings",
     "function best(scores) { const ranked = scores.slice(); ranked.sort(); return ranked[ranked.length - 1]; }"),
    # Python: `sh -c` with a built line under an alias, from a tuple, or a list kept in a local
    ("python", "py-shell-dash-c-built",
     "import subprocess as sp\ndef convert(src):\n    sp.run(['sh', '-c', f'convert {src} out.png'], check=True)\n"),
    ("python", "py-shell-dash-c-built",
     "from subprocess import check_output\ndef disk(path):\n    return check_output(('sh', '-c', 'du -sh ' + path))\n"),
    ("python", "py-shell-dash-c-built",
     ("import subprocess\ndef convert(src):\n    argv = ['bash', '-c', 'convert %s out.png' % src]\n"
     "    subprocess.run(argv, check=True)\n")),
    # requests with no timeout: aliased, imported by name, a Session the class keeps
    ("python", "py-http-call-without-timeout",
     "import requests as rq\ndef rates(base):\n    return rq.get(f'https://x.test/{base}').json()\n"),
    ("python", "py-http-call-without-timeout",
     "from requests import post\ndef notify(url, event):\n    post(url, json={'event': event})\n"),
    ("python", "py-http-call-without-timeout",
     ("import requests\nclass Client:\n    def __init__(self):\n        self.session = requests.Session()\n"
     "    def rates(self, cur):\n        return self.session.get(f'https://x.test/{cur}').json()\n")),
    # exit status dropped, the module under an alias
    ("python", "py-subprocess-status-ignored",
     "import subprocess as sp\ndef backup(d):\n    sp.run(['tar', 'czf', 'b.tgz', d])\n    upload('b.tgz')\n"),
    # the caller's list shuffled through an alias or a generator the object keeps
    ("python", "py-sorts-its-argument-in-place",
     "import random as rnd\ndef deal(cards, n):\n    rnd.shuffle(cards)\n    return cards[:n]\n"),
    ("python", "py-sorts-its-argument-in-place",
     "class Dealer:\n    def deal(self, cards, n):\n        self.rng.shuffle(cards)\n        return cards[:n]\n"),
    # dict.get's default kept in a local and changed, never stored
    ("python", "py-get-default-mutated",
     "def add(index, word, doc):\n    docs = index.get(word, [])\n    docs.append(doc)\n"),
    ("python", "py-get-default-mutated",
     "class Graph:\n    def link(self, a, b):\n        near = self.edges.get(a, set())\n        near.add(b)\n"),
    # the configured secret read into a local first
    ("python", "py-secret-compared-plainly",
     ("import os\ndef check(request):\n    expected = os.environ['API_TOKEN']\n"
     "    return request.headers.get('X-Token') == expected\n")),
    # SQL built piece by piece and handed to pandas or to SQLAlchemy's text()
    ("python", "py-sql-built-piece-by-piece",
     ("import pandas as pd\ndef report(conn, region):\n    sql = 'SELECT * FROM sales WHERE 1=1'\n"
     "    if region:\n        sql += f\" AND region = '{region}'\"\n    return pd.read_sql(sql, conn)\n")),
    ("python", "py-sql-built-piece-by-piece",
     ("from sqlalchemy import text\ndef find(session, name):\n    q = 'SELECT id FROM users WHERE 1=1'\n"
     "    if name:\n        q += \" AND name = '%s'\" % name\n    return session.execute(text(q)).all()\n")),
    # Markup of an f-string kept in a local
    ("python", "py-markup-built-from-values",
     "from markupsafe import Markup\ndef badge(user):\n    html = f'<b>{user.name}</b>'\n    return Markup(html)\n"),
]

SILENT: list[tuple[str, str, str]] = [
    ("javascript", "js-command-from-strings",
     "const proc = require('child_process');\nfunction uptime() { return proc.execSync('uptime -p').toString(); }"),
    ("javascript", "js-command-from-strings",
     ("function history(oneline) { let cmd = 'git log'; if (oneline) cmd += ' --oneline';\n"
      "  return execSync(cmd).toString(); }")),
    ("javascript", "js-command-from-strings",
     ("const { execFile: run } = require('child_process');\n"
      "function ping(host, cb) { run('ping', ['-c', '1', host], cb); }")),
    ("javascript", "js-path-from-request-variable",
     ("app.get('/logs', (req, res) => { const file = LOG_DIR + '/' + path.basename(req.query.day) + '.log';\n"
     "  fs.createReadStream(file).pipe(res); });")),
    # the request value is the data appended, not the path
    ("javascript", "js-path-from-request-variable",
     ("app.post('/notes', (req, res) => { const line = `${Date.now()} ${req.body.text}`;\n"
     "  fs.appendFile(NOTES_FILE, line, () => res.end()); });")),
    ("javascript", "js-password-fast-hash",
     "function etag(body) { const h = crypto.createHash('md5'); h.update(body); return h.digest('hex'); }"),
    ("javascript", "js-index-of-positive",
     "class Cart { has(sku) { return this.lines.findIndex((l) => l.sku === sku) >= 0; } }"),
    ("javascript", "js-fd-not-closed",
     "const open = require('open');\nasync function show(url) { const child = await open(url); return child.pid; }"),
    ("javascript", "js-fd-not-closed",
     ("const { open } = require('fs/promises');\nasync function magic(file) { const fh = await open(file, 'r');\n"
     "  try { return (await fh.read(Buffer.alloc(4), 0, 4, 0)).buffer; } finally { await fh.close(); } }")),
    ("javascript", "js-html-from-values",
     "function show(el, user) { el.innerHTML = '<b>' + escapeHtml(user.name) + '</b>'; }"),
    ("javascript", "js-html-from-values", "function addItem(list) { list.innerHTML += '<li class=\"sep\"></li>'; }"),
    ("javascript", "js-swallowed-error",
     "function warm(keys) { preload(keys).catch(function (err) { metrics.failed(err); }); }"),
    ("javascript", "js-math-random-secret",
     "function forgot(user) { const t = Math.random().toString(36).slice(2); user.hint = t; return t; }"),
    ("javascript", "js-sort-numbers-as-strings",
     "function best(scores) { const ranked = scores.slice(); ranked.sort((a, b) => a - b); return ranked[0]; }"),
    ("javascript", "js-sort-numbers-as-strings",
     "function labels(names) { const sorted = [...names]; sorted.sort(); return sorted; }"),
    ("python", "py-shell-dash-c-built",
     ("import subprocess\ndef uptime():\n    argv = ['sh', '-c', 'uptime | cut -d, -f1']\n"
     "    return subprocess.run(argv, capture_output=True)\n")),
    ("python", "py-shell-dash-c-built",
     "def describe(src):\n    argv = ['sh', '-c', f'convert {src} out.png']\n    return ' '.join(argv)\n"),
    ("python", "py-http-call-without-timeout",
     "import requests as rq\ndef rates(base):\n    return rq.get(f'https://x.test/{base}', timeout=5).json()\n"),
    ("python", "py-http-call-without-timeout",
     ("from requests import post\nfrom cache import get\ndef notify(url, event):\n    get(url)\n"
     "    post(url, json={'event': event}, timeout=5)\n")),
    ("python", "py-subprocess-status-ignored",
     "import asyncio as sp\ndef main(d):\n    sp.run(backup(d))\n    print('done')\n"),
    ("python", "py-sorts-its-argument-in-place",
     "import random as rnd\ndef deal(cards, n):\n    deck = list(cards)\n    rnd.shuffle(deck)\n    return deck[:n]\n"),
    ("python", "py-get-default-mutated",
     "def add(index, word, doc):\n    docs = index.get(word, [])\n    docs.append(doc)\n    return docs\n"),
    ("python", "py-get-default-mutated",
     "def add(index, word, doc):\n    docs = index.get(word, [])\n    docs.append(doc)\n    index[word] = docs\n"),
    ("python", "py-secret-compared-plainly",
     ("import hmac, os\ndef check(request):\n    expected = os.environ['API_TOKEN']\n"
     "    return hmac.compare_digest(request.headers.get('X-Token', ''), expected)\n")),
    ("python", "py-sql-built-piece-by-piece",
     ("from sqlalchemy import text\ndef find(session, name):\n    q = 'SELECT id FROM users WHERE 1=1'\n"
     "    if name:\n        q += ' AND name = :name'\n    return session.execute(text(q), {'name': name}).all()\n")),
    ("python", "py-markup-built-from-values",
     ("from markupsafe import Markup, escape\ndef badge(user):\n    html = f'<b>{escape(user.name)}</b>'\n"
     "    return Markup(html)\n")),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FIRES,
                         ids=[f"{r}-{i}" for i, (_, r, _) in enumerate(FIRES)])
def test_a_variant_form_of_the_hazard_is_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code)


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT,
                         ids=[f"{r}-{i}" for i, (_, r, _) in enumerate(SILENT)])
def test_a_near_miss_stays_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code)
