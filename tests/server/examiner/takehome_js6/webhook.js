'use strict';

const crypto = require('crypto');
const express = require('express');

const SECRET = process.env.WEBHOOK_SECRET || '';
const app = express();

app.use(express.json({
  limit: '256kb',
  verify: (req, res, buf) => {
    req.rawBody = buf;
  },
}));

function signatureValid(req) {
  const header = req.get('x-hub-signature-256') || '';
  const expected = 'sha256=' + crypto.createHmac('sha256', SECRET).update(req.rawBody || '').digest('hex');
  const a = Buffer.from(header);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

const stats = {
  events: 0,
  byRepo: {},
  labels: {},
};

function countLabel(name) {
  stats.labels[name] = (stats.labels[name] || 0) + 1;
}

function recordIssue(payload) {
  const repo = payload.repository && payload.repository.full_name;
  if (!repo) {
    return;
  }
  stats.byRepo[repo] = (stats.byRepo[repo] || 0) + 1;
  for (const label of payload.issue?.labels) {
    countLabel(label.name);
  }
}

app.post('/webhook', (req, res) => {
  if (!signatureValid(req)) {
    res.status(401).json({ error: 'bad signature' });
    return;
  }
  const event = req.get('x-github-event');
  stats.events += 1;
  if (event === 'issues' || event === 'issue_comment') {
    recordIssue(req.body);
  }
  res.status(204).end();
});

app.get('/stats', (req, res) => {
  const topLabels = Object.entries(stats.labels)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 10)
    .map(([name, count]) => ({ name, count }));
  res.json({ events: stats.events, repos: stats.byRepo, topLabels });
});

app.use((err, req, res, next) => {
  console.error(err.message);
  res.status(500).json({ error: 'internal error' });
});

if (require.main === module) {
  app.listen(Number(process.env.PORT) || 3000);
}

module.exports = app;
