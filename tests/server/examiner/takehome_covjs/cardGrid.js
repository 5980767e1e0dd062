// Renders the photo cards of an album and shrinks long captions to fit each card's width.
const MIN_FONT_PX = 11;
const MAX_FONT_PX = 16;

function fitCaption(caption, width) {
  const size = Math.max(MIN_FONT_PX, Math.min(MAX_FONT_PX, Math.floor(width / 18)));
  caption.style.fontSize = `${size}px`;
  caption.classList.toggle("caption--clipped", caption.scrollWidth > width);
}

function cardFor(photo) {
  const card = document.createElement("figure");
  card.className = "card";
  card.dataset.id = photo.id;
  const img = document.createElement("img");
  img.src = photo.thumbnailUrl;
  img.alt = photo.title;
  img.loading = "lazy";
  const caption = document.createElement("figcaption");
  caption.textContent = photo.title;
  card.append(img, caption);
  return card;
}

function watchCard(card) {
  const caption = card.querySelector("figcaption");
  const observer = new ResizeObserver((entries) => {
    for (const entry of entries) {
      fitCaption(caption, entry.contentRect.width);
    }
  });
  observer.observe(card);
}

function renderAlbum(grid, album, filter) {
  const wanted = filter.trim().toLowerCase();
  const photos = album.photos.filter((p) => !wanted || p.title.toLowerCase().includes(wanted));
  grid.replaceChildren();
  for (const photo of photos) {
    const card = cardFor(photo);
    grid.append(card);
    watchCard(card);
  }
  grid.dataset.count = String(photos.length);
  return photos.length;
}

function emptyState(grid, filter) {
  const note = document.createElement("p");
  note.className = "empty";
  note.textContent = `No photos match "${filter}"`;
  grid.append(note);
}

function mountAlbum(root, album) {
  const grid = root.querySelector(".grid");
  const search = root.querySelector("input[type=search]");
  const refresh = () => {
    const shown = renderAlbum(grid, album, search.value);
    if (shown === 0) {
      emptyState(grid, search.value);
    }
  };
  search.addEventListener("input", refresh);
  refresh();
}

export { fitCaption, cardFor, renderAlbum, mountAlbum };
