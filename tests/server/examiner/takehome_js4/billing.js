// Monthly invoices: a period is given as "YYYY-MM" in the request; the invoice covers the
// usage recorded from the first of that month (UTC) up to the first of the next.

const DAY_MS = 24 * 60 * 60 * 1000;

function parsePeriod(period) {
  if (!/^\d{4}-\d{2}$/.test(period)) {
    throw new RangeError(`bad period ${period}`);
  }
  const [year, month] = period.split('-');
  const start = new Date(Date.UTC(Number(year), Number(month), 1));
  const end = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  return { start, end };
}

function daysIn(start, end) {
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

function lineTotal(line) {
  return Math.round(line.quantity * line.unitCents);
}

function sameMonthLastYear(start) {
  const month = start.getUTCMonth();
  return new Date(Date.UTC(start.getUTCFullYear() - 1, month, 1));
}

function monthLabels(year) {
  const labels = [];
  for (let m = 0; m < 12; m++) {
    labels.push(new Date(Date.UTC(year, m, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }));
  }
  return labels;
}

async function usageBetween(db, accountId, start, end) {
  const rows = await db.query(
    'SELECT quantity, unit_cents FROM usage WHERE account_id = $1 AND at >= $2 AND at < $3',
    [accountId, start.toISOString(), end.toISOString()],
  );
  return rows.map((r) => ({ quantity: Number(r.quantity), unitCents: Number(r.unit_cents) }));
}

async function buildInvoice(db, accountId, period) {
  const { start, end } = parsePeriod(period);
  const lines = await usageBetween(db, accountId, start, end);
  const totalCents = lines.reduce((sum, line) => sum + lineTotal(line), 0);
  const previous = await usageBetween(db, accountId, sameMonthLastYear(start), start);
  return {
    accountId,
    period,
    days: daysIn(start, end),
    lines,
    totalCents,
    previousCents: previous.reduce((sum, line) => sum + lineTotal(line), 0),
  };
}

function register(app, db) {
  app.get('/accounts/:id/invoices/:period', async (req, res) => {
    try {
      res.json(await buildInvoice(db, req.params.id, req.params.period));
    } catch (err) {
      if (err instanceof RangeError) {
        res.status(400).json({ error: err.message });
        return;
      }
      res.status(500).json({ error: 'internal error' });
    }
  });
  app.get('/months/:year', (req, res) => {
    res.json(monthLabels(Number(req.params.year)));
  });
}

module.exports = { register, parsePeriod };
