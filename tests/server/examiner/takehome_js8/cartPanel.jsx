import React, { useEffect, useState } from 'react';

const STORAGE_KEY = 'shop.cart';

function loadCart() {
  try {
    const raw = window.localStorage.getItem(STORAGE_KEY);
    return raw ? JSON.parse(raw) : [];
  } catch {
    return [];
  }
}

function formatPrice(cents) {
  return `€${(cents / 100).toFixed(2)}`;
}

function CartLine({ line, onQuantity, onRemove }) {
  return (
    <li className="cart-line">
      <span>{line.name}</span>
      <input
        type="number"
        min="1"
        value={line.quantity}
        onChange={(e) => onQuantity(line.sku, Number(e.target.value))}
      />
      <span>{formatPrice(line.priceCents * line.quantity)}</span>
      <button type="button" onClick={() => onRemove(line.sku)}>Remove</button>
    </li>
  );
}

export default function CartPanel({ products, onCartChange }) {
  const [lines, setLines] = useState(loadCart);
  const [message, setMessage] = useState('');

  useEffect(() => {
    if (!message) return undefined;
    const timer = setTimeout(() => setMessage(''), 3000);
    return () => clearTimeout(timer);
  }, [message]);

  function persist(next) {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
  }

  function addProduct(sku) {
    const product = products.find((p) => p.sku === sku);
    if (!product) return;
    const existing = lines.find((l) => l.sku === sku);
    const next = existing
      ? lines.map((l) => (l.sku === sku ? { ...l, quantity: l.quantity + 1 } : l))
      : [...lines, { sku, name: product.name, priceCents: product.priceCents, quantity: 1 }];
    setLines(next);
    persist(next);
    onCartChange(next);
    setMessage(`${product.name} added`);
  }

  function changeQuantity(sku, quantity) {
    if (!Number.isInteger(quantity) || quantity < 1) return;
    setLines(lines.map((l) => (l.sku === sku ? { ...l, quantity } : l)));
    persist(lines);
    onCartChange(lines);
  }

  function removeLine(sku) {
    const next = lines.filter((l) => l.sku !== sku);
    setLines(next);
    persist(next);
    onCartChange(next);
  }

  const totalCents = lines.reduce((sum, l) => sum + l.priceCents * l.quantity, 0);

  return (
    <aside className="cart">
      <h2>Your cart</h2>
      {message && <p role="status">{message}</p>}
      <ul>
        {lines.map((line) => (
          <CartLine key={line.sku} line={line} onQuantity={changeQuantity} onRemove={removeLine} />
        ))}
      </ul>
      <p className="total">Total: {formatPrice(totalCents)}</p>
      <select onChange={(e) => addProduct(e.target.value)} value="">
        <option value="" disabled>Add a product…</option>
        {products.map((p) => (
          <option key={p.sku} value={p.sku}>{p.name}</option>
        ))}
      </select>
    </aside>
  );
}
