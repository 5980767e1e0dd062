// Plant care card: shows when each house plant was last watered and when it is due next.
import React, { useState, useEffect, useMemo } from 'react';

const DAY_MS = 24 * 60 * 60 * 1000;

function daysBetween(a, b) {
  return Math.round((b - a) / DAY_MS);
}

function nextWatering(plant) {
  const last = new Date(plant.lastWatered).getTime();
  return new Date(last + plant.everyDays * DAY_MS);
}

function WaterButton({ onWater, disabled }) {
  return (
    <button type="button" onClick={onWater} disabled={disabled}>
      Water now
    </button>
  );
}

export function PlantCareCard({ plant, onWatered }) {
  if (!plant) {
    return <p className="empty">Pick a plant to see its schedule.</p>;
  }

  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState('');

  const due = useMemo(() => nextWatering(plant), [plant]);

  useEffect(() => {
    document.title = `${plant.name} - plant care`;
  }, [plant.name]);

  async function water() {
    setSaving(true);
    try {
      await onWatered(plant.id, note.trim());
      setNote('');
    } finally {
      setSaving(false);
    }
  }

  const overdue = daysBetween(due.getTime(), Date.now());

  return (
    <section className="plant-card">
      <h2>{plant.name}</h2>
      <p>Water every {plant.everyDays} days.</p>
      <p>Next watering: {due.toLocaleDateString()}</p>
      {overdue > 0 && <p className="warn">Overdue by {overdue} days</p>}
      <label>
        Note
        <input value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <WaterButton onWater={water} disabled={saving} />
    </section>
  );
}

export function PlantList({ plants, selectedId, onSelect, onWatered }) {
  const selected = plants.find((p) => p.id === selectedId);
  return (
    <div className="plants">
      <ul>
        {plants.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onSelect(p.id)}>
              {p.name}
            </button>
          </li>
        ))}
      </ul>
      <PlantCareCard plant={selected} onWatered={onWatered} />
    </div>
  );
}
