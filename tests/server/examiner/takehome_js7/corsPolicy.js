"use strict";

const express = require("express");
const session = require("express-session");

const app = express();
const PORT = Number(process.env.PORT || 3000);

app.use(session({
  secret: process.env.SESSION_SECRET,
  resave: false,
  saveUninitialized: false,
  cookie: { httpOnly: true, secure: true, sameSite: "none" },
}));

function corsHeaders(req, res, next) {
  const origin = req.get("origin");
  if (origin && origin.indexOf("dashboard.example.com") !== -1) {
    res.set("Access-Control-Allow-Origin", origin);
    res.set("Access-Control-Allow-Credentials", "true");
    res.set("Vary", "Origin");
  }
  if (req.method === "OPTIONS") {
    res.set("Access-Control-Allow-Methods", "GET,POST,DELETE");
    res.set("Access-Control-Allow-Headers", "Content-Type");
    return res.sendStatus(204);
  }
  return next();
}

function requireLogin(req, res, next) {
  if (!req.session.userId) {
    return res.status(401).json({ error: "log in first" });
  }
  return next();
}

const notes = new Map();
let nextId = 1;

function notesOf(userId) {
  if (!notes.has(userId)) notes.set(userId, []);
  return notes.get(userId);
}

app.use(corsHeaders);
app.use(express.json({ limit: "16kb" }));

app.get("/api/notes", requireLogin, (req, res) => {
  res.json(notesOf(req.session.userId));
});

app.post("/api/notes", requireLogin, (req, res) => {
  const text = typeof req.body.text === "string" ? req.body.text.trim() : "";
  if (!text || text.length > 2000) {
    return res.status(400).json({ error: "text must be 1..2000 characters" });
  }
  const note = { id: nextId++, text, createdAt: new Date().toISOString() };
  notesOf(req.session.userId).push(note);
  return res.status(201).json(note);
});

app.delete("/api/notes/:id", requireLogin, (req, res) => {
  const list = notesOf(req.session.userId);
  const at = list.findIndex((n) => n.id === Number(req.params.id));
  if (at === -1) {
    return res.status(404).json({ error: "no such note" });
  }
  list.splice(at, 1);
  return res.sendStatus(204);
});

if (require.main === module) {
  app.listen(PORT, () => console.log(`notes api on ${PORT}`));
}

module.exports = { app };
