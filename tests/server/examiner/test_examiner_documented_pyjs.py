"""Documented hazards of Python, JavaScript and TypeScript take-home code that no rule reached
(helper rules-pyjs), each written from its public documentation: a `mkdtemp` directory never
removed, a live file opened with "w" before its records are checked, a requests call with no
timeout, a record's numeric field defaulted with `or`, money added up as floats and rounded at
the end, a browser redirect to a target read from the page's own URL, a separator replaced once
in a key or slug, search answers drawn in the order they arrive, and a date-only text parsed as
midnight UTC and then read with local getters. Each asks the first question on a small program
of its class and stays silent on the same program written correctly."""

from __future__ import annotations

import textwrap

import pytest

from server.examiner.analysis.kinds import Kind
from tests.support.rule_tables import first_question

THUMBS = '''"""Make a contact sheet from a list of photos."""

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass

THUMB_SIZE = "320x320"
PHOTO_TYPES = (".jpg", ".jpeg", ".png")


@dataclass
class Sheet:
    album: str
    images: int
    output: str


def _photos(paths):
    for path in paths:
        if path.lower().endswith(PHOTO_TYPES) and os.path.isfile(path):
            yield path


def make_contact_sheet(album, photo_paths, out_dir):
    """Make a thumbnail of each photo and join them into one sheet in out_dir."""
    work = tempfile.mkdtemp(prefix="sheet-")
    thumbs = []
    for n, src in enumerate(_photos(photo_paths)):
        dst = os.path.join(work, f"{n:04d}.png")
        subprocess.run(["convert", src, "-thumbnail", THUMB_SIZE, dst], check=True)
        thumbs.append(dst)
    if not thumbs:
        raise ValueError(f"album {album} has no photos")
    sheet = os.path.join(work, "sheet.png")
    subprocess.run(["montage", *thumbs, "-geometry", "+4+4", sheet], check=True)
    output = os.path.join(out_dir, f"{album}.png")
    shutil.copyfile(sheet, output)
    return Sheet(album=album, images=len(thumbs), output=output)


def sheets_for(albums, out_dir):
    """One sheet per album ({name: [photo paths]})."""
    return [make_contact_sheet(name, paths, out_dir) for name, paths in albums.items()]
'''

LEDGER = '''"""Nightly export of the ledger to the CSV the accountants open."""

import csv
from decimal import Decimal, InvalidOperation

FIELDS = ["date", "account", "description", "debit", "credit"]


class LedgerError(ValueError):
    """A ledger entry that cannot be exported."""


def _amount(raw, field, entry_id):
    if raw in (None, ""):
        return Decimal("0")
    try:
        value = Decimal(str(raw))
    except InvalidOperation:
        raise LedgerError(f"entry {entry_id}: {field} is not a number: {raw!r}") from None
    if value < 0:
        raise LedgerError(f"entry {entry_id}: {field} is negative")
    return value.quantize(Decimal("0.01"))


def export_ledger(entries, csv_path):
    """Write every entry to csv_path; debits and credits must balance."""
    debit_total = Decimal("0")
    credit_total = Decimal("0")
    with open(csv_path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=FIELDS)
        writer.writeheader()
        for entry in entries:
            if not entry.get("account"):
                raise LedgerError(f"entry {entry.get('id')} has no account")
            debit = _amount(entry.get("debit"), "debit", entry["id"])
            credit = _amount(entry.get("credit"), "credit", entry["id"])
            debit_total += debit
            credit_total += credit
            writer.writerow({
                "date": entry["date"],
                "account": entry["account"],
                "description": entry.get("description", ""),
                "debit": f"{debit:.2f}",
                "credit": f"{credit:.2f}",
            })
    if debit_total != credit_total:
        raise LedgerError(f"ledger does not balance: {debit_total} != {credit_total}")
    return len(entries)
'''

