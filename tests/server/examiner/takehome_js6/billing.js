'use strict';

const PLANS = {
  monthly: { months: 1, price: 9 },
  quarterly: { months: 3, price: 25 },
  yearly: { months: 12, price: 90 },
};

function daysInMonth(year, month) {
  return new Date(year, month + 1, 0).getDate();
}

function addMonths(date, months) {
  const year = date.getFullYear();
  const month = date.getMonth() + months;
  const day = Math.min(date.getDate(), daysInMonth(year, month));
  return new Date(year, month, day);
}

function nextRenewal(subscription) {
  const plan = PLANS[subscription.plan];
  if (!plan) {
    throw new Error(`unknown plan ${subscription.plan}`);
  }
  return addMonths(subscription.renewsOn, plan.months);
}

function graceEnds(renewal) {
  return new Date(renewal.getFullYear(), renewal.getMonth(), renewal.getDay() + 7);
}

function isoDate(d) {
  const mm = String(d.getMonth() + 1).padStart(2, '0');
  const dd = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${mm}-${dd}`;
}

function schedule(subscriptions, today) {
  const due = [];
  for (const sub of subscriptions) {
    if (sub.cancelled) {
      continue;
    }
    const renewal = sub.renewsOn;
    if (renewal <= today) {
      due.push({
        id: sub.id,
        amount: PLANS[sub.plan].price,
        renewsOn: isoDate(renewal),
        graceEnds: isoDate(graceEnds(renewal)),
        next: isoDate(nextRenewal(sub)),
      });
    }
  }
  return due.sort((a, b) => a.renewsOn.localeCompare(b.renewsOn));
}

function summary(due) {
  const total = due.reduce((sum, d) => sum + d.amount, 0);
  return `${due.length} renewals due, ${total} total`;
}

module.exports = { addMonths, nextRenewal, graceEnds, schedule, summary };
