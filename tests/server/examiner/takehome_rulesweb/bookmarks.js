// Shared bookmarks panel: team members save links with a title and tags, and everyone on the
// team sees the list. Links are rendered with DOM calls (no HTML strings), tags link to the
// tag's own page, and the site's favicon is shown next to each title.
const list = document.querySelector("#bookmarks");
const form = document.querySelector("#new-bookmark");
const status = document.querySelector("#status");

function faviconFor(bookmark) {
  const img = document.createElement("img");
  img.className = "favicon";
  img.alt = "";
  img.width = 16;
  img.height = 16;
  img.src = `/api/favicons/${encodeURIComponent(bookmark.id)}`;
  return img;
}

function tagLinks(tags) {
  const span = document.createElement("span");
  span.className = "tags";
  for (const tag of tags) {
    const a = document.createElement("a");
    a.href = "/tags/" + encodeURIComponent(tag);
    a.textContent = `#${tag}`;
    span.append(a, " ");
  }
  return span;
}

function renderBookmark(bookmark) {
  const item = document.createElement("li");
  const link = document.createElement("a");
  link.href = bookmark.url;
  link.rel = "noopener noreferrer";
  link.target = "_blank";
  link.textContent = bookmark.title || bookmark.url;
  const meta = document.createElement("small");
  meta.textContent = ` saved by ${bookmark.author} on ${new Date(bookmark.savedAt).toLocaleDateString()}`;
  item.append(faviconFor(bookmark), link, meta, tagLinks(bookmark.tags ?? []));
  return item;
}

async function loadBookmarks() {
  status.textContent = "Loading…";
  try {
    const res = await fetch("/api/bookmarks", { credentials: "same-origin" });
    if (!res.ok) {
      status.textContent = `Could not load bookmarks (${res.status})`;
      return;
    }
    const bookmarks = await res.json();
    list.replaceChildren(...bookmarks.map(renderBookmark));
    status.textContent = bookmarks.length === 0 ? "No bookmarks yet" : "";
  } catch (err) {
    status.textContent = "Network error, try again";
    console.error(err);
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const data = new FormData(form);
  const body = {
    url: String(data.get("url") ?? "").trim(),
    title: String(data.get("title") ?? "").trim(),
    tags: String(data.get("tags") ?? "").split(",").map((t) => t.trim()).filter(Boolean),
  };
  if (body.url === "") {
    status.textContent = "A URL is required";
    return;
  }
  const res = await fetch("/api/bookmarks", {
    method: "POST",
    credentials: "same-origin",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  if (!res.ok) {
    status.textContent = `Could not save (${res.status})`;
    return;
  }
  form.reset();
  await loadBookmarks();
});

loadBookmarks();
