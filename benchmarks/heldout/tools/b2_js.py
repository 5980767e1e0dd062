import sys; sys.path.insert(0, "/work/heldout/tools")
from lib import add

add("js-01", "javascript", "routes/products.js", r'''
const express = require("express");
const { pool } = require("../db");

const router = express.Router();
const PAGE_SIZE = 20;

router.get("/products/:id", async (req, res, next) => {
  try {
    const { rows } = await pool.query(
      "SELECT id, name, price_cents, category FROM products WHERE id = $1",
      [req.params.id]
    );
    if (rows.length === 0) return res.status(404).json({ error: "not found" });
    res.json(rows[0]);
  } catch (err) {
    next(err);
  }
});

router.get("/products", async (req, res, next) => {
  const page = Math.max(1, parseInt(req.query.page, 10) || 1);
  const category = req.query.category;
  const minPrice = Number(req.query.minPrice || 0);
  const params = [minPrice];
  let sql = "SELECT id, name, price_cents, category FROM products WHERE price_cents >= $1";
  if (category) {
    sql += ` AND category = '${category}'`;
  }
  sql += ` ORDER BY id LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`;
  try {
    const { rows } = await pool.query(sql, params);
    res.json({ page, items: rows });
  } catch (err) {
    next(err);
  }
});

router.delete("/products/:id", async (req, res, next) => {
  if (!req.user || req.user.role !== "admin") {
    return res.status(403).json({ error: "forbidden" });
  }
  try {
    const result = await pool.query("DELETE FROM products WHERE id = $1", [req.params.id]);
    res.status(result.rowCount ? 204 : 404).end();
  } catch (err) {
    next(err);
  }
});

module.exports = router;
''', ("security", "sql += ` AND category = '${category}'`;", "category",
      "The `category` query parameter is interpolated into the SQL with a template literal, allowing SQL injection."),
 ["The LIMIT/OFFSET template literal only uses a constant and an integer derived with `parseInt`/`Math.max`, so it is not injectable.",
  "`minPrice` goes through a `$1` placeholder even though the query string is built up with `+=`.",
  "The `/products/:id` and DELETE handlers use parameterised queries.",
  "Pagination is correct: page is clamped to >= 1 and offset is `(page - 1) * PAGE_SIZE`.",
  "`return res.status(...)` early returns inside async handlers are fine; the pool manages connections."])

add("js-02", "javascript", "services/checkout.js", r'''
const crypto = require("crypto");

class CheckoutService {
  constructor({ payments, orders, inventory, audit }) {
    this.payments = payments;
    this.orders = orders;
    this.inventory = inventory;
    this.audit = audit;
  }

  async reserveAll(items) {
    const reservations = items.map((item) => this.inventory.reserve(item.sku, item.qty));
    return Promise.all(reservations);
  }

  async checkout(cart, customerId) {
    if (!cart.items || cart.items.length === 0) {
      throw new Error("cart is empty");
    }
    const orderId = crypto.randomUUID();
    await this.reserveAll(cart.items);

    const total = cart.items.reduce((sum, i) => sum + i.priceCents * i.qty, 0);
    let charge;
    try {
      charge = await this.payments.charge(customerId, total, { idempotencyKey: orderId });
    } catch (err) {
      await Promise.all(cart.items.map((i) => this.inventory.release(i.sku, i.qty)));
      throw err;
    }

    this.orders.insert({
      id: orderId,
      customerId,
      items: cart.items,
      total,
      chargeId: charge.id,
      status: "paid",
    });

    this.audit.log("checkout", { orderId, customerId, total }).catch(() => {});
    return { orderId, chargeId: charge.id };
  }

  lookup(orderId) {
    // returns the promise; callers await it
    return this.orders.findById(orderId);
  }
}

module.exports = { CheckoutService };
''', ("concurrency", "    this.orders.insert({", "checkout",
      "`this.orders.insert(...)` returns a promise that is neither awaited nor handled, so checkout reports success (and the card is charged) even if the order is never saved, and a rejection becomes an unhandled rejection."),
 ["`reserveAll` returns `Promise.all(reservations)`, and the caller awaits it, so the reserve promises are not floating.",
  "`lookup` returns the promise to the caller, which is fine.",
  "The audit log call is deliberately fire-and-forget with a `.catch` attached, so it is not an unhandled rejection.",
  "The `catch` in the payment block releases inventory and re-throws, so the error is not swallowed."])

