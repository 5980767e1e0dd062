// Totals for a freelancer's invoices: hours times rate per line, a discount for long
// projects, and VAT on what is left.

const VAT_RATE = 0.2;
const LONG_PROJECT_HOURS = 100;
const LONG_PROJECT_DISCOUNT = 0.05;

function validateLine(line) {
  if (typeof line.hours !== 'number' || line.hours < 0) {
    throw new Error(`line "${line.description}": hours must be a non-negative number`);
  }
  if (typeof line.rate !== 'number' || line.rate < 0) {
    throw new Error(`line "${line.description}": rate must be a non-negative number`);
  }
}

function hoursOf(invoice) {
  return invoice.lines.reduce((sum, line) => sum + line.hours, 0);
}

function invoiceTotals(invoice) {
  if (!Array.isArray(invoice.lines) || invoice.lines.length === 0) {
    throw new Error('an invoice needs at least one line');
  }
  invoice.lines.forEach(validateLine);

  let subtotal = 0;
  for (const line of invoice.lines) {
    const amount = (line.hours * line.rate).toFixed(2);
    subtotal += amount;
  }

  const discount = hoursOf(invoice) >= LONG_PROJECT_HOURS
    ? Math.round(subtotal * LONG_PROJECT_DISCOUNT * 100) / 100
    : 0;
  const taxable = subtotal - discount;
  const vat = Math.round(taxable * VAT_RATE * 100) / 100;
  return { subtotal, discount, vat, total: taxable + vat };
}

function formatMoney(value, currency) {
  return new Intl.NumberFormat('en-GB', { style: 'currency', currency }).format(value);
}

function invoiceText(invoice) {
  const totals = invoiceTotals(invoice);
  const lines = invoice.lines.map(
    (l) => `${l.description.padEnd(30)} ${String(l.hours).padStart(6)} h  ${formatMoney(l.rate, invoice.currency)}/h`,
  );
  return [
    `Invoice ${invoice.number} for ${invoice.client}`,
    ...lines,
    `Subtotal: ${formatMoney(totals.subtotal, invoice.currency)}`,
    `Discount: ${formatMoney(totals.discount, invoice.currency)}`,
    `VAT:      ${formatMoney(totals.vat, invoice.currency)}`,
    `Total:    ${formatMoney(totals.total, invoice.currency)}`,
  ].join('\n');
}

module.exports = { invoiceTotals, invoiceText, formatMoney };