GITHUB = '''"""Report which of an organisation's repositories have gone quiet."""

import os
from datetime import datetime, timedelta, timezone

import requests

API = "https://api.github.com"
STALE_AFTER = timedelta(days=180)


def _headers():
    token = os.environ.get("GITHUB_TOKEN")
    headers = {"Accept": "application/vnd.github+json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    return headers


def org_repos(org):
    """Every repository of the organisation, following the pagination links."""
    repos = []
    url = f"{API}/orgs/{org}/repos?per_page=100"
    while url:
        resp = requests.get(url, headers=_headers())
        resp.raise_for_status()
        repos.extend(resp.json())
        url = resp.links.get("next", {}).get("url")
    return repos


def stale_repos(org, now=None):
    """Names of the repositories with no push for STALE_AFTER, oldest first."""
    now = now or datetime.now(timezone.utc)
    stale = []
    for repo in org_repos(org):
        if repo.get("archived"):
            continue
        pushed = datetime.fromisoformat(repo["pushed_at"].replace("Z", "+00:00"))
        if now - pushed > STALE_AFTER:
            stale.append((pushed, repo["name"]))
    stale.sort()
    return [name for _, name in stale]
'''

PRICING = '''"""Price a basket: unit price times quantity, less each line's discount, plus tax."""

from decimal import ROUND_HALF_UP, Decimal

DEFAULT_TAX_RATE = Decimal("0.20")
CENT = Decimal("0.01")


class PricingError(ValueError):
    """A basket line that cannot be priced."""


def _money(value):
    return Decimal(str(value)).quantize(CENT, rounding=ROUND_HALF_UP)


def line_total(line):
    """One line's total before tax."""
    if "price" not in line:
        raise PricingError(f"line {line.get('sku')} has no price")
    quantity = line.get("quantity", 1)
    if quantity < 0:
        raise PricingError(f"line {line.get('sku')} has a negative quantity")
    discount = Decimal(str(line.get("discount") or 0.1))
    return _money(Decimal(str(line["price"])) * quantity * (1 - discount))


def basket_total(basket):
    """Subtotal, tax and total of the basket's lines."""
    subtotal = sum((line_total(line) for line in basket["lines"]), Decimal("0"))
    rate = Decimal(str(basket.get("tax_rate", DEFAULT_TAX_RATE)))
    tax = _money(subtotal * rate)
    return {"subtotal": subtotal, "tax": tax, "total": subtotal + tax}
'''

LOGIN = """import { api } from './api.js';

const form = document.querySelector('#login-form');
const errorBox = document.querySelector('#login-error');
const submit = form.querySelector('button[type=submit]');

function showError(message) {
  errorBox.textContent = message;
  errorBox.hidden = false;
}

function readCredentials() {
  const data = new FormData(form);
  const email = String(data.get('email') || '').trim();
  const password = String(data.get('password') || '');
  if (!email || !password) {
    throw new Error('Enter your email and password.');
  }
  return { email, password };
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  errorBox.hidden = true;
  let credentials;
  try {
    credentials = readCredentials();
  } catch (err) {
    showError(err.message);
    return;
  }
  submit.disabled = true;
  try {
    const res = await api.post('/session', credentials);
    if (!res.ok) {
      showError(res.status === 401 ? 'Wrong email or password.' : 'Please try again later.');
      return;
    }
  } finally {
    submit.disabled = false;
  }
  const params = new URLSearchParams(window.location.search);
  const next = params.get('next') || '/dashboard';
  window.location.href = next;
});
"""

CATALOGUE = """const products = new Map();
const byCategory = new Map();

function slugify(title) {
  return title.trim().toLowerCase().replace(' ', '-');
}

function categoryKey(name) {
  return name.trim().toLowerCase();
}

function addProduct(product) {
  if (!product.title || typeof product.price !== 'number') {
    throw new TypeError('a product needs a title and a numeric price');
  }
  const slug = slugify(product.title);
  if (products.has(slug)) {
    return { ok: false, reason: `a product called "${product.title}" already exists` };
  }
  const entry = { ...product, slug };
  products.set(slug, entry);
  const key = categoryKey(product.category || 'other');
  if (!byCategory.has(key)) {
    byCategory.set(key, []);
  }
  byCategory.get(key).push(entry);
  return { ok: true, slug };
}

function findBySlug(slug) {
  return products.get(slug) || null;
}

function listCategory(name) {
  const items = byCategory.get(categoryKey(name)) || [];
  return items.map((p) => ({ slug: p.slug, title: p.title, price: p.price }));
}

module.exports = { addProduct, findBySlug, listCategory, slugify };
"""

