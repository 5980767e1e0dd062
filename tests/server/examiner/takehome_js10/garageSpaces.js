// Parking garage API: free spaces by level, paged, for the signs at the entrance and the app.
const express = require('express');

const app = express();
const LEVELS = 6;
const PAGE_SIZE = 25;

// space records: { id, level, number, free, evCharger }
let spaces = [];

function loadSpaces(records) {
  spaces = records.map((r) => ({ ...r, free: Boolean(r.free) }));
}

function freeOnLevel(level) {
  return spaces.filter((s) => s.level === level && s.free);
}

app.get('/levels/:level/free', (req, res) => {
  const level = Number.parseInt(req.params.level, 10);
  if (!Number.isInteger(level) || level < 1 || level > LEVELS) {
    res.status(404).json({ error: 'no such level' });
    return;
  }
  const free = freeOnLevel(level);
  res.json({ level, free: free.length });
});

app.get('/spaces', (req, res) => {
  const page = req.query.page || 1;
  const evOnly = req.query.ev === 'true';
  const list = spaces.filter((s) => s.free && (!evOnly || s.evCharger));
  const start = (page - 1) * PAGE_SIZE;
  const rows = list.slice(start, start + PAGE_SIZE);
  const more = start + PAGE_SIZE < list.length;
  res.json({
    page,
    rows: rows.map((s) => ({ id: s.id, level: s.level, number: s.number, ev: s.evCharger })),
    nextPage: more ? page + 1 : null,
  });
});

app.post('/spaces/:id/occupy', (req, res) => {
  const space = spaces.find((s) => s.id === req.params.id);
  if (!space) {
    res.status(404).json({ error: 'no such space' });
    return;
  }
  if (!space.free) {
    res.status(409).json({ error: 'space already taken' });
    return;
  }
  space.free = false;
  res.json({ id: space.id, free: false });
});

app.post('/spaces/:id/release', (req, res) => {
  const space = spaces.find((s) => s.id === req.params.id);
  if (!space) {
    res.status(404).json({ error: 'no such space' });
    return;
  }
  space.free = true;
  res.json({ id: space.id, free: true });
});

module.exports = { app, loadSpaces };
