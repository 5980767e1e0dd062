// Small login service for the staff portal: checks a password against the stored hash and
// slows down clients that keep guessing.
const express = require("express");
const bcrypt = require("bcrypt");
const { findStaffByEmail } = require("./staffStore");

const WINDOW_MS = 15 * 60 * 1000;
const MAX_ATTEMPTS = 5;

class AttemptLimiter {
  constructor(windowMs, maxAttempts) {
    this.windowMs = windowMs;
    this.maxAttempts = maxAttempts;
    this.attempts = new Map();
  }

  isBlocked(key, now) {
    const entry = this.attempts.get(key);
    if (!entry) {
      return false;
    }
    if (now - entry.first > this.windowMs) {
      this.attempts.delete(key);
      return false;
    }
    return entry.count >= this.maxAttempts;
  }

  recordFailure(key, now) {
    const entry = this.attempts.get(key);
    if (!entry || now - entry.first > this.windowMs) {
      this.attempts.set(key, { first: now, count: 1 });
      return;
    }
    entry.count += 1;
  }

  reset(key) {
    this.attempts.delete(key);
  }
}

function createApp(limiter) {
  const app = express();
  app.use(express.json({ limit: "10kb" }));

  app.post("/login", async (req, res) => {
    const clientIp = req.headers["x-forwarded-for"] || req.socket.remoteAddress;
    const now = Date.now();
    if (limiter.isBlocked(clientIp, now)) {
      return res.status(429).json({ error: "too many attempts, try again later" });
    }
    const { email, password } = req.body || {};
    if (typeof email !== "string" || typeof password !== "string") {
      return res.status(400).json({ error: "email and password are required" });
    }
    const staff = await findStaffByEmail(email.toLowerCase());
    const ok = staff ? await bcrypt.compare(password, staff.passwordHash) : false;
    if (!ok) {
      limiter.recordFailure(clientIp, now);
      return res.status(401).json({ error: "wrong email or password" });
    }
    limiter.reset(clientIp);
    return res.json({ id: staff.id, name: staff.name });
  });

  return app;
}

module.exports = { AttemptLimiter, createApp, WINDOW_MS, MAX_ATTEMPTS };