SEARCH = """const input = document.querySelector('#search');
const list = document.querySelector('#results');
const status = document.querySelector('#status');

function render(items) {
  list.replaceChildren();
  for (const item of items) {
    const link = document.createElement('a');
    link.href = `/books/${encodeURIComponent(item.id)}`;
    link.textContent = item.title;
    const li = document.createElement('li');
    li.append(link);
    list.append(li);
  }
  if (items.length === 0) {
    status.textContent = 'No matches';
  }
}

async function searchBooks(q) {
  const res = await fetch(`/api/books?q=${encodeURIComponent(q)}`);
  if (!res.ok) {
    throw new Error(`search failed: ${res.status}`);
  }
  return res.json();
}

input.addEventListener('input', async (event) => {
  const q = event.target.value.trim();
  if (q.length < 2) {
    render([]);
    return;
  }
  status.textContent = 'Searching…';
  try {
    const items = await searchBooks(q);
    render(items);
    status.textContent = `${items.length} results`;
  } catch (err) {
    status.textContent = 'Search is unavailable right now.';
  }
});
"""

RESULTS = """import { useEffect, useState } from 'react';

interface Book {
  id: string;
  title: string;
  author: string;
}

interface Props {
  query: string;
  onSelect: (book: Book) => void;
}

async function searchBooks(query: string): Promise<Book[]> {
  const res = await fetch(`/api/books?q=${encodeURIComponent(query)}`);
  if (!res.ok) {
    throw new Error(`search failed: ${res.status}`);
  }
  return (await res.json()) as Book[];
}

export function Results({ query, onSelect }: Props) {
  const [books, setBooks] = useState<Book[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (query.trim().length < 2) {
      setBooks([]);
      return;
    }
    searchBooks(query)
      .then((found) => {
        setBooks(found);
        setError(null);
      })
      .catch((err: Error) => setError(err.message));
  }, [query]);

  if (error) {
    return <p className="error">{error}</p>;
  }
  return (
    <ul>
      {books.map((b) => (
        <li key={b.id} onClick={() => onSelect(b)}>
          {b.title} by {b.author}
        </li>
      ))}
    </ul>
  );
}
"""

BOOKING = """const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const CLOSED_ON = new Set([0]);

const form = document.querySelector('#booking-form');
const dateInput = document.querySelector('#booking-date');
const summary = document.querySelector('#summary');
const errorBox = document.querySelector('#error');

function nightsBetween(checkIn, checkOut) {
  const ms = checkOut.getTime() - checkIn.getTime();
  return Math.round(ms / 86400000);
}

function describe(day, guests) {
  const when = `${DAYS[day.getDay()]} ${day.getDate()}/${day.getMonth() + 1}`;
  return `${guests} guest${guests === 1 ? '' : 's'} on ${when}`;
}

function validate(day, guests) {
  if (Number.isNaN(day.getTime())) {
    return 'Choose a date.';
  }
  if (CLOSED_ON.has(day.getDay())) {
    return 'We are closed on Sundays.';
  }
  if (!Number.isInteger(guests) || guests < 1 || guests > 8) {
    return 'Bookings are for 1 to 8 guests.';
  }
  return null;
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const day = new Date(dateInput.value);
  const guests = Number(form.elements.guests.value);
  const problem = validate(day, guests);
  errorBox.textContent = problem || '';
  if (problem) {
    return;
  }
  summary.textContent = describe(day, guests);
});
"""