add("js-03", "javascript", "ws/server.js", r'''
const { WebSocketServer } = require("ws");

const rooms = new Map();

function joinRoom(socket, room) {
  if (socket.room) leaveRoom(socket);
  if (!rooms.has(room)) rooms.set(room, new Set());
  rooms.get(room).add(socket);
  socket.room = room;
}

function leaveRoom(socket) {
  const members = rooms.get(socket.room);
  if (!members) return;
  members.delete(socket);
  if (members.size === 0) rooms.delete(socket.room);
}

function broadcast(room, payload, except) {
  const members = rooms.get(room);
  if (!members) return 0;
  const data = JSON.stringify(payload);
  let sent = 0;
  for (const peer of members) {
    if (peer !== except && peer.readyState === peer.OPEN) {
      peer.send(data);
      sent++;
    }
  }
  return sent;
}

function handleMessage(socket, raw) {
  const msg = JSON.parse(raw.toString("utf8"));
  switch (msg.type) {
    case "join":
      joinRoom(socket, String(msg.room || "lobby"));
      socket.send('{"type":"joined"}');
      break;
    case "chat":
      if (!socket.room) return;
      broadcast(socket.room, { type: "chat", text: String(msg.text).slice(0, 500) }, socket);
      break;
    default:
      socket.send(JSON.stringify({ type: "error", error: "unknown type" }));
  }
}

function start(port) {
  const wss = new WebSocketServer({ port });
  wss.on("connection", (socket) => {
    socket.on("message", (raw) => handleMessage(socket, raw));
    socket.on("close", () => leaveRoom(socket));
  });
  return wss;
}

module.exports = { start, handleMessage, broadcast };
''', ("error-handling", "const msg = JSON.parse(raw.toString(\"utf8\"));", "handleMessage",
      "`JSON.parse` of an untrusted client frame has no try/catch, so one malformed message throws inside the 'message' listener and crashes the whole server process."),
 ["`'{\"type\":\"joined\"}'` contains braces inside a string literal; it is not a code block.",
  "`rooms` is module-level shared state, but Node runs these handlers on one thread and there is no await between read and write, so there is no race.",
  "`members.delete(socket)` is a Set operation, O(1).",
  "Deleting the room when it becomes empty prevents the Map from growing without bound."])

add("js-04", "javascript", "lib/dedupe.js", r'''
"use strict";

const fs = require("fs");
const readline = require("readline");

function normaliseEmail(email) {
  const [local, domain] = email.trim().toLowerCase().split("@");
  if (!domain) return null;
  const cleanLocal = domain === "gmail.com" ? local.replace(/\./g, "").split("+")[0] : local;
  return `${cleanLocal}@${domain}`;
}

function dedupeContacts(contacts) {
  const seenIds = new Set();
  const uniqueEmails = [];
  const result = [];
  for (const c of contacts) {
    if (seenIds.has(c.id)) continue;
    seenIds.add(c.id);
    const email = normaliseEmail(c.email || "");
    if (email === null) continue;
    if (uniqueEmails.includes(email)) continue;
    uniqueEmails.push(email);
    result.push({ ...c, email });
  }
  return result;
}

// Input is NDJSON: one {"id": ..., "email": ..., "name": ...} object per line.
async function readContacts(path) {
  const stream = fs.createReadStream(path, { encoding: "utf8" });
  const rl = readline.createInterface({ input: stream, crlfDelay: Infinity });
  const contacts = [];
  let lineNo = 0;
  for await (const line of rl) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      contacts.push(JSON.parse(line));
    } catch (err) {
      throw new Error(`${path}:${lineNo}: invalid JSON (${err.message})`);
    }
  }
  return contacts;
}

async function main() {
  const contacts = await readContacts(process.argv[2]);
  const unique = dedupeContacts(contacts);
  console.log(`read ${contacts.length} contacts (~500k in production), kept ${unique.length}`);
}

if (require.main === module) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}

module.exports = { normaliseEmail, dedupeContacts, readContacts };
''', ("performance", "if (uniqueEmails.includes(email)) continue;", "dedupeContacts",
      "`uniqueEmails.includes(email)` is a linear scan of an array inside the loop, so deduping hundreds of thousands of contacts is O(n^2); a Set should be used as for ids."),
 ["`seenIds.has(c.id)` is a Set lookup, O(1).",
  "The `for await` over readline reads the file to the end, after which the file stream closes itself (autoClose); on a parse error the error propagates to `main`, which exits the CLI.",
  "`JSON.parse` in `readContacts` IS wrapped in try/catch, which re-throws with the file and line number rather than swallowing the error.",
  "`main().catch(...)` handles the returned promise, so it is not floating.",
  "`normaliseEmail` returning null is checked by its only caller."])

