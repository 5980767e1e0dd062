// Live auction feed: bids on one lot arrive over a WebSocket and are listed newest first.
import React, { useEffect, useState } from 'react';

function formatPrice(cents) {
  return (cents / 100).toLocaleString('en-GB', { style: 'currency', currency: 'GBP' });
}

function highest(bids) {
  return bids.reduce((best, b) => (b.cents > best ? b.cents : best), 0);
}

export default function AuctionFeed({ lotId, feedUrl }) {
  const [bids, setBids] = useState([]);
  const [status, setStatus] = useState('connecting');

  useEffect(() => {
    const socket = new WebSocket(`${feedUrl}?lot=${encodeURIComponent(lotId)}`);

    socket.addEventListener('open', () => setStatus('live'));
    socket.addEventListener('close', () => setStatus('closed'));

    socket.addEventListener('message', (event) => {
      let bid;
      try {
        bid = JSON.parse(event.data);
      } catch {
        return;
      }
      if (typeof bid.cents !== 'number' || !bid.bidder) {
        return;
      }
      setBids([bid, ...bids]);
    });

    return () => socket.close();
  }, []);

  const top = highest(bids);

  return (
    <section className="auction">
      <header>
        <h2>Lot {lotId}</h2>
        <span className={`status ${status}`}>{status}</span>
      </header>
      <p className="top">Highest bid: {top ? formatPrice(top) : 'none yet'}</p>
      <ul className="bids">
        {bids.map((b) => (
          <li key={`${b.bidder}-${b.at}`}>
            <strong>{b.bidder}</strong> {formatPrice(b.cents)}
            <time dateTime={b.at}>{new Date(b.at).toLocaleTimeString()}</time>
          </li>
        ))}
      </ul>
    </section>
  );
}
