import sys; sys.path.insert(0, "/work/heldout/tools")
from lib import add

add("ts-01", "typescript", "src/middleware/tenant.ts", r'''
import type { Request, Response, NextFunction } from "express";
import { db } from "../db";

interface Tenant {
  id: string;
  name: string;
  plan: "free" | "pro";
}

let currentTenant: Tenant | null = null;

export async function tenantMiddleware(req: Request, res: Response, next: NextFunction) {
  const host = req.hostname;
  const slug = host.split(".")[0];
  const tenant = await db.tenants.findBySlug(slug);
  if (!tenant) {
    res.status(404).json({ error: `unknown tenant ${slug}` });
    return;
  }
  currentTenant = tenant;
  next();
}

export function getTenant(): Tenant {
  if (!currentTenant) throw new Error("tenant middleware not installed");
  return currentTenant;
}

export async function listInvoices(req: Request, res: Response) {
  const limit = Math.min(Number(req.query.limit) || 50, 200);
  const user = await db.users.findById(req.header("x-user-id") ?? "");
  if (!user) {
    res.status(401).end();
    return;
  }
  const tenant = getTenant();
  const invoices = await db.invoices.findMany({
    where: { tenantId: tenant.id, ownerId: user.id },
    take: limit,
  });
  res.json({ tenant: tenant.name, invoices });
}

export function planLimits(tenant: Tenant) {
  const limits = { free: 100, pro: 10_000 };
  return limits[tenant.plan];
}
''', ("concurrency", "currentTenant = tenant;", "currentTenant",
      "The resolved tenant is stored in a module-level variable shared by all requests; after the `await` in `listInvoices` another request may have overwritten it, so one tenant can be served another tenant's invoices."),
 ["`limits` in `planLimits` is a fresh local object per call, not shared state.",
  "`limit` and `user` in `listInvoices` are request-local.",
  "The template literal in the 404 message is just a message, not a query.",
  "`db.invoices.findMany` uses a structured where-object, not string-built SQL."])

add("ts-02", "typescript", "src/repo/userRepo.ts", r'''
import { Pool } from "pg";

export interface UserFilter {
  email?: string;
  role?: string;
  createdAfter?: Date;
  ids?: number[];
}

export interface User {
  id: number;
  email: string;
  role: string;
  createdAt: Date;
}

const SORTABLE = new Set(["id", "email", "created_at"]);

export class UserRepo {
  constructor(private readonly pool: Pool) {}

  async find(filter: UserFilter, sort = "id"): Promise<User[]> {
    const clauses: string[] = [];
    const values: unknown[] = [];
    if (filter.email) {
      values.push(filter.email.toLowerCase());
      clauses.push(`email = $${values.length}`);
    }
    if (filter.role) {
      values.push(filter.role);
      clauses.push(`role = $${values.length}`);
    }
    if (filter.createdAfter) {
      values.push(filter.createdAfter);
      clauses.push(`created_at > $${values.length}`);
    }
    if (filter.ids && filter.ids.length > 0) {
      values.push(filter.ids);
      clauses.push(`id = ANY($${values.length})`);
    }
    const where = clauses.length ? `WHERE ${clauses.join(" AND ")}` : "";
    const orderBy = SORTABLE.has(sort) ? sort : "id";
    const sql = `SELECT id, email, role, created_at AS "createdAt" FROM users ${where} ORDER BY ${orderBy}`;
    const result = await this.pool.query<User>(sql, values);
    return result.rows;
  }

  async rename(id: number, email: string): Promise<boolean> {
    const client = await this.pool.connect();
    try {
      await client.query("BEGIN");
      const res = await client.query("UPDATE users SET email = $1 WHERE id = $2", [email, id]);
      await client.query("COMMIT");
      return res.rowCount === 1;
    } catch (err) {
      await client.query("ROLLBACK");
      throw err;
    } finally {
      client.release();
    }
  }
}
''', None,
 ["The WHERE clause is built with template literals, but only placeholder numbers (`$1`, `$2`, ...) are interpolated; user values go into `values`.",
  "`ORDER BY ${orderBy}` is only ever one of the whitelisted column names in `SORTABLE`.",
  "`pool.connect()` returns a client that is released in `finally` on every path, including the early `return`.",
  "The `catch` rolls back and re-throws, so errors are not swallowed.",
  "`id = ANY($n)` with an array parameter is the correct parameterised IN-list for Postgres."])

add("ts-03", "typescript", "src/stats/latency.ts", r'''
export interface Sample {
  route: string;
  ms: number;
  status: number;
}

export interface RouteStats {
  route: string;
  count: number;
  errorRate: number;
  p95: number;
  mean: number;
}

function percentile(sorted: number[], p: number): number {
  const idx = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.max(0, idx)];
}

export function routeStats(route: string, samples: Sample[]): RouteStats {
  const mine = samples.filter((s) => s.route === route);
  const latencies = mine.map((s) => s.ms).sort((a, b) => a - b);
  const errors = mine.filter((s) => s.status >= 500).length;
  const total = latencies.reduce((a, b) => a + b, 0);
  return {
    route,
    count: mine.length,
    errorRate: errors / mine.length,
    p95: percentile(latencies, 95),
    mean: total / mine.length,
  };
}

export function slowRoutes(samples: Sample[], routes: string[], thresholdMs: number): string[] {
  const out: string[] = [];
  for (const r of routes) {
    const stats = routeStats(r, samples);
    if (stats.p95 > thresholdMs || stats.errorRate > 0.05) {
      out.push(r);
    }
  }
  return out;
}

export function formatStats(s: RouteStats): string {
  return `${s.route}: n=${s.count} p95=${s.p95}ms mean=${s.mean.toFixed(1)}ms err=${(s.errorRate * 100).toFixed(2)}%`;
}
''', ("edge-cases", "errorRate: errors / mine.length,", "routeStats",
      "For a route with no samples, `mine.length` is 0 so errorRate and mean are NaN and p95 is undefined; the stats are garbage and `formatStats` prints NaN instead of handling the empty case."),
 ["The sort uses a numeric comparator `(a, b) => a - b`, so it does not sort lexicographically.",
  "`percentile` clamps the index with `Math.max(0, idx)`, so small non-empty arrays are handled.",
  "`mine.filter` and `mine.map` produce new arrays; the caller's samples are not mutated by `sort`.",
  "The `>= 500` status check is the intended definition of a server error."])

