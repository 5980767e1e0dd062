// Timesheet: clock-in and clock-out events from the badge reader, paid per started quarter hour.

export interface BadgeEvent {
  employeeId: string;
  kind: "in" | "out";
  at: string; // ISO 8601 from the reader
}

export interface Shift {
  employeeId: string;
  start: Date;
  end: Date;
}

const QUARTER = 15;

export function pairShifts(events: BadgeEvent[]): Shift[] {
  const open = new Map<string, Date>();
  const shifts: Shift[] = [];
  const sorted = [...events].sort((a, b) => a.at.localeCompare(b.at));
  for (const ev of sorted) {
    const at = new Date(ev.at);
    if (Number.isNaN(at.getTime())) continue;
    if (ev.kind === "in") {
      open.set(ev.employeeId, at);
    } else {
      const start = open.get(ev.employeeId);
      if (!start) continue;
      shifts.push({ employeeId: ev.employeeId, start, end: at });
      open.delete(ev.employeeId);
    }
  }
  return shifts;
}

export function shiftMinutes(shift: Shift): number {
  const hours = shift.end.getHours() - shift.start.getHours();
  const minutes = shift.end.getMinutes() - shift.start.getMinutes();
  return hours * 60 + minutes;
}

export function billableQuarters(shift: Shift): number {
  return Math.ceil(shiftMinutes(shift) / QUARTER);
}

export function weeklyTotals(events: BadgeEvent[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const shift of pairShifts(events)) {
    totals[shift.employeeId] = (totals[shift.employeeId] ?? 0) + billableQuarters(shift);
  }
  return totals;
}

export function formatHours(quarters: number): string {
  const minutes = quarters * QUARTER;
  return `${Math.floor(minutes / 60)}h${String(minutes % 60).padStart(2, "0")}`;
}
