// Shift roster for the warehouse: who is on which shift, swaps between workers, and the
// cover check before a swap is accepted.
const SHIFT_HOURS = { early: [6, 14], late: [14, 22], night: [22, 6] };

function shiftLength(shift) {
  const [start, end] = SHIFT_HOURS[shift];
  return end > start ? end - start : end + 24 - start;
}

function findWorker(roster, workerId) {
  for (const worker of roster.workers) {
    if (worker.id === workerId) {
      return worker;
    } else {
      return null;
    }
  }
  return null;
}

function hoursThisWeek(worker) {
  return worker.shifts.reduce((total, s) => total + shiftLength(s.shift), 0);
}

function coverFor(roster, day, shift) {
  return roster.workers.filter((w) => w.shifts.some((s) => s.day === day && s.shift === shift));
}

function canSwap(roster, request) {
  const from = findWorker(roster, request.fromId);
  const to = findWorker(roster, request.toId);
  if (!from || !to) {
    return { ok: false, reason: "unknown worker" };
  }
  if (to.shifts.some((s) => s.day === request.day)) {
    return { ok: false, reason: `${to.name} already works that day` };
  }
  const added = shiftLength(request.shift);
  if (hoursThisWeek(to) + added > roster.maxWeeklyHours) {
    return { ok: false, reason: `${to.name} would go over ${roster.maxWeeklyHours} hours` };
  }
  return { ok: true, from, to };
}

function applySwap(roster, request) {
  const verdict = canSwap(roster, request);
  if (!verdict.ok) {
    return verdict;
  }
  const { from, to } = verdict;
  const index = from.shifts.findIndex((s) => s.day === request.day && s.shift === request.shift);
  if (index === -1) {
    return { ok: false, reason: `${from.name} has no such shift` };
  }
  const [moved] = from.shifts.splice(index, 1);
  to.shifts.push(moved);
  return { ok: true, cover: coverFor(roster, request.day, request.shift).map((w) => w.name) };
}

function weeklySummary(roster) {
  return roster.workers
    .map((w) => ({ name: w.name, hours: hoursThisWeek(w) }))
    .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name));
}

module.exports = { findWorker, canSwap, applySwap, weeklySummary, shiftLength };
