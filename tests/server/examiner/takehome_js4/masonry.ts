// A masonry board: cards of different heights laid out in columns, each card placed in the
// column that is shortest so far.

export interface Card {
  id: string;
  title: string;
  body: string;
}

const GAP = 12;

function columnCount(board: HTMLElement): number {
  const width = board.clientWidth;
  return Math.max(1, Math.floor(width / 280));
}

function makeCard(card: Card): HTMLElement {
  const el = document.createElement('article');
  el.className = 'card';
  el.dataset.id = card.id;
  const h = document.createElement('h3');
  h.textContent = card.title;
  const p = document.createElement('p');
  p.textContent = card.body;
  el.append(h, p);
  return el;
}

function shortestColumn(heights: number[]): number {
  let best = 0;
  heights.forEach((h, c) => {
    if (h < heights[best]) {
      best = c;
    }
  });
  return best;
}

export function layoutBoard(board: HTMLElement, cards: Card[]): void {
  const columns = columnCount(board);
  const columnWidth = (board.clientWidth - GAP * (columns - 1)) / columns;
  const heights: number[] = new Array(columns).fill(0);
  board.replaceChildren(...cards.map(makeCard));
  const elements = Array.from(board.children) as HTMLElement[];

  for (const el of elements) {
    el.style.width = `${columnWidth}px`;
    const height = el.offsetHeight;
    const shortest = shortestColumn(heights);
    el.style.transform = `translate(${shortest * (columnWidth + GAP)}px, ${heights[shortest]}px)`;
    heights[shortest] += height + GAP;
  }
  board.style.height = `${Math.max(...heights)}px`;
}

export function highlight(board: HTMLElement, id: string): void {
  for (const el of Array.from(board.children) as HTMLElement[]) {
    el.classList.toggle('active', el.dataset.id === id);
  }
}

export function scrollToCard(board: HTMLElement, id: string): void {
  const target = board.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`);
  if (target === null) {
    return;
  }
  const top = target.getBoundingClientRect().top + window.scrollY - GAP;
  window.scrollTo({ top, behavior: 'smooth' });
}

let pending = 0;

export function watchResize(board: HTMLElement, cards: () => Card[]): () => void {
  const onResize = (): void => {
    cancelAnimationFrame(pending);
    pending = requestAnimationFrame(() => layoutBoard(board, cards()));
  };
  window.addEventListener('resize', onResize);
  return () => window.removeEventListener('resize', onResize);
}
