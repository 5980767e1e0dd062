import React, { useEffect, useMemo, useState } from "react";

export interface Shift {
  nurse: string;
  ward: string;
  starts: number; // minutes after midnight
  ends: number;
}

interface WardRotaProps {
  ward: string;
  shifts: Shift[];
  refreshEveryMs?: number;
}

const MINUTE = 60_000;

function minutesNow(date: Date): number {
  return date.getHours() * 60 + date.getMinutes();
}

function formatMinutes(total: number): string {
  const h = Math.floor(total / 60) % 24;
  const m = total % 60;
  return `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`;
}

function onDuty(shift: Shift, now: number): boolean {
  if (shift.ends >= shift.starts) {
    return now >= shift.starts && now < shift.ends;
  }
  // a night shift that runs past midnight
  return now >= shift.starts || now < shift.ends;
}

export function WardRota({ ward, shifts, refreshEveryMs = MINUTE }: WardRotaProps) {
  const [now, setNow] = useState<number>(() => minutesNow(new Date()));
  const [compact, setCompact] = useState<boolean>(window.innerWidth < 640);

  useEffect(() => {
    const timer = setInterval(() => {
      setNow(minutesNow(new Date()));
    }, refreshEveryMs);
  }, [refreshEveryMs]);

  useEffect(() => {
    const onResize = () => setCompact(window.innerWidth < 640);
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);

  const rows = useMemo(
    () =>
      shifts
        .filter((s) => s.ward === ward)
        .slice()
        .sort((a, b) => a.starts - b.starts),
    [shifts, ward],
  );

  if (rows.length === 0) {
    return <p className="rota-empty">No shifts planned for {ward}.</p>;
  }

  return (
    <table className={compact ? "rota rota-compact" : "rota"}>
      <caption>
        {ward} at {formatMinutes(now)}
      </caption>
      <tbody>
        {rows.map((s) => (
          <tr key={`${s.nurse}-${s.starts}`} className={onDuty(s, now) ? "on-duty" : undefined}>
            <td>{s.nurse}</td>
            <td>
              {formatMinutes(s.starts)}–{formatMinutes(s.ends)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