INVOICE = '''"""Invoices for the shop's orders."""

from dataclasses import dataclass, field

VAT_RATE = 0.2
FREE_DELIVERY_FROM = 50.0
DELIVERY_FEE = 4.99


@dataclass
class Line:
    sku: str
    unit_price: float
    quantity: int


@dataclass
class Invoice:
    number: str
    lines: list[Line] = field(default_factory=list)

    def add(self, sku, unit_price, quantity=1):
        if quantity < 1:
            raise ValueError(f"{sku}: quantity must be at least 1")
        if unit_price < 0:
            raise ValueError(f"{sku}: negative price")
        self.lines.append(Line(sku, unit_price, quantity))


def invoice_totals(invoice):
    """Net, VAT, delivery and gross for the invoice, each to the penny."""
    net = 0.0
    for line in invoice.lines:
        net += line.unit_price * line.quantity
    delivery = 0.0 if net >= FREE_DELIVERY_FROM else DELIVERY_FEE
    vat = round((net + delivery) * VAT_RATE, 2)
    return {
        "net": round(net, 2),
        "delivery": delivery,
        "vat": vat,
        "gross": round(net + delivery + vat, 2),
    }
'''

THUMBS_CLEAN = THUMBS.replace(
    '    work = tempfile.mkdtemp(prefix="sheet-")\n',
    '    with tempfile.TemporaryDirectory(prefix="sheet-") as work:\n'
    '        return _make_sheet(album, photo_paths, out_dir, work)\n\n\n'
    'def _make_sheet(album, photo_paths, out_dir, work):\n')
LEDGER_CLEAN = LEDGER.replace(
    '    with open(csv_path, "w", newline="", encoding="utf-8") as fh:\n',
    '    tmp_path = csv_path + ".partial"\n'
    '    with open(tmp_path, "w", newline="", encoding="utf-8") as fh:\n').replace(
    "    if debit_total != credit_total:\n",
    "    os.replace(tmp_path, csv_path)\n    if debit_total != credit_total:\n").replace(
    "import csv\n", "import csv\nimport os\n")
GITHUB_CLEAN = GITHUB.replace("headers=_headers())", "headers=_headers(), timeout=10)")
PRICING_CLEAN = PRICING.replace('line.get("discount") or 0.1', 'line.get("discount", "0.1")')
LOGIN_CLEAN = LOGIN.replace(
    "  const next = params.get('next') || '/dashboard';\n  window.location.href = next;\n",
    "  const target = new URL(params.get('next') || '/dashboard', window.location.origin);\n"
    "  window.location.href = target.origin === window.location.origin ? target.href : '/';\n")
CATALOGUE_CLEAN = CATALOGUE.replace(".replace(' ', '-')", ".replace(/\\s+/g, '-')")
SEARCH_CLEAN = SEARCH.replace(
    "    render(items);\n", "    if (q !== input.value.trim()) return;\n    render(items);\n")
RESULTS_CLEAN = RESULTS.replace(
    "    searchBooks(query)\n      .then((found) => {\n",
    "    let ignore = false;\n    searchBooks(query)\n      .then((found) => {\n"
    "        if (ignore) return;\n").replace(
    "      .catch((err: Error) => setError(err.message));\n  }, [query]);",
    "      .catch((err: Error) => !ignore && setError(err.message));\n"
    "    return () => {\n      ignore = true;\n    };\n  }, [query]);")
BOOKING_CLEAN = BOOKING.replace(
    "  const day = new Date(dateInput.value);\n",
    "  const [y, m, d] = dateInput.value.split('-').map(Number);\n"
    "  const day = new Date(y, m - 1, d);\n")
INVOICE_CLEAN = INVOICE.replace(
    "from dataclasses import dataclass, field\n",
    "from dataclasses import dataclass, field\nfrom decimal import ROUND_HALF_UP, Decimal\n").replace(
    "    net = 0.0\n    for line in invoice.lines:\n        net += line.unit_price * line.quantity\n",
    "    net = sum((Decimal(str(line.unit_price)) * line.quantity for line in invoice.lines),\n"
    "              Decimal(0))\n").replace(
    "    vat = round((net + delivery) * VAT_RATE, 2)\n",
    "    vat = ((net + delivery) * Decimal(str(VAT_RATE))).quantize(Decimal('0.01'), ROUND_HALF_UP)\n"
).replace('round(net, 2)', 'net').replace('round(net + delivery + vat, 2)', 'net + delivery + vat')

