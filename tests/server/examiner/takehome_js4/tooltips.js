// Tooltips for the rows of a report table: each row with a `data-tip` gets a floating
// tooltip that follows the row while the page scrolls.

const TIP_OFFSET = 8;
const openTips = new Set();

function createTip(text) {
  const tip = document.createElement('div');
  tip.className = 'tip';
  tip.textContent = text;
  tip.hidden = true;
  document.body.append(tip);
  return tip;
}

function position(tip, anchor) {
  const box = anchor.getBoundingClientRect();
  tip.style.left = `${Math.round(box.left)}px`;
  tip.style.top = `${Math.round(box.bottom + TIP_OFFSET)}px`;
}

function show(tip, anchor) {
  position(tip, anchor);
  tip.hidden = false;
  openTips.add(tip);
}

function hide(tip) {
  tip.hidden = true;
  openTips.delete(tip);
}

// called for every row each time the table is rendered
function attachTip(row) {
  const text = row.dataset.tip;
  if (!text) {
    return null;
  }
  const tip = createTip(text);
  row.addEventListener('mouseenter', () => show(tip, row));
  row.addEventListener('mouseleave', () => hide(tip));
  window.addEventListener('scroll', () => {
    if (!tip.hidden) {
      position(tip, row);
    }
  });
  return tip;
}

function clearTips(table) {
  for (const tip of table.tips || []) {
    tip.remove();
  }
  table.tips = [];
}

export function renderTable(table, rows) {
  clearTips(table);
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const data of rows) {
    const row = body.insertRow();
    row.dataset.tip = data.note || '';
    row.insertCell().textContent = data.name;
    row.insertCell().textContent = data.owner;
    row.insertCell().textContent = String(data.total);
    const tip = attachTip(row);
    if (tip) {
      table.tips.push(tip);
    }
  }
}

function onKey(event) {
  if (event.key === 'Escape') {
    for (const tip of [...openTips]) {
      hide(tip);
    }
  }
}

// once, when the module loads
document.addEventListener('keydown', onKey);

export function teardown() {
  document.removeEventListener('keydown', onKey);
  for (const tip of [...openTips]) {
    hide(tip);
  }
}
