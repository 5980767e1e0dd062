"use strict";

const express = require("express");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const router = express.Router();

const DAY_MS = 24 * 60 * 60 * 1000;

function since(days, now = Date.now()) {
  return new Date(now - days * DAY_MS);
}

async function totalsSince(storeId, from, bucket) {
  const { rows } = await pool.query(
    `SELECT date_trunc($3, created_at) AS period, SUM(amount_cents) AS cents, COUNT(*) AS orders
       FROM orders
      WHERE store_id = $1 AND created_at >= $2 AND status = 'paid'
      GROUP BY 1 ORDER BY 1`,
    [storeId, from, bucket]
  );
  return rows.map((r) => ({ period: r.period, cents: Number(r.cents), orders: Number(r.orders) }));
}

function summary(rows) {
  const cents = rows.reduce((sum, r) => sum + r.cents, 0);
  const orders = rows.reduce((sum, r) => sum + r.orders, 0);
  return { cents, orders, averageCents: orders === 0 ? 0 : Math.round(cents / orders) };
}

router.get("/stores/:storeId/sales", async (req, res, next) => {
  try {
    const storeId = req.params.storeId;
    let from;
    let bucket;
    switch (req.query.range) {
      case 7:
        from = since(7);
        bucket = "day";
        break;
      case 30:
        from = since(30);
        bucket = "day";
        break;
      case 365:
        from = since(365);
        bucket = "month";
        break;
      default:
        from = since(1);
        bucket = "hour";
    }
    const rows = await totalsSince(storeId, from, bucket);
    return res.json({ from: from.toISOString(), bucket, rows, summary: summary(rows) });
  } catch (err) {
    return next(err);
  }
});

router.get("/stores/:storeId/sales.csv", async (req, res, next) => {
  try {
    const rows = await totalsSince(req.params.storeId, since(30), "day");
    const lines = ["period,orders,amount"];
    for (const r of rows) {
      lines.push(`${r.period.toISOString().slice(0, 10)},${r.orders},${(r.cents / 100).toFixed(2)}`);
    }
    res.type("text/csv");
    return res.send(lines.join("\n"));
  } catch (err) {
    return next(err);
  }
});

module.exports = { router, summary };
