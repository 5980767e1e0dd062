import React, { useEffect, useMemo, useState } from 'react';

// The speakers page of a small conference: each speaker with their talk and a link to
// the site they gave when they signed up.

function bySurname(a, b) {
  return a.surname.localeCompare(b.surname);
}

function SpeakerCard({ speaker }) {
  return (
    <li className="speaker">
      <img src={speaker.photo} alt="" width={96} height={96} />
      <div>
        <h3>{speaker.firstName} {speaker.surname}</h3>
        <p className="talk">{speaker.talkTitle}</p>
        {speaker.website && (
          <a href={speaker.website} target="_blank">
            {speaker.websiteLabel || 'Website'}
          </a>
        )}
      </div>
    </li>
  );
}

export default function SpeakerList({ track }) {
  const [speakers, setSpeakers] = useState([]);
  const [error, setError] = useState(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    let cancelled = false;
    fetch(`/api/speakers?track=${encodeURIComponent(track)}`)
      .then((res) => {
        if (!res.ok) {
          throw new Error(`speakers: ${res.status}`);
        }
        return res.json();
      })
      .then((list) => {
        if (!cancelled) {
          setSpeakers(list);
        }
      })
      .catch((err) => {
        if (!cancelled) {
          setError(err.message);
        }
      });
    return () => {
      cancelled = true;
    };
  }, [track]);

  const shown = useMemo(() => {
    const needle = query.trim().toLowerCase();
    return speakers
      .filter((s) => needle === '' || `${s.firstName} ${s.surname}`.toLowerCase().includes(needle))
      .sort(bySurname);
  }, [speakers, query]);

  if (error) {
    return <p role="alert">{error}</p>;
  }

  return (
    <section>
      <input
        type="search"
        value={query}
        placeholder="Find a speaker"
        onChange={(e) => setQuery(e.target.value)}
      />
      <ul className="speakers">
        {shown.map((s) => (
          <SpeakerCard key={s.id} speaker={s} />
        ))}
      </ul>
    </section>
  );
}
