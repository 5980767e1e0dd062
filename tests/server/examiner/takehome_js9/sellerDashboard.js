// A marketplace's seller dashboard: the list of sellers, each with a link out to the
// storefront the seller keeps on their own site.

const table = document.querySelector('#sellers');
const search = document.querySelector('#seller-search');

let sellers = [];

function matches(seller, text) {
  const needle = text.trim().toLowerCase();
  if (needle === '') {
    return true;
  }
  return seller.name.toLowerCase().includes(needle) ||
    seller.city.toLowerCase().includes(needle);
}

function cell(text) {
  const td = document.createElement('td');
  td.textContent = text;
  return td;
}

function visitStorefront(seller) {
  if (!seller.storefrontUrl) {
    return;
  }
  window.open(seller.storefrontUrl, '_blank');
  recordVisit(seller.id);
}

function recordVisit(sellerId) {
  navigator.sendBeacon('/api/metrics/storefront-visit', JSON.stringify({ sellerId }));
}

function row(seller) {
  const tr = document.createElement('tr');
  tr.append(cell(seller.name), cell(seller.city), cell(String(seller.rating.toFixed(1))));
  const actions = document.createElement('td');
  const visit = document.createElement('button');
  visit.type = 'button';
  visit.textContent = 'Storefront';
  visit.disabled = !seller.storefrontUrl;
  visit.addEventListener('click', () => visitStorefront(seller));
  actions.append(visit);
  tr.append(actions);
  return tr;
}

function render() {
  const shown = sellers.filter((s) => matches(s, search.value));
  table.tBodies[0].replaceChildren(...shown.map(row));
  document.querySelector('#seller-count').textContent = `${shown.length} of ${sellers.length}`;
}

async function load() {
  const res = await fetch('/api/sellers');
  if (!res.ok) {
    throw new Error(`could not load sellers: ${res.status}`);
  }
  sellers = await res.json();
  sellers.sort((a, b) => b.rating - a.rating);
  render();
}

search.addEventListener('input', render);

load().catch((err) => {
  document.querySelector('#error').textContent = err.message;
});

export { matches, visitStorefront };
