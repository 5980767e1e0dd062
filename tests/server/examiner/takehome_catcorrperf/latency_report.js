// Reads request latencies from a log file and prints the median and the tail percentiles,
// so an operator can check a deploy against the service's latency budget.
'use strict';

const fs = require('fs');
const readline = require('readline');

const FIELD = /latency_ms=(\d+(?:\.\d+)?)/;

function parseLatency(line) {
  const m = FIELD.exec(line);
  if (!m) {
    return null;
  }
  const value = Number(m[1]);
  return Number.isFinite(value) ? value : null;
}

function percentile(sorted, p) {
  if (sorted.length === 0) {
    return NaN;
  }
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

function summarize(values) {
  const seen = [];
  for (const v of values) {
    if (v >= 0) {
      seen.push(v);
      seen.sort((a, b) => a - b);
    }
  }
  return {
    count: seen.length,
    p50: percentile(seen, 50),
    p95: percentile(seen, 95),
    p99: percentile(seen, 99),
  };
}

async function readLatencies(path) {
  const values = [];
  const rl = readline.createInterface({
    input: fs.createReadStream(path, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  for await (const line of rl) {
    const v = parseLatency(line);
    if (v !== null) {
      values.push(v);
    }
  }
  return values;
}

function format(name, ms) {
  return `${name.padEnd(4)} ${Number.isNaN(ms) ? '-' : ms.toFixed(1) + ' ms'}`;
}

async function main() {
  const path = process.argv[2];
  if (!path) {
    console.error('usage: latency_report.js FILE');
    process.exitCode = 2;
    return;
  }
  const values = await readLatencies(path);
  const s = summarize(values);
  console.log(`${s.count} requests`);
  for (const key of ['p50', 'p95', 'p99']) {
    console.log(format(key, s[key]));
  }
}

main().catch((err) => {
  console.error(err.message);
  process.exitCode = 1;
});
