import React, { useEffect, useState } from "react";

const API = "/api/wines";

function Stars({ score }) {
  const full = Math.round(score);
  return (
    <span className="stars" aria-label={`${full} of 5`}>
      {"★".repeat(full)}
      {"☆".repeat(5 - full)}
    </span>
  );
}

function average(notes) {
  if (notes.length === 0) {
    return 0;
  }
  return notes.reduce((sum, n) => sum + n.score, 0) / notes.length;
}

export function TastingNotes({ wineId }) {
  const [wine, setWine] = useState(null);
  const [notes, setNotes] = useState([]);
  const [error, setError] = useState(null);

  useEffect(() => {
    let ignore = false;
    async function load() {
      try {
        const res = await fetch(`${API}/${encodeURIComponent(wineId)}/notes`);
        if (!res.ok) {
          throw new Error(`notes: HTTP ${res.status}`);
        }
        const body = await res.json();
        if (!ignore) {
          setWine(body.wine);
          setNotes(body.notes);
        }
      } catch (err) {
        if (!ignore) {
          setError(err.message);
        }
      }
    }
    load();
    return () => {
      ignore = true;
    };
  }, [wineId]);

  if (error) {
    return <p className="error">Could not load the notes: {error}</p>;
  }
  if (!wine) {
    return <p>Loading…</p>;
  }

  return (
    <section className="tasting">
      <h2>
        {wine.name} ({wine.vintage})
      </h2>
      <Stars score={average(notes)} />
      <ul>
        {notes.map((note) => (
          <li key={note.id}>
            <strong>{note.author}</strong>
            <div className="note-body" dangerouslySetInnerHTML={{ __html: note.text }} />
          </li>
        ))}
      </ul>
    </section>
  );
}