add("ts-04", "typescript", "src/billing/renewals.ts", r'''
import { logger } from "../logger";

export interface Subscription {
  id: string;
  customerId: string;
  priceCents: number;
  renewsAt: Date;
  status: "active" | "past_due" | "cancelled";
}

export interface PaymentGateway {
  charge(customerId: string, amountCents: number, key: string): Promise<{ id: string }>;
}

export interface SubscriptionStore {
  dueBefore(when: Date): Promise<Subscription[]>;
  markRenewed(id: string, nextRenewal: Date, chargeId: string): Promise<void>;
  markPastDue(id: string): Promise<void>;
}

export interface RenewalResult {
  id: string;
  ok: boolean;
  chargeId?: string;
}

function addMonth(d: Date): Date {
  const next = new Date(d.getTime());
  next.setUTCMonth(next.getUTCMonth() + 1);
  return next;
}

export async function renewOne(
  sub: Subscription,
  gateway: PaymentGateway,
  store: SubscriptionStore,
): Promise<RenewalResult> {
  const key = `renew-${sub.id}-${sub.renewsAt.toISOString()}`;
  let chargeId: string | undefined;
  try {
    const charge = await gateway.charge(sub.customerId, sub.priceCents, key);
    chargeId = charge.id;
    await store.markRenewed(sub.id, addMonth(sub.renewsAt), charge.id);
  } catch (err) {
    logger.warn({ err, sub: sub.id }, "renewal failed");
  }
  return { id: sub.id, ok: true, chargeId };
}

export async function renewDue(gateway: PaymentGateway, store: SubscriptionStore, now = new Date()) {
  const due = await store.dueBefore(now);
  const active = due.filter((s) => s.status === "active");
  const results = await Promise.all(active.map((s) => renewOne(s, gateway, store)));
  const failed = results.filter((r) => !r.ok).length;
  logger.info({ total: results.length, failed }, "renewal run finished");
  return results;
}
''', ("error-handling", "return { id: sub.id, ok: true, chargeId };", "renewOne",
      "The catch block only logs, and `renewOne` then returns `ok: true` even when the charge failed, so failed renewals are reported as successes and never marked past due (`markPastDue` is never called)."),
 ["The promises from `renewOne` are collected with `Promise.all` and awaited, so none are floating.",
  "`now = new Date()` as a default argument is evaluated per call in TypeScript/JavaScript; it is not a shared default.",
  "`addMonth` copies the date before mutating it with `setUTCMonth`.",
  "The idempotency key template literal is not SQL; it is a string key for the gateway."])

add("ts-05", "typescript", "src/http/retry.ts", r'''
export interface RetryOptions {
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  retryOn?: (err: unknown) => boolean;
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class HttpError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

export function isRetryable(err: unknown): boolean {
  if (err instanceof HttpError) return err.status === 429 || err.status >= 500;
  return err instanceof TypeError; // fetch network failures surface as TypeError
}

export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOptions): Promise<T> {
  const sleep = opts.sleep ?? defaultSleep;
  const retryOn = opts.retryOn ?? isRetryable;
  let attempt = 0;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (attempt >= opts.retries || !retryOn(err)) throw err;
      const delay = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** attempt);
      attempt++;
      await sleep(delay * (0.5 + Math.random() / 2));
    }
  }
}

export class ApiClient {
  constructor(private readonly baseUrl: string, private readonly fetchImpl: typeof fetch = (input, init) => fetch(input, init)) {}

  async fetch(path: string, init?: RequestInit): Promise<Response> {
    return withRetry(
      async () => {
        const res = await this.fetchImpl(this.baseUrl + path, init);
        if (!res.ok) {
          await res.body?.cancel(); // release the connection before retrying
          throw new HttpError(res.status, `${init?.method ?? "GET"} ${path} -> ${res.status}`);
        }
        return res;
      },
      { retries: 3, baseDelayMs: 200, maxDelayMs: 5000 },
    );
  }

  getJson<T>(path: string): Promise<T> {
    return this.fetch(path).then((res) => res.json() as Promise<T>);
  }
}
''', None,
 ["`ApiClient.fetch` calls `this.fetchImpl`, whose default arrow function calls the GLOBAL `fetch` (a class method is not in lexical scope), so it is not infinite recursion.",
  "`return await fn()` inside try is needed so rejections are caught; it is not a redundant await.",
  "`for (;;)` is bounded: it either returns or throws once `attempt >= opts.retries`.",
  "`getJson` returns the promise chain to the caller, so it is not a floating promise.",
  "`2 ** attempt` is capped by `maxDelayMs`, so the delay cannot grow without bound.",
  "The `->` and `${...}` inside the error message template are plain text, not code."])