add("js-05", "javascript", "lib/lru.js", r'''
"use strict";

/**
 * Small LRU cache with optional per-entry TTL.
 * Note: a value of `undefined` is never stored; get() == undefined means miss.
 */
class LRUCache {
  constructor(maxEntries = 500, { ttlMs = 0, now = Date.now } = {}) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) {
      throw new RangeError("maxEntries must be a positive integer");
    }
    this.max = maxEntries;
    this.ttlMs = ttlMs;
    this.now = now;
    this.map = new Map();
  }

  get(key) {
    const entry = this.map.get(key);
    if (!entry) return undefined;
    if (entry.expires && entry.expires <= this.now()) {
      this.map.delete(key);
      return undefined;
    }
    this.map.delete(key);
    this.map.set(key, entry);
    return entry.value;
  }

  set(key, value) {
    if (value === undefined) return this;
    if (this.map.has(key)) this.map.delete(key);
    const expires = this.ttlMs > 0 ? this.now() + this.ttlMs : 0;
    this.map.set(key, { value, expires });
    while (this.map.size > this.max) {
      const oldest = this.map.keys().next().value;
      this.map.delete(oldest);
    }
    return this;
  }

  get size() {
    return this.map.size;
  }
}

function memoizeAsync(fn, cache = new LRUCache(100)) {
  return function memoized(key) {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const pending = fn(key).catch((err) => {
      cache.map.delete(key);
      throw err;
    });
    cache.set(key, pending);
    return pending;
  };
}

module.exports = { LRUCache, memoizeAsync };
''', None,
 ["The `==` in the doc comment is prose, not a loose comparison.",
  "`cache = new LRUCache(100)` as a default parameter is evaluated on each call in JavaScript, unlike Python's shared mutable defaults; and each memoized function gets its own cache.",
  "`memoized` returns the promise to the caller; it is not a floating promise. The `.catch` re-throws after evicting the failed entry.",
  "The `while` loop in `set` evicts at most one entry per insert in practice; `map.keys().next()` is O(1), so it is not quadratic.",
  "Deleting and re-inserting in `get` is the intended way to move an entry to most-recent in an insertion-ordered Map.",
  "`get size()` is a getter, not a recursive call to the `size` property of the Map (it reads `this.map.size`)."])

add("js-06", "javascript", "routes/comments.js", r'''
const express = require("express");

const DEFAULT_PER_PAGE = 25;
const MAX_PER_PAGE = 100;

function parsePaging(query) {
  let page = parseInt(query.page, 10);
  let perPage = parseInt(query.per_page, 10);
  if (!Number.isFinite(page) || page < 1) page = 1;
  if (!Number.isFinite(perPage) || perPage < 1) perPage = DEFAULT_PER_PAGE;
  perPage = Math.min(perPage, MAX_PER_PAGE);
  return { page, perPage };
}

function paginate(items, page, perPage) {
  const start = page * perPage;
  const slice = items.slice(start, start + perPage);
  const totalPages = Math.ceil(items.length / perPage);
  return {
    page,
    perPage,
    totalPages,
    hasNext: page < totalPages,
    items: slice,
  };
}

function makeRouter(store) {
  const router = express.Router();

  router.get("/posts/:postId/comments", async (req, res, next) => {
    try {
      const { page, perPage } = parsePaging(req.query);
      const comments = await store.commentsForPost(req.params.postId);
      const visible = comments.filter((c) => !c.deleted);
      visible.sort((a, b) => a.createdAt - b.createdAt);
      res.json(paginate(visible, page, perPage));
    } catch (err) {
      next(err);
    }
  });

  return router;
}

module.exports = { makeRouter, paginate, parsePaging };
''', ("correctness", "const start = page * perPage;", "paginate",
      "Pages are 1-based (page defaults to 1) but the offset is `page * perPage`, so page 1 skips the first `perPage` comments and the last page is always empty."),
 ["`Math.min(perPage, MAX_PER_PAGE)` correctly caps the page size.",
  "`visible.sort(...)` sorts a new array produced by `filter`, so it does not mutate the store's data.",
  "`totalPages` with `Math.ceil` is correct and is not a division by zero because perPage >= 1.",
  "The async handler's errors are forwarded with `next(err)`."])
