// Builds the file name and the heading of a monthly invoice PDF for each customer, and
// lists the invoices due this month.
'use strict';

const DAY_MS = 24 * 60 * 60 * 1000;

function pad2(n) {
  return String(n).padStart(2, '0');
}

function invoiceFileName(customer, date) {
  const year = date.getFullYear();
  const month = pad2(date.getMonth());
  const slug = customer.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  return `invoice-${slug}-${year}-${month}.pdf`;
}

function heading(customer, date) {
  const when = date.toLocaleDateString('en-GB', { month: 'long', year: 'numeric' });
  return `Invoice for ${customer.name}, ${when}`;
}

function dueDate(issued, termsDays) {
  return new Date(issued.getTime() + termsDays * DAY_MS);
}

function dueThisMonth(invoices, today) {
  return invoices.filter((inv) => {
    const due = dueDate(inv.issued, inv.termsDays);
    return due.getFullYear() === today.getFullYear() && due.getMonth() === today.getMonth();
  });
}

function total(inv) {
  return inv.lines.reduce((sum, l) => sum + l.cents * l.qty, 0);
}

function describe(inv) {
  const cents = total(inv);
  return `${inv.customer.name}: ${(cents / 100).toFixed(2)} due in ${inv.termsDays} days`;
}

function main() {
  const today = new Date();
  const invoices = [
    {
      customer: { name: 'Acme Ltd' },
      issued: new Date(today.getFullYear(), today.getMonth(), 1),
      termsDays: 14,
      lines: [{ cents: 12000, qty: 2 }, { cents: 550, qty: 10 }],
    },
    {
      customer: { name: 'Birch & Co' },
      issued: new Date(today.getFullYear(), today.getMonth() - 1, 20),
      termsDays: 30,
      lines: [{ cents: 99900, qty: 1 }],
    },
  ];
  for (const inv of invoices) {
    console.log(invoiceFileName(inv.customer, inv.issued));
    console.log(heading(inv.customer, inv.issued));
  }
  for (const inv of dueThisMonth(invoices, today)) {
    console.log(describe(inv));
  }
}

main();
