'use strict';

const fs = require('fs');
const path = require('path');

const REGIONS = ['north', 'south', 'east', 'west'];

function parseLine(line) {
  const [id, customer, region, amount, placedAt] = line.split(',');
  return {
    id: id.trim(),
    customer: customer.trim(),
    region: region.trim().toLowerCase(),
    amount: Number(amount),
    placedAt: new Date(placedAt.trim()),
  };
}

function loadOrders(file) {
  const text = fs.readFileSync(file, 'utf8');
  return text
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map(parseLine)
    .filter((order) => Number.isFinite(order.amount) && REGIONS.includes(order.region));
}

function totalsByRegion(orders) {
  const totals = Object.fromEntries(REGIONS.map((r) => [r, 0]));
  for (const order of orders) {
    totals[order.region] += order.amount;
  }
  return totals;
}

function ordersByCustomer(orders) {
  return orders.reduce((groups, order) => {
    if (!groups[order.customer]) {
      groups[order.customer] = [];
    }
    groups[order.customer].push(order);
  }, {});
}

function topCustomers(orders, n) {
  const groups = ordersByCustomer(orders);
  return Object.entries(groups)
    .map(([customer, list]) => ({
      customer,
      orders: list.length,
      spent: list.reduce((sum, o) => sum + o.amount, 0),
    }))
    .sort((a, b) => b.spent - a.spent)
    .slice(0, n);
}

function formatMoney(value) {
  return value.toFixed(2).padStart(12, ' ');
}

function render(orders) {
  const lines = [];
  lines.push('Sales by region');
  const totals = totalsByRegion(orders);
  for (const region of REGIONS) {
    lines.push(`  ${region.padEnd(8, ' ')}${formatMoney(totals[region])}`);
  }
  lines.push('');
  lines.push('Top customers');
  for (const row of topCustomers(orders, 5)) {
    lines.push(`  ${row.customer.padEnd(24, ' ')}${String(row.orders).padStart(4, ' ')}${formatMoney(row.spent)}`);
  }
  return lines.join('\n');
}

function main(argv) {
  const input = argv[2];
  if (!input) {
    console.error('usage: node salesReport.js orders.csv [out.txt]');
    process.exitCode = 2;
    return;
  }
  const orders = loadOrders(path.resolve(input));
  const report = render(orders);
  if (argv[3]) {
    fs.writeFileSync(argv[3], report + '\n');
  } else {
    console.log(report);
  }
}

if (require.main === module) {
  main(process.argv);
}

module.exports = { loadOrders, totalsByRegion, ordersByCustomer, topCustomers, render };
