import React, { useEffect, useState } from "react";

const STATIONS = ["Brest", "Cherbourg", "Dunkerque", "Le Havre", "Saint-Malo"];

function formatHeight(metres) {
  return `${metres.toFixed(2)} m`;
}

function nextTide(tides, now) {
  return tides.find((t) => new Date(t.at) > now) ?? null;
}

export function TideTable({ initialStation = STATIONS[0] }) {
  const [station, setStation] = useState(initialStation);
  const [tides, setTides] = useState([]);
  const [status, setStatus] = useState("idle");

  useEffect(() => {
    setStatus("loading");
    fetch(`/api/tides?station=${encodeURIComponent(station)}`)
      .then((res) => {
        if (!res.ok) {
          throw new Error(`HTTP ${res.status}`);
        }
        return res.json();
      })
      .then((data) => {
        setTides(data.tides);
        setStatus("done");
      })
      .catch(() => setStatus("failed"));
  }, [station]);

  const upcoming = nextTide(tides, new Date());

  return (
    <section className="tides">
      <label>
        Station{" "}
        <select value={station} onChange={(e) => setStation(e.target.value)}>
          {STATIONS.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {status === "loading" && <p>Loading…</p>}
      {status === "failed" && <p className="error">No tide data for {station}.</p>}
      {upcoming && (
        <p className="next">
          Next {upcoming.kind === "high" ? "high" : "low"} water at{" "}
          {new Date(upcoming.at).toLocaleTimeString()} ({formatHeight(upcoming.height)})
        </p>
      )}
      <table>
        <tbody>
          {tides.map((t) => (
            <tr key={t.at}>
              <td>{t.kind}</td>
              <td>{new Date(t.at).toLocaleString()}</td>
              <td>{formatHeight(t.height)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
