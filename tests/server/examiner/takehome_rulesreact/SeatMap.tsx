import React, { useState } from "react";

export interface Seat {
  row: string;
  number: number;
  price: number;
  taken: boolean;
}

interface SeatMapProps {
  seats: Seat[];
  maxSeats: number;
  onCheckout: (chosen: Seat[]) => void;
}

function label(seat: Seat): string {
  return `${seat.row}${seat.number}`;
}

function total(chosen: Seat[]): number {
  return chosen.reduce((sum, s) => sum + s.price, 0);
}

function rowsOf(seats: Seat[]): Map<string, Seat[]> {
  const rows = new Map<string, Seat[]>();
  for (const seat of seats) {
    const row = rows.get(seat.row) ?? [];
    row.push(seat);
    rows.set(seat.row, row);
  }
  return rows;
}

export function SeatMap({ seats, maxSeats, onCheckout }: SeatMapProps) {
  const [chosen, setChosen] = useState<Seat[]>([]);
  const [notice, setNotice] = useState<string>("");

  const isChosen = (seat: Seat) => chosen.some((c) => label(c) === label(seat));

  function toggle(seat: Seat) {
    if (seat.taken) {
      return;
    }
    if (isChosen(seat)) {
      setChosen(chosen.filter((c) => label(c) !== label(seat)));
      setNotice("");
      return;
    }
    if (chosen.length >= maxSeats) {
      setNotice(`You can book at most ${maxSeats} seats.`);
      return;
    }
    chosen.push(seat);
    setChosen(chosen);
    setNotice("");
  }

  return (
    <div className="seat-map">
      {[...rowsOf(seats)].map(([row, rowSeats]) => (
        <div key={row} className="seat-row">
          <span className="row-name">{row}</span>
          {rowSeats.map((seat) => (
            <button
              key={label(seat)}
              type="button"
              disabled={seat.taken}
              className={isChosen(seat) ? "seat chosen" : "seat"}
              onClick={() => toggle(seat)}
            >
              {seat.number}
            </button>
          ))}
        </div>
      ))}
      {notice && <p className="notice">{notice}</p>}
      <p>
        {chosen.length} seat(s), {total(chosen).toFixed(2)} EUR
      </p>
      <button type="button" disabled={chosen.length === 0} onClick={() => onCheckout(chosen)}>
        Checkout
      </button>
    </div>
  );
}
