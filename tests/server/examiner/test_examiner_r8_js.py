"""Round 8 (JavaScript/TypeScript): the new and widened rules on code laid out as people write
it, one statement a line, and on the near misses that must stay silent."""

from __future__ import annotations

import pytest

from tests.support.rule_tables import fires

FOUND = [
    # a command line joined from words by a helper, run through promisify(exec)
    ("javascript", "js-command-from-strings", """
const { exec } = require("child_process")
const run = require("util").promisify(exec)

function convertArgs(input, output, opts) {
  const parts = ["convert", input, "-resize", opts.size]
  if (opts.background) parts.push("-background", opts.background)
  parts.push(output)
  return parts.join(" ")
}

app.post("/thumb", async (req, res) => {
  const command = convertArgs(req.file.path, "out.png", req.body)
  await run(command, { timeout: 15000 })
  res.sendFile("out.png")
})
"""),
    # the redirect target picked by a helper that returns the client's value unchecked
    ("javascript", "js-redirect-to-request-value", """
function landingPage(req) {
  const fromQuery = req.query.continue;
  const fromBody = req.body && req.body.continue;
  return fromBody || fromQuery || '/dashboard';
}

app.post('/login', async (req, res) => {
  const user = await users.check(req.body);
  req.session.regenerate(() => {
    req.session.userId = user.id;
    const target = landingPage(req);
    res.redirect(303, target);
  });
});
"""),
    # read through a helper of the file, written back to the same collection with $set
    ("javascript", "js-lost-update-across-await", """
async function loadWallet(userId) {
  const wallet = await wallets.findOne({ userId });
  if (!wallet) throw new Error('wallet not found');
  return wallet;
}

async function transfer(fromId, toId, amount) {
  const source = await loadWallet(fromId);
  if (source.balance < amount) throw new Error('insufficient funds');
  await ledger.insertOne({ fromId, toId, amount });
  await wallets.updateOne({ _id: source._id }, { $set: { balance: source.balance - amount } });
}
"""),
    # a counter read, converted as it arrives, and written back after the await
    ("typescript", "js-lost-update-across-await", """
export class FixedWindowLimiter {
  constructor(private readonly store: KeyValueStore, private readonly limit: number) {}

  async hit(client: string): Promise<boolean> {
    const key = `rl:${client}`;
    const current = Number((await this.store.get(key)) ?? "0");
    if (current >= this.limit) {
      return false;
    }
    await this.store.set(key, String(current + 1));
    return true;
  }
}
"""),
    # a TTL written in seconds, kept on the instance from a parameter's default
    ("javascript", "js-seconds-added-to-milliseconds", """
const SESSION_TTL = 30 * 60;

class SessionStore {
  constructor({ ttl = SESSION_TTL } = {}) {
    this.ttl = ttl;
    this.sessions = new Map();
  }

  create(userId) {
    const now = Date.now();
    const session = { userId, createdAt: now, expiresAt: now + this.ttl };
    this.sessions.set(userId, session);
    return session;
  }
}
"""),
    ("typescript", "js-seconds-added-to-milliseconds", """
const RETRY_DELAY_SECONDS = 30;

export function scheduleRetry(job: Job): void {
  setTimeout(() => {
    void job.run();
  }, RETRY_DELAY_SECONDS);
}
"""),
    ("typescript", "js-float-money-compared-exactly", """
const TAX_RATE = 0.0825;

export function total(invoice: Invoice): number {
  const subtotal = invoice.items.reduce((s, i) => s + i.unitPrice * i.quantity, 0);
  return subtotal * (1 + TAX_RATE);
}

export function status(invoice: Invoice): string {
  const due = total(invoice);
  const paid = invoice.payments.reduce((a, b) => a + b, 0);
  if (paid === due) {
    return "paid";
  }
  return paid > due ? "overpaid" : "open";
}
"""),
    # SSRF: the request object's URL normalised by one helper and fetched by another
    ("typescript", "js-ssrf-client-url-through-helpers", """
function normalise(raw: string): URL {
  const url = new URL(raw.trim());
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new Error("only http(s) links can be previewed");
  }
  return url;
}

async function download(target: URL): Promise<string> {
  const res = await fetch(target, { redirect: "follow" });
  return res.text();
}

export async function preview(req: PreviewRequest): Promise<string> {
  const url = normalise(req.url);
  return download(url);
}
"""),
    ("typescript", "ts-typed-store-read-per-item", """
export class SalesReport {
  constructor(
    private readonly orders: OrderRepository,
    private readonly customers: CustomerRepository,
  ) {}

  async bySegment(from: Date, to: Date): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const order of await this.orders.ordersBetween(from, to)) {
      const customer = await this.customers.byId(order.customerId);
      out.set(customer.segment, (out.get(customer.segment) ?? 0) + order.totalCents);
    }
    return out;
  }
}
"""),
    ("javascript", "js-secret-compared-plainly", """
const API_KEY = process.env.INTERNAL_API_KEY;

function requireKey(req, res, next) {
  const supplied = req.get("x-api-key");
  if (supplied !== API_KEY) {
    return res.status(401).json({ error: "unauthorised" });
  }
  next();
}
"""),
    ("javascript", "js-ldap-filter-from-values", """
function findUser(client, username) {
  return new Promise((resolve, reject) => {
    const opts = {
      scope: "sub",
      filter: `(&(objectClass=person)(uid=${username}))`,
      attributes: ["cn", "mail"],
    };
    client.search("ou=people,dc=example,dc=com", opts, (err, res) => (err ? reject(err) : resolve(res)));
  });
}
"""),
    ("javascript", "js-archive-entry-path-unchecked", """
function extract(zipPath, dest) {
  return fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on("entry", (entry) => {
      const target = path.join(dest, entry.path);
      if (entry.type === "Directory") {
        fs.mkdirSync(target, { recursive: true });
        entry.autodrain();
        return;
      }
      entry.pipe(fs.createWriteStream(target));
    })
    .promise();
}
"""),
    ("javascript", "js-redirect-to-request-value", """
router.get("/sso/return", async (ctx) => {
  await finishLogin(ctx);
  const back = ctx.query.return_to;
  ctx.redirect(back);
});
"""),
    # a command line built up in a local of a helper and run through a shell
    ("javascript", "js-command-from-strings", """
function exportCommand(table, where) {
  let cmd = `psql "$DATABASE_URL" -c "COPY (SELECT * FROM ${table}`;
  if (where) cmd += ` WHERE ${where}`;
  cmd += `) TO STDOUT WITH CSV HEADER"`;
  return cmd;
}

router.get('/export/:table', (req, res) => {
  const child = spawn(exportCommand(req.params.table, req.query.where), { shell: true });
  child.stdout.pipe(res);
});
"""),
    # a TypeScript parameter property holding a TTL in seconds
    ("typescript", "js-seconds-added-to-milliseconds", """
const DEFAULT_TTL_SECONDS = 15 * 60;

export class TtlCache<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();

  constructor(private readonly ttl: number = DEFAULT_TTL_SECONDS) {}

  set(key: string, value: T): void {
    this.entries.set(key, { value, expiresAt: Date.now() + this.ttl });
  }
}
"""),
    # a row selected by a helper, then updated with a value computed from it
    ("javascript", "js-lost-update-across-await", """
async function getMember(id) {
  const { rows } = await pool.query('SELECT id, points FROM members WHERE id = $1', [id])
  return rows[0]
}

app.post('/members/:id/redeem', async (req, res) => {
  const cost = Number(req.body.cost)
  const member = await getMember(req.params.id)
  if (member.points < cost) return res.status(409).end()
  await pool.query('INSERT INTO redemptions (member_id, cost) VALUES ($1, $2)', [member.id, cost])
  const remaining = member.points - cost
  await pool.query('UPDATE members SET points = $1 WHERE id = $2', [remaining, member.id])
  res.json({ points: remaining })
})
"""),
]

