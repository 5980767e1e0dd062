'use strict';

// A small API over a greenhouse's sensor readings: the latest readings of a bed, its
// averages, and new readings posted by the sensors.

const express = require('express');

const app = express();
app.use(express.json());

const BEDS = new Set(['tomatoes', 'herbs', 'seedlings']);
const readings = new Map([...BEDS].map((bed) => [bed, []]));

function average(values) {
  if (values.length === 0) {
    return null;
  }
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

function bedOr404(req, res) {
  const bed = req.params.bed;
  if (!BEDS.has(bed)) {
    res.status(404).json({ error: `no bed called ${bed}` });
    return null;
  }
  return readings.get(bed);
}

app.get('/beds/:bed/readings', (req, res) => {
  const list = bedOr404(req, res);
  if (list === null) {
    return;
  }
  const limit = Number(req.query.limit);
  if (Number.isNaN(limit)) {
    return res.status(400).json({ error: 'limit must be a number' });
  }
  res.json(list.slice(-limit));
});

app.get('/beds/:bed/summary', (req, res) => {
  const list = bedOr404(req, res);
  if (list === null) {
    return;
  }
  res.json({
    count: list.length,
    temperature: average(list.map((r) => r.temperature)),
    humidity: average(list.map((r) => r.humidity)),
  });
});

app.post('/beds/:bed/readings', (req, res) => {
  const list = bedOr404(req, res);
  if (list === null) {
    return;
  }
  const { temperature, humidity } = req.body;
  if (typeof temperature !== 'number' || typeof humidity !== 'number') {
    return res.status(400).json({ error: 'temperature and humidity must be numbers' });
  }
  const reading = { temperature, humidity, at: new Date().toISOString() };
  list.push(reading);
  if (list.length > 10000) {
    list.shift();
  }
  res.status(201).json(reading);
});

module.exports = app;

if (require.main === module) {
  app.listen(Number(process.env.PORT) || 3000);
}
