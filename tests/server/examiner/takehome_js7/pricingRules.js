"use strict";

const express = require("express");
const vm = require("vm");
const { Pool } = require("pg");

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const app = express();
app.use(express.json({ limit: "32kb" }));

const MAX_RULES = 50;

function requireAdmin(req, res, next) {
  if (!req.user || req.user.role !== "admin") {
    return res.status(403).json({ error: "admins only" });
  }
  return next();
}

async function activeRules(shopId) {
  const { rows } = await pool.query(
    "SELECT id, name, condition, discount_percent FROM pricing_rules WHERE shop_id = $1 AND active ORDER BY priority LIMIT $2",
    [shopId, MAX_RULES]
  );
  return rows;
}

function applies(rule, cart) {
  const facts = {
    subtotal: cart.subtotal,
    items: cart.items.length,
    country: cart.country,
    firstOrder: Boolean(cart.firstOrder),
  };
  return Boolean(vm.runInNewContext(rule.condition, facts, { timeout: 50 }));
}

function priceCart(rules, cart) {
  let best = null;
  for (const rule of rules) {
    if (!applies(rule, cart)) continue;
    if (!best || rule.discount_percent > best.discount_percent) best = rule;
  }
  const percent = best ? Math.min(best.discount_percent, 90) : 0;
  const discount = Math.round((cart.subtotal * percent) / 100);
  return { rule: best ? best.name : null, discount, total: cart.subtotal - discount };
}

app.post("/shops/:shopId/quote", async (req, res, next) => {
  try {
    const items = Array.isArray(req.body.items) ? req.body.items : [];
    const subtotal = items.reduce((sum, it) => sum + Number(it.priceCents) * Number(it.qty), 0);
    if (!Number.isFinite(subtotal) || subtotal < 0) {
      return res.status(400).json({ error: "bad items" });
    }
    const cart = { items, subtotal, country: String(req.body.country || ""), firstOrder: req.body.firstOrder };
    const rules = await activeRules(req.params.shopId);
    return res.json(priceCart(rules, cart));
  } catch (err) {
    return next(err);
  }
});

app.post("/shops/:shopId/rules", requireAdmin, async (req, res, next) => {
  try {
    const { name, condition, discountPercent } = req.body;
    if (typeof name !== "string" || typeof condition !== "string") {
      return res.status(400).json({ error: "name and condition are required" });
    }
    const percent = Number(discountPercent);
    if (!Number.isInteger(percent) || percent < 1 || percent > 90) {
      return res.status(400).json({ error: "discountPercent must be 1..90" });
    }
    const { rows } = await pool.query(
      "INSERT INTO pricing_rules (shop_id, name, condition, discount_percent, active) VALUES ($1, $2, $3, $4, true) RETURNING id",
      [req.params.shopId, name, condition, percent]
    );
    return res.status(201).json({ id: rows[0].id });
  } catch (err) {
    return next(err);
  }
});

app.use((err, req, res, _next) => {
  console.error(err);
  res.status(500).json({ error: "internal error" });
});

module.exports = { app, priceCart };