# (path, program, the program written correctly, the rule, its kind, the line asked about)
CASES = [
    ("sheets/thumbs.py", THUMBS, THUMBS_CLEAN, "py-temp-dir-never-removed", "resource_leak", 28),
    ("ledger/export.py", LEDGER, LEDGER_CLEAN, "py-output-truncated-before-check",
     "wrong_result", 29),
    ("report/github.py", GITHUB, GITHUB_CLEAN, "py-http-call-without-timeout", "resource_leak",
     25),
    ("shop/pricing.py", PRICING, PRICING_CLEAN, "py-zero-replaced-by-or", "wrong_result", 24),
    ("web/login.js", LOGIN, LOGIN_CLEAN, "js-location-set-from-url-param", "bypassable_check",
     44),
    ("shop/catalogue.js", CATALOGUE, CATALOGUE_CLEAN, "js-separator-replaced-once-in-key",
     "wrong_result", 5),
    ("web/search.js", SEARCH, SEARCH_CLEAN, "js-search-responses-out-of-order", "race_condition",
     28),
    ("web/Results.tsx", RESULTS, RESULTS_CLEAN, "js-search-responses-out-of-order",
     "race_condition", 26),
    ("web/booking.js", BOOKING, BOOKING_CLEAN, "js-date-only-string-read-as-local",
     "wrong_result", 34),
    ("shop/invoice.py", INVOICE, INVOICE_CLEAN, "py-money-summed-as-floats", "wrong_result", 34),
]


@pytest.mark.parametrize(("path", "code", "rule", "kind", "line"),
                         [(p, c, r, k, n) for p, c, _, r, k, n in CASES],
                         ids=[f"{p}:{r}" for p, _, _, r, _, _ in CASES])
def test_the_first_question_is_about_the_documented_hazard(path: str, code: str, rule: str,
                                                           kind: str, line: int) -> None:
    question = first_question(path, code)
    assert (question.kind, question.facts.get("rule"), question.line) == (kind, rule, line)


@pytest.mark.parametrize(("path", "clean"), [(p, c) for p, _, c, _, _, _ in CASES],
                         ids=[p for p, _, _, _, _, _ in CASES])
def test_the_same_program_written_correctly_claims_no_defect(path: str, clean: str) -> None:
    question = first_question(path, clean)
    found = Kind.of(question.kind)
    assert found is None or not found.claims_bug, (question.kind, question.facts.get("rule"))


def _rules(source: str) -> set[str]:
    from server.examiner.analysis.pyrisk import python_risks

    return {r.facts.rule_id for r in python_risks(textwrap.dedent(source))}


_DIR = "import shutil, tempfile\ndef build(src):\n    d = tempfile.mkdtemp()\n    {body}\n"