SILENT = [
    # an ORDER BY column picked from a Map the module fills with its own text
    ("javascript", "js-sql-built-from-strings", """
const SORTABLE = new Map([
  ['price', 'p.price_cents'],
  ['newest', 'p.created_at']
])

app.get('/products', async (req, res) => {
  const column = SORTABLE.get(req.query.sort) || SORTABLE.get('newest')
  const dir = req.query.order === 'asc' ? 'ASC' : 'DESC'
  const [rows] = await pool.query(
    `SELECT p.id, p.name FROM products p ORDER BY ${column} ${dir} LIMIT ?`,
    [20]
  )
  res.json(rows)
})
"""),
    # a share-link table keyed by the token the handler issues
    ("javascript", "js-module-state-mutated-per-request", """
const links = new Map();

app.post('/links', (req, res) => {
  const token = crypto.randomBytes(32).toString('hex');
  links.set(token, { target: String(req.body.path), expires: Date.now() + 600000 });
  res.status(201).json({ url: `/shared/${token}` });
});
"""),
    # the failure logged and answered with an error status (no semicolons)
    ("javascript", "js-catch-only-logs", """
app.post("/thumbnail", async (req, res) => {
  try {
    await run(req.file.path)
    res.sendFile(output)
  } catch (err) {
    console.error("convert failed", err.stderr)
    res.status(422).json({ error: "could not process image" })
  }
})
"""),
    # sorting an array no caller holds any more
    ("javascript", "js-sorts-its-argument-in-place", """
function render(groups) {
  groups.sort((a, b) => b.count - a.count);
  return groups.map((g) => `${g.count} ${g.sig}`).join("\\n");
}

function main(argv) {
  const groups = collect(argv.slice(2));
  if (groups.length === 0) return 0;
  console.log(render(groups));
  return 0;
}
"""),
    ("javascript", "js-command-from-strings", """
const { execFile } = require('child_process');

function dumpArgs(database, file) {
  return ['--format=custom', '--file', file, database];
}

function dump(database, file) {
  return new Promise((resolve, reject) => {
    execFile('pg_dump', dumpArgs(database, file), (err) => (err ? reject(err) : resolve(file)));
  });
}
"""),
    ("javascript", "js-redirect-to-request-value", """
function landingPage(req) {
  const wanted = String(req.query.continue || '');
  return wanted.startsWith('/') && !wanted.startsWith('//') ? wanted : '/dashboard';
}

app.post('/login', (req, res) => {
  res.redirect(303, landingPage(req));
});
"""),
    ("javascript", "js-seconds-added-to-milliseconds", """
const SESSION_TTL_MS = 30 * 60 * 1000;
const TOKEN_TTL = 3600;

function issue(sub) {
  const now = Math.floor(Date.now() / 1000);
  return { sub, exp: now + TOKEN_TTL, sessionUntil: Date.now() + SESSION_TTL_MS };
}
"""),
    ("typescript", "js-float-money-compared-exactly", """
type Cents = number;

export function settled(totalCents: Cents, payments: Cents[]): boolean {
  const paidCents = payments.reduce((a, b) => a + b, 0);
  return paidCents === totalCents;
}

export function show(value: Cents): string {
  return (value / 100).toFixed(2);
}
"""),
    ("typescript", "js-ssrf-client-url-through-helpers", """
const ALLOWED_HOSTS = new Set(["images.example.com"]);

function normalise(raw: string): URL {
  const url = new URL(raw);
  if (!ALLOWED_HOSTS.has(url.hostname)) {
    throw new Error("host not allowed");
  }
  return url;
}

async function download(target: URL): Promise<string> {
  const res = await fetch(target);
  return res.text();
}

export async function preview(req: PreviewRequest): Promise<string> {
  return download(normalise(req.url));
}
"""),
    ("typescript", "ts-typed-store-read-per-item", """
export class SalesReport {
  constructor(private readonly customers: CustomerRepository) {}

  async names(orders: Order[]): Promise<string[]> {
    const customers = await this.customers.byIds(orders.map((o) => o.customerId));
    return customers.map((c) => c.name);
  }
}
"""),
    ("javascript", "js-secret-compared-plainly", """
const API_KEY = Buffer.from(process.env.INTERNAL_API_KEY || "");

function requireKey(req, res, next) {
  const supplied = Buffer.from(String(req.get("x-api-key") || ""));
  if (supplied.length !== API_KEY.length || !crypto.timingSafeEqual(supplied, API_KEY)) {
    return res.status(401).json({ error: "unauthorised" });
  }
  next();
}
"""),
    ("javascript", "js-archive-entry-path-unchecked", """
function extract(zipPath, dest) {
  const root = path.resolve(dest);
  return fs.createReadStream(zipPath)
    .pipe(unzipper.Parse())
    .on("entry", (entry) => {
      const target = path.resolve(root, entry.path);
      if (!target.startsWith(root + path.sep)) {
        entry.autodrain();
        return;
      }
      entry.pipe(fs.createWriteStream(target));
    })
    .promise();
}
"""),
]


@pytest.mark.parametrize(("language", "rule_id", "code"), FOUND, ids=[f[1] for f in FOUND])
def test_found(language: str, rule_id: str, code: str) -> None:
    assert fires(language, rule_id, code), rule_id


@pytest.mark.parametrize(("language", "rule_id", "code"), SILENT, ids=[f[1] for f in SILENT])
def test_silent(language: str, rule_id: str, code: str) -> None:
    assert not fires(language, rule_id, code), rule_id
