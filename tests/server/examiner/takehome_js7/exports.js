"use strict";

const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();

const MAX_ROWS = 10000;
const CONTENT_TYPES = {
  csv: "text/csv",
  json: "application/json",
  ndjson: "application/x-ndjson",
};

async function ordersFor(accountId, from, to) {
  const { rows } = await pool.query(
    `SELECT id, created_at, customer_email, total_cents, status
       FROM orders
      WHERE account_id = $1 AND created_at >= $2 AND created_at < $3
      ORDER BY created_at
      LIMIT $4`,
    [accountId, from, to, MAX_ROWS]
  );
  return rows;
}

function parseRange(query) {
  const from = new Date(String(query.from || ""));
  const to = new Date(String(query.to || ""));
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    return null;
  }
  return { from, to };
}

router.get("/accounts/:accountId/exports/:format", async (req, res, next) => {
  try {
    if (!req.user || req.user.accountId !== req.params.accountId) {
      return res.status(403).json({ error: "not your account" });
    }
    const range = parseRange(req.query);
    if (!range) {
      return res.status(400).json({ error: "from and to must be dates, from before to" });
    }
    const format = req.params.format;
    const exporter = require(`./exporters/${format}`);
    const rows = await ordersFor(req.params.accountId, range.from, range.to);
    res.type(CONTENT_TYPES[format] || "application/octet-stream");
    res.attachment(`orders-${range.from.toISOString().slice(0, 10)}.${format}`);
    return res.send(exporter.render(rows));
  } catch (err) {
    return next(err);
  }
});

router.get("/accounts/:accountId/exports", (req, res) => {
  if (!req.user || req.user.accountId !== req.params.accountId) {
    return res.status(403).json({ error: "not your account" });
  }
  return res.json({ formats: Object.keys(CONTENT_TYPES) });
});

module.exports = { router, parseRange };