# the checks of analysis/pyfiles.py: forms they find, and the escapes they leave alone
FILE_CASES: dict[str, tuple[list[str], list[str]]] = {
    "py-temp-dir-never-removed": (
        [THUMBS,
         _DIR.format(body="run(['make', '-C', d, src])\n    return len(os.listdir(d))"),
         ("from pathlib import Path\nimport tempfile\ndef unpack(blob):\n"
          "    root = Path(tempfile.mkdtemp())\n    out = root / 'data.bin'\n"
          "    out.write_bytes(blob)\n    return checksum(out)\n")],
        [THUMBS_CLEAN,
         _DIR.format(body="try:\n        return run(d, src)\n    finally:\n"
                          "        shutil.rmtree(d)"),
         _DIR.format(body="return d"),
         _DIR.format(body="out = os.path.join(d, 'a.pdf')\n    render(src, out)\n"
                          "    return {'pdf': out, 'pages': 3}"),
         _DIR.format(body="atexit.register(cleanup_dir, d)\n    return 1"),
         _DIR.format(body="weakref.finalize(src, shutil.rmtree, d)"),
         ("import tempfile\nclass Build:\n    def setUp(self):\n"
          "        self.dir = tempfile.mkdtemp()\n"),
         ("import tempfile\nclass Build:\n    def test_it(self):\n"
          "        d = tempfile.mkdtemp()\n        self.addCleanup(shutil.rmtree, d)\n"),
         ("import tempfile\ndef fixture():\n    d = tempfile.mkdtemp()\n    yield d\n"),
         ("import tempfile\nCREATED = []\ndef scratch():\n    d = tempfile.mkdtemp()\n"
          "    CREATED.append(d)\n    return len(CREATED)\n"),
         ("import shutil, tempfile\ndef _wipe(path):\n    shutil.rmtree(path)\n"
          "def build(src):\n    d = tempfile.mkdtemp()\n    run(d, src)\n    _wipe(d)\n"),
         _DIR.format(body="run(d, src)\n    shutil.move(d, '/srv/builds/' + src)"),
         ("import tempfile\ndef build(src, keep):\n    remove_dir = not keep\n"
          "    d = tempfile.mkdtemp()\n    Builder(src, d, remove_dir).run()\n")]),
    "py-output-truncated-before-check": (
        [LEDGER,
         ("import json\ndef save(records, path):\n    with open(path, 'w') as fh:\n"
          "        for r in records:\n            if 'id' not in r:\n"
          "                raise ValueError(r)\n            fh.write(json.dumps(r) + '\\n')\n"),
         ("class Store:\n    def flush(self, rows):\n"
          "        with self.path.open('w') as out:\n            for row in rows:\n"
          "                if row.qty < 0:\n                    raise ValueError(row)\n"
          "                print(row.sku, row.qty, file=out)\n")],
        [LEDGER_CLEAN,
         # every record checked before the file is opened
         ("import json\ndef save(records, path):\n    for r in records:\n"
          "        if 'id' not in r:\n            raise ValueError(r)\n"
          "    with open(path, 'w') as fh:\n        for r in records:\n"
          "            fh.write(json.dumps(r) + '\\n')\n"),
         # appended to, or made fresh
         ("def log(records, path):\n    with open(path, 'a') as fh:\n        for r in records:\n"
          "            if not r:\n                raise ValueError(r)\n"
          "            fh.write(r)\n"),
         ("def save(records, path):\n    with open(path, 'x') as fh:\n        for r in records:\n"
          "            if not r:\n                raise ValueError(r)\n"
          "            fh.write(r)\n"),
         # a temporary file, or removed when a record fails
         ("def save(records, tmp_path):\n    with open(tmp_path, 'w') as fh:\n"
          "        for r in records:\n            if not r:\n                raise ValueError(r)\n"
          "            fh.write(r)\n"),
         ("import os\ndef save(records, path):\n    try:\n        with open(path, 'w') as fh:\n"
          "            for r in records:\n                if not r:\n"
          "                    raise ValueError(r)\n                fh.write(r)\n"
          "    except ValueError:\n        os.remove(path)\n        raise\n"),
         # a path the function makes itself, or no raise while writing
         ("def save(records):\n    with open('out.txt', 'w') as fh:\n        for r in records:\n"
          "            if not r:\n                raise ValueError(r)\n            fh.write(r)\n"),
         ("def save(records, path):\n    with open(path, 'w') as fh:\n        for r in records:\n"
          "            fh.write(str(r))\n")]),
}


@pytest.mark.parametrize("rule", sorted(FILE_CASES))
def test_each_file_check_finds_its_forms_and_leaves_the_escapes(rule: str) -> None:
    hits, misses = FILE_CASES[rule]
    assert [s for s in hits if rule not in _rules(s)] == []
    assert [s for s in misses if rule in _rules(s)] == []
